"""English pattern table: the named parts UN English texts build references from."""

from __future__ import annotations

from ..table import InstrumentParts, LangTable, Pattern

__all__ = ["TABLE"]

MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
NUM = r"\d{1,4}"
YEAR = r"(?:19[4-9]\d|20\d\d)"
DATE = rf"\d{{1,2}}\s+{MONTH}\s+{YEAR}"
# "36/87 A and B", "34/83 A to G", "79/257 A–C": the parts of one lettered resolution.
LETTERS = r"(?:(?:\s*,\s*|\s+and\s+|\s+to\s+|\s*[–-]\s*)(?P<m>[A-Z])(?P=m)?(?![A-Za-z/\d]))*"
# A letter, or a doubled one once the alphabet ran out: "53/77 AA".
LETTER = r"(?P<l>[A-Z])(?P=l)?(?![A-Za-z/\d])"
# "1992/S-1/1": a special session of the Commission on Human Rights, numbered in its year.
XY = rf"(?:{YEAR}\s*/\s*S\s*-\s*\d{{1,2}}\s*/\s*{NUM}|(?:(?:S|ES)\s*-\s*)?{NUM}\s*/\s*{NUM}(?:\s?{LETTER}{LETTERS})?)"
SC = rf"{NUM}\s*(?:[A-Z]\s*)?\(\s*{YEAR}\s*\)"
# "2775 A to H (XXVI)": the parts of one old resolution, which the id does not keep.
# "2 625 (XXV)": a scan's space between the thousands and the rest of an old number.
OLD_NUM = r"(?:\d \d{3}|\d{1,4})"
OLD = (rf"{OLD_NUM}\s*(?:[A-Z](?:\s*(?:to|and|,|[-–])\s*[A-Z](?![A-Za-z]))*\s*)?"
       rf"\(\s*(?:(?:S|ES)\s*-\s*)?(?:[IVXL]{{1,8}}|(?<=-\s*)\d{{1,2}})\s*\)")
FIRST = rf"(?:{SC}|{OLD}|{XY}|\d{{1,4}}(?![\d/.,]\d))"
LATER = rf"(?:{SC}|{OLD}|{XY}|\d{{3,4}}(?![\d/.,]\d))"
# "of 14 January 1977", or "of 14 January" when the year is the SC number's own.
# A month broken at a line end keeps its hyphen: "of 10 Au-⏎gust".
# "4 (XXXVIII) of 1995, 55/7 of 16 March 2012": a year alone too.
OF_DATE = rf"(?:\s+of\s+\d{{1,2}}\s+(?:{MONTH}|[A-Z][a-z]{{1,6}}-\s*[a-z]{{1,7}})(?:\s+{YEAR})?|\s+of\s+{YEAR}(?=\s*,))?"
# Scanned texts print "432 (1978). 435 (1978)": a full stop between two
# Security Council numbers is a list separator.
SEP = (
    r"(?:\s*,\s*(?:and\s+|or\s+)?(?:(?:in\s+particular|notably|especially|including)\s*,?\s*)?|\s+and\s+|\s+or\s+|\s+to\s+|\s+through\s+|\s*[-–]\s*"
    rf"|\s*\.\s*(?:and\s+)?(?={SC})"
    # "Resolutions: 3/1; 4/1; 5/1": a list set out by semicolons.
    rf"|\s*;\s*(?={XY}(?!\s*\.)))"
)
# "resolutions 1803 (XVII) of 14 December 1962 on permanent sovereignty over
# natural resources, 2625 (XXV) …": a topic between two items of a list.
# A topic's words, and the years it may name ("on the proposed programme budget for 2026").
# A period in brackets too: "on the United Nations Decade of Family Farming (2019–2028)".
# A day too: "by which the Assembly declared 17 October the International Day for …".
TOPIC_WORD = (r"(?:[^,;:()\[\]\d]|(?<![\d/])(?:19|20)\d\d(?![\d/])|\((?:19|20)\d\d[–-](?:19|20)?\d\d\)"
              rf"|(?<![\d/])\d{{1,2}}\s+{MONTH}\b)")
TOPIC = (
    # "3/1 of 13 November 2009, on the review mechanism, and 4/1": a comma may come first.
    # "S-7/1 of 22 May 2008, on the …, adopted at its seventh special session, and S-10/1"
    # "1998/46 of 31 July 1998, on further measures … in the economic, social and related fields,
    # annex III of which concerns the regional commissions, 2023/29": a series in the topic, a part of the text.
    rf"(?:(?:\s*,?\s+(?:on|concerning|entitled)\s+{TOPIC_WORD}{{1,160}}?"
    rf"(?:\s*,\s*[a-z][a-z\s-]{{1,40}}?\s+and\s+{TOPIC_WORD}{{1,80}}?)?"
    rf"(?:\s*,\s*(?:annex|paragraph|section|part)\s+(?:[IVX]{{1,4}}|\d{{1,3}})\s+of\s+which\s+{TOPIC_WORD}{{1,120}}?)?"
    rf"(?:\s*,\s*adopted\s+(?:at|on|by)\s+{TOPIC_WORD}{{1,60}}?)?"
    # "71/291 of 15 June 2017, by which the Assembly established the Office …, and 77/298"
    # "3201 (S-VI) … of 1 May 1974, containing the Declaration and …, 3281 (XXIX)"
    # "76/181 …, by which it endorsed the Kyoto Declaration on Advancing Crime Prevention, Criminal
    # Justice and the Rule of Law: Towards …, 77/232": a title's own commas and colon.
    rf"|\s*,\s*(?:(?:by|in|under)\s+which|containing)\s+(?:{TOPIC_WORD}|[,:](?=\s+[A-Z][a-z])){{1,200}}?"
    # "ES-11/1 to ES-11/6, adopted at the resumed meetings … 2023, and ES-11/7"
    rf"|\s*,\s*adopted\s+(?:at|on|by|during)\s+{TOPIC_WORD}{{1,160}}?"
    # "70/1 of 25 September 2015, entitled “Transforming our world: …”, 72/305"
    rf"|\s*,?\s*entitled\s+[“\"][^”\"\n]{{1,200}}[”\"]"
    # "resolutions S-23/2, annex, and S-23/3, annex": each item's pinpoint.
    r"|\s*,\s*annex(?:es)?(?:\s+[IVX]{1,4})?"
    # "resolutions 75/201 of the Assembly and 2558 (2020) of the Council": each item's body.
    r"|\s+of\s+the\s+(?:General\s+Assembly|Assembly|Security\s+Council|Council|Commission))"
    rf"(?=(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:{SC}|{OLD}|{XY})))?"
)
# "six resolutions (68/1 to 68/6)", "three decisions on the scheduling of substances (68/1 to
# 68/3)": the numbers in brackets after the word (a topic's year-first "(2024/25)" is a period).
BRACKETED = rf"(?:(?:on\s+[a-z][a-z\s-]{{2,60}}?)?\(\s*(?=(?!(?:19|20)\d\d\s*/){XY}\s*(?:to|and|,|\))))"
# "resolutions on youth, peace and security 2250 (2015), 2419 (2018) and 2535 (2020)": the
# topic before a list of the Council's numbers.
PRE_TOPIC = rf"(?:on\s+(?:the\s+)?[a-z][a-z,\s-]{{2,60}}?\s+(?={SC}(?:{OF_DATE}){SEP}))"
# "the resolutions of the Sub-Commission on the Promotion and Protection of Human Rights 2001/8 of
# 15 August 2001 and 2006/9": the body's name between the word and the numbers.
# "the relevant resolutions of the Security Council, notably 1502 (2003), 2175 (2014) …" too.
PRE_BODY = (r"(?:of\s+the\s+(?=[A-Z])(?:(?:[A-Z][\w-]*|on|the|and|of|for)(?:\s+|(?=,))){1,12}?"
            r"(?:,\s*(?:notably|in\s+particular|including|especially|namely)\s+)?"
            rf"(?=(?:{YEAR}|\d{{1,2}})\s*/\s*{NUM}\b|\d{{1,4}}\s*\(\s*{YEAR}\s*\)))")
# "and the resolution on its eighth review, 77/298 of 22 June 2023,": the topic, then the number.
PRE_TOPIC_COMMA = (r"(?:(?<=\bthe\s+(?:[Rr]esolution|[Dd]ecision)\s+)on\s+(?:its\s+|the\s+)?[a-z][a-z\s-]{2,60}?,\s+"
                   rf"(?=(?:\d{{1,2}}|{YEAR})\s*/\s*{NUM}{OF_DATE}\s*[,;.)]))")
LIST = (
    rf"\b(?P<word>[Rr]eso[l1]utions?|[Dd]ecisions?|RESOLUTIONS?|DECISIONS?)(?:\s+|(?<=s):\s*)(?:No\.\s*)?(?:{BRACKETED}|{PRE_TOPIC}|{PRE_BODY}|{PRE_TOPIC_COMMA})?{FIRST}{OF_DATE}{TOPIC}"
    rf"(?:{SEP}{LATER}{OF_DATE}{TOPIC})*"
)

# What every "OTHER" name below holds (see LangTable.other_keys).
OTHER_KEYS = ("Environment", "Health", "Atomic", "Habitat", "UNESCO", "Labour", "Arab", "Executive",
              "Peace", "Governing", "Permanent", "Europe", "Ministers", "African", "American", "Africa",
              "Latin", "Western", "Board", "CBD/", "FCCC/", "ICCD/", "UNEP/", "Settlements", "General Conference", "Open-ended",
              "FAO", "Biological", "Climate", "Paris Agreement", "Kyoto", "Basel", "Rotterdam", "Stockholm",
              "Minamata", "Ramsar", "Desertification", "Parliamentary")
BODIES = [
    # The short names a summary or a letter uses before the word: "UNSC resolution 2417 (2018)",
    # "ECOSOC resolution 2025/13", "HRC resolutions 57/31 and 59/4".
    (r"Security\s+Council|UNSC(?=\s+[Rr]esolutions?\b)", "SC"),
    (r"Economic\s+and\s+Social\s+Council|ECOSOC(?=\s+(?:[Rr]esolutions?|[Dd]ecisions?)\b)", "ECOSOC"),
    (r"Human\s+Rights\s+Council|HRC(?=\s+(?:[Rr]esolutions?|[Dd]ecisions?)\b)", "HRC"),
    ((r"Sub-?\s*Commission\s+on\s+(?:the\s+)?(?:Promotion\s+and\s+Protection\s+of\s+Human\s+Rights|"
      r"Prevention\s+of\s+Discrimination\s+and\s+Protection\s+of\s+Minorities)"
      # "the Sub-Commission in its resolution 2003/2", "Sub-Commission resolution 1998/5".
      r"|Sub-Commission(?=\s+(?:resolutions?|decisions?)\s+\d|\s*,?\s*(?:which\s+)?(?:in|by|pursuant\s+to|under|in\s+accordance\s+with)\s+its\s+(?:resolutions?|decisions?)\s+\d"
      # "the request of the Sub-Commission contained in its resolution 1983/31"
      r"|\s+(?:contained|set\s+out|expressed|made)\s+in\s+its\s+(?:resolutions?|decisions?)\s+\d)"),
     "SUBCOM"),
    (r"Commission\s+on\s+Human\s+Rights", "CHR"),
    (r"Commission\s+on\s+the\s+Status\s+of\s+Women", "CSW"),
    (r"Economic\s+and\s+Social\s+Commission\s+for\s+Asia\s+and\s+the\s+Pacific|ESCAP", "ESCAP"),
    ((r"Economic\s+Commission\s+for\s+(?:Africa|Europe|Latin\s+America\s+and\s+the\s+Caribbean)|"
      r"Economic\s+and\s+Social\s+Commission\s+for\s+Western\s+Asia"), "OTHER"),
    (r"Commission\s+for\s+Social\s+Development", "CSOCD"),
    (r"Commission\s+on\s+Population\s+and\s+Development", "CPD"),
    (r"Statistical\s+Commission", "STAT"),
    (r"Commission\s+on\s+Science\s+and\s+Technology\s+for\s+Development", "CSTD"),
    (r"Commission\s+on\s+Sustainable\s+Development", "CSD"),
    # A functional commission's report to the Council, where its resolutions
    # are printed: "(E/2015/27), chap. I, sect. C, resolution 59/1".
    (r"\bE/(?:19|20)\d\d/27(?=\s*\)?\s*,\s*chap)", "CSW"),
    (r"\bE/(?:19|20)\d\d/28(?=\s*\)?\s*,\s*chap)", "CND"),
    (r"\bE/(?:19|20)\d\d/30(?=\s*\)?\s*,\s*chap)", "CCPCJ"),
    # The Sub-Commission's and the Commission on Human Rights' own reports:
    # "E/CN.4/1995/2-E/CN.4/Sub.2/1994/56, chap. II, sect. A, resolution 1994/45".
    (r"\bE/CN\.4/Sub\.2/(?:19|20)\d\d/\d+(?=\s*\)?\s*,\s*chap)", "SUBCOM"),
    (r"\bE/CN\.4/(?:19|20)\d\d/\d+(?=\s*\)?\s*,\s*chap)", "CHR"),
    # Another treaty's conference, by the symbol of its report: "document
    # CBD/COP/15/17, decision 15/4" numbers the CBD conference's own decisions.
    (r"\b(?:CBD|FCCC|ICCD|UNEP/[\w.]+)/[\w./()-]+(?=\s*\)?\s*,\s*(?:decisions?|resolutions?)\s+\d)", "OTHER"),
    # Or by its name: "Conference of the Parties to the Convention on Biological Diversity, decision 15/4".
    ((r"Conference\s+of\s+the\s+Parties\s+(?:to|of|under|serving\s+as\s+the\s+meeting\s+of\s+the\s+Parties\s+to)\s+"
      r"(?:the\s+)?(?:Convention\s+on\s+Biological\s+Diversity|(?:United\s+Nations\s+)?Framework\s+Convention\s+on\s+Climate"
      r"\s+Change|Paris\s+Agreement|Kyoto\s+Protocol|(?:Basel|Rotterdam|Stockholm|Minamata|Ramsar)\s+Convention|United\s+"
      r"Nations\s+Convention\s+to\s+Combat\s+Desertification)"), "OTHER"),
    (r"Commission\s+on\s+Narcotic\s+Drugs", "CND"),
    (r"Commission\s+on\s+Crime\s+Prevention\s+and\s+Criminal\s+Justice|Crime\s+Commission", "CCPCJ"),
    (
        (r"Conference\s+of\s+the\s+Parties\s+to\s+the\s+(?:United\s+Nations\s+Convention\s+against\s+"
        r"Transnational\s+Organized\s+Crime|Organized\s+Crime\s+Convention)|"
        # Not the conference of another treaty ("... to the Convention on
        # Biological Diversity", "... to the Paris Agreement").
        r"Conference\s+of\s+the\s+Parties(?!\s+(?:to|of|under|serving)\s+(?:the\s+)?(?:"
        r"(?:[A-Z][\w-]*\s+){0,4}(?:Convention|Protocol|Agreement|Treaty)\s+(?:on|to|for|of)\b|"
        r"(?:Paris\s+Agreement|Kyoto\s+Protocol|Basel|Rotterdam|Stockholm|Minamata|Ramsar|"
        r"Vienna\s+Convention|Montreal\s+Protocol|Framework\s+Convention|Arms\s+Trade)))"),
        "COP",
    ),
    (
        (r"Conference\s+of\s+(?:the\s+)?States\s+Parties(?:\s+to\s+the\s+(?:United\s+Nations\s+)?"
        r"Convention\s+against\s+Corruption"
        # "… to the Convention", the one the text is about, as the Conference of the Parties' is.
        r"|\s+to\s+the\s+Convention(?![\w-]|\s+(?:on|against|for|of|to|relating)\b)"
        # "… to that Convention", the Convention against Corruption named just before.
        r"|\s+to\s+(?:that|this)\s+Convention(?<=Corruption\b[^;]{0,400})"
        # Not the conference of another treaty: "… and Signatories to Treaties
        # that Establish Nuclear-Weapon-Free Zones", "… to the Chemical Weapons Convention".
        r"|(?!\s+(?:and\s+Signatories|to|of|under)\b))"),
        "COSP",
    ),
    ((r"(?:United\s+Nations\s+)?Environment\s+Assembly|World\s+Health\s+Assembly|"
      r"General\s+Conference\s+of\s+the\s+International\s+Atomic\s+Energy\s+Agency|"
      r"International\s+Labour\s+Conference|UN-Habitat\s+Assembly|General\s+Conference\s+of\s+UNESCO|"
      # Only before their own numbers (a text they were established by is the Assembly's):
      # "UN-Habitat Assembly resolution 2/7", "UNESCO General Conference resolution 29", "the
      # General Conference of UNESCO, in its resolution 40 C/52", "the Open-ended Working Group on
      # Ageing adopted decision 14/1" (its name may wrap in a table's cell: "Open-ended Working    decision 14/1").
      r"(?:(?:UN-Habitat|United\s+Nations\s+Human\s+Settlements\s+Programme)\s+Assembly|"
      r"Assembly\s+of\s+the\s+United\s+Nations\s+Human\s+Settlements\s+Programme|"
      r"(?:UNESCO|UNIDO|IAEA|FAO|WIPO)(?:['’]s)?\s+General\s+Conference|FAO\s+Conference|"
      r"General\s+Conference\s+of\s+(?:UNESCO|UNIDO|the\s+United\s+Nations\s+(?:Educational|Industrial))|"
      r"Open-ended\s+Working\s+Group(?:\s+on\s+Ageing)?)"
      r"(?=\s+(?:also\s+)?(?:adopted\s+)?(?:resolutions?|decisions?)\s+\d|\s*,?\s*(?:in|by)\s+its\s+(?:resolutions?|decisions?)\s+\d)"
      r"|Open-ended\s+Working(?=[^\S\n]{2,})"), "OTHER"),
    # Councils and boards outside the UN's own numbering: "League of Arab States
    # Council resolution 8914", "UNICEF Executive Board decision 2023/5".
    ((r"(?:Council\s+of\s+the\s+)?League\s+of\s+Arab\s+States(?:\s+Council)?|Executive\s+Board|"
      r"Peace\s+and\s+Security\s+Council|Governing\s+Council|Permanent\s+Council|Council\s+of\s+Europe|"
      # the Council of Europe's assembly: "Resolution 2417 (2022) … of the Parliamentary Assembly of the Council of Europe"
      r"Parliamentary\s+Assembly|"
      r"Council\s+of\s+Ministers|African\s+Union|Organization\s+of\s+American\s+States|"
      # UNIDO's and UNCTAD's boards: "Industrial Development Board resolution 45 (IX)", "Board resolution 45 (IX)".
      # Only before their own numbers: the Assembly's texts name these boards at work on its resolutions.
      r"(?:(?:Industrial|Trade\s+and)\s+Development\s+)?Board(?:['’]s)?(?=\s+(?:resolutions?|decisions?)\s+\d)"),
     "OTHER"),
    (r"General\s+Assembly|Assembly|UNGA(?=\s+(?:[Rr]esolutions?|[Dd]ecisions?)\b)", "GA"),
    # Councils that number no texts of their own: "the United Nations Council for Namibia".
    (r"(?:United\s+Nations\s+)?Council\s+for\s+Namibia|Trusteeship\s+Council", "ORGAN"),
    (r"Council", "COUNCIL"),
    (r"Commission(?=\s+(?:resolutions?|decisions?)\s+\d)", "COMMISSION"),
    # "The Commission, in its resolution 55/1", "the Commission, which in its resolution 33/1":
    # the commission named before. "invites the Commission to continue its work on the
    # follow-up to its resolution 34/3": "its" is the Commission the clause is about.
    # "the Commission at its sixty-ninth session, in its resolution 69/1".
    ((r"(?<=\b[Tt]he\s)Commission(?=(?:\s+at\s+its\s+[\w-]+\s+(?:special\s+)?session)?\s*,?\s*(?:which\s+|that\s+)?(?:had\s+|has\s+)?(?:in|by)\s+its\s+"
      r"(?:resolutions?|decisions?)\s+\d|\s+to\s+[a-z][^,;:()]{0,80}?\bits\s+(?:resolutions?|decisions?)\s+\d"
      # "the Commission's work on data stewardship as set out in its decision 55/103"
      r"|['’]s\s+[a-z][^,;:()]{0,80}?\bits\s+(?:resolutions?|decisions?)\s+\d"
      # "pays tribute to the work of the Commission over six decades, including its resolution 2005/74"
      r"|\s+[a-z][^,;:()]{0,60}?,\s+(?:including|notably|in\s+particular)\s+its\s+(?:resolutions?|decisions?)\s+\d)"),
     "COMMISSION_NAMED"),
    # "the Commission adopted resolution 68/4 and its decision 68/101": the subject of the verb.
    # "the Commission, at its eighty-first session, held in Bangkok …, adopted resolution 81/1".
    ((r"(?<=\b[Tt]he\s)Commission(?=\s*(?:,[^,;:]{0,60}(?:,[^,;:]{0,80})?,)?\s+(?:also\s+)?(?:adopted|approved)"
      r"\s+(?:its\s+)?(?:resolutions?|decisions?)\s+\d)"),
     "COMMISSION_NAMED"),
    # "the resolutions adopted by the Commission at its sixty-fifth and sixty-sixth sessions on synthetic
    # drugs, in particular resolutions 65/2 and 66/1": the texts of the commission named before.
    ((r"(?<=\b(?:adopted|approved)\s+by\s+the\s)Commission(?=[^;:()]{0,120}?,\s+(?:including|notably|in\s+particular"
      r"|especially)\s+(?:its\s+)?(?:resolutions?|decisions?)\s+\d)"),
     "COMMISSION_NAMED"),
]

ITS = r"\b(?:its|their|our)"

VERBS = [
    ("Recalling", "recalls"), ("Recalls", "recalls"), ("Reaffirming", "reaffirms"),
    ("Reaffirms", "reaffirms"), ("Bearing in mind", "bears_in_mind"),
    ("Taking note", "notes"), ("Takes note", "notes"), ("Noting", "notes"), ("Notes", "notes"),
    ("Welcoming", "welcomes"), ("Welcomes", "welcomes"), ("Urges", "urges"),
    ("Urging", "urges"), ("Requests", "requests"), ("Requesting", "requests"),
    ("Calls upon", "calls_upon"), ("Calls on", "calls_upon"), ("Calling upon", "calls_upon"),
    ("Calls for", "calls_upon"), ("Calling for", "calls_upon"),
    # Declarations speak in the first person: "We welcome", "We reaffirm".
    ("welcome", "welcomes"), ("reaffirm", "reaffirms"), ("recall", "recalls"),
    ("recognize", "recognizes"), ("acknowledge", "recognizes"), ("note", "notes"),
    ("take note", "notes"), ("stress", "stresses"), ("emphasize", "stresses"),
    ("underline", "stresses"), ("urge", "urges"), ("call upon", "calls_upon"),
    ("call on", "calls_upon"), ("encourage", "encourages"), ("invite", "invites"),
    ("decide", "decides"), ("request", "requests"), ("affirm", "affirms"),
    ("endorse", "endorses"), ("support", "supports"), ("commit", "commits"),
    ("remain committed", "commits"), ("express", "expresses"),
    ("Encourages", "encourages"), ("Encouraging", "encourages"), ("Decides", "decides"),
    ("Recognizing", "recognizes"), ("Recognizes", "recognizes"), ("Stressing", "stresses"),
    ("Stresses", "stresses"), ("Emphasizing", "stresses"), ("Emphasizes", "stresses"),
    ("Underlining", "stresses"), ("Underlines", "stresses"), ("Concerned", "concerned"),
    ("Expressing", "expresses"), ("Expresses", "expresses"), ("Convinced", "convinced"),
    ("Endorses", "endorses"), ("Approves", "endorses"), ("Adopts", "adopts"),
    ("Invites", "invites"), ("Inviting", "invites"), ("Acknowledging", "recognizes"),
    ("Acknowledges", "recognizes"), ("Affirming", "affirms"), ("Affirms", "affirms"),
    ("Reiterating", "reaffirms"), ("Reiterates", "reaffirms"), ("Considering", "considering"),
    ("Having considered", "considering"), ("Taking into account", "considering"),
    ("Guided by", "guided_by"), ("Mindful", "bears_in_mind"), ("Condemns", "condemns"),
    ("Condemning", "condemns"), ("Demands", "demands"), ("Appreciating", "appreciates"),
    ("Supports", "supports"), ("Commends", "appreciates"), ("Acting under", "acting_under"),
    ("Determining", "determines"), ("Determines", "determines"), ("Alarmed", "concerned"),
    ("Calls attention", "draws_attention"), ("Draws attention", "draws_attention"),
    ("Drawing attention", "draws_attention"),
]
VERB_PREFIX = (
    r"(?:We\s+(?:(?:also|further|strongly|once\s+again|again|firmly|deeply|fully|warmly|"
    r"therefore|hereby)\s+)*(?=[a-z]))?"
    r"(?:(?:Also|Further|Strongly|Once\s+again|Again|Firmly|Deeply|Gravely|Warmly|Seriously|"
    r"Further\s+recalling|Recalling\s+further)\s+)?"
)

# Instruments: capitalised titles headed by an instrument word, "the Convention".
INSTRUMENT_WORDS = {
    "Convention": "convention", "Covenant": "convention", "Protocol": "protocol",
    "Declaration": "declaration", "Rules": "rules", "Strategy": "strategy",
    "Principles": "principles", "Guidelines": "guidelines", "Programme of Action": "programme",
    "Plan of Action": "plan", "Charter": "charter", "Treaty": "convention",
    "Agreement": "agreement", "Accord": "agreement",
}
# Words only the gazetteer turns into instruments ("the 2030 Agenda").
GAZETTEER_WORDS = (r"Agenda|Statute|Strategies|Framework|Outcome|Platform\s+for\s+Action|Consensus|Action\s+Plan|Safeguards|"
                   r"Code\s+of\s+Conduct")
# Words matched in capitals only: "the Pact for the Future", "the Global Compact".
GAZETTEER_CAPITALS = r"Conventions|Pact|Compact|Pathway|Commitments?|Rules\s+of\s+Procedure|Scheme|Moratorium"
_IWORD = "|".join(w.replace(" ", r"\s+") for w in sorted(INSTRUMENT_WORDS, key=len, reverse=True))
# Titles are capitalised, but some official names are not ("the strategy for
# the period 2008-2011 for the United Nations Office on Drugs and Crime"):
# the gazetteer also matches them in lower case, unknown titles need capitals.
_ANCHOR = "|".join(f"[{w[0]}{w[0].lower()}]{w[1:]}" for w in f"{_IWORD}|{GAZETTEER_WORDS}".split("|"))
CAP = r"(?:[A-Z][\w’'\-]*|\d{4})"
INSTRUMENTS = InstrumentParts(
    title=rf"\b(?P<w>{_ANCHOR}|{GAZETTEER_CAPITALS})\b",
    anaphor=rf"\b(?:[Tt]he|[Tt]his|[Tt]hat|said)\s+(?P<w>{_IWORD})\b(?!\s+(?:on|of|against|for|to|relating|concerning)\s+(?:the\s+)?[A-Z])",
    words=INSTRUMENT_WORDS,
    publication=(
        r"\b(?:Manual|Handbook|Report|Toolkit|Tool\s+Kit|Model\s+Law|Model\s+Treaty|Model\s+Agreement|Guide|"
        r"Model\s+(?:[A-Z][\w-]+\s+){0,3}(?:Convention|Treaty|Agreement|Protocol)|"
        r"Compendium|Yearbook|Study|Survey|Digest|Commentary|Series|Bulletin)\b"
    ),
    treaty_series=(
        r"(?:Treaty\s+Series|[Ii]bid\.?)\*?\s*,\s*vols?\.\s*(?P<vols>\d+(?:\s*(?:,|and|-)\s*\d+)*)"
        r"\s*,\s*No\.\s*(?P<no>\d+)"
    ),
    ibid=r"\s*(?:Ibid|Idem)\b",
    annex=r"annex|appendix",
    family=r"[\s,)]*and\s+(?:the\s+)?(?:Optional\s+)?Protocols?\s+thereto[\s,]*",
    examples=[
        ("Recalling the United Nations Convention against Corruption,", ["instrument:UNCAC"]),
        ("the Convention on the Rights of the Child and the Optional Protocols thereto",
         ["instrument:CRC"]),
        ("States parties to the Convention against Corruption. The Convention",
         ["instrument:UNCAC", "instrument:UNCAC"]),
        ("the United Nations Convention against Corruption and urges parties to the Convention",
         ["instrument:UNCAC", "instrument:UNCAC"]),
        ("the Palermo Convention", ["instrument:UNTOC"]),
        ("the Universal Declaration of Human Rights", ["instrument:UDHR"]),
        ("the Abu Dhabi Declaration on Ocean Litter", ["instrument:Abu Dhabi Declaration on Ocean Litter"]),
        ("the Legislative Guide for the Implementation of the Convention", []),
        ("the World Drug Report 2012", []),
        ("Article 5 of the Convention", []),
        ("the Lusaka Ceasefire Agreement (S/1999/815)", ["instrument:Lusaka Ceasefire Agreement"]),
        ("commitments in the Pact for the Future and the Global Digital Compact",
         ["instrument:PACT-FOR-THE-FUTURE", "instrument:GLOBAL-DIGITAL-COMPACT"]),
    ],
)

PINPOINT_AFTER = (
    r"\s*,?\s*((?:annexes?|annex|appendix)(?:\s+[IVX]+(?:\s*(?:to|and|-)\s*[IVX]+)?)?"
    r"|para(?:graph)?s?\.?\s*\d+(?:\s*\([a-z]\))?|chap(?:ter)?\.?\s+[IVX]+|sect(?:ion)?\.?\s+[IVX]+)"
)
PINPOINT_BEFORE = (
    r"((?:paragraphs?|para\.|annex(?:es)?|section|chapter|part)\s+(?:\d+|[IVX]+)?"
    r"(?:\s*\([a-z]\))?(?:\s*(?:and|to)\s*\d+)?|annex)\s+(?:of|to)\s+(?:the\s+)?(?:its\s+)?$"
)

REPORT_LINE = (
    r"\[\s*on\s+the\s+reports?\s+of\s+the\s+(?P<committee>[^\[\]()]{0,80}?)\s*"
    r"\(\s*(?P<sym>[^()]{3,80}?)\s*\)\s*\]"
)
HEADING = (
    r"^\s*(?:#+\s*)?(?P<num>(?:19|20)\d\d\s*/\s*S-\d{1,2}\s*/\s*\d{1,3}|(?:(?:S|ES)-)?\d{1,4}\s*/\s*\d{1,4}(?:\s?[A-Z])?"
    # Before 1976: "3281 (XXIX). Charter of …", "3201 (S-VI). Declaration …".
    r"|\d{1,4}\s*(?:[A-Z]\s*)?\(\s*(?:(?:S|ES)-)?[IVXL]{1,8}\s*\))\s*\.(?:\s+(?P<title>\S.*))?$"
    # A commission's report: "Resolution 33/2" on a line of its own, the title below.
    # a commission's web page: "CND Resolution 69/4", "CCPCJ Decision 35/101".
    r"|^\s*(?:(?:CND|CCPCJ)\s+)?(?P<word>Resolution|Decision|RESOLUTION|DECISION)\s+(?P<num>(?:19|20)\d\d\s*/\s*S-\d{1,2}\s*/\s*\d{1,3}|(?:(?:S|ES)-)?\d{1,4}\s*/\s*\d{1,4})\s*$"
)
HEADING_SC = (
    # "Resolution 350 (1974) of 31 May 1974": a date after it, nothing more (not a wrapped line of prose,
    # "resolution 350 (1974) of 31 May 1974 in order to supervise …")
    rf"^\s*(?:#+\s*)?(?|(?i:reso[l1]ution)\s+(?P<num>{NUM})\s*\(\s*(?P<year>{YEAR})\s*\)\s*"
    rf"(?:of\s+(?:\d{{1,2}}\s+)?[A-Z][a-z]+(?:\s+\d{{1,2}})?,?\s+\d{{4}}\s*[.:]?\s*(?:\[[^\]]*\]\s*)?|of\s*)?"
    rf"|(?P<num>{NUM})\s*\(\s*(?P<year>{YEAR})\s*\)\s*\.?\s*Resolution\s+of\s.*)$"
)
CLOSING_DATE = (
    rf"(?:[Aa]dopted\s+by\s+the\s+[A-Z][\w\s]{{3,60}}?\s+on|plenary\s+meeting\s*,?|"
    rf"meeting\s*,?\s*on|Resolution\s+of|^\s*of)\s+(?P<d>\d{{1,2}})\s+(?P<mon>{MONTH})\s+(?P<y>{YEAR})"
)
ITEM_DATE = r"(?!x)x"
DATE_AFTER = rf"\s+of\s+(?P<d>\d{{1,2}})\s+(?P<mon>{MONTH})\s+(?P<y>{YEAR})"

TABLE = LangTable(
    lang="en",
    patterns=[
        Pattern(
            "reslist",
            LIST,
            examples=[
                ("Recalling its resolution 46/152 of 18 December 1991", ["A/RES/46/152"]),
                ("resolution 54/55 B", ["A/RES/54/55B"]),
                ("resolution 40/151 G of 16 December 1985", ["A/RES/40/151G"]),
                ("resolutions 35/147 of 12 December 1980,\n36/87 A and B of 9 December 1981, 37/75 of",
                 ["A/RES/35/147", "A/RES/36/87A", "A/RES/36/87B", "A/RES/37/75"]),
                ("resolution 34/83 A to C", ["A/RES/34/83A", "A/RES/34/83B", "A/RES/34/83C"]),
                ("adopted two resolutions (79/1 and 79/2)", ["A/RES/79/1", "A/RES/79/2"]),
                ("decisions on the budget (2024/25)", []),
                ("resolutions 52/38 F of 9 December 1997, 53/77 AA of 4 December 1998, 54/54 U",
                 ["A/RES/52/38F", "A/RES/53/77AA", "A/RES/54/54U"]),
                ("resolutions 206 (1965) of 15 June, 207 (1965) of 10 Au-\ngust and 219 (1965) of",
                 ["S/RES/206(1965)", "S/RES/207(1965)", "S/RES/219(1965)"]),
                ("resolutions 1390 (2002) of 16 January 2002, and in particular, 1447 (2002) of 4",
                 ["S/RES/1390(2002)", "S/RES/1447(2002)"]),
                (("resolution 63/71 of 2 December 2008 on the Convention on Cluster Munitions "
                  "and 70/54 of 7 December 2015"), ["A/RES/63/71", "A/RES/70/54"]),
                ("COMMITTEE ESTABLISHED BY RESOLUTION 661 (1990)", ["S/RES/661(1990)"]),
                (("resolutions 70/1 of 25 September 2015, entitled \"Transforming our world: the 2030 "
                  "Agenda for Sustainable Development\", 72/305 of 23 July 2018 and 75/290 A"),
                 ["A/RES/70/1", "A/RES/72/305", "A/RES/75/290A"]),
                ("resolution 2200 A (XXI)", ["A/RES/2200(XXI)"]),
                ("resolution 3201 (S-VI)", ["A/RES/3201(S-VI)"]),
                ("decision 40/438", ["A/DEC/40/438"]),
                ("Security Council resolution 1373 (2001)", ["S/RES/1373(2001)"]),
                ("resolutions 1267 (1999),\n\n1333 (2000) and 1390\n(2002)",
                 ["S/RES/1267(1999)", "S/RES/1333(2000)", "S/RES/1390(2002)"]),
                ("Economic and Social Council resolution 2004/28 of 21 July 2004",
                 ["E/RES/2004/28"]),
                ("Council resolution 155 C (VII)", ["E/RES/155(VII)"]),
                ("Commission on Narcotic Drugs resolution 52/13", ["CND/RES/52/13"]),
                ("Human Rights Council resolution 16/1", ["A/HRC/RES/16/1"]),
                ("Commission on Crime Prevention and Criminal Justice decision 17/2",
                 ["CCPCJ/DEC/17/2"]),
                ("decision 4/1 of the Conference of the Parties", ["CTOC/COP/DEC/4/1"]),
                (("Conference of the States Parties to the United Nations Convention against "
                 "Corruption resolutions 1/1 and 2/1"), ["CAC/COSP/RES/1/1", "CAC/COSP/RES/2/1"]),
                ("resolutions 2012/12 to 2012/14", ["E/RES/2012/12", "E/RES/2012/13",
                                                     "E/RES/2012/14"]),
                (("resolutions 1803 (XVII) of 14 December 1962 on permanent sovereignty over "
                  "natural resources, 2625 (XXV) of 24 October 1970"),
                 ["A/RES/1803(XVII)", "A/RES/2625(XXV)"]),
                ("resolutions 62/272, 64/297 and 66/282",
                 ["A/RES/62/272", "A/RES/64/297", "A/RES/66/282"]),
                ("Security Council resolution 1493 of 28 July 2003", ["S/RES/1493(2003)"]),
                ("General Assembly resolution 217 A (III)", ["A/RES/217(III)"]),
                ("resolution ES-10/24", ["A/RES/ES-10/24"]),
                ("Commission on Human Rights resolution 2005/44", ["E/CN.4/RES/2005/44"]),
            ],
        ),
    ],
    bodies=BODIES,
    its=ITS,
    verbs=VERBS,
    verb_prefix=VERB_PREFIX,
    pinpoint_after=PINPOINT_AFTER,
    pinpoint_before=PINPOINT_BEFORE,
    symbol_joiners=r"\s*(?:and|,|&)\s*",
    report_line=REPORT_LINE,
    heading=HEADING,
    heading_sc=HEADING_SC,
    closing_date=CLOSING_DATE,
    item_date=ITEM_DATE,
    date_after=DATE_AFTER,
    sentence_end=r"(?<!\b(?:No|para|paras|vol|Add|Corr|Rev|Sales|annex|p|pp|art|chap|sect))[.;](?=\s)|\n",
    months={m: i + 1 for i, m in enumerate(MONTH[3:-1].split("|"))},
    instruments=INSTRUMENTS,
    other_keys=OTHER_KEYS,
)
