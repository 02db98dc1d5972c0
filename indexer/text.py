"""Facts about Chinese text shared by the library and the server: the CJK character class, the words that
ask a question, and the words that frame a "which regions" question. One home each, imported everywhere.

Patterns apply to the normalised form (indexer.normalize: simplified script, half width, case-folded).
"""

from __future__ import annotations

import re

# CJK Unified Ideographs, Extension A and the compatibility block: a character class body for patterns.
CJK_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK = re.compile(f"[{CJK_CLASS}]")
CJK_RUN = re.compile(f"[{CJK_CLASS}]+")

# A date a line sets as a time limit (截止2026年6月30日前, 自2026年5月1日起, 2026年7月31日止): what the line
# says — not when its page went up (clean.py), nor a section's name (server/answer/units.py).
TIME_LIMIT = re.compile(
    r"(?:截止|截至|自|从)\s*\d{4}\s*[-/.年]"
    r"|\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*(?:之前|以前|前|起|止|截止)"
)

# Interrogatives (哪些方面, 哪所, 多少, 怎样 …) ask for the answer: a token starting with one is no evidence.
# 几 asking a number — not the 几 of 十几年, 好几次: a number the asker states (「住了十几年，能参加…吗」).
ASKING_JI = r"(?<![十好])几"
# The words that make a text a question: a keyword query, as a search box or a chat tool's call sends it, has
# none of them (asked.asked_slot reads its last keyword, REGION_QUESTION its trailing places).
# A yes/no question in the A-not-A form (能不能, 需不需要): the asker's 几棵 is "a few", not "how many"
YES_NO = (
    r"能不能|要不要|需不需要|需要不需要|可不可以|会不会|用不用|算不算|行不行|够不够"
    r"|有没有|是不是|是否|能否|可否"
)
QUESTION_WORDS = rf"吗|么|呢|哪|什么|啥|怎|如何|是否|能否|可否|可以|有没有|是不是|多少|{ASKING_JI}|谁|何"
QUESTION_WORD = re.compile(r"^(?:哪|什么|怎|如何|多少|几|是否|为何|为什么|是不是|有没有|啥|谁|何)")

# "Which regions / places / cities …" questions. 市场, 区别, 县城 … are not places, so those continuations
# are excluded.
# … also asked after the places (开展省校合作的地区有哪些), and as a search box or a chat tool's call sends
# it: keywords ending with the places, maybe with the list asked for (「契税补贴 购买新建商品住房 地区」,
# 「保障性租赁住房 已配租 地区 汇总」, 「房票安置 实施地区」; eval/policy17).
# (旗县 and 盟市: 内蒙古's counties are 旗 and its prefectures 盟 — 赤峰哪些旗县…: eval/policy36 r07, blind)
# (县市区 and its orders: 「遵义 城市书房 合作建设 建设奖补 已实施 县市区」, eval/policy37 r09, blind)
_PLACES = r"(?:地区|地方|城市|省份|地市|县市区|县区市|市县区|区县市|区县|县区|县市|市县|旗县|县旗|旗区|盟市)"
_PLACES_LISTED = (
    rf"{_PLACES}(?:有|包括|是)(?:哪些|哪几个|哪几|那些)|"
    # (… and a bare 县 after 的: 「已经在征收水土保持补偿费的县有哪些？」, eval/policy22 r12, blind — not
    # 泗洪县有哪些补贴, which asks one county's subsidies)
    r"的(?:县|市|区|省)(?:有|包括|是)(?:哪些|哪几个|哪几|那些)|"
    # (a keyword query: no question word anywhere — 隶属于哪个城市？, 北亚普遍指哪一地区？ and
    # 古代谁出生的地方? ask one place or no place)
    rf"^(?!.*(?:{QUESTION_WORDS}))"
    # (… or a bare 县 / 市 standing as a word of its own: 「环评审批告知承诺制 已实行 县」, not 泗洪县; or
    # after 的: 「起步价今年已经调整执行了的县」, eval/policy24 r09, blind)
    rf".*(?:{_PLACES}|(?<=[\s的])(?:县|市|区|省))(?:\s*(?:汇总|列表|一览|分布|名单))?[\s?？。.!！]*$|"
    # … or the places as a word of their own before a qualifier: 「网约车运输证 已核发 县市 红河」 (r10)
    rf"^(?!.*(?:{QUESTION_WORDS})).*(?<=\s)(?:{_PLACES}|县|市|区)\s+\S+[\s?？。.!！]*$|"
    # a request to list them: 「请列出已经出台…细则的县」 (eval/policy21 r06, r12, blind)
    rf"(?:列出|列举|罗列)[^。？?]*的(?:{_PLACES}|省|县|市|区)(?:名单)?[。？?!！\s]*$"
)
REGION_QUESTION = re.compile(
    r"哪(?:些|几个|几|个)?(?:地区|地方|城市|省份|省|地市|区县|县区|县市|市县|旗县|县旗|旗区|盟市|乡镇|镇|"
    r"市(?!场|民|值|面)|县(?!城|级)|区(?!别|域|分))|哪里|哪儿|什么地方|何地|" + _PLACES_LISTED
)

# The plural form (哪些地区, 哪几个城市) asks for a list of regions; 哪里 / 哪个城市 asks for one place.
REGION_LIST = re.compile(
    r"哪(?:些|几个|几)(?:地区|地方|城市|省份|省|地市|区县|县区|县市|市县|旗县|县旗|旗区|盟市|乡镇|镇|"
    r"市(?!场|民|值|面)|县(?!城|级)|区(?!别|域|分))|" + _PLACES_LISTED
)

# Words that frame a region question rather than carry its content: they are no evidence of an answer. Besides
# the places asked for, the verbs of having a policy (哪些地区[出台]了人才住房补贴[政策]): a region's own
# document states its subsidies, it does not say that it issued a policy.
FRAME_WORDS = frozenset(
    {
        "地区",
        "地方",
        "城市",
        "省份",
        "地市",
        "区县",
        "县区",
        "旗县",
        "盟市",
        "县市区",
        "哪里",
        "哪儿",
        "何地",
        "各地",
        "哪些",
    }
    | {"出台", "推出", "制定", "发布", "印发", "实施", "实行", "施行", "开展", "政策", "措施", "举措"}
    | {"汇总", "列表", "一览"}  # the list a keyword query asks for (…地区 汇总; not 分布: X分布在哪些地方)
)


def is_cjk(text: str) -> bool:
    """``text`` contains at least one CJK character."""
    return CJK.search(text) is not None


# The title of an official document: 关于…的通知, …实施办法, …若干措施 (GB/T 9704's 文种), on a line of
# its own (simplified script: match normalised text).
OFFICIAL_TITLE = re.compile(
    r"^(?:.{0,30}关于.{2,60}的(?:通知|决定|意见|批复|报告|请示|函|公告|通告|通报|命令|议案|纪要))$"
    r"|^.{2,50}(?:办法|规定|细则|措施|方案|意见|规划|条例|规则|纲要|须知|指引|指南)"
    # (its edition or status: （试行）, （2024年版）, （2024年修订）, （征求意见稿）)
    r"(?:[（(](?:试行|暂行|\d{4}年(?:版|修订|修正)?|修订|征求意见稿|草案)[)）])?$"
)


# The label an attachment (附件) opens with, on a line of its own above its title: 附件, 附件1：, 附表２.
ATTACHMENT_LABEL = re.compile(r"附[件表]\s*[0-9\uff10-\uff19一二三四五六七八九十]{0,3}\s*[:：]?")
