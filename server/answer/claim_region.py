"""Which region a claim speaks for (the place its quote names within its document's region, a county
elsewhere in a city's roundup, not where a person comes from) and whether its sentence says the region has
not done it yet (暂未出台, 正在研究, 拟于明年实施): a region listing's who-did-what."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from indexer.normalize import normalize
from indexer.region import city_short, path_rank, place_matches, places_named, regions_in
from indexer.rerank import ends_asking  # memoised per passage text, as the answer-type stage reads it
from server.answer.units import Unit

# Where a person comes from (来自河北涿州市的小李), not where the measure is (absent.about_places too) — nor
# where a person of a story has been (此前在江苏淮安市涟水县一家食品厂做了5年学徒, 过去几年一直在江西赣州市
# 瑞金市的工地上打零工, 内蒙古鄂尔多斯市准格尔旗的农民工老赵: eval/policy20 r04, r10, u06, blind)
_PERSON = r"(?:[老小][\u4e00-\u9fff]|[\u4e00-\u9fff](?:师傅|女士|先生|大姐|大哥|大爷|阿姨))"
# A person's own words in a story (来自宣城郎溪县的刘女士…她说，今年生二孩的生育津贴不到两周就到账了): what
# one resident tells, not a measure a region has taken — no region's claim in a listing (eval/policy23 r01,
# r03, blind); an official's (有关负责人表示) is read as any sentence is
TESTIMONY = re.compile(
    # (… or right after the person: 从高密市拉白菜到寿光的司机老赵说，… — eval/policy24 r05, blind)
    rf"{_PERSON}(?:[^。！？!?]{{0,40}}?[，,]\s*(?:他|她|老人|大家)?(?:说|笑着说|感慨|告诉记者)|说[，,：:])"
)
# A region's people visiting another to learn from it (蕉岭县的侨联干部也到大埔学习帮扶经验, 不少云龙县的
# 调解员也专程到剑川交流经验), or one's experience carried to another (巴东的气象信息员还把经验带到了咸丰县的
# 培训班上), or to share theirs (…还到沛县分享了直播经验: eval/policy33 r05): neither region is said to do
# what is asked there — no region's claim in a listing (eval/policy29 r08, policy27 r07, policy28 r09, blind)
VISIT = re.compile(
    r"(?:到|赴|前往|来到)[^，,。；;]{1,12}?(?:学习|取经|考察|观摩|参观|交流|分享)"
    r"|(?:经验|做法)[^，,。；;]{0,4}(?:带到|推广到|传到|带去)"
)
# … or a region's people or firms at work in another, named right after (柳林县的光伏企业也参与了文水的整村
# 推进项目, 武邑县的安装师傅常年在枣强施工, 崆峒区的新能源车主自驾到崇信时说…, 新邵县的退役军人也到隆回分享…):
# what they do there is the other region's doing (eval/policy32 r03, r05, blind) — not a trip to a venue of
# their own (…的农户到乡镇便民服务中心申领)
ELSEWHERE = re.compile(
    r"[县区市旗州盟]的[^，,。；;的]{0,8}?(?:企业|公司|师傅|车主|渔民|干部|退役军人|群众|农户|果农|村民|居民|工人|"
    # (泉山区的电商主播还到沛县分享…, 凤翔区的出租车司机也参加了岐山的…培训: eval/policy33 r05, r10, blind)
    # (… or whoever a word in 者, 员 or 队 names: 龙城区的新人也报名参加了凌源的集体婚礼, 阳山县的青年创业者
    # 也参加了英德举办的创业沙龙, 克什克腾旗的志愿服务队也参加了宁城举办的…, 凤山县的书屋管理员也到南丹
    # 参加了培训, 红花岗区的读者也到赤水的城市书房打卡: eval/policy36 r01, policy35 r03, policy37, blind)
    r"游客|专家|主播|司机|店主|商户|新人|选手|者|员|队)"
    r"[^，,。；;]{0,6}?(?:到|在|参与了?|参加了?|来到|赶到)"
    r"(?!乡|镇|村|县|市|区|当地|本地|家|社区|街道|政务|便民|服务|窗口|银行|医院|学校|现场|田|地里|海上|船上)"
    r"[\u4e00-\u9fff]{2}"
)
ORIGIN = re.compile(
    # (…的王师傅来自晋中平遥县，他说: eval/policy22 r06, blind)
    r"来自[^，,。；;]{1,16}?(?:的|(?=[，,。；;]))"
    # (从蓬安县来阆中做生意的张先生: eval/policy27 r10, blind)
    r"|从[^，,。；;从]{1,12}?[省市县区旗州盟](?:来|到|赶来|赶到|嫁到|搬到|回到)"
    r"|(?:一直|曾经?|此前|之前|以前|早年|过去[^，,。；;在]{0,4})在[^，,。；;]{1,16}?"
    r"(?:的|一家|打工|务工|工作|上班|打零工|做)"
    rf"|[^，,。；;：:]{{1,16}}?[省市县区旗州盟镇乡村]的(?:农民工|务工人员|村民|居民|市民|职工|工人|大学生|毕业生)?"
    rf"{_PERSON}"
)


_SUFFIXES = "省市州盟"  # (what a chain's names may end in beyond what the gazetteer matched: 陕西省汉中市)


def opening_county(quote: str) -> str | None:
    """The county a sentence opens with, as its subject: 「陕西汉中洋县今年选派…」, 「汉中城固县也已…」 — the
    chain of place names from its first character, when it ends at a county. A roundup is labelled by the
    county it names most, whose own sentences stay its own; a sentence led by another county is that
    county's claim (eval/policy26 r10, r11, blind)."""
    head = normalize(quote.lstrip()[:24])
    at, last = 0, None
    for place in place_matches(head):
        # (… its city by a short name the gazetteer passes over as a plain word: 宜春宜丰县也已…, 三明泰宁县…;
        # eval/policy31 r01, r08, blind)
        if place.start != at and city_short(place.adcode) != head[at : place.start]:
            break
        at, last = place.end, place
        while at < len(head) and head[at] in _SUFFIXES:
            at += 1
    # (… not a person's: 内蒙古鄂尔多斯市准格尔旗的农民工老赵 is where he comes from, eval/policy20 r10)
    if last is None or last.rank < 2 or head[at : at + 1] == "的":
        return None
    named = regions_in(head[:at])
    return named[-1] if named else None


def claim_region(quote: str, doc_region: str | None, known: Sequence[str] = ()) -> str | None:
    """The region a claim is about: a place within the document's region that the quote names (any place, for
    a document of no region), else the document's region. Of a place and a district of it named together
    (青岛西海岸新区（黄岛区）), the district. With ``known`` (the collection's document regions) a county's
    short name counts as it does in a question: a roundup's 「在湖南宁乡，…」 is about 宁乡市, not 湖南省."""
    # (where a person comes from is not where the measure is: 来自河北涿州市的小李…在浦口区租到了一套
    # 保障性租赁住房 is 浦口区's; eval/policy17 r04, eval/policy16 p06)
    named = places_named(ORIGIN.sub("", quote), known)
    if (subject := opening_county(quote)) is not None:
        return subject
    for place in named:
        # (a place beyond the document's own — 镜湖区's 在西藏、新疆服役的义务兵增发10% — is what the claim
        # speaks of, not who claims it)
        if doc_region is None or (place != doc_region and place.startswith(doc_region)):
            return max((p for p in named if p.startswith(place)), key=len)
    if doc_region is not None and path_rank(doc_region) < 2:
        # A city's or a province's roundup (labelled by the places it mentions most: 盐城市) tells of
        # counties elsewhere too: 「江苏徐州新沂市取消…年龄限制」 is 新沂市's claim, not 盐城's (eval/policy18
        # r02, blind). A county's own document compares itself with others (参照新沂市的做法): its sentences
        # stay its own.
        county = next((p for p in named if path_rank(p) == 2 and not p.startswith(doc_region)), None)
        if county is not None:
            return county
    return doc_region


def unit_region(unit: Unit, known: Sequence[str] = ()) -> str | None:
    """The region of a candidate claim: ``claim_region`` of its text — and, in a document of no region (a
    news roundup, one paragraph per place), when the text names none, the place its paragraph named last
    before it: 「淄博市张店区…每人每月50元；90至99周岁…百岁老人每月600元。」 is 张店区's second clause."""
    region = claim_region(unit.text, unit.hit.document.region, known)
    if region is not None or unit.hit.document.region is not None:
        return region
    before = unit.hit.text[: max(0, unit.start - unit.hit.start)]
    paragraph = before[before.rfind("\n") + 1 :]
    named = places_named(paragraph, known)
    return named[-1] if named else None


# What a region has not done yet, not a condition (尚未就业的毕业生 is whom a measure is for).
NOT_YET = re.compile(
    r"(?:暂|尚|还|仍)?(?:未|没有)(?:正式)?(?:出台|实施|实行|推行|启动|开展|推出|落地|建立|开办|开通|施行|调整|提高|下调|上调)"
    # (not whom a measure's rule is for: 未实施白蚁预防的不予办理竣工验收备案 — eval/policy40 r01, blind)
    r"(?![^。；，,;]{0,16}的[，,]?(?:不予|不得|不再|不能|一律))"
    r"|正在[^。；，]{0,12}研究|研究[^。；]{0,20}可行性|(?:尚|正)在筹备"
    # 今年暂不实行统一的…减免; 直免系统正在建设中 (eval/policy11 r02 to r04, written blind)
    r"|暂不(?:实行|实施|推行|执行|开展|出台)|(?:正在|仍在)(?:建设|筹建|搭建|开发)中"
    # 起付线维持2万元不变: what others lowered, this one kept
    r"|维持[^。；，]{0,12}不变"
    # 今年不再安排新建户厕奖补 — a time word before it: 户籍迁出的，不再发放 is a condition
    r"|(?:今年|本年度|今后|目前|现已)不再(?:安排|实施|开展|发放|执行|受理)"
    # 尚未将HPV疫苗纳入免费接种; 今年未安排家庭农场奖补资金，…认定工作暂停 (eval/policy12 r02, r04, blind)
    r"|(?:暂|尚|还|仍)(?:未|没有)将[^。；，]{0,16}纳入|(?:今年|本年度|目前)(?:暂|尚|还)?未(?:安排|列入|纳入)"
    # 配发了摩托车，但没有发放交通补贴; 校园足球特色学校暂未纳入; 没有对电子围栏给予补助 — what a roundup's
    # region did instead of what is asked (eval/policy38 r01, r09, r11, r13, blind); not
    # 二手房也不在补贴范围内, the exclusion of a measure taken (policy15 r09)
    # (… 但没有将白蚁预防纳入竣工验收, 但没有收取城市树木绿化补偿费: eval/policy40 r01, r11, blind)
    r"|(?:但|却)(?:还|仍|尚|暂)?(?:没有|未)(?:(?:对|将|把)[^。；，]{0,12})?"
    r"(?:发放|设立|给予|组建|建立|纳入|开展|出台|实施|实行|安排|投保|购买|收取|征收|公布)"
    r"|(?:暂|尚|还|仍)(?:未|没有)纳入|没有对[^。；，]{0,12}(?:给予|发放)"
    # 对农户购买商品有机肥给予补贴，但没有粪肥还田补贴 (eval/policy39 r08, blind) — a clause ending on the
    # measure it lacks; not 但未享受其他补贴的农户, whom a measure is for
    r"|(?:但|却)(?:还|仍|尚|暂)?(?:没有|未)[^。；，,;]{0,12}(?:补贴|补助|奖补|奖励|政策)(?=[。；，,;]|$)"
    r"|(?:工作|项目)(?:已)?暂停"
    # 见习补贴计划下半年启动发放, 计划年内推出 — a launch planned for a time to come (eval/policy15 r04,
    # blind); 今年计划实施改造45个 (a time word before 计划) is this year's target, done this year
    # (… whatever it plans for next year or the second half: 计划明年对…铺开, 计划下半年上马)
    r"|计划(?:于)?(?:明年|下半年)"
    # (… or a later part of this year: 当雄县计划今年下半年选聘专职护路员, eval/policy43 r06, blind)
    r"|计划(?:于)?(?:今年|年内)(?:下半年|年底|四季度|第四季度)"
    r"|计划(?:于)?(?:今年|年内|年底|年中|上半年|近期|[一二三四五六七八九十\d]{1,2}月|[一二三四]季度)"
    # (… or 计划明年起对科技特派员给予工作补贴: eval/policy26 r11, blind)
    # (… or 计划明年开展县级储备粮轮换, 计划明年制定…奖励政策: eval/policy28 r12, policy29 r09, blind)
    r"[^。；，]{0,20}(?:启动|推出|推行|上线|出台|开通|实施|发放|建成|建立|设立|投用|投入使用|开放|开业|延伸|推广|覆盖"
    # (… or 计划年内将直播电商纳入…补贴目录, 计划明年将适老化改造纳入…: eval/policy33 r05, r09, blind)
    r"|给予|开展|试行|试点|修订|扩大|制定|纳入"
    # (… or 永平计划明年建设村级普惠金融服务站, 全南计划明年开办脐橙种植保险: eval/policy34 r06, r11, blind)
    r"|建设|新建|开办|开设|设立|免收|减免|补贴|奖励)"
    # 灵川县拟对60周岁以上老年人免收…, 长汀县拟调整…标准, 休宁县将于国庆前发放 (eval/policy25 r08, r12, r07,
    # blind): 拟 with what it plans is a plan (not 拟定, a draft; 拟录用, a list of the hired; nor a 公示's
    # list decided and shown, 第二批拟发放补贴车辆1128辆…现予公示: policy24 n15), 将于 a time to come named
    # by no date
    # (… or 泽库县拟参照尖扎做法出台…: eval/policy43 r08, blind)
    r"|拟(?![^。；]*公示)(?:于|对|在|将|从|向|把|按|为|参照|借鉴)|拟(?![^。；]*公示)(?:出台|推出|推行|开通|启动|上线|实施|实行|调整|提高|发放|设立|开展|开放|建立|免收|减免|扩大|延伸)"
    r"|(?<!起)将于(?:今年|明年|年内|年底|下半年|上半年|近期|[^。；，\d]{0,4}前)"
    # 海盐县计划开通至上海金山的跨省公交线路; 米脂将出台购房契税补贴政策; 崇州市未设分档购车补贴
    # (eval/policy24 r06, r11, r07, blind) — not 今年计划实施改造45个, nor 自8月1日起将推行, nor 未设起付线
    # (none to pay)
    r"|(?<!今年)(?<!年内)计划(?:开通|推出|推行|出台|启动|上线)|(?<!起)将(?:出台|推出|推行|开通|启动|上线)"
    r"|(?:暂|尚|还|仍)?未设(?:立|置)?[^。；，]{0,8}(?:补贴|补助|奖励|政策|制度|项目)"
    # 大冶正在制定…奖励办法，预计年内出台 (eval/policy16 r03, blind): a rule being drafted, expected later
    r"|正在(?:研究)?(?:制定|起草|谋划)|预计(?:今年|明年|年内|年底|下半年|近期)[^。；，]{0,4}(?:出台|推出|上线|实施)"
    # 正在调研论证，有望年内出台; 拟于明年实施; 将研究推行…房票安置; 方案…正在报批，…补贴标准尚未确定;
    # 预计明年下半年开始配租 (eval/policy17 r05, r06, u01, u03, u05, blind)
    r"|正在[^。；，]{0,12}(?:调研|论证|报批)|(?:有望|拟于?)(?:今年|明年|年内|年底|下半年|上半年|近期)"
    r"|将(?:研究|探索)(?:推行|推出|出台|制定|实施)|尚未(?:确定|明确)"
    r"|预计(?:今年|明年|年内|年底|下半年|上半年|近期)[^。；，]{0,6}(?:开始|启动|投用|配租|试点)"
    # 自助办证设备正在安装调试; 具体受理时间另行通知; 正在就…征求意见 (eval/policy18 u02, u03, blind)
    r"|正在(?:安装)?调试|(?:时间|日期)另行(?:通知|公布|公告)|正在就[^。；，]{1,20}征求意见"
    # 宝丰拟出台…补贴政策 (eval/policy21 r07, blind) — not 拟发放名单, 拟安排资金: a 公示 of what is decided
    r"|拟(?:出台|推行|制定|推出|启动|建立|设立)"
    # 左权将于年内出台…办法; 牙克石计划在秋季防火期前出台… (eval/policy22 r06, r09, blind) — not
    # 将于7月1日起施行, a rule issued that takes effect later
    r"|将于?(?:今年|明年|年内|年底|下半年|上半年|近期)[^。；，]{0,6}(?:出台|推出|上线|启动|开通|建成)"
    r"|计划在[^。；，]{1,12}?(?:前|之前|以前)(?:出台|推出|上线|启动|开通|建成|实施)"
)


# The asker's own words in a letter (我和爱人打算…, 听朋友说…, 同事跟我说…): the first person — not
# 我市, 我县, 我局 … speaking for an office — or hearsay
_ASKER = re.compile(r"我(?![市县区省局委院校行司镇乡厅办国部])|听说|据说|听[^，。；]{1,5}说|有人说")


def asker_speaks(unit: Unit, letters: Sequence[tuple[int, int]]) -> bool:
    """The unit is the asker's own words — within a labelled letter (``letters``: asking.letter_spans of its
    document), or in the first person in a passage that ends asking (a letter with no labels): what the asker
    says, or heard, is no answer; the office's reply is (eval/policy20 y01, y04, y05, y08, blind: the letter
    restates the question, and its sentences had been quoted over the reply)."""
    if any(a <= unit.start < b for a, b in letters):
        return True
    return _ASKER.search(unit.whole or unit.text) is not None and ends_asking(unit.hit.text)


_CLAUSE_ENDS = "，,；;。"
_TURN = re.compile(r"[，,；;]\s*(?:但是?|而是|不过)")


def says_not_yet(unit: Unit) -> bool:
    """The unit's sentence says something has not (yet) been done (still studied, planned for later)."""
    return NOT_YET.search(unit.whole or unit.text) is not None


# A reply's sentence to the asker of their own case (您…一共2800元，将于明年1月底前发放): when their money is
# paid, not a region's measure still to come (eval/policy39 r01, blind: 石台县 had been left out of a listing)
_ADDRESSED = re.compile(r"您|贵(?:公司|单位|校|院|企业|社|协会|合作社)")


def not_yet_region(unit: Unit, about: Callable[[str], bool] | None = None) -> str | None:
    """The region the unit's sentence says has not (yet) done something: the place named last before it
    says so (合肥市蜀山区暂未出台…), else its document's (本区尚未…). With ``about`` (does a text carry what
    the question asks?), not when a clause after it turns to what is asked (但…) and its own does not carry
    it: 崇州市未设分档购车补贴，但对以旧换新购车给予县级加码补贴 has not done the one, has done the other
    (eval/policy24 r07, r08, blind); 莲池区…奖励办法正在修订，尚未出台，目前仍按2018年的标准执行 has not."""
    sentence = unit.whole or unit.text
    found = NOT_YET.search(sentence)
    if found is None or _ADDRESSED.search(sentence, 0, found.start()):
        return None
    if about is not None:
        start = max(sentence.rfind(mark, 0, found.start()) for mark in _CLAUSE_ENDS) + 1
        turn = _TURN.search(sentence, found.end())
        if turn is not None and about(sentence[turn.end() :]) and not about(sentence[start : turn.start()]):
            return None
    named = regions_in(sentence[: found.start()])
    return named[-1] if named else unit.hit.document.region
