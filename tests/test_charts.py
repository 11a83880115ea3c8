"""Charts: text bars in the terminal, PNG and SVG files through matplotlib."""

from __future__ import annotations

import pytest
from sample_record import build


@pytest.fixture
def url(new_db: str) -> str:
    build(new_db)
    return new_db


def test_terminal_chart_by_decade(cli, url) -> None:
    result = cli("chart", "vetoes", "--by", "decade", "--db", url)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "Vetoed drafts per decade"
    assert lines[1] == "1940s │ 1 " + "█" * 16 + "▋"
    assert lines[3] == "1960s │ 0"
    assert lines[-1] == "2020s │ 3 " + "█" * 50


def test_terminal_chart_for_one_member(cli, url) -> None:
    out = cli("chart", "vetoes", "--by", "year", "--member", "Russia",
              "--include-predecessors", "--db", url).stdout.splitlines()
    assert out[0] == "Vetoed drafts per year by Russia"
    assert out[1].startswith("1946 │ 1") and out[-1].startswith("2022 │ 2")


@pytest.mark.parametrize("name, magic", [("v.png", b"\x89PNG"), ("v.svg", b"<?xml")])
def test_image_files(cli, url, tmp_path, name, magic) -> None:
    pytest.importorskip("matplotlib")
    result = cli("chart", "vetoes", "--by", "year", "--out", tmp_path / name, "--db", url)
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / name).read_bytes().startswith(magic)
    assert f"wrote {tmp_path / name}" in result.stderr


def test_bad_chart_options(cli, url, tmp_path) -> None:
    result = cli("chart", "vetoes", "--by", "year", "--out", tmp_path / "v.gif", "--db", url)
    assert result.exit_code == 2 and "end the name in .png" in result.stderr
    result = cli("chart", "vetoes", "--by", "topic", "--db", url)
    assert result.exit_code == 2 and "use year or decade" in result.stderr
