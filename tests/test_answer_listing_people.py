"""Which-regions questions over roundups as eval/policy23 (written blind) wrote them: a resident's own
words (来自…的李先生…他说，…) are no region's measure, and the unit of a figure the question states
(80周岁以上) is no topic a claim must carry (女方年满49周岁 is no 高龄津贴). Real index, real encoder,
/ask's composition."""

from __future__ import annotations

import pytest

from indexer.retrieve import Retriever
from server.answer.claim_region import TESTIMONY
from tests.policydocs import index_docs, regions

ELDERLY = (
    "高龄津贴提标按季到账 惠民殡葬减轻负担 多地提升养老和殡葬服务水平\n"
    "提高高龄津贴、免除基本殡葬服务费用……多地民政部门持续提升养老和殡葬服务水平。\n"
    "河北保定涞源县今年7月起提高高龄津贴标准，80至89周岁老年人每人每月100元，按季度发放；"
    "保定易县对80周岁以上老年人发放高龄津贴，今年已发放1460万元。\n"
    "来自保定唐县的王师傅在涞源县殡仪馆工作了十多年，他说，现在老人的高龄津贴按季度到账，"
    "丧属办完事基本不用再掏钱了。\n"
)
SUPPORT = (
    "洛川县2025年农村部分计划生育家庭奖励扶助和特别扶助资金发放工作方案\n"
    "（二）特别扶助。独生子女死亡或者伤残、现无存活子女，女方年满49周岁的夫妻，按人发放特别扶助金。\n"
    "扶助资金于6月30日前通过“一卡通”一次性足额发放到扶助对象本人账户。\n"
)
DOCS = {
    "新闻/高龄津贴提标按季到账 惠民殡葬减轻负担.txt": ELDERLY,
    "陕西/洛川县/洛川县2025年奖励扶助和特别扶助资金发放工作方案.txt": SUPPORT,
}


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return index_docs(DOCS, tmp_path_factory, "people")


def test_a_figures_unit_is_no_topic_and_a_residents_words_no_claim(retriever: Retriever) -> None:
    """洛川县's 49周岁 sentence had been listed for 「高龄津贴 80周岁以上 已发放 县」 (it carried 周岁, a
    key), and a story's 王师傅 for the county he came from or worked in."""
    assert regions(retriever, "高龄津贴 80周岁以上 已发放 县") == ["河北省保定市易县", "河北省保定市涞源县"]


@pytest.mark.parametrize(
    ("sentence", "testimony"),
    [
        ("来自宣城郎溪县的刘女士在泾县一家宣纸厂上班，她说，今年生二孩的生育津贴不到两周就到账了。", True),
        ("在灵石一家煤矿工作的王师傅来自晋中平遥县，他说，矿上每个月都组织学习举报奖励政策。", True),
        ("老张告诉记者，补贴已经到账。", False),
        # (the person right before 说: eval/policy24 r05, blind)
        ("从高密市拉白菜到寿光农产品物流园的司机老赵说，预约以后排队的时间明显少了。", True),
        ("县民政局有关负责人表示，今年已发放高龄津贴1460万元。", False),
        ("易县对80周岁以上老年人发放高龄津贴，今年已发放1460万元。", False),
    ],
)
def test_testimony_is_a_persons_words(sentence: str, testimony: bool) -> None:
    assert (TESTIMONY.search(sentence) is not None) is testimony
