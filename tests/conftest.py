"""Shared fixtures: a fresh database on each engine, the CLI runner, and ../shared/ data.

`db_url` runs a test twice, on SQLite and on PostgreSQL. PostgreSQL comes from
$UNVOTES_TEST_POSTGRES (a database the tests may create schemas in); each test gets a
schema of its own, dropped afterwards, so tests never see each other's rows.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

SHARED = Path(os.environ.get("UNVOTES_SHARED")
              or Path(__file__).resolve().parents[1].parent / "shared")
PG_URL = os.environ.get("UNVOTES_TEST_POSTGRES")
ENGINES = ["sqlite", "postgresql"]


def shared(*parts: str) -> Path:
    """A path under ../shared/, or skip the test with the reason when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (the shared reference data comes with the team's "
                    "workspace, not with a clone)")
    return path


@contextmanager
def new_pg_schema() -> Iterator[str]:
    """A new empty PostgreSQL schema, dropped on exit; a URL whose search_path points at it."""
    if not PG_URL:
        pytest.skip("UNVOTES_TEST_POSTGRES is not set (.ci/run sets it)")
    import psycopg

    schema = "t_" + uuid.uuid4().hex[:12]
    dsn = PG_URL.replace("postgresql+psycopg://", "postgresql://", 1)
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    base = PG_URL.replace("postgresql://", "postgresql+psycopg://", 1)
    sep = "&" if "?" in base else "?"
    try:
        yield f"{base}{sep}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


@contextmanager
def module_database(engine: str, tmp: Path) -> Iterator[str]:
    """An empty database for a module-scoped fixture (the fixtures here are per test)."""
    if engine == "sqlite":
        yield f"sqlite:///{tmp / 'module.db'}"
        return
    with new_pg_schema() as url:
        yield url


@pytest.fixture
def pg_schema() -> Iterator[str]:
    """A new empty PostgreSQL schema; yields a URL whose search_path points at it."""
    with new_pg_schema() as url:
        yield url


@pytest.fixture(params=ENGINES)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database URL on each engine (no schema yet)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'unvotes.db'}"
    return request.getfixturevalue("pg_schema")


@pytest.fixture
def new_db(db_url: str) -> str:
    """A database with the schema and reference tables in place."""
    from unvotes import db

    db.ensure_schema(db_url, quiet=True)
    return db_url


@pytest.fixture
def cli():
    """Run the CLI in-process: cli("members", "--year", "1965") -> result with
    .exit_code, .stdout and .stderr kept apart."""
    from typer.testing import CliRunner

    from unvotes.cli import app

    runner = CliRunner()

    def run(*args: str, input: str | None = None):
        return runner.invoke(app, [str(a) for a in args], input=input, catch_exceptions=False)

    return run
