"""What the two Dag Hammarskjöld Library pages share: publisher, terms, member spellings."""

from __future__ import annotations

import re
from datetime import date

PUBLISHER = "United Nations, Dag Hammarskjöld Library"
LICENCE = ("© United Nations; UN website terms of use "
           "(https://www.un.org/en/about-us/terms-of-use)")

# Abbreviations the pages use beside full names; the rest go through reference.lookup on
# the day of the vote (which splits "China" into TWN/CHN and "Russia" into SUN/RUS).
FILE_NAMES = {"USSR": "SUN", "UK": "GBR", "USA": "USA", "US": "USA"}

_SPLIT = re.compile(r",|&|\band\b|\n")


def members(text: str, day: date | None) -> tuple[list[str], list[str]]:
    """Member codes named in a cell ("France\\nUK\\nUSA", "China and Russian Federation"),
    and the names that matched nothing."""
    from unvotes import reference

    codes: list[str] = []
    unknown: list[str] = []
    for part in _SPLIT.split(text):
        name = re.sub(r"^(?:the)\s+", "", part.strip(" .;:\t"), flags=re.I)
        if not name:
            continue
        code = FILE_NAMES.get(name) or reference.lookup(name, on=day)
        if code is None:
            unknown.append(name)
        elif code not in codes:
            codes.append(code)
    return codes, unknown
