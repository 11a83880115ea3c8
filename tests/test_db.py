"""The foundation: migrations, choosing the database, status, sql, and bad databases."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from unvotes import db
from unvotes.merge import rebuild_claims

EXPECTED_TABLES = {"member", "alias", "term", "proposal", "vote", "sponsorship", "source",
                   "proposal_source", "evidence", "claim", "conflict", "outcome", "vote_value"}
EXPECTED_VIEWS = {"veto", "vote_detail", "sponsorship_detail", "term_detail",
                  "proposal_overview"}


def tables(url: str) -> set[str]:
    with db.connect(url) as conn:
        return conn.table_names()


def test_upgrade_downgrade_upgrade(db_url: str) -> None:
    db.upgrade(db_url)
    assert EXPECTED_TABLES | EXPECTED_VIEWS <= tables(db_url)
    db.downgrade(db_url, "base")
    assert tables(db_url) <= {"alembic_version"}
    db.upgrade(db_url)
    with db.connect(db_url) as conn:
        assert db.revision(conn) == db.HEAD
        # the lookup vocabularies come with the schema
        values = {r["code"] for r in conn.query("SELECT code FROM vote_value")}
    assert values == {"yes", "no", "abstain", "absent", "not_participating"}


def test_upgrade_counts_the_claims_of_an_older_database(new_db: str, cli) -> None:
    """A database from before the claim sums (revision 0001) gets them from its evidence,
    equal to the sums kept while ingesting; and ingest goes on from there."""
    articles = Path(__file__).resolve().parent.parent / "data" / "articles"
    assert cli("--db", new_db, "ingest", str(articles / "01_dprk_sanctions_veto_wire_2022.txt"),
               str(articles / "07_dprk_sanctions_evening_paper_2022.txt")).exit_code == 0
    query = ("SELECT p.draft, p.date, c.fact, c.value, c.kind, c.support, c.sources, "
             "s.content_hash FROM claim c JOIN proposal p ON p.id = c.proposal_id "
             "JOIN source s ON s.id = c.best_source_id ORDER BY 1, 2, 3, 4, 5")

    def claims(conn: db.Connection) -> list[tuple]:
        # Sums rounded: float addition in another order may differ in the last bit.
        return [(*r[:5], round(r[5], 6), *r[6:]) for r in conn.execute(query).fetchall()]

    with db.connect(new_db) as conn:
        kept = claims(conn)
    assert any(r[6] == 2 for r in kept)  # the two articles tell one vote
    db.downgrade(new_db, "0001")
    assert "claim" not in tables(new_db)
    db.ensure_schema(new_db, quiet=True)
    with db.connect(new_db) as conn:
        assert claims(conn) == kept
    result = cli("--db", new_db, "ingest", str(articles))
    assert result.exit_code == 0, result.stderr
    assert "2 skipped as duplicates" in result.stdout + result.stderr
    with db.connect(new_db) as conn:
        grown = claims(conn)
        rebuild_claims(conn, [r["id"] for r in conn.query("SELECT id FROM proposal")])
        assert claims(conn) == grown


def test_known_revisions_match_alembic_scripts() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(db.migrations_dir()))
    revisions = [r.revision for r in script.walk_revisions()][::-1]
    assert tuple(revisions) == db.REVISIONS


def test_schema_matches_models(db_url: str) -> None:
    """The migrations build exactly the tables the models describe (no drift)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from unvotes.models import metadata

    db.upgrade(db_url)
    eng = db.engine(db_url)
    with eng.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    eng.dispose()
    assert diff == []


def test_foreign_keys_enforced_on_sqlite(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fk.db'}"
    db.ensure_schema(url, quiet=True)
    with db.connect(url) as conn:
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("INSERT INTO vote (proposal_id, member_code, value) "
                         "VALUES (999, 'XXX', 'yes')")


def test_status_on_new_database_creates_schema(db_url: str, cli) -> None:
    result = cli("--db", db_url, "status", "--format", "json")
    assert result.exit_code == 0, result.stderr
    status = json.loads(result.stdout)
    for key in ("members", "proposals", "votes", "sponsors", "sources", "evidence",
                "conflicts"):
        assert isinstance(status[key], int)
    assert status["proposals"] == 0
    assert status["members"] >= 193
    assert status["revision"] == db.HEAD
    assert "creating the unvotes schema" in result.stderr


def test_status_hides_password() -> None:
    shown = db.display_url("postgresql+psycopg://alice:s3cret@db.example/unvotes")
    assert "s3cret" not in shown and "alice" in shown


def test_sql_reads_with_bound_parameters(new_db: str, cli) -> None:
    result = cli("sql", "SELECT code, name FROM member WHERE code = :c", "-p", "c", "SUN",
                 "--db", new_db, "--format", "json")
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [r["code"] for r in rows] == ["SUN"]


def test_sql_binds_a_hostile_value_as_data(new_db: str, cli) -> None:
    result = cli("sql", "SELECT count(*) AS n FROM member WHERE code = :c",
                 "-p", "c", "x' OR '1'='1", "--db", new_db, "--format", "json")
    assert json.loads(result.stdout) == [{"n": 0}]


@pytest.mark.parametrize("statement", [
    "DELETE FROM member",
    "INSERT INTO outcome (code, name) VALUES ('x', 'y')",
    "DROP TABLE vote",
    "CREATE TABLE evil (x int)",
    "UPDATE member SET name = 'x'",
])
def test_sql_refuses_writes(new_db: str, cli, statement: str) -> None:
    result = cli("sql", statement, "--db", new_db)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "read-only" in result.stderr
    with db.connect(new_db) as conn:
        assert conn.scalar("SELECT count(*) FROM member") >= 193
        assert "evil" not in conn.table_names()


def test_sql_refuses_attach_on_sqlite(cli, tmp_path: Path) -> None:
    new_db = f"sqlite:///{tmp_path / 'attach.db'}"
    db.ensure_schema(new_db, quiet=True)
    target = tmp_path / "other.db"
    result = cli("sql", f"ATTACH DATABASE '{target}' AS x", "--db", new_db)
    assert result.exit_code == 2
    assert not target.exists()


def test_sql_error_is_one_line(new_db: str, cli) -> None:
    result = cli("sql", "SELEC nonsense", "--db", new_db)
    assert result.exit_code == 2
    assert result.stderr.startswith("unvotes: SQL refused:")
    assert result.stderr.count("\n") == 1


# ------------------------------------------------------------------- bad databases


def _assert_one_line_error(result, *needles: str) -> None:
    assert result.exit_code == 2, (result.stdout, result.stderr)
    assert result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr
    for needle in needles:
        assert needle in result.stderr


def test_unknown_url_scheme(cli) -> None:
    _assert_one_line_error(cli("--db", "mysql://root@localhost/x", "status"),
                           "unknown database URL scheme 'mysql'")


def test_unreachable_postgres(cli) -> None:
    pytest.importorskip("psycopg")
    result = cli("--db", "postgresql+psycopg://nobody@127.0.0.1:1/none", "status")
    _assert_one_line_error(result, "127.0.0.1:1")


def test_file_that_is_not_a_database(cli, tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("these are my notes, not a database\n" * 50)
    before = bogus.read_bytes()
    _assert_one_line_error(cli("--db", str(bogus), "status"), str(bogus))
    assert bogus.read_bytes() == before


def test_read_only_location(cli, tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        result = cli("--db", str(locked / "sub" / "u.db"), "status")
        if result.exit_code == 0:
            pytest.skip("running as a user who can write anywhere")
        _assert_one_line_error(result, str(locked))
        assert not (locked / "sub").exists()
    finally:
        locked.chmod(0o700)


def test_read_only_file_for_root_too(cli) -> None:
    # /proc refuses everyone, root included.
    _assert_one_line_error(cli("--db", "/proc/unvotes/u.db", "status"), "/proc/unvotes")


def test_database_newer_than_the_code(db_url: str, cli) -> None:
    db.ensure_schema(db_url, quiet=True)
    with db.connect(db_url) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
    for args in (["status"], ["db", "upgrade"], ["sql", "SELECT 1"]):
        result = cli("--db", db_url, *args)
        _assert_one_line_error(result, "9999", "newer")
    with db.connect(db_url) as conn:
        assert db.revision(conn) == "9999"


def test_refuses_a_foreign_database(tmp_path: Path, cli) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE mine (x int)")
    _assert_one_line_error(cli("--db", str(path), "status"), "not an unvotes database")


def test_bare_path_and_env_var(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UNVOTES_DB", str(tmp_path / "env.db"))
    assert db.resolve_url(None) == f"sqlite:///{tmp_path / 'env.db'}"
    assert db.resolve_url(str(tmp_path / "x.db")) == f"sqlite:///{tmp_path / 'x.db'}"
    monkeypatch.delenv("UNVOTES_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert db.resolve_url(None) == f"sqlite:///{tmp_path / 'xdg' / 'unvotes' / 'unvotes.db'}"


def test_db_current_and_downgrade_commands(db_url: str, cli) -> None:
    if db_url.startswith("sqlite"):
        assert cli("db", "current", "--db", db_url).exit_code == 2  # no file yet
    assert cli("db", "upgrade", "--db", db_url).exit_code == 0
    assert cli("db", "current", "--db", db_url).stdout.strip() == f"{db.HEAD} (head)"
    assert cli("db", "downgrade", "base", "--db", db_url).exit_code == 0
    assert cli("db", "current", "--db", db_url).stdout.strip() == "base"


# ------------------------------------------------------------------------ start-up


def heavy_modules_after(*args: str) -> list[str]:
    """Which of SQLAlchemy, SQLModel and Alembic a fresh process imports to run the CLI."""
    code = ("import sys; from unvotes.cli import app\n"
            f"try:\n    app({list(args)!r})\nexcept SystemExit:\n    pass\n"
            "heavy = [m for m in ('sqlalchemy', 'sqlmodel', 'alembic') if m in sys.modules]\n"
            "print('HEAVY:' + ','.join(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip().splitlines()[-1]
    return [m for m in out.removeprefix("HEAVY:").split(",") if m]


def test_help_does_not_import_sqlalchemy() -> None:
    assert heavy_modules_after("--help") == []


def test_members_does_not_import_sqlalchemy() -> None:
    assert heavy_modules_after("members", "--year", "1990", "--format", "json") == []


def test_installed_wheel_carries_its_migrations(tmp_path: Path) -> None:
    """A non-editable install (no repo beside it) can create and upgrade a database."""
    root = Path(__file__).resolve().parents[1]
    import sysconfig

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    py = venv / "bin" / "python"
    # Borrow the dependencies already installed for the tests (no network needed); a plain
    # path entry, so the editable unvotes of the test environment is not picked up.
    site = subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                          capture_output=True, text=True, check=True).stdout.strip()
    Path(site, "deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps",
                    "--no-build-isolation", "-w", str(dist), str(root)],
                   check=True, capture_output=True)
    wheel = next(dist.glob("unvotes-*.whl"))
    subprocess.run([str(py), "-m", "pip", "install", "-q", "--no-deps", str(wheel)],
                   check=True, capture_output=True)
    target = tmp_path / "fresh.db"
    proc = subprocess.run([str(venv / "bin" / "unvotes"), "--db", str(target), "db",
                           "upgrade"], capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    where = subprocess.run([str(py), "-c", "import unvotes.db as d; print(d.migrations_dir())"],
                           capture_output=True, text=True, cwd=tmp_path).stdout
    assert "site-packages" in where
    # the data files travel with the code
    data = subprocess.run(
        [str(py), "-c", "import unvotes.official as o, unvotes.reference as r, pathlib\n"
         "print(all((pathlib.Path(m.__file__).parent / f).exists() for m, f in "
         "[(o, 'corrections.csv'), (r, 'members.csv'), (r, 'terms.csv'), (r, 'aliases.csv')]))"],
        capture_output=True, text=True, cwd=tmp_path)
    assert data.stdout.strip() == "True", data.stderr
    with sqlite3.connect(target) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == db.HEAD
