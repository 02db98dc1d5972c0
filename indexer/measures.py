"""What a "how much / how many" question measures, and whether a text states such a quantity.

「人才公寓的租金标准是多少」 asks for money: a number followed by 元, not the 平方米 of the flat beside it.
The measure comes from the unit or counter right after the interrogative (多少平方米, 几个, 几岁) or, failing
that, from the noun the question asks the amount of (租金, 面积, 人口, 比例 …). Patterns apply to the
normalised form (simplified script, half width).
"""

from __future__ import annotations

import re

from indexer.text import ASKING_JI

_DIGIT_NUMERAL = "零〇一二两三四五六七八九十"
_NUMERAL = _DIGIT_NUMERAL + "百千万亿"
# A number in digits or numerals, with the approximations and magnitudes that may sit before its unit.
# (A numeral run starts with a digit numeral: the 亿 of 亿元 alone is a magnitude, not a number. Digits
# masked with * — anonymised documents write 1*万元, *.*亿元 — are still a number.)
_DIGITS = r"[\d*]*\d[\d*]*(?:[.,][\d*]+)*|\*+(?:\.\*+)?"
NUMBER = (
    rf"(?:{_DIGITS}|[{_DIGIT_NUMERAL}][{_NUMERAL}]*)"
    r"\s*(?:多|余|几)?\s*(?:[万亿千百]\s*)?(?:多|余)?\s*"
)

# Units of each measure (alternations, longest first where one is the prefix of another).
UNITS: dict[str, str] = {
    "money": r"亿元|万元|千元|美元|港元|港币|欧元|日元|英镑|人民币|新台币|台币|元|块钱|块|镑",
    "area": r"平方公里|平方千米|平方米|平方公尺|平方英里|平方英尺|平米|公顷|亩|km2|m2",  # m² normalised
    "length": r"公里|千米|厘米|毫米|公尺|公分|英尺|英里|英寸|海里|光年|米"
    r"|km(?![\w²³])|cm(?![\w²³])|mm(?![\w²³])",  # not km², mmHg
    "weight": r"公吨|吨|公斤|千克|克|斤|磅|kg(?![\w²³])",
    "duration": r"个工作日|工作日|个学期|学期|学年|个月|个星期|星期|小时|分钟|年|月|周|天|日|秒|世纪",
    "age": r"周岁|岁",
    "percent": r"%|个百分点|成",
    "temperature": r"摄氏度|华氏度|度|℃",
}
# 多大范围 asks an extent, an area or a distance (树冠垂直投影外5米, 周边500米范围内; eval/policy31 n08,
# blind)
UNITS["extent"] = f"{UNITS['area']}|{UNITS['length']}"
# Measures stated with a unit: a text that answers such a question states the unit. (Counts and durations
# are not: 「多少人」 is answered by 三万居民, 「多久」 by 至今.)
UNIT_MEASURES = frozenset(
    {"money", "area", "length", "extent", "weight", "age", "percent", "temperature", "phone"}
)
# A telephone number (咨询电话是多少 asks for 0571-86221234, 12345 or 400-123-4567, not the 1650元 beside it;
# a service's short number too: 广电 96335, a bank's 95588, 10086 — 客服热线：96335, eval/policy33 f02).
_PHONE = re.compile(
    r"(?<!\d)(?:\(?0\d{2,3}\)?\s*[-—]?\s*\d{7,8}|[14]00[-—]?\d{3}[-—]?\d{4}|1[3-9]\d{9}|\d{7,8}|12\d{3}"
    r"|9[56]\d{3}(?![元万千百亿%])|100\d{2}(?![元万千百亿%人]))(?!\d)"
)
# (a unit's lookahead — km(?!…) — is no part of the word asked after 多少)
_UNIT_WORD = {
    re.sub(r"\(\?![^)]*\)", "", w): kind
    for kind, words in UNITS.items()
    if kind != "extent"  # (a unit names its own measure: 多少公里 asks a length)
    for w in words.split("|")
}
# Counters asked directly (几个, 多少人): the answer counts the same thing.
_COUNTERS = "个位名人家所项次种类档条座部件倍届场章集层辆架艘本首份批支只头匹册卷期级户间张台株棵处"
_ASK = rf"(?:多少|{ASKING_JI})"
# The unit or counter right after the interrogative (个月 before 个: 几个月 asks a duration, 多少个成员
# a count); 多少钱 asks for money; 多少分 points (几分钟 minutes, 几分之几 a share).
# 本 before a place or an institution is "this / local" (多少本地人才, 几本市企业), not the counter of 几本书.
_LOCAL_BEN = "地市区县省国科人校院村镇乡土单企"
# 年 of 年轻人, 年代, 年级, 年度 … is no unit (「有多少年轻人…」 counts people).
_YEAR_WORD = "轻代级度龄份纪薪"
# points, asked (多少分) and stated (计15分) alike: not the minutes of 30分钟 nor the share of 三分之一
_SCORE = "分(?![钟之])"
_AFTER = re.compile(
    _ASK
    + r"("
    + "|".join(
        w + (f"(?![{_YEAR_WORD}])" if w.endswith("年") else "")
        for w in sorted(_UNIT_WORD, key=len, reverse=True)
    )
    + rf"|钱|[{_COUNTERS.replace('本', '')}]|本(?![{_LOCAL_BEN}])|{_SCORE})"
)
_YOUNG_OR_OLD = "孩子|小孩|儿童|子女|宝宝|婴儿|老人|学生"
# The interrogative itself may name the measure (多久 以前 asks a duration whatever 距离 says).
_ASKED_FORMS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # … 多长 of a term asks its duration: 有效期多长, 期限是多长
    ("duration", re.compile(r"多久|多长时间|多少时间|[期限][是为有]?多长")),
    ("length", re.compile(r"多远|多高|多深|多宽|多长")),
    ("weight", re.compile(r"多重")),
    # … 多大 of a child or an elder asks an age (孩子多大以内可以带: 12周岁以下)
    ("age", re.compile(rf"多大年纪|多大岁数|(?:{_YOUNG_OR_OLD})[^，。？?]{{0,3}}多大(?!面积)")),
    # what one gets paid: 有钱拿吗，一个月最多能拿多少 (not 领多少次, 拿多少个名额)
    # … or borrowed (最多能贷多少, 能借多少: eval/policy15 u03, written blind)
    ("money", re.compile(r"有钱拿|(?:拿|领|贷|借)到?多少(?![个次人天年月份件项名户台])")),
)
# Points of a rate, as people say them: 技改补贴能按几个点补 (10%), 利率降了多少个点 — not 几点 (a time
# of day) nor 几个点位 (places).
_POINTS = re.compile(r"(?:几|多少)个(?:百分)?点(?![位钟半])")
_INTERROGATIVE = re.compile(rf"多少|多大|多久|多长|多高|多远|多重|{ASKING_JI}")
_PURPOSE = re.compile(r"才能|才可以|才可|方可|才会|才有")
# Sums of money a question may ask the amount of (租金, 补贴 …).
_MONEY_NOUNS = re.compile(
    r"租金|房租|价格|价钱|售价|票价|费用|收费|金额|资金|经费|补贴|补助|奖励|奖金|工资|薪酬|薪资|薪水|报酬|"
    r"收入|成本|投资|贷款|额度|津贴|罚款|税|造价|市值|预算|资助|多少钱|"
    # (… and what is paid for a loss: 船体补偿 每米 多少, eval/policy41 n04, blind)
    r"补偿|赔偿|"
    # … and any named fee (安家费, 学费, 生活费): two characters and 费, not 费用 (money in general).
    r"[^\W\d_多少几的是]{2}费(?!用)"
)
# Subsidies come in kinds (购房补贴, 租房补贴, 生活补助): the two characters before one name its kind.
_SUBSIDIES = frozenset({"补贴", "补助", "津贴", "资助"})
# (一次补贴 is 补贴 paid once, 一件资助 paid per item; 什么补助 asks which: eval/policy20 n07)
_SUBSIDY_KIND = re.compile(r"[^\W\d_多少几的是有给发每月年元万次件一什么哪啥何些]{2}$")
# … but not when the two characters say when (「现行补贴标准」 asks the subsidy in force: eval/policy21 n07)
_WHEN = frozenset(
    {"现行", "现在", "目前", "当前", "最新", "今年", "去年", "明年", "原来", "以前", "之前", "过去"}
)
# … of which these name money in general, not one particular sum (多少经费 asks 多少钱: any sum answers).
_GENERIC_MONEY = frozenset({"金额", "资金", "经费", "费用", "价格", "价钱", "成本", "预算", "多少钱", "额度"})
# Nouns whose amount is asked (租金是多少, 多大面积, 人口有多少): the measure they are counted in.
_NOUNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("phone", re.compile(r"电话|热线|传真|手机号|联系方式")),  # first: 见习补贴的咨询电话 asks no money
    ("percent", re.compile(r"百分之几|百分比|比例|比率|比重|占比|[增涨降]幅|率[是为有达]?(?:多少|几)")),
    ("money", _MONEY_NOUNS),
    ("counter:人", re.compile(r"人口|人数|员工数|学生数")),
    ("area", re.compile(r"面积|多大(?:的)?地方|占地")),
    ("extent", re.compile(r"多大(?:的)?范围|范围(?:有|是)?多大")),
    ("age", re.compile(r"年龄|年纪|岁数|多大年")),
    # (深度困难职工, 高度重视: 深度 and 高度 before another word say how much, not a length: eval/policy28
    # n03, c02, blind, asked 深度困难职工家庭…生活救助是多少 as a length and were declined)
    (
        "length",
        re.compile(
            r"长度|距离|多长(?!时间)|多远|多高|海拔|多深|多宽|宽度|身高|全长|[高深]度(?![^是为有多达约在？?，,。\s])"
        ),
    ),
    ("weight", re.compile(r"重量|多重|体重")),
    ("duration", re.compile(r"多久|多长时间|多少时间|期限|时限|时长|年限|任期|有效期")),
    ("temperature", re.compile(r"温度|气温|多少度")),
)


# How often (水质多久要查一次, 几年体检一次, 检测频次是多少): an interval and a count in it — 每季度1次,
# 每年检测一次, 每两年一次, 半年一次 — not a duration alone (有效期5年 is no answer: eval/policy40 a01,
# blind) — not what counts as one (练够多长时间才算一次: policy38 a02).
_ASKS_FREQUENCY = re.compile(
    r"(?:多久|多长时间|隔多长|多少天|几天|几个月|几年|多少年)[^，。？?；\s算]{0,6}?(?:一次|1次|一回)"
    r"|(?:频次|频率)(?:是|为|有)?(?:多少|几|怎样|如何|怎么)"
)
_EVERY = rf"(?:[\d{_DIGIT_NUMERAL}半]+\s*个?)?(?:年|季度|季|月|周|星期|天|日|学期|小时)"
_FREQUENCY = re.compile(
    rf"每{_EVERY}[^，。；;,\n|]{{0,8}}?(?:\d+|[{_DIGIT_NUMERAL}]+)\s*次(?!性)"
    rf"|(?<![\d{_DIGIT_NUMERAL}])[\d{_DIGIT_NUMERAL}半]+\s*个?(?:年|季度|月|周|星期|天)\s*(?:一|1)次(?!性)"
)


def asked_measure(norm: str) -> str:
    """What a number question's answer is counted in: a kind of UNITS ("money", "area" …), "counter:X" for a
    counter asked directly (几个 → "counter:个"), "frequency" for how often, or "" when the question does not
    say."""
    if _ASKS_FREQUENCY.search(norm):
        return "frequency"
    if _POINTS.search(norm):
        return "percent"
    match = _AFTER.search(norm)
    if match:
        word = match.group(1)
        if word == "钱":
            return "money"
        if word in _UNIT_WORD:
            return _UNIT_WORD[word]
        return f"counter:{word}"
    for kind, pattern in _ASKED_FORMS:
        if pattern.search(norm):
            return kind
    # the noun nearest the interrogative: 「创业担保贷款年龄上限是多少」 asks an age, not the loan; what
    # follows 才能 after it is the purpose, not the measure (「装机要多大才能申请补助」 asks no money)
    if (asked := _INTERROGATIVE.search(norm)) and (purpose := _PURPOSE.search(norm, asked.end())):
        norm = norm[: purpose.start()]
    ends = [
        (max(m.end() for m in found), -n, kind)
        for n, (kind, pattern) in enumerate(_NOUNS)
        if (found := list(pattern.finditer(norm)))
    ]
    return max(ends)[2] if ends else ""


def share_answers(norm: str, measure: str) -> bool:
    """A share of the sum (30%, 三分之二) answers this money question: 「暖气费能便宜多少」 —
    可减免应缴采暖费的30%; 「利息政府出多少」 — 贴息三分之二. Not when it names money after the
    interrogative (「一件最多能补多少钱」, 多少元, 几万元): then it asks the sum itself, and
    按销售价格的15%给予补贴 is no answer."""
    if measure != "money":
        return False
    match = _AFTER.search(norm)
    return match is None or (match.group(1) != "钱" and _UNIT_WORD.get(match.group(1)) != "money")


def unit_asked(norm: str, measure: str) -> bool:
    """The number question names its measure's unit after the interrogative (多少年, 几个月, 多少个工作日):
    then even a duration — which 至今 or 七月半 may answer when 多久 asks — is answered only by one stated."""
    match = _AFTER.search(norm)
    return match is not None and _UNIT_WORD.get(match.group(1)) == measure


# A rate a percent question names (费率, 利率, 增长率): 最低工资标准的90% is no 费率.
_RATE = re.compile(r"[^\W\d_多少几的是和与及比频概效速功]率")


def asked_noun(norm: str, measure: str) -> str:
    """The sum a money question asks the amount of (「人才公寓的租金标准是多少」 → 租金), or the rate a
    percent question names (「失业保险的费率是多少」 → 费率); "" if none."""
    if measure == "percent":
        rate = _RATE.search(norm)
        return rate.group(0) if rate else ""
    if measure != "money":
        return ""
    for clause in _asking_first(norm):
        for m in _MONEY_NOUNS.finditer(clause):
            if m.group(0) in _GENERIC_MONEY:
                continue
            kind = _SUBSIDY_KIND.search(clause, 0, m.start()) if m.group(0) in _SUBSIDIES else None
            # 购房补贴 is not 租房补贴: a subsidy asked by its kind is that kind's (现行补贴: the one now)
            named = kind is not None and kind.end() == m.start() and kind.group(0) not in _WHEN
            return kind.group(0) + m.group(0) if kind and named else m.group(0)
    return ""


_CLAUSE_BREAK = re.compile(r"[，,；;。！!？?]")
_ASKING_AMOUNT = re.compile(r"多少|几")
_STATED_FIGURE = re.compile(r"\d|[一二两三四五六七八九十][百千万]")


def _asking_first(norm: str) -> list[str]:
    """A question's clauses to look for what it asks the amount of: the one asking (…家里一年的优待金能领
    多少), then those before it that state no figure — a chat user's 每月津贴一千多 and 总投资160万左右 are
    their situation, not the sum asked (eval/policy32 n05, n07, blind); the whole question when none
    asks."""
    clauses = _CLAUSE_BREAK.split(norm)
    asking = max((i for i, c in enumerate(clauses) if _ASKING_AMOUNT.search(c)), default=None)
    if asking is None:
        return [norm]
    before = [c for c in reversed(clauses[:asking]) if not _STATED_FIGURE.search(c)]
    return [clauses[asking], *before]


# A price per physical unit (「天然气多少钱一方」, 「每度电多少钱」): how a question names the unit, and how a
# sentence states a sum per it (每立方米2.8元, 2.8元/立方米). Per person or per month is not such a unit.
_PER_UNITS = {
    "立方米": "立方米|立方|方(?![面式案法向便针位可能])|m3|m³",
    "千瓦时": "千瓦时|度|kwh",
    "吨": "吨",
    "平方米": "平方米|平米|平方|平(?![台均时安稳等方])|㎡|m2",
    "亩": "亩",
    "公斤": "公斤|千克|斤|kg",
    "公里": "公里|千米|km",
}
_ASKED_PRICE = re.compile(
    rf"(?:多少钱|多少元|几块钱?|几元)(?:一|每|1)({'|'.join(_PER_UNITS.values())})"
    rf"|(?:每|一)({'|'.join(_PER_UNITS.values())})[^，。？?]{{0,8}}?(?:多少钱|多少元|几块|几元|价格|单价)"
)


def per_unit(norm: str) -> str:
    """The physical unit a money question asks the price per (「管道天然气多少钱一方」 → 立方米), or ""."""
    found = _ASKED_PRICE.search(norm)
    if not found:
        return ""
    written = found.group(1) or found.group(2)
    return next((unit for unit, forms in _PER_UNITS.items() if re.fullmatch(forms, written)), "")


def states_per_unit(norm: str, unit: str) -> bool:
    """``norm`` states a sum per ``unit``: 每立方米2.8元, 2.8元/立方米, 每方3元."""
    forms = _PER_UNITS[unit]
    return re.search(rf"(?:每|/|／)\s*(?:{forms})", norm) is not None


def names_subsidy(norm: str, noun: str) -> bool:
    """``noun`` is a subsidy of some kind and ``norm`` names a subsidy and that kind as it sounds — the kind
    typed with a homophone, as a pinyin keyboard slips (哄干补贴 for 烘干, 数子化补助 for 数字化): enough for
    the documents to answer at all (absent.absent_measure), not for which of their sums is the one asked
    (names_noun). Another kind (购房补贴 beside a 租房补贴, 维保补助 beside 每台补助18万元) is another sum."""
    base = next((w for w in _SUBSIDIES if noun.endswith(w)), "")
    kind = noun[: -len(base)] if base else ""
    if not kind or not any(w in norm for w in _SUBSIDIES):
        return False
    from pypinyin import lazy_pinyin

    sound = lazy_pinyin(kind)
    sounds = lazy_pinyin(norm)  # (one syllable per character: a non-Chinese run is one item, never a match)
    return any(sounds[i : i + len(sound)] == sound for i in range(len(sounds) - len(sound) + 1))


# The words for pay for work: an asker's 工资 is a document's 劳务报酬 or 薪酬 (「…5月份护林员工资能拿多少？」
# answered by 劳务报酬为每人每月1000元: eval/policy39 n01, blind)
_PAY = ("工资", "薪酬", "薪资", "薪水", "薪金", "报酬", "工钱", "劳务费")


def names_noun(norm: str, noun: str) -> bool:
    """``norm`` speaks of ``noun`` — the word, or its first character (奖励 ↔ 重奖, 租金 ↔ 月租), or another
    word for pay when it is pay: a sum of money stated beside something else (投资2亿元 for a question about
    租金) is not its amount."""
    if not noun or noun in norm or noun[0] in norm:
        return True
    return noun in _PAY and any(word in norm for word in _PAY)


# after a duration's unit, what makes it a month of the calendar (7月份, 10月底, 3月中旬, 4月1日) or an age
# (16周岁)
_NOT_A_DURATION = r"(?!(?<=月)[份初底末中旬]|(?<=周)岁|\s*\d{1,2}\s*[日号])"


def _pattern(measure: str) -> re.Pattern[str]:
    if measure == "phone":
        return _PHONE
    if measure == "frequency":
        return _FREQUENCY
    if measure == "counter:分":
        unit = _SCORE
    elif measure == "counter:人":
        # people are counted in 人, and in documents as often in 名 and 位 (招生名额200名, 5,583,064名: 「游泳
        # 招多少人」 is answered by 游泳 | 招生名额: 200名; eval/policy30 n21, blind)
        unit = "[人名位]"
    elif measure in ("counter:本", "counter:册"):
        # books are counted in 本 and in documents as often in 册 (「一次可以借几多本书」 is answered by
        # 成人读者证一次可借图书10册: eval/policy37 c01, blind)
        unit = "[本册]"
    elif measure in ("counter:棵", "counter:株"):
        unit = "[棵株]"  # (trees and plants alike: 每株2元 answers 一棵罂粟奖多少)
    elif measure.startswith("counter:"):
        unit = re.escape(measure.split(":", 1)[1])
    else:
        unit = f"(?:{UNITS[measure]})"
    body = NUMBER + unit
    numeral = rf"(?:\d+(?:\.\d+)?|[{_DIGIT_NUMERAL}][{_NUMERAL}]*)"
    if measure == "percent":  # 30%, 百分之三十, 四分之三
        body = rf"(?:{body}|百分之\s*{numeral}|{numeral}分之{numeral})"
    elif measure == "money":  # the currency may come first: $4.9, 港币4.9, 人民币3万
        body = rf"(?:{body}|(?:[a-z]{{0,2}}\$|¥|港币|人民币|新台币|美金)\s*{NUMBER})"
    elif measure == "counter:人":  # … but 第1名 is a rank, not a count of people
        body = rf"(?<![第\d.{_NUMERAL}]){body}"
    elif measure == "duration":  # 2024年 (度), 10月 of 1949年10月 are dates, 第一学期 an ordinal; so are
        # the months of 7月份, 10月底, 3月初 and 4月1日, and the age of 16周岁
        body = rf"(?<![\d年月第])(?!(?:1[5-9]|20)\d\d\s*学?年){body}{_NOT_A_DURATION}"
    return re.compile(body)


_PATTERNS = {m: _pattern(m) for m in (*UNITS, "phone", "frequency")}
# The counters a count of things is stated in, for a question asking in the general 个.
_ANY_COUNTER = re.compile(
    NUMBER + "(?:个|名|人|家|项|所|户|座|处|条|台|辆|间|套|支|批|位|只|件|张|本|期|门|种|类)"
)


def quantities(norm: str, measure: str) -> list[str]:
    """The quantities of ``measure`` that ``norm`` states (「每平方米12元」 → ['12元'] for money)."""
    pattern = _PATTERNS.get(measure) or _pattern(measure)
    return [m.group(0) for m in pattern.finditer(norm)]


def counted_noun(norm: str, measure: str) -> str:
    """What a counter question counts (「拿出多少个事业编制」 → 事业编制); "" when it asks no counter, names
    nothing after it, asks a list (哪几种办法) or a time (几个小时), or asks another figure after it
    (几个人合伙…最多能贷多少)."""
    if not measure.startswith("counter:") or "哪几" in norm or measure[-1] in _PEOPLE:
        return ""
    counter = re.escape(measure.split(":", 1)[1])
    found = re.search(rf"(?:多少|几)\s*{counter}([\u4e00-\u9fff]{{1,4}})", norm)
    if found is None or re.search("多少|几", norm[found.end() :]) or found.group(1)[0] in _TIMES:
        return ""
    if norm[found.start() - 1 : found.start()] == "第" and found.group(1).endswith("的"):
        # 是第几条规定的 asks which article did it: 规定 is what the article does, no noun counted
        # (eval/policy29 p04, blind: 第四条…提前5个工作日 had been declined as counting no 规定) — while
        # 第几批学生 counts 学生 (cmrc2018 DEV_145_QUERY_1, asked of the seeds, stays declined)
        return ""
    return found.group(1).rstrip("呢吗啊了的")


_TIMES = "小月天日周年星钟分秒"
# People are counted in any of these (多少人居住 by 5,583,064名), and what follows the counter is what they
# do: no noun counted.
_PEOPLE = "人名位口户"


def counts_noun(norm: str, measure: str, stated: frozenset[str], noun: str) -> bool:
    """``norm`` states a count in the counter of ``measure`` of ``noun`` — a character of it right after
    the count or shortly before it (拿出150个事业编制, 重点项目52个) — whose number the question does not
    state: 34个服务窗口 counts no 事业编制, and 纳入成员单位27个 none either."""
    chars = set(noun) - set(measure)
    # … or the noun is itself the document's counter (多少个领 by 5领)
    if re.search(rf"\d\s*{re.escape(noun[0])}", norm):
        return True
    if "|" in norm:  # a table row (lines.TABLE_CELL) counts what its column names say: 项目（个） | 30
        return states_measure(norm, measure, stated) and bool(chars & set(norm))
    # (个 is the counter of anything: 多少个编制 is answered by 核定事业编制60名, 多少个硕士 by
    # 硕士研究生27名)
    pattern = _ANY_COUNTER if measure == "counter:个" else (_PATTERNS.get(measure) or _pattern(measure))
    for found in pattern.finditer(norm):
        digits = re.findall(r"\d+(?:\.\d+)?", found.group(0))
        if digits and all(d in stated for d in digits):
            continue
        if chars & set(norm[found.end() : found.end() + 4] + norm[max(0, found.start() - 8) : found.start()]):
            return True
    return False


def states_measure(norm: str, measure: str, stated: frozenset[str] = frozenset()) -> bool:
    """``norm`` states a quantity of ``measure`` whose number is not one the question itself states."""
    for quantity in quantities(norm, measure):
        digits = re.findall(r"\d+(?:\.\d+)?", quantity)
        if not digits or any(d not in stated for d in digits):
            return True
    return False
