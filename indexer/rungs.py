"""Ranks and cases a question may name, and whether a text states a figure for another.

「本科毕业生购房补贴多少?」 names the rung 本科 of the ladder 博士 | 硕士 | 本科 …: 博士15万元，硕士8万元 is
no answer for it. Ladders are ranked (a range 硕士及以上 spans rungs); contrasts (住院 | 门诊) are cases side
by side. Patterns apply to the normalised form (simplified script, half width).
"""

from __future__ import annotations

import re

from indexer.measures import quantities

# Ranks that policies set figures by, each a ladder of alternatives, highest first: a figure stated for one
# rung is no answer for another (「本科毕业生购房补贴多少?」 and 博士15万元，硕士8万元). Normalised forms.
_LADDERS = (
    ("博士", "硕士", "研究生", "本科", "大专", "专科", "高职", "中专"),  # (研究生 is 博士 and 硕士)
    ("正高级", "副高级", "高级", "中级", "初级"),
    ("高级技师", "技师", "高级工", "中级工", "初级工"),
    ("一等奖", "二等奖", "三等奖"),
    ("国家级", "省级", "市级", "区级", "县级"),
    ("a类", "b类", "c类", "d类", "e类"),
    ("一类", "二类", "三类", "四类", "五类"),
    ("三孩", "二孩", "一孩"),  # (胎 read as 孩: 二胎 is 二孩; a 博士后 is no 博士)
    ("高中", "初中", "小学", "幼儿园"),
    ("一档", "二档", "三档", "四档"),
    # a tiered price's steps (第一阶梯 2.30元 is no answer for 第二阶梯: eval/policy26 n02, blind)
    ("第一阶梯", "第二阶梯", "第三阶梯", "第四阶梯"),
    ("省外", "省内"),  # 被省内院校录取的500元 is no answer for 省外
    ("市外", "市内"),
    ("一季度", "二季度", "三季度", "四季度"),  # (第二季度 names 二季度)
    ("上半年", "下半年"),
    # an enterprise's size (大型企业返还30%, 中小微企业60%: 慈溪's 大企业 is no 小微企业; eval/policy16 n03)
    ("大型企业", "中型企业", "小型企业", "微型企业"),
    # a standard's level (主导制定行业标准的每项奖励15万元 is no answer for 国家标准: eval/policy34 n10)
    ("国际标准", "国家标准", "行业标准", "地方标准", "团体标准", "企业标准"),
    # a severity (长护险 pays for 重度失能: 「中度失能的老人…每月能报多少」 is not answered by its 70%;
    # eval/policy35 u11, blind)
    ("重度", "中度", "轻度"),
    # a programme's rounds (第二期消费券 is not the third)
    *(tuple(f"第{n}{unit}" for n in "一二三四五六七八九十") for unit in "期批轮"),
)
# Cases a policy states figures for side by side, none ranked above another: a figure stated for one is no
# answer for the other (门诊费用报销55% for 「住院费用报销比例」, 首次登记500元 for 「补办要多少钱」).
# Unlike a rank, the case need not be named by the evidence, and naming it is no reason to prefer a sentence
# (首次认定 beside its 20万元 is no answer for 首次入库): only a figure for a different case is set aside.
_CONTRASTS = (
    ("住院", "门诊"),
    ("首次", "补办", "换领", "年检"),
    ("城镇职工", "城乡居民"),
    ("公办", "民办"),
    ("非全日制", "全日制"),
    ("城镇", "农村"),  # (城市 too where it opens a phrase: _CITY)
    ("线上", "线下"),
    ("购房", "租房"),
    # a term's or a festival's figures (春季学期's 汇总表 for 秋季学期, 春节's 慰问标准 for 中秋:
    # eval/policy25 u10, u11, blind)
    ("春季", "秋季"),
    ("春节", "元宵", "清明", "端午", "中秋", "国庆", "元旦"),
    # day and night fares (the 的士's 白天 5公里 12.4元 for 夜晚十一点: eval/policy24 c01, blind)
    ("白天", "夜间"),
    # crops an insurance or a subsidy sets figures by (玉米保险金额每亩1000元 is no answer for 马铃薯:
    # eval/policy34 u11, blind) and vehicles (出租车's 每辆3万元 for 公交车: policy33 u10, blind)
    ("水稻", "小麦", "玉米", "马铃薯", "大豆", "油菜", "棉花", "花生"),
    ("出租车", "公交车", "网约车"),
)
_RANKED = len(_LADDERS)
_LADDERS = (*_LADDERS, *_CONTRASTS)


# How rungs are written: 二胎 is 二孩, a 博士后 no 博士, 本专科 both 本科 and 专科, 博士研究生 博士
# (研究生 alone spans 博士 and 硕士); 哪一档 asks which tier, not 一档; 网上 is 线上, 买房 购房; 首批 is
# 第一批 (「…7个项目入选…首批“榜单”」 answers 「第一批榜单」).
_RUNG_FORMS = (
    ("胎", "孩"),
    ("首批", "第一批"),
    ("首期", "第一期"),
    ("首轮", "第一轮"),
    ("博士后", "博后"),
    ("本专科", "本科专科"),
    ("士研究生", "士"),
    ("哪一", "哪"),
    ("网上", "线上"),
    ("买房", "购房"),
    # (中小微企业 names the three sizes it joins, 小微企业 two; a 大企业 is a 大型企业)
    ("大中型企业", "大型企业中型企业"),
    ("中小微企业", "中型企业小型企业微型企业"),
    ("中小企业", "中型企业小型企业"),
    ("小微企业", "小型企业微型企业"),
    ("大企业", "大型企业"),
    # (中小学生 are 中学's and 小学's: a swimming pool's 中小学生免费 is said for the 初中 pupil asked of,
    # eval/policy25 n14, blind)
    ("中小学", "高中初中小学"),
    ("日间", "白天"),
    ("夜晚", "夜间"),
    ("晚间", "夜间"),
)


# 城市 opening a phrase is 城镇 (城市低保家庭 | 1200 | 900 beside 农村低保), not in a place name (运城市).
_CITY = re.compile(r"(?<![\u4e00-\u9fff])城市|(?<=[的和及与、])城市")


def _rung_form(norm: str) -> str:
    for written, read in _RUNG_FORMS:
        norm = norm.replace(written, read)
    return _CITY.sub("城镇", norm)


def _rungs(norm: str, ladder: tuple[str, ...]) -> set[str]:
    norm = _rung_form(norm)
    found = set()
    for rung in ladder:
        at = norm.find(rung)
        # 高级 inside 正高级 / 副高级 / 高级技师 / 高级工 is that rung, not 高级 itself
        while at >= 0 and any(
            longer != rung and rung in longer and norm.startswith(longer, at - longer.index(rung))
            for longer in ladder
        ):
            at = norm.find(rung, at + 1)
        if at >= 0:
            found.add(rung)
    return found


Rungs = tuple[tuple[int, frozenset[str]], ...]  # (ladder, the rungs of it named)


def asked_rungs(norm: str) -> Rungs:
    """The rungs a (normalised) question names, ladder by ladder: 「本科毕业生…多少」 → ((0, {本科}),)."""
    return tuple(
        (n, frozenset(found)) for n, ladder in enumerate(_LADDERS) if (found := _rungs(norm, ladder))
    )


def misses_rung(asked: Rungs, said: str) -> bool:
    """The question names a rung of a ladder (``asked``: asked_rungs) that ``said`` (a candidate,
    normalised) does not name: 硕士研究生每人每月1500元 for 「本科毕业生…多少」. A range (硕士及以上,
    中级以下) may cover it. Ranks only: a contrast (住院 | 门诊) need not be named."""
    # (only a range of the ladder itself: the 3周岁以下 or 收托率50%以上 of a text naming no rung covers none)
    return any(not _asked(rungs) & _covered(said, _LADDERS[n]) for n, rungs in _ranks(asked))


def _asked(rungs: frozenset[str]) -> frozenset[str]:
    """A question's rungs with those it spans: 研究生 asks for 博士 and 硕士 figures too."""
    return rungs | {"博士", "硕士"} if "研究生" in rungs else rungs


_RANGE = r"(?:学历|学位|职称|证书|资格)?(?:及|或|和)?(以上|以下)"


def _covered(said: str, ladder: tuple[str, ...]) -> set[str]:
    """The rungs of ``ladder`` that ``said`` names, a range counting every rung it spans: 硕士及以上 is 博士
    and 硕士, 中级以下 中级 and 初级, 三孩及以上 三孩, 本科学历以上 本科 and above (the ladder runs highest
    first)."""
    said = _rung_form(said)
    found = _rungs(said, ladder)
    if "研究生" in found:
        found |= {"博士", "硕士"}
    for rung in list(found):
        # (the range may follow the rung's noun: 本科学历以上, 中级职称以下)
        for m in re.finditer(re.escape(rung) + _RANGE, said):
            at = ladder.index(rung)
            found.update(ladder[: at + 1] if m.group(1) == "以上" else ladder[at:])
    return found


def names_other_rung(asked: Rungs, said: str) -> bool:
    """``said`` (normalised) names a rung of a ranked ladder the question asks a rung of, other than the one
    asked: the evidence speaks in that ladder (博士, 硕士 for 本科), so its silence on the asked rung says
    something. A text naming no rung of it (阶梯水价's 第一级 for 第一档) speaks in another."""
    return any(_covered(said, _LADDERS[n]) - _asked(rungs) for n, rungs in _ranks(asked))


def off_rung(asked: Rungs, said: str) -> bool:
    """``said`` (a candidate, normalised) states a figure for other rungs of a ladder the question asks a rung
    of — 博士研究生给予15万元，硕士研究生给予8万元 for 「本科毕业生…多少」, 二孩…三孩及以上 for 一孩 — and
    not for the rung asked (a range may cover it: 硕士及以上 for 博士)."""
    return any((found := _covered(said, _LADDERS[n])) and not _asked(rungs) & found for n, rungs in asked)


# How far after the rung its figure may stand (博士研究生给予15万元, 新设立国家级博士后科研工作站 |
# 一次性资助50万元).
RUNG_REACH = 24


def rung_figure(asked: Rungs, said: str, measure: str) -> bool:
    """``said`` (normalised) states a quantity of ``measure`` for a rung the question asks, right after it and
    before another rung or the sentence's end: 「取得技师证书的补贴3000元」 for 技师, not 「…取得技师证书」
    followed by the 高级工's 2000元 before it."""
    said = _rung_form(said)
    for n, rungs in _ranks(asked):
        others = [r for r in _LADDERS[n] if r not in rungs]
        for rung in rungs:
            for m in re.finditer(re.escape(rung), said):
                window = re.split(r"[。；;\n]", said[m.end() : m.end() + RUNG_REACH])[0]
                for other in others:  # 技师 inside 高级技师 is that rung
                    at = window.find(other)
                    if at >= 0:
                        window = window[:at]
                if (
                    rung in _LADDERS[n]
                    and said[: m.start()].endswith(("高级", "正", "副"))
                    and rung != "高级"
                ):
                    continue
                if quantities(window, measure):
                    return True
    return False


def names_ladder(asked: Rungs, said: str) -> bool:
    """``said`` (normalised) names a rung, asked or not, of a ladder the question asks a rung of."""
    return any(_covered(said, _LADDERS[n]) for n, _ in asked)


def names_rung(asked: Rungs, said: str) -> bool:
    """``said`` (normalised) names a rung the question asks (the range 三孩及以上 names 三孩)."""
    return any(_asked(rungs) & _covered(said, _LADDERS[n]) for n, rungs in _ranks(asked))


def _ranks(asked: Rungs) -> Rungs:
    """The ranked rungs of ``asked``, contrasts apart."""
    return tuple((n, rungs) for n, rungs in asked if n < _RANKED)
