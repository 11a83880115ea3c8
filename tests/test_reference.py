"""Tests for unvotes.reference: the hand-written member, alias and Council-term tables.

The tables are written from knowledge, not generated from the shared reference files; these
tests are where the two meet. Tests that need ../shared/reference skip (with the reason) when
it is absent; everything else runs on the package data alone.
"""

from __future__ import annotations

import csv
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from unvotes import reference as ref


def _shared_reference() -> Path:
    shared = os.environ.get("UNVOTES_SHARED")
    base = Path(shared) if shared else Path(__file__).resolve().parents[1].parent / "shared"
    return base / "reference"


REFERENCE = _shared_reference()


def _reference_file(name: str) -> Path:
    path = REFERENCE / name
    if not path.is_file():
        pytest.skip(f"{path} not found (set UNVOTES_SHARED to the shared/ folder)")
    return path


def _seats(codes: object) -> set[str]:
    """Codes with the China and Soviet/Russian seats labelled by their current holder."""
    return {ref.seat_of(c) for c in codes}  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- against DPPA

# PROVENANCE.md §7: 13 names were lost in the DPPA export (non-ASCII): Türkiye and Côte d'Ivoire.
DPPA_BLANKS = {
    1951: "TUR",
    1952: "TUR",
    1954: "TUR",
    1955: "TUR",
    1961: "TUR",
    2009: "TUR",
    2010: "TUR",
    1964: "CIV",
    1965: "CIV",
    1990: "CIV",
    1991: "CIV",
    2018: "CIV",
    2019: "CIV",
}


def _dppa_by_year() -> dict[int, set[str]]:
    path = _reference_file("dppa_sc_membership_by_year_1946-2024.csv")
    years: dict[int, set[str]] = defaultdict(set)
    blanks: Counter[int] = Counter()
    with path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            year, name = int(row["year"]), row["security_council_member"]
            if not name:
                blanks[year] += 1
                years[year].add(DPPA_BLANKS[year])
                continue
            # Mid-year, so "China" is the ROC up to 1971 and "Russia" the USSR up to 1991.
            code = ref.lookup(name, date(year, 7, 1))
            assert code is not None, f"DPPA name {name!r} ({year}) is not in aliases.csv"
            years[year].add(ref.seat_of(code))
    assert dict(blanks) == dict.fromkeys(DPPA_BLANKS, 1), "DPPA blanks differ from PROVENANCE §7"
    return years


@pytest.fixture(scope="module")
def dppa() -> dict[int, set[str]]:
    return _dppa_by_year()


@pytest.mark.parametrize("year", range(1946, 2025))
def test_council_matches_dppa_every_year(dppa: dict[int, set[str]], year: int) -> None:
    mine = _seats(t.code for t in ref.council(year))
    assert mine == dppa[year], (
        f"{year}: only in terms.csv {sorted(mine - dppa[year])}, "
        f"only in DPPA {sorted(dppa[year] - mine)}"
    )


# --------------------------------------------------------------------------- against Sciences Po

# PROVENANCE.md §2: columns that hold another member's votes in these years.
SCIENCESPO_MISFILED = {
    (1964, "CZE"): "CSK",
    (1966, "DZA"): "ARG",
    (1967, "DZA"): "ARG",
    (2011, "TUR"): "PRT",
    (2012, "TUR"): "PRT",
    (2024, "SVK"): "SVN",
}


def test_council_matches_sciencespo_on_every_vote_date() -> None:
    """Every recorded vote 1946-2025: the members with a vote cell are exactly the Council that
    day. This checks term boundaries to the day (the 1971 and 1991 seat changes, split seats)."""
    path = _reference_file("sciencespo_unsc_votes_1946-2025_wide.csv")
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        columns: dict[int, str] = {}
        for i, label in enumerate(header[14:], start=14):
            # "RUSSIAN FEDERATION/USSR", "EGYPT / UNITED ARAB REPUBLIC": the first name serves.
            code = ref.lookup(label.split("/")[0])
            assert code is not None, f"Sciences Po column {label!r} is not in aliases.csv"
            columns[i] = ref.seat_of(code)
        mismatches = []
        votes = 0
        for row in reader:
            day = date.fromisoformat(row[5])
            theirs = {columns[i] for i in columns if row[i].strip()}
            theirs = {SCIENCESPO_MISFILED.get((day.year, c), c) for c in theirs}
            mine = _seats(t.code for t in ref.council_on(day))
            votes += 1
            if theirs != mine:
                mismatches.append((row[1], day, sorted(mine - theirs), sorted(theirs - mine)))
    assert votes > 3000
    assert not mismatches, f"{len(mismatches)} votes disagree, first: {mismatches[:5]}"


def test_sciencespo_2025_members() -> None:
    path = _reference_file("sciencespo_unsc_votes_1946-2025_wide.csv")
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        seated = set()
        for row in reader:
            if row[5].startswith("2025-"):
                seated |= {header[i] for i in range(14, len(header)) if row[i].strip()}
    codes = {ref.seat_of(ref.lookup(name.split("/")[0]) or name) for name in seated}
    # Sciences Po labels Slovenia "SLOVAKIA" in 2024 only; 2025 is clean.
    assert codes == _seats(t.code for t in ref.council(2025))


# --------------------------------------------------------------------------- members


def test_admission_dates_match_wikipedia_list() -> None:
    path = _reference_file("un_member_states_admission_dates_wikipedia.csv")
    current = {c for c, m in ref.members().items() if m.end is None}
    seen = set()
    wrong = []
    with path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            name = re.sub(r"\[.*?\]", "", row["Member state"]).strip()
            admitted = re.sub(r"\[.*?\]", "", row["Date of admission"]).strip()
            day = datetime.strptime(admitted, "%d %B %Y").date()
            code = ref.lookup(name)
            assert code is not None, f"{name!r} is not in aliases.csv"
            seen.add(code)
            if ref.members()[code].start != day:
                wrong.append((code, ref.members()[code].start, day))
    assert seen == current
    # China's and Russia's rows start when their identity took the seat (1971, 1991); the
    # Wikipedia list dates the seat itself from 1945.
    assert sorted(wrong) == [
        ("CHN", date(1971, 10, 25), date(1945, 10, 24)),
        ("RUS", date(1991, 12, 25), date(1945, 10, 24)),
    ]


def test_current_codes_are_iso_alpha3() -> None:
    path = _reference_file("iso3166_countries_with_m49_regions.csv")
    with path.open(newline="", encoding="utf-8") as fh:
        iso = {row["alpha-3"] for row in csv.DictReader(fh)}
    codes = set(ref.members())
    assert codes - iso == {"SUN", "YUG", "CSK", "DDR", "YMD"}
    assert "TWN" in iso  # ISO's code for Taiwan, used here for the Republic of China's seat


def test_members_table_shape() -> None:
    members = ref.members()
    assert sum(m.end is None for m in members.values()) == 193
    assert set(members) >= {"SUN", "TWN", "YUG", "CSK", "DDR", "YMD"}
    assert members["SUN"].end == date(1991, 12, 24)
    assert members["RUS"].start == date(1991, 12, 25)
    assert members["TWN"].end == date(1971, 10, 24)
    assert members["CHN"].start == date(1971, 10, 25)
    assert members["RUS"].name == "Russia"
    assert members["RUS"].official_name == "Russian Federation"
    assert members["USA"].official_name == "United States of America"
    assert members["SYR"].official_name == "Syrian Arab Republic"
    for m in members.values():
        assert re.fullmatch(r"[A-Z]{3}", m.code)
        assert m.start is not None and (m.end is None or m.start < m.end), m


def test_every_name_and_official_name_is_an_alias() -> None:
    for m in ref.members().values():
        day = m.end or date(2026, 1, 1)
        assert ref.lookup(m.name, day) == m.code, m.name
        assert ref.lookup(m.official_name, day) == m.code, m.official_name


# --------------------------------------------------------------------------- terms


def test_2025_and_2026_elected_members() -> None:
    assert set(ref.elected(2025)) == {
        "DZA",
        "DNK",
        "GRC",
        "GUY",
        "PAK",
        "PAN",
        "KOR",
        "SLE",
        "SVN",
        "SOM",
    }
    assert set(ref.elected(2026)) == {
        "BHR",
        "COL",
        "COD",
        "LVA",
        "LBR",
        "DNK",
        "GRC",
        "PAK",
        "PAN",
        "SOM",
    }


@pytest.mark.parametrize("year", range(1946, 2027))
def test_council_size_mid_year(year: int) -> None:
    expected = 11 if year <= 1965 else 15
    assert len(ref.council_on(date(year, 7, 1))) == expected
    assert len(ref.elected(year)) == expected - 5


def test_council_size_at_every_boundary() -> None:
    """Seat counts only change on term boundaries, so checking each boundary day and the day
    either side covers every day from 1946 to 2026."""
    days = set()
    for t in ref.terms():
        for edge in (t.start, t.end):
            if edge is not None:
                days |= {edge - timedelta(days=1), edge, edge + timedelta(days=1)}
    for day in sorted(d for d in days if date(1946, 1, 1) <= d <= date(2026, 12, 31)):
        seats = ref.council_on(day)
        assert len(seats) == (11 if day.year <= 1965 else 15), day
        assert len({t.code for t in seats}) == len(seats), day
        assert sum(t.permanent for t in seats) == 5, day


def test_no_one_sits_before_1946() -> None:
    assert ref.council_on(date(1945, 12, 31)) == []


def test_seat_changes_1971_and_1991() -> None:
    assert {"TWN", "SUN"} <= {t.code for t in ref.council(1965)}
    assert {"TWN", "CHN"} <= {t.code for t in ref.council(1971)}
    assert {"SUN", "RUS"} <= {t.code for t in ref.council(1991)}
    assert len(ref.council(1971)) == 16
    assert ref.permanent_on(date(1971, 10, 24)) == {"TWN", "FRA", "SUN", "GBR", "USA"}
    assert ref.permanent_on(date(1971, 10, 25)) == {"CHN", "FRA", "SUN", "GBR", "USA"}
    assert ref.permanent_on(date(1991, 12, 24)) == {"CHN", "FRA", "SUN", "GBR", "USA"}
    assert ref.permanent_on(date(2022, 6, 1)) == {"CHN", "FRA", "GBR", "RUS", "USA"}


def test_split_terms_are_one_year_each() -> None:
    assert "YUG" in ref.elected(1956) and "PHL" not in ref.elected(1956)
    assert "PHL" in ref.elected(1957) and "YUG" not in ref.elected(1957)
    assert "ITA" in ref.elected(2017) and "NLD" in ref.elected(2018)
    assert "ITA" not in ref.elected(2018) and "NLD" not in ref.elected(2017)


def test_is_member_on_council() -> None:
    assert ref.is_member_on_council("UKR", date(1948, 3, 1))  # the Ukrainian SSR
    assert ref.is_member_on_council("DDR", date(1980, 6, 1))
    assert not ref.is_member_on_council("DDR", date(1982, 6, 1))
    assert ref.is_member_on_council("RUS", date(2022, 2, 25))
    assert not ref.is_member_on_council("RUS", date(1991, 12, 24))


def test_terms_fall_within_membership() -> None:
    members = ref.members()
    for t in ref.terms():
        m = members[t.code]
        assert t.end is None or t.start <= t.end, t
        assert m.start is not None and m.start <= t.start, t
        assert m.end is None or (t.end is not None and t.end <= m.end), t


def test_no_immediate_re_election() -> None:
    """Charter Art. 23(2): a retiring elected member is not eligible for immediate re-election.
    A term that starts the day after the same member's previous one ends is a data error."""
    by_code: dict[str, list[ref.Term]] = defaultdict(list)
    for t in ref.terms():
        if not t.permanent:
            by_code[t.code].append(t)
    for code, seq in by_code.items():
        seq.sort(key=lambda t: t.start)
        for a, b in zip(seq, seq[1:], strict=False):
            assert a.end is not None and b.start > a.end + timedelta(days=1), (code, a, b)


# --------------------------------------------------------------------------- names


def test_lookup_with_dates() -> None:
    assert ref.lookup("Russia", date(1980, 1, 1)) == "SUN"
    assert ref.lookup("Russia", date(1991, 12, 25)) == "RUS"
    assert ref.lookup("the Kremlin", date(2022, 5, 26)) == "RUS"
    assert ref.lookup("Moscow", date(1956, 11, 4)) == "SUN"
    assert ref.lookup("China", date(1956, 10, 30)) == "TWN"
    assert ref.lookup("Chinese", date(1972, 9, 10)) == "CHN"
    assert ref.lookup("Beijing", date(1960, 1, 1)) == "CHN"
    assert ref.lookup("Yugoslavia", date(2001, 6, 1)) == "SRB"
    assert ref.lookup("Berlin", date(1980, 1, 1)) is None  # East or West: ambiguous then
    assert ref.lookup("Blue House", date(2017, 1, 1)) == "KOR"
    assert ref.lookup("Blue House", date(2023, 1, 1)) is None  # the presidency moved in 2022


def test_lookup_without_date_prefers_current() -> None:
    assert ref.lookup("Russia") == "RUS"
    assert ref.lookup("China") == "CHN"
    assert ref.lookup("Yugoslavia") == "YUG"
    assert ref.lookup("Soviet Union") == "SUN"
    assert ref.lookup("Whitehall") == "GBR"
    assert ref.lookup("Beijing") == "CHN"
    assert ref.lookup("Peking") == "CHN"
    assert ref.lookup("Taipei") == "TWN"
    assert ref.lookup("Zaire") == "COD"
    assert ref.lookup("Upper Volta") == "BFA"
    assert ref.lookup("United Arab Republic") == "EGY"
    assert ref.lookup("East Germany") == "DDR"
    assert ref.lookup("West Germany") == "DEU"
    assert ref.lookup("Byelorussian SSR") == "BLR"
    assert ref.lookup("Atlantis") is None


def test_lookup_kind() -> None:
    assert ref.lookup_kind("the White House") == ("USA", "building")
    assert ref.lookup_kind("Brazilian") == ("BRA", "demonym")
    assert ref.lookup_kind("Pyongyang") == ("PRK", "capital")
    assert ref.lookup_kind("Ceylon") == ("LKA", "historical")
    assert ref.lookup_kind("Kiev") == ("UKR", "capital")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("U.S.", "USA"),
        ("us", "USA"),
        ("THE UNITED KINGDOM", "GBR"),
        ("Elysee", "FRA"),
        ("the Élysée", "FRA"),
        ("Cote d'Ivoire", "CIV"),
        ("Cote d\u2019Ivoire", "CIV"),
        ("Cote d' Ivoire", "CIV"),
        ("CÔTE D'IVOIRE", "CIV"),
        ("Turkiye", "TUR"),
        ("Türkiye", "TUR"),
        ("Turkey", "TUR"),
        ("Brasilia", "BRA"),
        ("Trinidad & Tobago", "TTO"),
        ("St. Vincent and the Grenadines", "VCT"),
        ("Guinea Bissau", "GNB"),
        ("Viet Nam", "VNM"),
        ("Vietnam", "VNM"),
        ("  Burma ", "MMR"),
        ("Sao Tome and Principe", "STP"),
        ("Germany, Federal Republic of", "DEU"),
        ("Iran (Islamic Republic of)", "IRN"),
        ("Russia's", "RUS"),
        ("Washington\u2019s", "USA"),
        ("the Philippines'", "PHL"),
        ("Côte d'Ivoire's", "CIV"),
    ],
)
def test_lookup_forgives_spelling(text: str, code: str) -> None:
    assert ref.lookup(text, date(2024, 1, 1)) == code


def test_normalise() -> None:
    assert ref.normalise("U.S.") == ref.normalise("US") == "us"
    assert ref.normalise("The  Kremlin") == "kremlin"
    assert ref.normalise("the") == "the"  # a lone "the" is not stripped to nothing
    assert ref.normalise("Timor-Leste") == "timor leste"
    assert ref.normalise("Chișinău") == "chisinau"
    assert ref.normalise("Moscow's") == "moscow"
    assert ref.lookup("British-drafted") is None  # compounds are the extractor's to split


def test_no_name_points_at_two_members_at_once() -> None:
    """Where one name meant different members over time, the date ranges must not overlap:
    otherwise lookup() would silently pick one."""
    by_key: dict[str, list[ref.Alias]] = defaultdict(list)
    for a in ref.aliases():
        by_key[ref.normalise(a.alias)].append(a)
    lo, hi = date.min, date.max
    for key, rows in by_key.items():
        for i, a in enumerate(rows):
            for b in rows[i + 1 :]:
                if a.code == b.code:
                    continue
                overlap = max(a.valid_from or lo, b.valid_from or lo) <= min(
                    a.valid_to or hi, b.valid_to or hi
                )
                assert not overlap, f"{key!r}: {a} overlaps {b}"


def test_aliases_cover_the_common_short_forms() -> None:
    expected = {
        "US": "USA",
        "USA": "USA",
        "America": "USA",
        "UK": "GBR",
        "Britain": "GBR",
        "Great Britain": "GBR",
        "DPRK": "PRK",
        "North Korea": "PRK",
        "South Korea": "KOR",
        "ROK": "KOR",
        "UAE": "ARE",
        "DRC": "COD",
        "Ivory Coast": "CIV",
        "Burma": "MMR",
        "Libyan Arab Jamahiriya": "LBY",
        "Ceylon": "LKA",
        "Dahomey": "BEN",
        "GDR": "DDR",
        "Federal Republic of Germany": "DEU",
        "Czechoslovakia": "CSK",
        "Formosa": "TWN",
        "Nationalist China": "TWN",
        "Republic of China": "TWN",
        "USSR": "SUN",
        "American": "USA",
        "British": "GBR",
        "French": "FRA",
        "Brazilian": "BRA",
        "Washington": "USA",
        "London": "GBR",
        "Paris": "FRA",
        "Tokyo": "JPN",
        "Kyiv": "UKR",
        "Abu Dhabi": "ARE",
        "Downing Street": "GBR",
        "Quai d'Orsay": "FRA",
        "State Department": "USA",
        "Foggy Bottom": "USA",
        "Zhongnanhai": "CHN",
        "Itamaraty": "BRA",
        "South Block": "IND",
    }
    wrong = {k: ref.lookup(k) for k, v in expected.items() if ref.lookup(k) != v}
    assert not wrong


def test_every_current_member_has_a_demonym_or_capital() -> None:
    kinds: dict[str, set[str]] = defaultdict(set)
    for a in ref.aliases():
        kinds[a.code].add(a.kind)
    missing = [
        c
        for c, m in ref.members().items()
        if m.end is None and not kinds[c] & {"demonym", "capital"}
    ]
    assert not missing


# --------------------------------------------------------------------------- import cost


def test_import_does_not_pull_in_the_database_stack() -> None:
    code = (
        "import sys, unvotes.reference as r; r.lookup('x'); r.council(1971);"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in"
        " ('sqlalchemy', 'sqlmodel', 'alembic', 'typer', 'rich'));"
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
