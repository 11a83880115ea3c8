"""Facts: what one extracted event states, as named values with the sentences behind them.

Fact names: date, draft, resolution, outcome, yes, no, abstain, subject, vetoed_by
(';'-joined codes), vote:CODE (yes/no/abstain/absent), sponsor:CODE. These are the names
of `evidence.fact` and `conflict.fact` for everything that comes from articles.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from unvotes.matching import Features

__all__ = ["as_date", "canonical_draft", "event_facts", "evidence_rows"]


def canonical_draft(value: Any) -> str | None:
    """"S/2022/431" from any spelling; None when it is not a draft symbol."""
    if not value:
        return None
    return _canonical_draft(str(value))


@lru_cache(maxsize=65536)
def _canonical_draft(value: str) -> str | None:
    # (ingest asks for the same few thousand symbols again and again while it matches)
    try:
        from unvotes.official.symbols import draft_symbol

        found = draft_symbol(str(value))
    except ImportError:  # pragma: no cover - the official package ships with unvotes
        found = None
    if found:
        return found
    text = re.sub(r"\s+", "", str(value)).upper()
    return text if text.startswith("S/") and "/RES/" not in text else None


def as_int(value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    m = re.search(r"\d+", str(value))
    return int(m.group(0)) if m else None


def resolution_number(value: Any) -> int | None:
    """2397 from "2397", "S/RES/2397 (2017)"; None for GA-style "ES-11/1"."""
    if value is None or value == "":
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    text = str(value).strip()
    m = re.fullmatch(r"(?:S\s*/\s*RES\s*/\s*)?(\d{1,5})(?:\s*\(\s*\d{4}\s*\))?", text, re.I)
    return int(m.group(1)) if m else None


def as_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def vote_value(value: str) -> str | None:
    v = str(value).lower().replace(" ", "_")
    return {"yes": "yes", "no": "no", "abstain": "abstain", "abstention": "abstain",
            "absent": "absent", "not_participating": "not_participating"}.get(v)


def event_facts(ev: Mapping[str, Any], feats: Features | None = None) -> dict[str, str]:
    """The facts an event states, as fact name → value text.

    Names: date, draft, resolution, outcome, yes, no, abstain, subject, vetoed_by
    (';'-joined codes), vote:CODE (yes/no/abstain/absent), sponsor:CODE ('sponsor').
    A vetoing member's no vote is implied by the veto and recorded as such.
    """
    if feats is None:
        from unvotes.matching import event_features

        feats = event_features(ev)
    f = feats
    out: dict[str, str] = {}
    if f.date:
        out["date"] = f.date.isoformat()
    if f.draft:
        out["draft"] = f.draft
    if f.resolution is not None:
        out["resolution"] = str(f.resolution)
    if f.outcome in ("adopted", "vetoed", "failed"):
        out["outcome"] = f.outcome
    for name in ("yes", "no", "abstain"):
        v = getattr(f, name)
        if v is not None:
            out[name] = str(v)
    subject = ev.get("subject")
    if subject:
        out["subject"] = str(subject)[:500]
    if f.vetoed_by:
        out["vetoed_by"] = ";".join(sorted(f.vetoed_by))
    for code, value in sorted(f.votes.items()):
        v = vote_value(value)
        if v:
            out[f"vote:{code}"] = v
    for code in sorted(f.vetoed_by):
        out.setdefault(f"vote:{code}", "no")
    for code in sorted(f.sponsors):
        out[f"sponsor:{code}"] = "sponsor"
    return out


@lru_cache(maxsize=4096)
def _evidence_key(fact: str) -> tuple[str, str | None]:
    """An extractor's evidence label → (base fact, member code or None)."""
    parts = re.split(r"[.:/\[\]]+", str(fact).strip().lower())
    base = parts[0]
    base = {"votes": "vote", "sponsors": "sponsor", "veto": "vetoed_by",
            "vetoes": "vetoed_by", "tally": "yes", "symbol": "draft"}.get(base, base)
    code = parts[1].upper() if len(parts) > 1 and parts[1] else None
    return base, code


# Where to look when an extractor gives no sentence under a fact's own name.
_FALLBACK = {"vetoed_by": ("outcome",), "no": ("tally", "yes"), "abstain": ("tally", "yes"),
             "yes": ("tally",), "vote": ("vetoed_by", "veto")}


def evidence_rows(ev: Mapping[str, Any], facts: Mapping[str, str]) -> list[dict]:
    """One row per (fact, supporting sentence); facts with no sentence get one empty row so
    the database still knows which source stated them."""
    index: dict[tuple[str, str | None], list[Mapping]] = {}
    for e in ev.get("evidence") or []:
        if isinstance(e, Mapping) and e.get("text"):
            index.setdefault(_evidence_key(str(e.get("fact", ""))), []).append(e)
    rows: list[dict] = []
    for fact, value in facts.items():
        base, _, code = fact.partition(":")
        found = index.get((base, code or None), [])
        if not found and code:
            found = index.get((base, None), [])[:1] or index.get(
                (_FALLBACK["vote"][0], code), [])
        for alt in _FALLBACK.get(base if not code else "", ()):
            if found:
                break
            found = index.get((alt, None), [])
        if not found and base in ("draft", "resolution"):
            # A symbol is its own evidence: the first sentence that writes it.
            found = [e for items in index.values() for e in items
                     if value in str(e.get("text"))][:1]
        seen: set[tuple] = set()
        for e in found:
            key = (e.get("text"), e.get("start"))
            if key in seen:
                continue
            seen.add(key)
            rows.append({"fact": fact, "value": value, "text": str(e.get("text")),
                         "start": as_int(e.get("start")), "end": as_int(e.get("end"))})
        if not found:
            rows.append({"fact": fact, "value": value, "text": "", "start": None,
                         "end": None})
    return rows


