"""The record's closed vocabularies, code -> label: what the `outcome` and `vote_value`
lookup tables hold. A module of its own so the read path and the importers can check codes
without importing SQLAlchemy (models.py does); the initial migration keeps its own copy,
as migrations must.
"""

OUTCOMES = {
    "adopted": "Adopted",
    "vetoed": "Not adopted: negative vote of a permanent member",
    "failed": "Not adopted: too few votes in favour",
}
VOTE_VALUES = {
    "yes": "In favour",
    "no": "Against",
    "abstain": "Abstention",
    "absent": "Absent",
    "not_participating": "Present, not participating",
}
