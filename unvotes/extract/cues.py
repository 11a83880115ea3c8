"""The vocabulary of vote reports: outcome words, vote words, drafting words, and the
context that cancels them (negation, modality, background history).

Every pattern is compiled once at import. Matching runs over the folded text with long
quotations blanked (see :mod:`.sentences`), so "you can veto this resolution" inside a
speech is never read as a veto.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import wraps

from .lexicon import COUNCIL_OF_NOT_A_BODY, Finder, lex, scan
from .numbers import NUM

__all__ = [
    "ATTRIBUTIVE",
    "Cue",
    "DRAFT_NOUN",
    "body_near",
    "find_outcome_cues",
    "is_foreign",
    "is_history",
    "is_modal",
    "is_negated",
    "is_pluperfect",
    "only_pluperfect",
    "outcome_cues",
    "scan_outcomes",
    "unanimous",
]

DRAFT_NOUN = (
    r"(?:draft\s+resolutions?|drafts?|texts?|resolutions?|measures?|proposals?|amendments?|"
    r"counter-drafts?|documents?|bids?|motions?|versions?|recommendations?)"
)
# Patterns below run on lower-cased text (``Text.low``), so they need no re.IGNORECASE.

# Words that cannot stand between a drafter and its draft ("China vetoed a resolution").
_STOP = (
    r"(?:the|a|an|to|of|on|in|at|by|for|with|and|or|was|were|is|are|has|had|have|be|been|"
    r"will|would|could|voted|vetoed|vetoes|blocked|blocks|backed|backs|adopted|adopts|passed|"
    r"rejected|rejects|said|says|that|which|its|their|this|his|her|it|kills|killed|sinks|"
    r"sank|veto|votes|vote|against|over|after|before|as|from|not|no|used|uses|cast|casts|"
    r"opposed|supported|abstained|on"
    r"|(?:kill|block|sink|veto|back|reject|pass|adopt|approv|endors|defeat|scuttl|torpedo|"
    r"snub|oppos|support|shield|urg|call|want|seek|push|fight|win|los|doom|derail|thwart|"
    r"embrac|welcom|condemn|slam|blast|hail|prais|rebuff|spurn)\w*)"
)
# After a drafter: "Russia's text", "the American draft", "a Russian oral amendment".
ATTRIBUTIVE = re.compile(
    rf"(?:'s|')?\s+(?:(?!{_STOP}\b|-+\s)[\w-]+\s+){{0,3}}?"
    r"(?:draft\s+resolution|draft|text|resolution|proposal|amendment|measure|document|bid|"
    r"counter-draft|version|motion|compromise|counterproposal)\b(?!s)"
)

# ----------------------------------------------------------------------------- outcome

# "... vetoes were cast again": this vote's, not a year's tally
VETOES_CAST_NOW = (r"\s+(?:were|was)\s+(?:(?:again|once\s+more|also)\s+)?(?:cast|used|exercised|"
                   r"wielded|employed|applied)\b(?!\s+(?:in|during|since|over|last|this\s+year)\b)")
_VETO = lex(
    # ("The three Western vetoes were cast again": the noun, then the verb of its use)
    # (not "Five vetoes were cast in 2024": a record)
    r"\bvetoe?s?" + VETOES_CAST_NOW +
    # (not "China and Russia, which hold vetoes": the power, not its use)
    r"|\bveto(?:ed|ing|(?<!hold\sveto)(?<!holds\sveto)(?<!holding\sveto)(?<!have\sveto)es)\b"
    # (the singular "vetoed draft" is read in context: "Russia vetoed draft S/2024/255" is
    # a verb, "the vetoed draft" an adjective)
    r"(?!\s+(?:drafts|texts|resolutions|power|powers|holders?|"
    r"-holding|wielding))"
    r"|\b(?:used|uses|use|using|cast|casts|casting|exercised|exercises|exercising|wielded|"
    r"wields|employed|invoked|deployed|applied)\s+(?!of\b)(?:(?:its|their|his|her|a|the|an|two|"
    # (not "a region used to vetoes": accustomed to them)
    r"its\s+own)\s+)?(?:(?!only\b|one\b|(?<!its\s)first\b|second\b|third\b|more\b|fewer\b|most\b|to\b|"
    r"\d)[\w'-]+\s+){0,2}?vetoe?s?\b"
    r"|\bnegative\s+votes?\s+(?:of|by|from|cast\s+by)\s+(?:a|two|the|its|one)?\s*(?:of\s+the\s+)?"
    r"(?:permanent|veto)"
    # "the veto cast by X"
    r"|\bvetoe?s?\s+(?:cast|used|exercised|wielded|employed)\s+by\b",
    ("veto", "use", "using", "cast", "exercis", "wield", "employed", "invoked", "deployed",
     "applied", "negative"),
)
# "the negative vote constituted a veto", "it has put the veto": looked for from the noun
# phrase, the verbs alone being too common to try the pattern at each
_VETO_PHRASE = lex(
    r"(?:(?<=constituted\s)|(?<=constitutes\s)|(?<=amounted\sto\s)|(?<=amounts\sto\s)|"
    r"(?<=counted\sas\s)|(?<=counts\sas\s)|(?<=put\s)|(?<=puts\s)|(?<=placed\s)|"
    # ("so that's a double veto")
    # (... "Which means it's a veto")
    r"(?<=places\s)|(?<=interposed\s)|(?<=was\s)|(?<=is\s)|(?<=that's\s)|(?<=that\u2019s\s)"
    r"|(?<=it's\s)|(?<=it\u2019s\s))"
    r"(?:a|the|its|their)\s+"
    # ("It was a triple veto.")
    r"(?:(?:double|triple|twin|joint)\s+)?veto\b"
    # (not "veto-wielding", but "a double veto -- the fourth time")
    r"(?!\s*(?:threat|power|right|over\b)|-\w)"
    # ("The first veto came on the 16th of September, against a draft ...")
    r"|\bthe\s+(?:first|earlier|previous|second)\s+veto(?=\s+came\s+(?:on|in|last|a)\b)",
    ("a veto", "the veto", "its veto", "their veto", "a double", "a triple", "a twin", "a joint",
     "the double", "the triple", "the twin", "the joint", "their double", "their joint",
     "the first", "the earlier", "the previous", "the second"))
_BLOCK_VERB = (r"(?:block(?:ed|s|ing)?|kill(?:ed|s|ing)?|sank|sinks?|sink|torpedo(?:ed|es)?|"
               r"stopped|stops?|halted|scuttled?|shot\s+down|shoot\s+down|struck\s+down|"
               r"thwarted|stymied|derailed|defeat(?:ed|s)?)")
# the words each of _BLOCK_VERB's opens with (BLOCK's gate: every match holds one)
_BLOCK_VERB_STARTS = ("block", "kill", "sank", "sink", "torpedo", "stop", "halted", "scuttl",
                      "shot", "shoot", "struck", "thwart", "stymie", "derail", "defeat")
# ... and where BLOCK's passive alternative opens ("the text was blocked", "it was killed")
BLOCK_STARTS = _BLOCK_VERB_STARTS + (
    "draft", "text", "resolution", "measure", "proposal", "amendment", "counter-draft",
    "document", "bid", "motion", "version", "it was", "it were", "it had", "it has", "it is",
    "it being", "it too")
# A blocking verb counts with a draft as its object ("blocked a U.S.-drafted U.N. Security
# Council resolution", "kill it") or in the passive ("the text was blocked").
BLOCK = lex(
    # (the words between stay in one paragraph: "stopped shooting.\n\nResolution 1701")
    rf"\b{_BLOCK_VERB}\s+(?:(?:the|a|an|its|their|this|that|his|her)\s+)?"
    # (nor past a sentence's end: "which has killed and wounded civilians. It asks ...")
    rf"(?:(?![\w'-]*\.\s*\n|[\w'-]{{4,}}\.\s)[\w.'-]+\s+){{0,5}}?"
    rf"(?:{DRAFT_NOUN}|draft|it|them|passage|adoption|package|plan|bid|renewal|extension|"
    rf"move|effort|attempt|initiative|demand|call"
    # "blocked the Republic of Korea from membership": an application's vote
    rf"|(?<=from\s)(?:membership|admission))\b"
    # "the text ending the regime after a final year was also struck down"
    # ... ("and it too was blocked by the veto")
    rf"|\b(?:{DRAFT_NOUN}(?:\s+(?!was\b|were\b|is\b|had\b|has\b)[\w'-]+){{0,16}}?|it"
    rf"(?:\s+too(?=\s+was\b))?)\s+"
    rf"(?:was|were|had\s+been|has\s+been|is|being)\s+"
    rf"(?:(?:also|again|then|later|promptly|duly|swiftly|quickly|effectively|ultimately|"
    rf"eventually)\s+)?{_BLOCK_VERB}\b"
    # "Each was struck down by one vote against" (not "both were killed": people)
    r"|\b(?:each|both)\s+(?:was|were)\s+(?:also\s+|again\s+|then\s+)?(?:blocked|struck\s+down|"
    r"defeated|torpedoed|scuttled)\b",
    BLOCK_STARTS + ("each", "both"), needs=_BLOCK_VERB_STARTS,
)

# "all fifteen members agreed to an American text": an outcome and the members' yes at once
MEMBERS_AGREED = (r"(?<=members\s)agreed\s+to\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
                  r"(?:text|draft|resolution|proposal)\b")

_ADOPT = lex(
    # ("held three votes and passed nothing": no text adopted)
    # ("passed on Wednesday" is the vote's day; "passed on the message" is not)
    # ("the low growl that passes for approval": counts as, not a vote)
    r"\b(?:adopt(?:ed|s)|approv(?:ed|es)|pass(?:ed|es)(?!\s+(?:over|on(?!\s+(?:mon|tues|wednes|"
    r"thurs|fri|satur|sun)day\b)|through|away|off|up|for|muster|judgement|judgment|"
    # ("passed by seven votes to two" is the vote; "passed by the embassy" is not)
    # ("A reader passed it to us": handed on, not adopted)
    r"nothing|none|(?:it|them|this|these)\s+(?:on\s+)?to|"
    r"by(?!\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:votes?|majority)\b|\s+\d))\b)|"
    r"endors(?:ed|es)|authori[sz](?:ed|es)|"
    # ("The Council did pass resolution 312": the emphatic past)
    r"(?<=\bdid\s)(?:pass|adopt|approve)(?=\s+resolution\s+\d)|"
    # ("Two days later, on Friday the 5th, came resolution 688, about the Kurds")
    r"(?<=\bcame\s)resolution(?=\s+\d{1,4}\b)|"
    # "welcomes the unanimous adoption today by the Security Council of resolution 1308": a
    # number is given to a text only when it is adopted
    r"adoption\s+(?:[\w-]+\s+){0,8}?of\s+(?:its\s+|the\s+)?resolution\s+\d{3,4}\b|"
    # "recommended that the State of Israel be admitted", "recommended Nepal for membership":
    # the Council's decision on an application
    r"recommend(?:ed|s)(?:\s*,[^,;.]{1,80},)?\s+(?:that\s+)?(?:(?:[\w'-]+|\([^()]{1,30}\))\s+){0,6}?"
    r"(?:be\s+admitted|(?<!apply\s)(?<!applied\s)for\s+(?:admission|membership))|"
    # ("had recommended, also unanimously, the admission of the Federation of Mali")
    r"recommend(?:ed|s)(?:\s*,[^,;.]{1,40},)?\s+(?:the\s+)?(?:admission|membership)\s+of\b|"
    # ("the Council of eleven agreed without one voice against it that Pakistan should be
    # admitted"): the decision on an application, told as the Council's agreement
    r"(?:agreed|decided)\b[^.;]{0,50}?\bthat\s+(?:[\w'-]+\s+){1,5}?(?:should\s+)?be\s+admitted|"
    # "recommended to the General Assembly without a single dissenting voice that the new
    # nation be admitted"
    r"recommend(?:ed|s)\s+to\s+the\s+general\s+assembly\b[^.;]{0,80}?\bbe\s+admitted|"
    # "recommended that the General Assembly admit our country as a Member"
    r"recommend(?:ed|s)\s+that\s+the\s+(?:general\s+)?assembly\s+(?:should\s+)?admit\b|"
    # ("Yemen ... and Pakistan ... were both recommended, and this time all eleven hands went
    # up"): applicants the Council recommended, told in the passive
    # ... ("two other states were recommended without any opposition: Pakistan and Yemen")
    r"(?:(?<=was\s)|(?<=ere\s)|(?<=both\s)|(?<=also\s)|(?<=duly\s))recommended(?=\s*(?:[,.;]|and\b|"
    r"without\s+(?:any\s+|a\s+)?(?:opposition|objection|dissent|vote\s+against)\b|"
    r"for\s+(?:admission|membership)\b|unanimously\b))|"
    # ("In the same sitting the Council agreed without dissent to recommend Yemen and Pakistan
    # for admission")
    r"(?<=council\s)agreed\s+(?:unanimously\s+|without\s+(?:dissent|objection|a\s+dissenting\s+"
    r"vote)\s+)?to\s+recommend\b|"
    # "the Council recommended South Sudan's admission to the UN"
    r"recommend(?:ed|s)\s+(?:[\w-]+\s+){0,3}?[\w-]+'s\s+(?:admission|membership)\b|"
    # "The 15-nation council backed resolution 2371": a numbered resolution was adopted
    r"(?<=council\s)(?:backed|supported)(?=\s+(?:the\s+)?(?:new\s+)?resolution\s+\d)|"
    # "The Security Council last Wednesday, in resolution 658, gave its formal approval to"
    r"gave\s+(?:its|their)\s+(?:formal\s+|final\s+|full\s+|unanimous\s+)?(?:approval|backing|"
    r"endorsement|blessing)\s+(?:-+\s[^-;.]{1,60}\s-+\s+)?to\b|"
    # "by resolution 2176 gave the mission a short extension", "gave UNMIL a new mandate"
    r"\bgave\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+){0,3}?\s+(?:a|an|another)\s+"
    r"(?:short\s+|further\s+|technical\s+|new\s+|six-month\s+|one-year\s+)?(?:extension|renewal|"
    r"mandate)\b|"
    r"unanimously\s+[a-z]+ed|"
    # "the council agreed unanimously to a stopgap" (not to a statement: no vote)
    r"agreed\s+unanimously\s+(?:to|on)\s+(?:a|an)\s+(?!(?:[\w-]+\s+)?(?:statement|declaration|"
    r"communiqu))|"
    # ("the Security Council agreed, without a single vote against, to a resolution on the
    # Palestinians")
    r"(?<=council\s)agreed(?:\s*,[^,;.]{1,60},)?\s+to\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:resolution|draft|text)\b|"
    # "The decision was taken by eight votes to two": a decision taken is one adopted
    r"(?:(?<=decision\swas\s)|(?<=decision\swere\s))taken(?=\s+(?:by\s+[\w-]+\s+votes?\b|"
    r"unanimously\b))|"
    # "The Council decided so yesterday by adopting resolution 1230 unanimously"
    # ... "called on Sudan to hand over the suspects, adopting resolution 1044 unanimously"
    r"(?:(?<=by\s)|(?<=,\s)|(?<=unanimously\s))adopting\s+(?:resolution\s+\d{1,4}|"
    r"(?:the|a|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:resolution|text|draft))\b|"
    # "By resolution 1774 (2007) the Council reappointed ...": the number of what it did
    # ... "Earlier, in resolution 1338, the 15-nation Council extended the administration"
    r"(?:(?<=by\s)|(?<=in\s))resolution\s+\d{1,4}(?:\s*\(\d{4}\))?\s*,?\s+the\s+"
    r"(?:\d{2}-nation\s+|fifteen-nation\s+|eleven-nation\s+)?(?:security\s+)?council\s+"
    r"(?!has\b|had\b|will\b|would\b|is\b)[a-z]+ed\b|"
    # ("the Council unanimously extended the mission, in resolution 2520, and, in resolution
    # 2523, kept the troop levels unchanged"): a second act of the Council, by its number
    r"(?:(?<=and,\sin\s)|(?<=and\sin\s)|(?<=council,\sin\s))resolution\s+\d{1,4}(?:\s*\(\d{4}\))?\s*,"
    r"\s+(?:also\s+)?(?:[a-z]+ed|kept|set|made|gave|took|put|let|sent)\b|"
    # "The motion was carried by seven votes to none": the older word for a vote won
    # ... "The motion carried by seven votes to three": the text itself carried
    # (not "in any workers' meeting that would be a motion carried")
    r"(?:(?<=was\s)|(?<=were\s)|(?<=ly\s)|(?<=the\smotion\s)|(?<=the\sresolution\s)|"
    r"(?<=the\sproposal\s))carried\b(?!\s+(?:out|over|on|forward|away|off|into|through|"
    r"in|to|across|back|along|the|a|an|its|their|his|her|weight|no|little|much)\b)|"
    # ("It carried by eight votes to two": the motion just told)
    r"(?<=\bit\s)carried(?=\s+(?:by|unanimously|easily|comfortably|with)\b)|"
    # "the Assembly voted that Russia should make reparation": what the body decided
    # (not "The Security Council voted that evening on draft S/18016/Rev.1": a time)
    r"(?:(?<=council\s)|(?<=assembly\s))voted\s+that\b(?!\s+(?:evening|morning|afternoon|night|"
    r"day|week|month|same|very|time)\b)|"
    # "within minutes they had raised their hands together for resolution 1887"
    # (the Council's hands, not a part of it: not "Washington's closest friends had all raised
    # their hands for the text")
    r"(?:(?<=they\s)|(?<=they\shad\s)|(?<=members\s)|(?<=members\shad\s)|(?<=council\s))"
    r"raised\s+their\s+hands\s+(?:together\s+)?(?:for|in\s+favou?r\s+of)\s+(?:the\s+)?"
    r"(?:resolution|draft|text)\b|raised\s+their\s+hands\s+together\s+(?:for|in\s+favou?r\s+of)"
    r"\s+(?:the\s+)?(?:resolution|draft|text)\b|"
    # "China abstained, allowing the Council to adopt it 14-0-1": the vote's result
    r"(?:allowing|allowed|enabling|enabled|permitting|permitted|letting)\s+the\s+(?:security\s+)?"
    r"council\s+to\s+(?:adopt|pass|approve)|"
    # "Resolution 1280 rolled the oil-for-food arrangements over for one more week"
    r"(?:(?<=council\s)|(?<=\d\s)|(?<=\d\)\s))rolled\s+(?:[\w'-]+\s+){0,4}?over\b|"
    # ... "renewed, again unanimously, the arms, travel, diamond and timber measures"
    # ... "renewed, in resolution 2449 (2018), the authorization for convoys"
    r"(?:renewed|extended|prolonged)(?:\s*,\s*(?:(?:again\s+|also\s+)?unanimously|(?:in|by|"
    r"through|with)\s+resolution\s+\d{1,4}(?:\s*\(\d{4}\))?)\s*,)?\s+"
    r"(?:the\s+|a\s+|its\s+)?(?:[\w'-]+,?\s+){0,6}?"
    # ("extended for one year, until 15 November 2023, the mandate of MINUSCA")
    r"(?:(?:for\s+)?(?:[\w-]+\s+){0,2}?(?:[\w-]+,\s+)?until\s+(?:\d{1,2}\s+)?[a-z]+\s+(?:\d{1,2},?\s+)?"
    r"\d{4},\s+(?:the\s+|its\s+)?(?:[\w'-]+\s+){0,3}?)?(?:mandate|mission|sanctions|"
    r"authori[sz]ation|arms\s+embargo|regime|panel|mechanism|operation|"
    # ("renewed the mandates of the Ombudsperson and the Monitoring Team", not "renewed
    # three missions": a count of texts the story goes on to tell)
    r"(?<=renewed\sthe\s)mandates|"
    # ("renewed the United Nations political office in Haiti")
    r"(?:(?<=political\s)|(?<=integrated\s)|(?<=support\s)|(?<=peacebuilding\s)|"
    r"(?<=regional\s))office|"
    # ("renewed the UN Disengagement Observer Force", "... the Interim Force": not "of force")
    r"(?:(?<=peacekeeping\s)|(?<=peace-keeping\s)|(?<=observer\s)|(?<=interim\s)|(?<=nations\s)|"
    r"(?<=protection\s)|(?<=security\s)|(?<=stabili[sz]ation\s)|(?<=emergency\s))force|"
    # ("renewed the force in Cyprus")
    r"(?<=the\s)force(?=\s+(?:in|on)\s+(?:the\s+)?[a-z])|"
    # ("extended the stationing of the force for a further three months")
    r"(?:stationing|presence|deployment)(?=\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:force|"
    r"mission|operation|observers|peacekeepers)\b)|"
    # ("extended the terms of the permanent judges of the Rwanda tribunal")
    r"terms?(?=\s+of\s+(?:office\b|(?:[\w-]+\s+){0,4}?(?:judges|prosecutors?|experts)\b))|"
    r"measures|restrictions|asset\s+freeze|travel\s+ban|embargo)|"
    # "all fifteen members agreed to an American text": the Council as one
    + MEMBERS_AGREED + r"|"
    # ("With resolution 2715, the Security Council terminated the mandate of UNITAMS", "With
    # resolution 2714, also presented by the United Kingdom, the Council lifted the embargo")
    r"(?<=with\s)resolution\s+\d{1,4}(?:\s*\(\d{4}\))?\s*,(?:[^,.;]{1,60},)?\s*the\s+"
    r"(?:security\s+)?council\s+(?:also\s+)?[a-z]+ed\b|"
    # ("The Council then decided, again by eight votes to two with one abstention, to call an
    # emergency special session": a decision taken by a count is a text adopted)
    r"(?:(?<=council\s)|(?<=council\sthen\s)|(?<=council\salso\s))(?:decided|agreed)"
    r"(?=\s*,?\s*(?:again\s+|also\s+)?by\s+[\w-]+\s+"
    r"votes?\s+to\s)|"
    # ("the Council had condemned the regime's incursions into Zambia in resolution 445")
    r"(?<=council\shad\s)(?:condemned|demanded|deplored|called\s+for|called\s+on)\b"
    r"[^.;:]{0,120}?\bin\s+(?:its\s+)?resolution\s+\d{1,4}\b|"
    r"imposed\s+(?:an?\s+|new\s+|fresh\s+)?(?:[\w-]+\s+){0,2}?(?:sanctions|arms\s+embargo|"
    r"embargo|travel\s+ban|asset\s+freeze)|"
    # ("it decided (resolution 821) that Belgrade could not sit in ECOSOC"): a decision with
    # the number its text was given
    r"(?:decided|demanded|condemned|authori[sz]ed|requested|called\s+(?:on|for|upon)|urged|"
    r"determined|recommended)\s*\(\s*(?:in\s+)?(?:resolution|res\.)\s*\d{1,4}"
    r"(?=(?:\s*\(\d{4}\))?\s*\))|"
    # ("the Council then decided, by resolution 34, to remove the Greek question")
    r"(?:(?<=council\s)|(?<=council\sthen\s)|(?<=council\salso\s)|(?<=it\s)|(?<=it\sthen\s))"
    r"(?:decided|agreed)(?=\s*,\s*(?:in|by)\s+(?:its\s+)?(?:resolution|res\.)\s*\d{1,4}"
    r"(?:\s*\(\d{4}\))?\s*,\s*to\s)|"
    # ("the Council now took it up, agreeing by resolution 110 (1955) that a review conference
    # should be held")
    r"(?:agreeing|deciding|agreed|decided)(?=\s+(?:in|by)\s+(?:its\s+)?resolution\s+\d{1,4}"
    r"(?:\s*\(\d{4}\))?\s+that\b)|"
    # "By fourteen votes with one abstention the Council condemned the raid": what the
    # Council did by a count of votes is a text adopted
    r"(?<![\w-])by\s+[\w-]+\s+votes?\b[^.;]{0,50}?\bthe\s+(?:security\s+)?council\s+(?:condemned|"
    r"deplored|demanded|censured|called\s+(?:on|for|upon)|urged|decided|endorsed|authori[sz]ed|"
    r"extended|renewed|imposed|reaffirmed)\b|"
    # ("By nine to none, with Russia and the Ukraine abstaining, the council agreed simply to
    # send the census proposals to the general assembly")
    r"(?<![\w-])by\s+[\w-]+\s+(?:votes?\s+)?to\s+(?:none|nil|nothing|one|two|three|[\d]+)\b[^.;]{0,60}?"
    r"\bthe\s+(?:security\s+)?council\s+(?:then\s+|also\s+)?(?:agreed|decided|voted)\b|"
    # "Resolution 611 was backed by every member except the United States": a number is given
    # to a text only when it is adopted
    r"resolution\s+\d{1,4}\s+was\s+(?:backed|supported|endorsed)\s+by\b|"
    # "The Council decided, by eight votes to two with one abstention, to invite ...": a
    # decision taken by a count of votes is a text adopted
    r"decided\s*,?\s+by\s+[^,.;]{1,50}?\bvotes?\b[^,.;]{0,40}?,?\s+to\s+"
    r"(?!block|reject|veto|oppose)[a-z]+|"
    # ("the UN Security Council voted for resolution 661": a number is given to a text only
    # when it is adopted)
    r"(?<=council\s)voted\s+(?:for|in\s+favou?r\s+of)\s+resolution\s+\d{1,4}\b|"
    # "voted unanimously on Friday evening for a resolution": only the Council votes as one
    r"voted\s+unanimously\s+(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)(?:\s+(?:morning|afternoon|evening|night))?\s+)?(?:for|in\s+favou?r\s+of)\s+"
    r"(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:resolution|draft|text|measure|proposal)|"
    # "voted unanimously on Saturday (Aug 5) in New York to ban ...": up to four modifiers
    # ... ("voted, again unanimously, to extend", "voted on Thursday New York time to")
    # ... ("voted, unanimously this time, to extend")
    r"voted(?:\s*,\s*(?:again\s+|also\s+|once\s+more\s+)?(?:unanimously|by\s+[^,.;]{1,40}?)"
    r"(?:\s+(?:this|that)\s+time)?\s*,)?"
    r"\s+(?:(?:unanimously|overwhelmingly|[\d-]+|by\s+[^,.;]{1,40}?|\([^()]{1,12}\)|"
    r"(?:new\s+york|local)\s+time|in\s+new\s+york|"
    r"(?:on\s+|late\s+on\s+)?(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?|(?:this|last|late\s+last)\s+"
    r"(?:morning|afternoon|evening|night)|tonight|today|yesterday"
    # ("voted unanimously -- all fifteen members -- to widen the mandate")
    r"|-{1,2}\s[^-.;]{1,40}?\s-{1,2})"
    # ("voted unanimously, in Resolution 945 (1994), to extend the mission")
    # ... ("voted unanimously, 15 to nil, to extend the mandate")
    r"(?:\s+|\s*,\s*in\s+resolution\s+\d{1,4}(?:\s*\(\d{4}\))?\s*,\s*"
    r"|\s*,\s*[\w-]+\s+(?:to|-)\s+(?:nil|none|nothing|zero|[\w-]+)\s*,\s*)){0,4}to\s+"
    # (not "Mayotte voted to remain French": a people's choice in a referendum)
    r"(?!block|reject|veto|oppose|remain|stay|secede|leave\b|join\b|become)[a-z]+)\b",
    ("adopt", "approv", "pass", "endors", "authori", "unanimously", "voted", "renewed", "gave",
     "decided", "by ", "resolution",
     "condemned", "demanded", "deplored", "called", "extended", "prolonged", "imposed", "allow",
     "enabl", "permit", "letting", "backed", "supported", "recommend", "raised", "carried",
     "resolution", "agreed", "taken", "rolled", "agreeing", "deciding"),
)
# "Our correspondent could not obtain a statement": something else than votes
_NOT_VOTES_AFTER = (r"(?!\s+(?:a\s+|an\s+|any\s+)?(?:statement|comment|reaction|interview|response|"
                    r"answer|confirmation|details|information|copy|visa)s?\b)")
_FAIL_STRONG = lex(
    r"\bfail(?:ed|s|ing)?\s+to\s+(?:be\s+)?(?:adopt(?:ed)?|pass(?:ed)?|win(?!\s+over\b)|"
    rf"obtain{_NOT_VOTES_AFTER}|secure|get|"
    r"gain|garner|muster|attract|receive|achieve|reach|carry|renew|extend|prolong)\b"
    r"|\bdid\s+not\s+(?:manage|succeed)\s+(?:\w+\s+){0,3}?(?:to\s+)?(?:renew|extend|prolong|"
    r"adopt|pass)\b"
    # "did not pass unanimously", "was not adopted under Chapter VII" deny the manner or
    # the legal basis, not the passage
    r"|\bnot\s+(?:be\s+)?adopted\b(?!\s+(?:unanimously|by\s+consensus|under\b))"
    r"|\b(?:could|did|does|would)\s+not\s+(?:be\s+)?"
    rf"(?:pass|passed|adopted|adopt|obtain{_NOT_VOTES_AFTER}|carry(?!\s+out\b))\b"
    r"(?!\s+(?:unanimously|by\s+consensus|"
    r"under\b))"
    # (not "did not adopt the recommendations as such": a report's, no text of its own)
    r"(?!\s+(?:the|its|his|her|their|these|those)\s+(?:[\w-]+\s+)?(?:recommendations|report|"
    r"suggestions|findings|approach|idea|view|position|language|wording)\b)"
    # (in the present only of votes: "where, in our view, the text falls short" judges it)
    r"|\b(?:fell|falls?(?=\s+(?:far\s+|well\s+|just\s+)?short\s+of\b))\s+(?:far\s+|well\s+|"
    r"just\s+)?short\b|\bvoted\s+down\b|\bturn(?:ed|s)\s+down\b|\bthr(?:ew|ows)\s+out\b"
    # "A resolution ... was put to the vote and collapsed"
    r"|\bput\s+to\s+(?:the\s+|a\s+)?vote\s+and\s+(?:collapsed|fell|failed|lost)\b"
    # "It was lost.", "the motion was lost by seven votes": a text's fate in the words of
    # a meeting's minutes (not "lives were lost", "it lost momentum")
    r"|(?:(?<=\bit\swas\s)|(?<=draft\swas\s)|(?<=text\swas\s)|(?<=motion\swas\s)"
    r"|(?<=proposal\swas\s)|(?<=resolution\swas\s)|(?<=amendment\swas\s)|(?<=one\swas\s))"
    r"lost\b(?=\s*[.;,]|\s+by\b)"
    # ("the Soviet vote ... prevented the recommendation from being adopted")
    r"|\bprevent(?:ed|s)?\s+(?:it|them|the\s+(?:[\w-]+\s+){0,2}?(?:recommendation|text|draft|"
    r"resolution|proposal|application))\s+from\s+being\s+(?:adopted|passed|approved|carried)\b"
    # ("was approved by nine votes but fell to a negative vote of the Soviet Union"; not "last
    # month's failure of a British draft. That text fell to the Soviet negative vote")
    r"|(?<=but\s)fell\s+to\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:vetoe?s?|negative\s+votes?|"
    r"\"?no\"?\s+votes?)\b"
    r"|\bnot\s+carried\b|\black(?:ed|ing)?\s+(?:of\s+)?(?:the\s+)?(?:required|necessary|"
    r"sufficient|enough)\b|\bwithout\s+(?:the\s+)?(?:required|necessary|sufficient)\s+"
    r"(?:number\s+of\s+)?votes\b",
    ("fail", "not", "could", "did", "does", "would", "fell", "fall", "voted", "turn", "threw",
     "throws", "lack", "without", "put", "prevent", "lost"),
)
_FAIL_WEAK = lex(
    # ("collapsed" is left out: talks, truces and drafts in negotiation collapse; votes fail)
    r"\b(?:failed|fails|rejected|rejects|defeated|defeats|sunk)\b(?!\s+to\b)"
    # "matters that fell within its jurisdiction", "fell under Chapter VI": where, not failure
    r"|\b(?:fell|falls)\b(?!\s+(?:to|within|under|into|outside|inside|among|between|behind|"
    # ("the Council's choice falls on Boutros-Ghali", "the vote fell on a Friday")
    r"below|beneath|silent|ill|victim|foul|asleep|on|upon|short\b(?!\s+of\b))\b)"
    # "the first British attempt came to grief on 25 March"
    r"|\bc[ao]mes?\s+to\s+grief\b"
    # ("And it went down. Thirteen in favour, two against.")
    r"|\bwent\s+down\b(?!\s+(?:to|in|on|the|a|as|well|badly)\b)",
    ("fell", "falls", "fail", "reject", "defeat", "sunk", "came", "come", "went"),
)
# "fell short of what was needed": of a hope, not of the votes a text needed
_SHORT_OF_OTHER = re.compile(
    r"\s+(?:far\s+|well\s+|just\s+)?short\s+of\s+(?!(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?"
    rf"(?:votes?|majority|threshold|support|backing)\b|(?:the\s+)?(?:required\s+|necessary\s+|"
    rf"minimum\s+(?:of\s+)?)?{NUM}\b)")
# A weak failure word counts only with the draft or the Council as its subject nearby.
_FAIL_SUBJECT = re.compile(
    # ("A milder text, S/9676/Rev.1, got five votes and fell": a symbol's full stop)
    # ("S/14462 did better and still failed": the text by its symbol)
    # ... ("the Soviet Union voted against and so the application fell")
    # ("All three were defeated by the same three vetoes": the texts just counted)
    rf"\b(council|{DRAFT_NOUN}|it|unsc|body|chamber|attempts?|application|s/\d{{2,5}}(?:/\d{{1,4}})?"
    r"(?:/rev\.\d)?|all\s+(?:two|three|four|five)|both)\b(?:[^.;]|\.(?=\d)){0,60}$")
# "A Soviet motion calling for the immediate withdrawal of the troops also failed": the
# clause opens on the text, however long the phrase that says what it asked
_FAIL_LEAD_SUBJECT = re.compile(
    # ("On 20 May a text on keeping weapons out of outer space, co-sponsored by China, failed")
    # ("The same day, a draft that would have imposed an arms embargo ... failed")
    rf"\W{{0,3}}(?:(?:on\s+(?:\d{{1,2}}\s+[a-z]+|[a-z]+\s+\d{{1,2}})|(?:on\s+)?the\s+same\s+day|"
    r"that\s+day|later(?:\s+that\s+day)?|earlier|meanwhile|then|(?:on\s+)?(?:mon|tues|wednes|"
    r"thurs|fri|satur|sun)day)\s*,?\s+)?"
    rf"(?:a|an|another|the|its|their)\s+(?:[\w-]+\s+){{0,3}}?{DRAFT_NOUN}\s+"
    r"(?:calling|demanding|asking|urging|seeking|that|which|to|on|for)\b[^.;:]{0,160}$")
_NUMBERED_TEXT_AFTER = re.compile(r"\s+(?:(?:un|u\.n\.|security\s+council)\s+)?resolutions?\s+"
                                  r"\d{1,4}\b")
# what a government may reject that is no text of the Council's: a position, a deal, a charge
_NOT_A_TEXT = (r"(?:constitution|insistence|position|stance|contention|assertion|"
               r"referendum|offer|deal|agreement|accord|ultimatum|demands?|claims?|"
               r"charges?|accusations?|allegations?|report|findings|idea|notion|"
               r"view|argument|suggestion|invitation|complaints?|criticism|"
               r"condemnation|protests?|interference|pressure|terms|"
               r"conditions|annexation|occupation|aggression|invasion|policy|"
               r"policies|"
               # ("rejected the whole proceeding as interference")
               r"proceedings?|"
               r"link(?:age)?)\b")
_OTHER_OBJECT = re.compile(r"\s+(?:(?:the|a|an|its|their|every|all|any)\s+)?"
                           # ("rejected every part of the charge")
                           r"(?:(?:part|element|word|one)s?\s+of\s+(?:the|its|their)\s+)?"
                           # ("rejected South Africa's insistence on linking ...")
                           r"(?:[\w'\u2019-]+\s+){0,2}?" + _NOT_A_TEXT)
# ("a linkage which the Security Council has rejected": a stand the Council took, told of
# another noun)
_OTHER_ANTECEDENT = re.compile(r"\b" + _NOT_A_TEXT + r"\s*,?\s+(?:which|that)\s+[^.;,]{0,50}$")
_AN_ATTEMPT = re.compile(r"\s+(?:(?:any|every|all|the|a|an)\s+)?(?:[\w-]+\s+)?"
                         r"(?:attempts?|efforts?)\b")
_EFFORT_SUBJECT = re.compile(r"\b(?:attempts?|efforts?|bids?|talks|negotiations|moves?|push|"
                             r"campaign|diplomacy|mediation)\b(?:\s+(?:in|at|by|of)\s+the\s+"
                             r"(?:security\s+)?council)?\s+to\s+[^.;,]{1,50}$")
_THAT_SUBJECT = re.compile(r"\b(?:that|which|who)\s+(?:his|her|its|their|the|a|an|this|"
                           r"[a-z]+'s)\s+")
# ... ("Burundi's government said after the vote that it rejected the deployment")
_SAID_IT = re.compile(r"\bsaid\s+(?:(?:on\s+)?[a-z]+\s+|(?:on|in|over|to|after)\s+(?:the\s+)?"
                      r"[a-z]+\s+)?(?:that\s+)?(?:it|they)\s+(?:had\s+)?$")
# ("Khartoum's envoy told the Council that Sudan rejects the resolution": a state's answer)
_THAT_STATE = re.compile(r"\bthat\s+(?!it\b|they\b|the\b|this\b|all\b|both\b|members\b|"
                         r"council\b|[a-z]+\s+members\b)[a-z]+(?:\s+[a-z]+)?\s+(?:now\s+|also\s+)?$")
_VOTERS = re.compile(r"\b(?:council|it|unsc|body|chamber|members?|they)\b")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|be|being|is|are)\s+(?:\w+ly\s+)?$")
_IS_AUTHORISED = re.compile(r"\b(?:is|are|remains|remain|be|being)\s+(?:also\s+)?$")
# "the advance team authorised a week ago", "the sanctions approved in 2019": a participle
# after what was decided, not a verb with the Council for its subject
_OBJECT_NOUN_BEFORE = re.compile(
    r"\b(?:the|a|an|its|this|that)\s+(?:[\w-]+\s+){0,2}?(?:team|mission|force|operation|"
    r"deployment|measures|sanctions|plan|package|budget|extension|mandate|embargo|"
    r"observers|troops)\s+$")
_FAILED_BEFORE_NOUN = re.compile(r"\s+(?:votes|ballots|attempts|efforts|bids|drafts|texts|"
                                 r"resolutions|proposals|initiatives|talks|negotiations|rounds)\b")
# "vetoed drafts", "the adopted resolution": past participles used as adjectives, not events.
_ADJECTIVAL = re.compile(
    r"\s+(?:draft\s+resolutions|drafts|texts|resolutions|measures|proposals|amendments)\b")
# (not "the Council had already passed Resolution 687": a verb with its adverb)
_ADJECTIVAL_BEFORE = re.compile(
    # ("the only crossing still authorised by the Council": what stands, not a vote)
    r"\b(?:the|a|an|other|its|their|(?<!had\s)(?:previously|already)|(?<!is\s)(?<!was\s)still|"
    r"earlier)\s+$")
# "the vetoed draft", "Friday's vetoed text", "a US-vetoed resolution": a determiner (or a
# possessive, or a hyphen) before the participle makes it an adjective
_VETOED_SINGULAR = re.compile(r"\s+(?:draft|text|resolution)\b")
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|this|that|our|your|of)\s+(?:[a-z]+ly\s+)?"
    r"|['\u2019]s\s+(?:[a-z]+ly\s+)?|-)$")


def vetoed_as_adjective(text: str, s: int, e: int, lo: int) -> bool:
    """Is the "vetoed" at ``s..e`` an adjective before its text ("the vetoed draft")?"""
    return _VETOED_SINGULAR.match(text, e) is not None and _DETERMINER_BEFORE.search(
        text, max(lo, s - 25), s) is not None


_PLURAL_OBJECT = re.compile(
    rf"\s+(?:\w+\s+){{0,2}}(?:{NUM}|several|many|numerous|dozens|scores|a\s+number\s+of|"
    r"multiple|all)\s+(?:[\w-]+\s+){0,2}(?:resolutions|drafts|texts|measures)\b",
)
# "its vetoes of other texts", "act as vetoes", "fewer vetoes": the noun, not the verb
# ("a debate about vetoes": no verb follows a preposition; but "negative votes which amounted
# to vetoes" were vetoes all the same)
VETO_NOUN = re.compile(r"\b(?:its|their|his|her|the|of|two|three|many|as|more|fewer|few|any|"
                       r"no|those|these|such|\d+|further|other|several|recent|past|earlier|"
                       r"about|over|with|without|against|on|by|for|from|in)\s+$", re.I)
# (wide enough for the longest word above and its space)
VETO_NOUN_SPAN = 10
# the Charter's rule, not a vote: "Under Article 27(3) of the Charter a negative vote by a
# permanent member ... defeats a draft"
_UNDER_THE_CHARTER = re.compile(r"\b(?:under|by|according\s+to|in)\s+(?:article\s+27|the\s+charter)"
                                r"\b[^.;]*$")
# "three US vetoes", "five Russian vetoes since 2011": a count of vetoes is a record, not news
_COUNTED_VETOES = re.compile(
    rf"\b(?:{NUM}|several|many|numerous|dozens\s+of|multiple|repeated"
    # ("a reference to the string of Russian vetoes earlier in the year")
    r"|(?:string|series|run|spate|number|list|succession|record)\s+of)"
    r"\s+(?:[\w.-]+\s+){0,2}$")
# "enough to carry it, had the three Western permanent members not each cast a veto": the
# inverted conditional says they did
_HAD_NOT = re.compile(r"\bhad\s+(?:[\w.'-]+\s+){1,6}?not\s+(?:each\s+|all\s+|both\s+|also\s+)?$")
# "The session came only days after Britain and France cast their own vetoes": the cue is
# the earlier event the story's own vote is measured against
# "The vote came after Russia vetoed ...", "eight days after a US veto stopped ...", "less than
# four weeks after Moscow vetoed ...": the vote named after "after" came before the news
_CAME_AFTER = re.compile(
    r"\b(?:(?:came|comes|come|coming)\s+(?:[\w-]+\s+){0,3}?after\s+(?:[^.;:]{0,70})|(?:\d+|a|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)\s+(?:days|weeks|"
    r"months|years|day|week|month|year)\s+after\s+[^.;:,]{0,70})$")
# "did not take part in the vote after its amendments were rejected": the earlier vote the
# clause gives as a reason for this one
_AFTER_ITS = re.compile(r"\bafter\s+(?:its|their|his|her)\s+(?:own\s+)?(?:[\w-]+\s+)?"
                        r"(?:amendments?|proposals?|drafts?|texts?)\s+(?:was|were|had\s+been)\s+$")
_SOON_AFTER = re.compile(r"\b(?:(?:a|one)\s+day|hours?|minutes?|moments?|shortly)\s+after\b")
# ... "approved by unanimity of its fifteen members" (a translator's phrase)
_UNANIMOUS = lex(r"\bunanimous(?:ly)?\b|\bwithout\s+a\s+dissenting\s+(?:vote|voice)\b"
                 r"|\b(?:by|with)\s+unanimity\b",
    ("unanimous", "without", "by", "with"),
)

# ----------------------------------------------------------------------------- context

_NEGATION = re.compile(
    r"(?:\b(?:not|never|no|nor|nothing|without|(?:the\s+)?absence\s+of|rather\s+than|refused\s+to|declined\s+to|"
    r"chose\s+not\s+to|instead\s+of|avoid(?:ed|ing)?|did\s+not\s+need\s+to|no\s+longer|"
    r"unable\s+to|failed\s+to|refrain(?:s|ed|ing)?\s+from|stopp(?:ed|ing)\s+short\s+of|"
    r"(?:held|holding|holds)\s+back\s+from|(?:decided|opted|chose|choosing|deciding)\s+against|"
    r"(?:shied|shying)\s+away\s+from|desist(?:s|ed|ing)?\s+from)\s+"
    # "does not count as a veto": the words that say what a vote was are no verb of their own
    r"(?:(?:count(?:s|ed)?\s+as|amount(?:s|ed)?\s+to|constitute[sd]?|qualif(?:y|ies|ied)\s+as)"
    r"\s+)?(?:(?!but\b|and\b|while\b|yet\b)[\w-]+\s+){0,2}?"
    r"|n't\s+(?:[\w-]+\s+){0,2}?"
    # ("neither of the Western permanent members voted against")
    r"|\bneither\s+(?:of\s+(?:which|them|whom)\s+|of\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:members|powers|delegations|countries|states|superpowers)\s+)?(?:[\w-]+\s+){0,2}?"
    # "None of the three used its veto"
    r"|\bnone\s+of\s+(?:[\w-]+\s+){1,4}?"
    # ("the negative votes of three permanent members prevented the draft from being adopted")
    r"|\b(?:prevent(?:ed|s)?|kept|keeps|stopped|stops|barred)\s+(?:the\s+|it\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,2}?from\s+being\s+)$",
)
_MODAL = re.compile(
    # ("may", not the month: "On 8 May the Council adopted", "in May", "May 8")
    r"(?:\b(?:will|would|could|might|(?<!\d\s)(?<!\bin\s)(?<!\bof\s)(?<!early\s)(?<!late\s)"
    r"(?<!mid-)may(?!\s+\d)|shall|should|must|can|cannot|expected\s+to|set\s+to|"
    r"poised\s+to|likely\s+to|going\s+to|plans?\s+to|planned\s+to|planning\s+to|"
    r"intends?\s+to|intended\s+to|threaten(?:s|ed|ing)?\s+to|vow(?:s|ed)?\s+to|promised\s+to|"
    r"wants?\s+to|wanted\s+to|hopes?\s+to|hoped\s+to|is\s+to|are\s+to|was\s+to|ready\s+to|"
    r"prepared\s+to|seeks?\s+to|seeking\s+to|needs?\s+to|enough\s+to|in\s+order\s+to|"
    r"aims?\s+to|trying\s+to|tried\s+to|attempt(?:s|ed)?\s+to|if|unless|whether|whenever|"
    r"each\s+time|every\s+time|any\s+time|"
    r"threat\s+of|fear\s+of|fears\s+of|risk\s+of|prospect\s+of|possibility\s+of|"
    # ("every positive proposal risks a Soviet veto")
    r"risks?|risking|invit(?:es|ing)|"
    r"spectre\s+of|specter\s+of|near-certain|certain|(?:un)?likely|possible|probable|expected|"
    r"threatened|looming|potential|feared|anticipated|promised)\s+"
    # ("a resolution that would otherwise have been adopted")
    r"(?:[a-z]+ly\s+|otherwise\s+)?(?:[\w.-]+\s+){0,2}?"
    # "A twelve-month renewal, probably adopted by consensus": a guess at what will happen
    r"|\b(?:probably|presumably|possibly|perhaps)\s+"
    r"|(?<!owing\s)(?<!due\s)(?<!according\s)(?<!thanks\s)(?<!close\s)\bto\s+"
    r"(?:be\s+)?(?:[a-z]+ly\s+)?)$",
)
# "asked whether the Soviet vote was a veto": a question, not the answer
_WHETHER_BEFORE = re.compile(r"\bwhether\s[^.;,:]{0,50}$")
# "... can block a resolution on its own by": a modal verb, then the means
_MODAL_BEFORE_MEANS = re.compile(r"\b(?:can|cannot|could|may|might|would|will|shall)\s+"
                                 r"[^.;:,]{0,80}\sby\s$")
# "the only country to vote against", "the first to abstain": a fact, not an intention
_ONLY_TO = re.compile(r"\b(?:only|sole|lone|first|last|one)\s+(?:[\w-]+\s+){0,2}to\s+$"
                      # "that was enough to kill it": it did
                      # ("was sufficient to defeat it")
                      r"|\b(?:was|were|proved)\s+(?:\w+\s+)?(?:enough|sufficient)\s+to\s+$")
# "which amounted to a veto": the verb's object, not an infinitive
_AMOUNTED_TO = re.compile(r"\bamount(?:ed|s|ing)?\s+to\s+$")
_DECIDED = re.compile(r"\b(?:chose|choosing|chooses|decided|deciding|decides|opted|opting|"
                      r"elected|voted|(?<!have\s)(?<!would\s)preferred|preferring)"
                      # ("Poland on this occasion preferred to abstain": it did; "would have
                      # preferred to" is a wish)
                      r"\s+(?:instead\s+)?to\s+$"
                      # "Australia broke with its allies to support the text": it did
                      r"|\bbroke\s+(?:ranks\s+)?(?:with\s+(?:[\w'-]+\s+){1,4}?)?to\s+$"
                      r"|\bwent\s+on\s+to\s+$"
                      # "teamed up at the UN Security Council to shoot down a resolution"
                      r"|\b(?:teamed|ganged|joined\s+forces|combined)\s+(?:up\s+)?"
                      r"(?:[\w'-]+\s+){0,5}?to\s+$")
_HAD = re.compile(r"\bhad\s+(?:also\s+|already\s+|previously\s+|earlier\s+|twice\s+|once\s+|"
                  r"not\s+|never\s+)?$")
# ... not when it dates another kind of event: "last week's invasion of Panama"
NOT_OTHER_EVENTS = (r"(?!['\u2019]s\s+(?!(?:[\w-]+\s+)?(?:vote|votes|veto|vetoes|text|draft|"
                    r"resolution|renewal|extension|decision|meeting|session|sitting)\b))")
# (every alternative opens at a word start: _history_before relies on it)
_HISTORY = re.compile(
    # (not "On Monday of last week, 19 October": a day given as precisely as any other)
    # (nor "deplored last week's invasion of Panama": another event's time)
    # (nor "extended the mission for a last time": its final renewal, this one)
    # (nor "On Thursday last week": a day as precise as "last Thursday")
    r"\b(?<!of\s)(?<!day\s)last\s+(?:week|month|year|(?<!for\sa\slast\s)(?<!for\sthe\slast\s)time|decade|"
    r"did\s+so"
    # ("India and South Africa -- who abstained on Syria last October -- backed the text")
    r"|january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b" + NOT_OTHER_EVENTS
    + r"|\bearlier\s+this\s+(?:month|year)\b"
    # "vetoed for the first time", "for the fifth time", "..., the sixth time it has used its
    # veto", "... -- the first time the delegation has been present": this vote, counted
    # (nor "voted in favour all three times": each of this story's texts)
    r"|\bprevious(?:ly)?\b|\bin\s+the\s+past\b|\b(?<!for\sthe\s)(?<!,\sthe\s)(?<!-\sthe\s)(?<!\u2014\sthe\s)(?<!\ball\s)(?:\d+|two|three|four|five|six|seven|eight|"
    r"nine|ten|many|several|other|(?!both\b)\w+th|\w+ty|dozen|dozens\s+of|hundreds?|first|second|third|"
    r"fourth|fifth)\s+times?\b"
    # (not "cast a triple veto four times over": this sitting's)
    r"(?!\s+over\b)|"
    # "China abstained on that occasion": the occasion the story just recalled
    r"\b(?:on|at)\s+that\s+(?:occasion|time)\b|\bat\s+the\s+time\b(?!\s+of\b)|"
    r"(?<!\bboth\s)(?<!\bthe\stwo\s)(?<!\bthe\sthree\s)\boccasions\b|\bdecades?\b|\b(?:years|a\s+year|months|a\s+month)\s+ago\b|\b(?:two|three|four|"
    # ("for the first time ever", "its first-ever veto": this vote, counted)
    r"several|\d+)\s+weeks\s+ago\b|(?<!time\s)(?<!first\s)(?<!first-)\bever\b|"
    # (not "since the text lacked the nine votes it needed": a reason, not a time)
    # (a one-letter abbreviation's full stops are no end: "since the U.S. is a permanent member")
    r"\bsince\s+(?:then|(?:the|its|it)\b(?!(?:[^,.;]|(?<=\b\w)\.){0,40}?\b(?:is|are|lacked|lacks|needed|"
    r"did\s+not|does\s+not|had\s+no|has\s+no)\b)|\d{4}\b)|\bformerly\b|"
    # ("Once again the result was fourteen votes to none": the vote just told, repeated)
    # ("the United States has once again used its veto": this vote, the latest of a line)
    # ("fourteen in favour, and once again a US abstention": this vote, like the one before)
    # ... ("The Soviet chair was empty once again": this sitting's absence, like the last)
    r"(?<![.;:!?]\s)(?<!\bhas\s)(?<!\bhave\s)(?<!\band\s)(?<!\bempty\s)(?<!\bvacant\s)"
    # (nor "Russia and Poland once again voting against": the side this vote had too)
    # ... ("Poland abstained once again": this vote's side, the same as on the last)
    r"(?<!\babstained\s)(?<!\babstaining\s)(?<!\bvoted\s)(?<!\bvoting\s)(?<!\bagainst\s)"
    r"(?<!\bfavour\s)(?<!\bfavor\s)\bonce\s+again\b"
    r"(?!\s+(?:voting|voted|votes|abstaining|abstained|casting|cast|vetoing|"
    r"vetoed|opposing|opposed|supporting|supported)\b)|"
    # (not "send the proposals and the record of its debates to the Assembly": the minutes)
    r"\bsparingly\b|\bhistorically\b|\bin\s+the\s+\d{4}s\b|\brecord\s+of\b(?!\s+(?:the|its|"
    r"their)\s+(?:debates?|meetings?|proceedings|discussions?|deliberations)\b)|\bback\s+then\b"
    # "which in recent years have often abstained or blocked stronger texts": a habit
    r"|\bin\s+recent\s+(?:years|decades)\b|\b(?:have|has)\s+(?:often|frequently|repeatedly|"
    r"regularly|routinely)\s+(?:[a-z]+ed\s+or\s+)?[a-z]+ed\b"
    # "when it vetoed a similar text": another, earlier text than the story's
    r"|\b(?:a|an)\s+similar\s+(?:[\w-]+\s+)?(?:draft|text|resolution|measure|proposal)\b"
    # ("The UAE abstained on the February draft": a text of another month)
    r"|\b(?:on|for|against)\s+(?:the|its|their)\s+(?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december)\s+(?:draft|text|resolution|vote)\b",
)
# (a headline in capitals names them too: "THE ASSEMBLY ADOPTS THE DECLARATION")
_GA = re.compile(r"\bGeneral\s+Assembly\b|\bAssembly\b|\bASSEMBLY\b|\b193-(?:member|nation)\b|"
                 r"\bUNGA\b|\bA/(?:RES/)?(?:ES-)?\d+")
_SC = re.compile(r"\bSecurity\s+Council\b|\b(?:UN|U\.N\.)SC\b|\bcouncil\b|\bCouncil\b|"
                 r"\bCOUNCIL\b")


# Bodies that vote too, but are not the Council: "Congress passed", "the EU adopted".
_FOREIGN_BODY = re.compile(
    r"\b(?:parliament|congress|senate|house\s+of\s+(?:commons|representatives|lords)|"
    r"bundestag|duma|knesset|cabinet|lawmakers|legislature|legislators|mps|league|"
    r"european\s+union|eu|nato|african\s+union|court|judges|tribunal|ministers|board|party|"
    r"voters|electorate|shareholders|committee|commission|"
    # ("The national office of the Syndicate met this morning and adopted the following
    # statement": the outlet's own organisation)
    r"syndicate|association|federation|congregation|executive)\b[^.;]{0,40}$"
)


_BY_FOREIGN_BODY = re.compile(
    r"\s+by\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:parliament|congress|senate|bundestag|duma|knesset|"
    r"cabinet|lawmakers|legislature|european\s+(?:community|union|council)|eu|nato|african\s+"
    r"union|arab\s+league|league\s+of\s+arab\s+states|ministers|shareholders)\b")
_CLAIMED_VETO = re.compile(r"\b(?:insisted|claimed|argued|contended|maintained|asserted)\s+that\s+"
                           r"(?:his|her|its|their|the)\s+(?:[\w-]+\s+){0,2}?vote\s+(?:was|had\s+been|"
                           r"amounted\s+to|constituted|counted\s+as)\s+(?:a\s+)?$", re.I)
_NEVER_VOTED = re.compile(r"\b(?:was|were|is|are)\s+(?:not|never)\s+(?:pressed|put|brought|"
                          r"taken)\s+to\s+(?:a\s+|the\s+)?vote\b")
_ASIDE_OPENS_BEFORE = re.compile(r",\s*(?:which|who|that)\b[^,;.]{0,60}$")
_WHICH_ASSEMBLY = re.compile(r"\b(?:which|that)\s+the\s+(?:general\s+)?assembly\s+(?:had\s+)?$")


# ("Burundi's government, which had said it would accept only a smaller contingent, has
# rejected the resolution": a government answering the text, not a vote on it)
_GOVERNMENT_SUBJECT = re.compile(r"\b(?:government|authorities)(?:\s*,[^,.;]{1,120},)?\s+"
                                 r"(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?$")


def is_foreign(text: str, start: int, window_start: int) -> bool:
    """Is the subject of the outcome word another body than the Council?"""
    if _GOVERNMENT_SUBJECT.search(text, max(window_start, start - 160), start):
        return True
    lo = max(window_start, start - 60)
    m = _FOREIGN_BODY.search(text, lo, start)
    if m is None or "council" in text[lo:start]:
        return False
    # (not "resolution 1645, which creates the commission, was adopted": a body the aside
    # before the verb names, the verb's subject the text)
    return not (text.find(",", m.start(), start) >= 0 and _ASIDE_OPENS_BEFORE.search(
        text, window_start, m.start()) is not None)


# "No member voted against": a count of none, told by the subject, not a denied vote
_NONE_SUBJECT = re.compile(
    r"\b(?:no|none\s+of\s+the)\s+(?:other\s+)?(?:council\s+)?(?:members?|countries|country|"
    r"delegations?|states?|one)\s+$")


# "Neither Moscow nor Beijing chose to block the text": the subject itself says no
_NEITHER_NOR = re.compile(r"\bneither\s+[^.;:,]{1,40}?\s+nor\s+[^.;:,]{1,40}?"
                          # ("Neither Moscow nor Beijing, both of which hold a veto, chose to")
                          r"(?:,\s*[^.;:,]{1,50},)?\s+(?:[\w-]+\s+){0,3}$")


def _per_text(fn: Callable[..., bool]) -> Callable[..., bool]:
    """``fn`` remembering its answers for the text it was last asked about (one document:
    the outcome and the vote words of a clause ask the same questions about the same words).
    The text is told by identity, and held, so a new document starts afresh."""
    last: list[tuple[str, dict[tuple, bool]]] = [("", {})]

    @wraps(fn)
    def remembered(text: str, *args: int, **kw: bool) -> bool:
        seen_text, seen = last[0]
        if seen_text is not text:
            seen = {}
            last[0] = (text, seen)  # (one tuple: another thread sees the pair or the old one)
        key = args + tuple(kw.values()) if kw else args
        answer = seen.get(key)
        if answer is None:
            answer = seen[key] = fn(text, *args, **kw)
        return answer

    return remembered


# ('nobody "vetoed" anything': the word in quotation marks too)
# ... "No one needed to use the veto": the verb of using it, as well as "veto" itself
_NOBODY_DID = ("veto", "block", "use", "cast", "wield", "exercise")
_NOBODY = re.compile(r"\b(?:nobody|no\s+one|no-one)\s+(?:[a-z]+\s+)?(?:to\s+)?[\"'\u201c\u2018]?$")


_NEITHER_SUBJECT = re.compile(r"\bneither\s+(?:of\s+(?:the|them)\s+)?(?:[\w'-]+\s+){0,5}$")


_NO_AS_NOUN = re.compile(r"no[\"'\u201d\u2019]?\s+(?:was|is|counted|counts|amounted|amounts|"
                         r"constituted|became)\b")


# (a quotation's words are blanked in the text read: "blocking it "<blank>"" is the subject
# of something somebody said, not a report of a block)
_GERUND_DENIED = re.compile(r"(?:vetoing|blocking)\s+(?:it|them|the\s+(?:[\w-]+\s+)?"
                            r"(?:text|draft|resolution))\s+(?:[\"'\u201c]?(?:was|is|would\s+be|"
                            r"had\s+been)\s+(?:never|not|no\s+longer)\b|[\"\u201c]\s{3})")


@_per_text
def is_negated(text: str, start: int, window_start: int) -> bool:
    if "neither" in text[max(window_start, start - 120):start] and (_NEITHER_NOR.search(
            text, max(window_start, start - 120), start) or _NEITHER_SUBJECT.search(
            text, max(window_start, start - 60), start)):
        return True  # (so "Neither abstaining permanent member used its veto")
    if text.startswith(_NOBODY_DID, start) and _NOBODY.search(
            text, max(window_start, start - 20), start):
        return True  # "So nobody vetoed it" (but "nobody voted against" is a count of none)
    if text.startswith(("vetoing", "blocking"), start) and _GERUND_DENIED.match(
            text, start):
        return True  # "blocking it "was never on the table"": what nobody did
    lo = max(window_start, start - 45)
    # (a colon opens a statement of its own: "neither was ever going to be close: Russia,
    # China and India all voted for both")
    lo = max(lo, text.rfind(":", lo, start) + 1, text.rfind(";", lo, start) + 1)
    neg = _NEGATION.search(text, lo, start)
    if neg is None or _NO_AS_NOUN.match(text, neg.start()):
        # ("Once again the Soviet no was a veto": the vote, a noun, not a negation)
        return False
    if _NONE_SUBJECT.search(text, lo, start):
        return False
    return "had" not in text[lo:start] or _HAD_NOT.search(text, lo, start) is None


# "Vetoes as a feature, not a bug.": a sentence opening on the word has no subject for a verb
# (not "blocked by U.S. vetoes": an initialism's stop)
_SENTENCE_OPEN = re.compile(r"(?:^|(?<![a-z]\.[a-z])[.!?:]\s+|\n\s*)(?:\d+[.)]\s+)?[\"'(]?$")


def counted_vetoes(text: str, start: int, window_start: int) -> bool:
    """Is the word "vetoes" at ``start`` counted ("three US vetoes") or a sentence's opening
    noun ("Vetoes are rarer now")?"""
    if _SENTENCE_OPEN.search(text[max(0, start - 8):start]):
        return True
    return _COUNTED_VETOES.search(text, max(window_start, start - 30), start) is not None


# "would have condemned the raids and imposed sanctions": the second verb is as unreal as
# the first
# ("It would have condemned Britain for refusing to use force, and extended sanctions")
# (the comma only just before "and": not "which could have killed it with a veto, sat on its
# hands and abstained")
# ("would have declared South Africa's continued occupation of Namibia a threat to
# international peace and security and imposed an arms embargo")
_MODAL_AND = re.compile(r"\b(?:would|could|might|should)\s+(?:have\s+)?(?:[a-z'-]+\s+){0,17}?"
                        r"[a-z'-]+,?\s+(?:and|or)\s+$")


# ("If a text gets only six votes, it fails": the "then" clause of a condition)
# ("(a) Suppose the Russian delegate had raised his hand against the draft.")
_IF_CLAUSE = re.compile(r"\W*(?:\(?[a-z0-9]\)\s*)?(?:if|unless|whenever|suppose|supposing|imagine|"
                        r"what\s+if)\s[^,;:]*(?:,\s*(?:then\s+)?(?:it|they|the\s+"
                        r"(?:[\w-]+\s+){0,2}?(?:text|draft|resolution|proposal))\s+)?$")


_IF_JUST_BEFORE = re.compile(r"\b(?:if|unless)\s+(?:[\w'-]+\s+){1,5}$")
# an imperative, then "and" and what would follow: a condition put as an order
_IMPERATIVE_IF = re.compile(r"\W*(?:turn|make|change|switch|flip|move|swap|take\s+away|add|"
                            r"subtract|remove)\s[^.;:]*?\band\s+(?:then\s+)?(?:the\s+"
                            r"(?:[\w-]+\s+)?(?:text|draft|resolution|result)|it)\s+$")


# what a rule lets the Council do, not what it did
_LETS_THE_COUNCIL = re.compile(r"\b(?:lets|allows|permits|enables|empowers|entitles)\s+the\s+"
                               r"(?:un\s+|u\.n\.\s+)?(?:security\s+)?council\b[^.;]*$")


# a gerund the subject of a conditional: what the vote would have done, not a vote
_GERUND_WOULD = re.compile(r"(?:blocking|vetoing|rejecting|defeating|adopting|passing|"
                           r"opposing)\s[^.;:]{1,60}?\b(?:would|could|might)\b")


@_per_text
def is_modal(text: str, start: int, window_start: int) -> bool:
    if text.startswith("had ", window_start) and _HAD_INVERTED.fullmatch(
            text, window_start, start):
        return True  # "Had Russia voted no, we would now be ...": what did not happen
    if _IF_CLAUSE.match(text, window_start, start):
        return True  # "If a short extension is adopted, we will explain the result"
    if " if " in text[max(window_start, start - 60):start] and _IF_JUST_BEFORE.search(
            text, max(window_start, start - 60), start):
        return True  # "the UN role needed to carry out the plan if the two communities approved it"
    if _IMPERATIVE_IF.match(text, window_start, start):
        return True  # "Turn two of those yeses into abstentions and the text fails"
    if not text[window_start:start].strip() and _GERUND_WOULD.match(text, start):
        return True  # "Blocking the resolution, he said, would have sent the wrong signal"
    if "council" in text[max(window_start, start - 160):start] and _LETS_THE_COUNCIL.search(
            text, max(window_start, start - 160), start):
        return True  # "Article 16 lets the Security Council ... by adopting a resolution"
    if text.endswith(" by ", max(window_start, start - 4), start) and _MODAL_BEFORE_MEANS.search(
            text, max(window_start, start - 100), start) is not None:
        # "each of those five can block a resolution on its own by voting against it": the
        # means of what could be done
        return True
    if " whether " in text[max(window_start, start - 60):start] and _WHETHER_BEFORE.search(
            text, max(window_start, start - 60), start):
        return True  # "Some members have asked whether the Soviet vote was a veto. It was not."
    lo = max(window_start, start - 40)
    if _DECIDED.search(text, lo, start) or _ONLY_TO.search(text, lo, start):
        return False
    if "amount" in text[lo:start] and _AMOUNTED_TO.search(text, lo, start):
        return False
    if _MODAL.search(text, lo, start) is not None:
        return True
    # ("would have condemned the raids and imposed sanctions", "would veto or abstain")
    return text.endswith(("and ", "or "), max(window_start, start - 4), start) and (
        _MODAL_AND.search(text, max(window_start, start - 170), start) is not None)


# ("Russia, which often sides with Belgrade in the Council, voted in favour")
_PRESENT = ("abstains", "votes ", "vetoes", "blocks", "backs", "opposes", "supports",
            "abstain ", "vote ", "oppose ", "support ", "sides ", "side ")
_HABIT_WORDS = ("sometimes", "often", "usually", "typically", "traditionally", "normally",
                "routinely", "frequently", "always", "rarely", "seldom", "generally")
_HABIT = re.compile(r"\b(?:" + "|".join(_HABIT_WORDS) + r")\b[^,;.]*$")
# ... "the three Western powers that have repeatedly used their vetoes"
# ("Britain and France, which have both used their vetoes on southern African questions")
_RELATIVE_PERFECT = re.compile(r"(?:,\s*(?:which|who)|\bthat)\s+(?:has|have|had)\s+(?:also\s+|"
                               r"already\s+|repeatedly\s+|previously\s+|often\s+|long\s+|"
                               r"regularly\s+|frequently\s+|both\s+|all\s+)?"
                               r"(?:(?:used|cast|wielded|exercised)\s+(?:its|their|his|her)\s+"
                               # ("China, which has joined Russia in vetoing three texts")
                               r"|joined\s+(?:[a-z-]+\s+){1,3}?in\s+"
                               # ("Yemen, which had opposed or abstained on several ...")
                               r"|[a-z]+ed\s+(?:or|and)\s+)?$")
HISTORY_HINTS = ("last", "earlier", "previous", "past", "time", "occasion", "decade", "ago",
                  "ever", "since", "former", "once", "sparingly", "record", "0s", "similar",
                  "historically", "back then", "recent years", "recent decades", "often",
                  "frequently", "repeatedly", "regularly", "routinely") + tuple(
    f"{month} {noun}" for month in ("january", "february", "march", "april", "may", "june",
                                    "july", "august", "september", "october", "november",
                                    "december")
    for noun in ("draft", "text", "resolution", "vote"))
# "have voted with the majority on almost everything": a record, not one vote (but "voted in
# favour, as it has on every resolution since August" tells this vote and then the record)
_WHEN_PRESENT = re.compile(r"\s+when\s+[^,.;]{0,60}?\b(?:cannot|can't|do\s+not|don't|does\s+not|"
                           r"doesn't|need|needs)\b")
_EVERY_FEW = re.compile(r"\bevery\s+(?:few\s+|six\s+|three\s+|twelve\s+)?(?:months?|years?|"
                        r"weeks?)\b[^.;]*$")
_HABIT_AFTER = re.compile(r"[^.;]*\b(?:often|usually|routinely|normally|typically|generally)\b")
# ("Most resolutions are adopted unanimously": a habit of the Council's, no vote)
_QUANTIFIED_ARE = re.compile(r"\b(?:most|many|some|all|few|they|these|those)\s+(?:of\s+them\s+)?"
                             r"(?:(?:resolutions|texts|drafts|decisions|renewals)\s+)?"
                             r"(?:are|get)\s+(?:usually\s+|normally\s+|generally\s+|often\s+)?$")
_COLON_TELLS_PAST = re.compile(r"\b(?:which|who)\s+had\s+(?:not\s+|also\s+)?(?:supported|backed|"
                               r"opposed|voted\s+(?:for|against|on))\s+(?:the|an?)\s+[^:;.]{0,60}?"
                               r"\b(?:resolution|text|draft)\s*:\s[^:;]*$")
# "when the Council voted on an American resolution last Friday": another, earlier vote
WHEN_OTHER_VOTE = re.compile(r"\s+when\s+(?:the\s+)?(?:security\s+)?council\s+(?:had\s+)?"
                             r"(?:voted|acted)\s+on\s+(?:an?|another|an\s+earlier)\s+"
                             r"(?:[\w-]+\s+){0,3}?(?:resolution|draft|text|proposal)\b")
_ON_OTHER_TEXTS = re.compile(r"\s+(?:on|against)\s+(?:several\s+|many\s+|two\s+|three\s+)?"
                            r"(?:other|earlier|previous|similar|past)\s+(?:[\w-]+\s+)?"
                            r"(?:texts|drafts|resolutions|proposals)\b")
_ON_EVERYTHING = re.compile(
    r"\bon\s+(?:almost\s+|nearly\s+|virtually\s+)?(?:everything|every\s+(?:text|draft|"
    r"resolution|vote|question)|all\s+(?:texts|drafts|resolutions|votes|questions)|most\s+"
    r"(?:texts|drafts|resolutions|votes|questions))\b")


# "At the same sitting the Council rejected ...", "a second vote earlier in the day": a
# vote on the day of the one reported before it
SAME_DAY = re.compile(
    # ("At the same final meeting the Council adopted a resolution on ...")
    r"\b(?:(?:at|in|during)\s+the\s+same\s+(?:final\s+|closing\s+|last\s+|first\s+|opening\s+|"
    r"afternoon\s+|morning\s+|evening\s+|night\s+)?(?:meeting|sitting|session)|(?:on\s+)?(?:the\s+)?same\s+"
    r"(?:day|afternoon|morning|evening|night)|(?:earlier|later)\s+(?:in|during)\s+the\s+"
    r"(?:same\s+)?(?:day|meeting|sitting|session|afternoon|morning|evening)|(?:minutes|moments|"
    r"hours)\s+(?:later|earlier|before|after)|(?:shortly|immediately)\s+(?:before|after(?:wards)?))\b")


def is_pluperfect(text: str, start: int, lo: int) -> bool:
    """Is the cue at ``start`` a plain "had vetoed" ("On Sunday the delegate had cast his
    veto"), with no other marker of background?"""
    a = max(lo, start - 25)
    return "had" in text[a:start] and _HAD.search(text, a, start) is not None and (
        _HAD_NOT.search(text, max(lo, start - 60), start) is None)


# "had voted against such texts before": a pluperfect about a kind of vote, not this one
# (not "Before that, the Soviet proposal had won only two votes": an earlier turn of the
# meeting being told)
_GENERIC_PAST = re.compile(r"\b(?:such|similar|before(?!\s+that\s*,)|earlier|again|other|"
                           r"previous|past|often|repeatedly|always|never|ever)\b")


def only_pluperfect(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Is a plain "had voted" the only sign that the cue at ``start..end`` is background?
    In a clause with no date of its own, the pluperfect then tells this vote in retrospect
    ("Ten members had voted in favour")."""
    return is_pluperfect(text, start, lo) and not is_history(
        text, start, end, lo, hi, had=False) and _GENERIC_PAST.search(text, lo, hi) is None


_HAD_INVERTED = re.compile(r"had\s+(?!been\b|not\b|already\b)(?:the\s+)?[a-z][\w.'-]*"
                           r"(?:\s+[a-z][\w.'-]*){0,2}\s+")
_HAD_DONE_IN_WHICH = re.compile(r"\bhad\s+(?:[a-z]+ly\s+)?[a-z]+ed\b[^.;]{0,100}?\b(?:in|during|"
                                r"at)\s+which\b[^.;]*$")
_SINCE_WHEN = re.compile(r"\bsince\s+(?:the\s+|last\s+)?(?:spring|summer|autumn|fall|winter|"
                         r"january|february|march|april|may|june|july|august|september|october|"
                         r"november|december|\d{4})\s*,\s*when\b[^.;]*$")
_DATED_RESOLUTION = re.compile(
    r"\bresolution\s+\d{1,4}\s+of\s+(?:\d{1,2}\s+)?(?:january|february|march|april|may|june|"
    r"july|august|september|october|november|december)(?:\s+\d{1,2})?(?:,?\s+\d{4})?\s*,\s*$")
_PROGRESSIVE = re.compile(r"\b(?:is|are)\s+(?:now\s+|still\s+)?[a-z]+ing\b(?:(?!\b(?:was|were|"
                          r"has|have|had)\b)[^;.])*$")


# "-- who abstained last October --", "-- both of which had abstained in October, when ..."
DASH_ASIDE_OPENS = re.compile(r"(?:\s-{1,3}|\u2014|\u2013)\s*(?:(?:both|all|each|neither|none|one|"
                              r"two)\s+of\s+(?:which|whom)|which|who|whose)\b[^-\u2014\u2013.;:()]*$")
_DASH_ASIDE_CLOSES = re.compile(r"[^-\u2014\u2013;.]*?\s(?:-{1,3}|\u2014|\u2013)\s")


@_per_text
def is_history(text: str, start: int, end: int, lo: int, hi: int, *, had: bool = True) -> bool:
    """Background markers close to the cue at ``start..end`` (clause ``lo..hi``); ``had``:
    whether a plain pluperfect counts as one."""
    if text.startswith((" this time", " on this occasion"), end):
        return False  # "voted yes this time", after "... in the past": this vote
    if text.startswith(_PRESENT, start) or text.startswith(("vetoes", "abstention"), start):
        # "Sometimes London abstains alongside Washington", "the governments that Washington
        # usually counts on for at least an abstention": a habit, not this vote
        before = text[max(lo, start - 60):start]
        if any(w in before for w in _HABIT_WORDS) and _HABIT.search(before):
            return True
    if "-" in text[max(lo, start - 150):start] and DASH_ASIDE_OPENS.search(
            text, max(lo, start - 150), start) and _DASH_ASIDE_CLOSES.match(text, end, hi):
        # "India and South Africa -- both of which had abstained in October, when the first
        # Western draft was vetoed -- voted for the text this time": the aside's record
        return True
    if text.startswith(("vetoing", "blocking"), start) and _PROGRESSIVE.search(
            text, max(lo, start - 120), start):
        # "the administration is abstaining where it agrees and vetoing where it does not":
        # a present habit told as a reading of the week, not a vote
        return True
    if "which" in text[max(lo, start - 160):start] and _HAD_DONE_IN_WHICH.search(
            text, max(lo, start - 160), start):
        # "Delegates had barely finished a week of sessions in which London and Paris cast
        # vetoes of their own": what happened in a time the story has put behind it
        return True
    if "when" in text[max(0, start - 160):start] and _SINCE_WHEN.search(
            text, max(0, start - 160), start):
        # "since the spring, when Russia's actions were put to a vote and Moscow used its
        # veto, ...": the time the story's habit dates from
        return True
    if had and "had" in text[max(lo, start - 25):start] and _HAD.search(
            text, max(lo, start - 25), start):
        return _HAD_NOT.search(text, max(lo, start - 60), start) is None
    if "after" in text[max(lo, start - 90):start] and (after := _CAME_AFTER.search(
            text, max(lo, start - 110), start)) and not _SOON_AFTER.search(after.group()):
        # ("The decision came a day after the Council turned down a proposal": yesterday's
        # vote is news too)
        return True
    if "after" in text[max(lo, start - 60):start] and _AFTER_ITS.search(
            text, max(lo, start - 60), start):
        return True
    if text.startswith("adopted", start) and " of " in text[max(lo, start - 40):start] and (
            _DATED_RESOLUTION.search(text, max(lo, start - 60), start)):
        # "It reaffirms resolution 248 of March, adopted after the fighting at Karameh": the
        # participle tells of the older text the date names
        return True
    if any(w in text[max(lo, start - 50):start] for w in ("which", "who", "that")):
        # "The United States, which has vetoed similar texts, ...": a record, not this vote
        if _RELATIVE_PERFECT.search(text, max(lo, start - 50), start):
            return True
    if ("recall" in text[lo:start] or "remember" in text[lo:start]) and YOU_RECALL.search(
            text, lo, start):
        # "Readers will recall that the Council's 1951 decision ... was adopted": the past
        return True
    a, b = max(lo, start - 80), min(hi, end + 40)
    # (not past a colon: "neither was ever going to be close: Russia ... voted for both")
    a = max(a, text.rfind(": ", a, start) + 1)
    window = text[a:b]
    if ": " in text[lo:start] and _COLON_TELLS_PAST.search(text, lo, start):
        # "So did Cuba and Yemen, which had not supported the April ceasefire resolution: Cuba
        # voted against it and Yemen abstained": the colon spells out that older vote
        return True
    if text.startswith(" when ", end) and _WHEN_PRESENT.match(text, end, hi):
        # "a short extension, adopted when members cannot agree on a full renewal": a habit
        return True
    if text.startswith(("adopted", "renewed", "extended"), start) and (
            _EVERY_FEW.search(text, max(lo, start - 140), start) or text.endswith(
                (" is ", " are "), max(lo, start - 5), start) and _HABIT_AFTER.search(
                text, start, hi)):
        # "Every few months ... the Council has renewed the mandate", "Then the text is
        # adopted, often without a single dissenting hand": a routine, not one vote
        return True
    if text.startswith(("adopted", "approved", "passed"), start) and (
            _QUANTIFIED_ARE.search(text, max(lo, start - 40), start)):
        return True  # "In practice most are adopted without a vote against"
    if text.startswith(" when ", end) and WHEN_OTHER_VOTE.match(text, end, hi):
        # "which abstained when the Council voted on an American resolution last Friday"
        return True
    if _ON_OTHER_TEXTS.match(text, end, hi):
        # "which cast its veto on other texts earlier this year": not on the one in hand
        return True
    if " on " in text[end:b] and (g := _ON_EVERYTHING.search(text, end, b)) and (
            "," not in text[end:g.start()]):
        return True
    if not any(h in window for h in HISTORY_HINTS):
        return False
    if (am := _AS_BEFORE.match(text, lo, start)) is not None and am.end() <= start:
        return False  # "As on previous renewals, the Soviet Union abstained": this time too
    # (matched past the window, so a look-ahead sees "since the United States is a
    # permanent member" whole: a reason, not a time)
    return any(not _in_closed_aside(text, hm.start(), start, a, lo) and not (
        text.startswith(_THAT_OCCASION, hm.start()) and not _recalled_before(text, hm.start()))
        # (not "Yemen abstained, as it has done several times since last year": this vote,
        # then a comparison with the others)
        and not (hm.start() >= end and _AS_IT_HAS.search(text, end, hm.start()))
        # (nor "cast its first veto ... since the end of the Soviet Union": a record this
        # vote sets, counted from then)
        and not (text.startswith("since", hm.start()) and _FIRST_SINCE.search(
            text, max(lo, hm.start() - 60), hm.start()))
        for hm in _history_before(text, a, b, min(hi, b + 40)))


# ... ("For the seventh time since the war began, Russia used its veto": this vote, counted)
_FIRST_SINCE = re.compile(r"\bits\s+first\b[^.;:]{0,55}$"
                          r"|\bfor\s+the\s+(?:[a-z]+|\d+)(?:st|nd|rd|th)\s+time\s+$", re.I)


_AS_IT_HAS = re.compile(r",\s*(?:just\s+)?as\s+(?:it|they|he|she|[a-z]+)\s+"
                        r"(?:has|have|had|did|does|do)\b")


YOU_RECALL = re.compile(r"\b(?:readers|you|we|listeners|viewers)\s+(?:will|may|might|should|"
                         r"would)\s+(?:well\s+)?(?:recall|remember)\b")
_WORD_START = re.compile(r"\b\w")
_AS_BEFORE = re.compile(r"\W*(?:just\s+)?(?:as|like)\s+(?:on|in|at|with|for|during)\s+"
                        r"(?:the\s+|all\s+|every\s+)?(?:previous|past|earlier|former|other|each|"
                        r"every)\b[^,;:]{0,60},")


def _history_before(text: str, a: int, b: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of ``_HISTORY.finditer(text, a, end)`` that start before ``b``, tried only
    at word starts: every alternative of _HISTORY opens at one (a word boundary, then a
    letter or digit), and the search would try all of them at every position."""
    last = a
    for w in _WORD_START.finditer(text, a, b):
        p = w.start()
        if p < last:
            continue  # inside the match before
        m = _HISTORY.match(text, p, end)
        if m is not None:
            yield m
            last = m.end()


def _recalled_before(text: str, at: int) -> bool:
    """Did the story just recall an older vote, which "on that occasion" points back to ("very
    different from last March, when Russia vetoed a draft; China abstained on that
    occasion"), rather than the vote it is telling ("The Thursday before, 30 January, the
    Americans also vetoed ... Britain and France voted with the majority on that occasion")?"""
    lo = max(0, at - _RECALL_REACH)
    return any(not text.startswith(_THAT_OCCASION, w.start())
               and _HISTORY.match(text, w.start(), at) is not None
               for w in _WORD_START.finditer(text, lo, at))


_RECALL_REACH = 250
_THAT_OCCASION = ("on that occasion", "at that occasion")


# ", which two months ago opposed the war, all voted": the relative clause carries its own
# time; the verb after it does not inherit it
_ASIDE_OPEN = re.compile(r",\s*(?:which|who|whose)\b[^,.;:]*$")


# "Russia, often wary of Western texts on Libya since 2011, voted in favour": an aside set
# off by commas right after the subject, with only the verb after it
_APPOSITIVE_OPEN = re.compile(r"^[A-Za-z .'-]{2,40},\s*[^,.;:]*$")
_VERB_ONLY = re.compile(r",\s*(?:[a-z]+\s+){0,2}$")


def _in_closed_aside(text: str, pos: int, cue: int, lo: int, clause_lo: int) -> bool:
    """Is ``pos`` inside a relative clause (", which ...,") or an aside after the subject
    that closes before ``cue`` (with a comma, or a dash: "-- the former Upper Volta, which
    took its new name only last month -- voted for")?"""
    if pos >= cue or ("," not in text[pos:cue] and " -" not in text[pos:cue]):
        return False
    # (from the clause's start: the window the caller searched may begin inside the aside)
    head = text[max(clause_lo, pos - 120):pos]
    if ("which" in head or "who" in head) and _ASIDE_OPEN.search(head) is not None:
        return True
    dash = text.rfind(" -", max(clause_lo, pos - 160), pos)
    if dash >= 0 and " -" in text[pos:cue] and text.count(" -", clause_lo, dash) % 2 == 0:
        # "A, B and C - the four powers that have met since the spring - all voted for
        # it": the time is the aside's, closed by its second dash
        return True
    tail = text[pos:cue]
    # ("The draft, tabled by the United States and Britain after last month's run-off,
    # received nine votes": the subject's aside, read from the clause's start)
    return _VERB_ONLY.search(tail) is not None and tail.count(",") == 1 and (
        _APPOSITIVE_OPEN.match(text[lo:pos]) is not None
        or _APPOSITIVE_OPEN.match(text[clause_lo:pos]) is not None)


# Other councils and assemblies whose votes are news too, but not ours.
_OTHER = re.compile(
    r"\b(?:Human\s+Rights\s+Council|Economic\s+and\s+Social\s+Council|ECOSOC|Trusteeship\s+"
    r"Council|Peace\s+and\s+Security\s+Council|Council\s+of\s+Europe|European\s+Council|"
    r"(?:National|Supreme)\s+(?:\w+\s+)?Security\s+Council|Security\s+Council\s+of\s+(?!"
    + COUNCIL_OF_NOT_A_BODY + r")\w+|"
    r"World\s+Health\s+Assembly|National\s+Assembly|Parliamentary\s+Assembly|"
    r"Board\s+of\s+Governors|Governing\s+Council|Executive\s+Board|"
    # ("In Singapore, the City Council has approved plans for a housing estate")
    r"(?:City|Town|County|Municipal|Legislative|State|Provincial|Regional)\s+Council"
    # a classroom's simulation: "a mock Council of fifteen students voted 10 to 5"
    r"|(?:mock|simulated|model)\s+(?:UN\s+|U\.N\.\s+)?(?:Security\s+)?Council|"
    r"Model\s+(?:UN|U\.N\.|United\s+Nations))\b",
    re.I,
)


# A cheap gate for _OTHER: no alternative matches without one of these words or patterns
# (checked on the lower-cased clause, which for ASCII text is what re.IGNORECASE compares)
_OTHER_WORDS = ("human", "economic", "ecosoc", "trusteeship", "europe", "supreme", "health",
                "parliamentary", "governors", "governing", "executive", "mock", "simulated",
                "model", "city council", "town council", "county council", "municipal council",
                "legislative council", "state council", "provincial council", "regional council")
_OTHER_GATES = (re.compile(r"peace\s+and\s+security\s+council"),
                re.compile(r"national\s+(?:(?:\w+\s+)?security\s+council|assembly)"),
                re.compile(r"council\s+of\s"))


def _may_name_other(seg: str) -> bool:
    """False when _OTHER cannot match in ``seg`` (text beyond ASCII is always searched: there
    re.IGNORECASE folds some letters that ``str.lower`` leaves, like the long s)."""
    if not seg.isascii():
        return True
    low = seg.lower()
    return any(w in low for w in _OTHER_WORDS) or any(g.search(low) for g in _OTHER_GATES)


# The vote word and its object, up to a body's name: "killed the Council draft" (the name
# opens the object) or "vetoed a similar resolution in the Security Council" (it ends it).
_OBJECT_OPENS = re.compile(r"[a-z]+(?:\s+(?:down|through|off))?\s+(?:(?:the|a|an|its)\s+"
                           r"(?:[a-z-]+\s+){0,2}?)?(?:U\.?N\.?\s+)?", re.I)
_OBJECT_ENDS = re.compile(r"[a-z]+(?:\s+(?:down|through|off))?\s+(?:the|a|an|its)\s+"
                          r"(?:[a-z-]+\s+){0,2}?(?:draft|text|resolution|proposal|measure)\s+"
                          r"(?:in|at|before)\s+the\s+(?:U\.?N\.?\s+)?", re.I)
_CITED_TEXT = re.compile(r"\b(?:endors|reaffirm|recall|welcom|implement|support|back|not)"
                         r"(?:es|ed|ing|s|e)?\s+(?:the\s+|its\s+)?(?:general\s+)?$", re.I)
_RESOLUTION_NAMED = re.compile(r"(?:general\s+)?assembly(?:'s)?\s+resolutions?\s+\d", re.I)
_DESTINATION = re.compile(
    r"(?:\b(?:to|convene|convenes|convening|reconvene)\s+(?:an?\s+|the\s+)?(?:(?:emergency|special|"
    r"urgent|plenary|full)\s+){0,3}(?:session|meeting)\s+of\s+the\s+|\b(?:refers?|referred|referring|"
    r"sends?|sent|sending|transmits?|transmitted|transmitting|forwards?|forwarded|forwarding|"
    r"recommend|recommends|recommended|"
    # ("then voted to hand the whole question to the General Assembly")
    r"recommending|hand|handed|handing|pass|passing|turn\s+over|turned\s+over)\b[^,.;]{0,60}?"
    r"\bto\s+the\s+|"
    # "Guinea's case now goes to the General Assembly": where the matter goes next
    # ... ("the recommendation cannot go to the General Assembly")
    r"\b(?:goes|went|go|passes|passed|moves|moved)\s+(?:on\s+)?(?:next\s+)?to\s+the\s+|"
    # ("Nauru's path to the General Assembly is now open")
    r"\b(?:path|way|road|door)\s+to\s+the\s+|"
    # "a recommendation that the General Assembly admit Korea": what the text asks of it
    r"\brecommendation\s+that\s+the\s+|"
    # ("The draft resolution recommending that the General Assembly admit Angola")
    r"\brecommend(?:s|ed|ing)?\s+that\s+the\s+|"
    r"\b(?:convene|convenes|convening|reconvene)\s+the\s+|"
    # ("it decided, by ten votes to one, to call the General Assembly into emergency session")
    r"\b(?:to|and)\s+(?:call|summon)\s+the\s+|"
    # ("decided that Belgrade could not take part in the work of the Economic and Social
    # Council": the body the decision keeps it out of)
    r"\b(?:take|taking|took|sit|sitting|seat|participate|participating)\s+(?:part\s+)?in\s+"
    r"(?:the\s+)?(?:work|sessions?|meetings?)\s+of\s+the\s+)(?:U\.?N\.?\s+)?$", re.I)
_NEW_SUBCLAUSE = re.compile(r"[,;]\s+(?:and|but|while|whereas)\s+(?!the\s+(?:U\.?N\.?\s+)?"
                            r"(?:security\s+council|general\s+assembly|council|assembly)\b)"
                            r"[a-z]+\b", re.I)
_DASH_REMARK = re.compile(r"\s(?:-{2}|\u2014|\u2013)\s*(?:a|an|something|one|which)\s", re.I)
_BODY_NOUN = re.compile(r"(?:Security\s+Council|General\s+Assembly|Council|Assembly)\s+"
                        r"(?:draft|text|resolution|proposal|measure)\b")


# ("Australia abstained, as its delegation did throughout the evening, holding that the
# General Assembly should have its say")
# ("Australia abstained, its delegate repeating his government's view that all the applicants
# ought to go to the Assembly together")
_THEIR_REASON = re.compile(r"\b(?:explain\w*|sa(?:y|ys|id|ying)|argu\w*|insist\w*|claim\w*|"
                           r"contend\w*|maintain\w*|hold(?:s|ing)?|believ\w*|think\w*|"
                           r"repeat\w*|reiterat\w*)\b[^.;]{0,60}?"
                           r"\bthat\b|\bin\s+(?:their|his|"
                           r"her|its)\s+view\b|\bview\s+that\b", re.I)


_PARTNER_BEFORE = re.compile(r"\b(?:jointly|together|concurrently|in\s+parallel|in\s+tandem)\s+"
                             r"with\s+(?:the\s+)?(?:un\s+|united\s+nations\s+)?$", re.I)


def in_which_aside(text: str, lo: int, hi: int, pos: int, anchor: int | None) -> bool:
    """Is ``pos`` inside a relative clause (", which ...,") that closes with a comma before
    the vote word? (Only the first of :func:`_in_closed_aside`'s cases: its dashes and
    appositives would read other bodies out of other clauses.)"""
    if anchor is None or anchor <= pos or not _ASIDE_OPEN.search(
            text[max(lo, pos - 160):pos]):
        return False
    close = text.find(",", pos, hi)
    return close != -1 and close < anchor


_SETTING_BEFORE = re.compile(r"\b(?:on\s+the\s+(?:margins|sidelines|fringes)\s+of|during|amid|"
                             r"ahead\s+of|while|as)\s+(?:the\s+)?(?:un\s+)?$", re.I)
_GA_SETTING_AFTER = re.compile(r"[^.;,]{0,30}?['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:debate|session|"
                               r"week|summit|gathering)\b", re.I)


# ("It then endorsed, by resolution 365, the General Assembly's call of November for ...")
_ASSEMBLY_ASKED = re.compile(r"(?:the\s+)?general\s+assembly['\u2019]s\s+(?:[a-z]+\s+)?(?:request|"
                             r"recommendation|resolution|proposal|appeal|call|demand|decision|"
                             r"plea)s?\b", re.I)


# a relative clause on the text just voted: what it says, not who voted on it
_WHICH_IT_SAYS = re.compile(r"\b(?:resolution|text|draft|proposal)\s+(?:\d+\s+)?\(?[\w/.]*\)?,"
                            r"\s*which\s+(?:calls|asks|urges|requests|demands|invites|decides|"
                            r"notes|welcomes|condemns|reaffirms|deplores)\b", re.I)


def body_near(text: str, lo: int, hi: int, anchor: int | None, veto: bool = False
              ) -> str | None:
    """ "GA", "SC" or "OTHER" (the Human Rights Council, a national assembly...): the body
    named nearest before ``anchor`` (the vote word), else the nearest after it; None when
    the clause names none. ``veto``: the anchor is a veto.

    "The General Assembly on Wednesday voted to demand ..., a rebuke to a permanent member
    of the Security Council" is the Assembly's vote.
    """
    # (one pass: the case-insensitive alternation is tried at every position)
    others = [(m.start(), m.end()) for m in _OTHER.finditer(text, lo, hi)] if (
        _may_name_other(text[lo:hi])) else []
    names = [(a, "OTHER") for a, _ in others]
    names += [(m.start(), "GA") for m in _GA.finditer(text, lo, hi)
              if not any(a <= m.start() < b for a, b in others)]
    names += [(m.start(), "SC") for m in _SC.finditer(text, lo, hi)
              if not any(a <= m.start() < b for a, b in others)]
    if not names:
        return None
    # "The Council voted to send the dispute to an emergency session of the General
    # Assembly", "the resolution recommending Nepal to the General Assembly": a body the vote
    # sends something to did not cast it
    kept = [(pos, n) for pos, n in names if not _DESTINATION.search(text, max(lo, pos - 90), pos)
            # "The second resolution, which endorses Assembly resolution 3212, was adopted
            # unanimously": a text the vote cites, not the body that cast it
            and not (n == "GA" and _CITED_TEXT.search(text, max(lo, pos - 40), pos)
                     and _RESOLUTION_NAMED.match(text, pos))
            # "resolution 1645, which establishes the commission jointly with the General
            # Assembly, passed unanimously": a partner in what the text does
            and not (n == "GA" and _PARTNER_BEFORE.search(text, max(lo, pos - 40), pos))
            # "Resolution 1645, which sets up the commission together with a parallel text of
            # the General Assembly, was adopted unanimously": an aside on the text, closed
            # before the vote word
            and not (n == "GA" and in_which_aside(text, lo, hi, pos, anchor))
            # "passed 15-0 on Saturday, on the margins of the General Assembly's annual
            # debate": the Assembly's week is when, not who
            and not (n == "GA" and _SETTING_BEFORE.search(text, max(lo, pos - 40), pos)
                     and _GA_SETTING_AFTER.match(text, pos))
            # "The Council then turned to the General Assembly's request on conventional
            # armaments and voted to pass that request on": what the Assembly asked for
            and not (n == "GA" and _ASSEMBLY_ASKED.match(text, pos))]
    if not kept:
        return None
    names = kept
    told = anchor is not None
    if anchor is None:
        anchor = lo
    for pos, name in names:
        # "after Washington killed the Council draft", "vetoed a similar resolution in the
        # Security Council": the verb's own object names the body that voted
        if name != "OTHER" and anchor < pos <= anchor + 60 and (
                _OBJECT_ENDS.fullmatch(text, anchor, pos) or (
                    _BODY_NOUN.match(text, pos) and _OBJECT_OPENS.fullmatch(text, anchor, pos))):
            return name
    before = [n for n in names if n[0] <= anchor]
    if before:
        if veto and max(before)[1] == "GA" and any(n == "SC" for _, n in before):
            # "At a meeting of the Security Council, held while the General Assembly finishes
            # its session, the Soviet Union used its veto": only the Council has one
            return "SC"
        return max(before)[1]
    pos, name = min(names)
    if told and name == "GA" and _WHICH_IT_SAYS.search(text, anchor, pos):
        # "it adopted resolution 163, which calls upon Portugal to desist ... and asks the
        # sub-committee named by the General Assembly to act": a body the text speaks of
        return None
    if _THEIR_REASON.search(text, anchor, pos):
        # "... abstained, their representatives explaining that in their view the Assembly
        # had already settled the question": the body an argument names
        return None
    if told and _DASH_REMARK.search(text, anchor, pos):
        # "Every other member ... voted yes -- a point the Arab Group will make in the General
        # Assembly lobby": the body of a remark on the vote, not the body that cast it
        # (with no vote word, not "On Friday -- the night of Friday to Saturday here -- the
        # Security Council voted, one after another, on ...": an aside before the body)
        return None
    if _NEW_SUBCLAUSE.search(text, anchor, pos) and (veto or name == "GA" and text.startswith(
            ("adopted", "approved", "passed", "carried"), anchor)):
        # "The resolution was therefore adopted, and the Soviet delegate, whatever he may say
        # in the Assembly, cannot undo it": the body another subject's clause names
        return None
    if veto and _NEW_SUBCLAUSE.search(text, anchor, pos):
        # "watched the Soviet Union cast a veto, and some of them went back the next day to
        # see the General Assembly ...": only the Council has a veto, and the body named past
        # a new coordinated clause is that clause's
        return None
    return name


@dataclass(slots=True)
class Cue:
    """An outcome word: ``kind`` is veto, block, adopt, fail; flags say if it counts."""

    kind: str
    start: int
    end: int
    negated: bool = False
    modal: bool = False
    history: bool = False
    pluperfect: bool = False  # "had vetoed": background unless the clause dates it this week

    @property
    def live(self) -> bool:
        return not (self.negated or self.modal or self.history)


_OUTCOME_PATTERNS = (("fail", _FAIL_STRONG), ("veto", _VETO), ("veto", _VETO_PHRASE),
                     ("adopt", _ADOPT),
                     ("block", BLOCK), ("fail_weak", _FAIL_WEAK))


def scan_outcomes(low: str, lo: int = 0, hi: int | None = None, finder: Finder | None = None
                  ) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every outcome word in ``low[lo:hi]``, before context is read.

    Run once over a whole document; :func:`outcome_cues` then reads each clause's share.
    """
    hi = len(low) if hi is None else hi
    finder = finder if finder is not None else Finder(low)
    raw = [(m.start(), m.end(), kind) for kind, pat in _OUTCOME_PATTERNS
           for m in scan(pat, low, lo, hi, finder)]
    raw.sort()
    return raw


_RULES_ADOPTED = re.compile(r"\b(?:procedures?|rules?|methods|arrangements|format|practice|"
                            r"guidelines|agenda|timetable)\s+(?:(?:that\s+|which\s+)?the\s+"
                            r"(?:security\s+)?council\s+(?:had\s+|has\s+)?"
                            # ("under the procedure adopted by the General Assembly in 1950")
                            r"|(?:that\s+|which\s+)?(?:was\s+|were\s+|had\s+been\s+)?)$")
_NOTHING_PASSED = re.compile(r"\b(?:nothing|none|no\s+(?:text|draft|resolution|decision))\s+"
                             r"(?:was|were|has\s+been|had\s+been|got|gets|is|has|had)\s+$")
_NOTHING_AFTER = re.compile(r"\s+(?:nothing|no\s+(?:text|draft|resolution|decision)s?)\b")
_TIME_PASSED = re.compile(r"\b(?:years?|months?|weeks?|days?|hours?|decades?|time)\s+(?:have|has|"
                          r"had)\s+(?:now\s+|already\s+|since\s+)?$")
_VETOES_SUBJECT = re.compile(r"\s+(?:mean|means|meant|show|shows|showed|matter|matters|"
                             r"mattered|are|were|have|had|say|says|said|tell|tells|told)\b")
_PRIORITY = {kind: i for i, (kind, _) in enumerate(_OUTCOME_PATTERNS)}
# "a negative vote from a permanent member does not count as a veto" on a procedural text
_NOT_COUNTED_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:does|do|did|would|will|is|was)\s+not\s+(?:count|amount|"
    r"constitute|qualify|act|operate|work)\b|(?:\s+[\w-]+){0,3}?\s+(?:doesn't|didn't|isn't|"
    r"wasn't|won't)\s+(?:count|amount|constitute|qualify|act|operate|work)\b"
    # ("on a procedural question a negative vote by a permanent member is not a veto")
    r"|(?:\s+[\w-]+){0,3}?\s+(?:(?:is|was|are|were)\s+(?:not\s+(?:a\s+)?|no\s+)|(?:isn't|wasn't|"
    r"aren't|weren't)\s+(?:a\s+)?)vetoe?s?\b")


# ("all the major Alpine passes are open to traffic": mountain passes)
_PASSES_NOUN = re.compile(r"\b(?:with|their|your|our|the|free|press|boarding|season|"
                          r"entry|security|alpine|mountain|major|high|border)\s+$")
# (so too "Council presidency passes to Saint Vincent and the Grenadines": a hand-over)
_PASSES_ON_TO = re.compile(r"\s+(?:on\s+)?(?:next\s+)?to\s+[a-z]")


# ("Nine of the eleven countries at the table voted to admit us")
_COUNTED_MEMBERS_BEFORE = re.compile(rf"\b{NUM}\s+(?:of\s+the\s+(?:{NUM}\s+)?)?(?:[\w-]+\s+)?"
                                     r"(?:members|delegations|countries|states|governments)"
                                     r"(?:\s+(?:at|around|on)\s+the\s+(?:table|council))?\s+$")


# a text as the subject of an active verb ("The draft (S/2012/77) endorsed the plan"), and the
# object that verb takes
_TEXT_AS_SUBJECT = re.compile(r"\b(?:the|this|that|its|their)\s+(?:[\w-]+\s+)?(?:draft(?:\s+"
                              r"resolution)?|text|proposal)\s*(?:\([^()]{1,40}\)\s*)?(?:would\s+"
                              r"have\s+)?$")
# a draft (no act of the Council's) as the subject of what comes next
_DRAFT_AS_SUBJECT = re.compile(r"\b(?:the|this|that|its|their)\s+(?:[\w-]+\s+)?draft(?:\s+"
                               r"resolution)?(?:\s+[^,.;]{1,30}?)?(?:\s*,[^,.;]{1,40},)?\s+$")
_AN_OBJECT = re.compile(r"\s+(?:the|a|an|its|their|all)\b")
# "voted on draft resolution S/1331, which recommended the admission of our country": what the
# text proposed, told in a relative clause
_TEXT_WHICH = re.compile(r"\b(?:draft|text|proposal|resolution)(?:\s+s/[\w./]+)?\s*,?\s*"
                         r"(?:which|that)\s+$")


def outcome_cues(text: str, lo: int, hi: int, raw: list[tuple[int, int, str]]) -> list[Cue]:
    """The outcome words of the clause ``text[lo:hi]`` (lower case) with their context flags;
    ``raw`` is the clause's share of :func:`scan_outcomes`."""
    cues: list[Cue] = []
    for s, e, kind in sorted(raw, key=lambda r: _PRIORITY[r[2]]):
        if any(c.start <= s < c.end or s <= c.start < e for c in cues):
            continue
        if kind in ("veto", "block", "fail") and (
                "rticle" in text[max(lo, s - 140):s] or "charter" in text[max(lo, s - 140):s]) and (
                _UNDER_THE_CHARTER.search(text, max(lo, s - 140), s)):
            continue  # "Under Article 27(3) a negative vote by a permanent member defeats a draft"
        # (the bare noun: "vetoes were cast again" matched as a whole is a cue of its own)
        if kind == "veto" and text.startswith("vetoes", s) and e - s == len("vetoes") and (
                VETO_NOUN.search(text, max(lo, s - VETO_NOUN_SPAN), s)
                or counted_vetoes(text, s, lo) or _VETOES_SUBJECT.match(text, e)):
            # a noun: "its vetoes of other texts", "act as vetoes", "three vetoes", "what the
            # Syria vetoes mean"
            continue
        if kind == "adopt" and text.startswith("authori", s) and _IS_AUTHORISED.search(
                text, max(lo, s - 10), s) and text.startswith(" to ", e):
            continue  # "UNOCI is authorised to use all necessary means": what a text allows
        if kind == "adopt" and text.startswith(("endors", "approv", "authori"), s) and (
                _TEXT_AS_SUBJECT.search(text, max(lo, s - 60), s)) and _AN_OBJECT.match(text, e):
            continue  # "The draft (S/2012/77) endorsed the Arab League plan": what it says
        if kind == "adopt" and text.startswith("recommend", s) and _TEXT_WHICH.search(
                text, max(lo, s - 60), s):
            continue  # "draft S/1331, which recommended the admission of Portugal"
        if kind == "adopt" and text.startswith("recommend", s) and _DRAFT_AS_SUBJECT.search(
                text, max(lo, s - 90), s):
            continue  # "The draft resolution before the Council, document S/5006, recommended"
        if kind == "adopt" and _RULES_ADOPTED.search(text, max(lo, s - 60), s):
            continue  # "under the procedures the Council adopted because of the pandemic"
        if kind == "adopt" and text.startswith("voted", s) and _COUNTED_MEMBERS_BEFORE.search(
                text, max(lo, s - 60), s):
            continue  # "Nine members voted to recommend Ireland's admission": one side's vote
        if kind == "adopt" and text.startswith("passed", s) and _TIME_PASSED.search(
                text, max(lo, s - 30), s):
            continue  # "Barely seven months have passed since independence": time, not a text
        if kind == "adopt" and text.startswith("pass", s) and _PASSES_ON_TO.match(text, e):
            continue  # "The question now passes to the Assembly": where a matter goes
        if kind == "adopt" and text.startswith("passes", s) and _PASSES_NOUN.search(
                text, max(lo, s - 12), s):
            continue  # "Members with passes collect them at the office": tickets
        if kind in ("adopt", "fail_weak") and (
                (s > lo and text[s - 1] == "-")  # "a UN-authorised operation": an adjective
                or _ADJECTIVAL.match(text, e)
                or ((am := _ADJECTIVAL_BEFORE.search(text, max(lo, s - 15), s)) is not None
                    # ("S/14462 did better and still failed": a verb, not a text that stands)
                    and not (kind == "fail_weak" and am.group().startswith("still")))
                or (e - s < 12 and _OBJECT_NOUN_BEFORE.search(text, max(lo, s - 40), s))
                or (kind == "adopt" and _PLURAL_OBJECT.match(text, e))):
            continue
        if kind in ("fail", "fail_weak") and text.startswith("failed", s) and (
                _FAILED_BEFORE_NOUN.match(text, e)):
            continue  # "after a week of failed votes": what came before, as an adjective
        if kind in ("fail", "fail_weak") and text.startswith(("fell", "fall"), s) and (
                _SHORT_OF_OTHER.match(text, text.find(" ", s), hi)
                # ("the martyrs who fell in Hebron"): people, not a text
                or text.endswith(("who ", "those "), max(lo, s - 6), s)):
            continue
        if kind == "fail_weak":
            subject = _FAIL_SUBJECT.search(text, max(lo, s - 80), s) or (
                _FAIL_LEAD_SUBJECT.match(text, lo, s))
            if subject is None or _EFFORT_SUBJECT.search(text, max(lo, s - 80), s):
                continue  # ("attempts in the Council to delay the snapback failed")
            if text.startswith(("reject", "defeat"), s) and not _PASSIVE_BEFORE.search(
                    text, max(lo, s - 12), s) and (
                    not _VOTERS.search(text, subject.start(), s)
                    or _THAT_SUBJECT.search(text, subject.end(1), s)
                    # "Sudan's government said on Thursday it rejected the referral"
                    or _SAID_IT.search(text, max(lo, s - 50), s)
                    # ("Angola ... rejects any attempt to link ...": a position held; not "the
                    # Council on Friday rejected a last attempt to postpone them", a vote)
                    or (text.startswith("rejects", s) and _AN_ATTEMPT.match(text, e))
                    or (text.startswith("rejects", s) and _THAT_STATE.search(
                        text, max(lo, s - 40), s))
                    # "when it rejected the new French constitution": not a text of ours
                    or _OTHER_OBJECT.match(text, e) is not None
                    or _OTHER_ANTECEDENT.search(text, max(lo, s - 80), s) is not None
                    # ("It has rejected resolution 688 as interference": a numbered text was
                    # adopted; rejecting it is a government's stand)
                    or _NUMBERED_TEXT_AFTER.match(text, e) is not None):
                # "The resolution rejects that view": what the text says; "told the Council
                # that his government rejected the deadline": another subject's verb
                continue

            kind = "fail"
        if kind == "veto" and vetoed_as_adjective(text, s, e, lo):
            continue
        cue = Cue(kind, s, e)
        cue.negated = is_negated(text, s, lo) or (
            # "Nothing was adopted, so nothing changes": no text passed
            kind == "adopt" and _NOTHING_PASSED.search(text, max(lo, s - 40), s) is not None
        ) or (
            # ("The Council adopted nothing.")
            kind == "adopt" and _NOTHING_AFTER.match(text, e, hi) is not None
        ) or (
            kind == "veto" and _NOT_COUNTED_AFTER.match(text, e, hi) is not None)
        # "It was carried, one might say, and lost at the same moment": a figure of speech
        cue.modal = is_modal(text, s, lo) or _HEDGED.match(text, e, hi) is not None or (
            kind == "adopt" and _CARRIED_AND_LOST.match(text, e, hi) is not None) or (
            # ("A rival text ... was not pressed to a vote once it became clear that it, too,
            # lacked the necessary support"): a text never voted on
            _NEVER_VOTED.search(text, lo, s) is not None) or (
            # ("The Soviet delegate insisted that his negative vote was a veto": one side's
            # claim, which the chair may rule against)
            kind == "veto" and _CLAIMED_VETO.search(text, max(lo, s - 70), s) is not None)
        # another body's vote is not news of ours: silence it like background
        cue.history = is_history(text, s, e, lo, hi) or (
            kind in ("adopt", "fail") and is_foreign(text, s, lo)) or (
            # "decided to transmit the resolution which the General Assembly adopted in
            # Paris": the text the clause's verb acts on, passed before by the Assembly
            kind == "adopt" and _WHICH_ASSEMBLY.search(text, max(lo, s - 40), s) is not None) or (
            # ("The voluntary measures already adopted by the European Community remain in
            # force": the agent after the verb)
            kind == "adopt" and text.startswith(" by ", e) and _BY_FOREIGN_BODY.match(
                text, e, hi) is not None)
        cue.pluperfect = cue.history and is_pluperfect(text, s, lo)
        cues.append(cue)
    cues.sort(key=lambda c: c.start)
    for k, nxt in zip(cues, cues[1:], strict=False):
        if k.kind == "veto" and nxt.kind == "block" and nxt.negated and (
                nxt.start - k.end <= 30) and _SUBJECT_GAP.fullmatch(text, k.end, nxt.start):
            # "why the negative votes of two permanent members did not kill the proposal":
            # the veto is the subject of a block denied, so there was none
            k.negated = True
    return cues


# between a veto told as a subject and its verb: "... permanent members did not kill"
_SUBJECT_GAP = re.compile(r"[^,;.:]*?(?:did|does|do|could|would|had)\s+not\s+|[^,;.:]*?"
                          r"(?:didn't|doesn't|couldn't|failed\s+to)\s+")


_HEDGED = re.compile(r"\s*,\s*(?:one\s+might\s+say|so\s+to\s+speak|as\s+it\s+were|"
                     r"in\s+a\s+sense)\b")
# "S/1399/Rev.1 was carried by nine votes to two -- and lost": the count carried it, the veto
# did not let it pass
_CARRIED_AND_LOST = re.compile(r"[^.;:]{0,60}?(?:-+|,)\s*(?:and|but|yet)\s+(?:still\s+|yet\s+)?"
                               r"(?:lost|failed|fell)\b")


def find_outcome_cues(text: str, lo: int, hi: int) -> list[Cue]:
    """Outcome words in the clause ``text[lo:hi]`` (lower case) with their context flags."""
    return outcome_cues(text, lo, hi, scan_outcomes(text, lo, hi))


def unanimous(low: str, lo: int, hi: int) -> bool:
    # one pattern in one clause: finding the whole vocabulary would cost more
    return bool(scan(_UNANIMOUS, low, lo, hi, Finder(low[:hi], lazy=True)))
