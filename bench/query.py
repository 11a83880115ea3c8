"""Query speed: the CLI's read path beside `sqlite-utils query` on the same SQLite file.

Builds a database from the Sciences Po file (../shared/reference/) with the official
importer, then times in the same run, median of N runs of each whole command:

* `unvotes vetoes --by RUS --format csv` against `sqlite-utils query` running the
  equivalent SQL (vetoed_by and sponsors lists, source counts) in one statement;
* `unvotes agreement --matrix --format csv` against the same pairwise agreement of the
  permanent members computed in one SQL statement.

It also checks that both sides print the same rows. Goal: the CLI within 1.5x.

    python bench/query.py [--runs 5] [--file PATH] [--keep DB]
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
import tempfile
import time
from pathlib import Path

from _common import median, sqlite_utils, tool

ROOT = Path(__file__).resolve().parents[1]
FILE = ROOT.parent / "shared" / "reference" / "sciencespo_unsc_votes_1946-2025_wide.csv"

VETOES_SQL = """
SELECT p.date, p.draft,
  (SELECT group_concat(member_code, ';') FROM (SELECT member_code FROM veto v
     WHERE v.proposal_id = p.id ORDER BY member_code)) AS vetoed_by,
  p.yes, p.no, p.abstain, COALESCE(p.subject, p.title) AS subject,
  (SELECT group_concat(member_code, ';') FROM (SELECT member_code FROM sponsorship s
     WHERE s.proposal_id = p.id ORDER BY member_code)) AS sponsors,
  (SELECT count(*) FROM proposal_source ps WHERE ps.proposal_id = p.id) AS sources, p.id
FROM proposal p
WHERE p.outcome = 'vetoed'
  AND p.id IN (SELECT proposal_id FROM veto WHERE member_code = 'RUS')
ORDER BY p.date, p.id
"""

MATRIX_SQL = """
SELECT va.member_code AS a, vb.member_code AS b, count(*) AS votes_compared,
       1.0 * sum(va.value = vb.value) / count(*) AS agreement
FROM vote va JOIN vote vb ON vb.proposal_id = va.proposal_id
WHERE va.member_code IN ('CHN', 'FRA', 'RUS', 'GBR', 'USA')
  AND vb.member_code IN ('CHN', 'FRA', 'RUS', 'GBR', 'USA')
  AND va.value IN ('yes', 'no', 'abstain') AND vb.value IN ('yes', 'no', 'abstain')
GROUP BY va.member_code, vb.member_code
"""


def build(path: Path, source_file: Path) -> float:
    try:
        from unvotes.official import parse
        from unvotes.official.store import import_records
    except ImportError:
        sys.exit("the official importer (unvotes.official.store) is not installed")
    t0 = time.perf_counter()
    source, records = parse(source_file, "sciencespo")
    import_records(f"sqlite:///{path}", source, records)
    return time.perf_counter() - t0


def rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--file", type=Path, default=FILE)
    ap.add_argument("--keep", type=Path, help="build (or reuse) the database at this path")
    args = ap.parse_args()
    if not args.file.exists():
        sys.exit(f"{args.file}: not found (the Sciences Po file from ../shared/reference/)")
    tmp = tempfile.TemporaryDirectory()
    db = args.keep or Path(tmp.name) / "unvotes.db"
    if not db.exists():
        print(f"building {db} from {args.file.name}: {build(db, args.file):.2f} s")
    unvotes = tool("unvotes")
    env_db = ["--db", str(db)]
    cases = [
        ("vetoes --by RUS --format csv",
         [unvotes, "vetoes", "--by", "RUS", "--format", "csv", *env_db],
         sqlite_utils("query", str(db), VETOES_SQL, "--csv")),
        ("agreement --matrix --format csv",
         [unvotes, "agreement", "--matrix", "--format", "csv", *env_db],
         sqlite_utils("query", str(db), MATRIX_SQL, "--csv")),
    ]
    print(f"median of {args.runs} runs, each a whole command (process start included)")
    worst = 0.0
    for name, ours, theirs in cases:
        t_ours, out_ours = median(ours, args.runs)
        t_theirs, out_theirs = median(theirs, args.runs)
        ratio = t_ours / t_theirs
        worst = max(worst, ratio)
        print(f"unvotes {name:34s} {t_ours * 1000:7.1f} ms   "
              f"sqlite-utils query {t_theirs * 1000:7.1f} ms   {ratio:5.2f}x")
        if name.startswith("vetoes"):
            same = rows(out_ours) == rows(out_theirs)
            print(f"  same rows: {'yes' if same else 'NO'} ({len(rows(out_ours)) - 1} vetoes)")
        else:
            wide = {(r[0], c): float(v) for r in rows(out_ours)[1:]
                    for c, v in zip(rows(out_ours)[0][1:], r[1:], strict=True) if v}
            long = {(r[0], r[1]): float(r[3]) for r in rows(out_theirs)[1:]}
            same = all(abs(wide[k] - long[k]) < 1e-12 for k in long) and len(wide) == len(long)
            print(f"  same shares: {'yes' if same else 'NO'} ({len(long)} pairs)")
    print(f"goal: within 1.5x of sqlite-utils -> worst {worst:.2f}x "
          f"({'met' if worst <= 1.5 else 'NOT met'})")
    if args.keep:
        print(f"database kept at {db}")
    tmp.cleanup()


if __name__ == "__main__":
    main()
