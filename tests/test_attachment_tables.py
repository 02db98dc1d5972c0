"""An attachment (附件) as offices publish it: a .docx whose first line is its label (附件, 附件1：) and whose
table states its unit only in the column names (多层住宅基准价（元/平方米·月）). eval/policy17 n15, written
blind: 「洛阳西工区的多层小区，三级物业，物业费一平米一个月多少钱？」 was declined — the attachment's title
was 附件, which names no 物业 fee, and a unit of five characters after the slash (元/平方米·月) was no
column unit."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from docx import Document

from indexer.clean import clean_document
from indexer.retrieve import Retriever
from server.answer.attached import attached_hits
from server.answer.units import with_column_units
from tests.conftest import CITEQA
from tests.policydocs import ask


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("附件", "西工区住宅前期物业服务收费政府指导价标准"),
        ("附件1：", "西工区住宅前期物业服务收费政府指导价标准"),
        ("附表２", "西工区住宅前期物业服务收费政府指导价标准"),
        # not a label: the first line is the title
        ("附件材料清单", "附件材料清单"),
    ],
)
def test_an_attachments_title_is_the_line_after_its_label(first: str, title: str) -> None:
    raw = f"{first}\n西工区住宅前期物业服务收费政府指导价标准\n服务等级 | 多层住宅基准价（元/平方米·月）\n"
    raw += "一级 | 1.20\n"
    cleaned = clean_document(raw, navigation=False)
    assert cleaned.title == title
    # the label stays in the text, after the title; nothing is lost
    assert sorted(cleaned.text.splitlines()) == sorted(line for line in raw.splitlines())


def test_a_label_alone_is_its_title() -> None:
    assert clean_document("附件\n", navigation=False).title is None
    assert clean_document("附件1\n一级 | 1.20\n", navigation=False).title == "附件1"


@pytest.mark.parametrize(
    ("header", "row", "stated"),
    [
        ("服务等级 | 多层住宅基准价(元/平方米·月)", "三级 | 0.75", "三级 | 0.75元"),
        ("档次 | 个人缴费（元/年）", "第七档 | 2000", "第七档 | 2000元"),
        ("车位 | 停车服务费（元/个·月）", "地面 | 60", "地面 | 60元"),
        # more than six characters after the slash is a remark, not a unit
        ("等级 | 基准价（元/按建筑面积每月计）", "一级 | 1.20", "一级 | 1.20"),
    ],
)
def test_a_column_unit_per_area_and_month(header: str, row: str, stated: str) -> None:
    assert with_column_units(header, row) == stated


@pytest.fixture(scope="module")
def attachment(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    folder = tmp_path_factory.mktemp("attachment-docs") / "河南" / "西工区"
    folder.mkdir(parents=True)
    (folder / "关于公布西工区住宅前期物业服务收费政府指导价标准的通知.txt").write_text(
        "关于公布西工区住宅前期物业服务收费政府指导价标准的通知\n"
        "一、住宅前期物业服务收费（业主大会成立前）实行政府指导价，按服务等级分为一级至三级，基准价见附件。\n"
        "二、物业服务企业可在基准价基础上上浮不超过10%，下浮不限。\n",
        encoding="utf-8",
    )
    document = Document()
    document.add_paragraph("附件")
    document.add_paragraph("西工区住宅前期物业服务收费政府指导价标准")
    document.add_paragraph("一、住宅前期物业服务收费基准价")
    rows = [
        ("服务等级", "多层住宅基准价（元/平方米·月）", "高层住宅基准价（元/平方米·月）"),
        ("一级", "1.20", "1.80"),
        ("二级", "0.95", "1.45"),
        ("三级", "0.75", "1.15"),
    ]
    table = document.add_table(rows=len(rows), cols=3)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    document.save(str(folder / "附件：西工区住宅前期物业服务收费政府指导价标准.docx"))
    index_dir = tmp_path_factory.mktemp("attachment-index") / "index"
    subprocess.run([CITEQA, "index", str(folder.parent.parent), "--index", str(index_dir)], check=True)
    return Retriever(index_dir)


def test_the_fee_of_a_grade_stated_by_the_attachments_table(attachment: Retriever) -> None:
    titles = {h.document.title for h in attachment.search("西工区 物业服务收费 基准价", 5)}
    assert "西工区住宅前期物业服务收费政府指导价标准" in titles
    found = ask(attachment, "洛阳西工区的多层小区，三级物业，物业费一平米一个月多少钱？")
    assert found.answerable
    assert "0.75" in found.answer


def _docx_table(path: Path, title: str, rows: list[tuple[str, ...]]) -> None:
    document = Document()
    document.add_paragraph(title)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    document.save(str(path))


@pytest.fixture(scope="module")
def referring(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    root = tmp_path_factory.mktemp("referring-docs")
    guide = root / "云南" / "麒麟区"
    guide.mkdir(parents=True)
    (guide / "办事指南.txt").write_text(
        "普通护照签发办事指南\n"
        "【事项名称】普通护照签发\n"
        "【受理条件】中国内地居民持本人居民身份证，可以在全国任一公安机关出入境管理部门申请普通护照。\n"
        "【收费标准】按国家规定标准收取，详见附件《麒麟区出入境证件办理时限和收费一览表》。\n"
        "【办理地点】麒麟区政务服务中心1楼出入境接待大厅\n",
        encoding="utf-8",
    )
    _docx_table(
        guide / "一览表.docx",
        "麒麟区出入境证件办理时限和收费一览表（2025年）",
        [
            ("证件种类", "收费标准（元/证）", "办理时限（工作日）"),
            ("普通护照", "120", "7"),
            ("往来港澳通行证", "60", "7"),
        ],
    )
    notice = root / "江苏" / "武进区"
    notice.mkdir(parents=True)
    (notice / "关于开展2024年武进区家电以旧换新补贴活动的通知.txt").write_text(
        "关于开展2024年武进区家电以旧换新补贴活动的通知\n"
        "一、消费者购买冰箱、洗衣机等8类家电产品给予补贴，具体标准见附件1。\n"
        "二、活动时间为2024年9月1日至12月31日。\n"
        "附件：1.武进区家电以旧换新补贴品类及标准\n2.武进区家电以旧换新参与商户名单\n",
        encoding="utf-8",
    )
    _docx_table(
        notice / "附件1.docx",
        "武进区家电以旧换新补贴品类及标准",
        [("品类", "补贴比例", "单件最高补贴（元）"), ("冰箱", "15%", "2000"), ("洗衣机", "15%", "2000")],
    )
    _docx_table(
        notice / "附件2.docx",
        "武进区家电以旧换新参与商户名单",
        [("序号", "商户名称"), ("1", "武进苏宁易购"), ("2", "武进国美电器")],
    )
    index_dir = tmp_path_factory.mktemp("referring-index") / "index"
    subprocess.run([CITEQA, "index", str(root), "--index", str(index_dir)], check=True)
    return Retriever(index_dir)


def test_a_field_referring_to_an_attachment_is_answered_by_it(referring: Retriever) -> None:
    # eval/policy18 t01, n08 (written blind): the guide's 收费标准 only names the attachment holding the fees
    found = ask(referring, "在曲靖麒麟区办普通护照要多少钱？")
    assert found.answerable
    assert "120" in found.answer and "详见附件" not in found.answer


def test_an_attachment_referred_to_by_its_number(referring: Retriever) -> None:
    query = referring.analyse("武进区冰箱以旧换新补贴标准")
    notice = [h for h in referring.search(query, 10) if "通知" in (h.document.title or "")]
    assert notice and "见附件1" in notice[0].text
    followed = attached_hits(referring, query, notice[:1])
    # the notice's list names 附件1; its 商户名单 (附件2) is not referred to
    assert {h.document.title for h in followed} == {"武进区家电以旧换新补贴品类及标准"}
    assert any("冰箱 | 15% | 2000" in h.text for h in followed)
    assert attached_hits(referring, query, followed) == []  # a table referring to nothing


def test_a_name_many_titles_share_is_no_attachment(tmp_path_factory: pytest.TempPathFactory) -> None:
    """A reference whose name opens the titles of many documents (every year's 名单 of a folder) names none of
    them: following each would cost a search per document and answer from a list of lists."""
    root = tmp_path_factory.mktemp("many-titled-docs") / "江苏" / "武进区"
    root.mkdir(parents=True)
    (root / "关于发放稳岗返还资金的通知.txt").write_text(
        "关于发放稳岗返还资金的通知\n一、返还资金已发放至企业账户，详见附件《武进区稳岗返还企业名单》。\n",
        encoding="utf-8",
    )
    for year in range(2020, 2025):
        (root / f"名单{year}.txt").write_text(
            f"武进区稳岗返还企业名单（{year}年）\n序号 | 企业名称 | 返还金额（元）\n"
            f"1 | 武进第{year}机械厂 | 12000\n",
            encoding="utf-8",
        )
    index_dir = tmp_path_factory.mktemp("many-titled-index") / "index"
    subprocess.run([CITEQA, "index", str(root.parent.parent), "--index", str(index_dir)], check=True)
    retriever = Retriever(index_dir)
    query = retriever.analyse("武进区稳岗返还资金发放")
    notice = [h for h in retriever.search(query, 10) if "通知" in (h.document.title or "")]
    assert notice and "详见附件" in notice[0].text
    assert attached_hits(retriever, query, notice[:1]) == []
