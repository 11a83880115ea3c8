"""README stays true: its test command is what CI runs, and every command is documented."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def quickstart_commands() -> list[str]:
    section = README.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section, flags=re.S)


def test_quickstart_has_two_commands() -> None:
    commands = quickstart_commands()
    assert len(commands) == 2, commands
    assert all("\n" not in c for c in commands)


def test_ci_runs_exactly_the_readme_test_command() -> None:
    test_command = quickstart_commands()[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci.splitlines()


def _command_paths() -> list[str]:
    import typer.main

    from unvotes.cli import app

    group = typer.main.get_command(app)
    paths = []
    for name, cmd in group.commands.items():
        sub = getattr(cmd, "commands", None)
        if sub:
            paths.extend(f"{name} {s}" for s in sub)
        else:
            paths.append(name)
    return paths


def test_every_command_is_documented() -> None:
    missing = [p for p in _command_paths() if f"unvotes {p}" not in README]
    assert missing == [], f"commands missing from README: {missing}"
