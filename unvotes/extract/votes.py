"""Which member voted how: attach lists of members to the vote words of a clause.

A clause is read as a sequence of *lists* (members, counted groups such as "the other nine
members", or "the sponsors") and *vote cues* (:mod:`.cues`). A list takes the vote of

* the cue just before it when the cue introduces voters ("abstentions (Angola, China)",
  "ten votes in favour - the United States, Britain, ...", "as did South Africa"), else
* the first verb after it, across an aside ("China, usually a reliable partner for Moscow
  in the chamber, abstained"), and lists chained to it by "joined"/"along with".

A list whose first member follows a preposition ("a partner for Moscow", "sanctions on
North Korea") is a complement, never a subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from .actors import Entry, Mention
from .cues import (  # the words shared with outcomes
    ATTRIBUTIVE,
    BLOCK,
    BLOCK_STARTS,
    DRAFT_NOUN,
    MEMBERS_AGREED,
    VETO_NOUN,
    VETO_NOUN_SPAN,
    VETOES_CAST_NOW,
    counted_vetoes,
    is_history,
    is_modal,
    is_negated,
    is_pluperfect,
    only_pluperfect,
    vetoed_as_adjective,
)
from .lexicon import Finder, lex, scan
from .numbers import NUM, REFERENDUM_CHOICE, find_count_groups, number

__all__ = ["SAME_AS_TOLD", "Assignment", "Item", "VoteCue", "attribute", "find_vote_cues",
           "scan_votes", "vote_cues"]


# ----------------------------------------------------------------------------- vote words

_V = r"(?:voted|votes|vote|voting|cast\s+(?:its|their|a|an)\s+(?:\w+\s+)?votes?)"
# "had done the same", "did likewise", "followed suit": the vote told just before, again (also
# read across sentences by clauses.py)
SAME_AS_TOLD = (r"\b(?:had|have|has)\s+(?:also\s+)?done\s+(?:the\s+same|likewise)\b"
                r"|\bdid\s+(?:likewise|the\s+same)(?=\s*(?:[.;,]|$))"
                r"|\bfollowed\s+(?:suit|him|her|them)(?=\s*(?:[.;,]|$))")
# the words a member's vote verb may take before its side: "voted together against",
# "voted on Monday in favour of the applications"
_V_GAP = (r"(?:(?:together|jointly|again|also|yesterday|today|on\s+(?:mon|tues|wednes|thurs|fri|"
          r"satur|sun)day)\s+){0,2}")
_DRAFT_OBJ = (rf"(?:it|them|the\s+(?:[\w.-]+\s+){{0,4}}?(?:{DRAFT_NOUN}|draft|extension|"
              # ("all fifteen members supported resolution 2452")
              # ("Poland and Syria also supported the acceptance")
              r"renewal|recommendation|application|acceptance|move|referral|inquiry|investigation|"
              # ("The remaining members ... supported the appointment")
              r"appointment|reappointment|nomination|"
              r"invitation)|resolution\s+\d{1,4}\b"
              # ("Kenya, Gabon and Gambia supported both texts")
              r"|both(?:\s+(?:texts|drafts|resolutions|proposals|of\s+them))?\b"
              # ("Colombia and Syria ... supported the second"): one of the texts, by its place
              r"|the\s+(?:first|second|third|other|latter|former)(?=\s*[;,.]|\s+(?:one|text|"
              r"draft|resolution|proposal)\b))")

_VOTE_STARTS = ("vot", "cast")
# "in each case", "each time": a vote told once for several texts
# ... ("The lone negative vote on each was cast by the United States")
_EACH_CASE = (r"(?:,?\s*(?:in\s+(?:each|both|every)\s+(?:case|instance)s?|each\s+time|on\s+(?:each|"
              r"both)(?:\s+(?:occasions?|votes?))?)\s*,?\s+)?")
# the people on one side of a vote: "those voting in favour", "the countries backing it"
_SIDE_WHO = r"(?:those|members|countries|states|nations|delegations)"
_SIDE_WHO_STARTS = ("those", "members", "countries", "states", "nations", "delegations")
# ("Among the elected members voting for both texts were A, B and C")
_SIDE_OBJ = (r"(?:it|them|each(?:\s+of\s+them)?|both(?:\s+(?:texts|drafts|resolutions|times))?"
             r"|the\s+"
             r"(?:(?:two|three)\s+)?(?:texts?|drafts?|resolutions?|measures?|proposals?)"
             # ("Other members voting in favour both times were A and B")
             r"|each\s+time|on\s+both\s+occasions)")
# a verdict ends its clause ("..., all yes.", "...: abstentions;"); the punctuation makes the
# match longer than the noun's own ("abstentions (Angola, China)")
_VERDICT_END = r"(?:\s*[.;,)]|\s+-|\s*$|[ \t]*\n)"
# a side said of several texts: "... were in favour throughout", "... against each time"
_EACH_AFTER = (r"\s+(?:throughout|each\s+time|every\s+time|both\s+times|all\s+(?:two|three|four)\s+"
               r"times|on\s+(?:all|both|each)\b|"
               r"in\s+(?:all|both|each)\s+(?:votes|cases)\b)")
# (pattern, vote, how it attaches, the words it starts with): "pre" = the voters come before
# ("Russia voted no"), "post" = they come after ("abstentions (Angola, China)", "In favour
# (12): ..."); "veto" and "block" take permanent members only; "copy" = "sided with".
_VOTE_CUE_SPECS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    # "approved by all eleven members, among them Uruguay", "... all fifteen members,
    # including Gabon": the whole Council voted yes, and these with it
    # (the cue ends before "all": the counted group heads the list the names go on)
    (r"\b(?:approved|adopted|passed|carried|supported|backed|endorsed)\s+by(?=\s+all\s+"
     r"(?:the\s+)?(?:eleven|fifteen|11|15)\s+(?:members|delegations)(?:\s+of\s+the\s+"
     r"(?:security\s+)?council)?(?:\s*,\s*(?:among\s+them|including)\b|\s*,[^;.]{1,80}?"
     r"\bamong\s+them\b))", "yes", "post",
     ("approved", "adopted", "passed", "carried", "supported", "backed", "endorsed")),
    # "Unanimous incl. Russia and China", "every single hand, including Venezuela": the
    # whole Council voted yes, these with it
    (r"\b(?:unanimous(?:ly)?|every\s+(?:single\s+)?hand)\s*,?\s*(?:incl\.|including)"
     r"(?!\s+(?:the\s+)?(?:permanent|elected|western|african|arab|five|ten)\b)", "yes", "post",
     ("unanimous", "every")),
    # nouns with a list after them
    (r"\bvotes?\s+in\s+favou?r(?:\s+(?:came|were))?(?:\s+of)?", "yes", "post", ("vote",)),
    (r"\bin\s+favou?r\s*(?:\(\s*\d+\s*\))?\s*:", "yes", "post", ("in favo",)),
    (r"\b(?:voting\s+)?(?:against|no)\s*\(\s*\d+\s*\)\s*:|\bagainst\s*:", "no", "post",
     ("voting", "against", "no (", "no(")),
    (r"\babstain(?:ing|ed|ers|s)?\s*\(\s*\d+\s*\)\s*:|\babstentions?\s*\(\s*\d+\s*\)\s*:"
     r"|\babstaining\s*:"
     # ("The abstainers: Brazil, India, South Africa and Lebanon.")
     r"|\b(?:the\s+)?(?:abstainers|abstentions)\s*:"
     r"|(?<![a-z]\s)(?<![a-z])abstained\s*:", "abstain", "post",
     ("abstain",)),
    (r"\b(?:yes|for)\s*\(\s*\d+\s*\)\s*:", "yes", "post", ("yes (", "yes(", "for (", "for(")),
    # ("Result: 4 yes (Russia, China, Bolivia, Kazakhstan), 7 no")
    (r"(?<=\d\s)(?:yes|ayes)(?=\s*\()", "yes", "post", ("yes", "ayes")),
    (r"(?<=\d\s)(?:no|noes)(?=\s*\()", "no", "post", ("no", "noes")),
    # the record's side, its number, then its members: "Abstaining, 4 (Algeria, Brazil, ...)"
    # ... or with no stop between: "against 2 (Lebanon, U.S.S.R.); abstaining 1 (China)"
    (r"\bin\s+favou?r\s*[,:]?\s*\d{1,2}\s*(?=\()", "yes", "post", ("in favo",)),
    (r"\b(?:against|opposed)\s*[,:]?\s*\d{1,2}\s*(?=\()", "no", "post", ("against", "opposed")),
    # ("four votes in favour -- A, B, C and D -- against two, the United States and the United
    # Kingdom": the side, its count, then its names after a comma)
    (rf"(?<=\s)against\s+(?:{NUM})\s*,(?=\s*(?:the\s+)?[a-z])", "no", "post", ("against",)),
    (r"\b(?:abstaining|abstentions?)\s*[,:]?\s*\d{1,2}\s*(?=\()", "abstain", "post",
     ("abstain", "abstention")),
    # "The nine who voted for sanctions were A, B and C", "those that voted against were"
    # ... "Among the eight who supported Mauritania were A, B and C"
    # ... "Those voting for the New Zealand text were A, B and C"
    (r"\b(?:(?:who|that)\s+(?:had\s+)?(?:voted\s+(?:for|in\s+favou?r|yes)|supported|backed|"
     r"endorsed)|(?<=those\s)voting\s+(?:for|in\s+favou?r|yes))\b(?:\s+[\w-]+){0,4}?\s+"
     r"(?:were|was|included)\b", "yes", "post", ("who", "that", "voting")),
    (r"\b(?:(?:who|that)\s+(?:had\s+)?(?:voted\s+(?:against|no)|opposed)|(?<=those\s)voting\s+"
     r"(?:against|no))\b(?:\s+[\w-]+){0,4}?\s+"
     # ("The five who voted against were the same each time: A, B and C")
     r"(?:were|was|included)\b(?:\s+the\s+same\s+(?:each|every)\s+time\s*:)?", "no", "post",
     ("who", "that", "voting")),
    (r"\b(?:who|that)\s+(?:had\s+)?abstained\s+(?:were|was|included)\b", "abstain", "post",
     ("who", "that")),
    # "received 9 votes in favour, Russia's vote against, and 5 abstentions": a member's own
    # vote, named with the side it went to
    (r"(?<=['\u2019]s\s)(?:lone\s+|single\s+|sole\s+)?(?:vote|ballot)\s+against\b", "no", "pre",
     ("vote", "ballot", "lone", "single", "sole")),
    # ("Our delegation sat with Denmark, Ghana, ... and the Soviet Union in the majority")
    (r"(?<=\s)in\s+the\s+majority(?=\s*[.;,])", "yes", "pre", ("in the",)),
    # "One member abstained, and that member was Australia": the side, then who it was
    (r"\babstained\s*,\s*and\s+(?:that|the)\s+(?:member|one|country|delegation)\s+was\b",
     "abstain", "post", ("abstained",)),
    (r"\bvoted\s+(?:against|no)\s*,\s*and\s+(?:that|the)\s+(?:member|one|country|delegation)"
     r"\s+was\b", "no", "post", ("voted",)),
    # "Supporters on the Council included A, B and C", "Its opponents were A and B", "It had
    # only two supporters, the Soviet Union and Yugoslavia"
    (r"\b(?:supporters|backers)(?:\s+(?:of\s+the\s+(?:text|draft|resolution)|on\s+the\s+"
     r"council|in\s+the\s+vote))*\s+(?:were|included)\b"
     rf"|\b(?:had|won|drew|found|attracted|got)\s+(?:only\s+|just\s+)?(?:{NUM}\s+)?"
     r"(?:supporters|backers)(?=\s*[,:])", "yes", "post",
     ("supporters", "backers", "had", "won", "drew", "found", "attracted", "got")),
    (r"\bopponents(?:\s+(?:of\s+the\s+(?:text|draft|resolution)|on\s+the\s+council|in\s+"
     r"the\s+vote))*\s+(?:were|included)\b", "no", "post", ("opponents",)),
    # ... "The abstainers were the same two as so often: A and B"
    # ... "The abstainer was Russia, which had argued for Baghdad"
    (r"\babstainers(?:\s+(?:on\s+the\s+council|in\s+the\s+vote))*\s+(?:were|included)\b"
     r"|\babstainer(?:\s+(?:on\s+the\s+council|in\s+the\s+vote))*\s+was\b",
     "abstain", "post", ("abstainer",)),
    # a record's list item: "- In favour: ...", "- Against: Uruguay and Venezuela."
    # ... or a sentence of a breakdown: "The breakdown. Yes: A, B and C. No: nobody."
    (r"(?:(?<=^)|(?<=\n)|(?<=[-*\u2022]\s)|(?<=[a-z]\.\s))(?:in\s+favou?r|for|yes)\s*:", "yes",
     "post", ("in favo", "for", "yes")),
    (r"(?:(?<=^)|(?<=\n)|(?<=[-*\u2022]\s)|(?<=[a-z]\.\s))(?:against|no)\s*:", "no", "post",
     ("against", "no")),
    (r"(?:(?<=^)|(?<=\n)|(?<=[-*\u2022]\s)|(?<=[a-z]\.\s))(?:abstaining|abstentions?|abstained)"
     r"\s*:", "abstain", "post", ("abstain",)),
    # ("failed after winning only two votes: Russia's own and China's")
    (rf"\b(?:won|wins|winning|received|receives|receiving|drew|draws|drawing|gathered|garnered|"
     rf"got|getting|secured|securing|obtained|obtaining|attracted|attracting|collected|"
     rf"mustered|mustering)\s+(?:only\s+|just\s+|exactly\s+|barely\s+)?"
     rf"(?:a\s+(?:single|lone)\s+|{NUM}\s+)?"
     # ("It drew only three affirmative votes -- the Soviet Union, the U.A.R. and Ceylon")
     r"(?:affirmative\s+|favou?rable\s+|positive\s+)?votes?"
     r"(?:\s+in\s+favou?r)?", "yes", "post",
     ("won", "wins", "winning", "receiv", "drew", "draws", "drawing", "gathered", "garnered",
      "got", "getting", "secur", "obtain", "attract", "collected", "muster")),
    # ("blocked by the votes of the United States and the United Kingdom": the no side)
    (r"\b(?:blocked|defeated|killed|sunk|stopped|vetoed)\s+by\s+the\s+votes?\s+of", "no", "post",
     ("blocked", "defeated", "killed", "sunk", "stopped", "vetoed")),
    # ("each was killed by two: the Soviet Union ... and Poland")
    (r"\b(?:killed|defeated|blocked|sunk|stopped)\s+by\s+(?:two|three|four|five)\s*:", "no", "post",
     ("killed", "defeated", "blocked", "sunk", "stopped")),
    # ("was supported only by the Soviet Union and Poland")
    (r"\bsupported\s+(?:only|just)\s+by\b", "yes", "post", ("supported",)),
    # ("was rejected at Lake Success last Thursday, the 29th August, by the vote of the Soviet
    # Union")
    (r"\b(?:rejected|turned\s+down|refused)\b[^.;:]{0,80}?\bby\s+the\s+vote\s+of\b", "no", "post",
     ("rejected", "turned", "refused")),
    (r"\b(?:support|backing|(?<!blocked\sby\sthe\s)(?<!defeated\sby\sthe\s)(?<!killed\sby\sthe\s)"
     # ("a draft that drew support only from the Soviet Union and the Ukrainian S.S.R.")
     r"(?<!sunk\sby\sthe\s)(?<!stopped\sby\sthe\s)(?<!vetoed\sby\sthe\s)votes?)\s+"
     r"(?:only\s+|just\s+)?(?:of|from)(?:\s+only)?", "yes", "post", ("support", "backing", "vote")),
    # "The United States voted for it, joining Pakistan, Morocco and Djibouti in favor"
    # (a participle after the verb; "A and B joined C in voting yes" is read from both sides)
    (r"\bjoining(?=\s[^.;:]{3,120}?\sin\s+(?:favou?r|support|voting\s+(?:for|yes))\b)",
     "yes", "post", ("joining",)),
    (r"\bjoining(?=\s[^.;:]{3,120}?\sin\s+(?:opposition|opposing|voting\s+(?:against|no))\b)",
     "no", "post", ("joining",)),
    (r"\bjoining(?=\s[^.;:]{3,120}?\sin\s+abstaining\b)", "abstain", "post", ("joining",)),
    # "Those nine sponsors and Guinea-Bissau provided the ten votes in favour"
    (rf"\b(?:provided|supplied|made\s+up|accounted\s+for)\s+the\s+(?:{NUM}\s+)?(?:affirmative\s+)?"
     r"votes(?:\s+in\s+favou?r)?\b", "yes", "pre",
     ("provided", "supplied", "made up", "accounted")),
    # "Canada, Finland and Zaire made up the rest of the dozen": the rest of the yes side
    (r"\b(?:made|make|makes)\s+up\s+the\s+rest\s+of\s+the\s+(?:dozen|majority|yes\s+votes|"
     r"votes\s+in\s+favou?r|ayes|yes\s+side|winning\s+side)\b", "yes", "pre",
     ("made up", "make up", "makes up")),
    # "The majority was made up of Nationalist China, France, Britain and the United States"
    (r"\bmajority\s+(?:was\s+|were\s+)?(?:made\s+up\s+of|consisted\s+of|comprised|"
     r"was\s+formed\s+by)", "yes", "post", ("majority",)),
    # "the permanent members were joined in opposition by Canada and West Germany"
    (r"\bjoined\s+in\s+(?:opposition|opposing\s+(?:it|them))\s+by", "no", "post", ("joined",)),
    # "Each was voted down by the United States, Britain and France"
    (r"\b(?:voted|shot)\s+down\s+by\b(?!\s+(?:a|an|the|\d+|[a-z]+teen)\s+(?:votes?|margin|"
     r"majority)\b)", "no", "post", ("voted down", "shot down")),
    # "Nine members voted it down: the United States, the Soviet Union, ..."
    (r"\b(?:voted|shot)\s+(?:it|them)\s+down\s*:", "no", "post", ("voted", "shot")),
    # "the negative votes of two permanent members, Russia and China"
    # ... "The four negative votes came from A, B, C and D"
    # ("As the negative vote was cast by a permanent member of the Council, the United States
    # of America, the draft resolution was not adopted": the member after the role)
    (r"\b(?:negative|opposing|dissenting)\s+votes?\s+(?:came\s+from|of|from|by|"
     r"(?:(?:were|was)\s+)?cast\s+by)(?:\s+(?:a|one)\s+permanent\s+member(?:\s+of\s+the\s+"
     r"(?:security\s+)?council)?\s*,)?", "no",
     "post", ("negative", "opposing", "dissenting")),
    (r"\baffirmative\s+votes?\s+(?:came\s+from|of|from|by|cast\s+by)"
     # "All ten yes votes came from the non-permanent members, among them A, B and C"
     r"|\byes\s+votes?\s+came\s+from", "yes", "post", ("affirmative", "yes")),
    # "..., which the 14 other members backed.": the object before its verb
    # ("the Afro-Asian draft (S/9696), which Zambia supported and which would have ...")
    (r"\b(?:backed|supported|endorsed)(?=\s*[.;,]|\s+(?:it|them)\b|\s+and\s+which\b)", "yes", "pre",
     ("backed", "supported", "endorsed")),
    # ("was backed by, among others, the Soviet Union, China, ...")
    (r"\b(?:backed|supported)\s+by(?:\s*,\s*among\s+others\s*,)?", "yes", "post",
     ("backed", "supported")),
    # ("each was opposed by the same two: the Soviet Union and Poland")
    (r"\bvotes\s+(?:against|opposed)(?:\s+came)?|\"no\"\s+votes?\s+came|\bopposed\s+by"
     rf"(?:\s+the\s+same\s+{NUM}\s*:)?",
     "no", "post", ("vote", '"no"', "opposed")),
    # "Two were cast against it: by the United States and by the United Kingdom"
    (r"(?:(?<=were\s)|(?<=was\s))cast\s+against\s+(?:it|the\s+(?:text|draft|resolution))\s*:?\s*"
     r"(?:by\s+)?", "no", "post", ("cast",)),
    # "Brazil cast one of the two negative votes" (the other is told next)
    (r"\bcast\s+one\s+of\s+the\s+(?:two|three|four|five|[2-5])\s+(?:negative\s+votes|votes\s+"
     r"against|noes|\"?no\"?\s+votes)\b", "no", "pre", ("cast",)),
    (r"\bcast\s+one\s+of\s+the\s+(?:two|three|four|five|[2-5])\s+abstentions\b", "abstain",
     "pre", ("cast",)),
    (r"\bcast\s+one\s+of\s+the\s+(?:two|three|four|five|[2-5])\s+(?:affirmative\s+votes|votes\s+"
     r"in\s+favou?r|\"?yes\"?\s+votes)\b", "yes", "pre", ("cast",)),
    # "That majority included China and the Soviet Union": the side that voted yes
    (r"(?:(?<=that\s)|(?<=the\s)|(?<=this\s))majority\s+(?:included|includes|was\s+made\s+up\s+"
     r"of)\b", "yes", "post", ("majority",)),
    # ("The five noes: China and Russia, plus Libya ...", "the ayes were ...")
    # ... "it met the same three noes from Paris, London and Washington"
    # ... ("seven to two, the two noes again being British and French")
    (r"\b(?:noes|nays)\s*(?::|(?:were|came\s+from|from|(?:again\s+)?being)\b)", "no", "post",
     ("noes", "nays")),
    (r"\b(?:ayes|yeses)\s*(?::|(?:were|came\s+from|from)\b)", "yes", "post", ("ayes", "yeses")),
    # ("Switzerland, which abstained on the first amendment, switched to a yes")
    (r"\b(?:switched|switches|changed|changes|moved|moves)\s+(?:its\s+vote\s+)?to\s+(?:a\s+)?"
     r"[\"']?yes[\"']?(?!\s+(?:column|camp))", "yes", "pre", ("switch", "chang", "move")),
    (r"\b(?:switched|switches|changed|changes|moved|moves)\s+(?:its\s+vote\s+)?to\s+(?:a\s+)?"
     r"[\"']?no[\"']?(?!\s+(?:column|camp))\b", "no", "pre", ("switch", "chang", "move")),
    (r"\b(?:switched|switches|changed|changes|moved|moves)\s+(?:its\s+vote\s+)?to\s+(?:an\s+)?"
     r"abstention\b", "abstain", "pre", ("switch", "chang", "move")),
    # "On the third, Ireland and Spain moved into the yes column"
    (r"\b(?:moved|switched|crossed)\s+(?:over\s+|across\s+)?(?:in)?to\s+the\s+[\"']?yes[\"']?\s+(?:column|camp)",
     "yes", "pre", ("moved", "switched", "crossed")),
    (r"\b(?:moved|switched|crossed)\s+(?:over\s+|across\s+)?(?:in)?to\s+the\s+[\"']?no[\"']?\s+(?:column|camp)",
     "no", "pre", ("moved", "switched", "crossed")),
    # "A and B all moved from abstaining to yes on the Brazilian text": the later vote
    (r"\b(?:moved|switched|went|shifted)\s+from\s+(?:abstaining|abstention|no|against|yes)\s+to\s+"
     r"(?:yes|voting\s+yes|in\s+favou?r)\b", "yes", "pre",
     ("moved", "switched", "went", "shifted")),
    # "It obtained only two favourable votes, those of Sweden and the Soviet Union"
    (r"\b(?:favourable|favorable|affirmative|positive)\s+votes?\s*(?:,|-+|:)\s*(?:those|that)\s+"
     r"of\b", "yes", "post", ("favo", "affirmative", "positive")),
    # "four votes in favour against two, those of Nationalist China and Cuba"
    (rf"\b(?:against|opposed)\s+{NUM}\s*(?:,|-+|:)\s*(?:those|that)\s+of\b", "no", "post",
     ("against", "opposed")),
    # "China and Russia -- and because they are permanent members, those two votes were
    # vetoes": the members before, vetoing
    (r"\b(?:those|these|their|both)\s+(?:two\s+|three\s+)?(?:votes|noes)\s+were\s+vetoes\b",
     "no", "veto", ("those", "these", "their", "both")),
    # "one hand went up: that of the Soviet delegate himself"
    (r"\bhands?\s+(?:went|go|goes)\s+up\s*(?::|-+|,)\s*(?:those|that)\s+of\b", "yes", "post",
     ("hand",)),
    # "struck down by one vote against -- that of the Soviet Union"
    # ... "One vote was cast against it, that of the Soviet Union"
    (r"\b(?:(?:a|the)\s+(?:single|lone|sole|only|one)\s+|one\s+)?votes?\s+"
     r"(?:(?:was|were)\s+cast\s+)?against(?:\s+it)?\s*(?:,|-+|:)\s*(?:those|that)\s+of\b", "no",
     "post", ("vote", "a ", "the ", "one ")),
    # "2 against (Russian Federation, Venezuela)": after a number only ("sanctions against
    # Mugabe" is no vote)
    (r"\b(?:against|opposed)\b", "no", "post#", ("against", "opposed")),
    # ("13 votes in favour, with the United States against and the United Kingdom
    # abstaining": members, then their side, as an absolute phrase)
    (r"(?<=[a-z]\s)against(?=\s+and\s|\s*[,.;)]|\s*$)", "no", "pre", ("against",)),
    # ("Four in favour (Russia, China, South Africa, Equatorial Guinea), seven against (...)")
    (r"\bin\s+favou?r\b(?=\s*\()", "yes", "post#", ("in favo",)),
    (r"\babstentions?(?:\s+came)?", "abstain", "post", ("abstention",)),
    # "Those in favour were ...", "Voting against were ...", "Abstaining were ...": the list
    # follows the verb "were"
    # ("In favour of sending the matter to the Assembly were, among others, A, B and C")
    # ("In favour, naturally, were A and B")
    # ("In favour of both texts were A, B and C")
    (r"\bin\s+favou?r\s*(?:of\s+(?:it|the\s+[\w-]+(?:\s+[\w-]+)?|both\s+(?:texts|drafts|"
     r"resolutions|proposals|of\s+them)|[a-z]+ing\s+(?:[\w-]+\s+){0,6}?)"
     r"\s*)?(?:,\s*(?:[a-z]+ly|of\s+course|as\s+expected)\s*,\s*)?(?<=[\s,])(?:were|was)\b"
     r"(?:\s*,\s*among\s+others\s*,)?", "yes", "post", ("in favo",)),
    # 'The two "noes" came from Russia and Poland'
    (r"\b(?:noes|nays)[\"\u201d']?\s+(?:came\s+from|were\s+cast\s+by|were)\b", "no", "post",
     ("noes", "nays")),
    # "The nine in favour included A, B and C"
    (r"\bin\s+favou?r\s+included\b", "yes", "post", ("in favo",)),
    # "Voting for the cease-fire were A, B and C"
    # ... "Voting for Guinea were A, B" (the text named by the country it is about)
    # ... "Voting for the reference to the Court were A, B" (a phrase of a few words)
    # ... "Voting for the draft, document S/7285/Add.1, were A, B" (past an appositive)
    (r"\bvoting\s+for\s+(?:it|the\s+[\w-]+(?:\s+[\w-]+)?(?:\s+(?:to|of|on)\s+the\s+[\w-]+(?:\s+[\w-]+)?)?|"
     r"[a-z][\w-]+)(?:\s*,\s*(?:(?:document|draft|text)\s+)?s/\S+?\s*,|\s*,\s*[^,;.]{1,40},)?"
     r"\s+(?:were|was)\b"
     # "Voting in favour with Qatar were A, B and C"
     r"|\bvoting\s+(?:in\s+favou?r|for\s+it|yes)\s+(?:with|alongside)\s+(?:the\s+)?[a-z][\w-]+"
     r"(?:\s+[a-z][\w-]+)?\s+(?:were|was)\b", "yes", "post", ("voting",)),
    # ... "Against it stood only the Soviet Union and Poland"
    (r"\bagainst\s+(?:it\s+|the\s+[\w-]+\s+(?:[\w-]+\s+)?)?(?:were|was|stood(?:\s+only)?)\b",
     "no", "post", ("against",)),
    # "Voting with the Soviet Union against the draft (S/7575/Rev.1) were Jordan, Bulgaria"
    (r"\bvoting\s+with\s+(?:the\s+)?[a-z][\w-]+(?:\s+[a-z][\w-]+)?\s+against\s+(?:it|the\s+"
     r"(?:draft|text|resolution))(?:\s*\([^()]{1,30}\))?\s+(?:were|was)\b", "no", "post",
     ("voting",)),
    # "In favour voted China, the Soviet Union, Bulgaria ...": the verb after its side
    (r"(?:(?<=^)|(?<=\n)|(?<=[.!?;]\s))in\s+favou?r\s+voted\b", "yes", "post", ("in favo",)),
    # "For the invitation were A, B and C", a sentence's opening (not "Reasons for the delay
    # were ...")
    (r"(?:(?<=^)|(?<=\n)|(?<=[.!?;]\s))for\s+(?:it|the\s+[\w-]+(?:\s+[\w-]+)?)\s+were\b", "yes",
     "post", ("for",)),
    (r"\babstaining\s+(?:were|was)\b", "abstain", "post", ("abstain",)),
    # "The eight abstentions included A, B and C", "the votes in favour included A and B"
    (r"\b(?:abstentions|abstainers)\s+included\b", "abstain", "post", ("abstention", "abstainer")),
    # ... "The three no votes were Russia, China and Bolivia"
    (r"\b(?:votes\s+in\s+favou?r|(?:yes|affirmative|positive)\s+votes|ayes)\s+included\b"
     r"|\b(?:yes|affirmative|positive)\s+votes\s+were\b", "yes",
     "post", ("votes", "yes", "ayes", "affirmative", "positive")),
    (r"\b(?:votes\s+against|no\s+votes|noes)\s+included\b|\b(?:no|negative)\s+votes\s+were\b",
     "no", "post", ("votes", "no", "noes", "negative")),
    # "the one against being the United States", "the lone no vote was Russia's"
    # ("The lone vote against, in each case, was that of the Soviet Union": each text's)
    # ... "The single no, each time, was that of the United States"
    (r"\b(?:one|lone|only|single|sole)\s+(?:vote\s+|\"?no\"?(?:\s+vote)?(?=[\s,])\s*|"
     r"negative\s+vote\s+)?"
     r"(?:against\s*)?" + _EACH_CASE + r"(?:being|was(?:\s+cast\s+by)?|came\s+from)\b", "no",
     "post",
     ("one", "lone", "only", "single", "sole")),
    # "The third no came from South Africa": the rest of a side whose first members the
    # story gave (the vetoers) before
    (r"(?<=the\s)(?:second|third|fourth|fifth|last|other|remaining)\s+(?:\"?no\"?(?:\s+vote)?|"
     r"negative\s+vote|vote\s+against)\s+(?:was(?:\s+cast\s+by)?|came\s+from)\b", "no", "post",
     ("second", "third", "fourth", "fifth", "last", "other", "remaining")),
    (r"(?<=the\s)(?:second|third|fourth|fifth|last|other|remaining)\s+abstention\s+"
     r"(?:was|came\s+from)\b", "abstain", "post",
     ("second", "third", "fourth", "fifth", "last", "other", "remaining")),
    # ("RESULT: NINE IN FAVOUR, ONE AGAINST. NEGATIVE VOTE WAS AMERICAN.": the member after)
    # (not "The U.S. no vote was a veto": the member before, after an initialism's stop)
    (r"(?:(?<=^)|(?<=^the\s)|(?<=[.;:]\s)(?<![a-z]\.[a-z]\.\s)|(?<=[.;:]\sthe\s)|(?<=\n)"
     r"|(?<=\nthe\s))(?:negative|\"?no\"?)\s+vote\s+(?:was|came\s+from)\b",
     "no", "post", ("negative", "no", '"no')),
    # "Against the draft voted the United States and Britain.": the verb before its subject
    (r"(?:(?<=^)|(?<=[.;:]\s)|(?<=\n))against\s+(?:it|the\s+(?:draft|text|resolution|proposal|"
     r"motion))\s+voted\b", "no", "post", ("against",)),
    (r"(?:(?<=^)|(?<=[.;:]\s)|(?<=\n))(?:for|in\s+favou?r\s+of)\s+(?:it|the\s+(?:draft|text|"
     r"resolution|proposal|motion))\s+voted\b", "yes", "post", ("for", "in favo")),
    # ("nine for, one against and one abstention, the abstainer being Sweden")
    (r"\b(?:abstainers?|abstentions?)\s+being\b", "abstain", "post", ("abstain",)),
    # "The U.S. no vote was a veto", "Moscow's negative vote killed it": the member before
    # ("The negative vote in each case was that of the Soviet Union")
    (r"(?<=[\w.]\s)(?:\"?no\"?|negative)\s+vote\s+" + _EACH_CASE
     + r"(?=(?:was|is|amounted|counted|constituted|"
     r"became|killed|sank|blocked|doomed)\b)", "no", "pre", ("no vote", "negative")),
    # "The Soviet Union and Poland ... joined Australia, Belgium, ... in approving it"
    # ("France and Belgium joined Britain in supporting the request to the consuls")
    # ... "joined the United States in supporting the American text"
    # ... "was joined in supporting the two applications by A and B"
    (r"(?<=\sin\s)(?:approving|supporting|backing|endorsing)\s+(?:it|them|(?:the|both)\s+"
     r"(?:[\w-]+\s+)?(?:text|draft|resolution|measure|proposal|request|recommendation|"
     r"application|decision)s?)\b", "yes", "pre",
     ("approving", "supporting", "backing", "endorsing")),
    # "The United States ... was joined in voting yes by Britain, France, ...": the list after
    (r"\bjoined\s+in\s+voting\s+(?:yes|for\s+it|in\s+favou?r)\s+by\b", "yes", "post",
     ("joined",)),
    (r"\bjoined\s+in\s+abstaining\s+by\b", "abstain", "post", ("joined",)),
    # "The three Western permanent members were joined in voting no by Canada and West Germany"
    (r"\bjoined\s+in\s+voting\s+(?:no|against(?:\s+it)?)\s+by\b", "no", "post", ("joined",)),
    # ... and the member joined is of that side too (an empty cue, so both are kept)
    (r"\bwas(?=\s+joined\s+in\s+voting\s+(?:yes|for\s+it|in\s+favou?r)\s+by\b)", "yes", "pre",
     ("was",)),
    # "every hand at the table went up: A, B and C", "Nine hands went up in favour: A, ..."
    # ("Nine hands went up for it: A, B and C")
    # ... ("Thirteen hands went up, including A, B and C, and then the American hand against")
    (r"\bhands?\b[^.;:]{0,40}?\b(?:went\s+up|rose|were\s+raised)(?:\s+in\s+favou?r|\s+for\s+it)?"
     r"\s*(?::|,(?=\s*(?:including|among\s+them)\s))"
     r"(?!\s*(?:those|that)\s+of\b)", "yes", "post", ("hand",)),
    # "Two went up against it, those of the Soviet Union and Poland": hands raised against
    (r"\bwent\s+up\s+against(?:\s+it)?\s*(?:,|:|-+)\s*(?:those|that)\s+of\b", "no", "post",
     ("went up",)),
    # "Only two hands went up in favour: those of the delegate of the Soviet Union and of
    # the delegate of the Ukrainian S.S.R."
    # ("seven hands went up in favour -- those of the United States, France, ...")
    (r"\bin\s+favou?r\s*(?::|-+|\u2014|\u2013)\s*(?:those|that)\s+of\s+(?:the\s+)?(?:(?:delegat(?:es?|"
     r"ions?)|representatives?)\s+of\s+(?:the\s+)?)?", "yes", "post", ("in favo",)),
    (r"\bagainst\s*(?::|-+|\u2014|\u2013)\s*(?:those|that)\s+of\s+(?:the\s+)?(?:(?:delegat(?:es?|"
     r"ions?)|representatives?)\s+of\s+(?:the\s+)?)?", "no", "post", ("against",)),
    # "the United States again the sole abstainer", "Russia was the lone abstainer"
    # "with the Soviet Union again the only member opposed"
    # ("with the Soviet and Polish delegations again the only ones opposed")
    (r"(?:(?<=the\sonly\s)|(?<=the\slone\s)|(?<=the\ssole\s))(?:member|delegation|country|state"
     r"|ones|members|delegations|countries)"
     r"\s+(?:opposed|against|voting\s+against|to\s+vote\s+against)\b", "no", "pre",
     ("member", "delegation", "country", "state", "ones")),
    # "the United States was the only dissenting voice", "Russia, the lone dissenter"
    (r"(?:(?<=the\sonly\s)|(?<=the\slone\s)|(?<=the\ssole\s)|(?<=the\ssingle\s))"
     r"(?:dissenting\s+(?:voice|vote)|dissenter)\b", "no", "pre", ("dissent",)),
    (r"(?:(?<=sole\s)|(?<=lone\s)|(?<=only\s)|(?<=single\s))abstainer\b", "abstain", "pre",
     ("abstainer",)),
    # "The abstaining member was the United States", "the two abstaining powers were ..."
    (r"\babstaining\s+(?:members?|delegations?|countr(?:y|ies)|states?|powers?|nations?)\s+"
     r"(?:was|were)\b", "abstain", "post", ("abstaining",)),
    # "The abstention, of course, was American", "the lone abstention was Washington's"
    (r"(?:(?<=the\s)|(?<=one\s)|(?<=lone\s)|(?<=only\s)|(?<=sole\s)|(?<=single\s))abstention"
     r"(?:\s*,[^,.;]{1,30},)?\s+(?:was|came\s+from)\b", "abstain", "post", ("abstention",)),
    # "six no votes from the United States, Britain, ..."
    # ... "the no votes of Britain, France and the United States"
    (r"\bno\s+votes?\s+(?:came\s+)?(?:from|by|cast\s+by)\b|\"no\"\s+votes\s+came\s+from\b"
     r"|(?<=the\s)no\s+votes?\s+of\b", "no",
     "post", ("no vote", '"no" vote')),
    # ("seven votes in favour ... against the two votes of Britain and France")
    (r"(?<=\s)against\s+the\s+(?:two|three|four|five|single|lone|sole)\s+(?:negative\s+)?"
     r"votes?\s+of\b", "no", "post", ("against",)),
    # ('The fifteenth vote was a "no" from the United States')
    # (not 'Under the Charter, a "no" from one of the five permanent members ... is enough')
    (r"(?:(?<=\ba\s[\"\u201c])|(?<=\ba\s))no[\"\u201d]?\s+from\b(?!\s+(?:one\s+of|any|a|an)\b)",
     "no", "post", ("no",)),
    # "For the resolution: Zambia itself, Senegal, ...": the roll, a side to a line
    (r"(?:^|(?<=[.\n]\s)|(?<=\n))for\s+(?:the\s+)?(?:resolution|text|draft|motion|proposal)\s*:",
     "yes", "post", ("for",)),
    # "Who voted yes: besides Niger and Ireland, the United States, Britain, ..." (a run-in
    # head and its answer in one sentence)
    # ("Look at who did raise their hands: France and Holland, ...; Britain and America")
    (r"\bwho\s+(?:voted\s+(?:yes|for\s+it|in\s+favou?r)|(?:did\s+)?(?:raise|raised|put\s+up)\s+"
     r"(?:their|its)\s+hands?)\s*:\s*(?:besides\s+)?", "yes", "post", ("who",)),
    # "The vote against is again that of the United States"
    (r"(?<=the\s)votes?\s+against\s+(?:is|was|are|were)\s+(?:again\s+|once\s+more\s+|also\s+)?"
     r"(?:that|those)\s+of\b", "no", "post", ("vote",)),
    # "Malta was one of nine abstentions, along with France and Japan": a side counted, the
    # subject in it
    (rf"\b(?:were|was)\s+(?:among|one\s+of|two\s+of|three\s+of)\s+(?:the\s+)?(?:{NUM}\s+)?"
     r"abstentions\b", "abstain", "pre", ("were", "was")),
    (rf"\b(?:were|was)\s+(?:among|one\s+of|two\s+of|three\s+of)\s+(?:the\s+)?(?:{NUM}\s+)?"
     r"(?:votes\s+against|no\s+votes|noes)\b", "no", "pre", ("were", "was")),
    (rf"\b(?:were|was)\s+(?:among|one\s+of|two\s+of|three\s+of)\s+(?:the\s+)?(?:{NUM}\s+)?"
     r"(?:votes\s+in\s+favou?r|yes\s+votes|affirmative\s+votes)\b", "yes", "pre",
     ("were", "was")),
    # "Pakistan, Rwanda and Azerbaijan were among the members supporting both texts"
    (r"\b(?:were|was)\s+(?:among|one\s+of|two\s+of|three\s+of)\s+the\s+(?:[\w-]+\s+){0,2}?"
     r"(?:members|countries|delegations|states)\s+(?:supporting|backing|voting\s+(?:for|in\s+"
     r"favou?r\s+of))\s+" + _SIDE_OBJ, "yes", "pre", ("were", "was")),
    # "Everybody else said yes: A, B and C", "Norway said no to the draft"
    (r"\bsa(?:id|ys|y)\s+\"?yes\"?(?=\s*[:.;,]|\s+to\s+" + _DRAFT_OBJ + ")", "yes", "pre",
     ("said", "says", "say")),
    (r"\bsa(?:id|ys|y)\s+\"?no\"?(?=\s*[:.;,]|\s+to\s+" + _DRAFT_OBJ + ")", "no", "pre",
     ("said", "says", "say")),
    # "Britain, France and Japan voted to let both in": a member's vote for what the text does
    # ("voted yesterday to recommend Saint Vincent": the day between the verb and its aim)
    (r"\bvoted\s+(?:[a-z]+ly\s+)?(?:(?:yesterday|today|tonight|(?:on\s+)?[a-z]+day|last\s+night|"
     r"this\s+(?:morning|afternoon|evening))\s+)?to\s+(?:let|admit|approve|adopt|pass|back|support|extend|renew|"
     r"endorse|authori[sz]e|accept|keep|send|impose|establish|create|set\s+up|recommend|condemn|"
     r"censure|deplore|demand|call|ask|request|lift|end|refer|welcome)\b", "yes", "pre",
     ("voted",)),
    # "... -- raised a hand for it": the gesture of a vote
    # ("The Soviet Union and Czechoslovakia raised their hands with the rest")
    # ("All eleven members raised their hands.": the clause ends there)
    # ... "the representative of Taipei ... raised his hand in favour"
    (r"\brais(?:ed|e|ing)\s+(?:a|their|its|his|her)\s+hands?\s+(?:for|in\s+favou?r(?:\s+of)?|"
     r"(?:with|like)\s+the\s+(?:rest|others|majority))\b"
     # ("Every delegation raised its hand, including the Soviet Union")
     # ... "France, Germany, Russia and China all raised their hands."
     r"|(?:(?<=members\s)|(?<=council\s)|(?<=delegation\s)|(?<=all\s))raised\s+(?:their|its)\s+"
     r"hands?"
     r"(?=\s*[.;,]|\s+(?:together|as\s+one)\b)"
     # ("Britain, France and the United States also raised their hands, and ...")
     r"|(?<=also\s)raised\s+(?:their|its|his|her)\s+hands?(?=\s*[.;,]|\s+(?:too|as\s+well)\b)"
     # "put their hands up for the resolution"
     r"|\bput\s+(?:a|their|its|his|her)\s+hands?\s+up\s+(?:for|in\s+favou?r(?:\s+of)?)\b"
     # ("Nine members put up their hands for her")
     r"|\bput\s+up\s+(?:their|its|his|her)\s+hands?\s+(?:for|in\s+favou?r(?:\s+of)?)\b",
     "yes", "pre",
     ("rais", "put")),
    (r"\braised\s+(?:a|their|its|his|her)\s+hands?\s+against\b", "no", "pre", ("raised",)),
    # "Russia and China were for, three were against": the verb "to be" with a bare side
    # ("India and Japan ... were both in favour")
    (r"(?:(?<=were\s)|(?<=was\s)|(?<=are\s)|(?<=were\sboth\s)|(?<=were\sall\s)|"
     r"(?<=were\salso\s)|(?<=was\salso\s))(?:for|in\s+favou?r)(?=\s*(?:[,.;:-]|$)|"
     # ("A, B and C were in favour throughout")
     + _EACH_AFTER + r")", "yes", "pre", ("for", "in favo")),
    (r"(?:(?<=were\s)|(?<=was\s)|(?<=are\s))against(?=\s*(?:[,.;:-]|$)|" + _EACH_AFTER + r")", "no",
     "pre", ("against",)),
    # verbs with their voters before them
    # ("Jamaica voted with all other members of the Council for resolution 1300")
    (r"\bvoted\s+with\s+(?:all\s+)?(?:the\s+)?(?:other|rest\s+of\s+the)\s+(?:[\w-]+\s+){0,2}?members"
     r"(?:\s+of\s+the\s+(?:security\s+)?council)?\s+(?:for|in\s+favou?r\s+of)\b", "yes", "pre",
     ("voted",)),
    # ('voted "Yes"': the word itself, quoted)
    (rf"\b{_V}\s+{_V_GAP}(?:[\"'\u201c\u2018]?yes\b|for|in\s+favou?r)(?:\s+of)?|\b(?:backed|supported|endorsed)\s+"
     rf"{_DRAFT_OBJ}|\bcast\s+(?:an?\s+)?(?:affirmative|\"yes\")\s+votes?"
     # "The Soviet Union cast the only vote in favour of the text"
     r"|\bcast\s+(?:the|its|their|a)\s+(?:only|lone|sole|single)\s+(?:vote\s+in\s+favou?r|"
     r"affirmative\s+vote|\"?yes\"?\s+vote)"
     # "Brazil and Bolivia also gave their support"
     r"|\b(?:gave|lent)\s+(?:it\s+)?(?:its|their)\s+(?:full\s+)?support\b(?!\s+to\s+(?!it\b|the\s+"
     r"(?:text|draft|resolution)))"
     # the infinitive, judged like any other ("broke ranks to back the draft"; "wanted to
     # back it" stays an intention)
     rf"|(?<=to\s)(?:back|support|endorse)\s+{_DRAFT_OBJ}"
     # "all fifteen members agreed to an American text"
     r"|" + MEMBERS_AGREED, "yes", "pre",
     _VOTE_STARTS + ("backed", "supported", "endorsed", "gave", "lent", "back", "support",
                     "endors", "agreed")),
    (rf"\b{_V}\s+{_V_GAP}(?:[\"'\u201c\u2018]?no|against)\b|\bopposed\s+{_DRAFT_OBJ}|\bcast(?:ing)?\s+(?:the\s+|a\s+|its\s+|their\s+)?"
     r"(?:only\s+|lone\s+|sole\s+|single\s+)?(?:negative\s+vote|vote\s+against|\"?no\"?\s+vote)"
     r"|\b(?:only|lone|sole|single)\s+(?:vote\s+against|negative\s+vote|\"no\"(?:\s+vote)?)"
     r"|\balone\s+(?:against|(?:voted|votes|said|says)\s+no)"
     r"|\b(?:its|their|his|her)\s+(?:opposition|negative\s+votes?|\"no\"\s+votes?)"
     r"|\"no\"\s+votes?"
     # ("Again Russia's no killed it.": a member's no, the subject of what befell the text)
     r"|(?<=['\u2019]s\s)no(?=\s+(?:killed|sank|blocked|doomed|stopped|sealed|finished|"
     r"defeated)\b)", "no", "pre",
     _VOTE_STARTS + ("opposed", "only", "lone", "sole", "single", "alone", "its ", "their ",
                     "his ", "her ", '"no"', "no")),
    # ("went down by nine votes to two, the Russians using their veto": the gerund too)
    (r"\bvetoe[sd]\b|\bvetoing\b|\b(?:used|uses|using|cast|casts|casting|exercised|exercising|"
     r"wielded|wielding)\s+(?:(?:its|"
     r"their|his|her|a)\s+)?(?:(?!more\b|fewer\b|most\b)[\w']+\s+)?(?:right\s+of\s+)?vetoe?s?\b",
     "no", "veto",
     ("veto", "used", "uses", "using", "cast", "exercis", "wield")),
    # "rejected because of vetoes from Russia and China"
    # ... "The second veto was cast by France"
    (r"\bvetoe?s?\s+(?:from|by|of|(?:(?:was|were|had\s+been)\s+)?(?:cast|used|exercised|"
     r"wielded|employed)\s+by)\b", "no",
     "vetopost", ("veto",)),
    (BLOCK.pattern.pattern, "no", "block", BLOCK_STARTS + ("each", "both")),
    # ("Brazil, India, South Africa and Lebanon all sat it out": in the vote, not away)
    (r"\babstain(?:ed|s|ing)?\b|\babstention\b|\bsat\s+on\s+(?:its|their|his|her)\s+hands\b"
     r"|\bsat\s+(?:it|the\s+vote)\s+out\b(?!\s+(?:of|in)\b)",
     "abstain", "pre", ("abstain", "abstention", "sat on", "sat it", "sat the")),
    # "a Russian veto", "China's veto", "the US veto": the member just before the noun
    # ... not one that waits or threatens: "they knew a Russian veto awaited any such text"
    (r"\bvetoe?s?\b(?!\s+(?:power|powers|holders?|-holding|wielding|threat|awaited|awaits|"
     r"await|loomed|looms|loom|threatened|threatens|would|could|might|was\s+(?:certain|"
     r"expected|likely|feared)))", "no", "vetonoun",
     ("veto",)),
    # a verdict after a list: "Britain, France, Russia, China, all yes", "the US, UK and
    # France - all against", "Brazil and India: abstentions"
    # ("were both in favour" is the verb "to be" with its side, read below)
    (r"(?<!were\s)(?<!are\s)\b(?:all|both|each)\s+(?:yes|in\s+favou?r|for)" + _VERDICT_END,
     "yes", "trail",
     ("all", "both", "each")),
    (r"\b(?:all|both|each)\s+(?:no|against|opposed)" + _VERDICT_END, "no", "trail",
     ("all", "both", "each")),
    (r"\b(?:all|both|each)\s+(?:abstained|abstaining|abstentions?)" + _VERDICT_END, "abstain",
     "trail", ("all", "both", "each")),
    (r"(?<=:\s)(?:yes|in\s+favou?r)" + _VERDICT_END, "yes", "trail", ("yes", "in favo")),
    # "China, the US, the UK and France yes; the three African members - A, B and C - yes,
    # along with D": a verdict after each list
    (r"(?:(?<=\w\s)|(?<=-\s))(?<!\bsaid\s)(?<!\bvoted\s)(?<!\bvote\s)(?<!\bvotes\s)"
     r"(?<!\bsay\s)(?<!\bsays\s)(?<!\bor\s)(?<!\ba\s)(?<!\bthe\s)yes(?=\s*(?:;|,\s+along\b))",
     "yes", "trail", ("yes",)),
    (r"(?<=:\s)(?:no|against)" + _VERDICT_END, "no", "trail", ("no", "against")),
    (r"(?<=:\s)(?:abstentions?|abstained|abstaining|abstain)" + _VERDICT_END, "abstain", "trail",
     ("abstain", "abstention")),
    # "11 to 1 with 3 abstentions -- Russia against, China, India and the UAE abstaining"
    # ... "with the same pair, the Soviet Union and Lebanon, against, and ..."
    (r"(?:(?<=[a-z]\s)|(?<=[a-z],\s))(?<!voted\s)(?<!voting\s)(?<!vote\s)(?<!votes\s)(?<!was\s)"
     r"(?<!were\s)"
     # ("with Russia and Bolivia against and China abstaining")
     r"against(?=\s*(?:,\s|[.;])|\s+and\s+[a-z]+\s+(?:abstain|in\s+favou?r|for\b))", "no", "pre",
     ("against",)),
    # ... "Who voted how: Russia and China in favour. The United States ... against."
    (r"(?<=[a-z]\s)(?<!voted\s)(?<!voting\s)(?<!vote\s)(?<!votes\s)(?<!was\s)(?<!were\s)"
     r"in\s+favou?r(?=\s*(?:,\s|[.;])|\s+and\s+[a-z]+\s+(?:abstain|against))", "yes", "pre",
     ("in favo",)),
    # ("Kenya again in the yes column, as were India, Niger, Tunisia and Viet Nam")
    (r"(?<![\w-])(?:was\s+|were\s+|stood\s+)?(?:again\s+|also\s+)?in\s+the\s+[\"']?yes[\"']?\s+"
     r"(?:column|camp)\b", "yes", "pre", ("was", "were", "stood", "again", "also", "in the")),
    (r"(?<![\w-])(?:was\s+|were\s+|stood\s+)?(?:again\s+|also\s+)?in\s+the\s+[\"']?no[\"']?\s+"
     r"(?:column|camp)\b", "no", "pre", ("was", "were", "stood", "again", "also", "in the")),
    # "a single Soviet "nyet"", "Moscow's "no"": the member just before the word
    # (not 'a "no" from the United States', whose member comes after it)
    (r"\"nyet\"|\bnyet\b|\"no\"(?!\s+votes?\b|\s+from\b)", "no", "nounno",
     ('"nyet', "nyet", '"no"')),
    # "Russia was absent", "boycotted the vote"; "did not take part in the vote"
    # ("The Soviet Union was not in the chamber at all"; not "two parties that were not in
    # the room", who hold no seat)
    (r"\b(?:was|were)\s+(?:absent|not\s+present|(?<!that\swas\s)(?<!that\swere\s)"
     r"(?<!who\swere\s)(?<!which\swere\s)not\s+in\s+the\s+(?:council\s+)?(?:chamber|room|"
     r"hall))\b"
     # ("The Soviet Union ... again stayed away")
     r"|\b(?:again\s+)?stayed\s+away(?=\s*(?:[,;.]|from\s+the\s+(?:meeting|vote|session|"
     r"sitting|council|chamber)\b))|\bboycotted\s+the\s+(?:vote|meeting|session)\b|\babsent\s+"
     r"from\s+the\s+vote\b"
     # "fourteen votes to none, with Rwanda absent and no abstentions"
     r"|(?<=[a-z]\s)absent(?=\s*(?:[,;.)]|and\b))", "absent", "pre",
     ("was", "were", "boycotted", "absent", "stayed away")),
    # "The Soviet Union's chair was empty", "the Soviet seat remained vacant"
    (r"\b(?:seat|chair|place)\s+(?:was|remained|stood|sat|lay)\s+(?:empty|vacant)\b", "absent",
     "pre", ("seat", "chair", "place")),
    # ... "The chair of the Soviet Union remained empty"
    (r"\b(?:seat|chair|place)\s+of(?=\s+(?:the\s+)?[a-z][\w.' -]{1,40}?\s+(?:was|remained|stood|"
     r"sat|lay)\s+(?:empty|vacant)\b)", "absent", "post", ("seat", "chair", "place")),
    # ... "chose not to take part in the vote at all", "stayed out of the vote"
    (r"\b(?:did\s+not|(?:chose|decided|opted|elected)\s+not\s+to|declined\s+to|refused\s+to)\s+"
     r"(?:participate|take\s+part)\s+in\s+(?:the|either|both|each|that|this)\s+"
     r"vot(?:es?|ing)\b"
     # (not "did not vote the same way on all four texts": votes that differed)
     r"|\bdid\s+not\s+vote\b(?!\s+(?:for|against|in\s+favou?r|yes|no|with|either\s+way|the\s+same|"
     # ("The A3 did not vote as one bloc on the embargo": split, not away)
     r"alike|identically|consistently|in\s+the\s+same|as\s+(?:one|a)\s+(?:bloc|block|group|unit)|"
     r"together|in\s+(?:unison|step|concert)))"
     r"|\bstay(?:ed|s)?\s+out\s+of\s+the\s+vot(?:e|ing)\b"
     # "Britain, as a party to the dispute, took no part in the vote"
     # ("... took no part in either vote")
    r"|\b(?:took|takes|taking)\s+no\s+part\s+in\s+(?:the|either|both|each)\s+vot(?:es?|ing)\b"
    # ("Syria abstained, and Britain again took no part.")
    # ("defeated by nine votes to one, with India taking no part", "China not participating")
    r"|\b(?:took|takes|taking)\s+no\s+part(?=\s*(?:[.;,]|$))"
    r"|\bnot\s+(?:participating|taking\s+part)(?=\s*(?:[.;,]|$))"
    # ("Rwanda did not take part.")
    r"|\bdid\s+not\s+take\s+part(?=\s*(?:[.;]|$))",
     "not_participating", "pre", ("did not", "chose", "decided", "opted", "elected", "declined",
                                  "refused", "stay", "took", "takes", "taking", "not ")),
    # ("Poland did not vote either way, which is called abstaining")
    (r"\b(?:did\s+not|didn't|would\s+not)\s+vote\s+either\s+way\b", "abstain", "pre",
     ("did not", "didn't", "would not")),
    # "South Africa and Russia were the two abstentions", "Britain was the only abstainer"
    (rf"(?:(?<=were\s)|(?<=was\s))the\s+(?:{NUM}\s+|only\s+|lone\s+|sole\s+)?(?:abstentions?|"
     r"abstainers?)\b", "abstain", "pre", ("the",)),
    # ("Lined up behind the commission were the United States, Britain, ...")
    (r"\blined\s+up\s+(?:behind|for)\s+(?:it|them|the\s+(?:[\w-]+\s+){0,3}?(?:commission|text|"
     r"draft|resolution|proposal|plan|motion|measure|application))\s+(?:were|was)\b", "yes", "post",
     ("lined",)),
    (r"\blined\s+up\s+against\s+(?:it|them|the\s+(?:[\w-]+\s+){0,3}?(?:commission|text|draft|"
     r"resolution|proposal|plan|motion|measure|application))\s+(?:were|was)\b", "no", "post",
     ("lined",)),
    # ("Among the yes votes: Britain, the United States, ...", "Among the no votes were A")
    # ... ("Among the 11 supporting votes were the Soviet Union, China and France")
    (rf"\bamong\s+the\s+(?:{NUM}\s+)?(?:yes|affirmative|supporting|positive|favou?rable)\s+"
     r"votes\s*(?::|(?:were|was)\b)", "yes", "post", ("among",)),
    (r"\bamong\s+the\s+(?:no|negative)\s+votes\s*(?::|(?:were|was)\b)", "no", "post",
     ("among",)),
    # "China and India were among the abstainers", "Supporters included Brazil and Gabon"
    (r"\bamong\s+(?:the\s+|those\s+)?(?:\w+\s+)?(?:abstainers|abstentions|those\s+abstaining"
     r"|members\s+abstaining)\b", "abstain", "pre", ("among",)),
    # ... "were among those who raised their hands"
    (r"\bamong\s+(?:the\s+|its\s+)?(?:\w+\s+)?(?:supporters|backers|those\s+(?:voting\s+(?:for|in\s+"
     r"favou?r|yes)|supporting|backing|in\s+favou?r|who\s+(?:voted\s+(?:for|in\s+favou?r|yes)|"
     r"supported|backed|raised\s+their\s+hands(?!\s+(?:to\s+)?(?:against|abstain)))))\b", "yes",
     "pre", ("among",)),
    # "Britain and France were among the eight in favour", "... among the three abstaining"
    (rf"\bamong\s+the\s+{NUM}\s+(?:(?:members|countries|states|delegations)\s+)?(?:in\s+"
     r"favou?r|(?:voting|who\s+voted)\s+(?:for|in\s+favou?r|yes)|supporting\s+(?:it|the\s+"
     r"(?:text|draft|resolution)))\b", "yes", "pre", ("among",)),
    (rf"\bamong\s+the\s+{NUM}\s+(?:(?:members|countries|states|delegations)\s+)?(?:against|"
     r"opposed|(?:voting|who\s+voted)\s+(?:against|no))\b", "no", "pre", ("among",)),
    (rf"\bamong\s+the\s+{NUM}\s+(?:(?:members|countries|states|delegations)\s+)?(?:abstaining|"
     r"who\s+abstained)\b", "abstain", "pre", ("among",)),
    # "Among the thirteen who voted yes was Syria": the list follows "was"
    (rf"\bamong\s+the\s+{NUM}\s+(?:(?:members|countries|states|delegations)\s+)?(?:in\s+"
     r"favou?r|(?:voting|who\s+voted)\s+(?:for|in\s+favou?r|yes))\s+(?:were|was)\b", "yes", "post",
     ("among",)),
    # "the no column contained Libya, Viet Nam and South Africa"
    # ... "The yes side was Russia, China, Gabon, Mozambique and the UAE."
    # ... "the yes camp had ten -- the three Western permanent members, Russia, ..."
    *((rf"\b(?:{side})[\"'\u201d]?\s+(?:column|side|camp)\s+(?:contained|included|held|listed|"
       r"(?:was|were)(?!\s+(?:empty|longer|shorter)\b)"
       rf"|(?:had|numbered|counted)\s+(?:{NUM})\s*(?:-+|:))", vote, "post", starts)
      for side, vote, starts in (("yes|aye|favou?r", "yes", ("yes", "aye", "favo")),
                                 ("no|against", "no", ("no", "against")),
                                 ("abstentions?|abstain", "abstain", ("abstain", "abstention")))),
    # "Germany and Spain were also in the yes column"
    *((rf"\b(?:were|was)\s+(?:also\s+)?in\s+the\s+(?:{side})\s+column\b", vote, "pre",
       ("were", "was"))
      for side, vote in (("yes|aye|favou?r", "yes"), ("no|against", "no"),
                         ("abstention|abstain", "abstain"))),
    # "Among those voting for the nominee were A and B": the list follows "were"
    # ("Among those who voted for Italy were A, B and C")
    # ("Among those raising their hands were A and B")
    (r"\bamong\s+(?:the\s+|those\s+)?(?:\w+\s+)?(?:supporters|backers|those\s+(?:voting\s+(?:for|in\s+"
     r"favou?r|yes)|supporting|backing|in\s+favou?r|raising\s+their\s+hands|who\s+(?:voted\s+(?:for|"
     r"in\s+favou?r(?:\s+of)?|yes)|supported|backed|raised\s+their\s+hands)))\b(?:\s+(?:of\s+)?(?:the\s+)?[\w'\u2019-]+"
     # ("Among those who supported Angola's application were A and B")
     r"(?:\s+[\w-]+){0,2}?)?\s+(?:were|was)\b",
     "yes", "post", ("among",)),
    # "Among the votes in favour were those of our neighbours Peru and Bolivia"
    (r"\bamong\s+the\s+votes\s+(?:cast\s+)?(?:in\s+favou?r|for\s+(?:it|the\s+(?:text|draft|"
     r"resolution)))\s+(?:were|was)\s+(?:(?:those|that)\s+of\s+)?(?:(?:our|its|their)\s+"
     r"(?:neighbou?rs|friends|partners|allies)\s+)?", "yes", "post", ("among",)),
    # "The four abstaining members were A, B, C and D"
    (rf"\babstaining\s+{_SIDE_WHO}\s+(?:were|included)\b", "abstain", "post", ("abstain",)),
    # "the votes in favour came from A and B", "the votes against came from C"
    (r"\bvotes\s+in\s+favou?r\s+came\s+from\b", "yes", "post", ("vote",)),
    # "Those voting in favour included A and B", "the countries backing it were A and B",
    # "Members voting against were A and B": a named side, then its members
    (rf"\b(?:abstainers|{_SIDE_WHO}\s+abstaining)\s+(?:included|includ(?:e|ing)|were)\b",
     "abstain", "post", ("abstainers",) + _SIDE_WHO_STARTS),
    # ("Supporters of the text included A and B")
    (rf"\b(?:supporters|backers|{_SIDE_WHO}\s+(?:supporting|backing|in\s+favou?r|voting\s+(?:for|"
     rf"in\s+favou?r|yes)))(?:\s+(?:(?<=supporters\s)|(?<=backers\s))of)?(?:\s+{_SIDE_OBJ})?"
     r"\s+(?:included|were)\b", "yes", "post",
     ("supporters", "backers") + _SIDE_WHO_STARTS),
    (rf"\b{_SIDE_WHO}\s+(?:opposing|against|opposed|voting\s+(?:against|no))(?:\s+{_SIDE_OBJ})?\s+"
     r"(?:included|were)\b", "no", "post", _SIDE_WHO_STARTS),
    # "Nationalist China voted with the majority": with the text's supporters; "Russia and
    # China voted with the rest" of a text all adopted
    # ("..., with Moscow voting with the other fourteen")
    (r"(?:(?<=voted\s)|(?<=votes\s)|(?<=voting\s)|(?<=sided\s)|(?<=stood\s)|(?<=together\s))"
     r"with\s+the\s+(?:majority|rest|others|other\s+(?:fourteen|thirteen|ten|14|13|10))\b"
     # ("West Germany, Japan and Italy joined the yes votes")
     r"|\bjoin(?:ed|s)\s+the\s+(?:majority|(?:yes|affirmative)\s+(?:votes|side|camp|column))\b",
     "yes", "pre",
     ("with the majority", "with the rest", "with the other", "join")),
    # "Japan and Austria completed the majority", "B and C were also among the majority",
    # "Germany and Italy completed the fourteen" (a count is of the text's supporters)
    (rf"\b(?:completed|completes|complete|completing|made\s+up|make\s+up|making\s+up|"
     rf"rounded\s+out|rounding\s+out)\s+the\s+"
     rf"(?:rest\s+of\s+the\s+)?(?:majority|{NUM})\b(?!\s+(?:abstentions?|abstainers|abstaining|against|opposed|no\b))"
     # ("Indonesia was in the majority then as well")
     r"|\b(?:were|was|are|is)\s+(?:also\s+|both\s+|all\s+)?(?:among|in)\s+the\s+majority\b",
     "yes", "pre",
     ("complet", "made up", "make up", "making up", "round", "were", "was", "are", "is ")),
    # "Jordan and Malaysia added their votes": to the text's (not "added their voices")
    (r"\badd(?:ed|s)\s+(?:their|its|his|her)\s+votes?\b(?!\s+(?:against|to\s+(?:the\s+)?"
     r"(?:opposition|no|abstentions?)\b))", "yes", "pre", ("add",)),
    # ("The rest of the table -- the United States, Britain, ... -- all went along with the
    # deferment")
    (r"\b(?:went|go|goes)\s+along\s+with\s+(?:it|the\s+(?:text|draft|resolution|decision|"
     r"deferment|proposal|majority))\b", "yes", "pre", ("went", "go")),
    # ("China, France, Britain, ... and Australia were for it")
    (r"\b(?:was|were)\s+(?:all\s+|both\s+|also\s+)?for\s+(?:it|the\s+(?:text|draft|resolution|"
     r"proposal))\b", "yes", "pre", ("was", "were")),
    # ("Tanzania, Guyana, Libya, Sweden and Benin were on the yes side")
    (r"\b(?:were|was)\s+(?:also\s+)?on\s+the\s+(?:yes|winning)\s+side\b", "yes", "pre",
     ("were", "was")),
    (r"\b(?:were|was)\s+(?:also\s+)?on\s+the\s+(?:no|losing)\s+side\b", "no", "pre",
     ("were", "was")),
    # "Russia and China were joined in support by Algeria and Guyana": both sides of "joined"
    # ('... were joined in the "yes" column by Brazil, Norway and Venezuela')
    (r"\b(?:were|was)\s+joined(?=\s+in\s+(?:support|favou?r|the\s+[\"']?yes[\"']?\s+(?:column|"
     r"camp))\s+by\b)", "yes", "pre", ("were", "was")),
    (r"(?<=joined\s)in\s+(?:support|favou?r|the\s+[\"']?yes[\"']?\s+(?:column|camp))\s+by\b",
     "yes", "post", ("in support", "in favo", "in the")),
    # ("the Soviet and Syrian delegates raising their hands alongside the Americans")
    (r"\b(?:sided|sides|side|voted|votes|vote|voting|stood|stands|lined\s+up|lines\s+up|"
     r"rais(?:ed|ing)\s+(?:their|its|his|her)\s+hands?)\s+"
     r"(?:together\s+)?(?:with|alongside)\b(?!\s+the\s+(?:majority|rest|others|other\s+"
     r"(?:fourteen|thirteen|ten|14|13|10))\b)", "copy", "copy",
     ("side", "vot", "stood", "stand", "line", "rais")),
    # ("..., the Poles joining the Russians", "with Poland joining the Soviet Union": one
    # side, the count says which)
    (r"\bjoining(?=\s+(?:the\s+)?[a-z])(?!\s+(?:the\s+)?(?:majority|consensus|rest|others|"
     r"council|vote|debate|talks|call|calls|appeal|ranks|chorus|in|as|forces)\b)", "copy",
     "copy", ("joining",)),
    # "Britain had voted for the text ..., and the Dutch, Togo and Zaire had done the same":
    # the vote told just before, in the same clause
    # ... "The Soviet delegate voted against, and the Ukrainian followed suit (followed him)"
    # ... "The United States and Russia did likewise"
    (SAME_AS_TOLD, "copy", "copy", ("had", "have", "has", "did", "followed")),
)
# (the blocking verbs' pattern is cues.BLOCK itself, with the gate on its verbs)
_VOTE_CUES = tuple((BLOCK if (p, starts) == (BLOCK.pattern.pattern, BLOCK.starts)
                    else lex(p, starts), v, how) for p, v, how, starts in _VOTE_CUE_SPECS)
# 'a Chinese "no" would have been a veto': the vote that was not cast
_WOULD_HAVE_BEEN = re.compile(r"\s*(?:vote\s+)?(?:would|could|might)\s+(?:have\s+)?"
                              r"(?:been|be|meant|killed|sunk|blocked|amounted|counted|constituted)\b")
_NUM_BEFORE = re.compile(rf"\b(?:{NUM}|no|none)\s+(?:votes?\s+)?$")
_COUNT_BEFORE = re.compile(rf"\b{NUM}\s+$")
_BY_COUNTED = re.compile(rf"\bby\s+(?:the\s+)?(?:same\s+)?{NUM}\s+$")
_NAMES_AFTER = re.compile(r"((?:\s+(?:it|them))?)\s*(?:,|:|-{1,3}|\u2014)\s*(?:the\s+)?[a-z]")


@dataclass(slots=True)
class VoteCue:
    vote: str  # yes / no / abstain / copy
    how: str  # pre / post / both / veto / block / copy
    start: int
    end: int
    live: bool = True


def scan_votes(low: str, lo: int = 0, hi: int | None = None, finder: Finder | None = None
               ) -> list[tuple[int, int, str, str]]:
    """(start, end, vote, how) of every vote word in ``low[lo:hi]``, before context is read."""
    hi = len(low) if hi is None else hi
    finder = finder if finder is not None else Finder(low)
    raw = [(m.start(), m.end(), vote, how) for pattern, vote, how in _VOTE_CUES
           for m in scan(pattern, low, lo, hi, finder)]
    raw.sort()
    return raw


_CLAUSE_ENDS = re.compile(r"\s*(?:[.;!?]|$)")
_ON_ANOTHER = re.compile(r"\s+(?:on|for|against)\s+the\s+(?:first|earlier|previous|other|second)\b")
# "the vote in favour came from", "nine votes in favour, including": the noun
_VOTE_NOUN_BEFORE = re.compile(rf"(?:\b(?:the|a|an|one|lone|only|single|sole|its|their|his|her|"
                               rf"our|these|those|{NUM}|no|none)|['\u2019]s?)\s+(?:[a-z-]+\s+)?$")


def vote_cues(text: str, lo: int, hi: int, raw: list[tuple[int, int, str, str]],
              recent: bool = False, undated: bool = False) -> list[VoteCue]:
    """The clause's vote words, longest first, without overlaps; ``raw`` is its share of
    :func:`scan_votes`. ``recent``: the clause names a day of the story's week, so a plain
    "had vetoed" is news told in the pluperfect; ``undated``: it names no day at all, so a
    "had voted" with nothing else of the past about it is too."""
    matches = []
    verbs = {(s, e) for s, e, _, how in raw if how == "pre"}
    for s, e, vote, how in raw:
        if how == "post" and (s, e) in verbs and not _VOTE_NOUN_BEFORE.search(
                text, max(lo, s - 30), s):
            continue  # "A, B and C vote in favour, together with D": the verb, not the noun
        if vote == "yes" and REFERENDUM_CHOICE.match(text, e):
            continue  # "three islands voted for independence": a people's choice
        if how == "veto" and text.startswith("vetoes", s) and VETO_NOUN.search(
                text, max(lo, s - VETO_NOUN_SPAN), s):
            continue
        if how == "veto" and vetoed_as_adjective(text, s, e, lo):
            continue  # "told reporters that the vetoed draft ...": not the subject's veto
        if how.startswith("veto") and text.startswith("vetoes", s) and counted_vetoes(
                text, s, lo) and not _CAST_NOW.match(text, e):
            continue  # "three US vetoes since October": a record, not this vote
        if how == "post" and _CLAUSE_ENDS.match(text, e):
            continue  # ("Panama votes against.": the verb, its voter before it, no list after)
        if how == "pre" and text.startswith("votes ", s) and _COUNT_BEFORE.search(
                text, max(lo, s - 22), s) and (nm := _NAMES_AFTER.match(text, e)):
            # "only two votes for it, Russia and China": the noun, its names after
            how, e = "post", nm.end(1)
        elif how == "pre" and text.startswith("votes ", s) and _BY_COUNTED.search(
                text, max(lo, s - 30), s):
            continue  # "stopped by the same two votes against": a count, no voter before it
        if how == "post#":
            nb = _NUM_BEFORE.search(text, max(lo, s - 22), s)
            if nb is None or nb.group().split()[0] in ("no", "none", "zero", "0"):
                continue  # ("none against, the United States the sole abstainer": nobody)
            how = "post"
        matches.append((s, -(e - s), e, vote, how))
    matches.sort()
    found: list[VoteCue] = []
    last_end = -1
    for s, _, e, vote, how in matches:
        if s < last_end:  # sorted by start, longest first: overlaps are behind us
            continue
        last_end = e
        live = not (is_negated(text, s, lo) or (is_history(text, s, e, lo, hi) and not (
            recent and is_pluperfect(text, s, lo) or undated and only_pluperfect(
                text, s, e, lo, hi))))
        if live and how != "post":
            live = not is_modal(text, s, lo) and not _WOULD_HAVE_BEEN.match(text, e)
        if live and text.endswith("after ", max(lo, s - 6), s) and _ON_ANOTHER.match(text, e):
            live = False  # ("Colombia and Syria, after abstaining on the first vote, supported
            # the second": the other text's vote, told to set off this one)
        found.append(VoteCue(vote, how, s, e, live))
    found.sort(key=lambda c: c.start)
    return found


def find_vote_cues(text: str, lo: int, hi: int) -> list[VoteCue]:
    """Vote words in ``text[lo:hi]`` (lower case), longest first, without overlaps."""
    return vote_cues(text, lo, hi, scan_votes(text, lo, hi))


# ----------------------------------------------------------------------------- attribution


@dataclass(slots=True)
class Item:
    start: int
    end: int
    kind: str  # "member", "group" (a counted group), "sponsors", "rest" (all the others)
    mention: Mention | None = None
    count: int | None = None
    qualified: bool = False  # "the four other permanent members": a part, not a total
    after_preposition: bool = False


@dataclass(slots=True)
class Assignment:
    """``items`` voted ``vote``; ``how`` is the cue's kind (veto/block need a P5 voter), or
    "list" for a list read only by its clause's one side (it counts whole or not at all)."""

    items: list[Item]
    vote: str
    how: str
    cue_start: int
    cue_end: int
    copy_from: list[Item] = field(default_factory=list)


_LIST_SEP = re.compile(
    # "The Soviet delegate and the Polish delegate": a demonym's noun before the next name
    # ("the Chinese Nationalist delegate and Brazil abstained", "Mr. Gromyko's delegation and
    # the Polish delegation abstained")
    # ("..., France, the Nationalist Chinese delegate, Yugoslavia, Egypt ...": in a list too)
    r"(?:(?:'s)?\s+(?:delegates?|delegations?|representatives?)(?=\s+and\s+|\s*,)"
    # ("the representative of the Nationalist Chinese government, who still holds China's seat,
    # and the representative of Cuba")
    r"|\s+(?:delegates?|representatives?|delegations?|governments?)"
    r"(?=\s*,\s*(?:whose|which|who)\b))?"
    # "Yugoslavia (which currently chairs the Non-Aligned Movement) and Brazil"
    # ... "Brazil [the only Portuguese-speaking country at the table], Belgium": a translator's
    # or editor's bracketed remark, read as an aside in the same way
    r"(?:\s*\((?!vot|abstain)[^()]{1,80}\)|\s*\[(?!vot|abstain)[^\[\]]{1,80}\])?"
    # ("Among the thirteen in favour were Panama itself, France, ...")
    r"(?:\s+(?:itself|themselves)(?=\s*,)"
    # ("Zambia itself (it has a seat on the Council this year), Senegal, ...")
    r"|\s+(?:itself|themselves)\s*\((?!vot|abstain)[^()]{1,80}\)(?=\s*,))?"
    # "all fifteen members of the Council, including China and Russia"
    # ... "of the Council -- including Britain, France, China and Russia --"
    r"(?:\s+of\s+the\s+(?:security\s+)?council(?=\s*(?:,|-+)\s*(?:including|among\s+them|together\s+"
    r"with|along\s+with|as\s+well\s+as)\b))?"
    # "three votes - Russia's own, China's and Bolivia's": a list of the members' votes
    # ... "Britain's own, the United States', France's ..."
    r"(?:(?:'s(?:\s+own)?|(?<=s)')(?=\s*(?:,|and\b)))?"
    # "France and the Netherlands -- allies of Washington -- as well as the Soviet Union"
    r"(?:\s+-+\s+(?!vot|abstain)[^-;.:]{1,70}?\s+-+(?=\s*(?:,|and\b|as\s+well\b|plus\b)))?"
    # "were the Soviet Union and Nationalist China, whose delegates seldom agree, and
    # Britain": a relative clause between two parts of the list (not one that votes)
    r"(?:\s*,\s*(?:whose|which|who)\b(?:(?!vot|abstain|veto|against|favou?r)[^,;.:()]){1,120}"
    # ("... a hand for the text: France, which until last Sunday answered for the island,
    # the United States, Great Britain ...")
    # ... "Malaysia itself, which holds an elected seat this year, New Zealand, ...")
    r",(?=\s*and\b|\s*the\s|\s*$|\s*[a-z][^,;.:]*$))?"
    # "the Soviet Union and China, as you would expect, together with Poland": a comment on
    # the names so far, not a side of its own
    r"(?:\s*,\s*(?:as\s+(?:you|one|we|anyone|everyone)\s+(?:would|might|could)\s+(?:have\s+)?"
    r"(?:expected|predicted|guessed|expect|predict|guess)|as\s+expected|as\s+usual|as\s+ever|"
    r"as\s+always|predictably|unsurprisingly|naturally|of\s+course)(?=\s*,))?"
    # "France and China among the permanent members, together with Brazil": a qualifier
    r"(?:\s+(?:among|of)\s+the\s+(?:[\w-]+\s+){0,2}?(?:members|powers)(?=\s*,))?"
    # ("Algeria, Somalia and Sierra Leone from Africa, Pakistan, Guyana, ...": where they are from)
    r"(?:\s+from\s+(?:africa|asia|europe|latin\s+america|the\s+(?:caribbean|americas|arab\s+world|"
    r"pacific|middle\s+east))(?=\s*,))?"
    # "the United Kingdom, the administering power, the United States": an appositive
    r"(?:\s*,\s*(?:the|a|an|its|their)\s+(?:(?!vot|abstain|against|favou?r|backed|opposed)"
    r"[a-z-]+\s+){0,3}(?!vot|abstain|against|favou?r|backed|opposed)[a-z-]+(?=\s*,)"
    # ("Cape Verde, the only Portuguese-speaking country now sitting on the Council, and
    # Zimbabwe": a longer appositive, when "and" goes on with the list)
    r"|\s*,\s*(?:the|a|an|its|their)\s+(?:(?!vot|abstain|against|favou?r|backed|opposed)"
    r"[a-z-]+\s+){4,9}(?!vot|abstain|against|favou?r|backed|opposed)[a-z-]+(?=\s*,\s*and\b)"
    # ("the United States and Britain, both contributors to the multinational force in the
    # Lebanese capital, as well as China")
    r"|\s*,\s*both\s+(?:(?!vot|abstain|against|favou?r)[^,;.:()]){1,80},(?=\s*(?:as\s+well\s+as|"
    r"together\s+with|along\s+with|plus)\b))?"
    r"[\s,]*(?:-+\s*(?=among\s+them|including|namely))?"
    # ("France, Britain and the United States with Bosnia and Herzegovina, Colombia ...": a
    # bare "with", no comma before it, goes on with the list)
    # ("the votes of Britain and the United States, of the Soviet Union and of Nationalist China")
    # ("not only the five permanent members but also South Africa, Libya and Viet Nam")
    r"(?:(?:and\s+(?:also|even)|and|(?<=,\s)of|as\s+well\s+as|plus|together\s+with|along\s+with|"
    r"but\s+also|"
    r"alongside|"
    r"(?<=[a-z]\s)with|"
    r"including|or|&|also|among\s+them|such\s+as|namely|besides)(?:\s+(?:(?<=and\s)(?:of|by|"
    r"from)\s+)?|"
    # "the Soviet Union, Poland and, to the surprise of several of us, Ceylon"
    r"(?<=and)\s*,\s*[a-z](?:(?!vot|abstain|against|favou?r)[^,;.:!?()-]){0,50},\s*"
    # ... "Japan and - we must say it with regret - Italy"
    r"|(?<=and)\s+-+\s+[a-z](?:(?!vot|abstain|against|favou?r)[^,;.:!?()-]){0,50}\s+-+\s*))?"
    # ("Britain and France, and from the non-permanent side Japan, India and Belgium")
    r"(?:(?<=and\s)(?:from|on|among)\s+the\s+(?:non-permanent|permanent|elected|other)\s+"
    r"(?:side|members|benches)\s*,?\s*)?"
    r"(?:the\s+)?(?:(?:delegat(?:es?|ions?)|representatives?|ambassadors?|envoys?)\s+(?:of|from)"
    r"\s+(?:the\s+)?)?"
    # "So did China and our neighbour Tanzania"
    r"(?:(?:our|its|their)\s+(?:[a-z-]+\s+)?(?:neighbou?rs?|ally|allies|friends?|partners?|"
    r"brothers?|colleagues?)\s+"
    # ("the United States, Britain, France, Canada and our Finnish neighbours": the list
    # ends where the name starts, so what follows it cannot be looked at here)
    # ("the United States, the Soviet Union and our own Peru")
    r"|our\s+(?:own\s+)?)?"
    # ("France, the Soviet Union and China, and every one of the elected members: A, B")
    r"(?:every\s+one\s+of\s+(?:the\s+)?)?"
    # ("So did A and B, ..., and the remaining elected members: C, D and E")
    r"(?:(?:two|three|four|five|both|other|remaining|fellow|veto-holding|permanent|elected|"
    r"council's|"
    r"non-permanent|non-?aligned|council|members?|powers?|countries|states|nations|african|"
    # ("the Soviet Union and the new Chinese delegation, seated only this month")
    r"european|western|arab|asian|latin|nationalist|new|communist)(?:\s+|\s*,\s+|(?=\s*:)))*"
    r"(?:the\s+)?"
    # ("..., and the five countries that joined the Council only last month: A, B and C")
    r"(?:(?:(?<=countries\s)|(?<=members\s)|(?<=states\s))(?:that|which|who)\s+(?!vot|abstain)"
    r"[^:;.,()-]{1,60}?\s*:\s*)?"
    # "the three African members of the Council -- A, B and C"
    r"(?:of\s+the\s+(?:security\s+)?council\s*)?[\s,:(\-]*"
    # ("... and France, along with elected members including India, Brazil and Mexico")
    r"(?:(?<=members\s)(?:including|such\s+as|among\s+them|notably)\s+(?:the\s+)?)?"
    r"(?:(?:mr|mrs|ms|dr|sir|lord|ambassador|president|premier|chancellor|prime\s+minister|"
    r"(?:foreign\s+)?minister)\.?\s+)?$",
)
# a group described, then named: "the other Western members of the Council: A, B and C"
# ("the Council's five new members for 2025 -- A, B, C, D and E")
_GROUP_YEAR = r"(?:\s+(?:for|in|of)\s+(?:\d{4}|this\s+year))?"
_GROUP_NAMED = (r"(?:(?:[\w'\u2019-]+\s+){0,4}?"
                r"(?:members?|countries|states|nations|delegations|powers)" + _GROUP_YEAR +
                r"(?:\s+(?:of|on)\s+the\s+(?:security\s+)?council)?\s*(?:-+|:|\(|,\s*(?:namely|"
                # ("supported by the Council's non-aligned members, among them A and B")
                r"including|among\s+them))\s*(?:the\s+)?"
                # "as did the two other Spanish-speaking members, Colombia and Paraguay": a
                # counted group, then its names after a comma
                r"|(?:council['\u2019]s\s+)?(?:other\s+)?(?:two|three|four|five|six)\s+"
                r"(?:[\w'\u2019-]+\s+){0,4}?"
                # ("as did its two European Community partners on the Council, A and B")
                r"(?:members?|countries|states|nations|delegations|powers|partners|colleagues|"
                r"neighbou?rs)" + _GROUP_YEAR + r"(?:\s+on\s+the\s+council)?\s*,\s*(?:the\s+)?"
                # ("as did the African members, Senegal and Ethiopia")
                # ... "as did the elected members Argentina, Australia, ...": no comma at all
                # ... "as did the ten elected members, A, B, ...", "the three European
                # members, A, B and C"
                r"|(?:[\w-]+\s+){0,2}?(?:african|arab|asian|european|western|latin\s+american|"
                r"non-aligned|elected|non-permanent|permanent)\s+members"
                # ("cast by permanent members of the Council, the United States, ...")
                r"(?:\s+(?:of|on)\s+the\s+(?:security\s+)?council(?=\s*,))?(?:\s*,)?\s*(?:the\s+)?)")
_POST_GAP_NOUN = re.compile(
    # ("It received one vote only, that of the Soviet Union itself")
    r"(?:\s+(?:only|alone)(?=\s*,))?"
    # "The two abstainers were, predictably, Britain and France": an adverb set off
    # ... "The other votes in favour, for the record, were cast by A and B"
    r"(?:(?:\s+(?:were|was))?\s*,\s*(?:[a-z]+ly|for\s+the\s+record|as\s+it\s+happens|"
    # ("The three against, each time, were the United States, Britain and France")
    r"in\s+(?:fact|turn)|each\s+time|every\s+time|both\s+times|in\s+each\s+case)\s*,)?"
    # "The abstainers were all European: France and ...": what they had in common first
    r"(?:(?:\s+were|(?<=were))\s+(?:all\s+|both\s+)?[a-z-]+(?=\s*:))?"
    # "The three abstainers were also the same both times -- China, India and Zimbabwe"
    r"(?:(?:\s+(?:were|was)|(?<=were)|(?<=was))\s+(?:also\s+|again\s+)?the\s+same(?:\s+(?:both\s+times|each\s+time|"
    r"on\s+both\s+occasions|as\s+before|in\s+both\s+votes))?(?=\s*(?:-+|:)))?"
    # ("three abstentions -- the abstainers being A, B and C")
    # ... "two against, the two being the Soviet Union and the Ukrainian SSR"
    r"(?:\s*(?:,|-+)\s*the\s+(?:abstainers|opponents|supporters|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|thirteen|fourteen)(?=\s+being\b))?"
    # ("The seven votes in favour of the British resolution came from A, B and C")
    r"(?:\s+(?:(?:of|for)\s+)?(?:the|its|this|that)\s+(?:[a-z-]+\s+){0,2}?(?:resolution|draft|text|"
    r"proposal|motion)(?=\s+came\s+from\b))?"
    # ("with thirteen votes in favour and the abstentions of China and Russia")
    # ("one abstention, which was Australia")
    r"[\s,:(\-]*(?:(?:came\s+)?from|including|namely|among\s+them|by|were|was|with|being|"
    r"(?<=,\s)which\s+(?:was|were)|(?<=abstentions\s)of|(?<=abstention\s)of|"
    # "The two votes against were cast by the Soviet Union and the Ukrainian SSR"
    r"(?:(?:were|was)\s+)?cast\s+by|(?:(?:were|was)\s+)?(?:that|those)\s+of)?[\s,:(\-]*"
    # "1 against -- again the United States --"
    # ("two abstentions -- this time Belgium and the United States")
    # ("and two abstentions, this time those of the United States and Belgium")
    # ("two against (again London and Paris)")
    r"(?:(?:(?<=-\s)|(?<=,\s)|(?<=\())(?:again|once\s+more|this\s+time)\s+(?:(?:those|that)\s+"
    r"of\s+)?)?"
    # "six votes in favour, including those of Britain and the United States"
    # ... "nine votes in favour, among them those of Great Britain, the United States"
    r"(?:(?:(?<=including\s)|(?<=among\sthem\s))(?:those|that)\s+of\s+)?"
    # ("ten votes, including ours, China's and the Soviet Union's": the outlet's own country
    # first, which the list cannot name)
    r"(?:(?<=including\s)(?:ours|our\s+own)\s*,\s*)?"
    # ("The ten in favour included our own country, Romania, together with ...": the name
    # in apposition)
    r"(?:our\s+(?:own\s+)?(?:country|nation|delegation)\s*,\s*)?"
    r"(?:(?<=were\s)not\s+only\s+)?(?:the\s+)?"
    # "The four abstainers were the other Western members of the Council: A, B, C and D"
    # ... "supported by every other permanent member - A, B and C"
    rf"(?:(?<=were\s)(?:the\s+)?{_GROUP_NAMED}|(?<=were\sthe\s){_GROUP_NAMED}"
    rf"|(?<=by\s)(?:the\s+|every\s+|all\s+(?:the\s+)?)?{_GROUP_NAMED}"
    # ... "the support of all the other permanent members -- A, B, C and D"
    rf"|(?<=of\s)(?:all\s+)?(?:the\s+)?{_GROUP_NAMED}"
    # ... "came from the non-permanent members, among them A, B and C"
    r"|(?<=from\s)(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:members|countries|states|delegations)"
    r"\s*,\s*(?:among\s+them|including)\s+(?:the\s+)?"
    # ... "three of the five "no" votes came from permanent members: A, B and C"
    r"|(?<=from\s)(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:members|countries|states|delegations)"
    r"\s*(?::|-+)\s*(?:the\s+)?)?"
    # ("Two went up against: Mr. Malik's Soviet delegation and ..."): an envoy's title
    r"(?:(?<=[\s:(])(?:mr|mrs|ms|dr|sir)\.?\s+)?$",
)
# "voted with A and B at the Security Council on Monday against three resolutions"
_WITH_WHOM_SIDE = re.compile(
    r"(?:\s+(?:at|in)\s+the\s+(?:united\s+nations\s+|un\s+|u\.n\.\s+)?(?:security\s+)?council)?"
    r"(?:\s+(?:on|last|this)\s+[a-z]+|\s+(?:yesterday|today))?"
    r"\s+(?P<side>against|for|in\s+favou?r\s+of)\s+"
    r"(?!the\s+(?:[a-z]+\s+)?time\b)(?:the|a|an|two|three|four|both|all|each|its|their|this|that)\b")
# ("voted for Libya, as did A and B"; "voted against Israel's admission, as did A")
_OBJECT_GAP = re.compile(r"\s+(?:(?:for|against)\s+)?(?:the\s+)?")
_AS_DID = re.compile(r"(?:['\u2019]s\s+(?:admission|application|membership|candidacy|entry))?"
                     r"\s*,\s*(?:as|and\s+so)\s+did\s+(?:the\s+)?")
_POST_GAP_VERB = re.compile(
    # ("Russia voted in favour, which in the present climate is worth noting, and so did A")
    r"(?:\s*,\s*which\s+[^;:.!?,]{1,80}(?=,\s*and\s+so\s+did\b))?"
    # ("Tunisia voted for its own text, and so did A, B and C")
    # ("sat on its hands and abstained -- along with China, Poland and Spain")
    r"[\s,;]*(?:-+\s+(?=along\s+with|together\s+with|as\s+did|joined\s+by|and\s+(?:of\s+course|"
    r"naturally)\b))?"
    # ("voted yes together -- that is worth noting -- as did Russia and China")
    r"(?:(?:together\s+)?-+\s+[^-;.:]{1,60}?\s+-+\s+(?=as\s+did|so\s+did|and\s+so\s+did))?"
    r"(?:(?:it|them|this|(?:the|its|their)\s+(?:[a-z-]+\s+)?(?:text|draft|resolution|measure|"
    r"recommendation|proposal|motion|extension|renewal|application|invitation|decision|request|"
    r"appeal|plan|mandate)"
    # "voted for all four, and so did A, B and C"
    # ... "voted for all three texts, and so did Kuwait"
    r"|all\s+(?:of\s+them|(?:two|three|four|five|six|seven)(?:\s+(?:texts|drafts|resolutions|"
    r"proposals|applications))?)|each\s+(?:one|time)|both\s+times"
    # ("voted for both Western texts, with A and B")
    r"|both(?:\s+(?:[a-z-]+\s+)?(?:texts|drafts|resolutions|proposals|applications))?"
    # ("All the other members voted for the observers, among them Chile, ...")
    r"|the\s+(?:[a-z-]+\s+){0,2}?[a-z-]+(?=\s*,\s*(?:among\s+them|including|incl\.)\s))"
    # ("Ceylon voted for the text it had co-sponsored, as did Tunisia, ...")
    r"(?:\s+(?:that\s+|which\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:co-sponsored|"
    r"cosponsored|sponsored|drafted|tabled|written|put\s+forward|authored))?"
    # ("voted for both applications on Monday, as did Japan, Britain and France")
    r"(?:\s+(?:on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|"
    r"last\s+night)(?=\s*,))?"
    r"\s*[,;]?\s*)?"
    # ("backed the text this time, and so did Pakistan")
    # ... "was in the majority then as well, with Germany and Belgium"
    # ... "voted in favour on both occasions, as did the other European members (A, B)"
    # ... "abstained once more, and so, to our surprise, did France"
    # ... "The vote against, in each case, was cast by the United States"
    r"(?:(?:this\s+time|on\s+(?:this|both|each|either)\s+occasions?|(?:then\s+)?as\s+well|"
    r"then\s+too|(?:once\s+)?again|once\s+more|in\s+(?:each|both|every)\s+cases?)"
    r"\s*[,;]?\s*)?"
    # "voted for it, of course, and so did A, B and C"
    # ("voted in favour of course, but so did Egypt and Ethiopia")
    r"(?:(?:(?:of\s+)?course|naturally|as\s+expected|predictably)\s*,\s*)?"
    # "Nine voted in favour - among them A, B and C - and two against"
    r"(?:-+\s*(?=among\s+them|including|namely))?"
    # "abstained, and so did A and B"
    r"(?:(?:and|but)\s+(?=so[\s,]|as\s))?(?:so\s+too\s+did|"
    # "and so, in an unusual show of agreement on a colonial question, did the Soviet Union"
    r"so\s*,[^,;.:]{1,80},\s*did|"
    # ("and so -- for the first time in the history of the Organization -- did the US")
    r"so\s+-+\s*[^;.:-]{1,80}?\s*-+\s*did|"
    # "supported the text, along with, among others, India and Zimbabwe"
    r"(?:together|along)\s+with\s*,\s*(?:among\s+others|notably|for\s+example)\s*,|"
    r"together\s+with|along\s+with|alongside|as\s+did|so\s+did|as\s+were|as\s+was|"
    # ("voted yes -- and of course New Zealand and Spain, who wrote it": the list goes on
    # with nothing of its own to say; a verb after it would make it that verb's subject)
    r"and\s*,?\s*(?:of\s+course|naturally)\s*,?|"
    # ("Canada and Denmark ... voted yes with Britain, France and the United States")
    # ... "voted for both Western texts, with the United States, Britain and France" (not
    # "voted yes, with Russia abstaining": another side)
    r"(?:(?<=yes\s)|(?<=favour\s)|(?<=favor\s)|(?<=against\s)|(?<=no\s)|(?<=,\s))with"
    r"(?![^.;:]*\b(?:abstain\w*|voting|vot\w+\s+against|opposed|absent|not)\b)|"
    # ("voted yes, with the rest of the Council, among them Russia, China and Britain")
    r"with\s+the\s+rest(?:\s+of\s+the\s+(?:security\s+)?council)?\s*,\s*(?:among\s+them|"
    r"including)|"
    # ("Britain had voted for it. So had Australia and Cuba.")
    r"so\s+(?:too\s+)?(?:were|was|had|have)|"
    # ("All other members voted in favour, incl. France, Japan and Spain")
    r"joined\s+by|among\s+them|including|incl\.|like|as\s+had|"
    # "The vote against was cast by the Soviet Union", "the no votes came from A and B",
    # "the countries which voted for the draft there are A, B"
    r"(?:was|were)\s+cast\s+by|came\s+from|there\s+(?:are|were)|were|was)\s+"
    # ("voted in favor along with those of Britain, France")
    r"(?:(?:those|that)\s+of\s+)?"
    # ("So did both the Soviet Union and the United States")
    # ("Fourteen members voted in favour, among them our own Uganda")
    r"(?:the\s+|all\s+(?:the\s+)?|both\s+(?:the\s+)?|our\s+(?:own\s+)?|its\s+|their\s+)?"
    # "as were the Council's three African members -- A, B and C"
    r"(?:(?:security\s+)?council['\u2019]s\s+)?"
    # "abstained, as did the delegates of A and B", "as did our brothers from A and from B"
    r"(?:(?:delegat(?:es?|ions?)|representatives?|ambassadors?|envoys?|brothers|friends|"
    r"colleagues|neighbou?rs|partners|allies)\s+(?:of|from)\s+(?:the\s+)?)?"
    # ("and so did elected members as varied as India, Ireland and Kenya")
    r"(?:(?:[a-z-]+\s+){0,2}?(?:members|countries|states|delegations)\s+(?:as\s+(?:varied|"
    r"different|diverse)\s+as|such\s+as|like|including)\s+(?:the\s+)?)?"
    # ("So did the other Latin American member, Trinidad and Tobago": one member described,
    # then named)
    r"(?:(?:other|only|lone|sole|fellow)\s+(?:[\w'-]+\s+){0,3}?member\s*,\s*)?"
    # ("India abstained, and so did our own delegation, Yugoslavia")
    r"(?:(?<=our\s)own\s+(?:delegation|country|government)\s*,\s*)?"
    # "..., as did the three African members of the Council -- A, B and C"
    rf"{_GROUP_NAMED}?$"
    # "Two members abstained, namely A and B", "Four countries abstained, they are A, B"
    r"|(?:\s+themselves|\s+itself)?\s*,\s*(?:namely|being|that\s+is|they\s+(?:are|were|being)|these\s+(?:are|were|being))"
    r"\s+(?:the\s+)?$"
    # "... joined in voting for admission, as did A and B": the verb's object, then "as did"
    r"|(?:\s+[a-z-]+){1,3}\s*,\s*(?:as|so)\s+did\s+(?:the\s+)?$"
    # "Only five members supported it: A, B, ...", "Four voted against - A, B, C and D"
    r"|\s*(?:(?:it|them|the\s+(?:text|draft|resolution|measure))\s*)?"
    # ("who voted yes without fuss: A, B")
    # ("All the other members voted for Japan: A, B, ...": the applicant, then the roll)
    # ("voted for admission without exception: A, B, ...")
    r"(?:(?:without|with|in|at)\s+[a-z]+\s*|(?<=for)\s+[a-z]+(?:\s+(?:without|with)\s+[a-z]+)?\s*)?"
    r"(?::|-+|\()\s*"
    r"(?:namely\s+)?(?:the\s+)?$",
)
# "voted for it, as did China and Russia, and so did Britain and the United States"
# ("A and B, which sits on the Council this year, and so did C": past a relative aside)
_AND_SO_DID = re.compile(r"(?:\s*,\s*(?:which|who)\b[^;:.!?,]{1,120})?"
                         # ("as did Morocco and the Philippines; so did the Soviet Union")
                         r"\s*[,;]\s*(?:and\s+)?(?:so|as)\s+(?:too\s+)?did\s+(?:the\s+)?")
# "..., as did Japan", "..., as did the leaders of the ten elected members: A, B and C"
_AS_DID_ALSO = re.compile(
    _AND_SO_DID.pattern + r"(?:(?:leaders|heads\s+of\s+(?:state|government)|ministers|"
    r"delegat(?:es|ions)|representatives|ambassadors|envoys)(?:\s+or\s+[a-z]+)?\s+of\s+"
    r"(?:the\s+)?)?(?:" + _GROUP_NAMED + ")?")
# "..., and those of the five great powers -- the United States, Great Britain, ...": a group
# spelled out after a dash or a colon
_AND_GROUP_SPELLED = re.compile(
    r"\s*,?\s*and\s+(?:(?:those|that)\s+of\s+)?(?:the\s+|all\s+(?:the\s+)?)?" + _GROUP_NAMED)
# "... and the Council's two members from Latin America, Argentina and Uruguay": the group
# counted, where it is from, then its names
_GROUP_PLACE = re.compile(r"\s+(?:from|of|in)\s+(?:the\s+)?[a-z][a-z -]{0,30}\s*(?:,|-+|:)\s*"
                          r"(?:namely\s+)?(?:the\s+)?")
# "China and Russia, the two permanent members who could have killed it and chose not to,
# plus Brazil, India and Germany": the group's own clause, then the list goes on
_GROUP_WHO_AND = re.compile(r"\s+(?:who|which|that)\s[^,;.:!?]{1,80},\s*(?:and|plus|as\s+well\s+as)"
                            r"\s+(?:the\s+)?")
_COUNTED_NAMED = re.compile(r"\s*(?:(?:it|them|the\s+(?:text|draft|resolution|measure|proposal))"
                            r"\s*)?,\s*(?:the\s+)?")
# ("blocked a resolution drafted by A and B": the drafters, not those who blocked it)
_POST_GAP_BY = re.compile(r"\s*(?!(?:\w+\s+)?(?:drafted|written|forward|proposed|tabled|sponsored|"
                          r"co-sponsored|cosponsored|submitted|presented|introduced|prepared|"
                          r"authored|penned|circulated)\s+by\b)(?:\w+\s+){0,2}by\s+(?:the\s+)?"
                          # ("vetoed by the same three permanent members: A, B and C")
                          r"(?:same\s+)?"
                          # ("each was struck down by a single Soviet vote")
                          r"(?:(?<=by\s)(?:a|one)\s+(?:single\s+|lone\s+)?)?$")
_COLON_GAP = re.compile(r"\s*:\s*(?:the\s+)?")
_WITH_TAIL = re.compile(r"\s*,\s*(?:and\s+)?(?:along\s+|together\s+)?with\s+(?:the\s+)?")
# "the five new members -- A, B, C, D and E -- together with F and G": the dash closes the
# group's names, and the list goes on
_DASH_TOGETHER = re.compile(r"\s*(?:-{1,3}|\u2014|\u2013)\s*,?\s*(?:together|along)\s+with\s+"
                            r"(?:the\s+)?")
# "A and B, joined by C, D and E, and also by F and G": more of those who joined
_AND_ALSO_BY = re.compile(r"\s*,?\s*and\s+(?:also\s+)?by\s+(?:the\s+)?")
# (or a verb that opens a list: "Among them were A, B and C, with D and E.")
_DASH_OPENS_LIST = re.compile(r"(?:-{1,3}|\u2014|\u2013|:|\bwere|\bincluded)\s*(?:the\s+)?$")
_SENTENCE_ENDS = re.compile(r"\s*(?:[.;!?]|$)")
_DASH_CLOSES = re.compile(r"\s*(?:-{1,3}|\u2014|\u2013)\s*(?:all\s+|both\s+)?")
# the noun after a demonym that names a member's delegation: "the Soviet delegate"
_DELEGATE_NOUN = r"(?:\s+(?:delegates?|delegations?|representatives?))?"
_ALSO_AFTER = re.compile(_DELEGATE_NOUN + r"\s+also\s")
_BARE_COMMA = re.compile(r"\s*,\s*(?:the\s+)?")
# (between a list and its verb; "the Soviet delegate voting no": the demonym's noun too)
_TIGHT = re.compile(r"(?:['\u2019]s)?" + _DELEGATE_NOUN + r"[\s,]{0,3}(?:also\s+|both\s+|all\s+|"
                    r"again\s+)?")
_JOINED_BY_ASIDE = re.compile(r"\s*,\s*(?:again\s+|once\s+more\s+)?joined\s+by\s+(?:the\s+)?")
_ASIDE_SHUTS = re.compile(r"\s*,\s*(?:again\s+|also\s+|both\s+|then\s+)?")
_CHAIN = re.compile(
    # ("A and B, which had fought the plan clause by clause since the debate began in
    # February, joined C, D and E in approving it")
    # (not "co-sponsored by A and B, among other Council members, and all five permanent
    # members voted": "among" closes the list before it)
    r"(?:\s*,(?!\s*among\b)[^,;.:]{1,100},)?[\s,]*(?:joined|join|joining|sided\s+with|along\s+with|"
    r"together\s+with|and|"
    r"as\s+well\s+as|besides)\s+(?:the\s+)?(?:(?:mr|mrs|ms|dr|sir|lord|ambassador)\.?\s+)?$"
    # "A and B joined the four Europeans and the United States in voting yes": past a group
    # the story does not name here
    r"|\s+join(?:ed|ing)?\s+(?:the\s+)?(?:[a-z-]+\s+){1,3}?and\s+(?:the\s+)?$"
    # "A and B were among the nine members voting in favour": the members belong to the group
    r"|\s+(?:were|was|are|is)\s+(?:among|two\s+of|one\s+of)\s+(?:(?:the|those)\s+)?$",
)
# "with Brazil and India abstaining" and "after Russia vetoed" introduce subjects; these
# introduce complements.
_PREPOSITION = re.compile(
    r"\b(?:on|in|over|about|to|toward|towards|against|at|from|into|for|of|under|between|except|"
    r"within|than|like|unlike|via|upon|by|behind|around|through|across|"
    r"(?<!such\s)as)\s+(?:the\s+)?$",
)
_CONJUNCTION_BEFORE = re.compile(r"[,;]\s*(?:for|as)\s+(?:the\s+)?$")
_FINITE_AFTER = re.compile(r"\s+(?:also\s+|too\s+)?(?:joined|voted|abstained|cast|sided|"
                           r"vetoed)\b")
_EVERY_ONE_OF = re.compile(r"\b(?:every|each)\s+(?:one|single\s+one)\s+of\s+(?:the\s+)?$")
_APPOSITIVE_WITH = re.compile(r",\s*the\s+[^,;.:()]{1,60}?\s+(?:along|together)\s+with\s+"
                              r"(?:the\s+)?$")
_DRAFTED = re.compile(
    r"\s*-\s*(?:drafted|sponsored|authored|led|proposed|written|penned|crafted|backed|"
    r"tabled|submitted)\b",
)
_HYPHENATED = re.compile(r"-[a-z]")
# ("every other member except the United States, which cast the lone negative vote")
_WHICH_VOTED = re.compile(r"\s*,\s*(?:which|who)\s+(?:also\s+|too\s+)?(?:voted|abstained|"
                          r"cast\s+(?:the|a|its|an)\s+(?:lone\s+|only\s+|single\s+|sole\s+)?"
                          r"(?:negative\s+vote|no\b|veto\b))")
_VOTED_FOR_BEFORE = re.compile(r"\bvot(?:ed|ing)\s+(?:for|against)\s+$")
# "Ambassadors from Ivory Coast", "the delegations of France and Japan": still the subject.
_SPOKESPEOPLE_OF = re.compile(
    r"\b(?:ambassadors?|envoys?|delegations?|delegates?|representatives?|diplomats?|"
    r"governments?|members?)\s+(?:from|of)\s+(?:the\s+)?$"
    # "voted in favour, together with those of Senegal and Zambia"
    r"|\b(?:those|that)\s+of\s+(?:the\s+)?$")
# After a place opening a paragraph: a wire dateline ("LONDON, Jan. 7 (AP) -", "PARIS -").
_DATELINE_PLACE = re.compile(
    r"(?:\s*,\s*[a-z.]+\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^)]{1,30}\)\s*)?-{1,3}\s"
    r"(?!\s*(?:whose|who|which)\b)")  # "Britain - whose Queen is ... - abstained": an aside
_ASIDE_CLOSES = re.compile(r"[^-.;:!?]{1,100}\s-{1,3}\s")
# "voted with the United States", "sided with Mr Obama"
_WITH_WHOM = re.compile(r"[\s,]*(?:the\s+)?"
                        r"(?:(?:mr|mrs|ms|dr|sir|lord|ambassador|president)\.?\s+)?")
_OF_GAP = re.compile(r"\s*(?:,\s*)?(?:of|for|from)\s+(?:the\s+)?")
# "the rest voted in favour", "the others abstained": every member not named otherwise
_REST = re.compile(r"\b(?:the\s+(?:rest|others|remaining\s+(?:members|countries|states|"
                   r"delegations)|other\s+(?:members|countries|states|delegations))|all\s+"
                   r"(?:the\s+)?others|everyone\s+else|everybody\s+else|"
                   # ("Every other member voted in favour.")
                   # (not "Kenya, Chile and Poland, like every other member, voted for both")
                   r"(?<!like\s)every\s+other\s+(?:member|delegation|country|state))\b"
                   # ("Every other member of the Council voted yes.")
                   r"(?!\s+of\b(?!\s+the\s+(?:security\s+)?council\s+(?:voted|abstained)\b))")
_WHOLE_COUNCIL = re.compile(r"\b(?:every|each)\s+(?:single\s+)?(?:member|delegation)"
                            r"(?:\s+of\s+the\s+(?:security\s+)?council)?\b")
_SPONSORS_REF = re.compile(r"\b(?:the\s+)?(?:\w+\s+)?(?:co-?)?sponsors\b"
                           # ("four votes: those of its three authors and the Soviet Union")
                           r"|\b(?:its|their)\s+(?:\w+\s+)?(?:authors?|drafters?)\b"
                           # ("came from the four drafters together with the United States")
                           # ("Fourteen members voted in favour, all ten authors plus China")
                           r"|(?:\b(?:the|all)\s+|(?<=\ball\s))(?:two|three|four|five|six|seven|"
                           r"eight|nine|ten|\d{1,2})\s+(?:authors|drafters)\b"
                           # "it voted for its own text": the drafter
                           # ("All ten voted in favour of their own text.")
                           r"|\b(?:it|they|both|all\s+(?:two|three|four|five|six|seven|eight|nine|"
                           r"ten|\d{1,2}))(?=\s+(?:also\s+)?voted\s+(?:for|in\s+favou?r\s+of)\s+"
                           r"(?:its|their)\s+own\s+(?:text|draft|resolution)\b)")
_AMONG_BEFORE = re.compile(r"\b(?:among|one\s+of)\s+$")
_QUALIFIED = re.compile(r"permanent|elected|european|western|african|arab|latin")
_MAX_PRE_GAP = 90
_APPOSITION = re.compile(r"\s*(?:,|-+)\s*(?:the\s+|all\s+)?")
# "Washington, but not this time - this time they voted in favour": the verb has its own
# subject, a pronoun, between it and the list
# "Rwanda, which holds a seat this year and had asked for a court, voted against": a long
# relative clause between the subject and its verb
# ... "Lord Caradon, the British representative, whose Government has ..., voted for"
# ... "France, the power against which the Algerians fought for eight years, voted for"
# ... "Nigeria's delegation, whose term on the Council has given Lagos a voice, voted for"
_LONG_ASIDE = re.compile(r"(?:['\u2019]s)?(?:\s+[a-z-]+){0,2}\s*,\s*"
                         r"(?:(?:the|a|an)\s+[a-z-]+\s+(?:[a-z]+\s+)?)?"
                         r"(?:which|who|whose|whom)\b"
                         # (the stops of a title or of an initialism: "Mr.", "the U.N.")
                         r"(?:[^.;:?!]|(?<=\bmr|\bdr|\bms)\.|(?<=\bmrs)\.|(?<=\b[a-z])\.(?=[a-z]\.)"
                         r"|(?<=\b[a-z]\.[a-z])\.){0,160},\s*"
                         r"(?:[a-z]+\s+){0,2}"
                         # "A, B, C and D - the four powers whose envoys have met since the
                         # spring - all voted for it": an aside between dashes
                         r"|\s+-+\s+[^-;:?!.]{1,180}?\s+-+\s*(?:[a-z]+\s+){0,2}"
                         # "Peru, the only Latin American country on the Council this year
                         # apart from Trinidad and Tobago, also voted yes": an appositive
                         r"|\s*,\s*(?:the|a|an)\s+[^,;:?!.]{1,160},\s*(?:[a-z]+\s+){0,2}"
                         # "Russia and China, often wary of anything that ..., both voted"
                         r"|\s*,\s*(?:often|long|usually|normally|traditionally|generally|"
                         r"sometimes|once)\s+(?:wary|critical|suspicious|reluctant|opposed|"
                         r"hostile|sceptical|skeptical|at\s+odds)\b[^.;:?!]{1,160},\s*"
                         r"(?:[a-z]+\s+){0,2}")
# a member named inside such an aside is not the subject of the verb after it
_IN_ASIDE = re.compile(r"(?:^|,|\s[-(]|^[-(])\s*(?:(?:the|a|an)\s+[a-z-]+\s+(?:[a-z]+\s+)?)?"
                       r"(?:whose|which|who|whom|where)\b(?:[^-,()]|(?<=\w)-(?=\w))*$"
                       # "Moscow -- long at odds with Tbilisi over the bases -- voting with"
                       r"|\s-{1,3}\s+[a-z][^-()]{0,80}\b(?:with|of|over|against|to|from|by|on)\s+"
                       r"(?:the\s+)?$")
_APPOSITIVE_OWNER = re.compile(r"\s*,\s*")
# what a member's own voice is called: "China's delegate", "Britain's ambassador"
_SPEAKER_NOUN = re.compile(
    r"(?:[a-z]+\s+)?(?:delegat|ambassador|envoy|representative|government|mission|minister|"
    r"foreign|president|vot|veto|abstention|negative|no\b|yes\b)")
_RELATION = re.compile(r"(?:[a-z]+\s+)?(?:neighbou?rs?|ally|allies|partners?|friends?|rivals?|"
                       r"enem(?:y|ies)|foes?|patrons?|clients?|protectors?)\b"
                       r"|(?:closest|staunchest|oldest|firmest|nearest)\s*[,;.)-]")
_TOLD_ABSTENTION = re.compile(r"\b(?:again|once\s+more|also)\s+an?\s+$")
_A_BEFORE = re.compile(r"\ban?\s+(?:(?!that\b|which\b|who\b|whom\b|whose\b)[a-z]+\s+)?$")
_NOUN_AFTER = re.compile(
    r"\s+(?!vot|veto|abstain|no\b|yes\b|nyet|delegat|ambassador|envoy|representative|and\b|or\b|"
    r"but\b|nor\b|had\b|has\b|have\b|was\b|were\b|is\b|are\b|did\b|does\b|then\b|also\b|"
    r"alone\b|itself\b)[a-z]+\b")
# ("the vote of Cuba, whose soldiers left Angola days ago, as well as those of A and B")
# "So were A, B and C, and elected members such as D, E and F": a kind, then its names
_AND_SUCH_AS = re.compile(r"\s*,?\s*(?:and|plus|as\s+well\s+as)\s+(?:the\s+|several\s+|some\s+)?"
                          r"(?:[a-z-]+\s+){0,2}?(?:members|countries|states|delegations)\s+"
                          r"(?:such\s+as|including|like)\s+(?:the\s+)?")
_DASH_GROUP = re.compile(r"\s+-+\s+(?:all\s+|both\s+)?")


def _list_end(text: str, lst: list[Item]) -> int:
    """Where the list's names end: "A, B and C -- all three permanent members, ..." names
    its members before the dash; the group after it restates them."""
    if len(lst) > 1 and lst[-1].kind == "group" and lst[-2].kind == "member" and (
            _DASH_GROUP.fullmatch(text, lst[-2].end, lst[-1].start)):
        return lst[-2].end
    return lst[-1].end


def _restated_end(text: str, lst: list[Item]) -> int | None:
    """Where the names end before a count that restates them after a comma ("Canada and
    Finland, two countries often counted among America's friends, and Brazil ...")."""
    if len(lst) > 2 and lst[-1].kind == "group" and lst[-1].count == len(lst) - 1 and all(
            it.kind == "member" for it in lst[:-1]) and text.startswith(",", lst[-2].end):
        return lst[-2].end
    return None


_IN_DASHES = re.compile(r"\s+-+\s+[a-z][^-;.:!?]*")
_IN_WHOSE = re.compile(r"\s*,\s*(?:whose|which|who)\b[^,;.:!?]*")
# ("China and Russia, whose negative votes amount to a veto, together with South Africa")
# ("The ten who stood with Africa were Benin, Libya and Mauritius from our own continent,
# together with India, Pakistan, ...": where the first names come from, then more of them)
_FROM_PLACE_AND = re.compile(r"\s+from\s+(?:our|their|its|the)\s+(?:own\s+)?(?:continent|region|"
                             r"part\s+of\s+the\s+world|side)\s*,?\s*(?:together\s+with|along\s+"
                             r"with|and|plus|as\s+well\s+as)\s+(?:the\s+)?")
_AND_FROM = re.compile(r"\s*(?:-+|,)?\s*and\s+(?:also\s+)?from\s+(?:the\s+)?")
_ASIDE_AND = re.compile(r"\s*,\s*[a-z][^,;.:!?]{0,60},\s*(?:and|plus|as\s+well\s+as|"
                        r"together\s+with|along\s+with)\s+"
                        r"(?:also\s+)?(?:(?:those|that)\s+of\s+)?"
                        # ("..., and our neighbours in the region, Japan and the Philippines")
                        r"(?:(?:our|its|their|the)\s+(?:[a-z-]+\s+){0,2}?(?:neighbou?rs|"
                        r"partners|allies|friends)(?:\s+(?:in|from|of)\s+(?:the\s+)?[a-z-]+"
                        r"(?:\s+[a-z-]+)?)?\s*(?:,|:|-+)\s*)?(?:the\s+)?"
                        # "A and B -- that is, every permanent member but one -- as well as
                        # by C and D"
                        r"|\s+-+\s+[a-z][^-;.:!?]{0,120}?\s+-+\s*(?:and|plus|as\s+well\s+as|"
                        r"together\s+with|along\s+with)\s+"
                        r"(?:by\s+)?(?:also\s+)?(?:the\s+)?"
                        # ("... -- together with the African members, A, B and C")
                        r"(?:(?:african|arab|asian|european|western|latin\s+american|non-aligned|"
                        r"elected|other)\s+members\s*,\s*)?"
                        # ("A and B and, -- the detail most remarked on -- C and D")
                        r"|\s*,?\s*and\s*,?\s*-+\s+[a-z][^-;.:!?]{0,80}?\s+-+\s*(?:the\s+)?"
                        # "... -- A, B and C -- as well as D and E": a list set off by dashes
                        # ("the votes of the five permanent members -- A, ... -- and of B")
                        r"|\s*-+\s*(?:and|plus|as\s+well\s+as)\s+(?:by\s+|of\s+)?(?:also\s+)?"
                        r"(?:the\s+)?"
                        # "voted in favour together with A and B, and with C and D"
                        r"|\s*,?\s*and\s+(?:also\s+)?(?:together\s+|along\s+)?with\s+"
                        # ("A, B and C, and with them D and E")
                        r"(?:them\s+)?(?:the\s+)?"
                        # "the votes of A, B and C, and of D"
                        r"|\s*,\s*and\s+(?:also\s+)?(?:of|from)\s+(?:the\s+)?"
                        # "the two Latin American members, A and B, and the two Commonwealth
                        # countries from Africa, C and D"
                        r"|\s*,\s*and\s+(?:the\s+)?(?:[\w-]+\s+){1,4}?(?:members|countries|states|"
                        r"nations|delegations)\b[^,;.:!?]{0,40},\s*(?:the\s+)?")
# "A and B sided with the Western powers in voting no": the verb after "in" gives the vote
_IN_VOTING = re.compile(r"\s+(?:the\s+)?[^,;.:]{0,50}?\s+in\s+$")
# "Voting with Britain were A, B and C": the members after "were" copy the one after "with"
_COPY_WERE = re.compile(r"\s+(?:were|was)\s+(?:the\s+)?")
# ("London, ..., and Washington, where Congress opened the door to chrome, both abstained")
_TRAIL_GAP = re.compile(r"\s*[,:;\-]?\s*|\s*,\s*(?:which|who|where|whose)\s[^,;:.]{1,100},\s*")
_DASH_OPEN = re.compile(r"\s+-{1,3}\s+(?:the\s+)?(?:(?:former|old|then|new)\s+)?")
_DASH_CLOSE = re.compile(r"\s-{1,3}\s+(?:[a-z]+\s+){0,2}$")
# a list that keeps another verb company, and a second verb of the same subject after it
_COMPANIONS = re.compile(r"\b(?:together|along|jointly)\s+with\s+(?:the\s+)?$")
_AND_VERB = re.compile(r"\s*,\s*and\s+(?:also\s+|then\s+)?")
_SUBJECT_OPENS = re.compile(r"[\s\"'\u201c]*(?:the\s+)?", re.I)
_NAMED_AMONG = re.compile(r"\s*(?:delegat(?:es?|ions?)|representatives?)?\s*,?\s*among\s+them\s*,"
                          r"\s*(?:while|whereas|but)\s+")
# ... "among them A and B, and none voted against": nobody is a subject too
_OWN_SUBJECT = re.compile(r"\b(?:they|he|she|we|none|nobody|no\s+one)\s+(?:[a-z]+\s+)?$")
# A stop in the gap between a list and its verb ends the sentence, unless it closes an
# initial or a title ("the USSR, A. A. Gromyko, cast a negative vote")
_GAP_STOP = re.compile(r"(?<!\b[a-z])(?<!\bmr)(?<!\bmrs)(?<!\bms)(?<!\bdr)(?<!\bsr)(?<!\bjr)\."
                       r"|[;:?!]")


# ("The three Western vetoes were cast again": a count of vetoes that is this vote's)
_CAST_NOW = re.compile(VETOES_CAST_NOW)
# (not "the two Western powers": two of the three, named elsewhere)
_WESTERN_P3 = re.compile(r"\b(?:the\s+)?(?:three\s+)?(?<!two\s)(?<!both\s)(?:western\s+permanent|"
                         r"permanent\s+western)\s+(?:members|powers)\b"
                         r"|\b(?:the\s+)?(?:three\s+)?(?<!two\s)(?<!both\s)western\s+powers\b"
                         # ("The three Western vetoes were cast again")
                         r"|\b(?:the\s+)?three\s+western(?=\s+vetoes\b)"
                         r"|\bthe\s+p3\b")
# (The five permanent members as a group are not named member by member: labels treat "the
# five permanent members voted in favour" like "all fifteen members", a count and no votes;
# ten of thirteen held-out sets that use the phrase leave the five out.)
_P3_ENTRIES = ((Entry("USA", "group"),), (Entry("GBR", "group"),), (Entry("FRA", "group"),))
# "The A3 again voted yes": Africa's three elected members of the year
_A3 = re.compile(r"\b(?:the\s+)?(?:three\s+)?(?:a3|a-3)(?![+\w])")
@cache
def _a3() -> tuple[tuple[Entry, ...], ...]:
    """For each of the three seats, the member holding it in each year (latest first, so a
    story with no date reads the current three)."""
    from unvotes import reference

    seats: list[list[Entry]] = [[], [], []]
    for y in range(date.today().year, 1965, -1):
        three = reference.african_elected(y)
        if len(three) == 3:
            for k, code in enumerate(three):
                seats[k].append(Entry(code, "group", date(y, 1, 1), date(y, 12, 31)))
    return tuple(tuple(s) for s in seats)


# the groups of permanent members a story may name for their members, and the word that
# must be in the clause before the pattern is worth trying
# "Both superpowers voted yes": the United States and the Soviet Union, while there were two
_SUPERPOWERS = re.compile(r"\b(?:both|the\s+two)\s+superpowers\b")
_SUPERPOWER_ENTRIES = ((Entry("USA", "group"),),
                       (Entry("SUN", "group", None, date(1991, 12, 24)),))
_OPENING_BESIDES = re.compile(r"(?:^|[.;:]\s+|\n)\W*(?:apart\s+from|besides|in\s+addition\s+to)\s+"
                              r"(?:the\s+)?$", re.I)
_BESIDES = re.compile(r"\b(?:besides|apart\s+from|other\s+than|except(?:\s+for)?)\s+$")
_NAMED_GROUPS = ((("western", "p3"), _WESTERN_P3, _P3_ENTRIES),
                 (("superpowers",), _SUPERPOWERS, _SUPERPOWER_ENTRIES))


# an open relative aside just before a position: ", which took the seat in December"
_SPACED_DASH = re.compile(r"\s-{1,3}\s")
ASIDE_OPEN = re.compile(r",\s*(?:which|who|whose)\b[^,.;:()]*$")
_ASIDE_CLOSE = re.compile(r"[^,.;:()]*,")
_APPOSITIVE_OPEN = re.compile(r",\s*(?:the|a|an)\s+[^,.;:()]*?\b(?:besides|except|from|than|like|"
                              r"apart\s+from|other\s+than)\s+(?:the\s+)?$"
                              # ("the United States and Britain, both contributors to the force
                              # in the Lebanese capital, as well as China")
                              r"|,\s*both\s+[^,.;:()]*?\b(?:in|of|to|from|with)\s+(?:the\s+)?$")
# (" side": "sided with", not "alongside Washington on North African questions")
_ASIDE_VOTE_WORDS = ("vot", "veto", "abstain", "back", "support", "oppos", "against", "favo",
                     "join", " side")


# (not ", and Russia": the aside is over and the main list goes on)
_AND_OR = re.compile(r"\b(?:and|or)\b")
_ASIDE_LIST_GOES_ON = re.compile(r"\s*,\s*(?!and\b)(?:the\s+)?|\s+(?:and|or)\s+(?:the\s+)?")


def _in_aside(text: str, lo: int, hi: int, m: Mention) -> bool:
    """Is ``m`` inside a closed relative aside that says nothing of votes ("China, which
    accounts for most of North Korea's trade, and Russia")? Such a member casts no vote
    and does not break the list around it."""
    # (as far back as a long aside may open: see _LONG_ASIDE)
    a = max(lo, m.start - 160)
    if "," not in text[a:m.start]:
        return False
    op = ASIDE_OPEN.search(text, a, m.start) if (
        "which" in text[a:m.start] or "who" in text[a:m.start]) else None
    if op is None:
        # "Panama, the only Latin American country on the Council besides Guyana, voted
        # against": a member after a preposition inside a noun's aside
        op = _APPOSITIVE_OPEN.search(text, a, m.start)
    cl = _ASIDE_CLOSE.match(text, m.end, min(hi, m.end + 80)) if op else None
    if op is None or cl is None or _SPACED_DASH.search(text, op.start(), m.start):
        # ("-- the Great Powers, whose agreement has been hard to obtain -- together with
        # Belgium, Canada": a dash closed the aside before the name)
        return False
    aside = text[op.start():cl.end()]
    return not any(w in aside for w in _ASIDE_VOTE_WORDS)


def _items(text: str, lo: int, hi: int, mentions: list[Mention],
           numbers: list[int] | None = None) -> list[Item]:
    items: list[Item] = []
    # "Britain's Lord Caradon": one item, the country's, spanning its envoy's name
    envoys = {m.start: m for m in mentions if m.kind == "envoy"}
    owned: set[int] = set()
    aside_end = 0
    for m in mentions:
        if not any(e.code for e in m.entries) or m.start in owned:
            continue
        end = m.end
        if (envoy := envoys.get(m.end + 3)) is not None and text.startswith("'s ", m.end):
            owned.add(envoy.start)
            end = envoy.end
        if (dl := _DATELINE_PLACE.match(text, m.end, hi)) and (
                m.start == lo or text[m.start - 1] == "\n") and m.end - m.start > 2 and (
                not _ASIDE_CLOSES.match(text, dl.end(), hi)):
            # "LONDON - Moscow vetoed ...": where the story was filed (not "Ethiopia --
            # Eritrea's neighbour -- voted in favour", an aside the dashes close)
            continue
        if (_DRAFTED.match(text, m.end, hi) or _HYPHENATED.match(text, m.end, hi)
                or ATTRIBUTIVE.match(text, m.end, min(hi, m.end + 60))):
            # "Russia's text", "the U.S.-drafted resolution", "French-Spanish text": drafters
            continue
        if items and items[-1].mention is not None and text.startswith("'s ", m.end) and (
                _APPOSITIVE_OWNER.fullmatch(text, items[-1].end, m.start)) and (
                not _SPEAKER_NOUN.match(text, m.end + 3, hi)):
            continue  # "as did Chile, Mexico's partner": Mexico owns the aside, casts no vote
        if (text.startswith("'s ", m.end) and _RELATION.match(text, m.end + 3, hi)) or (
                m.kind == "demonym" and _RELATION.match(text, m.end + 1, hi)
                # (not "our Finnish neighbours": the Finns themselves)
                and not text.endswith("our ", max(lo, m.start - 4), m.start)):
            # "Eritrea's neighbour voted in favour": the neighbour did, not Eritrea; so too
            # "Germany and Spain, both American allies, and Britain, America's closest, ..."
            continue
        if _A_BEFORE.search(text, max(lo, m.start - 25), m.start) and (
                _NOUN_AFTER.match(text, m.end, hi)) and not (
                # ("fourteen in favour, and once again a US abstention": a fact of the count,
                # not "had bet a dollar on a Danish abstention")
                text.startswith(" abstention", m.end)
                and _TOLD_ABSTENTION.search(text, max(lo, m.start - 30), m.start)):
            continue  # "a Congo argument", "a former Yugoslav republic": an adjective
        if _in_aside(text, lo, hi, m) or (aside_end and _ASIDE_LIST_GOES_ON.fullmatch(
                text, aside_end, m.start)):
            # "China, which buys most of North Korea's coal, and Russia voted yes"; the
            # aside's list goes on past its first comma ("Venezuela, which brokered the talks
            # with Colombia, Mexico and Spain, voted for it"); its "and" ends it ("France,
            # which has ties with Dakar and Bamako, the United States, ... voted for it")
            aside_end = 0 if aside_end and _AND_OR.search(text, aside_end, m.start) else m.end
            continue
        aside_end = 0
        if text.startswith(" time", m.end) and not text.startswith(" times", m.end):
            continue  # "Late last night, Malta time, the Council voted": a clock, no voter
        if text.startswith(":", m.end) and _VOTED_FOR_BEFORE.search(
                text, max(lo, m.start - 20), m.start):
            continue  # "voted for Japan: A, B, ...": the applicant, before the roll
        # ("the only country from the former Yugoslavia with a seat": the name a complement)
        at = m.start - 7 if text.endswith("former ", max(lo, m.start - 7), m.start) else m.start
        prep = (_PREPOSITION.search(text, max(lo, at - 14), at) is not None
                # "A and B, the Council's African members along with C, voted for it": C
                # belongs to the appositive
                or _APPOSITIVE_WITH.search(text, max(lo, at - 80), at) is not None) and (
            _SPOKESPEOPLE_OF.search(text, max(lo, m.start - 40), m.start) is None) and (
            # "the most closely watched hand belonged to China, which voted yes"
            _WHICH_VOTED.match(text, m.end, hi) is None) and not (
            # ("nine to two, for Poland joined the Soviet Union in voting against": "for" the
            # conjunction, its subject the member)
            _CONJUNCTION_BEFORE.search(text, max(lo, at - 8), at) is not None
            and _FINITE_AFTER.match(text, end) is not None)
        if items and items[-1].mention is not None and (
                items[-1].mention.kind == "envoy") and (_OF_GAP.fullmatch(
                text, items[-1].end, m.start) or (m.kind == "demonym" and text.startswith(
                "'s ", items[-1].end) and m.start == items[-1].end + 3)):
            # "Dr. Tsiang of China": the envoy's own country, one item with the name (so
            # "Hu Jintao of China and Dmitry Medvedev of Russia" is one list); so too "Mr.
            # Malik's Soviet delegation"
            items[-1] = Item(items[-1].start, end, "member", mention=m,
                             after_preposition=items[-1].after_preposition)
            continue
        items.append(Item(m.start, end, "member", mention=m, after_preposition=prep))
    seg = text[lo:hi]
    for words, pattern, members in _NAMED_GROUPS:
        # "the three Western permanent members", "the five permanent members": each member,
        # as one list (the first spans the words, the others sit where they end)
        if not any(w in seg for w in words):
            continue
        for gm in pattern.finditer(text, lo, hi):
            if _in_aside(text, lo, hi, Mention(gm.start(), gm.end(), (), "group")):
                continue  # "who has not spared his criticism of the Western powers"
            if _BESIDES.search(text, max(lo, gm.start() - 16), gm.start()):
                continue  # "the two members from the alliance besides the Western powers"
            if not any(i.start < gm.end() and gm.start() < i.end for i in items):
                s, e = gm.start(), gm.end()
                for k, entries in enumerate(members):
                    a, b = (s, e) if k == 0 else (e, e)
                    items.append(Item(a, b, "member", mention=Mention(a, b, entries, "group")))
    for gm in _A3.finditer(text, lo, hi) if "a3" in seg or "a-3" in seg else ():
        if not any(i.start < gm.end() and gm.start() < i.end for i in items):
            s, e = gm.start(), gm.end()
            for k, a3_entries in enumerate(_a3()):
                a, b = (s, e) if k == 0 else (e, e)
                items.append(Item(a, b, "member", mention=Mention(a, b, a3_entries, "group")))
    for n, s, e in find_count_groups(text, lo, hi, numbers) if numbers or (
            "nobody" in text[lo:hi]) else ():
        if any(i.start < e and s < i.end for i in items) or _BESIDES.search(
                text, max(lo, s - 16), s):
            continue
        if _DASH_BEFORE.search(text, max(lo, s - 4), s) and _DASH_AFTER.match(text, e, hi):
            continue  # "A, B, C and D -- four of the five permanent members -- and from E": aside
        # ("Every one of the eleven delegations voted for it": the group is the subject)
        prep = _PREPOSITION.search(text, max(lo, s - 14), s) is not None and (
            _EVERY_ONE_OF.search(text, max(lo, s - 20), s) is None)
        items.append(Item(s, e, "group", count=n, qualified=bool(_QUALIFIED.search(text, s, e)),
                          after_preposition=prep))
    for wm in _WHOLE_COUNCIL.finditer(text, lo, hi) if ("every" in seg or "each" in seg) else ():
        # "Every member of the council raised a hand for the text, A and B among them": the
        # whole Council, uncounted, as one side
        if not any(i.start < wm.end() and wm.start() < i.end for i in items):
            items.append(Item(wm.start(), wm.end(), "group"))
    for sm in _SPONSORS_REF.finditer(text, lo, hi) if (
            "sponsor" in seg or " own " in seg or "author" in seg or "drafter" in seg) else ():
        if any(i.start < sm.end() and sm.start() < i.end for i in items):
            continue
        if _AMONG_BEFORE.search(text, max(lo, sm.start() - 12), sm.start()):
            continue  # "Nigeria was among the co-sponsors, and A and B voted": not a subject
        items.append(Item(sm.start(), sm.end(), "sponsors"))
    if "rest" in seg or "other" in seg or "remaining" in seg or "else" in seg:
        for rm in _REST.finditer(text, lo, hi):
            if not any(i.start < rm.end() and rm.start() < i.end for i in items):
                items.append(Item(rm.start(), rm.end(), "rest"))
    items.sort(key=lambda i: i.start)
    return items


def _lists(text: str, items: list[Item]) -> list[list[Item]]:
    out: list[list[Item]] = []
    for it in items:
        if out and it.kind == "sponsors" and _IN_ADDITION_TO.fullmatch(
                text, out[-1][-1].end, it.start):
            # "Among those voting in favour were A, B and C, in addition to the sponsors"
            out[-1].append(it)
            continue
        if out and _LIST_SEP.match(text, out[-1][-1].end, it.start) and not (
                _AND_BOTH.search(text, out[-1][-1].end, it.start)) and not (
                # "voted on the draft on Burma, and China and Russia both voted no": the
                # object of a preposition, then the next clause's subject
                out[-1][-1].after_preposition and not it.after_preposition
                and _ENDS_COMMA_AND.search(text, out[-1][-1].end, it.start)) and not (
                # "Apart from Norway, the United Kingdom and the United States abstained": the
                # opening phrase's member, then the verb's subjects
                len(out[-1]) == 1 and text.startswith(",", out[-1][-1].end)
                and _OPENING_BESIDES.search(text, max(0, out[-1][0].start - 30),
                                            out[-1][0].start)):
            out[-1].append(it)
        else:
            out.append([it])
    return out


_IN_ADDITION_TO = re.compile(r"\s*,?\s*(?:in\s+addition\s+to|as\s+well\s+as|besides|(?:along|"
                             r"together)\s+with|and\s+also)\s+")
_AND_ALL_N = re.compile(r"\s*(?:-+\s*|,\s*)?and\s+(?:all|both)\s+(two|three|four|five)?\s*"
                        r"(?:of\s+them\s+)?(?:[a-z]+\s+){0,2}?$")
_ALL_OF_WHOM = re.compile(r"\s*,\s*(?:all|both|each)\s+of\s+(?:whom|which)\s+(?:also\s+)?")
_DRAFTERS_GO_ON = re.compile(r"\s*,?\s*(?:(?:together|along)\s+with|and)\s+(?:the\s+)?")
# "drafted by A and B, the two penholders, and both C and D voted for it": a new subject
_AND_BOTH = re.compile(r",\s*and\s+both\s+(?:the\s+)?$")
_DASH_BEFORE = re.compile(r"\s(?:-{1,3}|\u2014|\u2013)\s+$")
_DASH_AFTER = re.compile(r"[^-;.:\u2014\u2013]{0,30}?\s(?:-{1,3}|\u2014|\u2013)(?=\s)")
_SPELLED_OUT = re.compile(r"\s*(?::|-+|\()\s*(?:the\s+)?")
_COMMA_AND = re.compile(r"\s*,\s*and\s+(?:the\s+)?")
_ENDS_COMMA_AND = re.compile(r",\s*and\s+(?:the\s+)?$")


_AND_GAP = re.compile(r"\s+and\s+(?:the\s+)?")
_OTHER_SIDE_AFTER = re.compile(r"\s+(?:against|abstaining|opposed|dissenting|voting\s+(?:against|"
                               r"no)|not\s+voting"
                               # ("3 against, with Japan the only abstention")
                               r"|(?:as\s+)?the\s+(?:only|sole|lone|single)\s+(?:abstention|"
                               r"abstainer|vote\s+against|no\s+vote))\b")


def _comma_and(text: str, lst: list[Item]) -> int:
    """Where a list of members splits at ", and" with no comma before it (0: nowhere)."""
    gaps = [text[lst[k - 1].end:lst[k].start] for k in range(1, len(lst))]
    for k, gap in enumerate(gaps, 1):
        if "," in gap:
            if _COMMA_AND.fullmatch(gap):
                return k
            break
    # "... including A, B and C, and D and E abstained": a list's own "and" comes once, so
    # ", and" before another "and" opens a second list
    # ("... among them A, B and C, and D abstained": the first list has had its "and")
    for k, gap in enumerate(gaps, 1):
        if "," in gap and _COMMA_AND.fullmatch(gap) and any(
                "," not in g and _AND_GAP.fullmatch(g) for g in gaps[k:] + gaps[:k - 1]):
            return k
    return 0


_WHICH_OPENS = re.compile(r",\s*(?:which|who)\s+(?:had\s+|also\s+)?$")


def _main_verb_over_aside(text: str, cues: list[VoteCue]) -> list[VoteCue]:
    """Drop a vote word inside a relative aside when the clause's own verb follows it:
    "Switzerland, which abstained on the first amendment, switched to a yes" (the aside
    tells another text's vote)."""
    out = []
    for k, c in enumerate(cues):
        nxt = cues[k + 1] if k + 1 < len(cues) else None
        if nxt is not None and c.how == "pre" and nxt.how == "pre" and _WHICH_OPENS.search(
                text, max(0, c.start - 16), c.start) and "," in text[c.end:nxt.start]:
            continue
        out.append(c)
    return out


def attribute(text: str, lo: int, hi: int, mentions: list[Mention], cues: list[VoteCue],
              numbers: list[int] | None = None) -> list[Assignment]:
    """Member votes stated in the clause ``text[lo:hi]`` (lower case); ``numbers`` are
    where numbers start in the clause (counted groups: "the other nine members")."""
    cues = [c for c in cues if c.live]
    if len(cues) >= 2 and ", wh" in text[lo:hi]:
        cues = _main_verb_over_aside(text, cues)
    if not cues:
        return []
    lists = _lists(text, _items(text, lo, hi, mentions, numbers))
    if not lists:
        return []
    out: list[Assignment] = []
    used: set[int] = set()

    # 1. Lists introduced by the cue before them.
    for li, lst in enumerate(lists):
        first = lst[0]
        prev = None
        for c in cues:
            if c.end <= first.start:
                prev = c
            else:
                break
        if prev is None:
            continue
        # the cue must not be separated from the list by another list, unless that is the
        # group the names spell out ("along with all five permanent members -- A, B, ...")
        described = None
        spelled = False
        if li > 0 and lists[li - 1][-1].end > prev.end:
            between = lists[li - 1]
            group = between[0] if len(between) == 1 and between[0].kind == "group" else None
            # "won the votes of only four of the Council's eleven members: A, B, C and D":
            # the cue's own count, then as many members spelled out
            spelled = group is not None and group.end > prev.end and (
                group.start <= prev.end + 10) and group.count == len(lst) and (
                _SPELLED_OUT.fullmatch(text, group.end, first.start) is not None)
            if not spelled and (group is None or prev.how not in ("pre", "post") or not (
                    group.start > prev.end and (
                        _POST_GAP_VERB if prev.how == "pre" else _POST_GAP_NOUN).match(
                        text, prev.end, first.start) is not None)) and not (
                    # "voted for Libya, as did Pakistan and Turkey": the state voted for,
                    # then the members who voted as the subject did
                    prev.how == "pre" and len(between) == 1 and _OBJECT_GAP.fullmatch(
                        text, prev.end, between[0].start) is not None
                    and _AS_DID.fullmatch(text, between[0].end, first.start) is not None):
                continue
            described = li - 1
        # "two against, with Brazil and India abstaining": the list is the subject of the
        # verb right after it, not an object of the noun before it.
        following = next((c for c in cues if c.start >= lst[-1].end), None)
        if following is not None and following.how in (
                "pre", "veto", "block", "copy", "trail") and (
                _TIGHT.fullmatch(text, lst[-1].end, following.start)
                # ("and five delegations -- A, B and C -- abstained": the aside closes on the
                # verb its list is the subject of)
                or following.how == "pre" and _DASH_CLOSES.fullmatch(
                    text, lst[-1].end, following.start)):
            # "Poland voted against together with the Soviet Union, and Britain and France
            # abstained": the comma before "and" closes the first verb's list
            k = _comma_and(text, lst)
            if k and (prev.how == "pre" and (_POST_GAP_VERB.match(text, prev.end, first.start)
                                             # ("Two voted against, the Soviet Union and Poland,
                                             # and Australia abstained")
                                             or _COUNTED_NAMED.fullmatch(
                                                 text, prev.end, first.start) is not None)
                      # ("One vote was cast against it, that of the Soviet Union, and Poland
                      # abstained": the noun's name, then the verb's subject)
                      or prev.how == "post" and k == 1 and _POST_GAP_NOUN.match(
                          text, prev.end, first.start) is not None):
                out.append(Assignment(lst[:k], prev.vote, prev.how, prev.start, prev.end))
                lists[li] = lst[k:]
            elif prev.how == "post" and len(lst) >= 2 and _ALSO_AFTER.match(
                    text, lst[-1].end) and _BARE_COMMA.fullmatch(
                    text, lst[-2].end, lst[-1].start) and _POST_GAP_NOUN.match(
                    text, prev.end, first.start) is not None:
                # "rejected by the negative vote of the Soviet Union, the Ukraine also voting
                # against": the noun's member, then the subject of an absolute phrase
                out.append(Assignment(lst[:-1], prev.vote, prev.how, prev.start, prev.end))
                lists[li] = lst[-1:]
            continue
        gap_ok = False
        if spelled:
            gap_ok = True
        elif prev.how in ("post", "both", "vetopost"):
            gap_ok = _POST_GAP_NOUN.match(text, prev.end, first.start) is not None and not (
                # ("13 votes in favour, with the United States against": another side, told
                # as an absolute phrase)
                re.search(r"\bwith\s+(?:the\s+)?$", text[prev.end:first.start]) is not None
                and _OTHER_SIDE_AFTER.match(text, lst[-1].end) is not None)
        elif prev.how in ("veto", "block"):
            gap_ok = _POST_GAP_BY.match(text, prev.end, first.start) is not None or (
                _POST_GAP_VERB.match(text, prev.end, first.start) is not None)
        elif prev.how in ("pre", "trail"):  # ("... all abstained, and so did A and B")
            gap_ok = _POST_GAP_VERB.match(text, prev.end, first.start) is not None and not any(
                it.kind == "group" and it.count == 0 and _TIGHT.fullmatch(text, it.end, prev.start)
                for before in lists[:li] for it in before[-1:])
            if not gap_ok and prev.how == "pre" and _COUNTED_NAMED.fullmatch(
                    text, prev.end, first.start):
                # "Only two delegations voted against it, the Soviet Union and Poland": a
                # counted subject, then as many members named after a comma
                # ("Fourteen members voted in favour, all ten authors plus China, France,
                # Russia and Britain": the drafters, then the rest of the count)
                gap_ok = any(it.kind == "group" and (it.count == len(lst) or lst[0].kind == (
                    "sponsors") and (it.count or 0) > len(lst)) and _TIGHT.fullmatch(
                    text, it.end, prev.start) for before in lists[:li] for it in before[-1:])
            # ("Nobody abstained: all 15 members voted yes": a verb whose subject counts
            # none lists nobody after it)
        if gap_ok:
            how = {"vetopost": "veto", "trail": "pre"}.get(prev.how, prev.how)
            members = list(lst)
            used.add(li)
            if described is not None:
                used.add(described)
            # "So did A and B, hardly followers of Washington, and C and D": the list goes
            # on after an aside (and past a member the aside names after a preposition)
            k = li
            # ("... together with A and B and with C and D" needs no comma)
            while k + 1 < len(lists) and ("," in (g := text[lists[k][-1].end:lists[k + 1][0].start])
                                          or " with " in g or "-" in g or "; so did" in g):
                j = k + 1
                while j < len(lists) and all(it.after_preposition for it in lists[j]) and (
                        j + 1 < len(lists)):
                    j += 1
                end = _list_end(text, lists[k])
                gap = text[end:lists[j][0].start]
                if (named_end := _restated_end(text, lists[k])) is not None and (
                        _ASIDE_AND.fullmatch(text, named_end, lists[j][0].start)) and not (
                        _GROUP_WHO_AND.fullmatch(gap)):
                    end, gap = named_end, text[named_end:lists[j][0].start]
                if not (_ASIDE_AND.fullmatch(gap) or _AND_SO_DID.fullmatch(gap)
                        or _AND_SUCH_AS.fullmatch(gap) or _DASH_TOGETHER.fullmatch(gap) or (
                            # "It won eleven votes -- A, B and C, with D, E and F.": the
                            # names after "with" end the sentence, so they are no verb's
                            # subject but more of the side the dash opened
                            _WITH_TAIL.fullmatch(gap) and _DASH_OPENS_LIST.search(
                                text, max(prev.end - 8, first.start - 12), first.start)
                            and _SENTENCE_ENDS.match(text, lists[j][-1].end))
                        or _AND_GROUP_SPELLED.fullmatch(gap)
                        # ("came from the five permanent members -- A, B, C, D and E -- and
                        # from F, G and H": the verb's "from" said again)
                        or _AND_FROM.fullmatch(gap) and "from" in text[prev.start:prev.end]
                        or _FROM_PLACE_AND.fullmatch(gap) or (
                        lists[k][-1].kind == "group" and (
                            _GROUP_PLACE.fullmatch(gap) or _GROUP_WHO_AND.fullmatch(gap)))) or any(
                        end <= c.start < lists[j][0].start
                        # ("A, B and C -- all three permanent members, so that the text fell
                        # to a triple veto -- and D": a verdict inside the dashes is aside)
                        and not _IN_DASHES.fullmatch(text, end, c.start)
                        # (nor one in a relative aside: "China and Russia, whose negative
                        # votes amount to a veto, together with South Africa")
                        and not _IN_WHOSE.fullmatch(text, end, c.start)
                        for c in cues) or any(
                        c.how in ("pre", "veto", "block") and _TIGHT.fullmatch(
                            text, lists[j][-1].end, c.start) for c in cues):
                    break  # (not "- and Russia abstained": a verb's own subject)
                if end != lists[k][-1].end:
                    members.remove(lists[k][-1])  # (the group that restated them)
                members += lists[j]
                used.update(range(k + 1, j + 1))
                k = j
            out.append(Assignment(members, prev.vote, how, prev.start, prev.end))

    # 2. Verbs take the nearest free list before them (and lists chained to it).
    for ci, c in enumerate(cues):
        if c.how in ("post", "vetopost"):
            continue
        if c.how == "trail":
            # the list just before the verdict: "Britain, France, all yes"
            for li in range(len(lists) - 1, -1, -1):
                lst = lists[li]
                if lst[-1].end > c.start:
                    continue
                if li not in used and not lst[0].after_preposition and _TRAIL_GAP.fullmatch(
                        text, lst[-1].end, c.start):
                    out.append(Assignment(lst, c.vote, "pre", c.start, c.end))
                    used.add(li)
                break
            continue
        if c.how in ("vetonoun", "nounno"):
            # only a member glued to the noun: "a Russian veto", "China's veto"
            for li, lst in enumerate(lists):
                if li not in used and 0 <= c.start - lst[-1].end <= 4 and re.fullmatch(
                        r"(?:'s|')?\s*", text[lst[-1].end:c.start]):
                    out.append(Assignment(lst, "no", "veto" if c.how == "vetonoun" else "pre",
                                          c.start, c.end))
                    used.add(li)
                    break
            continue
        # (a bare noun that took no member is no verb between a list and this cue: "The
        # Soviet Union, which could have killed it with a veto, abstained")
        prev_cue = next((cues[j] for j in range(ci - 1, -1, -1) if cues[j].how not in (
            "vetonoun", "nounno") or any(a.cue_start == cues[j].start for a in out)), None)
        prev_cue_end = prev_cue.end if prev_cue is not None else lo
        cand = None
        for li in range(len(lists) - 1, -1, -1):
            lst = lists[li]
            if lst[-1].end > c.start:
                continue
            if lst[-1].end < prev_cue_end:
                break
            if lst[0].after_preposition and li not in used and (
                    am := _AND_ALL_N.match(text, lst[-1].end, c.start)) and (
                    members := [it for it in lst if it.kind == "member"]) and (
                    (number(am.group(1)) if am.group(1) else 2) == len(members)):
                # "drafted by the three African members -- A, B and C -- and all three voted
                # for it": the drafters, counted again as the verb's subject
                out.append(Assignment(members, c.vote, c.how, c.start, c.end))
                used.add(li)
                break
            if lst[0].after_preposition and li not in used and _ALL_OF_WHOM.fullmatch(
                    text, lst[-1].end, c.start):
                # "put forward by A together with B and C, all of whom voted for it": the
                # drafters, every one of them the verb's subject
                k = li
                while k > 0 and (k - 1) not in used and _DRAFTERS_GO_ON.fullmatch(
                        text, lists[k - 1][-1].end, lists[k][0].start):
                    k -= 1
                out.append(Assignment([it for j in range(k, li + 1) for it in lists[j]
                                       if it.kind == "member"], c.vote, c.how, c.start, c.end))
                used.update(range(k, li + 1))
                break
            if li in used or lst[0].after_preposition:
                continue
            if li > 0 and len(lst) == 1 and lst[0].kind == "group" and (
                    lst[0].count == len(lists[li - 1])) and _APPOSITION.fullmatch(
                    text, lists[li - 1][-1].end, lst[0].start):
                continue  # "A, B, C and D - the four powers whose ...": the list named again
            gap = text[lst[-1].end:c.start]
            if _NAMED_AMONG.match(gap):
                continue  # "Ten voted for it, A and B among them, while five abstained"
            if _GAP_STOP.search(gap) or _OWN_SUBJECT.search(gap):
                break
            if ("," in gap or "-" in gap) and _IN_ASIDE.search(
                    text, max(lo, lst[0].start - 140), lst[0].start):
                # "Britain - whose Queen is Grenada's head of state - abstained": the aside
                # closes before the verb (in "which the 14 other members backed" it does not)
                continue
            if li > 0 and len(lst) == 1 and lst[0].kind == "member" and (
                    lists[li - 1][-1].kind == "member") and _THE_APPOSITIVE.fullmatch(
                    text, lists[li - 1][-1].end, lst[0].start) and _APPOSITIVE_CLOSES.fullmatch(
                    text, lst[-1].end, c.start):
                # "Slovenia, the only former Yugoslav republic now on the Council, voted in
                # favour": the name inside the appositive describes the member before it
                continue
            if li > 0 and len(lst) == 1 and lst[0].kind == "member" and (
                    len(prior := lists[li - 1]) > 1) and (
                    counted := prior[-1]).kind == "group" and (
                    counted.count == len(prior) - 1) and _COMMA.fullmatch(
                    text, prior[-2].end, counted.start) and _APPOSITIVE_GOES_ON.fullmatch(
                    text, counted.end, lst[0].start) and _APPOSITIVE_CLOSES.fullmatch(
                    text, lst[-1].end, c.start):
                # "South Africa and Burkina Faso, the two African members this year besides
                # Libya, voted yes": the count restates them, and the name after it is aside
                lists[li - 1] = lists[li - 1][:-1]
                continue
            if li > 0 and "-" in gap and len(lst) == 1 and lst[0].kind == "member" and (
                    lists[li - 1][-1].kind == "member") and _DASH_OPEN.fullmatch(
                    text, lists[li - 1][-1].end, lst[0].start) and _DASH_CLOSE.search(gap):
                # "Burkina Faso -- the former Upper Volta -- voted for": a name between
                # dashes restates the member before them
                continue
            if li > 0 and _COMPANIONS.search(text, max(lo, lst[0].start - 16), lst[0].start) \
                    and _AND_VERB.fullmatch(gap) and 0 not in used \
                    and _SUBJECT_OPENS.fullmatch(text, lo, lists[0][0].start) \
                    and not _GAP_STOP.search(text, lists[0][-1].end, c.start):
                # "Uganda co-sponsored the text together with A, B and C, and voted for it":
                # those are the first verb's companions; the clause's subject votes
                cand = 0
                break
            if len(gap) > _MAX_PRE_GAP and not _LONG_ASIDE.fullmatch(gap) and not (
                    # (the gap is a long list of names after "with", closed by the dashes)
                    li + 1 < len(lists) and _WITH_TAIL.fullmatch(
                        text, lst[-1].end, lists[li + 1][0].start) and _DASH_CLOSES.fullmatch(
                        text, lists[li + 1][-1].end, c.start)):
                break
            cand = li
            break
        if cand is None and ci > 0 and c.how == "pre" and c.vote in ("no", "abstain") and (
                out and out[-1].cue_end == cues[ci - 1].end and len(out[-1].items) == 1
                and out[-1].items[0].kind == "group" and out[-1].items[0].count == 0
                and _OR_VERB.fullmatch(text, cues[ci - 1].end, c.start)):
            # "no member voted against or abstained": nobody did either
            out.append(Assignment(out[-1].items, c.vote, c.how, c.start, c.end))
            continue
        if cand is None:
            if c.vote == "copy":
                _copy_were(text, c, lists, used, out) or _copy_told(text, c, lists, used, out)
            continue
        chain = [cand]
        k = cand
        while k > 0 and (k - 1) not in used and _CHAIN.match(text, lists[k - 1][-1].end,
                                                             lists[k][0].start):
            if lists[k - 1][-1].end < prev_cue_end or (
                    lists[k - 1][-1].after_preposition and not lists[k][0].after_preposition):
                break
            k -= 1
            chain.append(k)
        tail = cand + 1
        if tail < len(lists) and tail not in used and lists[tail][-1].end <= c.start and (
                _WITH_TAIL.fullmatch(text, lists[cand][-1].end, lists[tail][0].start)) and (
                _DASH_CLOSES.fullmatch(text, lists[tail][-1].end, c.start)):
            # "The other fourteen -- including A, B and C, with D, E and F -- voted yes": the
            # names after "with" inside the dashes are of the same side
            chain.append(tail)
        if tail < len(lists) and tail not in used and lists[tail][-1].end <= c.start and (
                _JOINED_BY_ASIDE.fullmatch(text, lists[cand][-1].end, lists[tail][0].start)) and (
                _ASIDE_SHUTS.fullmatch(text, lists[tail][-1].end, c.start)):
            # "Russia, joined by China, vetoed the draft": those who joined voted alike
            chain.append(tail)
        members = [it for li in sorted(chain) for it in lists[li]]
        used.update(chain)
        a = Assignment(members, c.vote, c.how, c.start, c.end)
        nxt = cues[ci + 1] if ci + 1 < len(cues) else None
        if c.vote == "copy" and nxt is not None and nxt.how == "pre" and nxt.vote != "copy" and (
                _IN_VOTING.fullmatch(text, c.end, nxt.start)):
            # "sided with the Western powers in voting no": the members voted no, and so
            # did those the "with" names
            withs = [li for li, lst in enumerate(lists)
                     if li not in used and c.end <= lst[0].start < nxt.start]
            used.update(withs)
            members += [it for li in withs for it in lists[li]]
            out.append(Assignment(members, nxt.vote, nxt.how, nxt.start, nxt.end))
            continue
        if c.vote == "copy":
            # "South Africa, Libya and Vietnam sided with Moscow and Beijing"
            for li, lst in enumerate(lists):
                if li not in used and lst[0].start >= c.end and _WITH_WHOM.fullmatch(
                        text, c.end, lst[0].start):
                    a.copy_from = lst
                    used.add(li)
                    for k in range(li + 1, min(li + 3, len(lists))):
                        if k not in used and _AS_DID_ALSO.fullmatch(
                                text, lst[-1].end, lists[k][0].start):
                            # "China voted with the United States, as did Japan", "as did
                            # the leaders of the ten elected members: A, B, ...": those too
                            a.items = members + lists[k]
                            used.update(range(li + 1, k + 1))
                            break
                    break
            n = members[0].count if len(members) == 1 and members[0].kind == "group" else 0
            if n and len(a.copy_from) == n + 1 and _COLON_GAP.fullmatch(
                    text, a.copy_from[0].end, a.copy_from[1].start):
                # "Three other countries lined up with the Kremlin: Jordan, Bulgaria and
                # Mali": the group the count named, spelled out after the colon
                a.items, a.copy_from = a.copy_from[1:], a.copy_from[:1]
            if a.copy_from and (sm := _WITH_WHOM_SIDE.match(text, a.copy_from[-1].end, hi)):
                # "Canada voted with the United States, Britain and France ... against three
                # resolutions": the side they took together, told after the names
                taken = "no" if sm.group("side") == "against" else "yes"
                out.append(Assignment(a.items + a.copy_from, taken, "pre", c.start, c.end))
                continue
            if not a.copy_from:
                told = out[-1].vote if out else None
                if told in ("yes", "no", "abstain") and (_WITH_THEM.match(
                        text, c.end, hi) or " done " in text[c.start:c.end] or (
                        text.startswith("followed", c.start))):
                    # "Britain, France and the United States also raised their hands, and
                    # the Soviet Union voted with them"
                    out.append(Assignment(members, told, "pre", c.start, c.end))
                continue
        out.append(a)
    seg = text[lo:hi]
    if " joined " in seg and " by " in seg:
        # "A, B and C voted in favour, and they were joined by D and E": D and E voted as
        # the members just told did
        for jm in _THEY_JOINED_BY.finditer(text, lo, hi):
            sides = [x for x in out if x.cue_end <= jm.start() and x.vote in (
                "yes", "no", "abstain")]
            ahead = next((k for k, lst in enumerate(lists) if k not in used
                          and lst[0].start >= jm.end()), None)
            if sides and ahead is not None and _TIGHT.fullmatch(
                    text, jm.end(), lists[ahead][0].start):
                joined = list(lists[ahead])
                used.add(ahead)
                k = ahead
                while k + 1 < len(lists) and k + 1 not in used and _AND_ALSO_BY.fullmatch(
                        text, lists[k][-1].end, lists[k + 1][0].start):
                    # "..., joined by A, B and C, and also by D and E": those too
                    k += 1
                    joined += lists[k]
                    used.add(k)
                out.append(Assignment(joined, sides[-1].vote, "pre", jm.start(), jm.end()))
                subject = ahead - 1
                if jm.group("being") and subject >= 0 and subject not in used and (
                        lists[subject][-1].end > sides[-1].cue_end) and _TIGHT.fullmatch(
                        text, lists[subject][-1].end, jm.start()):
                    out.append(Assignment(lists[subject], sides[-1].vote, "pre", jm.start(),
                                          jm.end()))
                    used.add(subject)
    if "," in seg or ":" in seg:
        _counted_then_named(text, lists, used, out)
    if " with them " in seg:
        # "A, B and C supported the inquiry, and with them D, E and F": those too
        for wm in _AND_WITH_THEM.finditer(text, lo, hi):
            sides = [x for x in out if x.cue_end <= wm.start() and x.vote in (
                "yes", "no", "abstain")]
            ahead = next((k for k, lst in enumerate(lists) if k not in used
                          and lst[0].start >= wm.end()), None)
            if sides and ahead is not None and lists[ahead][0].start == wm.end():
                out.append(Assignment(lists[ahead], sides[-1].vote, "pre", wm.start(), wm.end()))
                used.add(ahead)
    if " from " in seg and " to " in seg:
        # "Every member raised a hand for it, from the United States and Britain to the Soviet
        # Union and Poland": the ends of a range of the side just counted
        for li in range(len(lists) - 1):
            start_of, end_of = lists[li], lists[li + 1]
            if li in used or li + 1 in used or not _FROM_BEFORE.search(
                    text, max(lo, start_of[0].start - 16), start_of[0].start) or not (
                    _TO_GAP.fullmatch(text, start_of[-1].end, end_of[0].start)):
                continue
            side = [x for x in out if x.items and all(i.kind == "group" for i in x.items)
                    and x.items[-1].end <= start_of[0].start]
            if side:
                out.append(Assignment(start_of + end_of, side[-1].vote, "pre",
                                      side[-1].cue_start, side[-1].cue_end))
                used.update((li, li + 1))
    for rest in list(out) if ("-" in seg or ":" in seg) else ():
        # "Norway voted in favour, as did all the others -- the Soviet Union and Czechoslovakia
        # alongside Britain, and the elected members such as Brazil": the rest, spelled out
        if len(rest.items) != 1 or rest.items[0].kind not in ("rest", "group"):
            continue
        at = next((k for k, lst in enumerate(lists) if lst[-1] is rest.items[0]), None)
        if at is None or at + 1 >= len(lists) or (at + 1) in used or not _REST_SPELLED.fullmatch(
                text, rest.items[0].end, lists[at + 1][0].start):
            continue
        k = at + 1
        named = list(lists[k])
        used.add(k)
        while k + 1 < len(lists) and (k + 1) not in used and _REST_GOES_ON.fullmatch(
                text, lists[k][-1].end, lists[k + 1][0].start):
            k += 1
            named += lists[k]
            used.add(k)
        out.append(Assignment(named, rest.vote, "pre", rest.cue_start, rest.cue_end))
    if (" with " in seg and ("together" in seg or "along" in seg)) or " company of " in seg:
        _voted_together_with(text, hi, cues, lists, used, out)
    if "among them" in seg or "includ" in seg or (", from " in seg and " to " in seg):
        # "All eleven members voted for it, the Soviet Union and China among them", "All
        # fifteen voted for each of the three texts, including France": the names belong to
        # the side just counted
        ranged = -1  # the list a ", from" opened: its "to" closes the range
        for li, lst in enumerate(lists):
            from_ = None
            if li in used or not (_AMONG_THEM_AFTER.match(text, lst[-1].end, hi) or (
                    _INCLUDING_BEFORE.search(text, max(lo, lst[0].start - 14), lst[0].start))
                    or _AMONG_GROUP_SPELLED.search(text, max(lo, lst[0].start - 160),
                                                   lst[0].start)
                    or (from_ := _FROM_BEFORE.search(text, max(lo, lst[0].start - 8),
                                                     lst[0].start)) is not None
                    or ranged == li - 1 and _RANGE_TO.fullmatch(
                        text, lists[li - 1][-1].end, lst[0].start)):
                continue
            if from_ is not None:
                ranged = li
            # (the side counted nearest before the names, whatever order the verbs were read)
            side = sorted((a for a in out if a.items and all(
                i.kind in ("group", "rest") for i in a.items) and a.items[-1].end <= lst[0].start),
                key=lambda a: a.items[-1].end)
            if side and "sponsor" in text[side[-1].items[-1].end:lst[0].start]:
                side = []  # "voted for the text, which was co-sponsored by ..., among them A"
            if side:
                out.append(Assignment(lst, side[-1].vote, "pre", side[-1].cue_start,
                                      side[-1].cue_end))
                used.add(li)
                if li + 1 < len(lists) and li + 1 not in used and _AMONG_THEM_THEN.fullmatch(
                        text, lst[-1].end, lists[li + 1][0].start) and _TOO_AFTER.match(
                        text, lists[li + 1][-1].end):
                    # "Nine delegations voted yes, Cuba among them, and Argentina too"
                    out.append(Assignment(lists[li + 1], side[-1].vote, "pre",
                                          side[-1].cue_start, side[-1].cue_end))
                    used.add(li + 1)
                # ("Every member voted in favour, Jacob Malik of the Soviet Union and the
                # Nationalist Chinese representative among them": the list's first part)
                k = li - 1
                while k >= 0 and k not in used and _AMONG_LIST_GAP.fullmatch(
                        text, lists[k][-1].end, lists[k + 1][0].start) and (
                        lists[k][0].start > side[-1].cue_end):
                    out.append(Assignment(lists[k], side[-1].vote, "pre", side[-1].cue_start,
                                          side[-1].cue_end))
                    used.add(k)
                    k -= 1
    if "been " in seg or "was " in seg or "were " in seg:
        out = _passive_agents_only(text, out)
    return out


# "The resolution -- the one the Foreign Office has been nursing -- had been vetoed by the
# Soviet Union": the verb is passive, its agent after "by"; a member before it is no voter
_PASSIVE_BEFORE = re.compile(r"\b(?:been|was|were)\s+$")
_AGENT_LATER = re.compile(r"[^.;]{0,80}?\bby\b")


def _passive_agents_only(text: str, out: list[Assignment]) -> list[Assignment]:
    agents = {a.cue_start for a in out if a.how == "veto" and a.items
              and a.items[0].start > a.cue_end and text.startswith("by ", a.cue_end + 1)}
    return [a for a in out if not (
        (a.cue_start in agents or text.startswith("vetoed", a.cue_start)
         and not _AGENT_LATER.match(text, a.cue_end))
        # ("The French plan for a census was vetoed on Tuesday": what was vetoed, its agent
        # told elsewhere or not at all)
        and a.items and a.items[-1].end < a.cue_start
        and _PASSIVE_BEFORE.search(text, max(0, a.cue_start - 6), a.cue_start))]


# "Two voted against it, the Soviet Union and the Ukraine.": the count's members, named last
_NAMED_AFTER_CUE = re.compile(r"(?:\s+(?:it|them))?\s*(?:,|:|-{1,3}|\u2014)\s*(?:the\s+)?")
_CLAUSE_CLOSES = re.compile(r"\s*(?:[.;]|$)")


def _counted_then_named(text: str, lists: list[list[Item]], used: set[int],
                        out: list[Assignment]) -> None:
    for a in list(out):
        if a.how != "pre" or len(a.items) != 1 or a.items[0].kind != "group" or (
                not a.items[0].count or a.items[0].end > a.cue_start):
            continue
        m = _NAMED_AFTER_CUE.match(text, a.cue_end)
        if m is None:
            continue
        k = next((k for k, lst in enumerate(lists) if lst[0].start == m.end()), None)
        if k is None or k in used or len(lists[k]) != a.items[0].count or any(
                it.kind != "member" for it in lists[k]) or not _CLAUSE_CLOSES.match(
                text, lists[k][-1].end):
            continue
        out.append(Assignment(lists[k], a.vote, "pre", a.cue_start, a.cue_end))
        used.add(k)


# "Our delegation voted in favour, as instructed, together with all other members of the
# European Union on the Council -- A, B, C and D -- and with Russia and China"
# ("Australia abstained, in the company of Britain and Denmark")
# ("voted in favour all three times, together with India and the Soviet Union")
_TOGETHER_WITH = re.compile(r"(?:" + _EACH_AFTER + r")?"
                            r"\s*(?:,[^,;.:]{1,40},\s*|,\s*|\s)(?:(?:together|along)\s+with|"
                            r"in\s+the\s+company\s+of)\s+(?:the\s+)?")
_COMPANIONS_SPELLED = re.compile(r"(?:[^;.:-]{0,80}?\s(?:-{1,3}|\u2014|:)\s*)?(?:the\s+)?")
_COMPANIONS_GO_ON = re.compile(r"\s*(?:-{1,3}|\u2014)?\s*,?\s*and\s+(?:also\s+)?with\s+(?:the\s+)?")


def _voted_together_with(text: str, hi: int, cues: list[VoteCue], lists: list[list[Item]],
                         used: set[int], out: list[Assignment]) -> None:
    """The members a vote was cast "together with" share it."""
    for a in cues:
        if a.vote not in ("yes", "no", "abstain") or a.how != "pre":
            continue
        m = _TOGETHER_WITH.match(text, a.end, hi)
        if m is None:
            continue
        k = next((k for k, lst in enumerate(lists) if lst[0].start >= m.end()), None)
        if k is None or k in used or not _COMPANIONS_SPELLED.fullmatch(
                text, m.end(), lists[k][0].start):
            continue
        named = list(lists[k])
        used.add(k)
        while k + 1 < len(lists) and (k + 1) not in used and _COMPANIONS_GO_ON.fullmatch(
                text, lists[k][-1].end, lists[k + 1][0].start):
            k += 1
            named += lists[k]
            used.add(k)
        out.append(Assignment(named, a.vote, "pre", a.start, a.end))


_REST_SPELLED = re.compile(r"\s*(?:-{1,3}|:|\u2014|\u2013)\s*(?:the\s+)?")
_REST_GOES_ON = re.compile(r"\s*,?\s*(?:and\s+)?(?:also\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                           r"(?:members?|countries)\s+(?:such\s+as|including|like)\s+(?:the\s+)?"
                           r"|\s*,?\s*(?:and|as\s+well\s+as|alongside|with)\s+(?:the\s+)?")
_COMMA = re.compile(r"\s*,\s*")
_APPOSITIVE_GOES_ON = re.compile(r"(?:\s+[\w-]+){0,8}\s+")
_THE_APPOSITIVE = re.compile(r"\s*,\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,7}")
_OR_VERB = re.compile(r"\s+(?:or|nor)\s+(?:even\s+)?")
_APPOSITIVE_CLOSES = re.compile(r"(?:\s+[\w'-]+){0,6}\s*,\s*(?:[a-z]+\s+){0,2}")
_TO_GAP = re.compile(r"\s+to\s+(?:the\s+)?")
_AMONG_LIST_GAP = re.compile(r"\s*,?\s+and\s+(?:the\s+)?(?:[a-z]+\s+)?")


# ("Voting against were the three Western permanent members, joined by A and B")
# ("Nine members voted for it, the six authors being joined by A, B and C": both)
_THEY_JOINED_BY = re.compile(r"(?:\b(?:they|it)\s+(?:was|were)\s+(?:also\s+)?|,\s*|(?P<being>"
                             r"\bbeing\s+))joined\s+"
                             # ("abstained, joined this time by Cameroon")
                             r"(?:(?:this|that)\s+time\s+|now\s+|again\s+)?by\s+(?:the\s+)?")
_AND_WITH_THEM = re.compile(r",\s*(?:and\s+)?(?:along\s+|together\s+)?with\s+them\s*,?\s+"
                            r"(?:(?:were|was|came|went)\s+)?(?:the\s+)?")
_INCLUDING_BEFORE = re.compile(r"(?:,|-+|\()\s*(?:including|among\s+them)\s+(?:the\s+)?$")
# ("Everyone else, from Belgium, Italy and Slovakia to South Africa and Indonesia, voted yes":
# the range's two ends)
_FROM_BEFORE = re.compile(r",\s*from\s+(?:the\s+)?$")
_RANGE_TO = re.compile(r"\s+to\s+(?:the\s+)?")
# "..., among them the Emirates, which holds the Arab seat, and all five permanent members --
# the United States, ...": a group the side includes, spelled out
_AMONG_GROUP_SPELLED = re.compile(
    r"\b(?:among\s+them|including)\b[^.;:]{0,100}?\b(?:and\s+)?(?:all\s+)?(?:the\s+)?"
    r"(?:five|three|four|two|other)?\s*(?:permanent\s+|elected\s+|african\s+|western\s+)?"
    r"(?:members|powers)\s*(?:-+|:)\s*(?:the\s+)?$")
_AMONG_THEM_THEN = re.compile(r"\s*(?:(?:were|was)\s+)?(?:also\s+)?among\s+them\s*,\s*and\s+"
                              r"(?:the\s+)?")
_TOO_AFTER = re.compile(r"\s+(?:too|as\s+well|also)\b")
_AMONG_THEM_AFTER = re.compile(
    r"(?:\s+(?:representative|delegate|delegation|ambassador)s?)?"
    r"\s*(?:(?:were|was)\s+)?(?:also\s+)?among\s+them\b"
    # ("All fifteen members voted for it, Belgium included")
    r"|\s+included\s*(?:[.;]|$)")


_WITH_THEM = re.compile(r"\s*(?:them|it|him|her)\b")


def _copy_were(text: str, c: VoteCue, lists: list[list[Item]], used: set[int],
               out: list[Assignment]) -> bool:
    """"Voting with Britain were A, B and C": A, B and C voted as Britain did."""
    for li, lst in enumerate(lists):
        if li in used or lst[0].start < c.end:
            continue
        if not re.fullmatch(r"[\s,]*(?:the\s+)?", text[c.end:lst[0].start]):
            return False
        if li + 1 < len(lists) and li + 1 not in used and _COPY_WERE.fullmatch(
                text, lst[-1].end, lists[li + 1][0].start):
            out.append(Assignment(lists[li + 1], c.vote, c.how, c.start, c.end, copy_from=lst))
            used.update((li, li + 1))
            return True
        return False
    return False


# (", which have in the past blocked sanctions against Pretoria,": an aside before the verb)
_ASIDE_ONLY = re.compile(r"\s*(?:,\s*(?:which|who)\b[^;:]{1,100}?,)?\s*(?:also\s+)?")


def _copy_told(text: str, c: VoteCue, lists: list[list[Item]], used: set[int],
               out: list[Assignment]) -> bool:
    """"All fifteen raised their hands -- A and B, which ..., voted alongside C and D": the
    subject's vote is told already, and those it voted alongside cast the same."""
    # (not "against Pretoria" inside the aside: a complement, no voter)
    before = next((li for li in range(len(lists) - 1, -1, -1)
                   if lists[li][-1].end <= c.start and not lists[li][0].after_preposition), None)
    if before is None or before not in used or not _ASIDE_ONLY.fullmatch(
            text, lists[before][-1].end, c.start):
        return False
    told = {a.vote for a in out if any(it is lists[before][0] for it in a.items)}
    if len(told) != 1 or not told <= {"yes", "no", "abstain"}:
        return False
    for li, lst in enumerate(lists):
        if li not in used and lst[0].start >= c.end and re.fullmatch(
                r"[\s,]*(?:the\s+)?", text[c.end:lst[0].start]):
            out.append(Assignment(lst, told.pop(), "pre", c.start, c.end))
            used.add(li)
            return True
    return False
