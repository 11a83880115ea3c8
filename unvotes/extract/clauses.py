"""One clause at a time: everything a clause says about a vote, before deciding which vote.

A sentence is cut into clauses at semicolons and where a new draft becomes the subject
(", and two Russian-drafted texts then failed ..."). Each clause yields its outcome words,
tallies and counts, member votes, drafters, symbols, dates, and the cues that tell the
event builder whether it speaks of a new draft ("then voted on", "a second text", "its own
text") or of one already seen ("the American draft", "Moscow's text", "the final text").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from . import cues as cue_mod
from .actors import Mention
from .cues import ATTRIBUTIVE, DRAFT_NOUN, Cue
from .dates import DateMention, find_dates
from .lexicon import Finder
from .numbers import (
    NUM,
    SPOKEN_PAIRS,
    Count,
    find_counts,
    find_tallies,
    number,
    number_starts,
    spoken_pairs,
)
from .sentences import Sentence, Text
from .votes import (
    ASIDE_OPEN,
    SAME_AS_TOLD,
    Assignment,
    Item,
    VoteCue,
    attribute,
    scan_votes,
    vote_cues,
)

__all__ = ["Clause", "analyse_clauses"]

_CLAUSE_BREAK = re.compile(
    # "recommended Guinea for membership and then saw two applications vetoed": a sequence
    r",?\s+and\s+then\s+(?=(?:saw|watched|rejected|vetoed|voted|adopted|passed|approved|"
    r"turned|blocked|killed|defeated)\b)|"
    # (", and so did the draft concerning Cambodia (S/2760)": the next text, a clause of its own)
    r";\s+(?!so\s+did\b)|,\s+(?:and|while|but|whereas)\s+(?=(?:so\s+did\s+)?(?:the|a|an|two|three|both|its|their|another|"
    r"[\w-]+'s)\s+(?:[\w-]+\s+){0,3}?(?:draft|text|resolution|amendment|proposal)s?\b)|"
    # "... in resolution 831, which passed 14-0, and in resolution 832 unanimously enlarged"
    # ("... for six months (resolution 2257), and, in resolution 2258, again by fifteen to
    # none, to renew ...")
    r",\s+(?:and|while|but|whereas)\s*,?\s+(?=(?:(?:in|with|by|under|through)\s+)?resolution\s+\d)|"
    # "The Assembly adopted its resolution, and the Council followed with two texts": the
    # other body's act is a clause of its own
    r",\s+(?:and|while|but|whereas)\s+(?=the\s+(?:security\s+council|general\s+assembly|council|"
    r"assembly)\s+(?!(?:draft|text|resolution|vote)s?\b))|"
    # "voted on Sunday to convene the Assembly, after Moscow had used its veto on Friday to
    # block a draft": the earlier vote the story tells too, a clause of its own
    r",\s+(?=after\s+(?:[\w'-]+\s+){1,4}?had\s+(?:\w+\s+)?(?:vetoed|used\s+(?:its|their|his)\s+"
    r"veto|cast\s+(?:a|its|their|his)\s+veto|blocked|rejected)\b)",
    re.I,
)
_VOTES_IN_A_ROW = (r"(?:negative\s+votes|vetoes|\"?no\"?\s+votes)(?=\s+(?:in\s+a\s+row|one\s+"
                   r"after\s+(?:the\s+)?another|in\s+succession|in\s+quick\s+succession)\b)")
_PLURAL = re.compile(
    # "one of the longest texts it has produced" is one text, not several (nor is "to enforce
    # resolution 660 and the texts that followed" 660 texts)
    rf"\b(?!one\s+of\b)(?:(?<!resolution\s)(?<!resolutions\s)(?<!res\.\s){NUM}|several|many|numerous|dozens|both|rival|competing|separate|twin|these|"
    r"those)\s+(?:[\w-]+\s+){0,3}?(?:draft\s+resolutions|drafts|texts|resolutions|proposals|"
    rf"amendments)\b"
    # ("After a long sitting the Council took three votes yesterday")
    rf"|\b(?:took|held)\s+(?:{NUM})\s+(?:separate\s+)?votes\b"
    # ("vetoed applications for UN membership from both Vietnamese states")
    r"|\bapplications\s+(?:for\s+(?:un\s+|united\s+nations\s+)?membership\s+)?(?:from|of|by)\s+"
    r"(?:both|the\s+two|two)\b"
    # "Both votes were unanimous." (not "nine votes": a count)
    # ... (not "The two votes were cast by Russia and China": two members' votes)
    # ("The other two votes were unanimous -- fifteen-nil each time")
    r"|\b(?:both|the\s+(?:other\s+)?(?:two|three|four)|all\s+(?:three|four|five))\s+votes\s+were\s+"
    r"unanimous\b"
    # "the Soviet delegate cast three negative votes in a row": one on each of three texts
    r"|\b(?:two|three|four)\s+" + _VOTES_IN_A_ROW +
    # "the Soviet Union has used its veto twice to block Western proposals"
    r"|\bveto(?:ed|es)?\b(?:\s+[\w-]+){0,3}?\s+(?:twice|three\s+times|four\s+times)\b"
    # (not "A, B and C, all of them among the drafters, voted": members, not texts)
    # ("One of them, document S/980, received four votes": one text, not several)
    rf"|\b(?!one\s+of\b)(?:{NUM}|all|most|some|each)\s+of\s+(?:them|these|those)\b"
    r"(?!\s+among\b)"
    # (not "each of them holds a veto": members with the power, no texts)
    r"(?!\s+(?:holds?|has|have|wields?|possess(?:es)?|enjoys?)\s+(?:a|the)\s+veto\b)"
    # (nor "three members voted against ..., and each of those was a veto": votes, not texts)
    # ... "and each of them counts as a veto"
    # ... ("and each of those votes was a veto": the members' votes just told)
    # ... ("and each of those three negative votes was a veto")
    r"(?!(?:\s+(?:two|three|four|five))?(?:\s+(?:negative\s+)?(?:votes|noes))?\s+(?:was|were|is|"
    r"are|counted\s+as|counts?\s+as|"
    r"amounted\s+to|amounts?\s+to)\s+(?:a\s+)?vetoe?s?\b)"
    # ... of the drafts, not of people: "most of them women and children" counts nothing
    r"(?=[^.;]{0,40}?\b(?:vot|veto|adopt|fail|pass|reject|block|defeat))"
    # ("the European members tabled amendments, and Russia vetoed two of them")
    rf"|(?<=vetoed\s)(?:{NUM}|all|both|each)\s+of\s+(?:them|these|those)\b")
_NTH_OF = re.compile(r"\b(?:first|second|third|fourth|last|other|latter|former)\s+of\s+"
                     r"(?:the|these|those)\s+$")
_SINGULAR = re.compile(
    # (not "resolution 2082 on the Taliban regime and resolution 2083": one of several)
    # (nor "put to the vote three draft resolutions": a count of texts after another noun)
    r"\b(?:a|an|the|its|this|that|one|their)\s+(?:(?!and\b|two\b|three\b|four\b)[\w.-]+\s+){0,3}?"
    r"(?:draft|text|resolution|proposal|amendment|measure|document)\b(?![-\s]*s\b)"
    r"(?!\s+resolutions\b)")
# ("S/7285/Add.1": an addendum put to the vote is a draft of its own)
_SYMBOL = re.compile(r"\bs/(?P<y>(?:19|20)\d\d)/(?P<n>\d{1,4})\b(?P<rev>/(?:rev|corr|add)\.\s?\d+)?"
                     r"|\bs/(?P<old>\d{2,5})\b(?P<rev2>/(?:rev|corr|add)\.\s?\d+)?(?!/)")


def find_symbols(low: str, lo: int, hi: int) -> list[tuple[re.Match[str], str, int | None]]:
    """Each draft symbol in ``low[lo:hi]`` (lower case): the match, the symbol as the UN
    writes it ("S/18016/Rev.1", "S/3188/Corr.1") and the year it carries, if any."""
    out: list[tuple[re.Match[str], str, int | None]] = []
    for m in _SYMBOL.finditer(low, lo, hi):
        rev = m.group("rev") or m.group("rev2")
        rev = f"/{rev[1:].split('.')[0].title()}.{rev.rsplit('.', 1)[1].strip()}" if rev else ""
        if m.group("y"):
            out.append((m, f"S/{m.group('y')}/{m.group('n')}{rev}", int(m.group("y"))))
        else:
            out.append((m, f"S/{m.group('old')}{rev}", None))
    return out


_RES_SYMBOL = re.compile(r"\bs/res/(?P<n>\d{1,4})\s*(?:\((?P<y>\d{4})\))?")
_RESOLUTION = re.compile(
    # ("Res 2646 if anyone is keeping count": a forum's shorthand, with its number)
    r"\b(?:resolution|unscr|res\.|res(?=\s+\d{3,4}\b))\s*(?:no\.?\s*|number\s+|#\s*|,?\s*numbered\s+"
    # "The oil-sale resolution, number 706, passed"
    r"|,\s*(?:number|no\.)\s*(?=\d{1,4}\s*(?:\(\d{4}\)\s*)?,)"
    # "The resolution, number 300 of this year, was adopted"
    r"|,\s*(?:number|no\.)\s*(?=\d{1,4}\s+of\s+(?:this\s+year|the\s+year|\d{4})\b)"
    # ("passed a resolution, No. 85 in its series, asking the Unified Command ...")
    r"|,\s*(?:number|no\.)\s*(?=\d{1,4}\s+in\s+(?:its|the\s+council's|the)\s+(?:series|"
    r"numbering)\b)"
    # "the cease-fire resolution (No. 211)", "a resolution on Afghanistan (number 1076)"
    r"|(?:\s+on\s+(?:the\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2})?\s*\(\s*(?:no\.?|number|#)\s*"
    r"(?=\d{1,4}\s*\))"
    # ("The resolution [No. 529] was adopted": a translator's or editor's bracket)
    r"|\s*\[\s*(?:no\.?|number|#)?\s*(?=\d{1,4}\s*\])"
    # "The resolution -- number 2193, for those who keep records -- was adopted"
    # ("Under the resolution -- numbered 232 -- member States must stop buying ...")
    r"|\s*-+\s*(?:number|numbered|no\.)\s*(?=\d{1,4}\b)"
    # "The resolution (2507) was adopted"
    r"|\s*\(\s*(?=\d{3,4}\s*\))"
    # "A short technical resolution, 1420, extended the mission": the number in apposition
    r"|,\s*(?=\d{3,4}\s*(?:\(\d{4}\)\s*)?,)"
    # "The resolution is 1945 (2010).": the number given, its year with it
    r"|\s+(?:is|was)\s+(?=\d{1,4}\s*\(\d{4}\)))?"
    r"(?P<n>\d{1,4})\b"
    r"(?!\s*(?:and\b|/|-\s*\d))")

# "renewed the sanctions regime established by resolution 2140 (2014)": an older text the
# new one builds on, not its number
_REGIME_OF = re.compile(r"\b(?:established|imposed|created|set\s+up|introduced|"
                        r"(?:first\s+)?set\s+out|(?:first\s+)?laid\s+down|authori[sz]ed)\s+(?:by|under|"
                        r"in)\s+(?:security\s+council\s+|council\s+)?$"
                        # ("the measures, first set out in resolution 2146 (2014)")
                        # ("the arms embargo and the targeted measures under resolution 1591")
                        r"|\b(?:measures|sanctions|regime|embargo|restrictions)\s+under\s+$"
                        # ("so that the Transition Assistance Group can at last be emplaced
                        # under resolution 435 (1978)": the older text it carries out)
                        r"|\b(?:emplaced|deployed|implemented|applied|carried\s+out|provided\s+for|"
                        r"envisaged|foreseen)\s+(?:by|under|in)\s+$")
# "The resolution establishing the residual mechanism, numbered 1966, was adopted"
_NUMBERED_LATER = re.compile(r"\bresolution\b[^.;:,]{0,80},\s*numbered\s+(?P<n>\d{1,4})\s*,"
                             # "The resolution was numbered 1964."
                             r"|\b(?:resolution|text)\s+(?:was|is)\s+numbered\s+(?P<n2>\d{1,4})\b")
# "The resolution, which bears the number 256, was adopted": the number it was given
_BEARS_NUMBER = re.compile(r"\bresolution\s*,?\s+(?:(?:which|that)\s+(?:bears|bore|carries|carried|"
                           r"received|was\s+given|was\s+assigned)\s+(?:the\s+)?number\s+"
                           r"(?P<n>\d{1,4})\b"
                           # ("The resolution, which will be numbered 186, recommends ...")
                           r"|(?:which|that)\s+(?:will\s+be|was|is|has\s+been)\s+numbered\s+"
                           r"(?P<n3>\d{1,4})\b"
                           # ("A short resolution, 120 in the Council's numbering, calls ...")
                           r"|(?P<n2>\d{1,4})\s+in\s+the\s+(?:council's|security\s+council's|"
                           r"un's|official)\s+numbering\b)")
# "the resolution, number fifteen sixty-four": a transcript's number, read aloud
_SPOKEN_RESOLUTION = re.compile(
    rf"\bresolution\s*,?\s+(?:number\s+|no\.\s*)?(?P<w>{SPOKEN_PAIRS})\b")

_DRAFT_ONE = (r"(?:draft\s+resolution|draft|text|resolution|proposal|amendment|measure|paper|"
              r"version|counter-draft|counter-?proposal)\b(?!s)")
# what the Council "also" did to one more text
_ALSO_VERB = (r"(?:adopted|passed|approved|rejected|vetoed|voted\s+(?:on|for|down)|threw\s+out|"
              r"turned\s+down|defeated|disposed\s+of)")
# (every alternative opens at a word start or an apostrophe: _new_draft relies on it)
# "a second, shorter text": an adjective set off by a comma (not "Second, by resolution 1775"
# nor "The second, resolution 328": a pointer to the text told)
_COMMA_ADJECTIVE = (r"(?:,\s+(?!(?:by|in|on|at|with|for|of|to|the|a|an|its|their|resolution|"
                    r"draft|text)\b)[\w-]+)?")
_NEW_DRAFT = re.compile(
    r"\b(?:then|next|subsequently|later|afterwards|minutes\s+later|moments\s+later|"
    # ("The Council then voted to send the application to its Committee")
    r"after\s+that|the\s+same\s+day|finally|lastly)\b[^.;]{0,50}?\b(?:vot(?:ed|e|ing)\s+on|"
    # ("The Council then decided, again by eight votes to two with one abstention, to call an
    # emergency special session": one more decision)
    r"(?:decided|agreed)\s*,[^,;.]{1,60},\s*to\s+[a-z]+|"
    r"voted\s+to\s+(?!the\b)[a-z]+|took\s+(?:a|another)\s+(?:separate\s+)?"
    r"vote\s+on|took\s+up|takes\s+up|turned\s+to|"
    r"turns\s+to|considered|put\s+to\s+(?:a|the)\s+vote|moved\s+on\s+to"
    # ("The Americans then moved that the matter go to an emergency session": a motion)
    r"|moved\s+that"
    # ("A few hours later the Soviet delegate put forward a draft along similar lines")
    rf"|(?:put\s+forward|tabled|circulated|introduced|presented|submitted|moved|pressed)\s+(?:a|an)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_DRAFT_ONE})\b"
    # ("Together with Argentina, Ecuador and Tunisia, our delegation had put forward an appeal
    # to the great Powers": a text of another kind, its vote told next)
    r"|\b(?:put\s+forward|tabled|submitted)\s+an\s+appeal\b"
    # "It also adopted a text on the Portuguese territories": one more text, the same day
    # ... "The Council also threw out a Yugoslav draft calling for mediation"
    rf"|\balso\s+{_ALSO_VERB}\s+(?:a|an)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_DRAFT_ONE}"
    rf"|\b(?:second|third|another|rival|competing|alternative|counter|separate|substitute|"
    rf"(?<=a\s)further){_COMMA_ADJECTIVE}\s+(?:[\w-]+\s+){{0,2}}?{_DRAFT_ONE}"
    # ("On Tuesday the Council tried again with a compromise text"): a fresh text, voted on
    rf"|\b(?:tried|tries|try)\s+again\s+(?:[\w-]+\s+){{0,2}}?with\s+(?:a|an)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{_DRAFT_ONE}|compromise\b)"
    # ("A few hours later a shorter text, which called for a cease-fire, was put to the vote")
    # ... ("This time a text supported by the Soviet side was put to the vote")
    r"|\b(?:later|this\s+time)\s*,?\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:draft|text|proposal|"
    r"resolution|motion)\b"
    r"(?=[^.;]{0,200}?\b(?:was|were)\s+put\s+to\s+(?:the\s+|a\s+)?vote)"
    # ("On another of the drafts Japan abstained.")
    r"|\b(?:on|for|against)\s+another\s+of\s+the\s+(?:drafts|texts|resolutions|proposals)\b"
    # ("Yesterday there was one more attempt, a short technical text ...")
    # (not "a last attempt to save it could come to a vote today": one still to come)
    r"|\b(?:one\s+more|another|(?<=a\s)(?:further|fresh|final|last))\s+attempt\b"
    r"(?!\s+(?:to\s+\w+(?:\s+\w+){0,3}\s+)?(?:could|would|will|may|might|is\s+expected)\b)"
    # ("turned at once to a second, narrower proposal"; not "a second, wider resolution could
    # come to a vote in the fall")
    rf"|\b(?<=a\s)(?:second|third)\s*,\s*[a-z-]+\s+{_DRAFT_ONE}"
    r"(?![^.;]{0,40}\b(?:could|would|will|may|might|is\s+expected)\b)"
    # "The Soviet delegation's own text ... fared worse": the rival of the one just told
    # (not "the council's own resolution of last November": the body's, not a member's)
    rf"|(?<!council)(?<!assembly)['\u2019]s\s+own\s+(?:[\w-]+\s+){{0,1}}?{_DRAFT_ONE}"
    # "On 22 October the Council adopted a first resolution": the first of those a story
    # counts, told after the one in hand
    rf"|\ba\s+first\s+(?:[\w-]+\s+){{0,1}}?{_DRAFT_ONE}"
    # ("the ten elected members put their own text to the vote")
    rf"|\b(?:put\s+forward|circulated|tabled|proposed|submitted|drafted|offered|presented|"
    # ("The Soviet delegation then pressed its own proposal")
    rf"introduced|drew\s+up|put|pressed|brought)\s+(?:its|their|his|her)\s+own\s+(?:[\w-]+\s+){{0,2}}?"
    rf"{_DRAFT_ONE}"
    # ("The Soviet delegate then had his own text put": not "had its own text vetoed last week")
    rf"|\bha[sd]\s+(?:its|their|his|her)\s+own\s+(?:[\w-]+\s+){{0,2}}?{_DRAFT_ONE}\s+put\b"
    # "a British resolution of its own was rejected"
    rf"|\b(?:an?|one)\s+(?:[\w-]+\s+){{0,2}}?{_DRAFT_ONE}\s+of\s+(?:its|their|his|her)\s+own\b"
    # "an amendment" opens a text; "the amendment" speaks of the one the story just named
    # ("which incorporated an amendment offered by Sweden" is part of the text voted on)
    r"|(?<!the\s)(?<!this\s)(?<!that\s)(?<!incorporated\san\s)(?<!incorporating\san\s)"
    # (nor "which abstained on the first amendment": one the story told already)
    r"(?<!included\san\s)(?<!including\san\s)(?<!the\sfirst\s)(?<!the\ssecond\s)"
    # ("this time on a counter-proposal": the rival text, another vote)
    r"(?<!the\sother\s)(?<!the\slast\s)\bamendment\b|\bcounter-draft\b"
    r"|(?<!the\s)\bcounter-?proposal\b"
    # "In a second vote, ...", "the next text", "Then came the Western draft"
    r"|\b(?:in|at|on|for|by|with)\s+(?:a|the)\s+(?:second|third|fourth|next|subsequent|separate)\s+"
    # ("By a third unanimous vote, again fifteen to nothing, it called on ...")
    r"(?:unanimous\s+|recorded\s+|further\s+)?vote\b|"
    # "Botswana ... was dealt with at the same sitting in exactly the same way": one more
    # application, decided like the one before
    r"\b(?:was|were)\s+dealt\s+with\b[^.;:]{0,60}?\bsame\s+way\b|"
    # ("Italy came first. ... Austria fared the same."): one more application, another vote
    r"\bfared\s+(?:exactly\s+|much\s+)?the\s+same\b|"
    # "At the same sitting the Council dealt with a similar request from San Marino"
    r"\b(?:dealt\s+with|took\s+up|considered|turned\s+to)\s+(?:a|an|another)\s+"
    r"(?:(?:similar|second|further|separate|parallel)\s+)?(?:request|application|complaint)\b|"
    # "Minutes before, in a separate meeting, all fifteen members agreed to an American text"
    r"\bin\s+a\s+separate\s+(?:meeting|session|sitting|vote)\b|"
    # ("At an earlier meeting on the same day, Jamaica voted with all other members for
    # resolution 1300"): another text of the day
    r"\bat\s+(?:an\s+earlier|a\s+later|another)\s+(?:meeting|session|sitting)\b|"
    # "At the same sitting a Soviet draft ... was also put to the vote": one more text
    rf"\bat\s+the\s+same\s+(?:sitting|meeting|session)\b[^.;]{{0,40}}?\b(?:an?|another)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_DRAFT_ONE}|"
    # "The same day the Council renewed for another twelve months the authorisation ...":
    # another decision of that day
    # ("At the same sitting, the Council gave its unanimous backing to the Assembly's call")
    r"\bthe\s+same\s+(?:day|sitting|meeting|session)\b[^.;]{0,30}?\b(?:council|it)\s+"
    # ("At the same sitting the Council decided, by nine votes with none against, to send the
    # report to the Assembly")
    r"(?:also\s+)?(?:renewed|extended|adopted|approved|authori[sz]ed|imposed|endorsed|gave|"
    # ("At the same sitting the Council rejected a different plan")
    r"decided|agreed|voted|rejected|defeated|turned\s+down|threw\s+out)\b|"
    # "At the same meeting the Council also voted on the resolution that started the whole
    # argument": one more vote, its text named after it
    r"\b(?:council|it)\s+(?:then\s+)?also\s+(?:voted|took\s+a\s+vote)\s+on\b|"
    # ("And also on Wednesday the Council also renewed the peacekeeping mission in the
    # Central African Republic": one more decision of the day)
    # (a mission, a force: not "also renewed the other measures of the sanctions regime" or
    # "also extended the mandate of the Panel of Experts", more of what the one text does)
    r"\b(?:council|it)\s+(?:then\s+)?also\s+(?:renewed|extended|prolonged)\s+(?:the|its|an?)\s+"
    r"(?:un\s+|united\s+nations\s+)?(?:[\w-]+\s+){0,2}?(?:mission|force|operation|office)\b|"
    # "On the same afternoon the Council also voted, again unanimously, to extend its observer
    # mission in Georgia": one more decision
    # ("A day earlier, on Thursday, the Council also voted fifteen to none to condemn ...")
    r"\b(?:council|it)\s+(?:then\s+|later\s+)?also\s+voted(?:\s*,[^,.;]{1,40},|\s+[\w-]+\s+to\s+"
    r"(?:none|nil|nothing|zero|one|two|three|\d+))?\s+to\s+[a-z]|"
    # "At the next meeting the Council extended ...": another text, another sitting
    r"\b(?:at|in)\s+(?:the|a)\s+(?:next|following|later|subsequent|second)\s+"
    r"(?:meeting|session|sitting)\b|\bthe\s+next\s+(?:[\w-]+\s+){0,2}?" + _DRAFT_ONE +
    # ("Immediately afterwards came the proposal most followed in Rome")
    r"|\b(?:then|next|afterwards|soon\s+after|shortly\s+after)\s+came\b"
    # "It proposed that the whole question be sent to the Assembly": a motion of its own
    r"|\b(?:proposed|moved)\s+that\s+[^.;]{0,80}?\bbe\s+(?:sent|referred|put|submitted|"
    r"placed|transmitted)\b"
    # "Earlier in the same sitting ... the Council had adopted an appeal for a truce"
    r"|\bearlier\b[^.;]{0,80}?\b(?:had\s+)?(?:adopted|approved|passed)\s+(?:an?|another)\s+"
    # "Two vetoes in twelve days ... The second veto was French": the next one counted
    r"|\bthe\s+(?:second|third|fourth|next|other)\s+veto\b"
    # ("A unanimous vote ... The second vote was less harmonious.")
    r"|\bthe\s+(?:second|third|fourth|next)\s+vote\s+(?:was|went|came|proved|turned)\b"
    # ("On the last day of January, Friday the 31st, the Council voted on resolution 2507")
    r"|\bvoted\s+on\s+resolution\s+\d{1,4}\b"
    # ("The earlier vote, on Wednesday, April 28, dealt with the remains of Yugoslavia")
    r"|\bthe\s+(?:earlier|previous|other)\s+vote\s*(?:,[^;.]{1,40}?,\s*)?(?:was|went|came|"
    r"dealt|concerned|took)\b"
    # "The Council voted the same afternoon on a proposal to admit all the applicants": an
    # indefinite text, another than the one in hand
    r"|\bvoted\s+(?:[\w-]+\s+){0,3}?on\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:proposal|draft|"
    r"text|motion)\b"
    # "Minutes later the same happened to the Republic of Viet-Nam": another applicant's text
    r"|\b(?:then|later|afterwards|soon\s+after)\b[^.;]{0,20}?\bthe\s+same\s+(?:thing\s+)?"
    r"(?:happened|befell)\b"
    # ("On 20 May a text on keeping weapons out of outer space, co-sponsored by China,
    # failed": a dated indefinite text opens a vote of its own)
    r"|(?:(?<=^)|(?<=[.!?:]\s)|(?<=\n))on\s+(?:\d{1,2}\s+[a-z]{3,9}|[a-z]{3,9}\s+\d{1,2})\s*,?\s+"
    r"(?:a|an|another)\s+(?:[\w-]+\s+){0,2}?(?:draft|text|proposal)\b(?!\s+(?:was|is)\s+"
    r"(?:circulated|tabled|presented|introduced|submitted|put\s+forward)\b)"
    # "Vote one, Friday 8 December. ... Vote two, last Friday, the 29th.": votes numbered
    r"|\bvote\s+(?:two|three|four|2|3|4)\b(?=\s*[,:.-])"
    # "That was not the first vote. On 27 February ...": the story turns to an earlier one
    r"|\b(?:that|this|it)\s+(?:was|is)\s+not\s+the\s+(?:first|only)\s+(?:vote|time\s+the\s+"
    r"council\s+(?:has\s+|had\s+)?voted)\b|\bthere\s+(?:was|had\s+been)\s+(?:also\s+)?an\s+"
    r"earlier\s+vote\b")
# "two separate meetings ... The first was on Cyprus": a text told by its topic, at the
# clause's start
_NTH_ON_TOPIC = re.compile(
    r"\W*(?:[a-z]+\s*(?:\([^()]{0,40}\))?:\s*)?the\s+(?:first|second|third|other)\s+"
    r"(?:one\s+)?(?:was\s+on|concerned|dealt\s+with)\s+(?!(?:the\s+)?(?:mon|tues|wednes|thurs|"
    r"fri|satur|sun)day\b|\d|(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december)\b)"
    # ("... adopted two further resolutions. The first called on the Netherlands to ... The
    # second asked the consular representatives to report": each text by what it does)
    # ("two further decisions. By the first, the Council called upon ... By the second, the
    # Council asked ...": each text by what it did, in turn)
    r"|\W*by\s+the\s+(?:first|second|third)(?:\s+(?:decision|resolution|text))?\s*,"
    # ("The second, the same evening, asked for the observer group to be strengthened")
    r"|\W*the\s+(?:first|second|third)(?:\s+(?:decision|resolution|text))?"
    r"(?:(?<!first)\s*,\s*[^,;.]{3,30},)?\s+(?:called|asked|"
    r"urged|demanded|requested|condemned|"
    r"deplored|censured|sought|set\s+up|established|extended|renewed|imposed|lifted|"
    r"recommended|endorsed|welcomed|invited|authori[sz]ed|decided)\b"
    # ... or in the present, as the text still says it: "The second asks the Committee ..."
    # (not "The first asks ...", the text a plural lead has just opened)
    # ("The second decision asks the Secretary-General to summon a special session")
    r"|\W*the\s+(?:second|third)(?:\s+(?:decision|resolution|text))?\s+(?:calls|asks|urges|"
    r"demands|requests|condemns|deplores|"
    r"censures|seeks|sets\s+up|establishes|extends|renews|imposes|lifts|recommends|endorses|"
    r"welcomes|invites|authori[sz]es|decides)\b")
# A cheap gate for _NEW_DRAFT (its alternatives open with look-behinds and word boundaries,
# so the engine tries every one at every position): no alternative can match without one of
# these words, or a match of _NEW_DRAFT_GATE where one of _NEW_DRAFT_GATE_HINTS is found
_NEW_DRAFT_GATE_WORDS = ("then", "next", "subsequent", "later", "same", "second", "third",
                         "fourth", "another", "rival", "competing", "alternative", "counter",
                         "separate", "substitute", "amendment", "request", "application",
                         "complaint", "following", "proposed", "moved", "earlier", "finally",
                         "voted on resolution", "not the first", "not the only", "vote two",
                         "vote three", "vote four", "vote 2", "vote 3", "vote 4",
                         "lastly", "attempt", "again with", "this time", "appeal")
_NEW_DRAFT_GATE_HINTS = ("after", "also", "further", "veto", "first", "voted", "own", "on ")
_NEW_DRAFT_GATE = re.compile(
    r"after\s+that|afterwards|soon\s+after|shortly\s+after"
    r"|also\s+" + _ALSO_VERB + r"\s+an?\s|also\s+voted\b"
    r"|a\sfurther|other\s+veto|a\s+first|voted\s+(?:[\w-]+\s+){0,3}?on\s+an?\s"
    r"|also\s+(?:renewed|extended|prolonged)\s"
    r"|'s\s+own\b|\u2019s\s+own\b|its\s+own\b|their\s+own\b|his\s+own\b|her\s+own\b"
    r"|\bon\s+(?:\d{1,2}\s+[a-z]{3,9}|[a-z]{3,9}\s+\d{1,2})\s*,?\s+(?:a|an|another)\s")


def _may_be_new_draft(low: str, lo: int, hi: int, seg: str) -> bool:
    """False when _NEW_DRAFT cannot match in ``low[lo:hi]`` (``seg``)."""
    return any(w in seg for w in _NEW_DRAFT_GATE_WORDS) or (
        any(w in seg for w in _NEW_DRAFT_GATE_HINTS)
        and _NEW_DRAFT_GATE.search(low, lo, hi) is not None)


# Where an alternative of _NEW_DRAFT can open: a word start, or the apostrophe of "'s own"
_NEW_DRAFT_STARTS = re.compile(r"\b\w|['\u2019]")


def _new_draft(low: str, lo: int, hi: int) -> re.Match[str] | None:
    """``_NEW_DRAFT.search(low, lo, hi)``, tried only where an alternative can open (the
    search tries all of them, each with its own look-behinds, at every position)."""
    for s in _NEW_DRAFT_STARTS.finditer(low, lo, hi):
        m = _NEW_DRAFT.match(low, s.start(), hi)
        if m is not None:
            return m
    return None


_BUSY_AGAIN = re.compile(r"\bcouncil\s+(?:was\s+(?:busy|at\s+work|in\s+session)|met|sat|"
                         r"convened)\s+again\s+(?:on|last|this|yesterday|today)\b")
# (not "In other news: the census board says ...", a bulletin's turn away from the Council, or
# a recap of the main news after it)
_OTHER_NEWS = re.compile(r"\W*(?:and\s+)?in\s+other\s+(?:news\s+(?:from|at)\s+(?:the\s+)?"
                         r"(?:united\s+nations|u\.?n\.?|security\s+council)|united\s+nations\s+"
                         r"news|un\s+news)\b")
_ANOTHER_FARED = re.compile(r"\W*(?:an?|another|an\s+earlier|a\s+(?:second|rival|later)|"
                            r"the\s+(?:other|rival|second))\s+(?:[\w-]+\s+)?(?:motion|draft|text|"
                            r"proposal|amendment)\s+fared\s+(?:badly|worse|poorly|no\s+better|"
                            r"even\s+worse)\b")
# ("Italy came first. ... Austria fared the same.": the next application, the same fate;
# so too "Austria, our neighbour across the Brenner, fared the same")
_FARED_SAME = re.compile(r"\W*(?:[\w'-]+\s+){0,3}?[\w'-]+(?:\s*,[^,.;:]{1,60},)?\s+fared\s+"
                         r"(?:exactly\s+|much\s+)?the\s+same\b")
# ("a second, shorter cease-fire text was put to the vote")
_NTH_PUT = re.compile(r"\b(?:a|the)\s+(?:second|third|further)" + _COMMA_ADJECTIVE + r"\s+"
                     r"(?:[\w-]+\s+){0,2}?(?:draft|text|motion|proposal|resolution)\b[^.;]{0,40}?"
                     r"\b(?:was|were)\s+(?:then\s+)?"
                     r"(?:put|tabled|moved|introduced|presented|submitted)\b")
_RESOLUTION_SAYS = re.compile(r"\W*(?P<item>\(?[a-z0-9]{1,2}[.)]\s*)?(?P<by>by\s+)?"
                              r"(?:un\s+|security\s+council\s+)?(?:resolution|res\.)\s*(?P<n>\d{1,4})\s*"
                              r"\((?P<y>(?:19|20)\d\d)\)\s+(?:the\s+council\s+)?(?:[a-z]+ly\s+)?"
                              r"(?!was\b|is\b|has\b)[a-z]{3,}s\b"
                              # ("Second, by resolution 1775 (2007), it extended the term of
                              # ..."): the texts of one sitting told in turn, in the past
                              r"|\W*(?:first|second|third|fourth|fifth|lastly|finally)\s*,\s*"
                              r"(?P<by2>by\s+)(?:resolution|res\.)\s*(?P<n2>\d{1,4})\s*"
                              r"\((?P<y2>(?:19|20)\d\d)\)\s*,?\s+(?:the\s+council|it)\s+"
                              r"(?:[a-z]+ly\s+)?(?!was\b|had\b)[a-z]{3,}ed\b"
                              # ("The second result, resolution 2528, renews for a year the
                              # arms embargo"): the next text told, by its number
                              r"|\W*the\s+(?P<by3>second|third|fourth|fifth|other|next|last)\s+"
                              r"(?:[\w-]+\s+)?(?:one|result|decision|text|resolution|vote)\s*,\s*"
                              r"(?:resolution|res\.)\s*(?P<n3>\d{1,4})(?:\s*\((?P<y3>(?:19|20)\d\d)\))?"
                              r"\s*,\s+(?!was\b|is\b|has\b|had\b)[a-z]{3,}(?:s|ed)\b"
                              # ("1) Resolution 2724 calls for an immediate cessation of
                              # hostilities": a numbered item, the year left out)
                              r"|\W*(?P<item4>\(?\d[.)]\s*)(?:un\s+|security\s+council\s+)?"
                              r"(?:resolution|res\.)\s*(?P<n4>\d{1,4})(?P<y4>)\s+(?:[a-z]+ly\s+)?"
                              r"(?!was\b|is\b|has\b)[a-z]{3,}s\b")


def numbered_item(c: Clause) -> bool:
    """Does the clause open a numbered item that names its resolution without a year ("1)
    Resolution 2724 calls for ...")?"""
    rm = _RESOLUTION_SAYS.match(c.sent.text.lower(), c.lo - c.sent.start, c.hi - c.sent.start)
    return rm is not None and rm.group("item4") is not None


def _opens_numbered(c: Clause, rm: re.Match[str]) -> None:
    """"(a) Res. 706 (1991) permits states to import Iraqi oil ...", "By Resolution 326 (1973)
    the Council condemns ...": a digest's item opens the text it names by what it does."""
    n, y = next((rm.group(f"n{k}"), rm.group(f"y{k}")) for k in ("", "2", "3", "4")
                if rm.group(f"n{k}"))
    c.resolutions = [(int(n), int(y) if y else None)]
    c.new_draft = True


_ONE_THE_OTHER = re.compile(r"\W*(?:one|the\s+(?:other|first|second|third|last))(?:\s+of\s+them)?"
                            r"\s*,\s*(?:which|who|adding|calling|asking|demanding|inserting|"
                            r"drafted|put|tabled|on|about|from|by|with)\b"
                            # ("One drew seven votes in favour ... The other won six")
                            r"|\W*(?:one|the\s+other)\s+(?:drew|won|received|got|gathered|"
                            r"obtained|secured|attracted|mustered|collected)\s+(?:only\s+|"
                            r"just\s+)?[\w-]+\s+votes?\b")
_NTH_CAME = re.compile(r"\W*the\s+(?:second|third|fourth)\s+(?:one\s+)?came\b")
_THEN_CAME = re.compile(r"\W*(?:then|next)\s+came\s+(?:the\s+)?[a-z][\w' -]{1,30}[.!:]?\s*")
_ORDINAL = re.compile(rf"\b(?:second|third|another){_COMMA_ADJECTIVE}\s+(?:[\w-]+\s+){{0,2}}?"
                      rf"{_DRAFT_ONE}")
_IT_IS_NTH = re.compile(r"\W*(?:it|this|that)\s+(?:is|was)\s+(?:the\s+)?(?:second|third|fourth)\b")
_FINAL = re.compile(r"\bfinal\s+(?:text|draft|resolution|version|vote)\b")

_DRAFTED_SUFFIX = re.compile(
    r"\s*-\s*(?:(?:drafted|sponsored|co-sponsored|authored|proposed|written|penned|crafted|"
    r"tabled|submitted|initiated)\b"
    # "a French-led mission", "the US-led coalition" lead something else than a draft
    rf"|led\s+(?:[\w-]+\s+){{0,2}}?(?:{DRAFT_NOUN}|draft|push|bid|effort|initiative)\b)")
# "the French version of the text", "the Arabic-language draft": a translation, not a drafter
_HAD_VOTED_ON = re.compile(r",\s*(?:which|who)\s+had\s+(?:\w+\s+)?(?:abstained|voted)\s+"
                           r"(?:on|for|against|in\s+favou?r\s+of)\s+the\s+$")
_LANGUAGE_VERSION = re.compile(
    r"(?:'s|')?\s+(?:(?:language|original|official)\s+)?(?:version|translation|text)\s+of\s+"
    r"(?:the|its|this|that)\b|\s*-\s*language\b|\s+(?:translation|language)\b"
    # ("the Spanish text uses "se abstuvo" throughout": a translator on the wording)
    r"|\s+(?:original|text)\s+(?:uses|used|renders|has|reads|says)\s+[\"'\u201c\u2018]")
_VERSION_OF_BEFORE = re.compile(r"\b(?:version|translation|translated|rendering)\s+(?:of|from)\s+"
                                r"(?:the\s+)?(?:original\s+)?$")
_STAMP_CLOCK = re.compile(r",?\s*\d{1,2}:\d\d\b"
                          r"(?!\s*(?:gmt|utc|[ecmp][sd]t|a\.?m|p\.?m|local|h\b))", re.I)
# a transcript sets the scene with the day alone: "TOBIAS: It's Thursday, the 8th of January
# 2009." then "And late that evening the council finally votes ..."
SCENE_DAY = re.compile(r"\W*(?:[a-z][a-z.' -]{0,30}:\s*)?(?:and\s+|so\s+)?it(?:['\u2019]s|\s+is|"
                       r"\s+was)\s+[^.;!?]{3,45}?[.!]?\s*")
# "And the second?" "On Friday. The draft, S/1997/241, ...": an answer that is a day alone
BARE_DAY = re.compile(r"\W*(?:on\s+|last\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                      r"\d{1,2}\s+[a-z]{3,9}|[a-z]{3,9}\.?\s+\d{1,2})\s*[.!]?\s*")
def _member_items(named: Iterable[Mention]) -> list[Item]:
    """Members named in a clause, as the items of a vote."""
    return [Item(m.start, m.end, "member", mention=m) for m in named]


def _ever_permanent(m: Mention) -> bool:
    from unvotes.reference import ever_permanent

    return m.code() in ever_permanent()


_NAME_AS_ADJECTIVE = re.compile(r"\s+(?:draft|text|proposal)\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the)\s+$")
_HYPHEN_NEXT = re.compile(r"^\s*-\s*$")
_BY_SPONSOR = re.compile(
    r"\b(?:drafted|written|sponsored|co-sponsored|cosponsored|submitted|tabled|put\s+forward|"
    r"proposed|presented|introduced|drawn\s+up|prepared|penned|authored|circulated|crafted|"
    # ("The text, S/2021/990, was carried by Niger and Ireland": its champions, named; "was
    # put to the vote by Jordan, the Arab member")
    r"(?<=was\s)carried|(?<=was\s)put\s+to\s+(?:the\s+|a\s+)?vote|"
    r"brought\s+forward|initiated|joined\s+as\s+(?:an?\s+)?(?:co-?)?sponsors?|put\s+together|"
    # "The text was led by Peru and Sweden"
    # ("The draft, numbered S/2021/990, was led by Ireland and Niger")
    r"(?:(?<=text\swas\s)|(?<=draft\swas\s)|(?<=resolution\swas\s)|(?<=\d,\swas\s)"
    # "The drafting was led by Spain"
    r"|(?<=drafting\swas\s))(?:co-?)?led)"
    # ("was put forward, as these renewals increasingly are, by the five permanent members")
    r"(?:\s*,\s*as\s+[^,;.]{1,60},)?\s+"
    r"(?:jointly\s+|together\s+)?"
    r"(?:(?:on\s+\w+\s+behalf\s+))?by(?:\s*,\s*among\s+others\s*,)?\s+")
# (not "Egypt, which had tabled the text earlier in the week, asked for a delay": its story
# before others took the text up)
_TEXT_WAS_OWNERS = re.compile(r"\b(?:the|that|this)\s+(?:text|draft|resolution|proposal)\s+"
                              r"(?:was|is)\s+(?:also\s+)?")
_OWNER_ENDS = re.compile(r"['\u2019]s?\s*(?:[.;,]|$)")
_WHICH_INTRODUCED = re.compile(r",\s*which\s+(?:introduced|drafted|tabled|put\s+forward|"
                               r"presented|prepared|sponsored|co-sponsored)\s+(?:the|this|that)\s+"
                               r"(?:text|draft|resolution)(?P<with>\s+(?:together\s+)?with\s+"
                               r"(?:the\s+)?)")
# the text an amendment would change, named after it: its drafter is not the amendment's
_TO_ANOTHER_TEXT = re.compile(r"\bto\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:draft|text|"
                              r"resolution)(?:\s+resolution)?\s+(?:[\w-]+\s+)?$")
_WERE_THE_SPONSORS = re.compile(r"\)?\s*(?:were|was)\s+(?:also\s+)?the\s+(?:main\s+|chief\s+)?"
                                r"(?:co-?)?(?:sponsors|drafters|authors|penholders?)\b", re.I)
_GROUP_AMONG = re.compile(r"(?:a\s+(?:group|number|handful)\s+of\s+|several\s+|some\s+)?"
                          r"(?:[\w-]+\s+){0,4}?(?:states|countries|members|nations|delegations)"
                          # ("a group of European members and Russia -- among them A, B")
                          r"(?:\s+and\s+[\w-]+)?"
                          # ("a group of non-permanent members of the Council, among them A, B")
                          r"(?:\s+(?:of|on)\s+the\s+(?:security\s+)?council)?"
                          r"\s*(?:,|-+|\u2013|\u2014)\s*(?:among\s+them|including|notably)\s+"
                          r"(?:the\s+)?"
                          # ("tabled by the Council's European members -- the United Kingdom,
                          # France, Denmark, Greece and Slovenia")
                          r"|(?:the\s+)?(?:council['\u2019]s\s+)?(?:[\w-]+\s+){0,2}?members\s*"
                          r"(?:-+|\u2013|\u2014)\s*(?:the\s+)?"
                          # ("drafted by the four Council members of the group known as the
                          # \"Friends of Western Sahara\": A, B, C and D")
                          r"|(?:the\s+)?(?:[\w-]+\s+){0,3}?members\s+of\s+(?:the|a)\s+group\b"
                          r"[^:;.]{0,60}:\s*(?:the\s+)?")
# "Britain drafted the text, and France and Germany joined it as co-sponsors"
# ("Portugal joined them as a co-sponsor of the Taliban text only": of another text)
JOINED_AS_CO_SPONSORS = (r"join(?:ed|ing)\s+(?:(?:it|them|the\s+(?:text|draft))\s+)?as\s+"
                         r"(?:an?\s+)?(?:co-?)?sponsors?\b(?!\s+of\b)"
                         # ("Argentina ... joined the list of co-sponsors")
                         r"|join(?:ed|ing)\s+the\s+(?:list\s+of\s+|ranks\s+of\s+the\s+)?"
                         r"co-?sponsors\b")
JOINED_AS = re.compile(r"\b" + JOINED_AS_CO_SPONSORS, re.I)
# "France, Germany and Britain wrote the draft", "Moscow put forward its own text",
# "Brazil, which holds the presidency, had put forward a broader text", "X then put it forward"
_JOINED_IN = (r"joined\s+(?:[\w-]+\s+){1,3}?in\s+(?:presenting|drafting|sponsoring|co-?sponsoring|"
              r"tabling|submitting|putting\s+forward|preparing)\b")
_JOINED_IN_DRAFTING = re.compile(r"\b" + _JOINED_IN)
_SUBJECT_SPONSOR = re.compile(
    # ("Kenya itself, which is not on the Council, also sponsored it")
    r"(?:\s+(?:itself|themselves))?"
    r"(?:\s*,[^,;.]{1,130},|\s+-+(?:[^-;.]{1,60}-+)?)?"
    # ("France and Spain among the Council members co-sponsored it")
    r"(?:\s+among\s+the\s+(?:council\s+)?members)?\s+(?:[\w-]+\s+){0,2}?(?:had\s+|has\s+|"
    r"have\s+)?"
    r"(?:(?:wrote|drafted|tabled|submitted|sponsored|co-sponsored|put\s+forward|proposed|"
    r"co-wrote|co-drafted|co-authored|"
    r"circulated|introduced|presented|drew\s+up|penned|authored|prepared|written|drawn\s+up|"
    # ("Angola, which sits on the Council, steered the text through")
    r"put\s+together|steered|shepherded|piloted|"
    # ("On Wednesday Moscow put its own draft (S/2022/231) ... to a vote")
    r"put(?=\s+(?:its|their)\s+own\s))\s+(?:(?:the|a|an|its|their|her|his|this|that|"
    # ("Slovenia, together with A, B and C, submitted two amendments")
    r"two|three|four|several)\s+"
    r"(?:[\w-]+\s+){0,3}?"
    # ("France drafted this one as well")
    rf"(?:{DRAFT_NOUN}|draft|compromise)|(?:this|that)\s+one"
    # ("Bulgaria and Spain co-sponsored resolution 1500"): the text by the number it won
    r"|resolution\s+\d{1,4}"
    # ("... submitted amendments to the text")
    r"|(?:amendments|drafts|texts|proposals)(?=\s+(?:to|on|that|which|calling|demanding)\b))\b"
    # "then took the draft forward themselves", "took over the text"
    # ("France and Malta put the text forward")
    rf"|(?:took|take|takes|put|puts)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{DRAFT_NOUN}|draft)"
    r"\s+forward|took\s+over\s+the\s+(?:draft|text)"
    r"|(?:put|brought|took)\s+it\s+forward"
    # "The United Kingdom and the United States joined France in presenting the text"
    r"|" + _JOINED_IN +
    # "a text that Uruguay co-sponsored with Brazil, Canada and France": the object before
    r"|(?:co-?sponsored|sponsored|drafted|tabled|wrote|written)"
    r"(?=\s+(?:together\s+|jointly\s+)?(?:with|alongside)\s)"
    r"|" + JOINED_AS_CO_SPONSORS + r"|(?:tabled|submitted|"
    r"sponsored|co-sponsored|"
    r"reintroduced|re-submitted|resubmitted|revived|drafted|wrote|penned|presented|introduced|"
    r"circulated|prepared|authored)\s+it\b"
    # ("The Emirates tabled S/2023/970, a demand for a ceasefire": the text by its symbol)
    r"|(?:tabled|submitted|circulated|introduced|presented|put\s+forward|drafted)\s+"
    r"(?:(?:draft|document)\s+)?s/\d"
    # "Russia and China put their names to it"
    r"|(?:put|signed|added)\s+(?:their|its|her|his)\s+names?\s+(?:to|on)\s+(?:it|them|the\s+"
    r"(?:[\w-]+\s+)?(?:text|draft|resolution))\b)")
_TOGETHER_WITH_BEFORE = re.compile(r"\s*,\s*(?:together|along|jointly)\s+with\s+$")
_COMMA_SPONSORED = re.compile(r"\s*,(?=\s+(?:co-?sponsored|sponsored|drafted|tabled|submitted)\s)")


def _joined_list_drafted(text: str, m: Mention, coded: list[Mention], lo: int,
                         hi: int) -> re.Match[str] | None:
    """"Bulgaria, together with Angola, Chile and Spain, co-sponsored resolution 1500": the
    comma that closes the list of those the subject joined, before the verb."""
    cm = _COMMA_SPONSORED.match(text, m.end, hi)
    if cm is None:
        return None
    group = _member_list_before(text, m.end, coded, lo)
    if not group or not _TOGETHER_WITH_BEFORE.search(text, max(lo, group[0].start - 30),
                                                     group[0].start):
        return None
    return _SUBJECT_SPONSOR.match(text, cm.end(), hi)


# "The United States, which drafted the text, was joined in voting yes by ...": the drafter
# told in an aside
_WHICH_DRAFTED = re.compile(
    # ("Ireland and Niger, the two elected members who drafted it, had led for months")
    r"\s*,\s*(?:the\s+(?:two|three|four)\s+(?:[\w-]+\s+)?(?:members|countries|delegations)\s+)?"
    r"(?:which|who)\s+"
    # ("Germany, which also chairs the working group on children and armed conflict and
    # drafted the text")
    r"(?:[^,;.()]{1,100}?\s+and\s+)?"
    r"(?:had\s+|has\s+)?(?:also\s+)?(?:drafted|wrote|penned|tabled|"
    r"sponsored|put\s+forward|circulated|proposed)\s+(?:the\s+(?:text|draft|resolution)|it)"
    # ("... and of course New Zealand and Spain, who wrote it.")
    r"\s*(?:,|(?=[.;]|$))")
_VOTERS_NAMED_BEFORE = re.compile(r"\b(?:including|among\s+them|such\s+as|as\s+did)\s+(?:the\s+)?$")
# "resolution 2164, which France drafted": the drafter as the subject of a relative clause
# whose object is the text before it
_OBJECT_DRAFTED = re.compile(
    # ("a draft that Morocco, the Council's Arab member, had presented")
    r"(?:\s*,\s*(?:the|its|a|an)\s[^,;.()]{1,50},)?"
    r"\s+(?:had\s+|has\s+)?(?:drafted|tabled|wrote|penned|sponsored|co-sponsored|"
    r"put\s+forward|proposed|presented|circulated|(?<=had\s)written|(?<=has\s)written"
    # "the draft resolution on Cyprus that Britain and the United States had put before the
    # Security Council"
    r"|put(?=\s+before\s+the\s+(?:security\s+)?council\b))"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:last|earlier|on|in|this|after|before|and)\b)")
_OBJECT_RELATIVE = re.compile(r"\b(?:which|that)\s+(?:the\s+)?$")


def _object_drafted(text: str, m: Mention, coded: list[Mention], lo: int,
                    hi: int) -> re.Match[str] | None:
    dm = _OBJECT_DRAFTED.match(text, m.end, hi)
    if dm is None:
        return None
    group = _member_list_before(text, m.end, coded, lo)
    start = group[0].start if group else m.start
    return dm if _OBJECT_RELATIVE.search(text, max(0, start - 12), start) else None


# A clause about the draft already in hand: "It was co-sponsored by ...", "The text, drawn
# up by ...". Ordinals ("The first text", "a second draft") introduce a new one instead.
_ANAPHORIC = re.compile(
    r"\s*(?:[a-z][a-z .,/()-]{2,60}?\s-\s)?(?:it|they|(?:the|that|this)\s+(?!first|second|"
    # (not "That day a draft, S/2022/538, ... was vetoed": a day, then a text of its own)
    r"third|other|rival|competing)(?:(?!council\b|assembly\b|an?\b|day\b|morning\b|afternoon\b|"
    r"evening\b|night\b|week\b|time\b)[a-z-]+\s+){0,2}?(?:text|draft|"
    r"resolution|measure|proposal|document))\b"
)
# (not "The Council adopted resolution 277": the body acting, not "the resolution")
# "It unanimously, by 15 votes to none, extended the mission": "it" is the Council acting, a
# text of its own, not the one in hand
_IT_ACTS = re.compile(
    r"\s*it\s+(?:(?:(also|then|later|separately)|again|unanimously)\s*,?\s*|,[^,;.]{1,40},\s*)*"
    r"(?:extended|renewed|adopted|approved|(?P<does>authori[sz]ed|imposed|created|established|"
    r"set\s+up)|(?P<says>demanded|condemned)|lifted|prolonged)\b")
# "... adopted resolution 1973, authorizing member states to ...": a text told by what it does
_ADOPTED_DOING = re.compile(r"\b(?:adopted|passed|approved)\s+(?:resolution\s+\d{1,4}|"
                            r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:resolution|text|measure))\b"
                            r"[^.;]{0,40}?,\s*[a-z]+ing\b"
                            # ("By resolution 2182 (2014) the Council extended ... It also
                            # authorised Member States to inspect vessels")
                            r"|\bby\s+resolution\s+\d{1,4}(?:\s*\(\d{4}\))?\s*,?\s+(?:the\s+)?"
                            r"(?:security\s+)?council\s+[a-z]+ed\b")
# a sentence whose subject is the text itself ("The draft was submitted by Syria")
_TEXT_SUBJECT = re.compile(r"\s*(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:draft|text|resolution|"
                           r"proposal)\b(?:\s*,[^,.;]{1,40},)?\s+(?:was|had|would|is)\b")
# "Together with the UK, the text was co-sponsored by ...": the draft in hand, after all
_DEFINITE_PASSIVE = re.compile(
    r"\b(?:it|(?:the|this|that)\s+(?!first\b|second\b|third\b|other\b|rival\b|competing\b)"
    r"(?:[\w-]+\s+){0,2}?(?:text|draft|resolution|measure|proposal))\s+(?:was|were|had\s+been|"
    r"has\s+been|is)\s+(?:also\s+|jointly\s+)?(?:co-?sponsored|sponsored|drafted|tabled|written|"
    r"prepared|put\s+forward|submitted|penned|authored|proposed|drawn\s+up)\s+(?:jointly\s+)?by\s")
# "Australia drafted the text and was joined as co-sponsor by ...": the text in hand
_DRAFTED_THE_TEXT = re.compile(r"\b(?:drafted|wrote|tabled|penned|authored|put\s+forward)\s+"
                               r"the\s+(?:text|draft|resolution)\b"
                               # ("Pakistan, South Africa, Sudan and Syria tabled that draft")
                               r"|\b(?:drafted|tabled|wrote|submitted|put\s+forward|sponsored|"
                               r"co-sponsored|presented|introduced)\s+(?:that|this)\s+(?:draft|"
                               r"text|one|proposal)\b")
_OF_SPONSOR_HINTS = ("draft of", "draft from", "text of", "text from", "proposal of",
                     "proposal from", "resolution of", "resolution from", "initiative of",
                     " came from")
_OF_SPONSOR = re.compile(
    r"\b(?:draft(?:\s+resolution)?|text|proposal|counter-draft|counterproposal)\s+(?:of|from)"
    # "The text was a joint initiative of Russia and the United States"
    r"\s+(?:the\s+)?$|\b(?:text|draft|resolution)\s+was\s+(?:a|the)\s+(?:joint\s+)?initiative\s+of"
    # "The text came from France, Britain and Lebanon"
    r"\s+(?:the\s+)?$|\b(?:the|its|this)\s+(?:text|draft|resolution|proposal|initiative)\s+came\s+from"
    # ("The draft came from the so-called Group of Friends -- the United States, France, ...")
    r"\s+(?:the\s+)?(?:(?:so-called\s+)?(?:[\w-]+\s+){0,3}?(?:group|friends)(?:\s+of\s+[\w-]+)?"
    r"\s*(?:-+|:|,)\s*(?:the\s+)?)?$")
_E10_DRAFT = re.compile(
    r"\b(?:e-?10|elected\s+members')(?:\s*-\s*(?:drafted|sponsored|led)|\s+(?:[\w-]+\s+)?"
    r"(?:draft|text|resolution|proposal))\b")
# ... and the drafter who leads the co-sponsors: "Sweden, the lead drafter, was joined by"
_PENHOLDER = re.compile(r"\bpen-?holders?\b|\b(?:holds|held|hold)\s+the\s+pen\b"
                        r"|\b(?:lead|main|chief|principal)\s+(?:drafters?|sponsors?|authors?)\b"
                        # "Niger and Ireland, the two authors, voted in favour"
                        r"|(?<=,\s)(?:the|its|their)\s+(?:two|three|four|joint)\s+(?:co-?)?"
                        r"(?:drafters|sponsors|authors)\b(?=\s*(?:,|-))")
_PENHOLDER_WORDS = ("holder", "the pen", "lead ", "main ", "chief ", "principal ", "authors",
                    "drafters", "sponsors")
# ("The United States is the penholder on this file")
_LEAD_BEFORE_PENHOLDER = re.compile(r"[\s,]*(?:(?:is|was|are|were|remains|remain)\s+)?"
                                    r"(?:the\s+|as\s+|and\s+)*(?:,\s*(?:which|who)\s+)?"
                                    # ("Estonia and Norway were co-penholders on the text")
                                    r"(?:(?:joint\s+)?co-)?$")
_ELECTED_DRAFTED = re.compile(
    # ("The draft was the joint work of the Council's ten elected members: Greece, ...")
    r"\b(?:text|draft|resolution|proposal)\s+(?:was|is)\s+the\s+(?:joint\s+)?work\s+of\s+(?:all\s+)?"
    r"(?:the\s+)?(?:council's\s+)?(?:ten|10)\s+(?:elected|non-permanent)\s+members\b|"
    r"\b(?:the\s+)?(?:ten|10)\s+(?:elected|non-permanent)\s+members(?:\s+of\s+the\s+council)?"
    # (the aside may name all ten: "the ten elected members of the Council -- Algeria, ...,
    # Slovenia and Switzerland -- brought their own draft to a vote")
    r"(?:\s+-+\s[^-;.]{1,160}?\s-+|\s*,[^,;.]{1,80},)?\s+(?:then\s+|also\s+|jointly\s+)?"
    r"(?:drafted|tabled|wrote|put\s+forward|circulated|submitted|presented|(?:put|brought|took)\s+"
    r"their\s+own\s+(?:text|draft|resolution))\b")
_GAP_AFTER_ELECTED = re.compile(r"[\s,:(-]*")
_ELECTED = re.compile(
    # ("written jointly by all ten elected members of the Council")
    r"\b(?:the\s+|its\s+|all\s+(?:the\s+)?)?(?:council's\s+)?(?:ten|10|six|6|elected)\s+"
    r"(?:elected\s+|non-permanent\s+)?members\b|\be-?10\b",
)
_ADJ_AND = re.compile(r"\s*,\s*|,?\s+and\s+")


# "Resolution 2616, a Mexican initiative": an initiative in apposition to a numbered text
_INITIATIVE = re.compile(r"(?:'s)?\s+initiative\b")
_APPOSED = re.compile(r"\b(?:resolution\s+\d{1,4}|s/\d{4}/\d{1,4}|s/\d{2,5})\s*,\s*(?:an?|the)\s+$",
                      re.I)


def _adjectival(m: Mention) -> bool:
    return m.kind in ("short", "demonym", "adjective") or m.possessive


# After "X put forward the text": its co-drafters, named or after a description
_CO_DRAFTERS = re.compile(
    # ("together with, among others, the United Kingdom, France ...")
    r"\s*,?\s*(?:(?:(?:together|along|jointly)\s+)?with|alongside)(?:\s*,\s*among\s+others\s*,)?"
    r"\s+(?:the\s+)?(?P<described>(?:[^,;.:()-]{1,70}?)"
    r"\s*(?::|\(|-+|,\s*(?:namely|including))\s*)?(?:the\s+)?")


def _co_drafters(text: str, pos: int, hi: int, coded: list[Mention]) -> re.Match[str] | None:
    """"with the other members of the group -- A and B": the co-drafters after "with", past
    a description of them; a description that names members is the list itself ("together
    with Jordan and Luxembourg -- the other penholders -- and with France")."""
    m = _CO_DRAFTERS.match(text, pos, hi)
    if m is not None and m.group("described") and any(
            m.start("described") <= x.start < m.end("described") for x in coded):
        return _CO_DRAFTERS_PLAIN.match(text, pos, hi)
    return m


_CO_DRAFTERS_PLAIN = re.compile(
    r"\s*,?\s*(?:(?:(?:together|along|jointly)\s+)?with|alongside)(?:\s*,\s*among\s+others\s*,)?"
    r"\s+(?:the\s+)?")
# "The co-sponsors included A and B", "sponsors: A, B", "its co-sponsor list ... including A",
# a record's "Proposer: France", "Drafters: A and B"
_SPONSOR_LIST = re.compile(
    r"\b(?:(?:co-?)?sponsors?|proposers?|drafters?)(?:\s+list)?\b(?:[^.;:]{0,60}?)?(?:\b(?:including|"
    r"included|includes|such\s+as|among\s+them|namely|were|are)\b|:(?:\s*(?:among\s+them|"
    r"including|namely)\b)?)\s*(?:the\s+)?"
    # "thanks the four co-sponsors -- Malaysia, New Zealand, Senegal and Venezuela --"
    # ... "the three nuclear co-sponsors of the Non-Proliferation Treaty -- A, B and C --"
    r"|\b(?:the|its|their)\s+(?:\w+\s+){0,2}?(?:co-?)?sponsors(?:\s*(?:-+|,|\()|\s+of\s+the\s+"
    r"[\w-]+(?:\s+[\w-]+){0,2}?\s*(?:-+|\())\s*(?:the\s+)?")
_AMONG_WHO_SPONSORED = re.compile(
    r"\bamong\s+(?:the\s+|those\s+)?(?:[\w-]+\s+){0,3}?(?:that|who|which)\s+(?:put\s+their\s+names?"
    r"\s+to|co-?sponsored|sponsored|signed\s+on\s+to|joined\s+as\s+co-?sponsors\s+of|"
    # ("Among the countries that put the draft forward were A, B and C")
    r"drafted|tabled|submitted|presented|put)\s+"
    r"(?:it|the\s+(?:[\w-]+\s+)?(?:draft|text|resolution))(?:\s+forward)?\s+(?:were|was|are|is)\s+"
    r"(?:the\s+)?")
_NOT_AMONG = re.compile(r"\b(?:not|never)\s+(?:among|one\s+of)\s+(?:the\s+|its\s+)?(?:[a-z]+\s+)?$")
# A group named before its members: "by eight non-permanent members, namely", "by a group of
# countries including", "by the non-aligned caucus on the Council -- A, B and C --", "by more
# than 30 states outside the Council, among them", "Council members including"
_BY_DESCRIBED = re.compile(
    # ("by the four members of the "Friends of Western Sahara" on the Council: A, B, C and D")
    r"(?:the\s+)?(?:[\w'\"\u201c\u201d-]+\s+){0,10}?[\w'-]+\s*:\s*(?:the\s+)?"
    # "by the group of countries known in the corridors as the 'Friends of Haiti': A, B"
    r"|(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:group|club|circle|caucus)\s+(?:of\s+[\w-]+\s+)?"
    r"(?:known|described)\s+[^:;.]{0,60}?\bas\s+[^:;.]{1,60}?:\s*(?:the\s+)?")
# "by a large group of co-sponsors from the Like-Minded Group and beyond, among them A"
# ... "co-sponsored by a long list of states that are not on the Council, among them A and B"
_BY_SPONSORS_AMONG = re.compile(r"(?:[^.;:]{0,60}?\b(?:co-?)?sponsors\b"
                                r"|(?:a\s+)?(?:long\s+list|large\s+group|dozens|scores)\s+of\b)"
                                r"[^.;:]{0,100}?,\s*(?:among\s+them|including|notably)\s+"
                                r"(?:the\s+)?")
# "including three of our neighbours and fellow troop contributors -- A, B and C --"
_DASH_DESCRIBED = re.compile(r"(?:[\w'-]+\s+){1,8}?[\w'-]+\s+-+\s+(?:the\s+)?")
_BY_GROUP = re.compile(
    # ("a number of African and Pacific states, including A and B")
    r"(?:(?:a\s+)?(?:number|host|handful|group|range)\s+of\s+)?"
    r"(?:[\w'-]+\s+){0,5}?(?:members|countries|states|nations|delegations|governments|caucus|"
    # ("the Group of Friends of the Secretary-General on Georgia -- A, B, C")
    r"bloc|group|partners|allies)\b(?:\s+(?:of|on|in|for|from|outside)\s+(?:[\w-]+\s+){0,2}?[\w-]+)"
    r"{0,3}"
    # ("the countries known as the "Friends of the Secretary-General for Haiti": A, B")
    r"(?:\s+(?:known\s+as|called)\s+(?:the\s+)?[\"\u201c]?[^\"\u201d:;.]{1,60}[\"\u201d]?"
    # ... ("the group of countries that call themselves the "Friends of ...": A, B"; the name
    # quoted, or ending at the dash that opens the list)
    r"|\s+(?:that|which|who)\s+(?:call|calls|called)\s+(?:themselves|itself)\s+(?:the\s+)?"
    r"(?:[\"\u201c][^\"\u201d:;.]{1,60}[\"\u201d]|[^\"\u201c\u201d:;.-]{1,60}?))?"
    # ("a group of countries that have followed Haiti closely -- among them A and B")
    r"(?:\s+(?:that|which|who)\s+(?!includ|compris|was\s+made)[^,;:.()-]{1,60}?"
    r"(?=\s*(?:-+|,)\s*(?:namely|including|among\s+them)\b))?"
    # ("a long list of countries, members and non-members of the Council alike - among them")
    # (not "introduced by a group of non-aligned members, won 13 votes, among them A": voters)
    r"(?:\s*,\s*(?![^,;:.]{0,60}?\bvotes?\b)[^,;:.]{1,60}?"
    r"(?=\s*(?:-+|,)\s*(?:namely|including|among\s+them)\b))?"
    r"\s*(?:(?:,|:|\(|-+)?\s*(?:namely|including|among\s+them|such\s+as|led\s+by|notably|"
    r"(?:that|which|who)\s+(?:included|includes|include|comprised|was\s+made\s+up\s+of))\b"
    r"\s*(?::\s*)?(?:by\s+)?|:|\(|-+"
    # ("the Contact Group countries, our old friends the Americans, the Russians, ...")
    r"|\s*,\s*(?:our|their|its)\s+(?:[\w-]+\s+){0,2}?(?:friends|allies|partners|neighbou?rs)"
    r"(?=\s+the\s)"
    # ("drafted by the Western members of the Contact Group, the United States, Britain, ...":
    # a plain comma, when the names follow)
    r"|(?<!united\sstates)(?<!united\snations)\s*,(?=\s))\s*(?:the\s+)?"
    # ("more than forty states, including the Council members Togo and Guatemala")
    r"(?:(?:security\s+)?council\s+members\s+)?")
# ... "and by two more Council members, Honduras and Indonesia": a counted group, named
# ("put forward by the six non-aligned members, Bangladesh, Jamaica, ...")
_BY_COUNTED = re.compile(r"(?:the\s+)?(?:(?:more\s+than|over|some|nearly|almost)\s+)?(?:two|three|"
                         r"four|five|six|seven|eight|nine|ten|[a-z]+ty|[a-z]+teen|\d{1,3})\s+"
                         # ("drafted by two of its three African members, Gabon and Nigeria")
                         r"(?:of\s+(?:its|the|their)\s+(?:two|three|four|five|ten|\d{1,2})\s+)?"
                         r"(?:[\w'-]+\s+){0,3}?(?:members|countries|states|nations|delegations|"
                         # ("by three African members of the Council, Egypt, Botswana and ...")
                         r"governments)(?:\s+(?:of|on)\s+the\s+(?:security\s+)?council)?"
                         r"\s*(?:,|:|-+)\s*(?:the\s+)?")
# After a list of drafters, more of them: "..., alongside Council members including A and B",
# "sponsored by the United States with Argentina, Canada and France"
# ("A and B -- an unusual pairing -- with C", "A and B -- the Friends of the Secretary-General --
# together with C")
_LIST_MORE = re.compile(r"(?:\s+-+(?:[^-;.]|(?<=\w)-(?=\w)){1,90}?\s-+"
                        # ("all five permanent members -- A, B, C, D and E -- as well as F")
                        r"|\s+-+(?=\s*(?:as\s+well\s+as|alongside|together|along|and)\b))?"
                        # ("drafted by A, B and C, joined by D and E")
                        # ("A, B and C from the Council's own ranks, as well as countries
                        # such as D and E")
                        r"(?:\s+(?:from|of)\s+(?:the\s+)?council(?:'s)?(?:\s+own)?(?:\s+ranks)?"
                        r"(?=\s*,\s*(?:as\s+well\s+as|and|alongside|together|along)\b))?"
                        # ("put forward by Egypt, on behalf of the Arab Group, and by Tunisia")
                        r"(?:\s*,\s*on\s+behalf\s+of\s+(?:the\s+)?[^,;.]{1,50}(?=,\s*and\b))?"
                        # ("put forward by Algeria, the Arab member of the Council, with
                        # Pakistan and Tunisia as co-sponsors")
                        r"(?:\s*,\s*(?:the|a|an|its)\s+[^,;.()]{1,60}(?=,\s*(?:with|alongside|"
                        r"(?:together|along)\s+with|as\s+well\s+as|joined\s+by)\b))?"
                        r"\s*,?\s*(?:alongside|(?:together|along)\s+with|as\s+well\s+as|with|"
                        r"joined\s+by|and(?:\s+also)?)\s+(?:by\s+)?(?:the\s+)?"
                        r"(?:(?:other\s+)?(?:countries|states|nations)\s+(?:such\s+as|like|"
                        r"including)\s+(?:the\s+)?)?")
_WITH_VOTING = re.compile(r"\s+(?:abstaining|voting|opposing|objecting|dissenting|against)\b")
# "Slovenia voted in favour and was one of nine co-sponsors, together with A, B and C"
# "the first", "on the second", "the latter": one of the texts just told, by its place
ONE_BY_PLACE = re.compile(r"(?i:\bthe\s+(?:first|second|third|fourth|last|former|latter)\b"
                           r"(?!\s+(?:time|occasion|round|two|three|four)\b))")
_SO_DID_TOO = re.compile(r"[^.;:]{0,40}?,?\s+and\s+so\s+did\s+(?:the\s+)?")
# ... "The draft, S/2024/383, with China among its co-sponsors, would have ..."
_WITH_AMONG_SPONSORS = re.compile(r"\s+among\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:co-?)?"
                                  r"sponsors\b")
# "among the countries that put the text forward", "one of six states that sponsored it"
_AMONG_THOSE_WHO_DRAFTED = (
    r"(?:one\s+of|among)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:countries|states|members|"
    r"delegations|governments)\s+(?:that|which|who)\s+(?:had\s+)?(?:jointly\s+|together\s+)?"
    r"(?:put\s+(?:the\s+(?:text|draft|"
    r"resolution)|it)\s+forward|(?:put\s+forward|(?:co-?)?sponsored|drafted|tabled|wrote)\s+"
    r"(?:it|the\s+(?:text|draft|resolution)))")
_ONE_OF_SPONSORS = re.compile(
    # ("A, B and C, all of them among the drafters, voted in favour")
    r"\s*,\s*(?:all|both)\s+(?:of\s+them\s+)?(?:among\s+(?:the|its)\s+)?(?:co-?)?(?:sponsors|"
    r"drafters|authors)\s*,|"
    # ("Portugal, which is not a member of the Council, was one of the eleven co-sponsors")
    # ... "Japan and South Korea, the two countries most threatened, were among the dozens of
    # co-sponsors" ("A and B -- the African members of the Council -- were co-sponsors")
    r"(?:\s*,[^,;.]{1,130},|\s+-+\s[^-;.]{1,80}?\s-+)?"
    # ("Croatia, which ..., voted in favour and was one of the co-sponsors")
    r"(?:\s+voted\s+(?:in\s+favou?r|for\s+it|yes)\s+and)?"
    # ("Chile appeared this time among the co-sponsors of the text")
    r"(?:\s+(?:and\s+)?(?:[\w-]+\s+){0,3}?(?:and\s+)?)?\s*(?:was|is|were|are|appeared|appears|"
    r"figured|figures)\s+(?:also\s+|again\s+|this\s+time\s+)?"
    # ("Malaysia, as Chair of the Movement, was itself a co-sponsor, together with A and B")
    r"(?:(?:itself|themselves)\s+)?(?:(?:(?:an?|the)\s+(?:lead\s+|main\s+|joint\s+)?)?(?:co-?)?"
    # ("Sofia was a co-sponsor of the text, with A and B")
    r"sponsors?\b(?:\s+of\s+(?:the|its|this)\s+(?:text|draft|resolution|measure)\b)?|"
    # ("was among the text's co-sponsors"; "was among the authors of the text, together with
    # France, Germany and Italy")
    r"(?:one\s+of|among)\s+(?:the\s+|its\s+)?(?:[\w'\u2019-]+\s+){0,2}?(?:(?:co-?)?sponsors|"
    r"authors|drafters)"
    # ("among the co-sponsors of the draft (S/2009/111), together with A, B and C")
    # ("among the co-sponsors of the Mali text were A and B": a topic before the noun)
    r"(?:\s+of\s+(?:the|its|this)\s+(?:[\w'\u2019-]+\s+)?(?:text|draft|resolution|measure)"
    r"(?:\s*\([^()]{1,40}\))?)?"
    r"|(?:listed|named|"
    r"registered|signed\s+on)\s+as\s+(?:an?\s+|the\s+|its\s+)?(?:co-?)?sponsors?"
    # "Ireland, Norway and Bulgaria were among the countries that put the text forward"
    # ... ("Botswana was one of six countries that put the draft forward, together with A")
    r"|" + _AMONG_THOSE_WHO_DRAFTED + r")(?:\b|(?<=\)))")
# "Russia and China put their names to it", "Malta tabled it": the draft already in hand
_DRAFTED_IT = re.compile(r"\b(?:names?\s+(?:to|on)|tabled|submitted|sponsored|drafted|wrote|"
                         r"put\s+forward)\s+(?:it|them)\b|\bput\s+it\s+forward\b"
                         # "Sudan, Pakistan and South Africa also put their names to the text"
                         r"|\bnames?\s+(?:to|on)\s+the\s+(?:text|draft|resolution)\b")
# "Slovenia, which sits on the Council, was also a sponsor": one more name for the text in
# hand, as "co-sponsor" would say
_ONE_MORE_SPONSOR = re.compile(r"\b(?:was|were|is|are)\s+(?:also\s+)?(?:(?:one\s+of|among)\s+"
                               r"(?:the|its)\s+(?:[\w-]+\s+)?|an?\s+)sponsors?\b")
# ("Haiti itself was also among the countries that put the resolution forward")
_AMONG_DRAFTERS_IN_HAND = re.compile(r"\b(?:was|were)\s+(?:also\s+)?" + _AMONG_THOSE_WHO_DRAFTED)
_SPONSORED_IT_INCLUDING = re.compile(
    r"\b(?:(?:co-?sponsored|sponsored|tabled|drafted|submitted)\s+(?:it|them|the\s+(?:text|draft|"
    # ("... co-sponsored it, among them Council members Ireland, Norway and Mexico")
    r"resolution))"
    # ("all fifteen members put their names to it as co-sponsors, including Venezuela")
    r"|put\s+their\s+names\s+(?:to|on)\s+(?:it|the\s+text)(?:\s+as\s+(?:co-?)?sponsors)?)"
    r"\s*,\s*(?:including|among\s+them)\s+(?:(?:council|non-council)\s+members\s+)?"
    r"(?:the\s+)?")
_IT_WAS_ONE_OF = re.compile(r"\b(?:and\s+)?it\s+(?:was|is)\s+(?:also\s+)?(?:one\s+of|among)\s+"
                            r"(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?co-?sponsors\b")
# the opening of a sentence before its subject: a speaker's label, quotes
_SUBJECT_OPENS = re.compile(r"(?:[A-Za-z]+(?:\s*\([^()]{1,30}\))?:)?[\s\"'\u201c]*(?:the\s+)?",
                            re.I)
_AMONG_THEM_WERE = re.compile(r"\bamong\s+them\s+(?:were|are|was|is)\s+(?:the\s+)?")
# "Nigeria was among the co-sponsors, as were Chad and France"
_AS_WERE = re.compile(r"\s*,?\s*(?:and\s+)?(?:as|so)\s+(?:were|was|did)\s+(?:the\s+)?")
_AMONG_THEM = re.compile(r"(?<=[a-z.)])(?:\s+(?:were|are)(?:\s+also)?)?\s+among\s+them\b")
# "sponsored the text: A, B and C", "drafted the resolution -- A and B"
_VERB_OBJECT_LIST = re.compile(
    r"\b(?:co-?sponsored|sponsored|drafted|tabled|submitted|wrote|put\s+forward|proposed|"
    r"(?P<put>put))\s+"
    r"(?:the|this|that|its)\s+(?:[\w-]+\s+){0,2}?(?:text|draft|resolution|proposal|measure)"
    # ("Six countries put the draft forward: A, B, ...")
    r"(?(put)\s+forward)"
    # ("Two countries wrote the resolution together: A and B")
    r"(?:\s+(?:together|jointly))?\s*(?::|-+|\(|,\s*namely)\s*(?:the\s+)?")


# "by France, with China joining the consensus": what the members after "with" did, which
# is no drafting ("with A and B joining as co-sponsors" is)
_WITH_DOING = re.compile(
    r"\s+(?!joining\s+(?:in\s+)?as\s+(?:co-?)?sponsors)(?:[a-z]+ing|against)\b")


def _drafter_list(text: str, pos: int, coded: list[Mention], hi: int) -> list[Mention]:
    """The drafters named from ``pos`` on: a list of members, or a group then its members
    ("other council members, among them A, B and C"), and any more after "alongside",
    "with", "as well as" ("by A with B and C", "..., alongside Council members including D")."""
    out = _member_list_after(text, pos, coded, hi, sep=_CO_SEP)
    if not out:
        # ("put forward by the usual suspects: A, B and C")
        for pattern in (_BY_GROUP, _BY_DESCRIBED, _DASH_DESCRIBED, _BY_COUNTED):
            # (the first description that leads to a list: "the countries of the so-called
            # Group of Friends of Western Sahara: A, B and C" is no "countries of the so-")
            if (gm := pattern.match(text, pos, hi)) is not None and (
                    out := _member_list_after(text, gm.end(), coded, hi, sep=_CO_SEP)):
                break
        if not out and (gm := _BY_SPONSORS_AMONG.match(text, pos, hi)):
            out = _member_list_after(text, gm.end(), coded, hi, sep=_CO_SEP)
    while out and (text.startswith((",", " "), out[-1].end)
                   and (mm := _LIST_MORE.match(text, out[-1].end, hi))):
        more = _member_list_after(text, mm.end(), coded, hi, sep=_CO_SEP)
        if not more and (gm := _BY_GROUP.match(text, mm.end(), hi)
                         or _BY_COUNTED.match(text, mm.end(), hi)):
            more = _member_list_after(text, gm.end(), coded, hi, sep=_CO_SEP)
        # not "drafted by France, with China abstaining", nor "with Germany's backing"
        if not more or more[0].possessive or _WITH_DOING.match(text, more[-1].end, hi):
            break
        out += more
    return out


# ("Germany, which sits on the Council this year and next, and Peru": past a relative aside)
LIST_SEP = re.compile(r"^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s*&\s*"
                       r"|\s*,\s*(?:which|who)\b[^,;.()]{1,100},\s*and\s+)(?:the\s+)?$")
# "tabled by Malaysia, together with the Netherlands, Australia ...": co-drafters, but only
# after "by" (elsewhere "along with" joins the voters to the drafters)
_CO_SEP = re.compile(
    # an aside may sit between two parts of the list: "A and B - an unusual pairing -
    # together with C", "A, B and C, the three African members, as well as D"
    # (and "A, which sits on the Council for 2009 and 2010, together with B", "Equatorial
    # Guinea itself, South Africa and ...")
    # (not "A and B, all of whom voted for it, along with C": C is a voter, not a drafter)
    r"^(?:\s+-+(?:[^-;.]|(?<=\w)-(?=\w)){1,120}-+|\s*,\s*(?:the|a|an|its|their|both|all)\s+"
    r"(?![^,;.()]{0,20}\b(?:voted|abstained|opposed|backed|supported)\b)[^,;.()]{1,60}(?=,)"
    # ... "A, whose soldiers form the backbone of the force, B, C and D"
    r"|\s*,\s*(?:which|who|whose)\s+[^,;.()]{1,80}(?=,)"
    # ... "A, in the north of Europe, and B, in West Africa"
    r"|\s*,\s*(?:in|from|on)\s+(?:the\s+)?[^,;.()]{1,40}(?=,)"
    r"|\s+(?:itself|themselves)(?=,|\s+(?:and|(?:together|along)\s+with|as\s+well\s+as)\b)"
    # ... "Seychelles and Somalia's Transitional Federal Government as well as the United
    # States": the state's government, then more of the list
    r"|['\u2019]s\s+(?:[a-z-]+\s+){0,3}(?:government|authorities|administration))?"
    # ("together with A and B -- all troop contributors -- and with C and D")
    r"(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s*&\s*|,?\s*(?:together|along|and)\s+"
    r"with\s+|,?\s*as\s+well\s+as\s+"
    # "... the United States and, notably, Russia"
    r"|,?\s+and\s*,\s*[a-z]+ly\s*,\s*"
    # "among them Ireland, and Council members Japan, Sierra Leone and Slovenia"
    r"|,?\s+and\s+(?:the\s+|fellow\s+)?(?:council|non-permanent|elected|permanent)\s+"
    r"members?\s+)"
    # ("co-sponsored by A and B, which sit on the Council, and by C and D")
    r"(?:(?<=and\s)(?:also\s+)?by\s+)?(?:the\s+)?$")


@dataclass(slots=True)
class Clause:
    sent: Sentence
    lo: int
    hi: int
    header: bool
    ga: bool = False
    sc_named: bool = False  # "Security Council" spelled out
    council: bool = False  # the body named nearest the vote is the Council ("the Council")
    plural: bool = False
    outcome: list[Cue] = field(default_factory=list)
    tallies: list[tuple[int, int, int | None, int, int]] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    votes: list[Assignment] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    sponsor_groups: list[list[Mention]] = field(default_factory=list)
    sponsor_elected: bool = False
    # drafters read from a name before the draft noun ("a United States draft"): "the Cyprus
    # draft" names its topic instead, so these count only for members on the Council
    named_drafters: set[int] = field(default_factory=set)
    symbols: list[tuple[str, int | None]] = field(default_factory=list)
    resolutions: list[tuple[int, int | None]] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    anaphoric: bool = False
    # names co-sponsors: those join a text already drafted, so they belong to the one in hand
    co_sponsors: bool = False
    new_draft: bool = False
    new_draft_definite: bool = False  # "the rival text": maybe the one already opened
    ordinal: bool = False
    final_ref: bool = False
    unanimous: bool = False
    big_tally: bool = False  # numbers only an assembly of 193 could produce
    # "Each drew nine votes", "Both failed": one clause for several drafts. ``each`` is how
    # many it names (1 when it does not say); ``intro`` is where the story said how many
    # drafts it goes on to tell ("tried twice", "two texts"), ``intro_n`` that number.
    each: int = 0
    intro: int = -1
    intro_n: int = 0
    # how many drafts a plural clause counts ("vetoed four sanctions drafts"): 0 if unsaid
    plural_n: int = 0
    # dates a vote some months back that the story still tells in full (its day is kept)
    recalled: bool = False
    # answers "When did this happen?": its day is the day of the vote just told
    day_asked: bool = False
    # "Dr. Amadeo did not take part in the vote": someone cast no vote, the story not
    # saying (in words we read) who
    away_unnamed: bool = False
    # the vote of a body of the outlet's own world ("The board decided by four votes to one")
    elsewhere: bool = False
    # the sides the clause's vote words say, before context is read ("yes", "abstain", ...)
    vote_words: frozenset[str] = frozenset()
    # where the clause whose subject this one's verb shares begins, for the second verb of a
    # subject that voted twice ("... but voted for the Brazilian text"); else -1
    second_of: int = -1
    # a copy of another text's clause, lent for its outcome ("met with exactly the same
    # fate"): where it stands says nothing of where this text is told
    borrowed: bool = False

    @property
    def live_outcomes(self) -> list[Cue]:
        return [c for c in self.outcome if c.live]

    @property
    def sponsors(self) -> list[Mention]:
        return [m for g in self.sponsor_groups for m in g]

    def silence(self) -> None:
        """Forget what the clause says of a vote: another body's, a simulation's, one the
        story corrects."""
        self.outcome, self.tallies, self.counts, self.votes, self.unanimous = [], [], [], [], False

    @property
    def has_vote_content(self) -> bool:
        return bool(self.live_outcomes or self.tallies or self.counts or self.votes
                    or self.unanimous)


_LEAD_GAP = re.compile(r"\s*(?:the\s+)?")
# "The penholders, France and Japan, ...", "whose penholders are Brazil and Switzerland"
_COPULA_GAP = re.compile(r"\s*(?:,|:|-|\(|(?:are|were|is|was)\b)?\s*(?:the\s+)?")
# ("The two co-penholders on the Syria humanitarian file, Brazil and Switzerland, proposed")
_FILE_AFTER = re.compile(r"\s+(?:on|for)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?(?=\s*,)")


_APPOSITIVE_OPENS = re.compile(r"\s*,\s*(?:the|a|an|its|their)\s+[^,;.()]{1,60}$")


def _member_list_after(text: str, pos: int, mentions: list[Mention], hi: int,
                       lead: re.Pattern[str] = _LEAD_GAP,
                       sep: re.Pattern[str] = LIST_SEP) -> list[Mention]:
    """The run of member mentions starting at ``pos`` ("France, Spain and the UK")."""
    out: list[Mention] = []
    cur = pos
    for m in mentions:
        if m.start < cur or text[m.start] == " ":
            continue  # (a name inside a quotation, blanked: "the 'Friends of Haiti'")
        gap = text[cur:m.start]
        if out and not sep.match(gap):
            if sep is _CO_SEP and _APPOSITIVE_OPENS.match(gap) and (
                    text.startswith(",", m.end) or text.startswith(" ", m.end)):
                continue  # "Britain, the traditional penholder on Cyprus, together with France"
            break
        if not out and not lead.fullmatch(gap):
            break
        if m.start >= hi:
            break
        out.append(m)
        cur = m.end
    return out


def _member_list_before(text: str, pos: int, mentions: list[Mention], lo: int) -> list[Mention]:
    out: list[Mention] = []
    cur = pos
    for m in reversed(mentions):
        if m.end > cur:
            continue
        gap = text[m.end:cur]
        if out and not LIST_SEP.match(gap):
            break
        if not out and gap.strip():
            break
        if m.start < lo:
            break
        out.append(m)
        cur = m.start
    return list(reversed(out))


_DRAFT_WORDS = ("draft", "text", "resolution", "proposal", "amendment", "measure", "document",
                "bid", "version", "motion", "compromise")
_DRAFTING_VERBS = ("wrote", "took", "written", "draft", "tabled", "submitted", "sponsored", "put",
                   "proposed", "circulated", "introduced", "presented", "drew", "drawn",
                   "penned", "authored", "prepared", "brought", "revived", "names", "co-sponsor",
                   "presenting", "steered", "shepherded", "piloted")


def _sponsors(text: str, lo: int, hi: int, mentions: list[Mention], sent_lo: int | None = None
              ) -> tuple[list[list[Mention]], bool, set[int]]:
    """Drafters named in a clause, one group per noun phrase, in order of appearance.

    "The Russian Federation ... had circulated its competing text ... after days of
    talks on the French-Spanish draft" names two drafts: [RUS] and [FRA, ESP].
    """
    groups: list[list[Mention]] = []
    elected = False
    by_name: set[int] = set()  # starts of full names read as drafters: "the Cyprus draft"
    coded = [m for m in mentions if any(e.code for e in m.entries)]

    def with_hyphenated(i: int) -> list[Mention]:
        # "United States-British draft", "French-Spanish text": the hyphen joins drafters
        group = [coded[i]]
        j = i - 1
        while j >= 0 and (
                _HYPHEN_NEXT.match(text[coded[j].end:coded[j + 1].start])
                # "an Albanian and American draft", "the British, French and US text"
                or (_ADJ_AND.fullmatch(text, coded[j].end, coded[j + 1].start)
                    and _adjectival(coded[j]) and _adjectival(coded[j + 1]))):
            group.insert(0, coded[j])
            j -= 1
        return group

    seg = text[lo:hi]
    drafts = any(w in seg for w in _DRAFT_WORDS)
    for i, m in enumerate(coded):
        if m.kind == "envoy":
            continue
        if text.startswith("-", m.end) and _DRAFTED_SUFFIX.match(text, m.end, hi):
            groups.append(with_hyphenated(i))
            continue
        adjective = m.kind in ("short", "demonym", "adjective") or m.possessive
        named = not adjective and (
            # "a United States draft", "the Russian Federation text" (and "a United States
            # resolution": a permanent member's name before it is no topic, as "a Cyprus
            # resolution" is)
            m.kind in ("name", "official") and (
                _NAME_AS_ADJECTIVE.match(text, m.end, hi) is not None or (
                    text.startswith(" resolution", m.end) and _ever_permanent(m)))
            and _DETERMINER_BEFORE.search(text, max(lo, m.start - 5), m.start) is not None)
        if drafts and adjective and _INITIATIVE.match(text, m.end, hi) and _APPOSED.search(
                text, max(lo, m.start - 40), m.start):
            # "Resolution 2616, a Mexican initiative on ...": the text's drafter
            groups.append(with_hyphenated(i))
            continue
        if drafts and (adjective or named) and ATTRIBUTIVE.match(text, m.end, hi) and not (
                _LANGUAGE_VERSION.match(text, m.end, hi)
                # ("The original Dutch text is on microfilm": the language it was written in)
                or text.endswith("original ", max(lo, m.start - 9), m.start)
                # ("English version of the Greek text": the language it was written in)
                or _VERSION_OF_BEFORE.search(text, max(lo, m.start - 40), m.start) is not None
                # ("Sweden, which had abstained on the American text, this time voted in
                # favour": the text told before, named in an aside, not this one's drafter)
                or text.endswith("the ", lo, m.start) and _HAD_VOTED_ON.search(
                    text, max(lo, m.start - 60), m.start)):
            groups.append(with_hyphenated(i))
            if named:
                by_name.add(m.start)
    for m in coded if any(w in seg for w in _OF_SPONSOR_HINTS) else ():
        # "the text of the Russian side", "a rival draft from Brazil"
        if m.kind != "envoy" and _OF_SPONSOR.search(text, max(lo, m.start - 80), m.start):
            groups.append(_member_list_after(text, m.start, coded, hi))
    for wm in _WHICH_INTRODUCED.finditer(text, lo, hi) if " which " in seg else ():
        # "The United States, which introduced the text with Argentina, Canada, France and
        # Venezuela, voted in favour": the member before the aside and those with it
        # ("the United States, France and Britain, which drafted the text together with
        # Belgium, Italy and Slovakia": the whole list before the aside)
        before = _member_list_before(text, wm.start(), coded, lo)
        if before:
            groups.append(before + _drafter_list(text, wm.end(), coded, hi))
    for bm in _BY_SPONSOR.finditer(text, lo, hi) if " by" in seg else ():
        if "amendment" in seg and _TO_ANOTHER_TEXT.search(text, max(lo, bm.start() - 60),
                                                          bm.start()):
            continue  # "two amendments ... to a short draft put forward by the United States"
        em = _ELECTED.match(text, bm.end())
        if em:
            after = _member_list_after(text, bm.end(), coded, hi, sep=_CO_SEP)
            gap = _GAP_AFTER_ELECTED.match(text, em.end())
            after = after or _member_list_after(text, gap.end() if gap else em.end(), coded, hi)
            elected = elected or not after
        else:
            after = _drafter_list(text, bm.end(), coded, hi)
            if not after and (gm := _GROUP_AMONG.match(text, bm.end(), hi)):
                # "sponsored by a group of Islamic and non-aligned states, among them A, B
                # and C, together with D itself"
                after = _member_list_after(text, gm.end(), coded, hi, sep=_CO_SEP)
        if after:
            groups.append(after)
    for wm in _WERE_THE_SPONSORS.finditer(text, lo, hi) if " the " in seg else ():
        # "The five non-aligned members (Cape Verde, Djibouti, Morocco, Pakistan and Venezuela)
        # were the sponsors": the list just before
        group = _member_list_before(text, wm.start(), coded, lo)
        if group:
            groups.append(group)
    for own in _TEXT_WAS_OWNERS.finditer(text, lo, hi) if "'s" in seg or "\u2019s" in seg else ():
        # "The text was Norway's.": its owner, in the possessive
        owner = next((m for m in coded if m.start == own.end()), None)
        if owner is not None and _OWNER_ENDS.match(text, owner.end):
            groups.append([owner])
    for im in _SPONSORED_IT_INCLUDING.finditer(text, lo, hi) if (
            "including" in seg or "among them" in seg) else ():
        # "Thirteen of the Council's members co-sponsored it, including all five permanent
        # members -- A, B, C, D and E -- as well as F and G"
        after = _drafter_list(text, im.end(), coded, hi)
        if after:
            groups.append(after)
    if ("e10" in seg or "e-10" in seg or "elected members'" in seg) and _E10_DRAFT.search(
            text, lo, hi):
        elected = True  # "the E10 text", "an E10-drafted resolution"
    if "elected" in seg and _ELECTED_DRAFTED.search(text, lo, hi):
        # "the ten elected members -- the group often called the E10 -- put their own text
        # to the vote"
        elected = True
    drafting = [(m, sm) for m in coded if m.kind != "envoy" and (
        sm := _SUBJECT_SPONSOR.match(text, m.end, hi) or _WHICH_DRAFTED.match(text, m.end, hi)
        or _object_drafted(text, m, coded, lo, hi) or _joined_list_drafted(text, m, coded, lo, hi)
    )] if any(
        w in seg for w in _DRAFTING_VERBS) else []
    for m, sm in drafting:
        if any(m.end < other.start and other.end <= sm.end() for other, _ in drafting):
            # ("A, B and C voted yes -- and of course D and E, who wrote it": the names
            # nearest the verb are its subject, not those before an aside that holds them)
            continue
        group = _member_list_before(text, m.end, coded, lo)
        if len(group) > 1 and sm.re is _WHICH_DRAFTED and _VOTERS_NAMED_BEFORE.search(
                text, max(lo, group[0].start - 16), group[0].start):
            # ("Thirteen voted in favour, including Japan, Korea and the United States, which
            # drafted the text": the voters are named; the aside is the last one's)
            group = group[-1:]
        if group and (tw := _TOGETHER_WITH_BEFORE.search(text, max(lo, group[0].start - 30),
                                                         group[0].start)):
            # ("Bulgaria, together with Angola, ... and the United States, co-sponsored"):
            # the one they joined leads the list
            group = _member_list_before(text, tw.start(), coded, lo) + group
        if " with " in text[sm.end():hi] or " alongside " in text[sm.end():hi]:
            # "Malaysia put forward the text together with the other countries of the
            # inquiry - Australia, Belgium, the Netherlands and Ukraine"
            cm = _co_drafters(text, sm.end(), hi, coded)
            co = _drafter_list(text, cm.end(), coded, hi) if cm else []
            if co and not _WITH_VOTING.match(text, co[-1].end, hi):
                # (not "put forward the text with China abstaining": a vote)
                group += co
        if " so did " in text[sm.end():hi]:
            # "A and B co-sponsored it, and so did C and D from outside the Council"
            sd = _SO_DID_TOO.match(text, group[-1].end if group[-1].end > sm.end()
                                   else sm.end(), hi)
            if sd is not None:
                group += _drafter_list(text, sd.end(), coded, hi)
        groups.append(group)
    for vm in _VERB_OBJECT_LIST.finditer(text, lo, hi) if (":" in seg or "--" in seg) else ():
        group = _member_list_after(text, vm.end(), coded, hi, sep=_CO_SEP)
        if group:
            groups.append(group)
    for m in coded if ("sponsor" in seg or " that " in seg or " which " in seg
                       or " who " in seg or "drafters" in seg or "authors" in seg) and (
            " one of " in seg or " among " in seg or " as " in seg or " was " in seg
            or " were " in seg or " is " in seg or " are " in seg) else ():
        if m.kind != "envoy" and (om := _ONE_OF_SPONSORS.match(text, m.end, hi)):
            group = _member_list_before(text, m.end, coded, lo)
            cm = _co_drafters(text, om.end(), hi, coded) or _AS_WERE.match(text, om.end(), hi)
            if cm:
                group += _drafter_list(text, cm.end(), coded, hi)
            groups.append(group)
    if " it " in seg and "sponsor" in seg and coded and sent_lo is not None and (
            it_one := _IT_WAS_ONE_OF.search(text, lo, hi)) and (
            _SUBJECT_OPENS.fullmatch(text, sent_lo, coded[0].start)):
        # "New Zealand is in its first year on the Council, and it was one of the
        # co-sponsors, together with A and B": the sentence's subject, then its companions
        group = [coded[0]]
        cm = _co_drafters(text, it_one.end(), hi, coded)
        if cm:
            group += _drafter_list(text, cm.end(), coded, hi)
        groups.append(group)
    if "sponsor" in seg or "proposer" in seg or "drafter" in seg:
        # "The co-sponsor list ran to several dozen states, including Turkey, Qatar ..."
        for lm in _SPONSOR_LIST.finditer(text, lo, hi):
            if _NOT_AMONG.search(text, max(lo, lm.start() - 24), lm.start()):
                continue  # "members that were not among the co-sponsors, such as A and B"
            group = _drafter_list(text, lm.end(), coded, hi)
            if group:
                # ("the co-sponsors of the Mali text were A and B": the name before "text"
                # says which text, not who drafted it)
                groups = [g for g in groups if not all(
                    lm.start() < m.start < lm.end() for m in g)]
                groups.append(group)
    for m in coded if (" among the" in seg or " among its" in seg or " among their" in seg) and (
            "sponsor" in seg) else ():
        if _WITH_AMONG_SPONSORS.match(text, m.end, hi):
            # "put forward by a group of African states, with Rwanda, Togo and Morocco among
            # the sponsors"
            group = _member_list_before(text, m.end, coded, lo)
            if group and text.endswith("with ", max(lo, group[0].start - 5), group[0].start):
                groups.append(group)
    for am in _AMONG_WHO_SPONSORED.finditer(text, lo, hi) if " among " in seg or (
            seg.startswith("among")) else ():
        # "Among the Council members that put their names to the draft were A, B and C"
        group = _member_list_after(text, am.end(), coded, hi, sep=_CO_SEP)
        if group:
            groups.append(group)
    if "among them" in seg and "sponsor" in text[lo if sent_lo is None else sent_lo:hi]:
        # "Some eighty countries signed on as co-sponsors, Canada and Norway among them"
        for am in _AMONG_THEM.finditer(text, lo, hi):
            group = _member_list_before(text, am.start(), coded, lo)
            if group:
                groups.append(group)
        for am in _AMONG_THEM_WERE.finditer(text, lo, hi):
            # "a long list of co-sponsors; among them were A itself, B and C"
            group = _member_list_after(text, am.end(), coded, hi, sep=_CO_SEP)
            if group:
                groups.append(group)
    for pm in _PENHOLDER.finditer(text, lo, hi) if any(w in seg for w in _PENHOLDER_WORDS) \
            else ():
        lead = _LEAD_BEFORE_PENHOLDER.search(text, lo, pm.start())
        group = _member_list_before(text, lead.start() if lead else pm.start(), coded, lo)
        fm = _FILE_AFTER.match(text, pm.end(), hi)
        group += _member_list_after(text, fm.end() if fm else pm.end(), coded, hi, _COPULA_GAP)
        if group:
            groups.append(group)
    # One group per noun phrase, in text order; groups that share a mention are one phrase
    # seen twice ("France, Germany and Britain wrote the draft" is found at each name).
    out: list[list[Mention]] = []
    for g in sorted(groups, key=lambda g: g[0].start):
        starts = {m.start for m in g}
        for prev in out:
            if starts & {m.start for m in prev}:
                prev.extend(m for m in g if m.start not in {p.start for p in prev})
                prev.sort(key=lambda m: m.start)
                break
        else:
            out.append(list(g))
    return out, elected, by_name


_MAX_CLAUSE = 2000  # a real clause is a few hundred characters; this bounds a runaway one


_BREAK_PUNCT = re.compile(r"[,;]")


def _clause_breaks(text: str) -> list[re.Match[str]]:
    """``list(_CLAUSE_BREAK.finditer(text))``, tried only at commas and semicolons when the
    text has no "then": every alternative but ", and then" opens with one (the search tries
    each of its case-insensitive alternatives at every position)."""
    if "then" in text.lower():
        return list(_CLAUSE_BREAK.finditer(text))
    out = []
    last = 0
    for p in _BREAK_PUNCT.finditer(text):
        if p.start() >= last and (m := _CLAUSE_BREAK.match(text, p.start())) is not None:
            out.append(m)
            last = m.end()
    return out


# "France and Japan abstained on both amendments but voted for the Brazilian text": one
# subject, a second vote on another text; the second verb opens a clause of its own, whose
# subject is the first one's (see _same_subject)
_SECOND_VOTE = re.compile(
    r",?\s+(?:but|and|yet)(?:\s+then)?\s+(?=(?:then\s+)?(?:voted\s+(?:for|against|in\s+favou?r\s+of|"
    r"yes\s+on|no\s+on)|supported|backed|opposed|abstained\s+on)\s+(?:the|its|their|both)\b)",
    re.I)
_FIRST_VOTE = re.compile(r"\b(?:voted|abstained|supported|backed|opposed)\b", re.I)
_SECOND_VOTE_VERBS = ("voted", "supported", "backed", "opposed", "abstained")


def _breaks(text: str) -> list[re.Match[str]]:
    found = _clause_breaks(text)
    if (" but " in text or " and " in text or " yet " in text) and any(
            w in text for w in _SECOND_VOTE_VERBS):
        # (the first verb must be a vote too: not "Tanzania sits on the Council and voted for
        # the text, as did Guyana", one subject and one vote)
        more = [m for m in _SECOND_VOTE.finditer(text) if _FIRST_VOTE.search(
            text, max((f.end() for f in found if f.end() <= m.start()), default=0), m.start())]
        if more:
            found = sorted(found + [m for m in more if not any(
                f.start() < m.end() and m.start() < f.end() for f in found)],
                key=lambda m: m.start())
    return found


def _other_side_counted(c: Clause, prev: Clause) -> bool:
    """"Ten members voted for each of them. Five voted against: ...": the clause counts a side
    the clause about each text did not."""
    return bool(prev.counts) and {k.vote for k in c.counts}.isdisjoint(
        {k.vote for k in prev.counts})


def _same_subject(c: Clause, prev: Clause, raw_votes: list[tuple[int, int, str, str]]) -> None:
    """"... abstained on both amendments but voted for the Brazilian text": the clause's verb
    has the subject of the clause before it."""
    cue = next((r for r in raw_votes if r[0] <= c.lo + len("then ")), None)
    subject = [it for a in prev.votes if a.how == "pre" for it in a.items if it.end <= a.cue_start]
    if cue is not None and subject and cue[2] in ("yes", "no", "abstain"):
        c.votes = [Assignment(list(subject), cue[2], "pre", cue[0], cue[1])]
        c.second_of = prev.lo


def _clause_spans(sent: Sentence) -> list[tuple[int, int]]:
    spans = []
    last = sent.start
    for m in _breaks(sent.text):
        if m.group()[0] == ";" and sent.text.count("(", 0, m.start()) > sent.text.count(
                ")", 0, m.start()):
            continue  # "On 15 July (Saturday, New York time; 16 July in Tokyo)": one clause
        cut = sent.start + m.start()
        if cut > last:
            spans.append((last, cut))
        last = sent.start + m.end()
    spans.append((last, sent.end))
    if any(b - a > _MAX_CLAUSE for a, b in spans):
        # Text without punctuation (a table flattened to one line, random input): cut it at
        # spaces so no clause costs more than a long sentence would.
        pieces: list[tuple[int, int]] = []
        for a, b in spans:
            while b - a > _MAX_CLAUSE:
                space = sent.text.rfind(" ", a - sent.start, a - sent.start + _MAX_CLAUSE)
                stop = sent.start + space if space > a - sent.start else a + _MAX_CLAUSE
                pieces.append((a, stop))
                a = stop
            pieces.append((a, b))
        spans = pieces
    return spans


def _share(items: list, starts: list[int], lo: int, hi: int) -> list:
    """The items (sorted by start) that start inside ``lo..hi``."""
    return items[bisect_left(starts, lo):bisect_left(starts, hi)]


# A verbatim record's speaker label opening a paragraph: "REPRESENTATIVE OF THE RUSSIAN
# FEDERATION:", "Mr. Nebenzia (Russian Federation):", "Ghana:".
_SPEAKER = re.compile(
    r"\s*(?:(?:the\s+)?(?:representative|delegate|ambassador|permanent\s+representative)\s+of\s+"
    r"(?:the\s+)?[^:\n]{2,50}|(?:mr|ms|mrs|dr|sir|madam)\.?\s+[^:()\n]{2,40}\([^)\n]{2,50}\)|"
    r"[a-z][a-z .'-]{2,40})\s*:\s")
# The speaker speaking of its own vote: "Our delegation voted in favour", "We abstained".
_FIRST_PERSON = re.compile(
    r"\b(?:we|our\s+delegation|my\s+delegation|my\s+country|my\s+government|our\s+country|"
    r"i)\b(?:\s+(?:[\w-]+\s+){0,5}?)?$")
_PROUD_TO_SUPPORT = re.compile(
    r"\b(?:proud|pleased|happy|glad|honou?red)\s+to\s+(?:support|vote\s+for|back)\b")


def _speakers(t: Text, mentions: list[Mention]) -> dict[int, Mention]:
    """Block index → the member whose representative speaks in that paragraph."""
    found: dict[int, Mention] = {}
    starts = [m.start for m in mentions]
    low = t.low
    for bi, (a, b, _header) in enumerate(t.blocks):
        if low.find(":", a, min(b, a + 110)) == -1:
            continue
        m = _SPEAKER.match(low, a, b)
        if m is None:
            continue
        i, j = bisect_left(starts, a), bisect_left(starts, m.end())
        coded = [x for x in mentions[i:j] if any(e.code for e in x.entries) and x.kind != "envoy"]
        if len(coded) == 1:
            found[bi] = coded[0]
    return found


def _speaker_votes(c: Clause, low: str, speaker: Mention,
                   raw_votes: list[tuple[int, int, str, str]]) -> None:
    """Votes the speaker states in the first person, given to the speaker's member."""
    from .votes import Item
    if any(speaker in [it.mention for it in a.items] for a in c.votes):
        return
    taken = {a.cue_start for a in c.votes}
    for v in vote_cues(low, c.lo, c.hi, raw_votes):
        if v.live and v.how == "pre" and v.start not in taken and _FIRST_PERSON.search(
                low, max(c.lo, v.start - 45), v.start):
            c.votes.append(Assignment([Item(speaker.start, speaker.end, "member",
                                            mention=speaker)], v.vote, v.how, v.start, v.end))
            return
    m = _PROUD_TO_SUPPORT.search(low, c.lo, c.hi)
    if m and _FIRST_PERSON.search(low, max(c.lo, m.start() - 45), m.start()):
        c.votes.append(Assignment([Item(speaker.start, speaker.end, "member", mention=speaker)],
                                  "yes", "pre", m.start(), m.end()))


# "Slovenia voted against. So did Malaysia and Bahrain": the vote of the clause before
# ("So, for that matter, did the Soviet Union and China")
_SO_DID = re.compile(r"(?:and\s+)?(?=so\s+(?:too\s+)?(?:did|were|was|had|have)\s"
                     r"|so\s*,[^,;.:]{1,80},\s*did\s)")
_SO_DID_DESCRIBED = re.compile(r"so\s+(?:too\s+)?did\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?[\w-]+'s\s+"
                               r"(?:[\w-]+\s+){0,6}?[\w-]+"
                               # ("So did the other Western permanent members, the United
                               # States, Britain and France, and China")
                               # (not "So did Britain and the United States, which ...")
                               r"|(?P<group>(?:(?!and\b)[\w-]+\s+){0,4}?(?:members|countries|"
                               r"(?<!united\s)states|delegations|powers|partners|allies|"
                               r"neighbou?rs|brothers)))"
                               # ("So did Washington's closest allies: Britain, France, ...")
                               r"\s*[,:]\s*(?:the\s+)?")


def _told_side(prev: Clause) -> Assignment | None:
    """The side the clause before told last ("Tunisia voted yes."), which "so did A" and "It
    was joined by A" take; None when it told no plain yes, no or abstention."""
    if not prev.votes:
        # "Our own country voted in favour. So did France": one side told of a voter the
        # story never names
        side = next(iter(prev.vote_words)) if len(prev.vote_words) == 1 else None
        if side in ("yes", "no", "abstain") and not prev.mentions:
            return Assignment([], side, "pre", prev.lo, prev.lo)
        return None
    last = max(prev.votes, key=lambda a: a.cue_start)
    if last.vote not in ("yes", "no", "abstain") or last.how not in ("pre", "post", "both"):
        return None
    return last


_WITH_MAJORITY = re.compile(r"\bwith\s+the\s+majority\b|\bjoin(?:ed|s)\s+the\s+majority\b")


def _majority_side(c: Clause, low: str, out: list[Clause]) -> None:
    """"Ten members voted against. Brazil's delegate voted with the majority, as did ...":
    the majority is the side the story just counted as the larger, which need not be yes."""
    cue = _WITH_MAJORITY.search(low, c.lo, c.hi)
    counts = [k for p in out[-2:] for k in p.counts if not k.weak]
    if cue is None or not counts:
        return
    top = max(counts, key=lambda k: k.value)
    if top.vote == "yes" or top.value < 6 or any(
            k.vote == "yes" and k.value >= top.value for k in counts):
        return
    # (with the "as did" list told from the same verb)
    for a in c.votes:
        if a.vote == "yes" and a.cue_start <= cue.end() and cue.start() <= a.cue_end:
            a.vote = top.vote


# "The Netherlands, Pakistan and Chile completed the list.": the side just told, ended
# ("A, B and C made up the rest.": of the side the sentences before were naming)
_COMPLETED_LIST = re.compile(r"\s*(?:(?:completed|complete|completes|rounded\s+out|closed)\s+the\s+"
                             r"list|(?:made|make|makes)\s+up\s+the\s+(?:rest|remainder))\W*")


def _completed_list(c: Clause, low: str, prev: Clause) -> None:
    told = _told_side(prev)
    if told is None:
        return
    tail = next((m for m in _COMPLETED_LIST.finditer(low, c.lo, c.hi) if m.end() == c.hi), None)
    if tail is None or (named := _names_alone(c, low, c.lo, hi=tail.start())) is None:
        return
    items = _member_items(named)
    c.votes = [Assignment(items, told.vote, "pre", tail.start(), tail.end())]


def _so_did(c: Clause, low: str, prev: Clause, nums: list[int]) -> None:
    m = _SO_DID.match(low, c.lo, c.hi)
    if m is None or (last := _told_side(prev)) is None:
        return
    dm = _SO_DID_DESCRIBED.match(low, m.end(), c.hi)
    if dm is not None:
        # "So did Gabon's two African colleagues, Ghana and Kenya, as well as India": the
        # members named after the description, not the member it is told from
        # (a group, read from its names on: "So did the other Western permanent members, the
        # United States, Britain and France" names them after a group that is named itself)
        at = dm.end() if dm.group("group") else c.lo
        cue = VoteCue(last.vote, "post", max(at, dm.start()), dm.end())
        c.votes = attribute(low, at, c.hi, [x for x in c.mentions if x.start >= dm.end()],
                            [cue], _share(nums, nums, at, c.hi))
        return
    # an empty cue just before "so did": the list after it takes the earlier vote
    cue = VoteCue(last.vote, "pre", m.end(), m.end())
    told = {id(it.mention) for a in c.votes for it in a.items if it.mention is not None}
    if told:
        # "So did A, B and every other member except the United States, which cast the lone
        # negative vote": the names before the one the clause gives a vote of its own
        first = min(m.start for m in c.mentions if id(m) in told)
        free = [x for x in c.mentions if x.start < first]
        c.votes = attribute(low, c.lo, first, free, [cue], _share(nums, nums, c.lo, first)) + (
            c.votes) if free else c.votes
        return
    c.votes = attribute(low, c.lo, c.hi, c.mentions, [cue], _share(nums, nums, c.lo, c.hi))
    named = [it for a in c.votes for it in a.items if it.mention is not None]
    if len(c.votes) == 1 and named and (
            wm := _WITH_MORE.match(low, max(it.end for it in named), c.hi)) is not None:
        # "So did Canada, Malaysia and Namibia, with the Netherlands, Brazil and Argentina"
        c.votes[0].items += _member_items(_member_list_after(low, wm.end(), _coded(c), c.hi))


_WITH_MORE = re.compile(r"\s*,\s*with\s+(?:the\s+)?")

# "The United States and Russia did likewise; so did A and B": the side of the sentence before
_DID_LIKEWISE = re.compile(SAME_AS_TOLD)
_AND_SO_DID_AFTER = re.compile(r"\s*[;,]\s*(?:and\s+)?(?=so\s+(?:too\s+)?did\s)")


def _did_likewise(c: Clause, low: str, prev: Clause, nums: list[int]) -> None:
    """Give the members before "did likewise" (and those after a following "so did") the side
    the clause before told, when the clause reads no vote of its own."""
    m = _DID_LIKEWISE.search(low, c.lo, c.hi)
    if m is None or (last := _told_side(prev)) is None:
        return
    before = [x for x in c.mentions if x.end <= m.start()]
    if not before:
        return
    c.votes = attribute(low, c.lo, m.end(), before, [VoteCue(last.vote, "pre", m.start(), m.end())],
                        _share(nums, nums, c.lo, m.end()))
    so = _AND_SO_DID_AFTER.match(low, m.end(), c.hi)
    if c.votes and so is not None:
        cue = VoteCue(last.vote, "pre", so.end(), so.end())
        c.votes += attribute(low, so.end(), c.hi, [x for x in c.mentions if x.start >= so.end()],
                             [cue], _share(nums, nums, so.end(), c.hi))


# "Brazil voted yes as well. Norway joined them.": the members the clause before had vote
# ("... joined them, as did A and B": the list after "as did" too)
# ("Pakistan, Mexico and Chile did too.")
_JOINED_THEM = re.compile(r"\s+(?:joined\s+them\s*(?:in\s+(?:that|this)\s+vote\s*)?|did\s+"
                          r"(?:likewise|the\s+same|too|so\s+too|as\s+well)|followed\s+suit)\s*"
                          r"(?:[.;]?\s*$|(?=,\s*as\s+did\s))")


# "Iran was among the co-sponsors of the text. It was joined by Russia, the United States,
# Japan and Turkey": more drafters of the text the clause before named
_JOINED_BY = re.compile(r"\W*(?:it|they|(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})\s+"
                        r"(?:was|were|had\s+been|has\s+been|have\s+been)\s+joined\s+by\s+")


def _joined_by(c: Clause, low: str) -> None:
    m = _JOINED_BY.match(low, c.lo, c.hi)
    if m is None:
        return
    group = _drafter_list(low, m.end(), _coded(c), c.hi)
    if group:
        c.sponsor_groups = [group]
        c.co_sponsors = True


# "Pakistan voted for the text. It was joined by the United States, Britain and France"
# ("Tanzania voted yes. With it were A, B and C.")
_JOINED_IN_VOTE = re.compile(r"\W*(?:(?:it|they|she|he)\s+(?:was|were)\s+(?:also\s+)?joined\s+by|"
                             r"(?:alongside|(?:together\s+)?with)\s+(?:it|them|her|him)\s+"
                             r"(?:were|was|stood|voted))\s+(?:the\s+)?(?:"
                             # ("It was joined by every other member, including Britain, ...")
                             r"(?:(?:every|each)\s+other\s+member|all\s+(?:the\s+)?other\s+"
                             r"(?:[a-z]+\s+)?members)\s*,\s*(?:including|among\s+them)\s+"
                             r"(?:the\s+)?)?")


# "Trinidad and Tobago voted yes, with Ghana and the Congo; with Australia and Denmark; ...":
# each list after a semicolon goes on with the companions of the vote before
_WITH_AGAIN = re.compile(r"\W*(?:and\s+)?with\s+(?:the\s+)?")
_WITH_LAST = re.compile(r"\bwith\s+(?:the\s+)?[a-z][^;:.()]*$")
_LIST_ENDS = re.compile(r"\s*[;.]?\s*$")


def _joined_in_vote(c: Clause, low: str, prev: Clause) -> None:
    m = _JOINED_IN_VOTE.match(low, c.lo, c.hi)
    again = m is None and prev.sent is c.sent and low[prev.hi:c.lo].strip() == ";" and (
        _WITH_LAST.search(low, prev.lo, prev.hi) is not None)
    if again:
        m = _WITH_AGAIN.match(low, c.lo, c.hi)
    if m is None or prev.sponsor_groups or (last := _told_side(prev)) is None:
        return
    group = _drafter_list(low, m.end(), _coded(c), c.hi)
    if again and group and not _LIST_ENDS.fullmatch(low, group[-1].end, c.hi):
        return
    if group:
        c.votes = [Assignment([Item(x.start, x.end, "member", mention=x) for x in group],
                              last.vote, "pre", m.start(), m.end())]


# "sponsored by six countries -- A, B, ... -- all of which voted for their own text"
_VOTED_OWN_TEXT = re.compile(r"\bvoted\s+(?:for|in\s+favou?r\s+of)\s+(?:their|its)\s+own\s+"
                             r"(?:text|draft|resolution|proposal)\b")


# "... and it had several co-sponsors. Togo, which sits on the Council, was one of them, and
# so were Morocco and South Africa."
_ONE_OF_THEM = re.compile(r"(?:\s*,[^,;.]{1,130},)?\s*(?:was|were|is|are)\s+(?:also\s+)?"
                          r"(?:one\s+of|among)\s+them\b")
_AMONG_THEM_ARE = re.compile(r"\W*among\s+them\s+(?:are|were|is|was)\s+(?:the\s+)?")
_SO_WERE_OPENS = re.compile(r"\W*(?:and\s+)?so\s+(?:too\s+)?(?:were|was)\s+(?:the\s+)?")
_AND_SO_WERE = re.compile(r"\s*,?\s*(?:and\s+)?(?:as|so)\s+(?:were|was|did)\s+(?:the\s+)?")


def _one_of_them(c: Clause, low: str, opens: bool) -> None:
    """Members the clause counts among the co-sponsors the clause before it spoke of: "Togo
    was one of them, and so were A and B", or, when the clause ``opens`` its sentence, "Among
    them are A, B and C"."""
    coded = [m for m in c.mentions if m.code()]
    group: list[Mention] = []
    for m in coded:
        if (om := _ONE_OF_THEM.match(low, m.end, c.hi)) is None:
            continue
        group = _member_list_before(low, m.end, coded, c.lo)
        if (sm := _AND_SO_WERE.match(low, om.end(), c.hi)) is not None:
            group += _member_list_after(low, sm.end(), coded, c.hi)
        break
    if not group and opens and (am := _AMONG_THEM_ARE.match(low, c.lo, c.hi)) is not None:
        group = _member_list_after(low, am.end(), coded, c.hi, sep=_CO_SEP)
    if group:
        # (one group with the drafter the clause already named: "co-sponsors of the French
        # text, and the Republic of Korea ... was one of them")
        c.sponsor_groups = [[m for g in c.sponsor_groups for m in g] + group]
        c.co_sponsors = True


def _drafters_voted(c: Clause, low: str) -> None:
    m = _VOTED_OWN_TEXT.search(low, c.lo, c.hi)
    if m is None:
        return
    items = [Item(x.start, x.end, "member", mention=x) for g in c.sponsor_groups for x in g
             if x.end <= m.start()]
    if items:
        c.votes.append(Assignment(items, "yes", "pre", m.start(), m.end()))


# "The resolution was co-sponsored by more than 80 member states. Two Council members, the
# Dominican Republic and Niger, were among them": drafters named after the story counted them
_COUNTED_SPONSORS = re.compile(
    r"\b(?:co-?sponsored|sponsored|put\s+forward|tabled|submitted|presented)\s+by\s+(?:more\s+"
    r"than\s+|over\s+|some\s+|nearly\s+|almost\s+|a\s+(?:long\s+)?list\s+of\s+|dozens\s+of\s+)?"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+ty|[a-z]+teen|\d{1,3}|"
    r"co-?sponsors)\b")
_ON_THE_LIST = re.compile(r"\b(?:were|was|are|is)\s+(?:also\s+)?(?:among\s+them|on\s+the\s+list)\b")
# "The draft attracted dozens of co-sponsors. Among them were A and B"
_AMONG_THEM_OPENS = re.compile(r"\W*among\s+them\s+(?:were|are)\b")
# "The draft attracted dozens of co-sponsors": drafters counted, to be named next
_MANY_SPONSORS = re.compile(r"\b(?:dozens|scores|many|several|numerous|a\s+(?:long\s+)?list)"
                            r"\s+of\s+co-?sponsors\b")


def _named_after_count(c: Clause, low: str) -> None:
    m = _ON_THE_LIST.search(low, c.lo, c.hi) or _AMONG_THEM_OPENS.match(low, c.lo, c.hi)
    if m is None:
        return
    # the names before the verb, and any the clause adds ("along with Japan and Brazil")
    coded = [x for x in c.mentions if any(e.code for e in x.entries)]
    if coded:
        c.sponsor_groups = [coded]
        c.co_sponsors = True


# "eleven in favour, none against, with no abstentions -- the whole Council, in other words,
# including the Soviet delegate": a unanimous count, then members it included
_COUNT_INCLUDING = re.compile(r"\bincluding\s+(?:(?:the|its)\s+)?")


def _coded(c: Clause) -> list[Mention]:
    """The clause's mentions that name a member (not a person or a place)."""
    return [x for x in c.mentions if any(e.code for e in x.entries)]


def _named_yes(c: Clause, group: list[Mention], cue: re.Match[str]) -> None:
    """Record that the members of ``group`` voted yes, read from the words of ``cue``."""
    items = [Item(x.start, x.end, "member", mention=x) for x in group]
    c.votes.append(Assignment(items, "yes", "pre", cue.start(), cue.end()))


def _counted_including(c: Clause, low: str) -> None:
    sides = {k.vote for k in c.counts if k.value and not k.weak}
    if sides != {"yes"} or any(k.value for k in c.counts if k.vote in ("no", "abstain")):
        return
    m = _COUNT_INCLUDING.search(low, c.lo, c.hi)
    if m is None or not any(k.end <= m.start() for k in c.counts):
        return
    group = _member_list_after(low, m.end(), _coded(c), c.hi)
    if group:
        _named_yes(c, group, m)


def _unanimous_including(c: Clause, low: str) -> None:
    """"adopted unanimously, 15 votes to none, Kazakhstan included", "unanimously, including
    Germany": members the story names within the unanimity voted yes."""
    told = {id(it.mention) for a in c.votes for it in a.items if it.mention is not None}
    coded = [m for m in _coded(c) if id(m) not in told]
    for m in _COUNT_INCLUDING.finditer(low, c.lo, c.hi):
        group = _member_list_after(low, m.end(), coded, c.hi)
        if group:
            _named_yes(c, group, m)
            return
    for x in coded:
        if (im := _INCLUDED_AFTER.match(low, x.end, c.hi)) is not None:
            _named_yes(c, _member_list_before(low, x.end, coded, c.lo), im)
            return


# "This time everybody was on board, including the three African members -- A, B and C"
_ON_BOARD = re.compile(r"\b(?:everybody|everyone|every\s+member|all\s+(?:fifteen|eleven|15|11)"
                       r"(?:\s+members)?)\s+(?:was|were)\s+on\s+board\b[^.;:]*?\bincluding\s+"
                       r"(?:the\s+)?")


def _on_board(c: Clause, low: str) -> None:
    m = _ON_BOARD.search(low, c.lo, c.hi)
    if m is None:
        return
    group = _drafter_list(low, m.end(), _coded(c), c.hi)
    if group:
        _named_yes(c, group, m)


_NTH_OF_SIDE = re.compile(r"the\s+(?:(?P<nth>second|third|fourth|fifth|sixth)|other|remaining|last)"
                          r"\s+(?:one\s+)?(?:was|were)\s+(?:the\s+)?")
_NTH = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}


def _nth_of_side(c: Clause, low: str, prev: Clause) -> None:
    """"Three of the abstainers were permanent members: China, France and Russia. The fourth
    was Malaysia": the next member of the side just listed."""
    m = _NTH_OF_SIDE.match(low, c.lo, c.hi)
    if m is None or c.mentions[0].start != m.end():
        return
    last = prev.votes[-1]
    named = [i for i in last.items if i.kind == "member"]
    if not named or len(named) != len(last.items) or (
            m.group("nth") and _NTH[m.group("nth")] != len(named) + 1):
        return
    item = Item(c.mentions[0].start, c.mentions[0].end, "member", mention=c.mentions[0])
    c.votes = [Assignment([item], last.vote, "pre", m.start(), m.start())]


_WITH_THE = re.compile(r"\s*,\s*with\s+the\s+")


def _supported_veto(c: Clause, low: str) -> None:
    """"The United States, with the support of Great Britain and France, yesterday vetoed
    the draft": those who supported the veto voted with the subject, against the text."""
    veto = next((k for k in c.live_outcomes if k.kind in ("veto", "block")), None)
    if veto is None:
        return
    for a in c.votes:
        if a.vote == "yes" and low.endswith("with the ", c.lo, a.cue_start) and (
                a.cue_end < veto.start) and all(i.end < veto.start for i in a.items):
            a.vote, a.how = "no", "veto"
            subject = next((m for m in reversed(c.mentions) if m.end <= a.cue_start), None)
            if subject is not None and _WITH_THE.fullmatch(
                    low, subject.end, a.cue_start) and not any(
                    i.start == subject.start for b in c.votes for i in b.items):
                c.votes.append(Assignment([Item(subject.start, subject.end, "member",
                                                mention=subject)], "no", "veto",
                                          veto.start, veto.end))
            return


_ITS_DRAFT = re.compile(r"(?:its|their)\s+(?:own\s+)?(?:draft|text|proposal)\b")
# "The Japanese delegation then spent the weekend ...": the member is the sentence's subject
_SUBJECT_AFTER = re.compile(r"(?:\s+(?:delegation|government|mission|representative|"
                            r"ambassador|envoy))?\s+(?!and\b|or\b|of\b)[a-z]+")
_SUBJECT_LINK = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")


def _its_drafter(c: Clause, low: str, prev: Clause) -> None:
    """"The Japanese delegation spent the weekend looking for middle ground. Its draft
    (S/4055/Rev.1) asked ...": the drafter is the last sentence's subject."""
    if not _ITS_DRAFT.match(low, c.lo, c.hi) or prev.lo != prev.sent.start:
        return
    group: list[Mention] = []
    pos = prev.lo + len(low[prev.lo:prev.hi]) - len(low[prev.lo:prev.hi].lstrip(" \"'"))
    if low.startswith("the ", pos):
        pos += 4
    for m in prev.mentions:
        if m.start != pos or m.possessive or m.code() is None:
            break
        group.append(m)
        link = _SUBJECT_LINK.match(low, m.end, prev.hi)
        pos = link.end() if link else -1
    plural = low.startswith("their", c.lo)
    if not group or (len(group) > 1) != plural or not _SUBJECT_AFTER.match(
            low, group[-1].end, prev.hi):
        return
    c.sponsor_groups.append(group)


def _joined_them(c: Clause, low: str, prev: Clause, nums: list[int]) -> None:
    m = _JOINED_THEM.search(low, c.lo, c.hi)
    if m is None:
        return
    votes = {a.vote for a in prev.votes if a.vote in ("yes", "no", "abstain")}
    if len(votes) != 1:
        return
    cue = VoteCue(votes.pop(), "pre", m.start(), m.end())
    c.votes = attribute(low, c.lo, c.hi, c.mentions, [cue], _share(nums, nums, c.lo, c.hi))
    if c.votes and prev.each >= 2:
        c.each = prev.each  # ("voted in favour on both occasions ... did likewise")


# "Eight members voted in favour. Ghana and Morocco were among them, as were Brazil and
# Norway": members of the side the clause before counted
_THAT_INCLUDES = re.compile(r"\b(?:that|this|it|they|these|those)\s+(?:includes?|included)\b")
# ("Among them, naturally, was Egypt": an adverb set off between)
_ROLL_OF_COUNT = re.compile(rf"\W*(?:among\s+)?the\s+(?:{NUM})\s+(?:members\s+)?(?:in\s+favou?r|"
                            r"who\s+voted|voting|against|abstaining)\s+(?:were|was|included)\b"
                            # ("... each time the count was the same. Voting in favour were A,
                            # B and C.")
                            r"|\W*voting\s+(?:in\s+favou?r|for|yes|against|no)\s+(?:were|was)\b")
_AMONG_THEM_FIRST = re.compile(r"\s*among\s+them\s*(?:,\s*[a-z]+(?:\s+[a-z]+)?\s*,\s*)?"
                               r"(?:were|was)\b")
# ("Jamaica, the only Caribbean country on the Council, was among them": after an aside;
# "Two countries abstained, and Canada was one of them")
_AMONG_THEM_VOTERS = re.compile(r"(?:\s*,[^,;.:]{1,80},)?\s*(?:were|was)\s+(?:also\s+)?"
                                r"(?:among|one\s+of)\s+them\b")


# "..., and yes, that includes Russia", "..., and one of them was Ethiopia"
_GROUP_INCLUDES = re.compile(r"\b(?:(?:that|this|it|they|these|those)\s+(?:includes?|included)|"
                             r"one\s+of\s+them\s+(?:was|is))\b"
                             # "five members voted against it, and three of them -- A, B and
                             # C -- are permanent members": the part of the side named next
                             r"|\b(?:two|three|four|five|six|seven|\d)\s+of\s+them\s*(?:--|"
                             r"\u2014|\u2013|,|:)")


def _group_includes(c: Clause, low: str, nums: list[int]) -> None:
    """Members the clause names inside a whole-Council vote: after a group's vote ("all
    fifteen members voted yes, and yes, that includes Russia and China") or before "among
    them" in a unanimous one ("Every member voted in favour, the Chinese delegate among
    them")."""
    if any(i.kind == "member" for a in c.votes for i in a.items):
        return
    if c.unanimous and not c.votes:
        # "Every member voted in favor, A of the Soviet Union and the B delegate among them"
        cues = [VoteCue("yes", "pre", m.start(), m.end())
                for m in _AMONG_THEM.finditer(low, c.lo, c.hi)]
        if cues:
            # (no counted groups: "adopted unanimously by the fifteen members, Mauritania
            # among them" names the member, not a group, before "among them")
            c.votes = attribute(low, c.lo, c.hi, c.mentions, cues, [])
        return
    group = [a for a in c.votes if a.vote in ("yes", "no", "abstain") and a.items
             and all(i.kind == "group" for i in a.items)]
    if len(group) == 1:
        vote, after = group[0].vote, group[0].cue_end
    else:
        # "But four voted against, and one of them was the Soviet Union": a side counted
        sides = [k for k in c.counts if k.vote in ("yes", "no", "abstain") and k.value >= 2
                 and not k.weak]
        if group or c.votes or len(sides) != 1:
            return
        vote, after = sides[0].vote, sides[0].end
    cues = [VoteCue(vote, "post", m.start(), m.end())
            for m in _GROUP_INCLUDES.finditer(low, after, c.hi)]
    if cues:
        c.votes += attribute(low, c.lo, c.hi, [m for m in c.mentions if m.start > cues[0].end],
                             cues, _share(nums, nums, c.lo, c.hi))
        return
    # "Two countries abstained, and Canada was one of them": the name before the cue
    c.votes += _named_among_them(c, low, vote, after, nums)


_AFTER_SIDE = re.compile(r"\s*(?:(?:it|them|this|the\s+(?:text|draft|resolution|motion|"
                         r"proposal))\s*)?,\s*(?:the\s+)?")


# "... the Soviet Union among them, along with Colombia, Malaysia and Romania": more of the side
_ALONG_WITH = re.compile(r"\s*,\s*(?:(?:along|together)\s+)?with\s+(?:the\s+)?")


def _among_the_counted(c: Clause, low: str) -> None:
    """Members named after a counted side, then "among them": "Nine members voted against
    it, the Soviet and Polish delegates among them, while Britain abstained" (so "Seven
    abstained, the Soviet Union among them, along with A and B")."""
    sides = [(a.cue_end, a.vote) for a in c.votes if a.vote in ("yes", "no", "abstain")
             and a.items and all(i.kind == "group" for i in a.items)]
    if not sides:
        sides = [(k.end, k.vote) for k in c.counts if not k.weak and k.value > 1
                 and k.vote in ("yes", "no", "abstain")]
    am = _AMONG_THEM.search(low, min((end for end, _ in sides), default=c.hi), c.hi)
    if am is None:
        return
    # (the side told last before "among them": "Ten voted for it, A and B among them, while
    # five abstained")
    before = [s for s in sides if s[0] <= am.start()]
    if not before:
        return
    end, vote = max(before)
    voting = {id(i.mention) for a in c.votes for i in a.items if i.mention is not None}
    named = [m for m in c.mentions if end < m.start < am.start() and id(m) not in voting]
    # ("Eleven members voted in favour, Switzerland among them, with France and Britain":
    # the names before "among them" already read, those after "with" still to come)
    told = [m for m in c.mentions if end < m.start < am.start()]
    if named and _AFTER_SIDE.fullmatch(low, end, named[0].start) or not named and told and (
            _AFTER_SIDE.fullmatch(low, end, told[0].start)):
        if named:
            cue = VoteCue(vote, "pre", am.start(), am.end())
            c.votes += attribute(low, c.lo, c.hi, named, [cue], [])
        aw = _ALONG_WITH.match(low, am.end(), c.hi)
        after = [m for m in c.mentions if aw is not None and m.start >= aw.end()
                 and id(m) not in voting]
        if aw is not None and after and after[0].start == aw.end():
            cue = VoteCue(vote, "post", am.start(), aw.end())
            c.votes += attribute(low, c.lo, c.hi, after, [cue], [])


# "China and Russia voted yes on both, and the United States, Britain and France too."
_AND_THEN = re.compile(r"(?:\s+(?:on|for)\s+(?:both|it|them|each|all\s+\w+))?\s*,?\s*and\s+"
                       r"(?:the\s+)?")
_TOO_END = re.compile(r"\s+(?:too|as\s+well)\s*[.!;]?\s*")


def _run_of_names(low: str, mentions: list[Mention], pos: int) -> list[Mention]:
    """The members named one after another from ``pos`` ("A, B and C"), up to the first
    word that is not a list's."""
    run: list[Mention] = []
    for m in mentions:
        if m.start < pos:
            continue
        if not (m.start == pos or _NAMED_GAP.fullmatch(low, pos, m.start)):
            break
        run.append(m)
        pos = m.end
    return run


def _and_too(c: Clause, low: str) -> None:
    """Members named after the clause's last side, then "too": they voted the same way."""
    told = [a for a in c.votes if a.vote in ("yes", "no", "abstain") and a.items]
    if not told:
        return
    last = max(told, key=lambda a: max(a.items[-1].end, a.cue_end))
    am = _AND_THEN.match(low, max(last.items[-1].end, last.cue_end), c.hi)
    after = _run_of_names(low, c.mentions, am.end()) if am is not None else []
    if after and _TOO_END.fullmatch(low, after[-1].end, c.hi):
        items = _member_items(after)
        c.votes = [*c.votes, Assignment(items, last.vote, "pre", after[-1].end, c.hi)]


# "... and so did every elected member, Pakistan and Morocco -- which both have troops in
# Somalia -- included": members of a whole side, named after it and then "included"
_WHOLE_SIDE = re.compile(r"\b(?:every|all(?:\s+the)?|each)\s+(?:(?:other|elected|non-permanent|"
                         r"remaining|permanent)\s+)*(?:member|members|country|countries|"
                         r"delegation|delegations)\s*,\s*")
# ("15 votes to none, Russia this time included")
_INCLUDED_AFTER = re.compile(r"\s*(?:-+\s*[^-;.]{1,80}?\s*-+\s*|\([^()]{1,80}\)\s*)?"
                             r"(?:(?:this\s+time|on\s+this\s+occasion|too|also)\s+)?included\b")


# "one yes and one abstention from our country": one member's votes, no count of a side
_ONE_MEMBERS_VOTES = re.compile(
    r"\b(?:one|a)\s+(?:yes|no|abstention|vote\s+(?:for|against))(?:\s+and\s+(?:one|an?)\s+"
    r"(?:yes|no|abstention|vote\s+(?:for|against)))?\s+from\s+(?:our|my|its|their|the)\s+"
    r"(?:own\s+)?(?:country|government|delegation|ambassador|representative)\b")
# "Two abstentions in two months are not a veto": a count across the votes, not of one
_ACROSS_VOTES = re.compile(rf"\s+in\s+(?:{NUM}|the\s+(?:two|three|four))\s+(?:days|weeks|months|"
                           r"years|votes|ballots|sittings|meetings)\b")


# "Britain was one of two members to abstain", "A and B were two of the three countries
# that voted against it": the names vote with the side, and the side has that many
_ONE_OF_N = re.compile(
    rf"\s+(?:was|were|is|are)\s+(?:{NUM})\s+of\s+(?:the\s+)?(?:only\s+|just\s+)?(?P<n>{NUM})\s+"
    r"(?:council\s+)?(?:members|countries|delegations|states|nations)\s+"
    # ("one of the eight members of the United Nations Security Council that abstained")
    r"(?:(?:of|on)\s+the\s+(?:united\s+nations\s+|un\s+)?(?:security\s+)?council\s+)?"
    r"(?:(?:to|who|that)\s+)?"
    r"(?:(?P<abstain>abstain(?:ed|ing)?)|(?P<no>vot(?:e|ed|ing)\s+(?:against|no)|oppos(?:e|ed|ing))"
    r"|(?P<yes>vot(?:e|ed|ing)\s+(?:in\s+favou?r|for|yes)|support(?:ed|ing)?))\b")


def _one_of_n(c: Clause, low: str) -> None:
    """Members named as "one of two members to abstain": their vote, and the side's count."""
    for m in _ONE_OF_N.finditer(low, c.lo, c.hi):
        run = _member_list_before(low, m.start(), c.mentions, c.lo)
        n = number(m.group("n"))
        vote = next(v for v in ("abstain", "no", "yes") if m.group(v))
        if not run or n is None or len(run) > n:
            continue
        # (the "one" of "one of two members abstaining" is no count of its own, nor is "one of
        # the two members" a group that voted)
        inside = range(m.start(), m.end())
        c.counts = [k for k in c.counts if k.start not in inside]
        c.votes = [a for a in c.votes if not all(i.kind == "group" and i.start in inside
                                                 for i in a.items)]
        if not any(i.mention in run for a in c.votes for i in a.items):
            items = [Item(x.start, x.end, "member", mention=x) for x in run]
            c.votes = [*c.votes, Assignment(items, vote, "pre", m.start(), m.end())]
        if not any(k.vote == vote for k in c.counts):
            c.counts = [*c.counts, Count(vote, n, m.start("n"), m.end("n"))]


def _named_included(c: Clause, low: str) -> None:
    """Members named after a whole side ("every elected member, A and B ... included") vote
    with the side told before it."""
    for w in _WHOLE_SIDE.finditer(low, c.lo, c.hi):
        told = [a for a in c.votes if a.vote in ("yes", "no", "abstain") and a.cue_end <= w.start()]
        group = _run_of_names(low, c.mentions, w.end())
        if told and group and _INCLUDED_AFTER.match(low, group[-1].end, c.hi):
            items = _member_items(group)
            vote = max(told, key=lambda a: a.cue_end).vote
            c.votes = [*c.votes, Assignment(items, vote, "pre", w.start(), w.end())]
            return


# "That includes Washington's closest allies, Britain and France": a description whose
# owner is no voter, then the names
_OWNED_DESCRIPTION = re.compile(r"\s*(?:[\w-]+['\u2019]s|its|their|our|his|her)\s+"
                                r"(?:[\w-]+\s+){0,3}?[\w-]+s\s*,\s*(?:the\s+)?")


def _described(low: str, at: int, hi: int) -> int:
    m = _OWNED_DESCRIPTION.match(low, at, hi)
    return m.end() if m is not None else at


def _among_them(c: Clause, low: str, prev: Clause, nums: list[int]) -> None:
    sides = {k.vote for k in prev.counts if k.vote in ("yes", "no", "abstain") and not k.weak
             and k.value > 0}  # ("fifteen in favour, none against": the side of fifteen)
    # ... or a counted group's vote: "Eight members of the Council voted in favour" (or the
    # rest's: "Every other member voted in favour")
    sides |= {a.vote for a in prev.votes if a.vote in ("yes", "no", "abstain")
              and a.items and all(i.kind in ("group", "rest") for i in a.items)}
    if len(sides) != 1:
        return
    vote = sides.pop()
    lead = _AMONG_THEM_FIRST.match(low, c.lo, c.hi)
    leads = [lead] if lead is not None else list(_THAT_INCLUDES.finditer(low, c.lo, c.hi))
    if leads:
        # "Among them was Malaysia, which holds an elected seat", "That includes the United
        # States ..., and it includes the Soviet Union": the names follow
        cues = [VoteCue(vote, "post", m.start(), _described(low, m.end(), c.hi)) for m in leads]
        c.votes = attribute(low, c.lo, c.hi, c.mentions, cues, _share(nums, nums, c.lo, c.hi))
        return
    c.votes = _named_among_them(c, low, vote, c.lo, nums)


def _named_among_them(c: Clause, low: str, vote: str, lo: int, nums: list[int]
                      ) -> list[Assignment]:
    """The side's vote for the members named from ``lo`` before "was among them" / "was one
    of them" (none when the clause speaks of co-sponsors there: "sixty countries
    co-sponsored it, and Korea was one of them")."""
    named = [m for m in c.mentions if m.start >= lo]
    for m in named:
        am = _AMONG_THEM_VOTERS.match(low, m.end, c.hi)
        if am is None:
            continue
        if "sponsor" in low[lo:m.start]:
            return []
        # an empty cue where the names end: the list before it takes the side's vote, and
        # "as were A and B" after it continues the list
        cue = VoteCue(vote, "pre", m.end, am.end())
        return attribute(low, lo, c.hi, named, [cue], _share(nums, nums, lo, c.hi))
    return []


# "... won over France, Russia and China, which had all expressed reservations. All three
# voted yes": the members a count of "all N" stands for, named as a list just before it
_NAMED_GAP = re.compile(r"\s*,?\s*(?:and\s+)?(?:the\s+)?")
_NAMED_BACK = 300  # how far before the clause the list may end


def _all_named(c: Clause, low: str, mentions: list[Mention], first: int) -> None:
    k = next((k for k in c.counts if k.weak and k.vote in ("yes", "no", "abstain")
              and low.endswith("all ", max(0, k.start - 4), k.start)), None)
    if k is not None and not any(m.start < k.start for m in c.mentions):
        vote, n, start, end = k.vote, k.value, k.start, k.end
    elif (b := _BOTH_OF_THESE.match(low, c.lo, c.hi)) is not None and not any(
            m.start < b.end() for m in c.mentions) and (not c.mentions or b.group("n2")):
        verb = b.group("v")
        vote = "abstain" if verb.startswith("abst") else "no" if (
            "against" in verb or verb.endswith("no")) else "yes"
        n, start, end = number(b.group("n") or b.group("n2") or "two") or 0, b.start(), b.end()
    else:
        return
    group = _list_before(c, low, mentions, first, n)
    if group:
        items = _member_items(group)
        c.votes = [*c.votes, Assignment(items, vote, "pre", start, end)]


# "... save the Soviet Union and the Ukrainian S.S.R. Both of these voted against."
# ("... Malaysia, Mali, Namibia and Tunisia. Those six voted for it, as did China")
_BOTH_OF_THESE = re.compile(r"\s*(?:(?:this\s+time|again|and|then)\s*,?\s+)?"
                            r"(?:both|all\s+(?P<n>two|three|four|five|six|seven)|(?:those|these)\s+"
                            r"(?P<n2>two|three|four|five|six|seven)(?:\s+(?:members|countries|"
                            r"delegations))?)(?:\s+of\s+(?:these|them|"
                            r"those))?\s+(?P<v>voted\s+(?:against|no|for|yes|in\s+favou?r)|"
                            r"abstained)\b")


_TOPIC_NOUN = re.compile(r"\s+(?:texts?|drafts?|resolutions?|question|issue|file|dossier)\b")


def _list_before(c: Clause, low: str, mentions: list[Mention], first: int, n: int
                 ) -> list[Mention]:
    """The ``n`` members listed last before the clause (``mentions[:first]``), or none."""
    group: list[Mention] = []
    for m in reversed(mentions[:first]):
        if not group and _TOPIC_NOUN.match(low, m.end):
            continue  # "Cuba and Yemen have often stood apart on Iraq texts": a topic
        if group:
            if not _NAMED_GAP.fullmatch(low, m.end, group[0].start):
                break
        elif c.lo - m.end > _NAMED_BACK or "\n\n" in low[m.end:c.lo]:
            return []
        group.insert(0, m)
        if len(group) > n:
            return []
    codes = {m.code() for m in group}
    if len(group) != n or len(codes) != n or None in codes or any(
            m.possessive or m.kind == "person" for m in group):
        return []
    return group


def _colon_roll(c: Clause, low: str) -> None:
    """"All fifteen members voted for each of them: the five permanent members, the United
    States, China, ... and the ten elected members, including Angola, Egypt and Senegal": the
    members named after the colon are the counted group's."""
    # ("Two permanent members voted against the French draft, S/2014/348: Russia and China": a
    # small group only when the names after the colon are exactly as many)
    # (the group the verb counted, before the colon: not "the three permanent members already
    # named" inside the roll)
    a, colon = next(((a, k) for a in c.votes if a.vote in ("yes", "no", "abstain") and a.items
                     and all(i.kind == "group" and (i.count or 0) >= 2 for i in a.items) and (
                         (k := low.find(":", a.cue_end, c.hi)) < 0
                         or all(i.end < k for i in a.items))), (None, -1))
    if a is None or colon < 0 or any(b.cue_start > colon for b in c.votes):
        return
    named = [m for m in c.mentions if m.start > colon and not m.possessive
             and m.kind != "person" and m.code() is not None]
    total = sum(i.count or 0 for i in a.items)
    if named and (len({m.code() for m in named}) <= total if total >= 5 else
                  len({m.code() for m in named}) == total == len(named)):
        c.votes = [*c.votes, Assignment([Item(m.start, m.end, "member", mention=m)
                                         for m in named], a.vote, "pre", a.cue_start, a.cue_end)]


# "Nine members voted in favour. ... The nine were New Zealand, the United Kingdom, ...": the
# members of a side counted a little before
_THE_N_WERE_CORE = (r"(?:(?P<n>[a-z]+|\d+)\s+(?:(?:members|countries|delegations|states|"
                    r"governments|in\s+favou?r|against|abstainers)(?:\s+|(?=,)))?"
                    # ("The eleven members who voted were A, B, ...": every voter)
                    r"(?:(?<=members\s)who\s+voted\s+)?"
                    # ("The two who abstained, another added, were France and Japan"; "The
                    # three against, one member reminded the House, were A, B and C")
                    r"(?:who\s+(?:abstained|voted\s+(?:for|against|in\s+favou?r|yes|no))\s*)?"
                    r"(?:,\s*[a-z][^,;.:]{1,60}?,\s*)?(?:were|was|included)\b"
                    # ("the four abstentions are the story: A, B and C")
                    r"|(?P<n2>[a-z]+|\d+)\s+(?:abstentions|no\s+votes|yes\s+votes)\s+(?:are|were)"
                    r"(?=[^:;.]{1,40}:)"
                    # ("And the nine noes on the rival text: the US, the UK, France, ...")
                    r"|(?P<n3>[a-z]+|\d+)\s+(?:abstentions|noes|no\s+votes|yes\s+votes|votes\s+"
                    r"against)(?:\s+(?:on|for|against)\s+the\s+(?:[\w-]+\s+)?(?:text|draft|"
                    r"resolution|proposal))?(?=\s*:)"
                    # ("For the record, the eleven: A, B, C, ...")
                    r"|(?P<n4>[a-z]+|\d+)(?=\s*:\s*[a-z]))")
_THE_N_WERE = re.compile(r"\W*(?:and\s+)?(?:the|those|these)\s+" + _THE_N_WERE_CORE
                         # "... were precisely the Western "contact group": A, B, C"
                         + r"(?:[^:;.]{1,50}:)?")
# a cheap gate: _THE_N_WERE cannot match without this, whose literal start ("th") the engine
# skips to (the pattern itself opens with \W* and is tried at every position)
_THE_N_WERE_GATE = re.compile(r"th(?:e|ose|ese)\s+" + _THE_N_WERE_CORE)
# "The twelve members who stood with Angola deserve to be named: A, B, ...": the count's side
# ("The ten who voted in favour deserve naming, because nobody else will name them: A, ...")
# ("The ten who stood with Africa were Benin, Libya and Mauritius, together with India")
_THE_N_WHO = re.compile(r"\W*(?:the|those|these)\s+(?P<n>[a-z]+|\d+)\s+(?:(?:members|countries|"
                        r"delegations|states|governments)\s+)?(?:who|that|which)\s+(?:[^:;.]{1,80}:"
                        r"|(?!vot|abstain)[^:;.,]{1,50}?\s+were\b)")
_THE_N_BACK = 6  # how many clauses back the count may stand
_THAT_DAY = re.compile(r"\W*(?:on\s+)?that\s+(?:same\s+)?day\b")
# ("Brazil was one of the four")
_AMONG_THE_N = re.compile(r"\b(?:were|was)\s+(?:also\s+)?(?:among|one\s+of)\s+the\s+"
                          r"(?P<n>[a-z]+|\d+)\b(?!\s+(?:permanent|elected|african|western|arab|"
                          r"non-aligned|members|powers|countries|states)\b)")


def _counted_sides(clauses: list[Clause], n: int, *, tallies: bool = True,
                   before: int | None = None) -> set[str]:
    """The sides (yes/no/abstain) the clauses counted with the number ``n``: their counts
    (those ending before ``before``), and with ``tallies`` their tallies too."""
    sides = {k.vote for p in clauses for k in p.counts
             if k.value == n and not k.weak and k.vote in ("yes", "no", "abstain")
             and (before is None or k.end <= before)}
    # ... and the groups they counted: "six members abstained. Those six were A, B, ..."
    sides |= {a.vote for p in clauses for a in p.votes if a.vote in ("yes", "no", "abstain")
              for it in a.items if it.kind == "group" and it.count == n and not it.qualified
              and (before is None or it.end <= before)}
    if tallies:
        sides |= {side for p in clauses for t in p.tallies
                  for side, value in zip(("yes", "no", "abstain"), t[:3], strict=True)
                  if value == n and (before is None or t[4] <= before)}
    return sides


def _the_n_were(c: Clause, low: str, out: list[Clause], nums: list[int]) -> bool:
    """Read "The three no votes were A, B and C" (the side a count told before); True if
    the clause now holds votes."""
    m = (_THE_N_WERE_GATE.search(low, c.lo, c.hi) and (
        _THE_N_WERE.match(low, c.lo, c.hi) or _THE_N_WERE.search(low, c.lo, c.hi))) or (
        _THE_N_WHO.match(low, c.lo, c.hi))
    how = "post"
    if m is None or number(m.group("n") or "") is None and not any(
            m.groupdict().get(k) for k in ("n2", "n3", "n4")):
        # "The Soviet Union, China and France were among the thirteen": the list before (so
        # "The Americans were among the nine", whose "The Americans were" counts no one)
        m, how = _AMONG_THE_N.search(low, c.lo, c.hi), "pre"
    n = number(m.group("n") or m.groupdict().get("n2") or m.groupdict().get("n3")
               or m.groupdict().get("n4") or "") if m is not None else None
    if m is None or n is None or not 2 <= n <= 15:
        return False
    # (the count may stand earlier in the same clause: "Five abstained - and those five were";
    # "the Council voted nine to two ... A, B and C were among the nine": a tally's side)
    sides = _counted_sides(out[-_THE_N_BACK:], n) | _counted_sides(
        [c], n, before=m.start())
    if not sides:
        # ("got nine votes ... For the record, the nine were ...": the count told further up,
        # when the story gives no other count of that number)
        sides = _counted_sides(out, n)
    if len(sides) != 1:
        return False
    cue = VoteCue(sides.pop(), how, m.start(), m.end())
    c.votes = attribute(low, c.lo, c.hi, c.mentions, [cue], _share(nums, nums, c.lo, c.hi))
    return bool(c.votes)


# "So the ten yes votes -- that's the US, the UK, France, plus Albania ...": a side counted,
# then its roll
_SIDE_THATS = re.compile(r"\bthe\s+(?:[a-z]+\s+|\d+\s+)?(?:(?P<yes>yes)|(?P<no>no))\s+votes\s*"
                         r"(?:-+|\u2014|:|,)\s*(?:that's|that\s+is|namely|those\s+were)\s")


def _side_thats(c: Clause, low: str, nums: list[int]) -> None:
    """Members named after "the ten yes votes -- that's": that side's roll."""
    m = _SIDE_THATS.search(low, c.lo, c.hi)
    if m is None:
        return
    cue = VoteCue("yes" if m.group("yes") else "no", "post", m.start(), m.end())
    c.votes = attribute(low, c.lo, c.hi, c.mentions, [cue], _share(nums, nums, c.lo, c.hi))


# between a member and "voted to": words that make the Council or its members the subject
_BODY_BETWEEN = re.compile(r"\b(?:council|assembly|members|body|fifteen|all)\b")
_OBJECT_BEFORE = re.compile(r"\b(?:with|by|including|and|from|of|to|for|against|on|as|than|"
                            r"like|besides|except)\s+(?:the\s+)?$")


def _member_voted_to(c: Clause, low: str, before: list[Mention]) -> None:
    """Drop "voted to ..." as the Council's decision when a member is its subject ("Paris
    refused overflight to the bombers and then voted to protect the country that flew
    them"): one delegation's vote, not the Council's."""
    def by_member(k: Cue) -> bool:
        if k.kind != "adopt" or not low.startswith("voted", k.start) or (
                " to " not in low[k.start:k.end + 1]):
            return False  # (not "the partition plan voted by the Assembly")
        subject = [m for m in before + c.mentions if m.end <= k.start]
        if not subject or not any(e.code for e in subject[-1].entries) or (
                subject[-1].kind in ("demonym", "adjective") or subject[-1].possessive):
            return False  # (not "the American proposal ... voted ... to")
        # (not "The Council, with China abstaining, voted to impose ...": an aside's member)
        return _BODY_BETWEEN.search(low, subject[-1].end, k.start) is None and not any(
            p in low[subject[-1].end:k.start] for p in ",;:(") and not _OBJECT_BEFORE.search(
            low, max(0, subject[-1].start - 20), subject[-1].start)
    c.outcome = [k for k in c.outcome if not by_member(k)]


# "At the same meeting the Council appointed ...": a decision of its own, with no vote word
_SAME_SITTING_ACT = re.compile(r"\bthe\s+same\s+(?:day|meeting|sitting)\b[^.;]{0,30}?\b"
                               r"(?:council|it)\s+(?:also\s+)?(?:renewed|extended|appointed|"
                               r"elected|reappointed)\b")
_TEXT_NUMBERED = re.compile(r"\b(?:that|this|the)\s+text\s*,\s*(\d{3,4})\s*\(\s*"
                            r"((?:19|20)\d\d)\s*\)")
_BULLET_NAME = re.compile(r"\s*[-*\u2022]\s*(?:the\s+)?")


def _bulleted_sides(low: str, out: list[Clause]) -> None:
    """"Nobody voted against, but 6 members abstained:" over a bulleted list of names, one a
    line: each bullet is a member of that side."""
    for k, c in enumerate(out):
        if not c.votes or low[c.lo:c.hi].rstrip()[-1:] != ":":
            continue
        side = c.votes[-1]
        if not side.items or side.items[-1].kind != "group" or not side.items[-1].count:
            continue
        named: list[Mention] = []
        for b in out[k + 1:k + 1 + side.items[-1].count]:
            bm = _BULLET_NAME.match(low, b.lo, b.hi)
            if bm is None or len(b.mentions) != 1 or b.votes or low[
                    b.mentions[0].end:b.hi].strip(" .;,") or bm.end() != b.mentions[0].start:
                break
            named.append(b.mentions[0])
        if len(named) == side.items[-1].count:
            c.votes.append(Assignment(_member_items(named), side.vote, side.how,
                                      side.cue_start, side.cue_end))


def analyse_clauses(t: Text, mentions: list[Mention]) -> list[Clause]:
    """Every clause of every sentence, with what it says about votes.

    The vocabulary is scanned once over the whole document; each clause then reads its share
    and judges it in context (negation, modality, background).
    """
    text, low = t.plain, t.low
    starts = [m.start for m in mentions]
    finder = Finder(low)
    outcomes = cue_mod.scan_outcomes(low, finder=finder)
    votes = scan_votes(low, finder=finder)
    nums = number_starts(low, 0, len(low), finder)
    tallies = find_tallies(low, 0, len(low), max_total=250, starts=nums)
    counts = find_counts(low, 0, len(low), starts=nums)
    # ("policywonk -- 1 March 2017, 11:21": a comment's time stamp dates the comment)
    dates = [d for d in find_dates(text) if not (
        d.kind == "full" and _STAMP_CLOCK.match(text, d.end))]
    index = {
        "outcomes": [r[0] for r in outcomes], "votes": [r[0] for r in votes],
        "tallies": [r[3] for r in tallies], "counts": [k.start for k in counts],
        "dates": [d.start for d in dates],
    }
    out: list[Clause] = []
    speakers = _speakers(t, mentions) if ":" in text else {}
    sponsors_counted = -1  # the block where the story counted a text's drafters
    eds_block = -1  # the block of a note to editors
    body_seen = False  # a clause below the headers has been read: the lead is behind us
    for sent in t.sentences:
        for lo, hi in _clause_spans(sent):
            c = Clause(sent, lo, hi, sent.header)
            i, j = bisect_left(starts, lo), bisect_left(starts, hi)
            c.mentions = mentions[i:j]
            raw_out = _share(outcomes, index["outcomes"], lo, hi)
            raw_votes = _share(votes, index["votes"], lo, hi)
            c.vote_words = frozenset(v for _, _, v, _ in raw_votes)
            c.tallies = [x for x in _share(tallies, index["tallies"], lo, hi) if x[4] <= hi]
            c.counts = [k for k in _share(counts, index["counts"], lo, hi)
                        if not _ACROSS_VOTES.match(low, k.end)]
            if c.counts and " from " in low[lo:hi]:
                # ("one yes and one abstention from our country on the same day": one
                # member's votes on two texts, no count of a side)
                mine = [(m.start(), m.end()) for m in _ONE_MEMBERS_VOTES.finditer(low, lo, hi)]
                c.counts = [k for k in c.counts if not any(a <= k.start < b for a, b in mine)]
            if any(not k.weak for k in c.counts if k.vote == "no"):
                c.counts = [k for k in c.counts if not k.weak]
            c.dates = _share(dates, index["dates"], lo, hi)
            _fill(c, text, low, raw_out, raw_votes, _share(nums, nums, lo, hi),
                  lead=not c.header and not body_seen,
                  when=bool(c.dates) and lo == sent.start and bool(out) and (
                      _WHEN_ASKED.search(out[-1].sent.text) is not None))
            if raw_votes and not c.votes and out and out[-1].sent is sent and out[-1].votes and (
                    sv := _SECOND_VOTE.match(text, out[-1].hi)) and sv.end() == lo:
                _same_subject(c, out[-1], raw_votes)
            if out and (c.tallies or c.counts) and (low.startswith(("it ", "they "), lo) and (
                    _OWN_WORLD_MET.match(low, out[-1].lo, out[-1].hi)) or out[-1].elsewhere and (
                    out[-1].sent.block == sent.block and _ITS_COUNT.match(low, lo, hi))):
                # "The Society's committee met on Monday. It voted 7 to 2 to ...", "The board
                # has voted to move the race. The vote was five to two."
                c.silence()
                c.elsewhere = True
            if not c.dates and c.has_vote_content and lo == sent.start and out and (
                    _THAT_DAY.match(low, lo, hi)):
                # "The compromise came after a turbulent Friday. That day a draft ... was
                # vetoed": the day the sentence before named
                prev = out[-1].sent
                c.dates = [m for m in _share(dates, index["dates"], prev.start, prev.end)
                           if m.kind in ("weekday", "monthday", "full")][-1:]
            if sent.text.rstrip().endswith("?") and _WHETHER_ASKED.match(
                    low, sent.start, sent.end):
                # "So it passed 11 to 1?" "No! ...": a question puts the outcome, it does
                # not report it
                c.silence()
            if sent.text.startswith(("Eds:", "EDS:", "Editors:", "EDITORS:")):
                eds_block = sent.block
            if sent.block == eds_block:
                # "Eds: UPDATES with second vote, Soviet veto.": a note to the desk about the
                # copy, its vote words a summary of what the story goes on to tell (so are the
                # note's other sentences: "The fourth draft was defeated 12-3 with no
                # abstentions. A corrected version follows.")
                c.silence()
            if c.outcome and "voted" in low[lo:hi]:
                _member_voted_to(c, low, mentions[bisect_left(starts, sent.start):i])
            if c.votes and c.live_outcomes and (
                    "with the support of" in low[lo:hi] or "with the backing of" in low[lo:hi]):
                _supported_veto(c, low)
            if speakers and sent.block in speakers:
                _speaker_votes(c, low, speakers[sent.block], raw_votes)
            if c.votes and out and "majority" in low[lo:hi]:
                _majority_side(c, low, out)
            if c.mentions and out and (out[-1].votes or out[-1].vote_words) and (
                    low.startswith("so", lo) or low.startswith("and so", lo)) and (
                    not c.votes or low.startswith("so did ", lo)):
                _so_did(c, low, out[-1], nums)
            if not c.votes and c.mentions and out and (out[-1].votes or out[-1].vote_words) and (
                    " likewise" in low[lo:hi] or " the same" in low[lo:hi]
                    or " suit" in low[lo:hi]):
                _did_likewise(c, low, out[-1], nums)
            if not c.votes and c.mentions and out and out[-1].votes and (
                    " the list" in low[lo:hi] or " up the re" in low[lo:hi]):
                _completed_list(c, low, out[-1])
            if not (c.votes or c.sponsor_groups) and c.mentions and out and (
                    out[-1].sponsor_groups and not out[-1].votes) and " joined by " in low[lo:hi]:
                _joined_by(c, low)
            if not (c.votes or c.sponsor_groups) and c.mentions and out and out[-1].votes and (
                    " joined by " in low[lo:hi] or "with " in low[lo:lo + 16]):
                _joined_in_vote(c, low, out[-1])
            if not (c.votes or c.sponsor_groups) and c.mentions and sponsors_counted >= 0 and (
                    sent.block == sponsors_counted) and (
                    "among them" in low[lo:hi] or " on the list" in low[lo:hi]):
                _named_after_count(c, low)
            if "sponsor" in low[lo:hi] or "put forward by" in low[lo:hi]:
                if _COUNTED_SPONSORS.search(low, lo, hi) or _MANY_SPONSORS.search(low, lo, hi):
                    sponsors_counted = sent.block
            if not c.votes and c.mentions and out and out[-1].votes and (
                    " joined them" in low[lo:hi] or " likewise" in low[lo:hi]
                    or " the same" in low[lo:hi] or " suit" in low[lo:hi]
                    or " did " in low[lo:hi]):
                _joined_them(c, low, out[-1], nums)
            if (c.votes or c.unanimous or c.counts) and c.mentions and (
                    "includ" in low[lo:hi] or "of them" in low[lo:hi]
                    or "among them" in low[lo:hi]):
                _group_includes(c, low, nums)
            if (c.votes or c.counts) and c.mentions and "among them" in low[lo:hi]:
                _among_the_counted(c, low)
            if c.votes and c.mentions and " included" in low[lo:hi]:
                _named_included(c, low)
            if c.mentions and " of " in low[lo:hi]:
                _one_of_n(c, low)
            if c.votes and c.mentions and (low.endswith(("too.", "too", "as well.", "as well"),
                                                        lo, hi)):
                _and_too(c, low)
            if not c.votes and c.mentions and out and (out[-1].counts or out[-1].votes) and (
                    "among them" in low[lo:hi] or "includ" in low[lo:hi]
                    or "one of them" in low[lo:hi]):
                _among_them(c, low, out[-1], nums)
            rolled = False
            if (not c.votes or all(a.vote == "copy" and all(i.kind == "group" for i in a.items)
                                   for a in c.votes)) and c.mentions and (
                    out or c.tallies) and (
                    " were" in low[lo:hi] or " was" in low[lo:hi] or " included" in low[lo:hi]
                    or ":" in low[lo:hi]):
                rolled = _the_n_were(c, low, out, nums)
            elif c.votes and c.mentions and out and low.startswith(("those ", "these "), lo) and (
                    tm := _THE_N_WERE.match(low, lo, hi)) and (
                    n := number(tm.group("n") or "")) and (
                    len(sides := _counted_sides(out[-_THE_N_BACK:], n)) == 1):
                # "Nine votes to two. Those two were the votes of the Soviet Union and ...": the
                # side the number counted, whatever the words after it would say alone
                side = sides.pop()
                for a in c.votes:
                    if a.vote in ("yes", "no", "abstain"):
                        a.vote = side
                rolled = True
            elif c.votes and out and " among the " in low[lo:hi] and (
                    am := _AMONG_THE_N.search(low, lo, hi)) is not None and all(
                    it.start >= am.end() for a in c.votes for it in a.items):
                # "A and B were among the fourteen, and once again the single vote against
                # came from C": the names before the count are its side, those after have theirs
                kept, c.votes = c.votes, []
                rolled = _the_n_were(c, low, out, nums)
                c.votes = [a for a in c.votes if all(it.end <= am.start() for it in a.items)] + (
                    kept)
            roll = lo == sent.start and _ROLL_OF_COUNT.match(low, lo, hi) is not None
            told_each = out[-1] if out else None
            if roll and c.votes and told_each is not None and not told_each.each:
                # ("... and each time the count was the same: five in favour, two against
                # and four abstaining. Seven affirmative votes are required; so neither
                # passed. Voting in favour were A, B and C": past a remark with no count)
                for x in reversed(out[-3:]):
                    if x.each and (x.counts or x.tallies):
                        told_each = x
                        break
                    if x.votes or x.counts or x.tallies or x.symbols or x.resolutions:
                        break
            if c.votes and not c.each and told_each is not None and told_each.each and (
                    told_each.votes or told_each.counts or told_each.unanimous) and (
                    # (a roll of "the eleven" may open the next paragraph: "Among the
                    # thirteen in favour were A, B and C")
                    told_each.sent.block == sent.block or rolled or roll) and not (
                    c.outcome or c.tallies or c.counts and not (roll or _other_side_counted(
                        c, told_each)) or c.new_draft or c.symbols or c.resolutions
                    or c.second_of >= 0
                    # ("Argentina, which had supported the first, preferred to abstain on the
                    # second": one of them by its place)
                    or ONE_BY_PLACE.search(low, lo, hi)):
                # "A, B and C voted for both applications. Britain voted for them, as did
                # D and E"; "On both occasions every hand went up ... The eleven members who
                # voted were A, B, ...": the rest of the roll is for both too
                c.each = told_each.each
            if c.votes and not (c.each or c.plural) and out and out[-1].plural_n >= 2 and (
                    out[-1].votes) and out[-1].sent.block == sent.block and (
                    low.startswith(("so did ", "so too did ", "and so did "), lo)) and not (
                    c.outcome or c.tallies or c.counts or c.new_draft or c.symbols
                    or c.resolutions):
                # "A, B and C voted in favour of both texts, as did D. So did E and F": of
                # both texts too
                c.plural, c.plural_n = True, out[-1].plural_n
            if not c.votes and c.mentions and " votes" in low[lo:hi] and (
                    "that's" in low[lo:hi] or "that is" in low[lo:hi]
                    or "namely" in low[lo:hi] or "those were" in low[lo:hi]):
                _side_thats(c, low, nums)
            if c.mentions and out and " them" in low[lo:hi] and (
                    "sponsor" in low[out[-1].lo:out[-1].hi] or c.sponsor_groups and (
                        "sponsor" in low[lo:hi])):
                # ("... signed on as co-sponsors of the French text, and the Republic of
                # Korea, which sits on the Council this year, was one of them")
                _one_of_them(c, low, opens=lo == sent.start)
            if c.mentions and not (c.sponsor_groups or c.votes) and out and (
                    out[-1].co_sponsors) and lo == sent.start and (
                    sm := _SO_WERE_OPENS.match(low, lo, hi)):
                # "... the Republic of Korea was one of them. So were Jordan, Australia and
                # Luxembourg": more of the co-sponsors the clause before named
                group = _member_list_after(low, sm.end(), _coded(c), hi)
                if group:
                    c.sponsor_groups, c.co_sponsors = [group], True
            if not c.sponsor_groups and lo == sent.start and out and low.startswith(
                    ("its ", "their "), lo):
                _its_drafter(c, low, out[-1])
            if not c.votes and c.mentions and out and out[-1].votes and (
                    low.startswith("the ", lo)):
                _nth_of_side(c, low, out[-1])
            if c.sponsor_groups and " own " in low[lo:hi] and not c.votes:
                _drafters_voted(c, low)
            if not c.votes and c.mentions and c.counts and "including" in low[lo:hi]:
                _counted_including(c, low)
            if c.unanimous and c.mentions and not c.votes and "includ" in low[lo:hi]:
                _unanimous_including(c, low)
            if not c.votes and c.mentions and " on board" in low[lo:hi]:
                _on_board(c, low)
            if c.votes and ":" in low[lo:hi]:
                _colon_roll(c, low)
            if c.votes and low.startswith(("besides ", "apart from "), lo):
                _besides(c, low)
            if not c.header and (c.counts and any(k.weak for k in c.counts) or (
                    not c.mentions and ("both" in low[lo:hi] or "all " in low[lo:hi]))
                    or low.startswith(("those ", "these "), lo)):
                _all_named(c, low, mentions, i)
            if c.mentions and lo == sent.start and out and ((
                    asked := (out[-2] if len(out) > 1 and (_LABEL_ONLY.fullmatch(
                        out[-1].sent.text) or _WORD_ANSWER.fullmatch(out[-1].sent.text))
                        else out[-1]).sent).text.rstrip().endswith("?")
                    # "Who voted yes. The United States, ...": a newsletter's run-in head
                    or _LABEL_QUESTION.fullmatch(low, asked.start, asked.end)
                    or _SIDE_TOPIC.match(low, asked.start, asked.end)) and (
                    "who " in low[asked.start:asked.end] or " the " in low[asked.start:asked.end]
                    or low.startswith("which ", asked.start)
                    or low[asked.start:asked.end].rstrip().endswith(
                        ("and against?", "and abstaining?"))):
                _answer(c, low, asked, out)
            elif not c.votes and c.mentions and lo == sent.start and _BULLET_ITEM.match(
                    sent.text) and (listed := _bullet_question(out)) is not None:
                # "Who abstained? Here's the list:" then "- Russia", "- China", ...
                _answer(c, low, listed, out, bullet=True)
            elif not c.votes and c.mentions and lo == sent.start and out and out[-1].votes and (
                    "plus " in low[lo:hi] or "then " in low[lo:hi]
                    or out[-1].sent.block == sent.block and _answered(out[-1])):
                _answer_goes_on(c, low, out[-1], same_turn=out[-1].sent.block == sent.block)
            elif not c.votes and c.mentions and lo > sent.start and out and out[-1].votes and (
                    out[-1].sent is sent) and low[out[-1].hi:lo].strip() == ";" and (
                    (told := _told_side(out[-1])) is not None and told.cue_start == out[-1].lo
                    == told.cue_end) and (named := _names_alone(c, low, lo, aside=True)):
                # "Who voted for? A, B and C; D and E; the Soviet Union; and F.": an answer
                # goes on past its semicolons
                c.votes = [Assignment(_member_items(named),
                                      told.vote, "pre", lo, lo)]
            elif not c.votes and c.mentions and lo == sent.start and out and (
                    " the other" in low[lo:hi]) and (ot := _CAST_THE_OTHER.search(low, lo, hi)):
                _cast_the_other(c, low, out[-1], ot.start())
            elif not c.votes and c.mentions and lo == sent.start and out and (
                    "the other" in low[lo:hi]) and (ow := _THE_OTHER_WAS.match(low, lo, hi)):
                _the_other_was(c, low, out, ow)
            elif not c.votes and c.mentions and lo == sent.start and out and out[-1].votes and (
                    tw := _THEY_WERE.match(low, lo, hi)):
                _they_were(c, low, out[-1], tw.end())
            elif not c.votes and c.mentions and lo == sent.start and out and (
                    out[-1].counts or out[-1].votes) and (
                    om := _ONE_OF_THEM_WAS.match(low, lo, hi)) and (first := next(
                        (x for x in c.mentions if x.start >= om.end()), None)) is not None and (
                    low[om.end():first.start].strip() in ("", "the")):
                # "Twelve voted in favour, but two voted against. One of them was Russia, a
                # permanent member, ...": the side the count just told ("Two countries
                # abstained. One of them was Canada": or the counted group's)
                side = max(out[-1].counts, key=lambda k: k.start).vote if out[-1].counts else (
                    _sides_counted([out[-1]]) or {""}).pop()
                if side in ("yes", "no", "abstain"):
                    c.votes = [Assignment([Item(first.start, first.end, "member", mention=first)],
                                          side, "pre", lo, lo)]
            elif not c.votes and c.mentions and lo == sent.start and out and (
                    out[-1].sponsor_groups) and _DRAFTERS_TOLD.search(
                        low, out[-1].lo, out[-1].hi) and (
                    om := _THE_OTHERS_WERE.match(low, lo, hi)) and (
                    named := _names_alone(c, low, om.end())):
                # "Ukraine ... was one of seven sponsors of the text. The other six were
                # Bangladesh, Jamaica, ...": the rest of the sponsors just counted
                c.sponsor_groups, c.co_sponsors = [list(named)], True
            elif not c.votes and not c.mentions and lo == sent.start and out and (
                    "other" in low[lo:hi]) and _REST_ANSWER.fullmatch(low, lo, hi) and (
                    (qm := _QUESTION.search(low, out[-1].sent.start, out[-1].sent.end))
                    is not None) and not qm.group("sponsor"):
                # "Q. Who voted for them?" "A. Every other member.": all the members not named
                c.votes = [Assignment([Item(lo, hi, "rest")], _asked_side(qm), "pre", lo, lo)]
            out.append(c)
            body_seen = body_seen or not c.header
    if "\n-" in text or "\n*" in text or "\u2022" in text:
        _bulleted_sides(low, out)
    if " members" in low:
        _named_groups(low, mentions, out)
    if "both " in low:
        _both_named_before(low, out)
    if "all " in low:
        _all_of_them(low, out)
    if ";" in low:
        _list_carried_on(low, out)
    if "joined them" in low:
        _joined_them_in_voting(low, out)
    if "among the " in low:
        _list_past_a_group(low, out)
    if "among them" in low and "sponsor" in low:
        _among_the_sponsors(low, out)
    if "said" in low or "told" in low or "heard" in low or "claim" in low:
        _hearsay_denied(t, out)
    for c in out:
        if len(c.mentions) >= 3 and not c.header and (
                raw := _share(votes, index["votes"], c.lo, c.hi)):
            _unclaimed_list(c, low, raw)
    return out


# A word of each side (a quick test before the vote words are read); and the words of the
# other sides: "voted for the American plan and against the Soviet text, as did A, B and C"
# says two things of the list
_OTHER_SIDES = {"yes": ("against", "abstain", "abstention"),
                "no": ("favour", "favor", "abstain", "abstention"),
                "abstain": ("favour", "favor", "against")}


# ... ("it had the company of A, B and C, and it still abstained": the verb has a subject of
# its own)
_CONTRAST = re.compile(r"\b(?:while|whereas|whilst)\b|,\s*but\b|,\s*and\s+it\b")


# "My cousin said the US voted no." -- "No, nobody voted against.": a rumour passed on, and
# the answer that puts it right
_HEARSAY = re.compile(r"\b(?:(?:my|a|our|his|her)\s+(?:[\w-]+\s+)?(?:cousin|friend|brother|sister|"
                      r"uncle|aunt|neighbou?r|colleague|father|mother|husband|wife|son|daughter)|"
                      r"someone|somebody|people|i)\s+(?:said|says|told\s+me|heard|claimed|claims|"
                      r"thought|thinks)\b")
_DENIAL = re.compile(r"\W*(?:[a-z][\w .'-]{0,30}:\s*)?(?:no|nope|not\s+(?:true|so|quite|at\s+all)|"
                     r"that(?:'s|\u2019s|\s+is|\s+was)\s+(?:wrong|not\s+(?:true|right|correct)))"
                     r"\s*[,.!;:-]")


def _hearsay_denied(t: Text, out: list[Clause]) -> None:
    """Silence a vote passed on by hearsay that the next sentence denies."""
    for c in out:
        if not c.has_vote_content or c.header:
            continue
        nxt = c.sent.index + 1
        if nxt < len(t.sentences) and _HEARSAY.search(t.low, c.sent.start, c.lo + 60) and (
                _DENIAL.match(t.low, t.sentences[nxt].start, t.sentences[nxt].end)):
            c.silence()


def claimed(c: Clause) -> set[tuple[int, int]]:
    """The spans of the clause's mentions that a vote or a drafting already took."""
    return {(it.start, it.end) for a in c.votes for it in a.items} | {
        (m.start, m.end) for m in c.sponsors}


def member_runs(c: Clause, low: str) -> list[list[Mention]]:
    """The clause's mentions in runs of a list ("A, B and the C"), in the order told."""
    runs: list[list[Mention]] = []
    for m in sorted((m for m in c.mentions if c.lo <= m.start < c.hi), key=lambda m: m.start):
        if runs and LIST_SEP.match(low[runs[-1][-1].end:m.start]):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _unclaimed_list(c: Clause, low: str, raw: list[tuple[int, int, str, str]]) -> None:
    """A list of three or more members that no vote word of its clause took, in a clause
    whose every vote word says the same side and none of another: that side. The attribution
    rules read a list by its place beside the vote word; this reads it by the clause having
    nothing else to say ("Voting in favour were the elected members who send troops, notably
    A, B and C"). Two names are not enough: "A and B" is as often the drafters or the two
    sides of the quarrel as voters."""
    cues = [q for q in vote_cues(low, c.lo, c.hi, raw)
            if q.vote in ("yes", "no", "abstain")]
    sides = {q.vote for q in cues}
    # only verbs and nouns of voting, all of them live: not a veto's word, which names its
    # one permanent member ("A, B and C had tabled amendments, and Russia vetoed both"), nor
    # a "no" that answers a question or is quoted ("a 'no' from any of the five permanent
    # members -- A, B, C, D and E -- is a veto")
    if len(sides) != 1 or any(not q.live or q.how not in ("pre", "post", "both") for q in cues):
        return
    side = sides.pop()
    if any(w in low[c.lo:c.hi] for w in _OTHER_SIDES[side]):
        return
    taken = claimed(c)
    for run in member_runs(c, low):
        if len(run) >= 3 and not any((m.start, m.end) in taken for m in run) and not (
                # ("A, which sits beside B, C and D among the elected members, voted in
                # favour": an aside before the vote word tells of its subject, not voters)
                all(q.start > run[-1].end for q in cues)
                and ASIDE_OPEN.search(low, c.lo, run[0].start)):
            cue = min(cues, key=lambda q: abs(q.start - run[0].start))
            lo, hi = (run[-1].end, cue.start) if cue.start >= run[-1].end else (cue.end,
                                                                              run[0].start)
            if _CONTRAST.search(low, lo, hi):
                # ("A and B this time joined C, D and E, while F abstained": the verb after the
                # contrast is F's; the list has a verb of its own)
                continue
            c.votes.append(Assignment(_member_items(run), side, "list", cue.start, cue.end))


# what may stand beside a list that goes on after a semicolon: "and", and the group it names
_CARRIED_OPEN = re.compile(r"\s*(?:and\s+|as\s+well\s+as\s+|plus\s+|(?:but|and)\s+also\s+)?"
                           r"(?:the\s+)?")
# ... or a word on how it was expected: "the Soviet Union and Czechoslovakia, as expected;
# Morocco, as expected; but also France, ..."
_CARRIED_TAIL = re.compile(r"(?:,?\s+(?:among|from|of|in|on)\s+[^,;.:()]{0,60})?"
                           r"(?:\s*,\s*(?:as\s+expected|of\s+course|naturally|predictably))?[\s.]*")


def _list_carried_on(low: str, clauses: list[Clause]) -> None:
    """A list of members that goes on past a semicolon, with no word of its own: the side of
    the list it continues ("Voting in favour were A, B and C among the permanent members;
    and D, E and F among the elected members")."""
    for prev, c in pairwise(clauses):
        if c.sent is not prev.sent or c.votes or c.outcome or c.tallies or c.counts or (
                not c.mentions or not prev.votes or ";" not in low[prev.hi:c.lo + 1]):
            continue
        last = max(prev.votes, key=lambda a: a.items[-1].end if a.items else -1)
        if not last.items or len(last.items) + len(c.mentions) < 3 or not _CARRIED_TAIL.fullmatch(
                low, last.items[-1].end, prev.hi):
            continue
        runs = member_runs(c, low)
        opens = _CARRIED_OPEN.match(low, c.lo)
        if len(runs) != 1 or opens is None or opens.end() != runs[0][0].start or not (
                _CARRIED_TAIL.fullmatch(low, runs[0][-1].end, c.hi)):
            continue
        run = runs[0]
        c.votes.append(Assignment(_member_items(run), last.vote, "list", last.cue_start,
                                  last.cue_end))


# "..., and, among the elected members, ...": the group named between two parts of one list
_GROUP_BETWEEN = re.compile(r"\s*(?:,|\s-+)\s*and\s*,\s*among\s+the\s+[^,;.()]{1,40},\s*"
                            r"(?:the\s+)?")


def _list_past_a_group(low: str, clauses: list[Clause]) -> None:
    """A list that goes on after naming the group its next part belongs to: the side of the
    part before ("So did A, B, C and D, and, among the non-permanent members, E, F and G")."""
    for c in clauses:
        taken = claimed(c)
        for first, then in pairwise(member_runs(c, low)):
            if not _GROUP_BETWEEN.fullmatch(low, first[-1].end, then[0].start) or any(
                    (m.start, m.end) in taken for m in then):
                continue
            sides = [a for a in c.votes if a.items and a.items[-1].end == first[-1].end]
            if len(sides) == 1:
                a = sides[0]
                c.votes.append(Assignment(_member_items(then), a.vote, "list", a.cue_start,
                                          a.cue_end))


def _side_named(m: re.Match[str]) -> str:
    """The side a pattern with groups ``yes`` and ``no`` (else an abstention) matched."""
    return "yes" if m.group("yes") else "no" if m.group("no") else "abstain"


# "Britain, France, Russia and China joined them in voting yes": the side of those they joined
_JOINED_THEM_IN = re.compile(r"\bjoined\s+them\s+in\s+(?:voting\s+(?P<yes>yes|for\s+(?:it|the\s+"
                             r"text)|in\s+favou?r)|(?P<no>voting\s+(?:no|against))|"
                             r"(?P<abstain>abstaining))\b")


def _joined_them_in_voting(low: str, clauses: list[Clause]) -> None:
    """"The draft was the joint work of the ten elected members: A, B, ... J. Britain, France,
    Russia and China joined them in voting yes": the list told just before (its clause, or
    the one before it in the same paragraph) voted as those who joined it did."""
    for prev, c in pairwise(clauses):
        if "joined them" not in low[c.lo:c.hi] or (
                m := _JOINED_THEM_IN.search(low, c.lo, c.hi)) is None:
            continue
        if prev.sent.block != c.sent.block:
            continue
        runs = [run for run in member_runs(prev, low) if len(run) >= 2]
        if not runs or any(a.items for a in prev.votes if a.vote in ("yes", "no", "abstain")):
            continue
        vote = _side_named(m)
        c.votes.append(Assignment(_member_items(runs[-1]), vote, "list", m.start(), m.end()))


_THE_SPONSORS_AMONG_THEM = re.compile(r"\W*among\s+them\s+(?:were|was)\b")
_CO_SPONSORS_COUNTED = re.compile(r"\b(?:as\s+)?co-?sponsors\W*$")


def _among_the_sponsors(low: str, clauses: list[Clause]) -> None:
    """"... more than a hundred and ten countries put their names to it as co-sponsors. Among
    them were our Pacific neighbours Fiji, Samoa and Papua New Guinea": co-sponsors named."""
    for prev, c in pairwise(clauses):
        if c.sponsor_groups or not _THE_SPONSORS_AMONG_THEM.match(low, c.lo, c.hi) or not (
                _CO_SPONSORS_COUNTED.search(low, prev.lo, prev.hi)):
            continue
        runs = [run for run in member_runs(c, low) if any(e.code for m in run for e in m.entries)]
        if runs:
            c.sponsor_groups.append(runs[-1])
            c.co_sponsors = True


# "co-sponsored by A, B, C, D, E and F, and all six voted for it": the members just listed
_ALL_N_VOTED = re.compile(
    rf"\ball\s+(?P<n>{NUM})\s+(?:of\s+them\s+)?(?:then\s+|also\s+)?(?:(?P<yes>voted\s+(?:for|in\s+"
    r"favou?r\s+of)\s+(?:it|the\s+(?:text|draft|resolution))|voted\s+(?:in\s+favou?r|yes))|"
    r"(?P<no>voted\s+(?:against|no))|(?P<abstain>abstained))\b")


def _all_of_them(low: str, clauses: list[Clause]) -> None:
    for c in clauses:
        if "all " not in low[c.lo:c.hi] or (m := _ALL_N_VOTED.search(low, c.lo, c.hi)) is None:
            continue
        n = number(m.group("n"))
        before = [run for run in member_runs(c, low) if run[-1].end <= m.start()]
        if n is None or not before or len(before[-1]) != n or any(
                it.start < m.start() and it.end > before[-1][0].start
                for a in c.votes for it in a.items):
            continue
        vote = _side_named(m)
        c.votes.insert(0, Assignment(_member_items(before[-1]), vote, "pre", m.start(), m.end()))


# "Sierra Leone co-wrote the text with Britain. Both voted in favour": the two just named
_BOTH_VOTED = re.compile(r"\W*(?:both(?:\s+of\s+them)?|the\s+two|the\s+pair)\s+(?:then\s+|also\s+)?"
                         r"(?:(?P<yes>voted\s+(?:in\s+favou?r|for\s+(?:it|the\s+(?:text|draft|"
                         r"resolution))|yes))|(?P<no>voted\s+(?:against|no))|(?P<abstain>"
                         r"abstained))\b")


def _both_named_before(low: str, clauses: list[Clause]) -> None:
    for i, c in enumerate(clauses):
        if i == 0 or c.lo != c.sent.start or not low.startswith(("both", "the "), c.lo):
            continue
        bm = _BOTH_VOTED.match(low, c.lo, c.hi)
        if bm is None or any(a.cue_start <= bm.end() and a.items and a.items[0].start < bm.end()
                             for a in c.votes):
            continue
        before = [x for x in clauses[:i] if x.sent is clauses[i - 1].sent]
        # (the drafters, if the sentence names two: "A co-wrote the text with B, the
        # penholder on Sudan")
        named = [m for x in before for g in x.sponsor_groups for m in g if m.code()]
        if len({m.code() for m in named}) != 2:
            named = [m for x in before for m in x.mentions if m.code()]
        if len({m.code() for m in named}) != 2 or any(x.votes for x in before):
            continue
        vote = _side_named(bm)
        firsts: dict[str | None, Mention] = {}
        for m in named:
            firsts.setdefault(m.code(), m)
        items = _member_items(firsts.values())
        c.votes.insert(0, Assignment(items, vote, "pre", bm.start(), bm.end()))


# "the five European members of the Council -- Denmark, France, Greece, Slovenia and Britain --":
# a group the story names member by member, so that "The five European members abstained"
# later means those five
_GROUP_NAMED = re.compile(r"\bthe\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                          r"(?P<q>[a-z]+\s+)?(?:members|countries|states|delegations|powers)"
                          r"(?:\s+of\s+the\s+(?:security\s+)?council)?\s*(?:-+|:|\(|,)\s*")


def _named_groups(low: str, mentions: list[Mention], clauses: list[Clause]) -> None:
    """Put the members a story named for a counted group in place of its later mentions."""
    named: list[tuple[int, tuple[int, str], list[Mention]]] = []
    for gm in _GROUP_NAMED.finditer(low):
        n = number(gm.group("n"))
        members = _member_list_after(low, gm.end(), mentions, len(low))
        if n is not None and len(members) == n and len({m.code() for m in members}) == n:
            named.append((gm.end(), (n, (gm.group("q") or "").strip()), members))
    if not named:
        return
    for c in clauses:
        for a in c.votes:
            items: list[Item] = []
            for it in a.items:
                wm = _GROUP_WORDS.match(low, it.start, it.end) if it.kind == "group" else None
                key = (number(wm.group("n")), wm.group("q") or "") if wm else None
                told = next((ms for end, k, ms in reversed(named)
                             if end < it.start and k == key), None)
                items += _member_items(told) if (
                    told) else [it]
            a.items = items
        if not c.sponsor_groups and _THEY_DRAFTED.match(low, c.lo, c.hi):
            # "... the five European members -- A, B, C, D and E -- tried to change the
            # text. They tabled two amendments.": the group just named drafted them
            before = [ms for end, _, ms in named if c.sent.start - _THEY_REACH <= end < c.lo]
            if before:
                c.sponsor_groups = [list(before[-1])]


_THEY_DRAFTED = re.compile(r"\W*they\s+(?:then\s+|also\s+)?(?:tabled|drafted|put\s+forward|"
                           r"proposed|submitted|circulated|presented|introduced|wrote)\b")
_THEY_REACH = 300  # the group named in the sentence just before


# ... "the five European members" again, its number and the word that qualifies it
_GROUP_WORDS = re.compile(r"(?:the\s+)?(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)"
                          r"\s+(?:(?P<q>[a-z]+)\s+)?(?:members|countries|states|delegations|"
                          r"powers)\b")


# "ANCHOR: And the nine?": the members counted on one side, asked for by their number
# ... a question's lead for one side of the vote: "ANCHOR: And the ...?", "What about the ...?"
_ASKED_LEAD = r"(?:^|[:\]]\s*|\s)(?:and\s+|what\s+about\s+)?the\s+"
_THE_N_ASKED = re.compile(_ASKED_LEAD + r"(?P<n>[a-z]+|\d{1,2})\s*\?\s*$"
                          # ("Who was in the eleven?")
                          r"|\bwho\s+(?:was|were)\s+(?:in|among)\s+the\s+(?P<n5>[a-z]+|\d{1,2})"
                          r"\s*\?\s*$")
_OTHER_N_ASKED = re.compile(r"\bwho\s+(?:were|are)\s+the\s+other\s+(?P<n>[a-z]+|\d{1,2})\s*\?\s*$")
_WHEN_ASKED = re.compile(r"\bwhen\b[^?]*\?\s*$", re.I)
# An explainer's question and its answer: "Who abstained, and why does it matter?" then
# "China and Russia. Both are permanent members ..."; "Who wrote the resolution?" "France."
_QUESTION = re.compile(
    # ("Who else voted for it?")
    # ("Which members voted for it?")
    r"\b(?:who|which\s+(?:members|countries|delegations|states))\s+(?:else\s+)?(?:(?P<abstain>abstained)|voted\s+(?P<no>against|no)\b|"
    r"voted\s+(?P<yes>for|"
    # ("And who was in favour, besides the British?")
    r"in\s+favou?r|yes)\b|(?:was|were)\s+in\s+favou?r|"
    # ("Who stood with Angola?", "Who backed the text?": its supporters, which a vote asks of
    # each member)
    r"(?:backed|supported|stood\s+(?:with|behind|by))\b|(?:was|were)\s+on\s+the\s+"
    # ("Who was on the yes side?")
    r"(?:(?P<yes2>yes|winning)|(?P<no3>no)|(?P<abstain3>abstaining))\s+side|(?P<veto>vetoed|blocked|"
    # ("Who cast the veto?" "The United States.")
    r"(?:cast|used|exercised|wielded)\s+(?:the|a|its|their)\s+vetoe?s?)|(?P<sponsor>wrote|"
    r"drafted|sponsored|tabled|proposed|put\s+forward|penned|prepared))\b(?:[^?]*\?|\s*[.:]\s*$|"
    # ("note who abstained, because the list is the best map of where the Treaty will have
    # trouble:" over a bulleted list)
    r",[^?]*:\s*$)"
    # ("And the abstentions?": the side asked for by its name)
    # ... "And the other two "no" votes?"
    r"|" + _ASKED_LEAD + r"(?:(?:other|remaining)\s+)?(?:(?:[a-z]+|\d{1,2})\s+)?"
    r"(?:(?P<abstain2>abstentions?|abstainers?)|"
    r"(?P<no2>\"?no\"?\s+votes|noes|votes\s+against))\s*\?\s*$"
    # ("Q: And against?")
    r"|(?:^|[:\]]\s*|\s)and\s+(?:(?P<no3b>against)|(?P<abstain3b>abstaining))\s*\?\s*$")
# ("A: The other thirteen members, including A and B, and elected members such as C and D.")
_LABEL_ONLY = re.compile(r"\s*[AQ]\s*[.:]\s*")  # "A." split off as a sentence of its own
# "ABBOTT-HINDS: Three." before "Britain, Togo and Zaire.": the count, then the names
_WORD_ANSWER = re.compile(r"\s*(?:[A-Za-z][\w.'()-]*(?:\s[\w.'()-]+){0,2}\s?:\s*)?[A-Za-z]+\.\s*")
# an answer that opens with the drafters: "The six sponsors, joined by China and Ukraine."
_ANSWER_SPONSORS = re.compile(r"\s*(?:a\s*[.:]\s*)?(the\s+(?:[\w-]+\s+)?(?:co-?)?sponsors)\b")
# a transcript's time stamp and speaker: "[00:38] DEV:", "CORRESPONDENT:" (lower case)
_STAMP = r"\[\d{1,2}(?::\d\d){1,2}\]"
_SPEAKER_TAG = r"[a-z][a-z.'()-]*(?:\s[a-z.'()-]+){0,2}\s?:"
# ... opening a turn: "[00:52] TOMASZ: Plus the Netherlands"
TURN = rf"\s*(?:{_STAMP}\s*)?(?:{_SPEAKER_TAG}\s*)?"
# "Who voted yes." as a newsletter's run-in head, the answer following it
# ("[14:20] WHO VOTED YES. The US, UK and France, of course, plus ...": a show's timed head)
_LABEL_QUESTION = re.compile(TURN + r"(?:(?:consider|look\s+at|note|remember)\s+)?who\s+"
                             r"(?:[\w-]+\s+){0,3}[\w-]+\s*[.:]\s*")
# ... "The three Western permanent members, Lebanon, and the elected members A, B and C"
_ANSWER_GROUP = re.compile(r"\s*(?:a\s*[.:]\s*)?the\s+(?:[\w-]+\s+){0,3}?(?:members|powers)"
                           r"(?:\s*,\s*|\s+(?=plus\b|together\s+with\b|joined\s+by\b|"
                           # ("The three African members -- A, B and C -- plus D and E": the
                           # names between the dashes spell the group out)
                           r"as\s+well\s+as\b|(?:-{1,3}|\u2014|\u2013)\s))"
                           # ("DARNELL: The six countries that asked for the meeting -- A, B
                           # and C -- and with them D and E"): a group the names between the
                           # dashes then spell out
                           r"|" + TURN + r"the\s+(?:[\w-]+\s+){0,2}?(?:countries|states|"
                           r"nations|delegations|governments)\s+(?:that|which|who)\s[^-,;:?]{1,60}?"
                           r"\s(?=-+\s)")
# ("A. The Soviet Union and the Ukrainian S.S.R., which has a seat this year and next.")
# ("The Soviet Union, China and Uganda -- nine countries that backed all four texts.")
# ("Tanzania, of course, whose delegation has been working on this for months.")
_ANSWER_ASIDE = re.compile(r"(?:\s*,\s*(?:of\s+course|naturally|obviously))?"
                           r"\s*,\s*(?:which|who|whose)\b[^;:]*"
                           r"|\s+(?:-{1,3}|\u2014|\u2013)\s[^;:?-]*"
                           # ("...; the Ivory Coast and Morocco, for the African side; ...")
                           r"|\s*,\s*for\s+the\s+[a-z -]{1,40}\s+(?:side|group|members?)"
                           r"\s*[.;]?\s*")
# "members other than Canada and West Germany:": names set aside before the list that answers
_SET_ASIDE = re.compile(r"\b(?:other\s+than|except(?:\s+for)?)\s+[^:;?]{1,80}?:")
_ANSWER_GAP = re.compile(r"[\s,.;:]*(?:(?:and|both|the|a:|a\.|including|such\s+as|as\s+well\s+as|"
                         + _SET_ASIDE.pattern + r"|"
                         # ("A, B and C -- the three countries that carried out the strikes --
                         # together with D and E")
                         r"-+\s[^-;:?]{1,80}?\s-+|"
                         # (the dashes around names that spell out a group)
                         r"-+(?=\s)|"
                         r"among\s+(?:them|others)|elected|permanent|non-permanent|other|remaining|"
                         # ("Everyone else, including Britain, France and Canada.")
                         r"rest|every(?:one|body)\s+else|plus|then|joined\s+by|together\s+with|"
                         r"obviously|of\s+course|"
                         # ("Who voted for Angola? Our brothers of Tanzania, Benin and Libya.")
                         r"(?:our|their)\s+(?:[\w-]+\s+)?(?:brothers|sisters|friends|neighbou?rs|"
                         r"comrades|allies|partners)(?:\s+(?:of|in|from))?|"
                         # ("Who stood with Angola? Our own Tanzania, of course, ...")
                         r"(?:our|their)\s+own|"
                         # ("Among them Chad, our country, and also Russia")
                         r"(?:our|my)\s+(?:own\s+)?(?:country|government|delegation)|"
                         # ("The United States, which presided, and Britain and France, as
                         # expected.")
                         r"as\s+expected|predictably|naturally|unsurprisingly|"
                         # ("A, B and C, of course, and also D, E and F")
                         r"(?:but\s+)?also|alongside|yes|among|along\s+with|with\s+them|of|besides|"
                         # ("... and Romania -- and, from Africa, the Ivory Coast, Ethiopia")
                         r"from\s+(?:the\s+)?[a-z]+(?:\s+america)?(?=\s*,)|"
                         # ("... and the Caribbean's own elected members, the Dominican Republic
                         # and St Vincent and the Grenadines")
                         r"[a-z]+['\u2019]s\s+own|itself|themselves|"
                         # ("China and Russia, which could have vetoed it but chose not to,
                         # plus Brazil")
                         # ("A, B and C, which spoke for the African and Asian members; D and
                         # E; ...")
                         r"(?:which|who)\s[^,;:?]{1,100}(?=[,;])|"
                         r"members?|all|\w+teen|eleven|twelve|ten|nine|two|three|four|five|six|"
                         r"seven|eight|\d{1,2}|"
                         # ("... and the three African members, Guinea, Somalia and the Sudan")
                         r"african|asian|arab|western|european|latin\s+american|caribbean|"
                         r"non-aligned|nordic|"
                         # ("China (whose delegation took over the seat only last autumn), ...")
                         r"\([^()]{1,100}\)"
                         rf"|{_STAMP}|{_SPEAKER_TAG})"
                         r"[\s,.;:]+)*[\s,.;:]*")


# "Obviously the US, UK, France." then "[00:52] TOMASZ: Plus the Netherlands, Sweden ...":
# the next turn adds to the answer
# ("The five co-sponsors, obviously." then "Then India, Colombia and Guatemala.")
_PLUS = re.compile(TURN + r"(?:and\s+)?(?:plus|then)\s")
# "And the abstentions are where people will spend the weekend arguing." then "China, India,
# Brazil and Gabon.": the side the sentence before put up as its topic
_SIDE_TOPIC = re.compile(TURN + r"(?:and\s+|so\s+)?the\s+(?:(?P<abstain>abstentions|abstainers)|"
                         r"(?P<no>no\s+votes|noes)|yes\s+votes)\s+(?:are|were)\s")


_BULLET_ITEM = re.compile(r"\s*[-*\u2022]\s+\S")


def _bullet_question(out: list[Clause]) -> Sentence | None:
    """The question a bulleted list answers: asked just above the bullets, perhaps with a
    line that introduces them ("Who abstained? Here's the list:")."""
    k = len(out) - 1
    while k >= 0 and _BULLET_ITEM.match(out[k].sent.text):
        k -= 1
    if k >= 0 and out[k].sent.text.rstrip().endswith(":"):
        if "who " in (intro := out[k].sent.text.lower()) and _QUESTION.search(intro):
            # "Subscribers will want to note who abstained, because ...:" asks it itself
            return out[k].sent
        k -= 1
    if k >= 0 and out[k].sent.text.rstrip().endswith("?") and "who " in out[k].sent.text.lower():
        return out[k].sent
    return None


_SPEAKER_OPEN = re.compile(TURN)
_BESIDES_OPEN = re.compile(r"(?:besides|apart\s+from)\s+")


def _besides(c: Clause, low: str) -> None:
    """"Besides the Soviet Union, only Poland voted against": those set aside voted as well."""
    head = _BESIDES_OPEN.match(low, c.lo, c.hi)
    comma = low.find(",", c.lo, c.hi)
    if head is None or comma < 0:
        return
    side = next((a for a in c.votes if a.vote in ("yes", "no", "abstain") and a.items
                 and all(i.start > comma for i in a.items)), None)
    named = _names_alone(c, low, head.end(), hi=comma)
    if side is None or not named:
        return
    items = _member_items(named)
    c.votes = [*c.votes, Assignment(items, side.vote, "pre", side.cue_start, side.cue_end)]


# a question that asks whether, not who or why: "So it passed 11 to 1?", "Did it pass?"
_WHETHER_ASKED = re.compile(TURN + r"(?:(?:so|and|but|then)\s*,?\s+)?(?:(?:did|was|were|has|have|"
                              r"is|does|had|could|would|will)\s+(?:it|the|they|this|that)\b|"
                              r"(?:it|the\s+(?:[\w-]+\s+)?(?:draft|text|resolution))\s+"
                              r"(?:passed|failed|was\s+adopted|was\s+vetoed)\b)")


def _answered(c: Clause) -> bool:
    """Does the clause name voters as the answer to a question (its side's cue is the
    question's, an empty span at the clause's start)?"""
    told = _told_side(c)
    return told is not None and told.cue_start == c.lo == told.cue_end


def _answer_goes_on(c: Clause, low: str, prev: Clause, same_turn: bool = False) -> None:
    """Members named after "Plus" when the clause before answered who voted which way (or,
    in the same paragraph or turn, named alone: "The Brits, the French, the Americans,
    obviously. Sweden, the Netherlands, Poland. Ethiopia.")."""
    told = _told_side(prev)
    # (or a clause that named its voters first: "Britain, France and Germany voted yes." then
    # "Plus Russia and China, obviously, plus Brazil, India and South Africa.")
    if told is None or not (told.cue_start == prev.lo or told.how == "pre" and told.items and (
            _SPEAKER_OPEN.fullmatch(low, prev.lo, told.items[0].start))):
        return
    if not _PLUS.match(low, c.lo, c.hi) and not (same_turn and _answered(prev)):
        return
    if (named := _names_alone(c, low, c.lo)) is not None:
        items = _member_items(named)
        c.votes = [Assignment(items, told.vote, "pre", c.lo, c.lo)]


# "One of the two noes was cast by the Soviet delegate ... Poland cast the other.": the rest of
# the side the clause before counted
_CAST_THE_OTHER = re.compile(r"\s+cast\s+the\s+other(?:\s+(?:one|two|three|vote|votes))?\W*$")
_ONE_OF_THE_N = re.compile(r"\bone\s+of\s+the\s+(?:two|three|four|[2-4])\s+(?:(?P<no>noes|"
                           r"(?:\"?no\"?|negative)\s+votes|votes\s+against)|(?P<abstain>"
                           r"abstentions)|(?:yes|affirmative)\s+votes|votes\s+in\s+favou?r)\b")


def _cast_the_other(c: Clause, low: str, prev: Clause, end: int) -> None:
    one = _ONE_OF_THE_N.search(low, prev.sent.start, prev.sent.end)
    if one is None or (named := _names_alone(c, low, c.lo, hi=end)) is None:
        return
    vote = "no" if one.group("no") else "abstain" if one.group("abstain") else "yes"
    items = _member_items(named)
    c.votes = [Assignment(items, vote, "pre", end, end)]


# "One of the three negative votes was cast by France. The other two were cast by Poland and
# Bulgaria.", "Two countries abstained, and Canada was one of them. The other was Finland.":
# the rest of a side the sentence before named in part
_THE_OTHER_WAS = re.compile(r"\W*the\s+other(?:\s+(?P<n>one|two|three|four|[1-4]))?(?:\s+"
                            r"(?:votes?|noes|abstentions?|abstainers?|opponents?|dissenters?))?"
                            r"\s+(?:was|were|came\s+from)\s+(?:cast\s+by\s+|(?:that|those)\s+"
                            r"of\s+)?")
_ONE_OF_THEM_SAID = re.compile(r"\bone\s+of\s+(?:them|those|these)\b")


def _sides_counted(clauses: list[Clause]) -> set[str]:
    """The sides the clauses count two or more members on ("two voted against", "Two
    countries abstained")."""
    return set().union(*(_counted_sides(clauses, n, tallies=False) for n in range(2, 15)))


def _the_other_was(c: Clause, low: str, out: list[Clause], ow: re.Match[str]) -> None:
    sent = out[-1].sent
    before = [p for p in out if p.sent is sent]
    one = _ONE_OF_THE_N.search(low, sent.start, sent.end)
    if one is not None:
        vote = "no" if one.group("no") else "abstain" if one.group("abstain") else "yes"
    elif _ONE_OF_THEM_SAID.search(low, sent.start, sent.end):
        # the side the sentence counted: "Two countries abstained, and Canada was one of them"
        sides = _sides_counted(before)
        if len(sides) != 1:
            return
        vote = sides.pop()
    else:
        return
    named = _names_alone(c, low, ow.end(), aside=True)
    if not named or len(named) > (number(ow.group("n") or "one") or 1):
        return
    if not any(a.vote == vote and any(i.kind == "member" for i in a.items) for p in before
               for a in p.votes):
        return  # the sentence before named none of that side: "the other" is not its rest
    c.votes = [Assignment(_member_items(named), vote, "pre", ow.end(), ow.end())]


# "The remaining seven abstained. They were the Soviet Union, Malaysia, ...": the members
# of the counted group the clause before told
# ("six members abstained - six! Among them Chad, and also Russia and China": some of them)
_THEY_WERE = re.compile(r"\W*(?:(?:they|these|those)\s+were|among\s+them(?:\s+(?:were|was))?)\s+"
                        r"(?:the\s+)?")
_ONE_OF_THEM_WAS = re.compile(r"\W*one\s+of\s+(?:them|those|these)\s+(?:was|is)\s+")
# ("was one of eight members that jointly put forward the text. The others were ...")
_DRAFTERS_TOLD = re.compile(r"sponsor|\bput\s+(?:forward|(?:it|the\s+\w+)\s+forward)\b|"
                            r"\b(?:drafted|tabled)\b")
_THE_OTHERS_WERE = re.compile(r"\W*the\s+others?\s+(?:[\w-]+\s+)?(?:sponsors\s+|co-sponsors\s+)?"
                              r"(?:were|are)\s+")
# "A. Every other member.": the answer to "Who voted for them?"
_REST_ANSWER = re.compile(r"\W*(?:a\s*[.:]\s*)?(?:every|all\s+the|each)\s+other\s+(?:member|"
                          r"delegation|country)s?\W*")


def _they_were(c: Clause, low: str, prev: Clause, pos: int) -> None:
    told = _told_side(prev)
    if told is None or not any(i.kind == "group" and i.count for i in told.items) or (
            named := _names_alone(c, low, pos, aside=True)) is None:
        return
    group = next(i for i in told.items if i.kind == "group")
    # ("Chad, our country, and ...": one member named twice)
    if group.count is not None and len({frozenset(e.code for e in m.entries) for m in named}) <= (
            group.count):
        items = _member_items(named)
        c.votes = [Assignment(items, told.vote, "pre", c.lo, c.lo)]


def _names_alone(c: Clause, low: str, pos: int, aside: bool = False,
                 hi: int | None = None) -> list[Mention] | None:
    """The members the clause names from ``pos`` (to ``hi``) when it names them and nothing
    else but the words of an answer (and, with ``aside``, a closing relative aside, whose own
    names are no part of the answer: "Nationalist China, which holds the Chinese seat.");
    else None."""
    hi = c.hi if hi is None else hi
    mentions = [m for m in c.mentions if m.end <= hi]
    if " than " in low[pos:hi] or "except" in low[pos:hi]:
        # ("the eight non-permanent members other than Canada and West Germany: Bolivia,
        # ...": the members set aside are no part of the answer)
        aside_spans = [(x.start(), x.end()) for x in _SET_ASIDE.finditer(low, pos, hi)]
        mentions = [m for m in mentions if not any(a <= m.start < b for a, b in aside_spans)]
    for k, m in enumerate(mentions):
        if not _ANSWER_GAP.fullmatch(low, pos, m.start):
            return mentions[:k] if k and aside and _ANSWER_ASIDE.fullmatch(
                low, pos, hi) else None
        pos = m.end
    return mentions if _ANSWER_GAP.fullmatch(low, pos, hi) is not None or (
        aside and _ANSWER_ASIDE.fullmatch(low, pos, hi) is not None) else None


# a bullet's names end where its comment begins: "* Brazil -- which has argued throughout ..."
_BULLET_COMMENT = re.compile(r"\s+(?:-{1,3}|\u2014|\u2013)\s")


_EVERYONE_ELSE = re.compile(r"\W*every(?:one|body)\s+else\b")


def _asked_side(q: re.Match[str]) -> str:
    """The side a _QUESTION match asks about: "Who abstained?", "Who voted against?", ..."""
    if q.group("abstain") or q.group("abstain2") or q.group("abstain3") or q.group("abstain3b"):
        return "abstain"
    if q.group("no") or q.group("veto") or q.group("no2") or q.group("no3") or q.group("no3b"):
        return "no"
    return "yes"


def _answer(c: Clause, low: str, question: Sentence, out: list[Clause],
            bullet: bool = False) -> None:
    """Members named as the whole answer to a question about the vote just asked (or, with
    ``bullet``, at the head of one item of a bulleted list that answers it)."""
    q = _QUESTION.search(low, question.start, question.end)
    side = None
    if q is None and (nq := _THE_N_ASKED.search(low, question.start, question.end)):
        # "Nine in favour, two against, four abstentions." ... "And the nine?": the side
        # the story counted with that number
        n = number(nq.group("n") or nq.group("n5"))
        sides = _counted_sides(out, n, tallies=False) if n is not None else set()
        side = sides.pop() if len(sides) == 1 else None
    if q is None and side is None and (
            om := _OTHER_N_ASKED.search(low, question.start, question.end)):
        # "Five against, you said. Who were the other two?": the rest of the side counted
        # just before with a larger number
        n = number(om.group("n"))
        sides = {k.vote for p in out[-4:] for k in p.counts if n is not None and k.value > n
                 and not k.weak and k.vote in ("yes", "no", "abstain")}
        side = sides.pop() if len(sides) == 1 else None
    if q is None and side is None and (
            tm := _SIDE_TOPIC.match(low, question.start, question.end)):
        side = "abstain" if tm.group("abstain") else "no" if tm.group("no") else "yes"
    if q is None and side is None:
        return
    if q is None and (c.votes or _EVERYONE_ELSE.match(low, c.lo, c.hi)):
        # ("The abstainers were A and B. Everybody else -- C, D ... -- voted yes.", "...
        # Malaysia, which sits on the Council, voted in favour.": a side of their own)
        return
    pos = c.lo
    lead: list[Item] = []
    if (q is None or not q.group("sponsor")) and (
            sm := _ANSWER_SPONSORS.match(low, c.lo, c.hi)):
        # "Who voted for it?" "The six sponsors, joined by China and Ukraine."
        lead = [Item(sm.start(1), sm.end(1), "sponsors")]
        pos = sm.end()
    elif gm := _ANSWER_GROUP.match(low, c.lo, c.hi):
        # "Who voted yes?" "The three Western permanent members, plus Japan, Italy and
        # Sweden": a group the story does not name, then the members it does
        pos = gm.end()
    end = None
    if bullet and (bm := _BULLET_ITEM.match(low, c.lo, c.hi)):
        pos = bm.end() - 1
        end = cm.start() if (cm := _BULLET_COMMENT.search(low, pos, c.hi)) else None
    if (named := _names_alone(c, low, pos, aside=True, hi=end)) is None:
        return
    if q is None:
        items = lead + _member_items(named)
        c.votes = [Assignment(items, side or "yes", "pre", c.lo, c.lo)]
        return
    if q.group("sponsor"):
        c.sponsor_groups = [list(named)]
        return
    vote = _asked_side(q)
    items = lead + _member_items(named)
    c.votes = [Assignment(items, vote, "veto" if q.group("veto") else "pre", c.lo, c.lo)]


_WHOSE_OPEN = re.compile(r",\s*whose\s[^,;.]*$")
_MISSION_RENEWED = re.compile(r"\b(extended|renewed|prolonged)\s+(?:the\s+)?(?:UN\s+|U\.N\.\s+)?"
                              r"[A-Z][A-Z-]{3,9}\b(?!-)")
# ("In the same session the Council broadened the tasks of the mission in Colombia in
# resolution 2704"): what it did, told with the number its text was given; not what it
# recalled, reaffirmed or acted under, a text adopted before
_COUNCIL_DID_BY_NUMBER = re.compile(
    r"\bcouncil\s+(?:also\s+|then\s+)?((?!recalled|reaffirmed|reiterated|referred|noted|cited|"
    r"invoked|quoted|based|relied|acted|repeated|stressed|recogni[sz]ed|failed|voted|asked|"
    r"listed|named)[a-z]{3,}ed)\b[^.;:()]{0,100}?\b(?:in|by|through)\s+resolution\s+\d{1,4}\b")
# A clause with none of these words says nothing about a vote. Checked with `in` on the
# lower-cased clause, which is far cheaper than any regular expression.
_QUICK_WORDS = (
    "vot", "veto", "adopt", "resolution", "draft", "abstain", "favo", "against", "unanim",
    "approv", "pass", "block", "reject", "fail", "fell", "sponsor", "text", "s/", "defeat",
    "kill", "sank", "sink", "backed", "support", "opposed", "down", "threw", "authori",
    "endorse", "side", "stood", "stand", "lined", "abstention", "penholder", "the pen", "proposer",
    "amendment", "proposal", "measure", "-drafted", "tabled", "put forward", "among them",
    "names to", "name to", "presented", "presenting", "submitted", "introduced", "proposed",
    "circulated",
    "penned", "authored", "authors", "drafters",
    # ("Gabon and Nigeria put it forward.", "France wrote it.")
    "it forward", "wrote",
    # "Immediately afterwards the Council took up the application of Zambia": a new text
    "took up", "turned to", "moved on", "moved that",
)
# ... but a clause with one of these and a date may give the day of the votes ("The Security
# Council met on 7 June.", "Here is what happened on 23 December."): its dates are kept.
_DAY_WORDS = ("happened", "took place", " met ", "meeting", "session", "sitting", "convened",
              "gathered", "assembled", "chamber", "green light", "decision", "had to decide",
              "came to a vote", "at the security council", "in the security council",
              "council acted", "council decided", "council extended", "council renewed",
              "busy again", "work again", "sat again",
              # "The first time was on Friday 17 January.": the day of the text told next
              "time was", "time came", "occasion was", " came on ",
              # "Last Thursday, 15 December, it was the turn of the force in Cyprus."
              "was the turn of", "turn came",
              # "The second is from Tuesday 2 August.": a year's papers told one by one
              " is from ", " was from ")
# ("The Security Council in New York decided yesterday to extend the mandate of the force"):
# the Council, however it is placed, doing what it does by a vote (on a day told first as a
# weekday or "yesterday": a date in full beside it may be another event's, "due to expire on
# 30 November, the Council that morning established ...")
# ("The U.N. Security Council on Saturday called for an immediate halt to the violence")
_COUNCIL_ACTED = re.compile(r"\bcouncil\b[^.;:]{0,30}?\b(?:acted|decided|extended|renewed|"
                            r"agreed|condemned|demanded|imposed|lifted|established|set\s+up|"
                            r"created|admitted|recommended|called\s+(?:for|on|upon)|urged|"
                            r"deplored|endorsed|authori[sz]ed)\b")
_WENT_FURTHER = re.compile(r"\bwent\s+(?:a\s+(?:step|good\s+deal|long\s+way)\s+|much\s+|"
                           r"one\s+step\s+)?further\b")


def _goes_further(c: Clause, low: str, seg: str) -> bool:
    """"This afternoon, Tuesday, the Council went a step further and decided to set up a
    commission": another decision than the one told, dated, its count told next."""
    return bool(c.dates) and " further" in seg and "council" in seg and (
        _WENT_FURTHER.search(low, c.lo, c.hi) is not None)
_ALSO_ACTED = re.compile(r"\W*(?:(?:\[[\d:]+\]\s*)?[a-z][a-z .'()-]{0,30}:\s*)?also\s+"
                         r"(?:on\s+[a-z]+day|yesterday|that\s+day|on\s+the\s+same\s+day)"
                         r"\s*,?\s*(?:the\s+)?(?:security\s+)?council\s+(?:acted|decided|extended|"
                         r"renewed|ended|agreed|imposed|lifted|established|set\s+up|created|voted)\b")
_CORRECTION_WORDS = ("earlier version", "misstated", "misreported", "incorrectly", "erroneous",
                     "wrongly", "correction", "previously", "originally", "initially")
_CORRECTION = re.compile(r"\b(?:an\s+earlier\s+version|misstated|misreported|incorrectly|"
                         r"erroneously|wrongly\s+(?:said|stated|reported|gave)|correction"
                         # "(the article) previously said the vote was 13-2"
                         r"|(?:it|the\s+(?:article|story|report)|this\s+(?:article|story|report))"
                         r"\s+(?:had\s+)?(?:previously|originally|initially)\s+(?:said|stated|"
                         r"reported|gave))\b")
_SIMULATION = re.compile(r"\b(?:in\s+(?:our|the|a|their)\s+(?:simulation|mock\s+\w+|role[- ]play)"
                         r"|simulated\s+(?:vote|council|session)|mock\s+(?:vote|council|session)"
                         # ("Our debate last week voted 23-11 that the Council should ...")
                         # ... ("Our cluster meeting voted this morning, 11 to 2")
                         r"|our\s+(?:[\w-]+\s+)?(?:debate|debating\s+society|society|club|class|"
                         r"form|meeting)"
                         r"\s+(?:[\w-]+\s+){0,3}?voted"
                         # ("the boycott resolution passed at conference remains union policy")
                         r"|(?:passed|adopted|carried|approved)\s+at\s+(?:the\s+|our\s+|its\s+|"
                         r"their\s+|last\s+year's\s+)?(?:[\w-]+\s+)?(?:conference|congress|"
                         r"convention|synod|branch\s+meeting|annual\s+meeting|general\s+meeting))\b")
# A vote of a body of the outlet's own world, told at the start of a clause (a club, a
# society, a union branch, a company: never the Council's): "The committee met on Wednesday
# evening and voted five to two", "At last month's meeting the board voted six to one",
# "Teachers' assembly: the proposal ... passed with 11 votes to 2"
_OWN_BODY = (r"(?:committee|board|club|society|guild|league|branch|association|co-?op|"
             r"co-?operative|company|executive|senate|synod|faculty|staff|parish|school|circle|"
             r"workshop|troop|choir|crew|team|collective)")
_OWN_WORLD_VOTE = re.compile(
    # ("At last month's Committee meeting the motion to cancel the garden party was carried
    # by six votes to two")
    # ... ("At the March committee the proposal ... was carried by six votes to two")
    r"\W*(?:at|in)\s+(?:[\w']+\s+){0,3}?committee(?:\s+meeting)?\b"
    # a label: "Teachers' assembly:", "* Committee:" (not "Council:" alone, a digest's heading
    # for the Council itself)
    r"|\W*(?:(?:[\w-]+['\u2019]\s+|(?:staff|members'?|general|annual|parents'?|residents'?|club|"
    r"board|committee)\s+)(?:assembly|meeting|committee|council|board)|committee|meeting)\s*:"
    # a motion carried by more hands than the Council has, or told as a club's ("The motion to
    # refer the night-shift dispute to the executive was carried 112 to 40", "The motion to
    # raise the subscription was defeated on a show of hands")
    r"|\W*the\s+motion\b[^.;:]{0,120}?\b(?:was\s+)?(?:carried|passed|lost|defeated)\s+(?:by\s+)?"
    r"(?:(?:\d{3}|[2-9]\d|1[6-9])\s+(?:votes\s+)?to\s+\d|on\s+a\s+show\s+of\s+hands)"
    # "At the partners' meeting on Tuesday we voted unanimously", "At its last meeting the
    # committee voted seven to two", "At the meeting on Thursday the league voted 11 to 4"
    # ... "At Saturday's volunteers' meeting, the coordinators voted 11 to 3", "At the assembly
    # of club delegates on Wednesday, the delegates voted by 14 to 2"
    r"|\W*at\s+(?:the|our|this|its|their|last\s+\w+['\u2019]s|[\w-]+['\u2019]s)\s+"
    r"(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:meeting|assembly\s+of\s+(?:[\w-]+\s+){0,2}?(?:delegates|members))\b[^.;:]{0,40}?\b(?:we|"
    r"(?<!council\s)members|the\s+(?:members|delegates|coordinators|volunteers|parents|leaders|"
    # ("At its meeting on Monday the Board of Trustees approved, by seven votes to two")
    r"families|" + _OWN_BODY + r")(?:\s+of\s+[\w-]+)?)\s+(?:voted|approved|agreed|decided)\b"
    # "The faculty meeting on Thursday voted", "The municipal council on Monday voted", "The
    # syndicate council voted seven to three", "The company meeting voted nine to two"
    # ... after a short label: "Back on the wall: the staff voted 6-1"
    r"|\W*(?:[\w' -]{1,30}:\s*)?(?:on\s+[a-z]+day\s*,?\s*)?the\s+(?:(?:municipal|town|city|county|"
    r"district|parish|village|local|regional|provincial|student|works|club|faculty|school|"
    r"syndicate|union|guild|association|cooperative|co-operative|company|january|february|march|"
    r"april|may|june|july|august|september|october|november|december)\s+(?:council|assembly|"
    r"board|committee|meeting)"
    # ("The Committee's meeting on Thursday agreed, by nine votes to three")
    r"|[\w-]+['\u2019]s\s+meeting"
    # ("The workshop members voted 9 to 2")
    r"|(?:[\w-]+\s+)?" + _OWN_BODY + r"\s+members"
    # ("The Overseas Students' Committee voted six to three", "The residents' council voted
    # 9 to 3", "The cluster board voted 11-2", "The co-op of Elbe sailmakers voted 11 to 2")
    # (and "The federation's general assembly on Saturday voted 18 to 2": a possessive's
    # assembly is no UN body)
    r"|(?:[\w-]+\s+){0,2}?[\w-]+['\u2019]s?\s+(?:council|committee|board|(?:general\s+)?assembly)"
    r"|(?:[\w-]+\s+){0,3}?" + _OWN_BODY + r")(?:\s+meeting)?\s+"
    # ("The committee met on Wednesday evening and voted five to two", "The board decided by
    # four votes to one to keep the sauna open")
    # ... "The board approved it 5 to 0."
    r"(?:[\w,\[\]-]+\s+){0,6}?(?:voted|decided|resolved|agreed|approved)\b")
_BULLETS = " -*\u2022\u2013\u2014"
_COURT_VOTE = re.compile(r"\b(?:court|tribunal|judges|bench)\s+(?:found|ruled|decided|held|voted|"
                         r"split)\b")
# "the Canal treaties approved in the plebiscite of 23 October": the people's vote
_POPULAR_VOTE = re.compile(r"\b(?:approved|adopted|passed|rejected|carried|defeated|endorsed)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:in|by|at)\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:plebiscite|referendum|popular\s+vote)\b")
# ("CHELTENHAM, Aug. 4 -- The committee met on Wednesday and voted five to two")
_DATELINE_HEAD = re.compile(r"^[a-z][a-z .'-]{1,40},\s+[a-z]{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*"
                            r"(?:\([^)]{1,30}\)\s*)?-{1,3}\s*")
# "The Motion Picture Society's committee met on Monday.": a body of the outlet's own world,
# which the "It voted 7 to 2" after it speaks of
_ITS_COUNT = re.compile(r"\W*(?:the\s+(?:vote|count|result|tally)\s+was|it\s+(?:was\s+carried|"
                        r"passed|carried))\b")
_OWN_WORLD_MET = re.compile(r"\W*(?:the\s+|our\s+)?(?:[\w'\u2019-]+\s+){0,4}?" + _OWN_BODY +
                            r"\s+(?:met|gathered|convened|sat)\b")
_CAN_BLOCK = re.compile(r"(?:\s+(?:member|members|power|powers|state|one))?\s+(?:can|could|would|"
                        r"may|might|will)\s+(?:not\s+|only\s+)?(?:block|veto|kill|stop|sink|"
                        # ("only a negative vote by a permanent member can do that")
                        r"defeat|do\s+(?:that|so|it|this))\b")
_VOTE_WAS_UNANIMOUS = re.compile(r"\b(?:the|its|this|that)\s+(?:vote|decision|result"
                                 # ("This one was also unanimous.": the text just told)
                                 r"|(?<=this\s)one|(?<=that\s)one)"
                                 # ("That vote, too, was unanimous")
                                 r"(?:\s*,\s*(?:too|also|again)\s*,"
                                 # ("That decision, resolution 1300, was unanimous")
                                 r"|\s*,\s*resolution\s+\d{1,4}(?:\s*\(\d{4}\))?\s*,)?\s+"
                                 r"(?:was|were)\s+(?:also\s+|too\s+)?(?:unanimous\b|"
                                 r"(?:taken|made|reached)\s+unanimously\b)"
                                 # "The eleven members of the Council voted unanimously."
                                 # ("Both votes were unanimous.")
                                 r"|\b(?:both|the\s+two|all\s+(?:three|four|five))\s+votes\s+"
                                 r"were\s+unanimous\b"
                                 r"|\b(?:members|delegations|council)(?:\s+of\s+the\s+(?:security\s+)?"
                                 r"council)?\s+voted\s+unanimously\b"
                                 # "The Council, unanimous, adjusts the mandate ..."
                                 r"|\bcouncil\s*,\s*unanimous(?:ly)?\s*,"
                                 # "Resolution 693 was unanimous."
                                 r"|\b(?:resolution\s+\d{1,4}(?:\s*\(\d{4}\))?|the\s+(?:text|resolution|"
                                 r"measure))\s+was\s+(?:also\s+|again\s+)?unanimous\b")
# "got UNMISS renewed for a year by a unanimous vote" (not "declared the move null and void
# three days later in a unanimous vote": that day's vote, told as background)
_BY_UNANIMOUS_VOTE = re.compile(r"\bby\s+a\s+unanimous\s+vote\b")
_LATER_OR_EARLIER = re.compile(r"\b(?:later|earlier|before|ago|previously|then)\b")
# "Then Darfur. Resolution 2113 ... renews the mission. Again unanimous.", "France held the
# pen. Unanimous.": a note of its own
_AGAIN_UNANIMOUS = re.compile(r"\W*(?:(?:again|also|once\s+more|likewise)\s*,?\s+)?unanimous(?:ly)?"
                              r"\s*[.!]?\s*")
_EVERY_ONE_YES = re.compile(r"\b(?:every|each)\s+(?:single\s+)?(?:country|member|one|delegation)\s+"
                            r"(?:of\s+the\s+\w+\s+|on\s+the\s+council\s+)?(?:voted|said)\s+"
                            r"(?:\"?yes\b|for\b|in\s+favou?r\b)")
_SC_NAMED = re.compile(r"\bsecurity\s+council\b|\bunsc\b|\bu\.n\.s\.c\.")
_GENERIC_VERBS = ("vetoes ", "blocks ", "kills ", "sinks ", "adopts ", "passes ", "rejects ",
                  "approves ")
_GENERIC_RULE = re.compile(r"\b(?:" + "|".join(w.strip() for w in _GENERIC_VERBS) + r")\s+"
                           + r"(?:a|an|any)\s+(?:[\w-]+\s+){0,2}?(?:text|draft|resolution|"
                           r"decision|measure|proposal)\b")
# "Nine votes in favour and no veto are needed for adoption": the Charter's rule, no tally
_COUNTS_AS_VETO = re.compile(r"\b(?:counts|count|amounts|amount|qualifies)\s+(?:to|as)\s+an?\s+"
                             r"veto\b|\bis\s+a\s+veto\b")
_ABSENCE_AS_VETO = re.compile(r"\b(?:absence|abstention|boycott|walk-?out)\s+(?:was|is|were|are|"
                              r"would\s+be|counts?\s+as|counted\s+as|amounts?\s+to|"
                              r"amounted\s+to|constituted?|equals?)\s+(?:not\s+)?(?:a|an)\s+"
                              r"veto\b")
_OWN_NO = re.compile(r"\b(?:its|their|his|her|[a-z]+['\u2019]s)\s+(?:[\w\"-]+\s+){0,2}?"
                     r"(?:vote|\"?no\"?)\s+$")
_RULE_SUBJECT = re.compile(r"\W*(?:(?:but|and|yet|so)\s+)?(?:only\s+)?(?:a|an|any)\s+"
                           r"(?:[\w\"-]+\s+){0,2}?(?:vote|no)\b")
_TOLD_AS_RULE = re.compile(
    r"\b(?:charter|article\s+\d+(?:\s*\(\d\))?)\s+(?:of\s+the\s+charter\s+)?(?:provides|says|"
    r"states|stipulates|requires)\b|\ba\s+veto\s+(?:is|means)\b"
    r"|\b(?:when|if|whenever)\s+you\s+(?:read|hear|see)\s+that\b")
_YES_NO_QUESTION = re.compile(r"\W*(?:q\s*[:.-]\s*)?(?:does|did|do|is|was|were|will|would|can|"
                              r"could|should|has|have|had"
                              # ("So what is a veto?": a question the story goes on to answer)
                              r"|(?:so\s+|but\s+|and\s+)?(?:what|why|how)\s+(?:is|are|does|do|"
                              r"counts?)\b"
                              # ("Q: Why did Cuba abstain rather than vote no?": the vote the
                              # answer before told, asked about)
                              r"|(?:so\s+|but\s+|and\s+)?(?:why|how\s+come)\s+(?:did|didn't)\b"
                              # ("WHO HAS USED THE VETO MOST?": a record asked about)
                              r"|who\s+(?:has|have)\s+(?:used|cast)\b)\b",
                              re.I)
_WHY_ASKED = re.compile(r"\W*(?:[a-z][\w ]{0,40}:\s*)?(?:\(?\d{1,2}[.)]\s*)?(?:why|how)\b", re.I)
_RULE = re.compile(r"\b(?:are|is)\s+(?:still\s+|always\s+)?(?:needed|required|necessary)"
                   # ("Nine votes in favour are needed, and the resolution had thirteen")
                   r"(?:\s+(?:for|to)\b|\s*(?:[,;.]|$))")
# "a proposal that gathers only two votes fails on its own": what happens to any text
# What any text does under the rules: "a proposal ... fails", "any draft is vetoed"
_ANY_TEXT = r"\b(?:a|any)\s+(?:[\w-]+\s+)?(?:proposal|draft|text|resolution|measure)\s+"
_TEXT_FATE = (r"(?:fails|passes|falls|dies|is\s+(?:adopted|defeated|rejected|lost|vetoed|blocked|"
              r"killed))\b")
_ANY_TEXT_THAT = re.compile(_ANY_TEXT + r"(?:that|which)\s+[^.;]{1,60}?\b" + _TEXT_FATE)
# "a resolution fails only if a permanent member votes against it", "If any one of them votes
# no, a resolution fails": the rule again
_ANY_TEXT_FATE = re.compile(_ANY_TEXT + _TEXT_FATE)
_ONLY_IF = re.compile(r"\s+(?:only\s+)?(?:if|unless)\b")
# "a draft needs seven affirmative votes": what any text needs
_A_TEXT_NEEDS = re.compile(_ANY_TEXT + r"needs\s+(?:at\s+least\s+)?[\w-]+\s+(?:[\w-]+\s+)?votes\b")
# "it takes a negative vote by a permanent member to block a text": the rule again
_IT_TAKES = re.compile(r"\bit\s+takes\s+[^.;]{1,80}?\bto\s+(?:block|veto|kill|stop|defeat|"
                       r"sink|pass|adopt)\b")
# "a permanent member only blocks it by voting no": how a veto works, no vote
_P5_BLOCKS_BY = re.compile(r"\b(?:a|any|one)\s+(?:single\s+)?permanent\s+member\s+"
                           r"(?:only\s+|can\s+|could\s+|alone\s+)?(?:blocks?|vetoe?s?|stops?|"
                           r"kills?)\b[^.;]{0,40}?\bby\s+(?:voting|casting)\s+(?:no|against|a\s+(?:negative|no)\s+vote)\b")
_PLURAL_WORDS = ("drafts", "texts", "resolutions", "proposals", "amendments", "applications",
                 " of th", "twice", " times", " votes were", "took ", "held ")
_NEW_DRAFT_WORDS = frozenset(("then", "next", "later", "afterwards", "after that", "same day",
                              "appeal",
                              "fared",
                              "a further",
                              "same sitting", "same meeting", "same session",
                              "second",
                              "third", "another", "rival", "competing", "alternative",
                              "counter", "separate", "own", "amendment", "also",
                              "substitute", " on a ", " on an ", "dealt with", "following",
                              "considered",
                              "subsequent", "a first", " veto", "the first", "earlier",
                              "d that", "put forward a", "tabled a", "circulated a",
                              "introduced a", "presented a", "submitted a", "finally",
                              "lastly", " voted on resolution ", "not the only", "vote two",
                              " text", " draft", " proposal",
                              "vote three", "vote four", "vote 2", "vote 3", "vote 4",
                              "attempt"))


_EACH_VERB = (r"(?:by(?=\s+[\w-]+\s+votes?\b)|"  # "two decisions, both by eleven votes to none"
              r"drew|draws|got|gets|won|wins|received|receives|garnered|gathered|secured|"
              # ("the draft on A (S/1336) and the draft on B (S/1332) each had nine votes")
              r"(?:had|has)(?=\s+(?:only\s+)?[\w-]+\s+votes?\b)|"
              r"obtained|attracted|collected|mustered|fell|falls|failed|fails|died|lost|"
              # ("both produced the same unusual scoreboard: nine in favour, ...")
              r"produced|met\s+the\s+same\s+fate|"
              r"went\s+down|went(?=\s+\d)|(?:was|were)\s+(?:[a-z]+ly\s+)?(?:vetoed|adopted|defeated|rejected|"
              r"blocked|refused|turned\s+down|voted\s+down|struck\s+down|passed|approved|carried|put\s+to|"
              # ("Both were killed by a single vote against: that of the United States")
              r"killed|beaten|sunk|"
              # ("Both were unanimous, 15-0.")
              r"(?<=were\s)unanimous|"
              # ("each was lost by the same count: ten votes in favour and five against"; not
              # "All three were lost, each by ten votes to five", whose "each" says it)
              r"(?<=was\s)lost|"
              # ("Each application (S/11795 and S/11796) was supported by thirteen ...")
              r"(?:supported|backed)(?=\s+by\s+[\w-]+\s+(?:of|members|votes|delegations)\b)|"
              r"drafted|sponsored|tabled|submitted|presented|"
              r"written|put\s+forward)"
              # ("two renewals, each adopted unanimously, 15-0")
              r"|(?:adopted|passed|approved|carried)(?=\s+(?:unanimously|by|with)\b))\b")
# the subject of a clause about each of several drafts: "Each drew nine votes", "and each
# fell", "Both texts were vetoed", "all three failed"; and the adverbs that say the same
# ("Poland voting no both times", "in each case")
_EACH = re.compile(
    # ("The one against was the United States, so both applications were vetoed")
    r"(?:^|(?<=[.!?\n]\s)|(?<=\n)|[,;:]\s*|\b(?:and|but|then|yet|so)\s+"
    # "Separate drafts on Korea (S/3884) and Viet-Nam (S/3885) each received ten votes"
    # ... "The three drafts -- S/12310/Rev.1, S/12311/Rev.1 and S/12312/Rev.1 -- each received"
    r"|(?<=[a-z0-9)]\s)(?=each\s)|(?<=[\w)]\s-\s)(?=each\s)|(?<=[\w)]\s--\s)(?=each\s))"
    # ("... and every one of the drafts died")
    r"(?P<w>each|both|all\s+(?:two|three|four)|every\s+one(?=\s+of\s))"
    # ("Each of the three was refused by the negative vote of the Soviet representative")
    # ("Each of the two draft resolutions -- S/11795 ... and S/11796 ... -- drew 13 votes")
    r"(?:\s+of\s+(?:them|these|those|the\s+(?:two|three|four)(?:\s+[a-z]+){0,2}|the\s+(?:draft\s+"
    r"resolutions|drafts|texts|proposals|resolutions|applications))|\s+(?:draft\s+"
    r"resolutions|drafts|texts|proposals|resolutions|measures|versions|amendments|votes?|"
    r"applications|"
    # "Each recommendation was carried by eleven votes to none"
    r"(?<=each\s)(?:recommendation|application|text|draft|resolution|proposal)))?"
    # ("Each of the three texts -- S/12310/Rev.1, S/12311/Rev.1 and S/12312/Rev.1 -- received")
    # (a word's own hyphen inside the dashes: "... the Republic of South Viet-Nam and ...")
    # ("Both drafts, numbered S/1757 and S/1921, met the same fate")
    r"(?:\s+-+\s(?:[^-;:]|(?<=\w)-(?=\w)){1,200}?\s-+|\s*\([^()]{1,120}\)"
    r"|\s*,\s*(?:numbered|documents?|symbols?)\s[^,;:]{1,80},)?\s+"
    # ("Both drafts therefore failed.")
    r"(?:(?:[a-z]+ly|therefore|thus|also|again|duly)\s+)?" + _EACH_VERB
    # (not "calling on both to cease acts of violence": the parties called upon)
    # ... nor "calling on both Governments to cease hostilities"
    + r"|\b(?P<adv>both\s+times|on\s+both(?!\s+(?:to|sides|parties|governments|countries|"
    r"states|nations|peoples|leaders|communities|camps|armies|forces)\b)|in\s+both\s+(?:votes|"
    r"cases)|"
    r"in\s+each\s+case|"
    # ("In favour of both texts were A, B and C")
    r"(?<=\s)(?:for|against|of)\s+both\s+(?:texts|drafts|resolutions|proposals|applications|"
    r"amendments|of\s+them)\b|"
    # ("voted in favour of both the one-year and the thirty-day texts")
    r"(?<=\s)(?:for|against|of|on)\s+both\s+the\s+[a-z-]+(?:\s+[a-z-]+){0,2}?\s+and\s+the\s+"
    r"[a-z-]+(?:\s+[a-z-]+){0,2}?\s+(?:texts|drafts|resolutions|proposals|applications)\b|"
    # ("For each of Portugal and Ireland the result was the same: nine votes ...")
    r"(?<![\w,] )for\s+each\s+of\s+(?:the\s+)?[a-z-]+(?:\s+[a-z-]+){0,2}?\s+and\s+(?:the\s+)?"
    r"[a-z-]+(?:\s+[a-z-]+){0,2}?(?=\s*,?\s+the\s+(?:result|count|vote|tally|outcome)\s+was\s+"
    r"the\s+same\b)|"
    # ("On each of the two, nine members voted in favour.")
    r"(?:^|(?<=[.!?\n]\s)|(?<=\n))on\s+each\s+of\s+(?:them|these|those|the\s+(?:two|three|four))"
    r"(?=\s*,)|"
    # ("Costa Rica abstained on each.", "A and B were in favour throughout.")
    r"(?<=\s)on\s+each(?=\s*[.;])|(?<=\s)throughout(?=\s*[.;])|"
    # ("Nine members voted against each text, among them China")
    r"(?<=\s)(?:for|against|on)\s+each\s+(?:text|draft|resolution|proposal|application|motion|"
    r"one|of\s+them)\b|"
    # ("... and the German Democratic Republic voted yes on all of them.")
    r"(?<=\s)(?:for|against|on)\s+all\s+(?:of\s+them|(?:two|three|four)(?:\s+(?:of\s+them|texts|"
    r"drafts|resolutions|proposals))?)(?=\s*[.;])|"
    # ("The United States cast the single vote against, twice.")
    r"(?<=,\s)twice(?=\s*[.;])|"
    # ("Mauritius voted in favour all three times, together with India, ...")
    r"(?<=\s)all\s+(?:two|three|four)\s+times\b|"
    # ("Each time the count was the same: ten votes to one")
    r"(?<![\w,] )each\s+time\s+(?=the\s+(?:count|vote|result|tally|score|outcome|numbers)\b)|"
    # ("... were each put to the vote, and each time the count was the same")
    r"(?<=\band\s)each\s+time\s+(?=the\s+(?:count|vote|result|tally)\s+was\s+the\s+same\b)|"
    # ("Three times the result was the same: ten votes in favour and one against.")
    r"(?<![\w,] )(?:twice|(?:two|three|four)\s+times)\s+(?=the\s+(?:count|vote|result|tally|"
    r"score|outcome|numbers)\s+(?:was|were)\s+the\s+same\b)|"
    # "The one vote against was the Soviet Union's each time."
    r"each\s+time(?=\s*[.;,]|\s+(?:were|was)\b)|"
    # ("Both unanimous, fifteen-nothing each.")
    r"(?:(?<=nothing\s)|(?<=nil\s)|(?<=none\s))each(?=\s*[.;])|"
    # "took no part in either vote"
    r"(?:in|on)\s+either\s+(?:vote|case|occasion|ballot)|"
    # "... voted yes on all four."
    r"(?:on|for|against)\s+all\s+(?:two|three|four)(?=\s*[.;,])|"
    # ("these same nine voted in the same way on all three applications")
    r"(?:on|for|against)\s+all\s+(?:two|three|four)\s+(?:applications|drafts|texts|"
    r"proposals|occasions|votes)\b|"
    # "There were no abstentions on any of the three."
    r"(?:on|in)\s+any\s+of\s+the\s+(?:two|three|four)(?=\s*[.;,])|"
    # "Among those voting for all three drafts were ..."
    r"vot(?:ing|ed)\s+(?:for|against|in\s+favou?r\s+of)\s+all\s+(?:two|three|four)\s+"
    r"(?:drafts|texts|resolutions|proposals)\b|"
    # ("The ten members who supported all three were France, ...")
    r"(?:supported|backed|favou?red|opposed)\s+all\s+(?:two|three|four)(?=\s*[.;,]|\s+(?:were|"
    r"was)\b)|"
    # ("Voting in favour of all four were the Soviet Union, China, ...")
    r"voting\s+(?:for|against|in\s+favou?r\s+of)\s+all\s+(?:two|three|four)(?=\s+were\b)|"
    # ("Voting for both our country and Viet-Nam were the United States, ...")
    r"voting\s+(?:for|against|in\s+favou?r\s+of)\s+both(?=\s[^.;:]{1,60}?\s(?:were|was)\b)|"
    # "the result was the same each time", "voted yes on every one of the four"
    # ... "A, B and C voted for every one of them"
    r"(?:the\s+)?same\s+(?:each|every)\s+time|(?:on|for|against)\s+every\s+one\s+of\s+(?:the\s+"
    r"(?:two|three|four)|them(?=\s*[.;,]))|"
    # ("the United States, Britain and France each voted against every one")
    r"(?:on|for|against)\s+every\s+one(?=\s*[.;,])|"
    r"(?:for|on|against)\s+(?:each|both)\s+of\s+them|"
    # ("voted for both Western texts")
    # ("Russia, China, ... and Brazil voted for both amendments")
    r"(?:for|on|against)\s+both\s+(?:[\w-]+\s+)?(?:texts|drafts|resolutions|proposals|"
    r"amendments|motions|applications)\b|"
    # ("also voted for each of the three applications")
    r"(?:for|on|against)\s+each\s+of\s+the\s+(?:two|three|four)\s+(?:applications|drafts|texts|"
    r"resolutions|proposals)\b|"
    # "Russia vetoed both.", "Moscow blocked all three": the outcome of each text counted
    r"(?:vetoed|blocked|killed|sank|rejected|defeated)\s+(?:them\s+)?(?:both|all\s+(?:two|three|"
    r"four))(?:\s+of\s+them)?(?=\s*[.;,])|"
    # "Ecuador voted in favour of both." (the clause ends there; so does "... of both, as did
    # the United Kingdom and Japan")
    # (the clause may end before its semicolon: "voted against both; Russia and China ...")
    r"(?:in\s+favou?r\s+of|for|against)\s+both(?=\s*[.;]|\s*$|\s*,\s*(?:as|and\s+so)\s+did\b)|"
    # ("Voting against both were A, B and C")
    r"(?:in\s+favou?r\s+of|for|against)\s+both(?=\s+(?:were|are)\b)|"
    # "The three African members voted for both applications"
    r"(?:for|against)\s+both\s+(?:applications|texts|drafts|resolutions|proposals|"
    r"recommendations))\b")
_AND_EACH = re.compile(r",\s+and\s+each\b")
# the words that count texts ("both", "three"), shared with the whole-document rules
EACH_N = {"both": 2, "two": 2, "three": 3, "four": 4, "twice": 2}
# How many drafts the story is about to tell: "the Western side tried twice", "voted three
# times", "two rival texts", "One proposal called for ...; another asked ..."
_INTRO = re.compile(
    r"\b(?:tried|voted|attempted|vetoed|failed)\s+(?:[\w-]+\s+){0,2}?(?P<t>twice|(?:two|three|"
    r"four)\s+times)\b"
    r"|\b(?P<n>two|three|four)\s+(?:[\w-]+\s+){0,2}?(?:draft\s+resolutions|drafts|texts|"
    r"proposals|resolutions|measures|versions|votes|decisions|renewals|extensions|amendments)\b"
    # "in back-to-back votes": two
    r"|\b(?:back-to-back|twin)\s+(?:votes|vetoes|ballots)\b"
    # "stop the admission of the two Vietnamese states": one application each
    r"|\badmission\s+of\s+(?:the\s+)?(?P<adm>two|three|four)\s+(?:[\w-]+\s+)?(?:states|"
    r"countries|applicants|republics)\b"
    # "Separate recommendations for Viet-Nam, Laos and Cambodia": one per member named
    r"|\b(?P<sep>separate\s+(?:[\w-]+\s+)?(?:recommendations|drafts|texts|resolutions|"
    r"applications|proposals)\s+(?:for|on|of)\s+(?:the\s+)?)"
    r"|\bone\s+(?:[\w-]+\s+){0,2}?(?:draft|text|proposal|resolution|measure|version)\b"
    r"[^.]{0,250}?(?:[;.]\s+|,\s+(?:and|while|whereas)\s+)(?:another|the\s+other)\b"
    # ("Portugal and Italy fell the same way a few minutes later. Each was refused by nine
    # votes to two": two more, told together)
    r"|(?:^|(?<=[.!?]\s)|(?<=\n))[a-z][\w'-]+(?:\s[a-z][\w'-]+)?\s+and\s+[a-z][\w'-]+(?:\s[a-z][\w'-]+)?"
    r"\s+(?:fell|failed|fared|went\s+down|were\s+(?:refused|rejected|vetoed))\s+(?:the\s+same"
    r"\s+way|likewise|alike|in\s+the\s+same\s+way)\b")
# the number of a plural clause's drafts: "vetoed four African-sponsored resolutions"
_PLURAL_N = re.compile(r"\b(both|two|three|four)\s+(?:[\w-]+\s+){0,3}?(?:draft\s+resolutions|"
                       r"drafts|texts|resolutions|proposals|amendments|renewals|extensions|"
                       r"votes(?=\s+were\s+unanimous)|" + _VOTES_IN_A_ROW + r")\b"
                       # ("cast a triple veto four times over": four texts)
                       r"|\bveto(?:ed|es)?\b(?:\s+[\w-]+){0,3}?\s+(twice|three|four)\b"
                       r"(?:(?<=twice)|\s+times\b)")
# "won only two votes": the words before a count of votes that make it a tally
_TALLY_BEFORE = re.compile(r"\b(?:won|wins|received|receives|got|gets|drew|draws|gathered|garnered|"
                           r"secured|obtained|attracted|mustered)\s+(?:only\s+|just\s+)?$")
_INTRO_BACK = 700  # how far back the count of drafts may stand
_SIDE_AFTER = re.compile(r"\s+(?:against|in\s+favou?r|for\b|cast\b|of\s+abstention)")


# ("A, B, C and D, which makes D the only country that abstained on both": "both" is the
# relative clause's, about the member it names; not "A, B and C, which voted for both texts,
# ...", about them all)
_RELATIVE_OPEN = re.compile(r",\s*(?:which|who)\b[^.;:,]*$")


def _each(c: Clause, low: str) -> None:
    m = _EACH.search(low, c.lo, c.hi)
    if m is None or c.mentions and (rel := _RELATIVE_OPEN.search(low, c.lo, m.start())) and any(
            rel.start() < x.start < m.start() for x in c.mentions):
        return
    words = (m.group("w") or m.group("adv") or "").split()
    c.each = 2 if "both" in words or "either" in words or "twice" in words or (
        words[:3] == ["for", "each", "of"] and "and" in words) else (
        EACH_N.get(words[words.index("times") - 1], 1) if "times" in words[1:] else
        EACH_N.get(words[words.index("all") + 1], 1) if "all" in words[:-1] else
        EACH_N.get(words[words.index("the") + 1], 1) if "the" in words[:-1] and (
            "each" in words) else 1)
    for im in _INTRO.finditer(low, max(0, c.lo - _INTRO_BACK), m.start()):
        t, n = im.group("t"), im.group("n")
        if n and low.startswith("votes", im.end() - 5) and (_TALLY_BEFORE.search(
                low, max(0, im.start() - 25), im.start()) or _SIDE_AFTER.match(low, im.end())):
            # "a Russian text won only two votes", "The two votes against were those of the
            # Soviet Union and Poland": a tally, not a count of drafts
            continue
        if im.group("sep"):
            named = _member_list_after(low, im.end(), c.mentions, c.hi)
            if not 2 <= len(named) <= 4:
                continue
            c.intro, c.intro_n = im.start(), len(named)
            continue
        if im.start() >= c.lo and not (n and c.each == 2) and not (
                # ("Four draft resolutions ... were put to the vote, and each was vetoed")
                n and c.each == 1 and _AND_EACH.match(low, m.start() - 2, m.end())):
            # (inside the clause itself only a separate list counts, or a number of texts
            # before "both": "took two decisions, both by eleven votes to none")
            continue
        count = EACH_N.get(t.split()[0], 0) if t else (
            EACH_N[n] if n else EACH_N[a] if (a := im.group("adm")) else 2)
        if c.each >= 2 and count != c.each:
            continue  # "voted yes on all four" after "against the three Western no votes"
        c.intro, c.intro_n = im.start(), count


# "Yesterday the Council adopted three resolutions": several texts the story will take in turn
_ADOPTED_N_TEXTS = (r"\b(?:adopted|passed|approved)\s+(?:two|three|four|five|six)\s+"
                    r"(?:resolutions|texts)\b")
ADOPTED_SEVERAL = re.compile(_ADOPTED_N_TEXTS, re.I)
# ... "all of them unanimously"
_ALL_UNANIMOUS = re.compile(_ADOPTED_N_TEXTS + r"\s*,?\s*(?:all(?:\s+of\s+them)?|"
                            r"each(?:\s+one)?|both)\s+unanimously\b")


_NOT_UNANIMOUS = re.compile(r"\b(?:not|n't|never|short\s+of|less\s+than|far\s+from)\s+"
                            r"(?:(?:quite|entirely|fully|a)\s+)?unanim")


# "adopted, by the votes of all eleven of its members,", "adopted ... by all fifteen members of
# the Council", "adopted ... with the votes of all its fifteen members"
_BY_ALL_MEMBERS = re.compile(
    r"\b(?:adopted|approved|passed|carried)\b[^.;]{0,100}?\b(?:by\s+(?:the\s+votes?\s+of\s+)?|"
    r"with\s+the\s+(?:votes?|support|backing)\s+of\s+)all\s+(?:(?:its|the)\s+)?"
    r"(?:fifteen|eleven|15|11)\s+(?:of\s+(?:its|the)\s+)?(?:members|delegations)\b")


def _unanimous(c: Clause, low: str, seg: str) -> bool:
    """Does the clause report a unanimous adoption? "adopted unanimously", and without an
    outcome word "The vote was unanimous.", "Every single country voted yes" (a unanimous vote
    adopts its text)."""
    lo, hi = c.lo, c.hi
    if "unanim" in seg and _NOT_UNANIMOUS.search(low, lo, hi):
        return False  # "the single abstention meant that the demand was not unanimous"
    every = "every" in seg and _EVERY_ONE_YES.search(low, lo, hi) is not None or (
        " all " in seg and _BY_ALL_MEMBERS.search(low, lo, hi) is not None)
    if not (every or (("unanim" in seg or "dissenting" in seg) and cue_mod.unanimous(
            low, lo, hi))):
        return False
    if any(k.kind == "adopt" and k.live for k in c.outcome):
        return True
    return not c.outcome and (every or _VOTE_WAS_UNANIMOUS.search(low, lo, hi) is not None
                              or _ALL_UNANIMOUS.search(low, lo, hi) is not None
                              or _AGAIN_UNANIMOUS.fullmatch(low, lo, hi) is not None
                              or not c.dates and _BY_UNANIMOUS_VOTE.search(low, lo, hi)
                              is not None and not _LATER_OR_EARLIER.search(low, lo, hi)) and (
        not cue_mod.is_history(low, lo, hi, lo, hi))


_CAN_BLOCK_ANY = re.compile(r"\b(?:can|could)\s+(?:block|veto|kill|stop|defeat)\s+(?:a|an|any)\s+"
                            r"(?:[\w-]+\s+)?(?:text|draft|resolution|decision|proposal)\b")
_TEXT_TO_COME = re.compile(r"\b(?:is|are)\s+(?:expected|due|set|scheduled|likely|going)\s+to\s+"
                           r"be\s+(?:put|tabled|submitted|circulated|presented|introduced)\b")


# what a text says: "the text calls on the parties to ...", "the resolution takes note of"
_TEXT_SAYS = re.compile(r"\b(?:the|this)\s+(?:text|resolution|draft)\s+(?:also\s+)?"
                        r"(?:calls\s+(?:on|for|upon)|urges|demands|takes\s+note|welcomes|notes|requests|"
                        r"reaffirms|recogni[sz]es|commends|encourages)\b")
_STILL_TO_COME = re.compile(r"\s+(?:was|is|were|are|seemed|seems|looked|looks)\s+(?:unlikely|"
                            r"likely|possible|expected|due|planned|in\s+the\s+works)\b")
_IF_OPENS = re.compile(r"\W*(?:if|unless|whenever)\s")


_SO_IT = re.compile(r",\s+(?:and\s+)?so\s+(?=(?:it|the\s+(?:text|draft|resolution|proposal))\s+"
                    r"(?:failed|fell|was|passed|did)\b)")


# ("... joined the four abstainers this time, and seven votes are needed": the rule added)
_REASON_RULE = re.compile(r",?\s+(?:since|because|and|while|whereas)\s+(?:[\w-]+\s+){0,4}?votes?\s+"
                          r"(?:are|is)\s+(?:needed|required|necessary)\b")


def _states_rule(low: str, lo: int, hi: int, seg: str) -> bool:
    """Does the clause tell how votes work rather than how one went ("nine votes are needed
    for adoption", "it takes a negative vote by a permanent member to block a text", "a
    proposal that gathers only two votes fails on its own")?"""
    if ("needed" in seg or "required" in seg or "necessary" in seg) and _RULE.search(low, lo, hi):
        return True
    if "it takes " in seg and _IT_TAKES.search(low, lo, hi):
        return True
    if " needs " in seg and _A_TEXT_NEEDS.search(low, lo, hi):
        return True
    if "permanent member" in seg and _P5_BLOCKS_BY.search(low, lo, hi):
        return True
    if_opens = _IF_OPENS.match(low, lo, hi) is not None
    if if_opens or " if " in seg or " unless " in seg:
        for fm in _ANY_TEXT_FATE.finditer(low, lo, hi):
            if if_opens or _ONLY_IF.match(low, fm.end(), hi):
                return True
    return (" that " in seg or " which " in seg) and _ANY_TEXT_THAT.search(low, lo, hi) is not None


_HANDS_ON = re.compile(r"\bto\s+(?:hand|send|refer|transmit|pass|forward|merge|combine|study|"
                       r"examine)\s+(?:over\s+)?(?:all\s+)?(?:the\s+|its\s+|their\s+)?$")
_AS_THEY_DO = re.compile(r"\bas\s+(?:these|those|such|most|many|other|all|the\s+others)\b"
                         r"[^.;:]{0,80}?\b(?:do|does|did|have|are|tend\s+to)\b"
                         # ("China took no part in the vote, as it has done on several
                         # texts since October": its habit, told by the texts it kept to)
                         r"|\bas\s+(?:it|they|she|he)\s+(?:(?:has|have|had)\s+(?:also\s+)?)?"
                         r"(?:done|did|does|do)\b[^.;:]{0,80}")
_INDEFINITE_BEFORE = re.compile(r"\W*(?:a|an|any)\s+(?:[\w-]+\s+){0,2}?(?:resolution|text|draft|"
                                r"decision)\s+")
_GENERIC_AFTER = re.compile(r"[^.;]{0,80}?\b(?:carries|has|is|needs|binds|becomes|remains|counts|"
                            r"stands)\b")
_OTHER_TEXTS_FELL = re.compile(r"\bother\s+(?:draft\s+resolutions|drafts|texts|proposals)\s+"
                               r"(?:had\s+|have\s+)?(?:failed|fallen|been\s+(?:vetoed|rejected|"
                               r"blocked|defeated))\b")
_EARLIER_TEXTS = re.compile(r"\W*(?:earlier|previous|prior)\s+(?:[\w-]+\s+){0,2}?(?:texts|drafts|"
                            r"resolutions|proposals|versions|attempts)\b")
_PLURAL_BLOCKED = re.compile(
    r"\W*(?:(?:earlier|previous|past|other|many|several|all)\s+)?(?:proposals|drafts|texts|"
    r"resolutions|attempts|efforts|calls)\b[^.;]{0,60}?\b(?:have|had)\s+been\s+(?:repeatedly\s+|"
    r"regularly\s+|always\s+)?(?:blocked|vetoed|killed|stopped|defeated)\b")


def _fill(c: Clause, text: str, low: str, raw_out: list[tuple[int, int, str]],
          raw_votes: list[tuple[int, int, str, str]], nums: list[int], lead: bool = False,
          when: bool = False) -> None:
    """What a clause says; patterns run on ``low`` (lower case), names and dates on ``text``.
    ``lead``: the story's first clause, whose "The Security Council yesterday enlarged the
    mission" gives the day of the vote told after it; ``when``: the clause answers "When did
    this happen?"."""
    lo, hi = c.lo, c.hi
    seg = low[lo:hi]
    if ("extended " in seg or "renewed " in seg or "prolonged " in seg) and not any(
            r[2] == "adopt" for r in raw_out):
        # "the Council extended UNFICYP until 31 January 2013": a mission by its acronym,
        # told in capitals (the lower-case patterns cannot tell it from a word)
        raw_out = sorted(raw_out + [(m.start(), m.end(1), "adopt") for m in
                                    _MISSION_RENEWED.finditer(text, lo, hi)])
    if "resolution " in seg and "council " in seg and not any(
            r[2] == "adopt" for r in raw_out) and (m := _COUNCIL_DID_BY_NUMBER.search(low, lo, hi)):
        raw_out = sorted(raw_out + [(m.start(1), m.end(1), "adopt")])
    if not (raw_out or raw_votes or c.tallies or c.counts) and not any(
            w in seg for w in _QUICK_WORDS):
        c.day_asked = when
        if c.dates and (any(w in seg for w in _DAY_WORDS) or when or BARE_DAY.fullmatch(
                low, lo, hi) or SCENE_DAY.fullmatch(low, lo, hi)):
            c.sc_named = _SC_NAMED.search(low, lo, hi) is not None
        elif c.dates and lead and "security council" in seg and (
                c.dates[0].kind in ("relative", "weekday")):
            # "The UN Security Council yesterday demanded a ceasefire ..., the first time
            # since the war began in October": the lead's day, not the background's month
            c.sc_named = _SC_NAMED.search(low, lo, hi) is not None
            c.dates = [m for m in c.dates if m.kind not in ("month", "monthyear", "year")]
        elif c.dates and "council" in seg and c.dates[0].kind in ("relative", "weekday") and (
                _COUNCIL_ACTED.search(low, lo, hi)):
            # "The Security Council in New York decided yesterday to extend the mandate", "The
            # UN Security Council on Friday formally condemned the attack ... on 28
            # November": its day, not the day of what it acted on
            c.sc_named = _SC_NAMED.search(low, lo, hi) is not None
            c.dates = [m for m in c.dates if m.kind in ("relative", "weekday")]
            if _goes_further(c, low, seg):
                c.new_draft = True
        else:
            c.dates = []
        if ("the first" in seg or "the second" in seg or "the third" in seg) and (
                _NTH_ON_TOPIC.match(low, lo, hi)):
            c.new_draft = True  # "The first was on Cyprus. Here too the Council was ..."
        elif " came " in seg and _THEN_CAME.fullmatch(low, lo, hi):
            c.new_draft = True  # "Then came Syria. The Western text, S/2012/538, ..."
        elif "res" in seg and (rm := _RESOLUTION_SAYS.match(low, lo, hi)):
            _opens_numbered(c, rm)  # "(b) Res. 705 (1991) fixes Iraq's compensation ..."
        elif ("second" in seg or "third" in seg or "further" in seg) and _NTH_PUT.search(
                low, lo, hi):
            # "At the same sitting a second motion on the application was put. It received
            # ...": the next text, its vote told next
            c.new_draft = True
        elif "other news" in seg and _OTHER_NEWS.match(low, lo, hi):
            # ("In other news from the United Nations. On Thursday the Council agreed to a
            # resolution on ...": a bulletin's next item, another vote told next)
            c.new_draft = True
        elif " again" in seg and _BUSY_AGAIN.search(low, lo, hi):
            # ("... recommended that Burma be admitted. ... The Council was busy again on
            # Friday": another sitting, another decision, told next with its day)
            c.new_draft = True
        elif " fared " in seg and (_ANOTHER_FARED.match(low, lo, hi) or _FARED_SAME.match(
                low, lo, hi)):
            # ("It decided, by ten votes to none, ... An earlier motion fared badly. Only
            # Russia and Poland voted for it.": another text, its vote told next)
            c.new_draft = True
        elif " came " in seg and _NTH_CAME.match(low, lo, hi):
            # ("... picked out two votes. The first was Darfur. ... The second came only eleven
            # days ago.": the next of those the story counts)
            c.new_draft = True
        elif "also " in seg and c.dates and _ALSO_ACTED.match(low, lo, hi):
            # ("Also on Friday the Council decided on our neighbour, Sudan. It ended the UN
            # mission ...": another decision of the day, its count told next)
            c.new_draft = True
        elif ("same " in seg and _SAME_SITTING_ACT.search(low, lo, hi)) or (
                c.dates and " voted on resolution " in seg):
            # "At the same meeting the Council appointed Serge Brammertz to a further term",
            # "On the last day of January, Friday the 31st, the Council voted on resolution
            # 2507": another decision, its count told next
            c.new_draft = True
        return
    c.big_tally = any(sum(v or 0 for v in t[:3]) > 15 for t in c.tallies) or any(
        k.value > 15 for k in c.counts)
    if any(w in seg for w in _PLURAL_WORDS):
        pl = _PLURAL.search(low, lo, hi)
        aside = ASIDE_OPEN.search(low, max(lo, pl.start() - 80), pl.start()) if (
            pl is not None) else None
        # (not "who voted yes: China, which has abstained on several Balkan texts in recent
        # years, and Ukraine": the vote is told before the aside that counts other texts)
        closes = low.find(",", pl.end(), hi) if aside is not None and pl is not None else -1
        # ("It passed unanimously, as these housekeeping resolutions almost always do": the
        # others are a comparison)
        cmp = _AS_THEY_DO.search(low, lo, hi) if pl is not None and " as " in seg else None
        c.plural = pl is not None and not _SINGULAR.search(low, lo, hi) and not (
            # ("agreed, by ten votes to nil, to hand the rival Greek proposals to a
            # sub-committee": the texts the one decision sends on)
            _HANDS_ON.search(low, max(lo, pl.start() - 40), pl.start())) and not (
            # ("The second of the two drafts put to the vote, S/2019/190, ...": one of them)
            _NTH_OF.search(low, max(lo, pl.start() - 30), pl.start())) and not (
            cmp is not None and cmp.start() <= pl.start() < cmp.end()) and not (
            aside is not None and any(r[0] < aside.start() for r in raw_votes)) and not (
            # ("Russia, which has often been at odds with Tbilisi over the wording of these
            # resolutions, voted in favour": the aside is over before the vote is told)
            closes >= 0 and any(r[0] > closes for r in raw_votes))
        if c.plural:
            pm = _PLURAL_N.search(low, lo, hi)
            c.plural_n = EACH_N.get(pm.group(1) or pm.group(2), 0) if pm else 0
    c.outcome = cue_mod.outcome_cues(low, lo, hi, raw_out) if raw_out else []
    recent = any(m.kind == "weekday" and m.modifier not in ("next", "coming")
                 or m.kind == "relative" and m.rel <= 0 for m in c.dates)
    vcues = vote_cues(low, lo, hi, raw_votes, recent, not c.dates) if raw_votes else []
    if vcues and c.dates and ", wh" in seg and not (raw_out or c.tallies or c.counts):
        # ("Pakistan, which has spoken for the Namibians since the Assembly ended the mandate
        # in 1966, voted in favour": the aside's year, not the vote's)
        first_vote = min(v.start for v in vcues)
        c.dates = [m for m in c.dates
                   if not cue_mod.in_which_aside(low, lo, hi, m.start, first_vote)
                   # ("voted against because it wanted its troops kept out of the new Court,
                   # whose statute came into force yesterday": the Court's day)
                   and not (m.start > first_vote and _WHOSE_OPEN.search(low, first_vote, m.start))]
    if not c.header and (c.outcome or vcues) and any(w in seg for w in _GENERIC_VERBS) and not (
            # (a chronology's present tense dated and numbered is news: "On Saturday the
            # Council adopts a longer text, resolution 217")
            c.dates and (_RESOLUTION.search(low, lo, hi) or _SYMBOL.search(low, lo, hi))):
        # "only a no from one of the five blocks a text": a rule told in the present, not
        # a vote (a headline's present tense is news: "Russia vetoes UN draft")
        # (the verb need not be read as a cue of its own: "only a negative vote by a
        # permanent member blocks a decision")
        rule = next((m.start() for m in _GENERIC_RULE.finditer(low, lo, hi)), None)
        if rule is not None:
            # (its subject too: "only a negative vote by a permanent member blocks a text")
            for k in c.outcome:
                if k.start <= rule:
                    k.history = True
        for v in vcues:
            if _GENERIC_RULE.match(low, v.start, hi):
                v.live = False
    if vcues and (" can " in seg or " could " in seg) and (can_block := _CAN_BLOCK_ANY.search(
            low, lo, hi)) is not None:
        # "only a negative vote by one of the five permanent members can block a resolution":
        # the rule again, its subject no vote of the story's
        for v in vcues:
            if v.start < can_block.start() and v.vote == "no":
                v.live = False
    if c.outcome and not c.dates and seg.lstrip(" \"'(").startswith(("a ", "an ", "any ")):
        for k in c.outcome:
            if k.kind == "adopt" and _INDEFINITE_BEFORE.fullmatch(low, lo, k.start) and (
                    _GENERIC_AFTER.match(low, k.end, hi)):
                # "A resolution adopted with nine or more votes and no veto carries the same
                # formal weight": what any text would do, no vote of the story's
                k.history = True
    if c.outcome and " other " in seg and _OTHER_TEXTS_FELL.search(low, lo, hi):
        # "Monday's decision followed several days in which other drafts had failed to pass":
        # the texts before the one in hand (however recent the day the clause names)
        for k in c.outcome:
            k.history, k.pluperfect = True, False
    if c.outcome and seg.lstrip(" \"'(").startswith(("earlier ", "previous ", "prior ")) and (
            _EARLIER_TEXTS.match(low, lo, hi)):
        # "Earlier draft texts were blocked this month by Soviet vetoes": the texts before
        # the one the story tells
        for k in c.outcome:
            k.history = True
        vcues = []
    if vcues and ("have been" in seg or "had been" in seg) and _PLURAL_BLOCKED.match(low, lo, hi):
        # "Proposals for wider sanctions have been blocked by the veto of the Western permanent
        # members": what has happened to many texts, not a vote of the story's
        for v in vcues:
            v.live = False
        for k in c.outcome:
            k.history = True
    for k in c.outcome:
        if k.kind == "veto" and k.live and _CAN_BLOCK.match(low, k.end, hi):
            # "only a negative vote by a permanent member can block a resolution": the rule
            k.modal = True
    if (c.counts or c.outcome) and _states_rule(low, lo, hi, seg):
        so = _SO_IT.search(low, lo, hi) if " so " in seg else None
        # ("Two in favour, none against: the proposal was not adopted, since seven votes are
        # needed": the count and the outcome, then the rule given as the reason)
        since = _REASON_RULE.search(low, lo, hi) if (
            " since " in seg or " because " in seg or " and " in seg or " while " in seg
            or " whereas " in seg) else None
        # ("Nine yes votes are needed, so it failed": the rule, then what it did to the text)
        c.counts = [k for k in c.counts if so is not None and k.start >= so.end()
                    or since is not None and k.start < since.start()]
        c.outcome = [k for k in c.outcome if so is not None and k.start >= so.end()
                     or since is not None and k.start < since.start()]
    if c.counts and c.outcome and not any(k.live for k in c.outcome) and _IF_OPENS.match(
            low, lo, hi):
        # "If a text gets only six votes, it fails": the votes of a condition, not a count
        c.counts, c.tallies = [], []
    if (c.outcome or vcues or c.counts) and (
            rm := _TOLD_AS_RULE.search(low, c.sent.start, hi)) and (
            # (not "A and B voted in favour -- seven, exactly the number the Charter
            # requires": the rule said after the votes it measures)
            rm.start() < min([k.start for k in c.outcome] + [v.start for v in vcues]
                             + [k.start for k in c.counts], default=hi)):
        # "Article 27(3) of the Charter provides that decisions ... are made by an
        # affirmative vote of nine members", "a veto is a negative vote by ...", "when you
        # read that a resolution was adopted 'with two abstentions'": rules and examples
        c.outcome, vcues, c.counts, c.tallies = [], [], [], []
    if (c.outcome or vcues) and (" as a" in seg or " is a veto" in seg) and (
            veto_rule := _COUNTS_AS_VETO.search(low, lo, hi)) and (
            # ("Only a no vote from one of the five permanent members is a veto", not
            # "Russia's no is a veto")
            "is a veto" not in veto_rule.group() or _RULE_SUBJECT.match(
                low, lo, veto_rule.start())) and not (
            # (nor "its single no counts as a veto": one member's vote, told as what it did)
            _OWN_NO.search(low, max(lo, veto_rule.start() - 40), veto_rule.start())):
        # "only a negative vote by a permanent member counts as a veto": the rule (so is
        # "Only a no vote by one of the five -- A, B, C, D and E -- counts as a veto")
        c.outcome = []
        if _RULE_SUBJECT.match(low, lo, veto_rule.start()):
            for v in vcues:
                if v.start < veto_rule.start():
                    v.live = False
    if c.outcome and "veto" in seg and _ABSENCE_AS_VETO.search(low, lo, hi):
        # "a permanent member that chooses not to attend cannot claim that its absence was a
        # veto": whether staying away blocks a text, argued, not a veto cast
        c.outcome = [k for k in c.outcome if k.kind != "veto"]
    if (c.outcome or vcues) and c.sent.text.rstrip().endswith("?") and (
            _YES_NO_QUESTION.match(c.sent.text) or _YES_NO_QUESTION.match(low, lo, hi)
            # ("IF A PERMANENT MEMBER ABSTAINS, HAS IT USED ITS VETO?": the main clause last)
            or _YES_NO_QUESTION.match(c.sent.text, max(c.sent.text.rfind(", "),
                                                       c.sent.text.rfind(": ")) + 1)):
        # "Q: Does an abstention by Russia block the text?": asked, not reported
        c.outcome, vcues = [], []
    if (c.outcome or vcues or c.counts or c.tallies) and c.sent.text.rstrip().endswith("?") and (
            _WHY_ASKED.match(c.sent.text)):
        # "Questions for pupils: (1) Why did a draft with ten votes in favour fail, and why a
        # draft with four votes failed for a different reason?": votes asked about, not told
        c.outcome, vcues, c.counts, c.tallies = [], [], [], []
    if c.counts and any(h in seg for h in cue_mod.HISTORY_HINTS):
        # "China abstained on that occasion, and the other thirteen voted in favour": the
        # count belongs to the vote the story recalls
        c.counts = [k for k in c.counts if not cue_mod.is_history(low, k.start, k.end, lo, hi,
                                                                  had=False)]
    if vcues:
        c.votes = attribute(low, lo, hi, c.mentions, vcues, nums)
        c.away_unnamed = any(v.live and v.vote in ("absent", "not_participating") and not any(
            a.cue_start == v.start for a in c.votes) for v in vcues)
        if c.outcome and c.votes:
            # "Britain and Japan voted to let both in", "Nine of the eleven members voted to
            # recommend Italy": members voting, not the Council deciding
            # (not "all fifteen members voted to renew ...": the whole Council deciding)
            by_members = {a.cue_start for a in c.votes if any(
                i.kind == "member" or i.kind == "group" and i.count and i.count not in (11, 15)
                for i in a.items)}
            c.outcome = [k for k in c.outcome if not (
                k.kind == "adopt" and k.start in by_members and low.startswith("voted", k.start))]
    if c.mentions or "elected" in seg or "e10" in seg or "e-10" in seg:
        c.sponsor_groups, c.sponsor_elected, c.named_drafters = _sponsors(
            low, lo, hi, c.mentions, c.sent.start)
        if c.sponsor_groups and any(any(i.kind == "sponsors" and i.start >= a.cue_end
                                        for i in a.items) for a in c.votes):
            # ("Nine members voted in favour: the two sponsors, France, Belgium, ...": the
            # sponsors are one item of the side listed after its verb, the names after them
            # more voters; not "The co-sponsors, France and Britain, ... voted yes")
            voters = {id(i.mention) for a in c.votes for i in a.items
                      if i.mention is not None and i.start >= a.cue_end}
            c.sponsor_groups = [g for g in c.sponsor_groups
                                if not all(id(m) in voters for m in g)]
        if c.sponsor_groups and " to be " in seg and _TEXT_TO_COME.search(low, lo, hi):
            # "A Soviet proposal ... is expected to be put before the Council later this
            # week": the drafter of a text still to come
            c.sponsor_groups = []
        if c.sponsor_groups and " when " in seg and (
                wm := cue_mod.WHEN_OTHER_VOTE.search(low, lo, hi)):
            # "Sweden, which abstained when the Council voted on an American resolution last
            # Friday, joined the majority": the drafter of that other text
            c.sponsor_groups = [g for g in c.sponsor_groups
                                if not any(wm.start() <= m.start < wm.end() for m in g)]
        if c.sponsor_groups and " text " in seg and (ts := _TEXT_SAYS.search(low, lo, hi)):
            # "the text calls on the parties ... and takes note of both the Moroccan autonomy
            # proposal and ...": proposals the text speaks of, not its drafters
            c.sponsor_groups = [g for g in c.sponsor_groups if g[0].start < ts.start()]
    if any(w in seg for w in _CORRECTION_WORDS) and _CORRECTION.search(low, lo, hi):
        # "An earlier version of this story misstated the vote as 12-2": not the record
        c.silence()
        vcues = []
    if "s/" in seg:
        c.symbols = [(sym, year) for _, sym, year in find_symbols(low, lo, hi)]
        for m in _RES_SYMBOL.finditer(low, lo, hi):
            c.resolutions.append((int(m.group("n")),
                                  int(m.group("y")) if m.group("y") else None))
    if " text, " in seg:
        # "That text, 2740 (2024), was put forward by Sierra Leone": a number with its year
        c.resolutions += [(int(m.group(1)), int(m.group(2)))
                          for m in _TEXT_NUMBERED.finditer(low, lo, hi)]
    if "resolution" in seg or "unscr" in seg or "res." in seg or "res " in seg:
        numbers = [int(m.group("n")) for m in _RESOLUTION.finditer(low, lo, hi)
                   if not _REGIME_OF.search(low, max(lo, m.start() - 40), m.start())
                   # ("which endorses Assembly resolution 3212": not a Council number)
                   and not low.endswith(("assembly ", "assembly's "), lo, m.start())]
        if " numbered" in seg:
            numbers += [int(m.group("n") or m.group("n2"))
                        for m in _NUMBERED_LATER.finditer(low, lo, hi)]
        if " number" in seg:
            numbers += [int(m.group("n") or m.group("n2") or m.group("n3"))
                        for m in _BEARS_NUMBER.finditer(low, lo, hi)]
        if "resolution" in seg:
            # "resolution fifteen forty-five", "resolution, number fifteen forty-five"
            numbers += [spoken_pairs(m.group("w"))
                        for m in _SPOKEN_RESOLUTION.finditer(low, lo, hi)]
        for n in numbers:
            if not any(n == r for r, _ in c.resolutions):
                c.resolutions.append((n, None))
    # before the checks below, which may silence the clause (another body, a simulation)
    c.unanimous = _unanimous(c, low, seg)
    anchors = [k.start for k in c.outcome if k.live] + [v.start for v in vcues if v.live]
    anchors += [t[3] for t in c.tallies] + [k.start for k in c.counts]
    if "council" in seg or "assembly" in seg or "unsc" in seg or "193-" in seg or (
            "ecosoc" in seg or "board" in seg):
        first = min(anchors) if anchors else None
        body = cue_mod.body_near(text, lo, hi, first, veto=any(
            k.start == first and k.kind == "veto" for k in c.outcome))
        c.ga = body == "GA"
        c.council = body == "SC"
        c.sc_named = c.council and _SC_NAMED.search(low, lo, hi) is not None
        if body == "OTHER":
            # "the Human Rights Council voted 23-16": a vote, but not the Council's
            c.silence()
    if ("court" in seg or "tribunal" in seg or "judges" in seg) and _COURT_VOTE.search(
            low, lo, hi):
        # "the Court found, by twelve votes to three, that the United States had broken
        # international law": the judges' vote
        c.silence()
    if ("plebiscite" in seg or "referendum" in seg or "popular vote" in seg) and (
            _POPULAR_VOTE.search(low, lo, hi)):
        c.silence()
    head = _DATELINE_HEAD.sub("", seg.lstrip(_BULLETS), count=1)
    if ("simulat" in seg or "mock" in seg or "role" in seg or "our " in seg or " at " in seg) and (
            _SIMULATION.search(low, lo, hi)) or (
            head.startswith(("at ", "in ", "the ", "on ")) or ":" in head[:40]) and (
            _OWN_WORLD_VOTE.match(head)):
        # "in our simulation the final text passed 9-2": students playing the Council
        c.silence()
        c.elsewhere = True
    if any(w in seg for w in _NEW_DRAFT_WORDS):
        nd = _new_draft(low, lo, hi) if _may_be_new_draft(low, lo, hi, seg) else None
        # (not "It is the third resolution on the conflict this year": the text in hand,
        # counted among the Council's others)
        c.new_draft = nd is not None and not cue_mod.is_modal(low, nd.start(), lo) and not (
            # ("the text ... takes note of both the Moroccan autonomy proposal and the Polisario
            # Front's own proposal": what the text speaks of)
            " text " in seg and _TEXT_SAYS.search(low, lo, nd.start())) and not (
            # ("another text was unlikely before the recess": one still to come, if ever)
            _STILL_TO_COME.match(low, nd.end(), hi)) and not (
            _IT_IS_NTH.match(low, lo, hi)) or _NTH_ON_TOPIC.match(low, lo, hi) is not None
        # "the rival text (S/1668)" may point back at the rival text the story just opened
        c.new_draft_definite = c.new_draft and nd is not None and low.endswith(
            "the ", max(lo, nd.start() - 4), nd.start())
        c.ordinal = bool(_ORDINAL.search(low, lo, hi))
    if not c.new_draft and _goes_further(c, low, seg):
        c.new_draft = True
    if not c.new_draft and lo == c.sent.start and (c.tallies or c.counts or vcues) and (
            seg.lstrip().startswith(("one", "the ")) and _ONE_THE_OTHER.match(low, lo, hi)):
        # "Russia vetoed two of them. One, which would have inserted ..., won nine votes ...
        # The other, adding a call for ..., did better": each of the texts counted, in turn
        c.new_draft = True
    if c.resolutions and not c.new_draft and (rm := _RESOLUTION_SAYS.match(low, lo, hi)) and (
            rm.group("by2") or rm.group("by3") or not any(k.live for k in c.outcome) and not any(
                v.live for v in vcues) and (
                    rm.group("item") or rm.group("by") or rm.group("item4"))):
        # (with vote words about it, only as a digest's item or as the next of the texts told
        # in turn)
        _opens_numbered(c, rm)
    c.co_sponsors = bool(c.sponsor_groups) and (
        "co-sponsor" in seg or "cosponsor" in seg or _DRAFTED_IT.search(seg) is not None
        or ("sponsor" in seg and _ONE_MORE_SPONSOR.search(seg) is not None)
        # ("Haiti itself was also among the countries that put the resolution forward")
        or ("among" in seg and _AMONG_DRAFTERS_IN_HAND.search(seg) is not None)
        # ("and Romania joined them as a sponsor", "A and B joined France in presenting it")
        or ("joined" in seg and (JOINED_AS.search(seg) is not None
                                 or _JOINED_IN_DRAFTING.search(seg) is not None)))
    acts = _IT_ACTS.match(low, lo, hi) if seg.lstrip().startswith("it ") else None
    c.anaphoric = bool(_ANAPHORIC.match(low, lo, hi)) and acts is None or (
        " by " in seg and _DEFINITE_PASSIVE.search(low, lo, hi) is not None) or (
        (" the " in seg or " that " in seg or " this " in seg)
        and _DRAFTED_THE_TEXT.search(low, lo, hi) is not None)
    before = max(low.rfind(". ", 0, lo - 1), low.rfind(".\n", 0, lo - 1)) + 2
    if acts is not None and acts.group(1) and not (
            # ("The draft was submitted by Syria ... It also condemned suicide bombings": what
            # the text says, not another act)
            acts.group("says") and _TEXT_SUBJECT.match(low, before)) and not (
            # ("the Council adopted resolution 1973, authorizing ... It also established a ban
            # on all flights": what that text does)
            acts.group("does") and _ADOPTED_DOING.search(low, before, lo)):
        c.new_draft = True  # "It also renewed, again unanimously, the mandate of UNDOF"
    c.final_ref = "final" in seg and bool(_FINAL.search(low, lo, hi))
    if "each" in seg or "both" in seg or "all t" in seg or "all f" in seg or "either" in seg or (
            "any of the" in seg) or ", twice" in seg or "every one of" in seg or (
            "throughout" in seg) or "times the" in seg or " all of them" in seg:
        _each(c, low)

