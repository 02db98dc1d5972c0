"""How a question asks for something and how a text states it, read from their words alone: a day, a
deadline, a sum paid, a notice's lead-in, how long an event takes, a bound (最多 / 至少), the thing a number
question asks the figure of (免赔额是多少), and what a yes/no question asks of a guide (its cost, a time
limit, whether another may use it, a time of day). narrow.py applies them to the candidate claims."""

from __future__ import annotations

import re

from indexer.measures import quantities
from indexer.segment import posseg, posseg_lock
from indexer.text import CJK_CLASS

# The day of an event, which statutes name instead of a date (自公布之日起施行).
EVENT_DAY = re.compile(r"之日|当日|次日")
# A template's example row: its first cell 示例 or 样例, or a note saying it is one (示例行，填报时删除)
EXAMPLE_ROW = re.compile(r"^\s*(?:示例|样例|填写示例|填表示例|例)\s*\||示例行|样例行|填报时删除|填写时删除")
# Whom a measure is for (「陆川哪些家庭可以减免有线电视收视费？」, 哪些人可以享受…, 什么样的企业能申请…),
# and a sentence saying so (第二条 减免对象为本县城乡低保户…, 适用于…, 申请条件…, 符合下列条件的):
# eval/policy33 e01 (blind), where what the eligible get had been quoted instead; and what one must meet to
# open or run something (「…开普惠金融服务站对场地和站长有什么要求？」) by the row or line naming its
# conditions (设立条件 | 1.有固定经营场所…: eval/policy34 e02, blind, where a feed's 参训对象为…站长 had been
# quoted).
ASKS_ELIGIBLE = re.compile(
    r"(?:哪些|哪类|哪种|什么样的?|啥样的?|什么)(?:人|家庭|户|群体|人员|对象|企业|单位|学生|老人|农户|个人)"
    r"[^，,。？?]{0,4}(?:可以|能够?|才能|可|有资格)"
)
STATES_ELIGIBLE = re.compile(
    r"对象(?:为|是|包括|[:：])|适用于|适用范围|(?:申请|享受|申报|补贴|补助|救助|资助)条件|符合下列|具备下列"
    r"|下列(?:人员|家庭|对象|企业|单位|情形之一的)"
)
ASKS_CONDITIONS = re.compile(
    r"对[^，,。？?]{1,12}有(?:什么|哪些|啥)(?:要求|条件)|(?:满足|符合|具备)(?:什么|哪些|啥)条件"
)
STATES_CONDITIONS = re.compile(r"条件\s*(?:[|:：]|为|如下)|(?:符合|具备|满足)下列|应当具备|(?:须|需|应)具备")

# What a fund or a sum is for (「沅陵 社区慈善基金 用途」, 钱能用来干什么, 用在哪些方面), and a sentence
# saying so (主要用于困难群众救助、助学…, 专项用于, 使用范围: eval/policy37 l03, blind)
ASKS_USE = re.compile(
    r"用途|用来(?:干|做|办)?(?:什么|啥|哪些)|用在(?:什么|哪些|哪)|用于(?:什么|哪些)|花在(?:哪|什么)"
)
STATES_USE = re.compile(r"用于|用途|使用范围|支出范围|用来")

# A question asking for a day, and a text stating one (7月31日, 2024-07-31, 月底, 之日), or a month's day
# that recurs (每月10日前, 每季度第一个月的20日前, 次月15号).
ASKS_DAY = re.compile(r"哪一?天|哪一?日|几号|几月几日|截止|哪个日期|什么日期")
# … a day named, not only a month's end (8月底公开拍卖 for 「哪天拍卖」, the 公告's 2026年8月28日)
EXACT_DAY = re.compile(
    r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|之日|当日|次日"
    r"|(?:每|次|个)月的?\s*\d{1,2}\s*[日号]"
)
DAY = re.compile(f"{EXACT_DAY.pattern}|月底|月末")
# A year asked (哪一年, 哪年, 年份, 西元几年); a year stated (2026年), one naming a batch or a programme's
# year (2026年第二批, 2025年度) rather than when something happens, and a time finer than a year: a month, a
# day, 2026-08-01, 次月, a quarter, a week, a time of day
ASKS_YEAR = re.compile(r"哪一?年|年份|几几年|几年(?!级)")
YEAR = re.compile(r"(?:19|20)\d{2}\s*年")
NAMING_YEAR = re.compile(r"(?:19|20)\d{2}\s*年(?:度|第)")
FINER = re.compile(
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[月日号]|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}"
    r"|[次当下本每]月|[次当]日|季度|旬|周[一二三四五六日末]|\d{1,2}[:：]\d{2}"
)
# A date question asking when money is paid out (钱什么时候能发下来, 补贴几时到账), and a text stating when it
# is (于2026年8月底前兑付, 次月15日前发放到户): not when to apply (申报时间) nor when a list is shown
# (eval/policy40 d07, blind).
ASKS_PAYOUT = re.compile(
    r"发下来|拨下来|到账|到手|兑付|兑现|拨付|打款|打钱|发钱|领到钱|钱[^，。？?\s]{0,4}发"
)
STATES_PAYOUT = re.compile(r"兑付|兑现|拨付|发放|支付|到账|打入|划入|转入|发到")
# A question asking a deadline (截止到哪天, 最晚哪天之前), and a day stated as one (截止时间为…12月20日,
# 8月15日前, 至…止), not as a start (自2024年1月1日起).
ASKS_DEADLINE = re.compile(r"截止|截至|最晚|最迟|之前|以前|前要|期限")
DEADLINE = re.compile(
    r"(?:截止|截至|最迟|最晚|不晚于|至)[^。；;\n]{0,12}?\d{1,2}\s*月\s*\d{1,2}\s*[日号]"
    r"|\d{1,2}\s*月\s*\d{1,2}\s*[日号][^\d。；;\n]{0,3}?(?:前|止|截止)"
)
# A verb of paying with nothing after 多少 (政府一次性补多少, 每人奖多少): a sum or a share of one answers
# (5万元, 实际缴费的2/3), not the ages and counts around it (年满60周岁).
PAID = re.compile(r"(?:补|奖|贷|罚|赔|缴|交|付|报销)(?:了|给)?多少[?？。!！]?$")
FRACTION = re.compile(r"\d+\s*/\s*\d+|[二三四五六七八九十]分之")
# A notice's lead-in (现将…公示如下, 有关事项通知如下) or a reply's courtesy (来电人您好！, 您的来信收悉): it
# announces what follows and states none of it. (A date question may be answered by one: 现将…公示如下，
# 自2024年5月1日起执行.)
LEAD_IN = re.compile(r"(?:如下|见下表)(?:[：:。.]?\s*$|[，,])|您好[！!。]?\s*$|来信收悉|来电收悉|感谢您")

# How long something takes, asked: …审核要多长时间, …多久能办好, 审批需要几个工作日.
_LONG = r"(?:多长时间|多久|多少天|几天|几个工作日|多少个工作日)"
_HOW_LONG = re.compile(rf"(?:是|为|需要|要|得|才能|能|可以|大概|一般|应当|应该|必须)*{_LONG}")
# … not a word of time itself (以后多久, 时限是多久)
_NO_EVENT = frozenset({"以后", "之后", "以前", "之前", "提前", "时限", "期限", "时间", "时长", "周期"})
EVENT_REACH = 12  # characters between the event and its duration


# … or the errand's end, said after it as people say it (多久能办下来, 几天能批下来, 多长时间能办好): the
# documents write 办结 (自受理之日起15个工作日内办结), not the asker's words.
_DONE = re.compile(rf"{_LONG}(?:能|可以|才能|就能|就)?(?:办|批|审|发)(?:下来|好|完|结)")
DONE_EVENT = "办结"
_DONE_FORMS = re.compile(r"办结|办理完毕|办完|完成审批|审批完成")


def timed_event(norm: str) -> str:
    """The event a duration question asks the time of: the two characters before 要多长时间 (审核), or
    DONE_EVENT when it asks when the errand is done (多久能办下来)."""
    if _DONE.search(norm):
        return DONE_EVENT
    found = _HOW_LONG.search(norm)
    # (出生后多久 asks the time since 出生: its 后 is no part of the event; 以后多久 names none)
    before = re.sub(r"(?<![以之提当目事])[后前]$", "", norm[: found.start()]) if found else ""
    event = before[-2:]
    return event if re.fullmatch(r"[\u4e00-\u9fff]{2}", event) and event not in _NO_EVENT else ""


def beside(norm: str, event: str) -> bool:
    """``norm`` states a duration within EVENT_REACH characters of ``event``, on either side."""
    for m in (_DONE_FORMS if event == DONE_EVENT else re.compile(re.escape(event))).finditer(norm):
        window = norm[max(0, m.start() - EVENT_REACH - 6) : m.end() + EVENT_REACH + 6]
        if quantities(window, "duration"):
            return True
    return False


# A number question asking a bound (最多能取多少, 研发费用至少要多少) and a figure stated as that bound
# (每月提取额度不超过1200元, 不低于200万元, 最高额度…100万元, 500万元以上): the documents state a limit in
# words of their own, not the asker's.
_ASKS_MOST = re.compile(r"最多|最高|上限|封顶|至多|顶格|最长|最晚|最迟")
_ASKS_LEAST = re.compile(r"至少|最少|最低|下限|起码|保底")
_FIGURE = r"[\d一二三四五六七八九十百千万两]"
_MOST_WORDS = r"(?:不超过|不高于|不得超过|最高|最多|上限|封顶|至多|最长|最晚|最迟)"
_STATES_MOST = re.compile(
    rf"{_MOST_WORDS}[^，,。；;\n\d]{{0,8}}{_FIGURE}"
    rf"|{_FIGURE}[^，,。；;\n]{{0,6}}?(?:以内|封顶|为限)|{_FIGURE}\s*(?:个)?(?:工作日|日|天|周|个月|月|年)内"
)
# … of a sum of money: its figure in money (3000元以内), not a stay's (遗体暂存（3天以内） | 150 was read as
# the bound of 「…每具遗体 最高 多少」, eval/policy23 n04, blind)
_STATES_MOST_MONEY = re.compile(
    rf"{_MOST_WORDS}[^，,。；;\n\d]{{0,8}}{_FIGURE}"
    rf"|{_FIGURE}[\d.,]*\s*(?:多)?(?:万|千|百)?元[^，,。；;\n]{{0,4}}?(?:以内|封顶|为限)"
)
_STATES_LEAST = re.compile(
    rf"(?:不低于|不少于|不得低于|至少|最低|最少|起码|保底|达到)[^，,。；;\n\d]{{0,8}}{_FIGURE}|{_FIGURE}[^，,。；;\n]{{0,6}}?(?:以上|起)"
)


def asked_bound(norm: str, measure: str | None = None) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """How a figure is stated as the bound a number question asks (of ``measure``, when it names one), in a
    sentence and in a table's column names (None when it asks none, or both)."""
    most, least = _ASKS_MOST.search(norm), _ASKS_LEAST.search(norm)
    if bool(most) == bool(least):
        return None
    if most:
        return (_STATES_MOST_MONEY if measure == "money" else _STATES_MOST), _ASKS_MOST
    return _STATES_LEAST, _ASKS_LEAST


# The thing a number question asks the figure of: the noun ending the words before its interrogative, less
# the verb or copula asking it (免赔额[是]多少, 手续费[收]多少, 起付线[是]多少钱).
_ASKING_VERB = re.compile(
    r"(?:大概|大约|一共|总共|共|约|能|可以|可|要|得|需要)?(?:是|为|有|收|交|缴|付|算|按|给|拿|领|报|补|赔)?了?$"
)
_ATTRIBUTE = re.compile(rf"[{CJK_CLASS}]{{2,3}}$")
# … and a figure stated as it: the number right after the noun and a copula at most (免赔额为1万元, 起付线：
# 1.5万元, a row's 生活补贴 | 每人每年10万元), in the same clause.
_ATTRIBUTE_GAP = re.compile(
    r"^[ \t]*(?:[为是：:|]|达到?|按|约|共计?)?[ \t]*(?:每[^\d，,。；;\s]{0,3})?"
    r"(?:\d|[一二两三四五六七八九十百千万]+[元万千百%个天周年月日岁倍人户次件])"
)


def attribute_of(left: str) -> str:
    """The thing asked, from the words before the interrogative: their last word with the asking verb taken
    off, a noun — with the word before it when a single character (免赔额是 → 赔额, 起付线是 → 起付线,
    广茂铁路全长 → 全长: not 路全长, which 德大铁路全长290公里 states and 线路，全长364.6公里 does not;
    巴西以 asks nothing's figure: 以 is no noun)."""
    left = _ASKING_VERB.sub("", left)
    if not _ATTRIBUTE.search(left):
        return ""
    with posseg_lock:
        words = [(w.word, w.flag) for w in posseg().cut(left)]
    word, flag = words[-1]
    if not flag.startswith("n") or flag in _NAME_TAGS:
        return ""
    if len(word) < 2:
        # (a one-character noun names the thing with the word before it: 起付 线; not with a particle: 的 人)
        if len(words) < 2 or not words[-2][1].startswith(("n", "v")):
            return ""
        word = words[-2][0] + word
    thing = word
    return thing if re.fullmatch(rf"[{CJK_CLASS}]{{2,6}}", thing) else ""


# (a name is no thing a figure is stated of: 巴西, 广茂)
_NAME_TAGS = frozenset({"nr", "ns", "nt", "nz", "nrt", "nrfg"})


def states_attribute(norm: str, attribute: str) -> bool:
    """``norm`` (normalised) states a figure right after ``attribute``."""
    at = norm.find(attribute)
    while at >= 0:
        if _ATTRIBUTE_GAP.match(norm[at + len(attribute) :]):
            return True
        at = norm.find(attribute, at + 1)
    return False


# Whether the asker's kind gets more than others (「我住腾冲边境村，举报毒品奖励比别人多吗？」, 会不会多给,
# 有没有照顾): a sentence raising a figure for a kind (边民举报的，上浮20%给予奖励, 另加发, 提高…标准), not
# the figures for all (eval/policy37 y01, blind)
ASKS_MORE = re.compile(
    r"比(?:别人|别的|其他人?|一般人?|普通人?|外地人?|城里人?|城镇)[^，,。？?]{0,4}(?:多|高)"
    r"|(?:会不会|能不能|可不可以|有没有)(?:多给|多发|多补|多奖|照顾|倾斜|额外|加发|提高)"
)
STATES_MORE = re.compile(r"上浮|上调|提高|加发|另加|另行增加|增加|额外|翻倍|加倍|倾斜|优先")

# A yes/no question about a charge, and a text stating one or its absence.
ASKS_FEE = re.compile(r"收费|收钱|要钱|花钱|交钱|付费|掏钱|费用|手续费")
# Whether one pays less (「…车钱能便宜吗？」, 能不能打折, 有没有优惠): a discount or an exemption stated
# (车费按八折收取, 减半收取, 免收), not what the measure gives others (eval/policy33 a01, blind)
ASKS_CHEAPER = re.compile(
    r"(?:便宜|优惠|打折|减免)[^，,。？?]{0,3}(?:吗|么|不)|(?:能不能|可不可以|有没有)(?:便宜|优惠|打折|减免|折扣)"
)
STATES_DISCOUNT = re.compile(
    r"(?:[一二三四五六七八九]|\d(?:\.\d)?)折|折扣|半价|减半|免费|免收|免缴|减免|优惠价"
)
STATES_CHARGE = r"免费|不收|收取|收费|费用|工本费"  # (a sum in 元 may be what is given, not charged)
STATES_FEE = re.compile(rf"{STATES_CHARGE}|\d(?:\.\d+)?\s*元")
# A benefit given free of charge (免费乘坐公交, 每年1次免费健康体检, 免费游览景区): no word on what the
# service asked costs — unless it is what is asked (「…坐公交能免费吗」)
CHARGE = re.compile(STATES_CHARGE)
BENEFIT_FREE = re.compile(r"免费(乘坐|乘车|游览|参观|入园|健康体检|体检|借阅|观看|就餐)")
# A figure set as a target (今年…计划增长多少, 目标是多少), and a sentence setting one: a 政府工作报告 states
# last year's result (一般公共预算收入10.82亿元、增长3.4%) beside this year's target (主要预期目标是：…
# 一般公共预算收入增长4%), in the same words. (预计 is not one: 预计全年实现… is last year's estimated
# result.)
ASKS_TARGET = re.compile(r"目标|计划|预期|打算|力争|定在|定为")
STATES_TARGET = re.compile(r"目标|预期|计划|力争|左右")
# A yes/no question asking whether a time limit applies, and a limit stated (1年内, 截止, 逾期).
# A figure asked as a sum of all (全县一共分配了多少, 总共发了多少钱), and a figure stated as one: a table's
# 合计 row, 共计 / 累计 / 总额, 共发放1260万元.
# (累计 in a question is the asker's: 我累计献了400毫升血 … 能免多少, eval/policy11 n09)
ASKS_TOTAL = re.compile(r"一共|总共|共计|合计|总计|加起来|加在一起|(?:总额|总数)(?:是|有|为)?多少")
STATES_TOTAL = re.compile(
    r"合计|总计|共计|累计|总额|总数|总金额|(?<!公)共[^，,。；;\d]{0,12}?[\d一二三四五六七八九十百千万两]"
)
ASKS_LIMIT = re.compile(r"时间限制|期限|时限|有效期|过期|逾期")
STATES_LIMIT = re.compile(
    r"\d+\s*(?:个)?(?:工作日|日|天|周|个月|月|年)(?:以)?内|[一二三四五六七八九十两半]+(?:个)?(?:工作日|日|天|周|个月|月|年)(?:以)?内"
    r"|截止|截至|逾期|过期|期满|有效期"
)
# A yes/no question whether another may use what is the asker's (a card, a certificate, a quota), and a text
# saying whose it is.
ASKS_LEND = re.compile(r"借给|借用|转借|出借|转让|转给|给(?:家里人|家人|别人|他人|亲戚|朋友)|代(?:用|刷)")
STATES_OWN = re.compile(r"限本人|本人使用|不得(?:转借|出借|转让|借给|转赠)|冒用|他人使用|不可转让")
# A yes/no question whether one may have a measure again (今年再上一次…还能领吗, 能不能重复领), and a text
# limiting how often (同一等级不得重复享受, 每人每年只能享受一次, 限申请一次; eval/policy33 y03, blind)
ASKS_REPEAT = re.compile(
    r"再[^，,。？?]{0,8}还(?:能|可以|可|有)|重复(?:申请|享受|领取|领|办理|报名|补贴)|再次(?:申请|享受|领取|领|补)"
    r"|(?:能|可以)(?:领|享受|申请|补)几次|多次(?:申请|享受|领取)|每年都(?:能|可以|有)"
)
STATES_ONCE = re.compile(
    r"不得重复|不重复|不再重复|不得再次|不再(?:享受|补贴|补助|给予)|(?:只能|只|仅|仅可|限)(?:享受|申请|领取|补贴)?一次"
)

# Whether two measures may be had together (「婚事新办奖励和集体婚礼补助能一起拿吗？」), and a text saying so
# (两项可以同时享受, 不得叠加享受, 就高不重复, 只能选择其中一项: eval/policy36 y01, blind)
ASKS_COMBINE = re.compile(
    r"(?:能|可以|可|能够)(?:一起|同时|一块|叠加|都)(?:拿|领|享受|申请|申领|补|要)"
    r"|(?:一起|同时|叠加)(?:拿|领|享受|申请|申领)[^，,。？?]{0,4}(?:吗|么|不)"
    r"|能不能(?:一起|同时|叠加)|可不可以(?:一起|同时|叠加)|(?:能否|可否|是否(?:可以|能))(?:一起|同时|叠加)"
    # (「两笔奖励都能全拿吗？」, 「两个名次都能拿奖励吗？」: eval/policy16 y02, policy38 y06, blind)
    r"|都(?:能|可以)全?(?:拿|领|享受|申请|申领|要)"
)
STATES_COMBINE = re.compile(
    r"(?:可以|可|能|允许)?(?:同时|叠加|累加)(?:享受|申领|领取|申请|计发)|不(?:得|能|可|予|再)?(?:同时|叠加|重复)"
    r"(?:享受|申领|领取|计算|奖励|奖补|补助|补贴)|不叠加|(?:只能|仅能|只可)(?:选择|享受|申请)(?:其中)?一项|择(?:一|优|高)(?:享受|申报|申领|发放)"
    r"|就高(?:享受|不重复|补贴|发放)?"
)


def asks_statement(norm: str) -> bool:
    """A yes/no question (normalised) answered by one statement of the document answering best — what it
    costs, whether it is cheaper, whether another may use it, a time limit, how often, whether two measures go
    together — which may stand in any of its sections (服务站…不得收取任何费用 in its 五、服务规范:
    eval/policy34 y05, blind)."""
    return any(
        p.search(norm)
        for p in (ASKS_FEE, ASKS_CHEAPER, ASKS_LEND, ASKS_LIMIT, ASKS_REPEAT, ASKS_COMBINE, ASKS_MORE)
    )


# What the asker pays of it themselves (「…买脐橙保险每亩自己要交多少？」, 自己要出多少钱), and a text stating
# that share (农户每亩自缴60元, 用户自付800元, 个人负担部分…) — with a sum in money after it when the question
# asks no share (自缴30% is the share; 自缴30%即每亩60元 the sum: eval/policy34 c04, blind)
ASKS_OWN_SHARE = re.compile(r"自己(?:要|还要|得|需要|需)?(?:交|缴|出|付|掏|给|负担|承担|花)")
_OWN_SHARE = (
    r"自缴|自付|自筹|自负|个人(?:缴纳|缴费|负担|承担|支付|出资)"
    r"|(?:农户|用户|家庭|养殖户|居民|群众)(?:缴纳|负担|承担|支付|出资)"
)
STATES_OWN_SHARE = re.compile(_OWN_SHARE)
STATES_OWN_SUM = re.compile(rf"(?:{_OWN_SHARE})[^，,。；;]{{0,8}}?\d+(?:\.\d+)?\s*(?:元|万元)")
ASKS_SHARE = re.compile(r"比例|百分之|%|几成|多少成")


# A question asking the time of day, and a time stated (14:30, 8点, 下午两点半).
ASKS_CLOCK = re.compile(r"几点")
# (… or 时 as rules write it, 20时至次日5时: eval/policy41 d04, blind — not a record's timestamp,
# 办结时间：2026-05-06 17:02:44, which is when, not at what time of day)
CLOCK = re.compile(
    r"\d{1,2}\s*[:：]\s*\d{2}|\d{1,2}\s*点|[一二三四五六七八九十两]{1,3}点|(?<![\d.])\d{1,2}\s*时(?![间期候段代限效])"
)
TIMESTAMP = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[\sT]*\d{1,2}:\d{2}(?::\d{2})?")


# What a figure is counted per (一亩能补多少, 每人每月给多少, 每次最多赔多少, 一天给多少): the unit right
# before the interrogative, a few characters off.
_PER_UNITS = "亩|人|户|月|年|天|日|吨|头|只|辆|次|平方米|平米|间|家|台|件|小时|公斤|斤|公里"
# (满一年, 第一年, 这一次 name a condition or a time, not a rate; 一次性 a sum paid once: 「…一次性补多少」,
# eval/policy6 p05)
_ASKS_PER = re.compile(
    rf"(?:每|(?<![满过超第前后近这那])一)(?:个)?({_PER_UNITS})(?!性)[^，,。；;？?]{{0,6}}?(?:多少|几)"
)


def asked_per(norm: str) -> str | None:
    """The unit a question asks a figure per (一亩能补多少 → 亩), or None."""
    found = _ASKS_PER.search(norm)
    if found is None:
        return None
    return {"日": "天", "平米": "平方米"}.get(found.group(1), found.group(1))


def states_per(said: str, per: str) -> bool:
    """``said`` (normalised, with its column names) states a figure per ``per``: 每亩, 元/亩, (每天), 一年…共,
    每人每年, 元/人·年, or a column naming its sum by its period (年服务费(元/人), 职工医保年度支付限额: what
    「…一年服务费是多少」 asks, eval/policy23 n12, blind — not 2025年补贴标准)."""
    forms = {"天": "天|日", "平方米": "平方米|平米|㎡|m2"}.get(per, per)
    if re.search(rf"(?:每|/)[^,，。；;|)）\s]{{0,3}}?(?:{forms})", said) is not None:
        return True
    # (… or a reckoning for one: 一年个人共支付180元, the 12345 reply's sum for 「一年个人要交多少」:
    # eval/policy35 n15, blind — not 一年内, 满一年的, 第一个月, 一次性 or 一年级)
    one = rf"(?<![\d\u3007零一二三四五六七八九十满过超第前后近这那])[一1]个?(?:{forms})(?![内以性级])"
    if re.search(rf"{one}[^,，。；;]{{0,8}}?\d", said) is not None:
        return True
    # (in a table's column names only: 跨年度费用 in a sentence is no yearly sum, eval/orgdocs n01)
    columns = said.rpartition("\n")[0] if " | " in said else ""
    return re.search(rf"(?<![\d\u3007零一二三四五六七八九十])(?:{forms})度?{_NAMED_SUM}", columns) is not None


# what a sum named by its period is called (年服务费, 年度支付限额, 月补助标准)
_NAMED_SUM = r"[^|\n,，。；;\d]{0,8}?(?:费|额|金|补贴|补助|津贴|工资|标准)"
