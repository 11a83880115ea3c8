"""Numbers in vote reports: tallies ("13-2", "13-1-1", "by nine votes to five, with one
abstention", "fourteen to one"), counts next to a vote word ("12 votes in favour", "none
against", "two abstentions"), and counted groups of members ("the other 13 members",
"Thirteen of the council's fifteen members").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .lexicon import register, word_starts

__all__ = ["Count", "NUM", "find_counts", "find_count_groups", "find_tallies", "number"]

_WORDS = {
    "zero": 0, "none": 0, "no": 0, "nil": 0, "nothing": 0, "one": 1, "a single": 1, "single": 1,
    "lone": 1,
    "sole": 1, "only one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20,
}
# A number as written in a vote report: digits, or a word up to twenty.
NUM = (
    r"(?:\d{1,3}(?![\d,.]\d)|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
)


def number(s: str) -> int | None:
    s = s.strip().lower()
    if s.isdigit():
        return int(s)
    return _WORDS.get(s)


_UNIT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEEN_WORDS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
               "seventeen", "eighteen", "nineteen")
_TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_TWO_DIGIT = (rf"(?:(?:{'|'.join(_TENS_WORDS)})(?:[- ](?:{'|'.join(_UNIT_WORDS)}))?"
              rf"|{'|'.join(_TEEN_WORDS)})")
# A four-figure number read aloud in two pairs, as a transcript gives it: "fifteen sixty-four"
# (1564), "twenty-three thirty-four" (2334), "nineteen oh five" (1905)
# ... or in hundreds: "six hundred and ninety-three" (693)
# ("twelve-sixteen" (1216): a teen may be joined to the next pair by a hyphen)
_DIGIT_WORD = rf"(?:{'|'.join(_UNIT_WORDS)}|zero|oh)"
# ... or digit by digit, hyphenated: "two-one-seven" (217)
SPOKEN_PAIRS = (rf"(?:{_DIGIT_WORD}(?:-{_DIGIT_WORD}){{2,3}}\b"
                rf"|(?:{_TWO_DIGIT}\s+|(?:{'|'.join(_TEEN_WORDS)})-)"
                rf"(?:{_TWO_DIGIT}|oh[- ](?:{'|'.join(_UNIT_WORDS)}))"
                rf"|(?:{'|'.join(_UNIT_WORDS)})\s+hundred(?:\s+and)?\s+"
                rf"(?:{_TWO_DIGIT}|{'|'.join(_UNIT_WORDS)}))")


def _two_digit(words: str) -> int:
    parts = words.replace("-", " ").split()
    if parts[0] in _TEEN_WORDS:
        return 10 + _TEEN_WORDS.index(parts[0])
    if parts[0] == "oh":
        return _UNIT_WORDS.index(parts[1]) + 1
    tens = (_TENS_WORDS.index(parts[0]) + 2) * 10
    return tens + (_UNIT_WORDS.index(parts[1]) + 1 if len(parts) > 1 else 0)


def spoken_pairs(words: str) -> int:
    """The number a :data:`SPOKEN_PAIRS` match reads aloud: "fifteen sixty-four" is 1564."""
    words = words.strip().lower()
    digits = words.split("-")
    if len(digits) >= 3 and all(d in _UNIT_WORDS or d in ("zero", "oh") for d in digits):
        return int("".join(str(_UNIT_WORDS.index(d) + 1) if d in _UNIT_WORDS else "0"
                           for d in digits))
    h = re.fullmatch(r"(\w+)\s+hundred(?:\s+and)?\s+(.+)", words)
    if h is not None:
        rest = h.group(2)
        tail = _UNIT_WORDS.index(rest) + 1 if rest in _UNIT_WORDS else _two_digit(rest)
        return (_UNIT_WORDS.index(h.group(1)) + 1) * 100 + tail
    m = re.fullmatch(rf"({_TWO_DIGIT})(?:\s+|-)(.+)", words)
    assert m is not None
    return _two_digit(m.group(1)) * 100 + _two_digit(m.group(2))


@dataclass(slots=True)
class Count:
    """``value`` members voted ``vote`` (yes/no/abstain); ``start``/``end`` span the words."""

    vote: str
    value: int
    start: int
    end: int
    # "the only vote against": a count only when the clause states no other "no" count
    weak: bool = False
    # "eleven hands went up": hands, which the story may also use of a veto ("Three hands
    # went up together ... and with them went the hopes of Namibia"), so a count told in
    # words of votes comes first
    hands: bool = False


# "13-2", "13-1-1", "7 to 2", "by 13 votes to 2", "nine votes to five, with one abstention",
# "a nine-three vote with three abstentions", "fourteen to one".
# Every pattern below is matched only where a number starts (digits, or a number word at a
# word boundary), found with str.find: far cheaper than letting the regex engine try every
# position of an article.
_DIGITS = re.compile(r"\d+")
_NUMBER_STARTS = tuple(_WORDS) + ("a single", "only one")
register(_NUMBER_STARTS)  # looked up in a document's Finder


def number_starts(low: str, lo: int, hi: int, finder: Any = None) -> list[int]:
    """Where numbers start in the lower-cased ``low[lo:hi]`` (``finder``: a
    :class:`~unvotes.extract.cues.Finder` over ``low``, to share its look-ups)."""
    found = {m.start() for m in _DIGITS.finditer(low, lo, hi)}
    n = len(low)
    for w in _NUMBER_STARTS:
        # a whole word: "no" but not "not" or "north", "one" but not "only"
        k = len(w)
        for i in (finder.starts(w) if finder is not None else word_starts(low, lo, hi, (w,))):
            if lo <= i < hi and (i + k >= n or not low[i + k].isalnum()) and not (
                    low[i - 1:i] == "-" and low.endswith(_TENS_WORDS, max(0, i - 9), i - 1)):
                found.add(i)  # (not the "eight" of "forty-eight", a number past the Council)
    return sorted(found)


_TALLY = re.compile(
    # ("nine votes against two": in favour, then against)
    rf"(?P<a>{NUM})(?P<av>\s+votes?)?\s*(?:-to-|-|\s+to\s+|(?<=\d)(?P<colon> ?: ?)(?=\d)"
    r"|(?<=votes)\s+against\s+(?!the\b|it\b|them\b)"
    # ("Fourteen against one.": a tally told without the word "votes")
    r"|\s+against\s+(?=(?:one|two|three|none|nil|[1-3])\b(?!\s+(?:of|in|with)\b)))\s*"
    rf"(?P<b>{NUM}|none|nil|nothing)(?P<bv>\s+votes?)?\b"
    rf"(?:\s*-\s*(?P<c>{NUM})\b| ?: ?(?P<c3>\d{{1,2}})\b|,?\s*(?:and|with)\s+(?P<c2>{NUM}|no)\s+"
    r"(?:abstentions?|abstaining|abstainers?|members? abstaining)\b)?",
)
# a count after a rejection puts the larger number against: "rejected ... by ten votes to one"
_REJECTED_BY = re.compile(r"\b(?:rejected|defeated|voted\s+down|turned\s+down|thrown\s+out)\b"
                          r"[^.;]{0,60}?\bby\s+$")
# ... when the story goes on to name the few for it: "The Soviet Union alone voted for them"
_FEW_FOR_AFTER = re.compile(r"\b(?:alone|only|single|sole|lone)\b[^.;]{0,60}?\b(?:for|in\s+favou?r|"
                            r"supported|backed|supporter)\b")
# A tally needs a vote word close by, or "votes" inside it: "2016-2017", "20 September-18
# December" and "1-2 weeks" are not tallies.
_TALLY_CONTEXT_BEFORE = re.compile(
    r"\b(?:vote|votes|voted|voting|tally|result|margin|passed|pass|adopted|approved|"
    # ("The Security Council divided eight to two, with one abstention.")
    r"defeated|rejected|failed|fell|falls|split|divided|by|was|backed|carried|blocked|vetoed|"
    r"through|"
    # ("The second (S/2023/776) got 7-1-7"; not "drew 2-2", "won 3-1": a match)
    r"got|gets|received|receives|garnered|secured|obtained|mustered|renewed|extended|"
    r"unanimous|unanimously|"
    # ("S/11833: identical count, 14-1-0.", "the same score, 9-2")
    r"count|score|"
    # ("Same numbers exactly: 13-0-2")
    r"(?:same|identical)\s+(?:numbers|figures)|"
    # a chronology's present: "The French draft passes 10-0-5"
    r"passes|adopts|approves|carries|fails|renews|extends|"
    # ("went down the same way, this time eight to two"; "met the same fate, nine to two")
    r"went\s+down|this\s+time|fate|"
    # ("Transjordan went exactly the same way, nine to one"; "Portugal fared worst: nine to two")
    r"way|fared|"
    # "China abstained, allowing the Council to adopt it 14-0-1"
    r"(?:allowing|allowed|enabling|enabled|permitting|permitted|letting)\s+the\s+"
    r"(?:security\s+)?council\s+to\s+(?:adopt|pass|approve))\b"
    r"[^.;]{0,40}$",
)
# "Resolution 2295 (2016), 15-0.": a digest's line gives the number, then the tally
# "adopted resolution 2231 endorsing the Iran nuclear deal, 15-0-0": a full three-part count
# may stand further from its verb than a pair of numbers could
_TALLY_CONTEXT_FAR = re.compile(_TALLY_CONTEXT_BEFORE.pattern.replace("{0,40}$", "{0,130}$"))
_TALLY_AFTER_SYMBOL = re.compile(
    r"\b(?:resolution|s/res/)\s*\d{1,4}(?:\s*\(\d{4}\))?\s*(?:,|:|--?|\u2013|\u2014)\s*$")
_TALLY_CONTEXT_AFTER = re.compile(r"\s*(?:vote|votes|result|margin|tally|decision|division|split|"
                                  r"count|in favou?r)\b")

# "... votes against the single Soviet vote": the side set against one vote, not a count of noes
_ONE_AGAINST = (r"\s+(?:the\s+|a\s+|one\s+)(?:same\s+)?(?:single\s+|lone\s+|sole\s+)?(?:[\w-]+\s+)?"
                r"(?:vote|veto|no)\b"
                # ("Sixth US veto on Gaza: 14 against 1": one side set against the other)
                r"|\s+\d{1,2}\b(?!\s*(?:votes?\s+)?(?:in\s+favou?r|for)\b)")

# NUM followed by the vote word: "12 votes in favour", "14 in favor", "five against",
# "none against", "no abstentions", "2 abstentions", "three votes opposed".
_COUNT = re.compile(
    # (not "backed by 12 members against the same three": the twelve are the yes side)
    rf"(?<!backed\sby\s)(?<!supported\sby\s)(?P<n>{NUM}|no|none|a single|only one)\s+"
    # "and one -- the United States -- voted against": the side named in an aside
    r"(?:-+\s+[^-;.,]{1,40}?\s+-+\s+(?=vot))?"
    # ("ten votes were cast in favour")
    r"(?:(?:other\s+|more\s+|further\s+)?(?:affirmative\s+|negative\s+|\"?no\"?\s+)?votes?\s+"
    r"(?:(?:were|was)\s+cast\s+)?"
    # ("One country voted against: the United States")
    r"|(?:(?:member\s+)?(?:members?|countries|country|delegations?|states?)\s+)?(?:have\s+|had\s+)?"
    r"vot(?:ed|ing)\s+"
    # "Nine of the eleven members of the Council were in favour"
    # ("Thirteen of the 15 countries on the Council voted for it")
    rf"|of\s+the\s+(?:{NUM}\s+)?(?:members|delegations|countries|nations|states)\s+"
    r"(?:(?:of|on)\s+the\s+(?:security\s+)?council\s+)?"
    r"(?:were|was|voted|raised\s+their\s+hands)\s+"
    # "Nine delegations raised their hands for the recommendation"
    r"|(?:members\s+|delegations\s+|countries\s+)?raised\s+their\s+hands\s+"
    # "all fifteen members in favour, no debate to speak of": no verb at all
    # ("Seven members were for it. Three were against")
    r"|(?:members|delegations|countries|states)\s+(?:were\s+)?(?=in\s+favou?r\b|abstaining\b|"
    r"for\s+(?:it|them)\b|against\b(?!\s+(?:which|whom)\b)))?"
    # (not "obtained the same ten votes against the same single Soviet vote": ten for, set
    # against one)
    r"(?P<what>in\s+favou?r|for\b|yes|against(?!" + _ONE_AGAINST + r")|opposed|no\b|abstentions?|"
    # "The ten affirmative votes included China and ..."
    r"(?:affirmative|positive|negative)(?=\s+votes?\b)|"
    # "no abstaining delegation went as far as ...": an adjective, not a count of abstentions
    r"abstaining(?!\s+(?:delegations?|members?|countries|country|states?|nations?)\b)|"
    r"abstainers?|abstained)",
)
_SIDE_WERE = re.compile(r"\s+(?:were|are|included|include)\b")
_COUNT_WORDS = ("favo", "for", "yes", "against", "opposed", "no", "abstain", "absten",
                "affirmative", "positive", "negative")
# A record set out side by side, the side named before its number: "In favour, 11. Against,
# none. Abstaining, 4", "Vote -- for: 13; against: 2". The side opens its sentence or item
# (after a full stop, a semicolon, a colon, a comma, a dash or a bracket); a bare "for"/"yes"/"no"
# needs a colon ("No, 3 ..." answers a question).
_SIDE_FIRST = re.compile(
    r"(?:^|[.;:,(\n]|\s-+)\s*(?:(?P<side>in\s+favou?r|against|opposed|abstaining|abstentions?|"
    r"abstained)\s*[,:]?|(?P<bare>for|yes|no)\s*:)\s*$")
# ... and nothing after the number that makes it another count ("Against, two votes of ...")
_SIDE_NUM = re.compile(rf"(?:{NUM}|none|nil)\b")
_SIDE_FIRST_AFTER = re.compile(r"\s*(?:[.;,)(]|\s-|$|\s+(?:votes?\b|members\b))")

# "won/received/drew/gathered N votes" (in favour implied).
_WON_VERBS = ("won", "wins", "win", "receiv", "drew", "draw", "gather", "garnered", "gained",
              "got",
              "gets", "secured", "obtained", "attracted", "collected", "mustered", "had", "with",
              "approved by", "backed by", "supported by", "adopted by", "carried by", "passed by")
_WON = re.compile(
    # (not "when they do not win nine votes": the votes a text lacks)
    # ("It gained thirteen votes.")
    r"(?<!not\s)(?<!n't\s)(?<!never\s)(?:won|wins|win|received|receives|receiving|drew|draws|gathered|gathers|garnered|"
    r"gained|"
    # (not "the council had 11 members": its size, not a count of votes)
    r"got|gets|secured|obtained|attracted|collected|mustered|(?<!council\s)had|"
    r"(?<!council\s)with|winning|drawing|"
    # "was approved by thirteen members" (and fell to a veto): the yes side; "adopted by
    # the fifteen members of the Council"
    r"(?:approved|backed|supported|adopted|carried|passed)\s+by(?:\s+the(?=\s+\w+\s+members))?)\s+"
    # ("got exactly two votes"; "obtained the same ten votes" as the text before)
    rf"(?:only\s+|just\s+|a\s+mere\s+|exactly\s+|barely\s+|the\s+support\s+of\s+|all\s+|"
    r"(?:exactly\s+)?the\s+same\s+)?"
    # ("obtained only their two votes": the votes of its two backers)
    r"(?:their\s+(?=\w+\s+votes\b))?"
    rf"(?P<n>{NUM}|a\s+single)\s+"
    # ("was supported by fourteen of the fifteen members")
    rf"(?:of\s+the\s+(?:{NUM}\s+)?(?=(?:council\s+)?members\b))?"
    r"(?:(?:affirmative|positive|favou?rable|\"yes\")\s+|council\s+)?(?:votes?|supporters|backers|members)\b"
    r"(?!\s+(?:opposed|in\s+opposition)|\s+against(?!\s+the\s+same\b|" + _ONE_AGAINST + r"))"
    # (not "with three members of the Security Council declining to support the text", "with
    # three members of the Council abstaining": another side, or none said)
    r"(?!\s+(?:of\s+the\s+(?:security\s+)?council\s+)?(?:abstain\w*|voting|declin\w*|refus\w*|"
    r"fail\w*|unwilling|not\b|absent|staying))",
)
# "By eleven votes - every member of the Council - it adopted ...": the count before the verb
# ("was adopted by the Security Council on Thursday by 12 votes with three abstentions")
_BY_N_VOTES = re.compile(rf"(?:^|(?<=[.,;:!?]\s)|(?<=\n)|(?<=day\s)|(?<=night\s))by\s+(?P<n>{NUM})"
                         r"\s+votes\b"
                         # (not "fell short, by two votes, of the nine needed": a margin)
                         # ("by fifteen votes, to recommend the admission": the verb's aim)
                         r"(?![\s,]*(?:to(?!\s+(?:recommend|admit|adopt|approve|extend|renew|"
                         r"condemn|call|ask|send|establish|create|impose|lift|authori[sz]e|"
                         r"request|demand|refer|end|keep|set)\b)|-|against|in\s+favou?r|and|short|"
                         r"fewer|more|less|too|of|shy)\b)")


def _by_n_votes(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``_BY_N_VOTES.finditer(text, start, end)``, tried only where "by" starts: the pattern
    opens with look-behinds the engine tries at every position, and every match starts
    with "by" (look-behinds still see the text before each start, as in a search)."""
    i = text.find("by", start, end)
    while i >= 0:
        m = _BY_N_VOTES.match(text, i, end)
        if m is not None:
            yield m
        i = text.find("by", m.end() if m is not None else i + 1, end)


# "fifteen hands raised, none against", "eleven hands went up": the yes side shown by hands
_HANDS_UP = re.compile(rf"\b(?P<n>{NUM})\s+(?:hands\s+(?:were\s+)?(?:raised|went\s+up|rose)\b"
                       r"(?!\s+(?:against|to\s+abstain|in\s+abstention))"
                       # "All eleven members raised their hands."
                       r"|members\s+raised\s+their\s+hands(?=\s*[.;]))")
# "seven votes in favour ... against the two votes of Britain and France": the noes, named
_AGAINST_THE_VOTES_OF = re.compile(rf"\bagainst\s+the\s+(?P<n>{NUM})\s+(?:negative\s+)?"
                                   r"votes\s+of\b")
# "For it have voted 13 members", "Against the text voted two": the verb before its subject
_FOR_IT_VOTED = re.compile(
    r"(?P<side>for|against)\s+(?:it|them|the\s+(?:text|draft|resolution|proposal))\s+"
    rf"(?:have\s+|has\s+|had\s+)?voted\s+(?:all\s+|only\s+)?(?P<n>{NUM})\b"
    r"(?:\s+(?:members|countries|delegations|states))?")
_FOR_IT_HINT = re.compile(r"(?:it|them|text|draft|resolution|proposal) (?:ha(?:ve|s|d) )?$")


def _for_it_voted(text: str, start: int, end: int) -> bool:
    i = text.find(" voted ", start, end)
    while i != -1:
        if _FOR_IT_HINT.search(text, max(start, i - 20), i + 1):
            return True
        i = text.find(" voted ", i + 7, end)
    return False
# Comparisons and rules are not counts: "fewer than nine votes", "at least nine votes",
# "short of the nine needed", "the nine votes required".
_NOT_A_COUNT_BEFORE = re.compile(
    r"\b(?:than|least|most|short\s+of|minimum\s+of|needs?|needed|requires?|required|"
    r"reach|reaching|get|obtain|muster|secure|without|garner|attract|"
    # ("both were lost for want of seven affirmative votes": the rule, not a count)
    r"want\s+of|lack\s+of|lacking|lacked)\s+(?:the\s+)?$"
    # "Eleven of the council's 15 members voted for it": the whole, not a side
    r"|\bof\s+(?:the|its|their)\s+(?:council's\s+|body's\s+)?$"
    # "every member except one voted for it", "all but two voted yes": the ones left out
    r"|\b(?:except(?:\s+for)?|all\s+but|save\s+for|bar)\s+$"
    # "one or two abstentions are again possible": a guess
    rf"|\b(?:{NUM})\s+or\s+$"
    # "voted nine to two in favour of recommending Ceylon": a tally's second number, the side
    # against (the words after say what the vote was for)
    rf"|\b(?:{NUM})\s+to\s+$"
    # "the Council took three votes yesterday": ballots held, not a side's count
    r"|\b(?:took|held|had|staged|conducted)\s+$",
)
_PRONOUN_ONE = re.compile(r"\b(?:a|an)\s+(?:[a-z-]+\s+)?$")
# a bare "N for" followed by what it is for, not by the rest of a tally ("nine for, two against")
_FOR_SOMETHING = re.compile(r"\s+(?!and\b|or\b|with\b|against\b|none\b|nil\b|to\b|\d)[a-z]")
# what a people, not the Council, votes for in a referendum: "three islands voted for
# independence"
REFERENDUM_CHOICE = re.compile(r"\s+(?:independence|secession|autonomy|self-rule|union\s+with)\b")
# (not "Malta was one of nine abstentions": the subject's place among the whole, counted)
_PART_OF = re.compile(rf"(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)\b({NUM})\s+of\s+"
                      r"(?:the\s+)?$")
_RULE_AFTER = re.compile(r"\s+votes?\b[^.;:]{0,40}?\b(?:needed|required|necessary|suffices?|"
                         r"enough|must|would\s+(?:have|be))\b")
_NOT_A_COUNT_AFTER = re.compile(r"\s*(?:votes?\s+)?(?:needed|required|necessary|to\s+spare)\b"
                                # ("closed its week with three votes on African missions":
                                # three ballots, one per text)
                                r"|(?<=votes)\s+on\s+(?:[\w-]+\s+){0,3}?(?:missions|texts|drafts|"
                                r"resolutions|files|issues|matters|questions|mandates|items)\b"
                                # ("Our delegation had two votes to cast on Tuesday": two
                                # ballots ahead, not two members in favour)
                                r"|(?<=votes)\s+to\s+(?:cast|take|hold|get\s+through)\b"
                                # ("a busy day, with two votes within hours": two ballots)
                                r"|(?<=votes)\s+(?:within|in\s+(?:a|one|the\s+same)\s+"
                                r"(?:single\s+)?(?:day|morning|afternoon|evening|sitting|"
                                r"session|meeting))\b"
                                # ("including the three abstainers of the first vote":
                                # another vote's count)
                                r"|(?<=abstainers)\s+(?:of|on|in|from)\s+the\s+(?:first|"
                                r"earlier|previous|other|last|second)\s+(?:vote|text|draft|"
                                r"resolution|ballot)\b")

# A counted group of members as a subject: "the other 13 members", "Thirteen of the
# council's fifteen members", "seven members", "Four delegations", "the remaining six".
_GROUP = re.compile(
    rf"(?P<n>{NUM})"
    r"(?:\s+of\s+the\s+(?:council's|[\w-]+)\s+(?:\w+\s+)?(?:members|delegations|delegates|"
    r"representatives)"
    r"|(?:\s+(?:other|remaining|council|security\s+council|u\.?n\.?|elected|non-permanent|"
    r"permanent|western|"
    r"european|african|arab|latin\s+american)){0,2}\s+"
    r"(?:members|countries|nations|delegations|states|governments"
    # ("Only one delegation voted against it, the Soviet Union"; not "Cuba was the one member
    # to vote against", the member named)
    r"|(?<=one\s)(?<!the\sone\s)(?:member|country|nation|delegation|state|government)))\b"
)
_GROUP_LEAD = re.compile(r"(?:(?:all|the|only|just|another)\s+)?(?:(?:other|remaining)\s+)?$")
_OTHER_BEFORE = re.compile(r"(?:the\s+)?(?:other|remaining)\s+$")
_BARE_NUM = re.compile(rf"(?:{NUM})\b(?!\s*-)")
_OTHERS_AFTER = re.compile(r"\s+others\b")
_THE_BEFORE = re.compile(r"(?:the|all)\s+$")

# "cast the only vote against", "the lone 'no'", "with Russia alone against": one "no".
_ONLY_NO = re.compile(
    r"(?:only|lone|sole|single)\s+(?:vote\s+against|negative\s+vote|\"?no\"?\s+vote|\"no\"|"
    # ... "Not a single member dared to vote against it"
    r"(?:country|member|nation|one|delegation|state)\s+(?:dared\s+|chose\s+|wanted\s+)?(?:to\s+)?"
    r"(?:vote|voting|voted)\s+"
    r"(?:against|no))"
    r"|alone\s+(?:against|(?:voted|votes|said|says)\s+no)\b",
)
_ONLY_NO_LEAD = re.compile(r"(?:the|a|its|their)\s+$")
# "No member voted against it", "nobody abstained": a count of none.
_NONE_GROUP = re.compile(
    r"(?:no|none\s+of\s+the)\s+(?:other\s+)?(?:council\s+)?(?:members?|countries|country|"
    r"delegations?|states?)\b|(?:nobody|no[\s-]one)\b(?!\s+(?:of\s+)?(?:the|them|these)\b)"
    # "Not one of the fifteen members abstained"
    r"|(?<=not\s)one\s+of\s+the\s+(?:[a-z]+\s+)?(?:members|delegations|countries)\b",
)


def _ok_before(text: str, start: int) -> bool:
    return _NOT_A_COUNT_BEFORE.search(text, max(0, start - 25), start) is None


# "13:2" is a tally in much of the world's press; "10:05 p.m." and "at 9:30" are times
_CLOCK_AFTER = re.compile(r"\s*(?:a\.?m\b|p\.?m\b|am\b|pm\b|gmt|utc|h\b|hrs?\b|hours|"
                          r"[a-z]{0,2}[se]t\b|local|o'clock)")
_CLOCK_BEFORE = re.compile(r"\b(?:at|until|till|from|around|about|after|before|since|by)\s+$")


def _colon_tally(text: str, m: re.Match[str]) -> bool:
    a, b = m.group("a"), m.group("b")
    if not b.isdigit() or (len(b) > 1 and b.startswith("0")):
        return False  # minutes: "9:05"
    if (len(a) > 1 and a.startswith("0")) or text[m.start() - 1:m.start()] == "[":
        return False  # a clock or a transcript's time stamp: "09:12", "[00:45]"
    if _CLOCK_AFTER.match(text, m.end()):
        return False
    before = _CLOCK_BEFORE.search(text, max(0, m.start() - 12), m.start())
    return before is None or before.group().startswith("by")


def find_tallies(text: str, start: int, end: int, max_total: int = 15,
                 starts: list[int] | None = None) -> list[tuple[int, int, int | None, int, int]]:
    """(yes, no, abstain or None, start, end) of every tally in ``text[start:end]`` (lower
    case); ``starts`` are the number positions when the caller has them."""
    out = []
    last = start
    for pos in number_starts(text, start, end) if starts is None else starts:
        if pos < last:
            continue
        near = text[pos:pos + 40]
        if "-" not in near and " to " not in near and ":" not in near and (
                " against " not in near):
            continue  # a tally needs "13-2", "13:2", "nine votes to five" or "... against two"
        m = _TALLY.match(text, pos, end)
        if not m:
            continue
        if m.group("colon") and not _colon_tally(text, m):
            continue
        if " against " in m.group() and not _AGAINST_ENDS.match(text, m.end()):
            continue  # (not "EIGHT VOTES AGAINST FIVE CENTURIES")
        a, b = number(m.group("a")), number(m.group("b"))
        if a is None or b is None:
            continue
        c_raw = m.group("c") or m.group("c2") or m.group("c3")
        c = number(c_raw) if c_raw else None
        has_votes_word = bool(m.group("av") or m.group("bv"))
        before = text[max(start, m.start() - 60):m.start()]
        if not (has_votes_word or _TALLY_CONTEXT_BEFORE.search(before)
                or _TALLY_AFTER_SYMBOL.search(before)
                or _TALLY_CONTEXT_AFTER.match(text, m.end(), m.end() + 20)
                or c is not None and "-" in m.group() and _TALLY_CONTEXT_FAR.search(
                    text, max(start, m.start() - 150), m.start())
                # ("Commentator: Fourteen against one.": a sentence that is the tally)
                or " against " in m.group() and _SENTENCE_OPENS.search(before) is not None
                and _BARE_TALLY_ENDS.match(text, m.end()) is not None):
            continue
        if (m.start() > 0 and text[m.start() - 1] in "/-") or (
                m.end() < len(text) and text[m.end()] in "/-"):
            continue  # symbols and ranges: S/2022-431, 2016-17
        if _RANGE_OF.search(text, max(start, m.start() - 14), m.start()):
            continue  # "adds paragraphs 4-7", "pages 12-15": a range of the copy's own parts
        if _MONTH_AFTER.match(text, m.end()):
            continue  # "Cambodians voted from 23 to 28 May": a range of days
        if not any(ch.isdigit() for ch in m.group()) and _NUMBER_OF.search(
                text, max(start, m.start() - 20), m.start()):
            continue  # "which becomes resolution two-one-seven": a number read out digit by digit
        total = a + b + (c or 0)
        if total > max_total or total == 0:
            continue
        if a > b and c is None and _REJECTED_BY.search(
                text, max(start, m.start() - 90), m.start()) and _FEW_FOR_AFTER.search(
                text, m.end(), min(len(text), m.end() + 160)):
            # "was rejected ... by ten votes to one. The text received a single vote in favour":
            # the larger number voted it down (not "The draft was defeated by thirteen votes
            # to two. Every other member voted for it", where two vetoes undid thirteen)
            a, b = b, a
        out.append((a, b, c, m.start(), m.end()))
        last = m.end()
    return out


_SITTING_ENDED = re.compile(r"\b(?:closed|ended|concluded|finished|wound\s+up|opened|began)\b"
                            r"[^.;:]*$")
# ... "Ten against one and still the one wins.", "Thirteen against one is not a defeat"
_BARE_TALLY_ENDS = re.compile(r"[.!]|\s+and\s+(?:still|yet)\b|\s+(?:is|was)\s+(?:not\s+)?a\b")
# ("Commentator: ...", "Samer, Jableh: ...": a speaker's or a commenter's name first)
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:[a-z][a-z .,'-]{0,30}:\s*)?$")
_AGAINST_ENDS = re.compile(r"\s*(?:[,.;:)]|-|$|(?:and|with|in|at|on|but|while|to|the|is|was)\b)")
_MONTH_AFTER = re.compile(r"\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b")
_RANGE_OF = re.compile(r"\b(?:paragraphs?|paras?\.?|pages?|pp\.?|articles|chapters|sections|"
                       r"items|lines|grafs|columns)\s+$")
# ... but "passed the resolution 13-2" gives a tally: a bare noun before spelled digits only
_NUMBER_OF = re.compile(r"(?<!\bthe\s)(?<!\bthis\s)(?<!\bthat\s)(?<!\ba\s)"
                        r"\b(?:resolution|number|no\.|document)\s+$")
_OF_THE_N = re.compile(rf"\bof\s+the\s+({NUM})\b")
_WITHOUT_BEFORE = re.compile(r"\bwithout\b[^.;:]{0,40}$")
# "without a vote against or an abstention", "without any negative vote": none of either
# (not "adopted without a vote", which is no vote at all)
_WITHOUT_NONE = re.compile(
    r"without\s+(?:a|any)\s+(?:single\s+)?(?:(?P<no>(?:negative|dissenting)\s+votes?|votes?\s+"
    r"(?:against|cast\s+against))|(?P<ab>abstentions?))"
    r"(?:\s*,?\s+(?:or|and|nor)\s+(?:(?:a|an|any)\s+)?(?:single\s+)?(?P<ab2>abstentions?))?")


# after "N votes against": the other side's votes, so the N were in favour
_VERSUS_NOES = re.compile(rf"\s+(?:the\s+)?(?:same\s+)?(?:{NUM}\s+)?(?:[a-z]+\s+)?(?:vetoes|noes|"
                          r"negative\s+votes|\"?no\"?\s+votes)\b")


def find_counts(text: str, start: int, end: int, starts: list[int] | None = None
                ) -> list[Count]:
    """Counts attached to a vote word in ``text[start:end]`` (lower case)."""
    out: list[Count] = []
    last = start
    for pos in number_starts(text, start, end) if starts is None else starts:
        if pos < last:
            continue
        near = text[pos:pos + 60]
        if not any(w in near for w in _COUNT_WORDS):
            continue
        m = _COUNT.match(text, pos, end)
        if not m:
            continue
        if pos >= 2 and text[pos - 1] == ":" and text[pos - 2].isdigit():
            continue  # ("1 March 2017, 11:21 Abstentions from Egypt ...": a comment's clock)
        n = number(m.group("n"))
        # ("three of the five members voting no were A, B and C": "five" names the side)
        side_named = " voting " in m.group() and _SIDE_WERE.match(text, m.end()) is not None
        if n is None or not (_ok_before(text, m.start()) or side_named):
            continue
        if (part := _PART_OF.search(text, max(start, pos - 24), pos)) is not None and (
                (k := number(part.group(1))) is not None and k < n) and not side_named:
            n = k  # "Fourteen of fifteen voted for it": the part, not the whole
        if n == 1 and m.group("n") in ("a single", "one") and _WITHOUT_BEFORE.search(
                text, max(start, pos - 45), pos):
            # "without a single vote against or a single abstention": none of either
            n = 0
        if m.group("n") == "one" and text.endswith("every ", max(0, pos - 6), pos) and (
                whole := _OF_THE_N.search(m.group())) is not None:
            # "Every one of the eleven delegations voted for it": all of them
            n = number(whole.group(1))
            if n is None:
                continue
        elif m.group("n") == "one" and _PRONOUN_ONE.search(text, max(0, pos - 30), pos):
            continue  # "a busy one for the chamber": the pronoun, not a count
        if m.group("n") == "one" and text.endswith("no ", max(0, pos - 3), pos):
            continue  # "no one voted against": nobody, a group of none (find_count_groups)
        if _NOT_A_COUNT_AFTER.match(text, m.end()) or REFERENDUM_CHOICE.match(text, m.end()):
            continue

        what = m.group("what")
        if what == "for" and m.group().count(" ") < 2 and _FOR_SOMETHING.match(text, m.end()):
            continue  # "one list for the Taliban and one for Al-Qaida": not a side of a vote
        if what.startswith(("affirmative", "positive", "negative", "yes")) and _RULE_AFTER.match(
                text, m.end()):
            # "nine affirmative votes are needed", "seven ... of any members suffice", "Nine yes
            # votes are needed regardless"
            continue
        if what.startswith(("in", "for", "yes", "affirmative", "positive")):
            vote = "yes"
        elif what.startswith(("against", "opposed", "no", "negative")):
            vote = "no"
            if what == "against" and "vote" in m.group() and _VERSUS_NOES.match(text, m.end()):
                vote = "yes"  # "twelve votes against the same three vetoes": for, then against
        else:
            vote = "abstain"
        if m.group("n") == "no" and vote == "no" and "vote" not in m.group():
            continue  # "no against" is not English; "no votes against" counts none
        if n == 1 and text.endswith("not ", max(0, pos - 4), pos):
            n = 0  # "Nine votes for Guinea, not one against"
        # "France, Russia and China ... All three voted yes": the members just named, not
        # the side's count
        # (not "All three negative votes were cast by permanent members": a count of votes)
        named = n <= 5 and text.endswith("all ", max(0, pos - 4), pos) and not what.startswith(
            ("affirmative", "positive", "negative"))
        out.append(Count(vote, n, m.start(), m.end(), weak=named))
        last = m.end()
    for pos in number_starts(text, start, end) if starts is None else starts:
        if not (start + 2 <= pos and (text[pos - 1] in ",: " or text[pos - 2] in ",:")):
            continue  # ("In favour, 11", "Against: 2", a chronology's "In favour 8; against 2")
        side = _SIDE_FIRST.search(text, max(start, pos - 20), pos)
        if side is None or any(c.start <= pos < c.end for c in out):
            continue
        nm = _SIDE_NUM.match(text, pos, end)
        if nm is None or not _SIDE_FIRST_AFTER.match(text, nm.end(), end):
            continue
        n = number(nm.group())
        if n is None:
            continue
        what = side.group("side") or side.group("bare")
        vote = ("yes" if what.startswith(("in", "for", "yes")) else
                "no" if what.startswith(("against", "opposed", "no")) else "abstain")
        out.append(Count(vote, n, side.start("side" if side.group("side") else "bare"), nm.end()))
    for pos in word_starts(text, start, end, _WON_VERBS):
        m = _WON.match(text, pos, end)
        if not m:
            continue
        n = number(" ".join(m.group("n").split()))
        if n is None or _NOT_A_COUNT_AFTER.match(text, m.end()):
            continue
        if m.group().startswith(("with", "had")) and (text.startswith(" on ", m.end()) or (
                m.group().startswith("with") and _SITTING_ENDED.search(
                    text, max(start, m.start() - 80), m.start()))):
            # "ended the week with three votes on Lebanon", "The meetings closed on Wednesday
            # with two votes": ballots, not a side
            continue
        if any(c.start <= m.start("n") < c.end for c in out):
            continue
        out.append(Count("yes", n, m.start("n"), m.end()))
    for pos in word_starts(text, start, end, ("for ", "against ")) if _for_it_voted(
            text, start, end) else ():
        m = _FOR_IT_VOTED.match(text, pos, end)
        if m and (n := number(m.group("n"))) is not None:
            out.append(Count("yes" if m.group("side") == "for" else "no", n, m.start(), m.end()))
    if text.find(" votes", start, end) >= 0:
        for m in _by_n_votes(text, start, end):
            n = number(m.group("n"))
            if n is not None and not any(c.start <= m.start("n") < c.end for c in out):
                out.append(Count("yes", n, m.start("n"), m.end()))
    if text.find(" hands", start, end) >= 0:
        for m in _HANDS_UP.finditer(text, start, end):
            n = number(m.group("n"))
            if n is not None and not any(c.start <= m.start() < c.end for c in out):
                out.append(Count("yes", n, m.start(), m.end(), hands=True))
    if text.find("against the ", start, end) >= 0:
        for m in _AGAINST_THE_VOTES_OF.finditer(text, start, end):
            n = number(m.group("n"))
            if n is not None and not any(c.start <= m.start("n") < c.end for c in out):
                out.append(Count("no", n, m.start("n"), m.end()))
    if text.find("without ", start, end) >= 0:
        for m in _WITHOUT_NONE.finditer(text, start, end):
            for g, vote in (("no", "no"), ("ab", "abstain"), ("ab2", "abstain")):
                if m.group(g) and not any(c.start <= m.start(g) < c.end for c in out):
                    out.append(Count(vote, 0, m.start(g), m.end(g)))
    for pos in word_starts(text, start, end, ("only", "lone", "sole", "single", "alone")):
        m = _ONLY_NO.match(text, pos, end)
        if m and (m.group().startswith("alone") or _ONLY_NO_LEAD.search(
                text, max(start, pos - 8), pos)):
            # "without a single country voting against it": none against
            none = text.endswith(("without a ", "not a "), max(start, pos - 10), pos)
            out.append(Count("no", 0 if none else 1, m.start(), m.end(), weak=True))
    out.sort(key=lambda c: c.start)
    return out


# ("Only one voted against, the United States")
_OPENS = re.compile(r"(?:^|[.;:!?]\s+|\n\s*)(?:only\s+|just\s+)?$")
_VOTED_AFTER = re.compile(r"\s+(?:voted|abstained)\b")


def find_count_groups(text: str, start: int, end: int, starts: list[int] | None = None
                      ) -> list[tuple[int, int, int]]:
    """(n, start, end) of counted groups of members in ``text[start:end]`` (lower case)."""
    out: list[tuple[int, int, int]] = []
    for pos in number_starts(text, start, end) if starts is None else starts:
        if out and pos < out[-1][2]:
            continue
        m = _GROUP.match(text, pos, end) if not text.endswith("not ", max(0, pos - 4), pos) \
            else None  # ("not one of the fifteen members abstained": none, below)
        if m:
            lead = _GROUP_LEAD.search(text, max(start, pos - 25), pos)
            s, e = (lead.start() if lead else pos), m.end()
            n = number(m.group("n"))
        else:
            lead = _OTHER_BEFORE.search(text, max(start, pos - 16), pos)
            bare = _BARE_NUM.match(text, pos, end)
            if bare is not None and lead is None and (pos == start or _OPENS.search(
                    text, max(0, pos - 9), pos)) and _VOTED_AFTER.match(text, bare.end()):
                # "Two voted against it, the Soviet Union and the Ukraine": a number alone
                # as the subject of a vote
                out.append((number(bare.group()) or 0, pos, bare.end()))
                continue
            others = _OTHERS_AFTER.match(text, bare.end()) if (
                bare is not None and lead is None) else None
            if others is not None and bare is not None and (lead := _THE_BEFORE.search(
                    text, max(start, pos - 8), pos)) is not None:
                # "the thirteen others abstained": "the other thirteen", word order turned
                out.append((number(bare.group()) or 0, lead.start(), others.end()))
                continue
            if lead is None or bare is None:
                continue
            s, e, n = lead.start(), bare.end(), number(bare.group())
        if n is None or n > 15:
            continue
        if n == 1 and text.endswith("every ", max(0, s - 6), s):
            continue  # "every one of the elected members": all of them, named after
        if (s > 0 and text[s - 1] == "-") or text[e:e + 1] == "-":
            continue  # "the 15-member council"
        if not _ok_before(text, s):
            continue
        out.append((n, s, e))
    for pos in word_starts(text, start, end, ("no", "none", "one")):
        m = _NONE_GROUP.match(text, pos, end)
        if m and not any(s <= m.start() < e for _, s, e in out):
            out.append((0, m.start(), m.end()))
    return out
