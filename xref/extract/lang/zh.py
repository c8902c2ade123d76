"""Chinese pattern table: the named parts UN Chinese texts build references from."""

from __future__ import annotations

from ..table import InstrumentParts, LangTable, Pattern

__all__ = ["TABLE"]

LP, RP = r"[(（]", r"[)）]"
NUM = r"\d{1,4}"
YEAR = r"(?:19[4-9]\d|20\d\d)"
# A resolution number as printed between 第 and 号: x/y (with a letter), an
# SC number with its year, an old number with its Roman session, or a bare
# integer that only an SC context turns into a reference.
# "第 36/87 A 和 B 号决议", "第 34/83 A 至 G 号": the parts of one lettered resolution.
LETTERS = r"(?:\s*(?:、|，|,|和|及|至|到|-|–)\s*(?P<m>[A-Z])(?P=m)?(?![A-Za-z/\d]))*"
# "1992/S-1/1": a special session of the Commission on Human Rights, numbered in its year.
XY = rf"(?:{YEAR}\s*/\s*S\s*-\s*\d{{1,2}}\s*/\s*{NUM}|(?:(?:S|ES)\s*-\s*)?{NUM}\s*/\s*{NUM}(?:\s*(?P<l>[A-Z])(?P=l)?(?![A-Za-z/]){LETTERS})?)"
SC = rf"{NUM}\s*(?:[A-Z]\s*)?{LP}\s*{YEAR}\s*{RP}"
# "第 2775 A 至 H (XXVI) 号决议": the parts of one old resolution, which the id does not keep.
# "第 2 625 (XXV) 号": a scan's space between the thousands and the rest of an old number.
OLD_NUM = r"(?:\d \d{3}|\d{1,4})"
OLD = rf"{OLD_NUM}\s*(?:[A-Z](?:\s*(?:至|和|、|,|，|[-–])\s*[A-Z](?![A-Za-z]))*\s*)?{LP}\s*(?:(?:S|ES)\s*-\s*)?(?:[IVXL]{{1,8}}|(?<=-\s*)\d{{1,2}})\s*{RP}"
# "第 14 (I) A 号决议": the letter after the session, as some prints set it.
OLD += r"(?:\s*[A-Z](?![A-Za-z/\d]))?"
INT = r"\d{1,4}(?![\d/])"
DATE = rf"{YEAR}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*"
NUMBER = rf"(?:{SC}|{OLD}|{XY}|{INT})"
TITLED = r"(?:(?:题为|題為)\s*[“「][^”」]{1,160}[”」]\s*(?:的|之)\s*)"
# "大会第 70/262 号和安全理事会第 2282（2016）号决议": each item may name its body.
# "麻醉药品委员会 2025 年 3 月 14 日第 68/6 号和预防犯罪和刑事司法委员会 2025 年 5 月 23 日第 34/5 号决议".
ITEM_BODY = (r"(?:(?:大会|大會|安全理事会|安全理事會|安理会|安理會|经济及社会理事会|經濟及社會理事會|经社理事会|人权理事会|人權理事會"
             r"|麻醉药品委员会|麻醉藥品委員會|预防犯罪和刑事司法委员会|預防犯罪和刑事司法委員會|妇女地位委员会|婦女地位委員會"
             r"|(?:(?:《[^《》]{4,40}》|联合国打击跨国有组织犯罪公约|联合国反腐败公约)\s*)?(?:缔约方会议|締約方會議|缔约国会议|締約國會議))\s*)")
# "第 78/118 号和关于自然灾害领域从救济到发展的国际合作的第 78/120 号决议": a topic before an item.
TOPIC_ITEM = r"(?:(?:关于|關於)[^。；：“”《》\d]{1,60}?(?:的|之)\s*(?=第))"
# "第 1896 (LVII) 号和 8 月 1 日第 1906 (LVII) 号决议": a later item's date may leave out the year.
LATER_DATE = rf"(?:(?:{YEAR}\s*年\s*)?\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*)"
# "第 46/15 号、第五十二届会议 2023 年 4 月 4 日第 52/7 号和…": a later item's session before its date.
SESSION_ITEM = r"(?:第[一二三四五六七八九十]{1,4}(?:届|屆)(?:会议|會議)\s*)"
ITEM = rf"{ITEM_BODY}?{SESSION_ITEM}?(?:{LATER_DATE})?(?:{TITLED}|{TOPIC_ITEM})?(?:{DATE})?(?:第\s*)?{NUMBER}(?:\s*[号號](?!\s*(?:决|決)))?"
SEP = r"(?:、|，|,|和|及|以及|与|與|或|至|到|-|~|～|—)"
# Conversions mix the scripts: "号决議".
# "第 32/61 号关于死刑的决议": the topic may come between 号 and 决议.
CLOSE = (r"\s*(?:[号號]\s*)?(?:(?:关于|關於)[^。；：“”《》\d]{1,40}?(?:的|之)\s*|(?:的|之)\s*)?"
         r"(?P<word>[决決][议議]|[决決]定)")
# The items are taken possessively (``*+``): a list that never reaches its
# 号决议 fails at once instead of retrying every shorter list, which made a
# file of 100,000 unclosed items take minutes.
# ("第 74/144、76/154、<br>78/195 号决议": a Markdown cell's line break inside the list)
LIST = rf"(?:{DATE})?第\s*{NUMBER}(?:\s*[号號](?!\s*(?:决|決)))?(?:\s*{SEP}\s*(?:<br\s*/?>\s*)?{ITEM})*+{CLOSE}"

# Instruments: 《…》 titles, bare 《公约》 / 该公约, and their footnotes.
INSTRUMENT_WORDS = {
    "公约": "convention", "公約": "convention", "议定书": "protocol", "議定書": "protocol",
    "宣言": "declaration", "规则": "rules", "規則": "rules", "战略": "strategy",
    "戰略": "strategy", "原则": "principles", "原則": "principles", "准则": "guidelines",
    "準則": "guidelines", "行动纲领": "programme", "行動綱領": "programme",
    "行动计划": "plan", "行動計劃": "plan", "宪章": "charter", "憲章": "charter",
    "协定": "agreement", "協定": "agreement", "条约": "convention", "條約": "convention",
    "共识": "agreement", "共識": "agreement", "保障措施": "principles", "成果文件": "outcome",
    "行为守则": "rules", "行為守則": "rules",
    # "《重振的解决南苏丹共和国冲突协议》", "《国际法委员会章程》".
    "协议": "agreement", "協議": "agreement", "章程": "statute",
    # "…暴力行为示范战略和实际措施": the model strategies end on their measures.
    "示范战略和实际措施": "strategy", "示範戰略和實際措施": "strategy",
}
_IWORD = "|".join(sorted(INSTRUMENT_WORDS, key=len, reverse=True))
INSTRUMENTS = InstrumentParts(
    title=r"《(?P<t>[^《》\n]{2,200}?)》",
    anaphor=rf"《\s*(?P<w>{_IWORD})\s*》|(?:该|該|上述|此项|此項|这项|這項)\s*(?P<w>{_IWORD})",
    words=INSTRUMENT_WORDS,
    publication=r"手册|手冊|报告|報告|工具包|示范法|示範法|示范协定|示範協定|汇编|彙編|指南|年鉴|年鑒|评注|評註|丛书|叢書",
    treaty_series=(
        # "联合国，《条约汇编》", also "《联合国条约集》" and "《条约集》".
        r"(?:《?\s*条约汇编\s*》?|《?\s*條約彙編\s*》?|《?\s*(?:联合国|聯合國)?\s*(?:条约集|條約集)\s*》?|同上)"
        r"\s*[，,]?\s*第\s*"  # "《联合国条约集》第 2225 卷第 39574 号": the commas may be left out
        r"(?P<vols>\d+(?:\s*(?:、|和|及|,|，)\s*\d+)*)\s*卷\s*[，,]?\s*第\s*(?P<no>\d+)\s*[号號]"
    ),
    ibid=r"\s*(?:同上|同前)",
    annex=r"附件|附录|附錄",
    family=(
        r"[\s、，,）)]*(?:及其|和其|及|和)(?:关于[^《》。；]{1,40}的)?(?:各项)?(?:补充|任择)?"
        r"《?议定书》?[\s、，,]*"
    ),
    examples=[
        ("回顾《联合国反腐败公约》", ["instrument:UNCAC"]),
        ("《联合国打击跨国有组织犯罪公约》（《巴勒莫公约》）", ["instrument:UNTOC", "instrument:UNTOC"]),
        ("《联合国反腐败公约》，并敦促《公约》缔约国", ["instrument:UNCAC", "instrument:UNCAC"]),
        ("《联\n\n合国反腐败公约》", ["instrument:UNCAC"]),
        ("《关于海洋垃圾的某某公约》", ["instrument:关于海洋垃圾的某某公约"]),
        ("《联合国反腐败公约实施立法指南》", []),
        ("《毒品和犯罪问题办事处年度报告》", []),
        ("敦促《公约》缔约国", []),
        ("《卢萨卡停火协定》", ["instrument:卢萨卡停火协定"]),
    ],
)

# What every "OTHER" name below holds (see LangTable.other_keys).
OTHER_KEYS = ("不限成员名额工作组", "不限成員名額工作組", "环境大会", "環境大會", "卫生大会", "衛生大會", "原子能", "人类住区", "人居署", "人居大会", "人居大會", "教科文", "粮农",
              "劳工", "工发", "阿拉伯", "阿盟", "执行局", "執行局", "和平与安全", "和平與安全", "非洲", "美洲",
              "欧洲经", "歐洲經", "拉加", "拉丁美洲", "西亚", "西亞", "缔约方大会", "締約方大會", "生物多样性",
              "气候变化", "濒危", "荒漠化", "巴塞尔", "鹿特丹", "斯德哥尔摩", "水俣", "拉姆萨尔", "湿地",
              "武器贸易", "化学武器", "生物武器", "地雷", "工业发展", "工業發展",
              "贸易和发展", "貿易和發展", "贸发", "貿發", "CBD/", "FCCC/", "ICCD/", "UNEP/", "部长", "部長",
              "集体安全", "集體安全")
BODIES = [
    (r"安全理事会|安理会|安全理事會|安理會", "SC"),
    (r"经济及社会理事会|经社理事会|經濟及社會理事會|經社理事會", "ECOSOC"),
    (r"人权理事会|人權理事會", "HRC"),
    ((r"促进和保护人权小组委员会|增进和保护人权小组委员会|促進和保護人權小組委員會|增進和保護人權小組委員會|"
      r"防止歧[视視](?:和|及)保[护護]少[数數]小[组組]委[员員][会會]|"
      r"人权促进和保护小组委员会|人權促進和保護小組委員會|"
      # its short names before its year-first numbers: "人权小组委员会第 2005/30 号决议", "小组委员会第 2004/112 号决定"
      # "小组委员会 2000 年 8 月 17 日关于阿富汗妇女和女童处境的第 2000/13 号决议": a date, a topic, then the number
      r"(?<!酷刑|酷刑问题)(?:人权|人權)?小[组組]委[员員][会會](?=\s*(?:\d{4}\s*年[^第，。]{0,12})?"
      # ("小組委員會關於通過軍事法庭執行司法問題的 2005 年 8 月 12 日第 2005/106 號決定": the topic, then the date)
      r"(?:(?:关于|關於)[^第，。；]{1,40}?(?:的|之)\s*)?(?:\d{4}\s*年[^第，。]{0,12})?第\s*(?:19|20)\d\d\s*/)"),
     "SUBCOM"),
    (r"人权委员会|人權委員會", "CHR"),
    (r"妇女地位委员会|婦女地位委員會", "CSW"),
    (r"亚洲及太平洋经济社会委员会|亞洲及太平洋經濟社會委員會|亚太经社会|亞太經社會", "ESCAP"),
    ((r"非洲经济委员会|非洲經濟委員會|非洲经委会|欧洲经济委员会|歐洲經濟委員會|欧洲经委会|"
      r"拉丁美洲和加勒比经济委员会|拉加经委会|西亚经济社会委员会|西亞經濟社會委員會|西亚经社会"), "OTHER"),
    (r"社会发展委员会|社會發展委員會", "CSOCD"),
    (r"人口与发展委员会|人口與發展委員會", "CPD"),
    (r"统计委员会|統計委員會", "STAT"),
    (r"科学和技术促进发展委员会|科學和技術促進發展委員會", "CSTD"),
    (r"可持续发展委员会|可持續發展委員會", "CSD"),
    (r"\bE/(?:19|20)\d\d/27(?=\s*[)）]?\s*[，,]\s*第)", "CSW"),
    (r"\bE/(?:19|20)\d\d/28(?=\s*[)）]?\s*[，,]\s*第)", "CND"),
    (r"\bE/(?:19|20)\d\d/30(?=\s*[)）]?\s*[，,]\s*第)", "CCPCJ"),
    # Another treaty's conference, by the symbol of its report: "CBD/COP/15/17，第 15/4 号决定".
    (r"\b(?:CBD|FCCC|ICCD|UNEP/[\w.]+)/[\w./()-]+(?=\s*[)）]?\s*[，,]\s*第)", "OTHER"),
    (r"麻醉药品委员会|麻醉藥品委員會|麻委会", "CND"),
    (r"预防犯罪和刑事司法委员会|預防犯罪和刑事司法委員會|犯罪委员会|预防犯罪委员会", "CCPCJ"),
    # The conferences of other treaties number their own decisions: "《生物多样性公约》缔约方大会
    # 第 15/4 号决定", "缔约方大会" (the UNTOC conference is a 缔约方会议).
    ((r"缔约方大会|締約方大會|(?:生物多样性|气候变化框架|濒危野生动植物种国际贸易|防治荒漠化|巴塞尔|鹿特丹|"
      r"斯德哥尔摩|水俣|拉姆萨尔|湿地|武器贸易|禁止化学武器|生物武器|禁止杀伤人员地雷)[^，。；]{0,12}?(?:公约|条约)》?\s*缔约方会议"),
     "OTHER"),
    # "联合国打击跨国有组织犯罪公约缔约方会议", "《联合国反腐败公约》缔约国会议": the full name.
    # The Convention's title right before a number is its conference's: a table's cell
    # "《联合国打击跨国有组织犯罪公约》 第 12/1 号决议" (the Convention itself numbers nothing).
    ((r"(?:《?(?:联合国)?(?:打击跨国)?有组织犯罪公约》?)[^\S\n]*缔约方会议|缔约方会议|締約方會議"
     r"|《(?:联合国)?打击跨国有组织犯罪公约》(?=\s*第\s*\d{1,2}\s*/\s*\d)"), "COP"),
    ((r"(?:《?(?:联合国)?反腐败公约》?)[^\S\n]*缔约国会议|缔约国会议|締約國會議"
     r"|《(?:联合国)?反腐败公约》(?=\s*第\s*\d{1,2}\s*/\s*\d)"), "COSP"),
    # A committee's directorate issues nothing: "反恐怖主义委员会执行局" (not an executive board).
    (r"委员会执行局|委員會執行局|反恐执行局|反恐執行局", "ORGAN"),  # also its short name, "反恐执行局"
    # Other assemblies number their own texts: the UN Environment Assembly, the World Health Assembly.
    # (Plain literals: an optional prefix here would slow the scan of every text.)
    ((r"环境大会|環境大會|卫生大会|衛生大會|原子能机构大会|原子能機構大會|人类住区规划署大会|人居署大会|人居大会|人居大會|"
      r"教科文组织大会|粮农组织大会|国际劳工大会|工发组织大会|阿拉伯国家联盟理事会|阿拉伯国家联盟|"
      r"阿拉伯國家聯盟理事會|阿拉伯國家聯盟|阿盟理事会|执行局|執行局|和平与安全理事会|和平與安全理事會|"
      # the Collective Security Treaty Organization's council, "集安组织集体安全理事会 … 第 11 号决定"
      r"集体安全理事会|集體安全理事會|"
      r"非洲联盟|非洲聯盟|美洲国家组织|美洲國家組織|"
      # A working group's own decisions: "老龄问题不限成员名额工作组第 14/1 号决定".
      r"(?:不限成员名额工作组|不限成員名額工作組)(?=\s*(?:\d{4}\s*年[^第，。]{0,12})?第\s*\d{1,2}\s*/\s*\d{1,3}\s*[号號]\s*(?:决定|決定))|"
      # UNIDO's and UNCTAD's boards: "工业发展理事会第 45 (IX) 号决议".
      # (only before their own numbers: the Assembly's texts name them at work on its resolutions).
      r"(?:工业发展理事会|工業發展理事會|贸易和发展理事会|貿易和發展理事會|贸发理事会|貿發理事會)"
      r"(?=\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?第\s*\d)|"
      # Another organization's ministers: "歐洲安全與合作組織部長理事會第 1/17 號決定".
      r"(?:部长理事会|部長理事會|部长会议|部長會議)"), "OTHER"),
    # Not the Congress: "第十五届大会", "联合国预防犯罪和刑事司法大会", "罪犯待遇大会"
    # (the Assembly's sessions are "大会第七十九届会议").
    (r"(?<!届|屆|刑事司法|罪犯待遇)(?:大会|大會)", "GA"),
    # Councils that number no texts of their own, and are not "the Council" of a number
    # after them: "请联合国纳米比亚理事会继续履行第 2248 (S-V) 号决议".
    (r"联合国纳米比亚理事会|聯合國納米比亞理事會|纳米比亚理事会|納米比亞理事會|托管理事会|託管理事會", "ORGAN"),
    (r"理事会|理事會", "COUNCIL"),
    # 委员会 alone, before a number, is the commission whose text it is (or
    # the one named before); not 第三委员会, a main committee.
    # 该委员会: the commission just named, not the one whose text it is.
    (r"(?:该|該)(?:委员会|委員會)", "COMMISSION_NAMED"),
    # "回顾委员会 2016 年 3 月 24 日关于…的第 60/2 号决议": a date or topic may come between;
    # "委员会还回顾了关于其今后工作安排和方法的第 64/1 号决议": the commission as the subject.
    # Not "根据委员会的报告（A/78/482）…通过了第 78/200 号决议": a main committee's report.
    # "委员会其后的各项决议，包括 2002 年 4 月 22 日第 2002/43 号": its later resolutions, listed.
    ((r"(?<!第[一二三四五六])(?:委员会|委員會)(?!的报告|的報告)(?=[^。；，“”]{0,60}?第\s*\d|"
      r"(?:其后|其後|此后|此後|随后|隨後)的各项决议[，,](?:包括|特别是|特別是|尤其是)[^。；，“”]{0,40}?第\s*\d)"),
     "COMMISSION"),
]

# "回顾其关于替代发展的第 58/4 号决议": the topic may come between 其 and the number.
ITS = r"(?:其|本)(?:关于|關於)[^。；，,;“”]{1,60}?(?:的|之)|其|本"

VERBS = [
    ("回顾", "recalls"), ("忆及", "recalls"), ("重申", "reaffirms"), ("铭记", "bears_in_mind"),
    ("注意到", "notes"), ("表示注意到", "notes"), ("赞赏地注意到", "notes"),
    ("满意地注意到", "notes"), ("关切地注意到", "notes"), ("欢迎", "welcomes"),
    ("敦促", "urges"), ("促请", "calls_upon"), ("吁请", "calls_upon"), ("请", "requests"),
    ("鼓励", "encourages"), ("决定", "decides"), ("确认", "recognizes"),
    ("认识到", "recognizes"), ("承认", "recognizes"), ("强调", "stresses"),
    ("着重指出", "stresses"), ("关切", "concerned"), ("严重关切", "concerned"),
    ("深为关切", "concerned"), ("赞赏", "appreciates"), ("邀请", "invites"),
    ("核可", "endorses"), ("核准", "endorses"), ("赞同", "endorses"), ("通过", "adopts"),
    ("深信", "convinced"), ("考虑到", "considering"), ("申明", "affirms"),
    ("支持", "supports"), ("感谢", "thanks"), ("呼吁", "calls_upon"), ("谴责", "condemns"),
    ("要求", "demands"), ("表示", "expresses"), ("遵循", "guided_by"), ("参照", "guided_by"),
]
# Traditional script (Hong Kong, Taiwan and older UN texts) writes the same
# verbs with these characters: 回顧, 銘記, 歡迎, 請.
_TRADITIONAL = str.maketrans(
    "顾忆铭记赞赏满关欢请吁励决确认识强调着严为邀过虑谢谴参还并进",
    "顧憶銘記讚賞滿關歡請籲勵決確認識強調著嚴為邀過慮謝譴參還並進",
)
VERBS += [(v.translate(_TRADITIONAL), r) for v, r in VERBS if v.translate(_TRADITIONAL) != v]
# Adverbs that come before the verb: 又回顾, 还重申, 并请 (還, 並 in Traditional script).
VERB_PREFIX = r"(?:又|还|還|并|並|另|亦|再次|进一步|進一步|也)?"

PINPOINT_AFTER = (
    r"(?:\s*[号號]\s*(?:决议|決議|决定|決定))?\s*[，,]?\s*(?:的)?\s*((?:附件|附录|附錄)[一二三四五六七八九十]*(?:\s*至\s*[一二三四五六七八九十]+)?"
    r"(?:\s*第\s*\d+\s*段)?|第\s*\d+(?:\s*\([a-z]\))?\s*(?:至\s*\d+\s*)?段|第[一二三四五六七八九十]+(?:章|节|部分))"
)
PINPOINT_BEFORE = r"(?!x)x"

REPORT_LINE = (
    r"\[\s*根据(?P<committee>[^\[\]]{0,30}?)的报告\s*[(（]\s*(?P<sym>[^()（）]{3,40}?)\s*[)）]\s*通过\s*\]"
)
HEADING = (
    r"^\s*(?:#+\s*)?(?|(?P<num>(?:19|20)\d\d\s*/\s*S-\d{1,2}\s*/\s*\d{1,3}|(?:(?:S|ES)-)?\d{1,4}\s*/\s*\d{1,4}(?:\s?[A-Z])?"
    # Before 1976: "3328 (XXIX). 标题", "3201 (S-VI). 宣言".
    r"|\d{1,4}\s*(?:[A-Z]\s*)?[(（]\s*(?:(?:S|ES)-)?[IVXL]{1,8}\s*[)）])\s*[.．]\s*(?:(?P<title>\S.*)|$)"
    # A commission's report prints "第 67/2 号决议" on a line of its own, the title below;
    # a council's or conference's own text may name itself first: "人权理事会第 58/10 号决议".
    # (lettered too: "第 2027/201 A 号决定")
    r"|(?:[\p{Han}]{2,20}?(?:理事会|理事會|委员会|委員會|会议|會議)\s*)?第\s*(?P<num>(?:19|20)\d\d\s*/\s*S-\d{1,2}\s*/\s*\d{1,3}|(?:(?:S|ES)-)?\d{1,4}\s*/\s*\d{1,4}(?:\s?[A-Z])?)\s*[号號]\s*(?P<word>决议|決議|决定|決定)\s*)$"
)
# (an old volume's "决 议 378 (1975)": the word first)
HEADING_SC = (rf"^\s*(?:#+\s*)?(?|第?\s*(?P<num>{NUM})\s*{LP}\s*(?P<year>{YEAR})\s*{RP}\s*[号號]?\s*(?:决议|決議)"
              rf"|(?:决\s*议|決\s*議)\s*(?P<num>{NUM})\s*{LP}\s*(?P<year>{YEAR})\s*{RP})\s*$")
CLOSING_DATE = (
    rf"(?P<y>{YEAR})\s*年\s*(?P<m>\d{{1,2}})\s*月\s*(?P<d>\d{{1,2}})\s*日\s*"
    r"(?:第\s*\d+\s*次全[体體][会會][议議]|[\p{Han}]{0,16}第\s*\d+\s*次[会會][议議](?:通过|通過))"
)
ITEM_DATE = rf"(?P<y>{YEAR})\s*年\s*(?P<m>\d{{1,2}})\s*月\s*(?P<d>\d{{1,2}})\s*日"
DATE_AFTER = r"(?!x)x"

TABLE = LangTable(
    lang="zh",
    patterns=[
        Pattern(
            "reslist",
            LIST,
            examples=[
                ("回顾其 1991 年 12 月 18 日第 46/152 号决议", ["A/RES/46/152"]),
                ("第 54/55 B 号决议", ["A/RES/54/55B"]),
                ("見大會第 2200 A (XXI) 号决議，附件。", ["A/RES/2200(XXI)"]),
                ("第 2857 (XXVI) 号和 1977 年 12 月 8 日第 32/61 号关于死刑的决议",
                 ["A/RES/2857(XXVI)", "A/RES/32/61"]),
                ("大会第 70/262 号和安全理事会第 2282（2016）号关于建设和平架构审查的决议",
                 ["A/RES/70/262", "S/RES/2282(2016)"]),
                ("第 35/147 号和第 36/87 A 和 B 号决议",
                 ["A/RES/35/147", "A/RES/36/87A", "A/RES/36/87B"]),
                ("第 34/83 A 至 C 号决议", ["A/RES/34/83A", "A/RES/34/83B", "A/RES/34/83C"]),
                ("第 2200 A (XXI) 号决议", ["A/RES/2200(XXI)"]),
                ("第 217 A (III) 号决议", ["A/RES/217(III)"]),
                ("第 3201 (S-VI) 号决议", ["A/RES/3201(S-VI)"]),
                ("大会第 63/550 号决定", ["A/DEC/63/550"]),
                ("安全理事会第1373（2001）号决议", ["S/RES/1373(2001)"]),
                ("第825(1993)、1540(2004)和2515(2020)号决议",
                 ["S/RES/825(1993)", "S/RES/1540(2004)", "S/RES/2515(2020)"]),
                ("回顧第1373(2001)號決議", ["S/RES/1373(2001)"]),
                ("经济及社会理事会第 2006/19 号决议", ["E/RES/2006/19"]),
                ("经济及社会理事会第 155 C (VII) 号决议", ["E/RES/155(VII)"]),
                ("麻醉药品委员会在第 52/13 号决议中", ["CND/RES/52/13"]),
                ("预防犯罪和刑事司法委员会第 18/1 号决议", ["CCPCJ/RES/18/1"]),
                ("预防犯罪和刑事司法委员会第 17/2 号决定", ["CCPCJ/DEC/17/2"]),
                ("人权理事会第 16/1 号决议", ["A/HRC/RES/16/1"]),
                ("缔约方会议第 4/1 号决定", ["CTOC/COP/DEC/4/1"]),
                ("缔约国会议通过了第 1/1 号和第 2/1 号决议",
                 ["CAC/COSP/RES/1/1", "CAC/COSP/RES/2/1"]),
                ("第 2012/12 至 2012/14 号决议", ["E/RES/2012/12", "E/RES/2012/13", "E/RES/2012/14"]),
                ("第 60/1\n\n号决议", ["A/RES/60/1"]),
                ("第 66 / 180 号决议", ["A/RES/66/180"]),
                ("第 2009/23 号和 2010 年 7 月 22 日题为“支持联合国方案”的第2010/20号决议",
                 ["E/RES/2009/23", "E/RES/2010/20"]),
                ("第 ４６／１５２ 号决议", ["A/RES/46/152"]),
                ("第 ES-10/24 号决议", ["A/RES/ES-10/24"]),
                ("安理会 2004 年 4 月 28 日第 1540 号决议", ["S/RES/1540(2004)"]),
            ],
        ),
        Pattern(
            # A footnote's "大会 S-23/2 号决议，附件；和 S-23/3 号决议": a body, then its number
            # without 第 (only a session/number, so that no count or year is read).
            "body_number",
            rf"(?:大会|大會)\s{{0,2}}(?:{DATE})?(?:(?:S|ES)\s*-\s*)?\d{{1,2}}\s*/\s*\d{{1,3}}"
            rf"(?:\s*[号號](?:决议|決議)[，,；;]?\s*(?:附件)?[，,；;]?\s*(?:和|及)\s*(?:(?:S|ES)\s*-\s*)?\d{{1,2}}\s*/\s*\d{{1,3}})*"
            r"\s*[号號](?P<word>[决決][议議]|[决決]定)",
            examples=[
                ("大会 S-23/2 号决议，附件；和 S-23/3 号决议，附件。", ["A/RES/S-23/2", "A/RES/S-23/3"]),
                ("大会 70/1 号决议", ["A/RES/70/1"]),
                ("大会第 70/1 号决议", ["A/RES/70/1"]),
                ("大会 2019 年 12 月号决议", []),
                ("见大會 ES-10/21 號決議。", ["A/RES/ES-10/21"]),
                ("大会 50 个会员国的决议", []),
            ],
        ),
    ],
    bodies=BODIES,
    its=ITS,
    verbs=VERBS,
    verb_prefix=VERB_PREFIX,
    pinpoint_after=PINPOINT_AFTER,
    pinpoint_before=PINPOINT_BEFORE,
    symbol_joiners=r"\s*(?:和|及|与|、|，|,)\s*",
    report_line=REPORT_LINE,
    heading=HEADING,
    heading_sc=HEADING_SC,
    closing_date=CLOSING_DATE,
    item_date=ITEM_DATE,
    date_after=DATE_AFTER,
    sentence_end=r"[。；;\n]",
    months={},
    instruments=INSTRUMENTS,
    other_keys=OTHER_KEYS,
)
