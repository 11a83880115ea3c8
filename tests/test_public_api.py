"""The names `import unvotes` promises: extract, connect, members."""

from __future__ import annotations

import subprocess
import sys

TEXT = ("UNITED NATIONS, May 26 (Reuters) - China and Russia vetoed a U.S.-drafted "
        "resolution on Thursday that would have tightened sanctions on North Korea. "
        "The vote was 13-2.")


def test_extract_is_callable_every_time() -> None:
    import unvotes

    first = unvotes.extract(TEXT, published="2022-05-27")
    import unvotes.extract.documents  # noqa: F401  (binds the package on the attribute)

    second = unvotes.extract(TEXT, published="2022-05-27")
    assert [e.to_dict() for e in first] == [e.to_dict() for e in second]
    event = second[0].to_dict()
    assert event["outcome"] == "vetoed"
    assert event["vetoed_by"] == ["CHN", "RUS"]
    assert event["date"] == "2022-05-26"


def test_import_unvotes_is_light() -> None:
    code = ("import sys, unvotes\n"
            "print('HEAVY' if {'sqlalchemy', 'sqlmodel', 'typer'} & set(sys.modules) "
            "else 'LIGHT')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["LIGHT"]


def test_members_from_the_api() -> None:
    import unvotes

    codes = {m["code"] for m in unvotes.members(year=1965)}
    assert len(codes) == 11 and {"TWN", "SUN"} <= codes
