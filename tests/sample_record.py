"""A small record of real Security Council votes, written with plain INSERTs.

Facts checked against the Sciences Po file (../shared/reference/): the first veto (USSR,
Syria and Lebanon, 16 Feb 1946, recorded under its meeting S/PV.23), the Republic of
China's veto on 13 Dec 1955 (S/3502, 8-1-2), resolution 2397 (2017) on the DPRK (15-0-0),
Russia's veto of S/2022/155 on Ukraine (11-1-3), China's and Russia's veto of S/2022/431 on
the DPRK (13-2-0); and, known only from an article, the United States' veto of Brazil's
Gaza draft S/2023/773 (12-1-2) whose subject arrives as a spreadsheet formula.
"""

from __future__ import annotations

from unvotes.db import connect

FORMULA_SUBJECT = '=HYPERLINK("http://evil.example/","Gaza humanitarian pauses")'

# (id, date, draft, resolution, meeting, subject, outcome, yes, no, abstain, absent,
#  votes {code: value}, sponsors, source ids)
PROPOSALS = [
    (1, "1946-02-16", None, None, "S/PV.23",
     "Letter from the Heads of the Lebanese and Syrian delegations", "vetoed", 7, 1, 1, 2,
     {"TWN": "yes", "FRA": "not_participating", "SUN": "no", "GBR": "not_participating",
      "USA": "yes", "AUS": "yes", "BRA": "yes", "EGY": "yes", "MEX": "yes", "NLD": "yes",
      "POL": "abstain"}, ["USA"], [1]),
    (2, "1955-12-13", "S/3502", None, None, "Admission of new Members", "vetoed", 8, 1, 2, 0,
     {"TWN": "no", "FRA": "yes", "SUN": "yes", "GBR": "yes", "USA": "abstain", "BEL": "abstain",
      "BRA": "yes", "IRN": "yes", "NZL": "yes", "PER": "yes", "TUR": "yes"}, [], [1]),
    (3, "2017-12-22", "S/2017/1084", 2397, "S/PV.8151",
     "Non-proliferation - Democratic People's Republic of Korea", "adopted", 15, 0, 0, 0,
     dict.fromkeys(["CHN", "FRA", "RUS", "GBR", "USA", "BOL", "EGY", "ETH", "ITA", "JPN",
                    "KAZ", "SEN", "SWE", "UKR", "URY"], "yes"), ["USA"], [1]),
    (4, "2022-02-25", "S/2022/155", None, "S/PV.8979",
     "Letter dated 28 February 2014 from the Permanent Representative of Ukraine",
     "vetoed", 11, 1, 3, 0,
     {**dict.fromkeys(["FRA", "GBR", "USA", "ALB", "BRA", "GAB", "GHA", "IRL", "KEN", "MEX",
                       "NOR"], "yes"), "RUS": "no", "CHN": "abstain", "IND": "abstain",
      "ARE": "abstain"}, ["ALB", "USA"], [1]),
    (5, "2022-05-26", "S/2022/431", None, "S/PV.9048",
     "Non-proliferation - Democratic People's Republic of Korea", "vetoed", 13, 2, 0, 0,
     {**dict.fromkeys(["FRA", "GBR", "USA", "ALB", "BRA", "GAB", "GHA", "IRL", "KEN", "MEX",
                       "NOR", "IND", "ARE"], "yes"), "CHN": "no", "RUS": "no"}, ["USA"], [1, 2]),
    (6, "2023-10-18", "S/2023/773", None, None, FORMULA_SUBJECT, "vetoed", 12, 1, 2, 0,
     {**dict.fromkeys(["CHN", "FRA", "ALB", "BRA", "ECU", "GAB", "GHA", "JPN", "MLT", "MOZ",
                       "CHE", "ARE"], "yes"), "USA": "no", "RUS": "abstain", "GBR": "abstain"},
     ["BRA"], [2]),
]
SOURCES = [
    (1, "official", "sciencespo", "UNSC votes since 1946 Database", "Sciences Po", "CC BY 4.0",
     "sha-official"),
    (2, "article", "article-2023-10-18.html", "US vetoes UN resolution on Gaza", "News",
     None, "sha-article"),
]


def build(url: str) -> None:
    """Insert the sample record into a database that has the schema and reference tables."""
    with connect(url) as conn:
        for sid, kind, name, title, publisher, licence, digest in SOURCES:
            conn.execute(
                "INSERT INTO source (id, kind, name, title, publisher, licence, content_hash, "
                "imported_at) VALUES (:id, :kind, :name, :title, :publisher, :licence, :hash, "
                ":at)", {"id": sid, "kind": kind, "name": name, "title": title,
                         "publisher": publisher, "licence": licence, "hash": digest,
                         "at": "2026-11-28 00:00:00"})
        for (pid, day, draft, res, meeting, subject, outcome, yes, no, abstain, absent, votes,
             sponsors, sources) in PROPOSALS:
            conn.execute(
                "INSERT INTO proposal (id, date, draft, resolution, meeting, subject, outcome, "
                "yes, no, abstain, absent) VALUES (:id, :date, :draft, :res, :meeting, "
                ":subject, :outcome, :yes, :no, :abstain, :absent)",
                {"id": pid, "date": day, "draft": draft, "res": res, "meeting": meeting,
                 "subject": subject, "outcome": outcome, "yes": yes, "no": no,
                 "abstain": abstain, "absent": absent})
            for code, value in votes.items():
                conn.execute("INSERT INTO vote (proposal_id, member_code, value) "
                             "VALUES (:p, :m, :v)", {"p": pid, "m": code, "v": value})
            for code in sponsors:
                conn.execute("INSERT INTO sponsorship (proposal_id, member_code, role) "
                             "VALUES (:p, :m, 'sponsor')", {"p": pid, "m": code})
            for sid in sources:
                conn.execute("INSERT INTO proposal_source (proposal_id, source_id, reference, "
                             "outcome) VALUES (:p, :s, :r, :o)",
                             {"p": pid, "s": sid, "r": f"row-{pid}", "o": outcome})
        conn.execute("INSERT INTO evidence (source_id, proposal_id, fact, value, text) "
                     "VALUES (2, 6, 'vetoed_by', 'USA', :t)",
                     {"t": "The United States vetoed the Brazilian-drafted resolution."})
        conn.commit()
