"""Kinds of file eval/policy23 (written blind) brought that citeqa had skipped or misread: an .odt, an e-mail
(.eml) forwarding a notice with its figures in an attached .docx, an open-data .json dump, a .zip of
attachments whose names are GBK, and a leaflet PDF set in two columns. Each is read through ``load.extract``
(or, for the archive, the folder indexer) as real files are."""

from __future__ import annotations

import io
import json
import zipfile
from email.message import EmailMessage
from pathlib import Path

import docx
import pytest

from eval.policy23.make_docs import gbk_zip
from indexer.build import index_paths
from indexer.decode import DocumentError
from indexer.load import extract
from indexer.retrieve import Retriever
from indexer.settings import DEFAULTS
from tests.apiclient import MakeClient
from tests.conftest import KeywordEncoder

T = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TB = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"


def odt() -> bytes:
    """An .odt as LibreOffice writes one: a figure split over spans, a list, a table whose units stand in its
    header, a footnote, a deletion kept for review and a comment in the margin."""
    body = (
        "<text:tracked-changes><text:changed-region><text:deletion><text:p>旧标准每人300元</text:p>"
        "</text:deletion></text:changed-region></text:tracked-changes>"
        '<text:h text:outline-level="1">一、服务包及收费标准</text:h>'
        "<text:p>长期处方一次最长可开具<text:span>1</text:span><text:span>2周</text:span>用量"
        "<office:annotation><text:p>请核实</text:p></office:annotation>。"
        '<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>'
        "<text:note-body><text:p>耗材费用另计。</text:p></text:note-body></text:note></text:p>"
        "<text:list><text:list-item><text:p>每年1次免费健康体检；</text:p></text:list-item>"
        "<text:list-item><text:p>每季度1次<text:s/>血压检测。</text:p></text:list-item></text:list>"
        "<table:table><table:table-row><table:table-cell><text:p>服务包</text:p></table:table-cell>"
        "<table:table-cell><text:p>年服务费（元/人）</text:p></table:table-cell></table:table-row>"
        "<table:table-row><table:table-cell><text:p>高级包</text:p></table:table-cell>"
        "<table:table-cell><text:p>480</text:p></table:table-cell>"
        '<table:table-cell table:number-columns-repeated="1000"/></table:table-row></table:table>'
    )
    content = (
        f'<office:document-content xmlns:office="{OFFICE}" xmlns:text="{T}" xmlns:table="{TB}">'
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    meta = (
        f'<office:document-meta xmlns:office="{OFFICE}" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        "<office:meta><dc:title>诏安县家庭医生签约服务包及收费标准</dc:title></office:meta></office:document-meta>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("meta.xml", meta)
    return out.getvalue()


def test_an_odt_reads_headings_lists_tables_and_notes_in_order() -> None:
    page = extract(odt(), ".odt", name="收费标准.odt")
    assert page.title == "诏安县家庭医生签约服务包及收费标准"
    assert page.text.split("\n") == [
        "一、服务包及收费标准",
        "长期处方一次最长可开具12周用量。",
        "耗材费用另计。",
        "每年1次免费健康体检；",
        "每季度1次 血压检测。",
        "服务包 | 年服务费（元/人）",
        "高级包 | 480",
    ]


def test_an_opendocument_spreadsheet_named_odt_is_refused_in_one_line() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    with pytest.raises(DocumentError) as caught:
        extract(out.getvalue(), ".odt", name="表.odt")
    assert caught.value.reason == "is an OpenDocument spreadsheet, not text; save it as .odt"


def _attachment() -> bytes:
    document = docx.Document()
    document.add_paragraph("海伦市临时救助标准和审批权限")
    table = document.add_table(rows=2, cols=2)
    for cell, text in zip(
        table.rows[0].cells + table.rows[1].cells,
        ["救助类型", "单次救助上限", "急难型", "月低保标准的12倍"],
        strict=True,
    ):
        cell.text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def eml() -> bytes:
    """A notice forwarded from Foxmail: a GB2312 body quoting the forwarded message's header lines, a .docx
    attached, the subject and the file name RFC 2047 encoded."""
    message = EmailMessage()
    message["Subject"] = "转发：关于进一步做好困难群众临时救助工作的通知"
    message["From"] = "海伦镇民政办 <hlz@example.cn>"
    body = (
        "各村（社区）民政协理员：\n现将通知转发给你们。\n\n"
        "------------------ 原始邮件 ------------------\n"
        '发件人: "海伦市民政局"<hls@example.cn>;\n发送时间: 2025年9月16日(星期二) 下午3:20\n'
        "主题: 关于进一步做好困难群众临时救助工作的通知\n\n"
        "请于2025年10月15日前将备用金使用情况报市民政局社会救助股。\n"
    )
    message.set_content(body, charset="gb2312")
    message.add_attachment(
        _attachment(),
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename="海伦市临时救助标准和审批权限.docx",
    )
    return message.as_bytes()


def test_an_email_reads_its_body_without_forwarded_headers_then_its_attachment() -> None:
    """「发送时间: 2025年9月16日…」 had answered when the notice asks its reports in (eval/policy23 t05),
    and the figures of the attached .docx (12倍) were in no document (n15)."""
    page = extract(eml(), ".eml", name="转发.eml")
    assert page.title == "转发：关于进一步做好困难群众临时救助工作的通知"
    assert page.text.split("\n") == [
        "各村（社区）民政协理员：",
        "现将通知转发给你们。",
        "",
        "请于2025年10月15日前将备用金使用情况报市民政局社会救助股。",
        "",
        "附件：海伦市临时救助标准和审批权限.docx",
        "海伦市临时救助标准和审批权限",
        "救助类型 | 单次救助上限",
        "急难型 | 月低保标准的12倍",
    ]


def test_a_file_that_is_no_email_is_refused_in_one_line() -> None:
    with pytest.raises(DocumentError) as caught:
        extract("\n\n请于10月15日前报送。".encode(), ".eml", name="x.eml")
    assert caught.value.reason == "is not an e-mail (no header lines); save the message as .eml again"


DUMP = {
    "code": 200,
    "msg": "操作成功",
    "data": {
        "total": 2,
        "list": [
            {
                "id": 2025041801,
                "title": "思南县医疗保障局关于优化门诊慢特病待遇认定工作的公告",
                "content": "<p>三、认定时限。认定机构自受理之日起15个工作日内完成认定。</p>",
                "publishDate": "2025-04-18",
            },
            {
                "title": "思南县门诊慢特病病种及年度支付限额",
                "content": "<table><tr><td>病种</td><td>职工医保年度支付限额（元）</td></tr>"
                "<tr><td>尿毒症透析</td><td>80000</td></tr></table>",
            },
        ],
    },
}


def test_a_json_dump_reads_each_records_title_text_and_fields_without_its_envelope() -> None:
    page = extract(json.dumps(DUMP, ensure_ascii=True).encode(), ".json", name="导出.json")
    assert page.title is None  # two records: the first line names the first, as any untitled text's
    assert page.text.split("\n") == [
        "思南县医疗保障局关于优化门诊慢特病待遇认定工作的公告",
        "id：2025041801",
        "三、认定时限。认定机构自受理之日起15个工作日内完成认定。",
        "publishDate：2025-04-18",
        "",
        "思南县门诊慢特病病种及年度支付限额",
        "病种 | 职工医保年度支付限额（元）",
        "尿毒症透析 | 80000",
    ]
    one = extract(json.dumps({"data": [DUMP["data"]["list"][0]]}).encode(), ".json", name="一条.json")  # type: ignore[index]
    assert one.title == "思南县医疗保障局关于优化门诊慢特病待遇认定工作的公告"


def test_a_json_file_that_does_not_parse_is_refused_in_one_line() -> None:
    with pytest.raises(DocumentError) as caught:
        extract(b'{"title": "x",', ".json", name="坏.json")
    assert caught.value.reason.startswith("is not valid JSON (Expecting property name")


def test_a_zip_of_attachments_is_read_as_its_documents(tmp_path: Path) -> None:
    """Each file in it a document of its own, named archive/member with its GBK name read as written (a
    cp437 reading gives mojibake), filed under the archive's name: 洛川县 is its region. A zip inside it
    and a file of no supported kind are each one skipped line."""
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr("x.txt", "x")
    notice = "洛川县2025年农村部分计划生育家庭奖励扶助资金于6月30日前发放到扶助对象本人账户。".encode("gbk")
    data = gbk_zip(
        [("附件1：发放工作方案.txt", notice), ("旧版.zip", inner.getvalue()), ("照片.jpg", b"\xff\xd8\xff")]
    )
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "洛川县奖励扶助资金发放相关附件.zip").write_bytes(data)
    report = index_paths([folder], tmp_path / "index", lambda _: KeywordEncoder(), DEFAULTS, workers=0)
    archive = f"{folder}/洛川县奖励扶助资金发放相关附件.zip"
    assert [(s.name, s.reason) for s in report.skipped] == [
        (f"{archive}/旧版.zip", "is an archive inside an archive; unpack it and index its files"),
        (f"{archive}/照片.jpg", report.skipped[1].reason),
    ]
    assert report.skipped[1].reason.startswith("unsupported file type '.jpg'; supported: .txt, .md")
    retriever = Retriever(tmp_path / "index", encoder=KeywordEncoder())
    [document] = retriever.snapshot.data.documents
    assert (document.path, document.region) == (f"{archive}/附件1：发放工作方案.txt", "陕西省延安市洛川县")
    found = retriever.document(document.doc_id)
    assert found is not None and found[1] == notice.decode("gbk")


def test_a_damaged_zip_is_one_skipped_line(tmp_path: Path) -> None:
    (tmp_path / "附件.zip").write_bytes(b"PK\x03\x04 not a zip")
    report = index_paths([tmp_path], tmp_path / "index", lambda _: KeywordEncoder(), DEFAULTS, workers=0)
    assert [s.reason for s in report.skipped] == [
        "is not a readable .zip archive (File is not a zip file); unpack it and index its files"
    ]


LEFT = [
    "婚前医学检查可以发现影响结婚和生育的疾",
    "病，是对自己、对家庭、对下一代负责。",
    "在恭城瑶族自治县办理结婚登记，男女双方",
    "至少一方为本县户籍的，婚检全部免费。",
    "检查结果约7个工作日出具，可以凭短信到",
    "二楼窗口领取，也可以邮寄到家。",
]
RIGHT = [
    "地点：恭城瑶族自治县妇幼保健院二楼婚前",
    "保健科（恭城镇茶江路）",
    "时间：周一至周六上午8:00至11:30",
    "携带：双方身份证、户口簿（或者居住证）",
    "婚检、婚姻登记、孕前检查一站式服务：县民",
    "政局婚姻登记处就设在妇幼保健院一楼。",
]


def leaflet(left: list[str] = LEFT, right: list[str] = RIGHT) -> bytes:
    """A 宣传折页 on a landscape page, its two columns drawn a baseline at a time, left then right."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=landscape(A4))
    page.setFont("STSong-Light", 11)
    for n, (a, b) in enumerate(zip(left, right, strict=True)):
        page.drawString(50, 480 - 22 * n, a)
        page.drawString(450, 480 - 22 * n, b)
    page.save()
    return out.getvalue()


def test_a_leaflet_in_two_columns_reads_each_column_top_to_bottom() -> None:
    """pypdf had given its lines in drawing order, each column's line between two of the other's: the
    address 「…二楼婚前」/「保健科」 came apart (eval/policy23 p03, blind)."""
    page = extract(leaflet(), ".pdf", name="折页.pdf")
    assert "地点：恭城瑶族自治县妇幼保健院二楼婚前保健科（恭城镇茶江路）" in page.text
    assert page.text.index("二楼窗口领取") < page.text.index("地点：")


def test_a_leaflets_narrow_columns_are_unwrapped() -> None:
    """Columns of 16 hanzi are narrower than any wrap width believed of plain text (20 hanzi: a list of
    equal short items is no wrapped paragraph), so the leaflet of eval/policy23 kept 「…二楼婚前」/「保健科」
    and 「11:3」/「0」 apart; a page read as columns by its text's positions is known to be wrapped prose."""
    left = [
        "婚前医学检查可以发现影响结婚和生",
        "育的疾病，是对家庭负责。",
        "在本县办理结婚登记，男女双方至少",
        "一方为本县户籍的，婚检全部免费。",
        "检查结果约7个工作日出具，可以凭",
        "短信到二楼窗口领取。",
    ]
    right = [
        "地点：恭城县妇幼保健院的二楼婚前",
        "保健科（茶江路）",
        "时间：周一至周六上午8:00至11:3",
        "0（需空腹）",
        "携带：身份证、户口簿或居住证。",
        "咨询电话：0773-8212036",
    ]
    assert extract(leaflet(left, right), ".pdf", name="折页.pdf").text.split("\n") == [
        "婚前医学检查可以发现影响结婚和生育的疾病，是对家庭负责。",
        "在本县办理结婚登记，男女双方至少一方为本县户籍的，婚检全部免费。",
        "检查结果约7个工作日出具，可以凭短信到二楼窗口领取。",
        "地点：恭城县妇幼保健院的二楼婚前保健科（茶江路）",
        "时间：周一至周六上午8:00至11:30（需空腹）",
        "携带：身份证、户口簿或居住证。",
        "咨询电话：0773-8212036",
    ]


def test_a_two_column_table_stays_row_by_row() -> None:
    """A table of short keys and their values is no pair of columns of prose."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.setFont("STSong-Light", 11)
    rows = [
        ("遗体接运", "300元"),
        ("遗体暂存", "150元"),
        ("遗体火化", "450元"),
        ("骨灰盒", "200元"),
        ("骨灰寄存", "150元"),
        ("合计", "1250元"),
    ]
    for n, (key, value) in enumerate(rows):
        page.drawString(60, 700 - 22 * n, key)
        page.drawString(320, 700 - 22 * n, value)
    page.save()
    text = extract(out.getvalue(), ".pdf", name="表.pdf").text
    assert text.index("遗体接运") < text.index("300元") < text.index("遗体暂存") < text.index("150元")


@pytest.mark.model
def test_an_email_uploads_as_one_document_and_an_archive_is_told_to_be_unpacked(make: MakeClient) -> None:
    client = make()
    headers = {"X-Requested-With": "test"}
    mail = client.post("/documents", files=[("file", ("转发通知.eml", eml()))], headers=headers)
    assert mail.status_code == 201
    doc_id = mail.json()["results"][0]["document"]["doc_id"]
    text = client.get(f"/documents/{doc_id}").json()["text"]
    assert "急难型 | 月低保标准的12倍" in text and "发送时间" not in text
    archive = client.post(
        "/documents", files=[("file", ("附件.zip", b"PK\x05\x06" + bytes(18)))], headers=headers
    )
    assert archive.status_code == 207  # (a multi-file request: each file its status)
    assert archive.json()["results"][0]["status"] == 415
    assert archive.json()["results"][0]["error"] == {
        "code": "unsupported_type",
        "message": "附件.zip: an archive is not uploaded whole; upload the files in it, or index its "
        "folder with citeqa index",
    }


# ---------------------------------------------------------------------------------------- hostile files
# (found by a fault probe of these readers: each had ended the run with a traceback, hung, or lost text)


def _corrupt_deflate(name: str, data: str, other: tuple[tuple[str, str], ...] = ()) -> bytes:
    """A zip whose last entry's deflate stream is broken (block type 11): zlib.error, not BadZipFile."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for n, d in other:
            z.writestr(n, d)
        z.writestr(name, data, zipfile.ZIP_DEFLATED)
    raw = bytearray(out.getvalue())
    raw[raw.rfind(b"PK\x03\x04") + 30 + len(name.encode())] = 0xFF
    return bytes(raw)


def _odt_of(body: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "content.xml",
            f'<office:document-content xmlns:office="{OFFICE}" xmlns:text="{T}" xmlns:table="{TB}">'
            f"<office:body><office:text>{body}</office:text></office:body></office:document-content>",
        )
    return out.getvalue()


def _nested_tables(depth: int) -> str:
    cell = "<text:p>格</text:p>"
    for _ in range(depth):
        row = f"<table:table-row><table:table-cell>{cell}</table:table-cell></table:table-row>"
        cell = f"<table:table>{row}</table:table>"
    return cell


def test_hostile_odt_files_are_read_or_refused_in_one_line() -> None:
    """A broken deflate stream had ended `citeqa index` with a zlib.error traceback; tables nested 40 deep
    (300 bytes) had run for minutes, each level doubling the text (every nested row read once per enclosing
    table); text:c="abc" had refused the file with int()'s words."""
    with pytest.raises(DocumentError) as caught:
        extract(_corrupt_deflate("content.xml", "<x/>"), ".odt", name="坏.odt")
    assert caught.value.reason == (
        "is not a readable .odt file (Error -3 while decompressing data: invalid block type); "
        "re-save it as .odt or .docx"
    )
    assert extract(_odt_of(_nested_tables(40)), ".odt", name="套.odt").text == "格"
    inner = _nested_tables(1).replace("格", "内表格")
    twice = f"<table:table><table:table-row><table:table-cell><text:p>外</text:p>{inner}"
    assert (
        extract(_odt_of(twice + "</table:table-cell></table:table-row></table:table>"), ".odt").text
        == "外 内表格"
    )
    assert extract(_odt_of('<text:p>正文<text:s text:c="abc"/>内容。</text:p>'), ".odt").text == "正文 内容。"


def test_an_emails_unreadable_attachment_stands_as_its_name() -> None:
    """One damaged attachment had cost the whole e-mail, its body included."""
    message = EmailMessage()
    message["Subject"] = "通知"
    message.set_content("请查收附件中的通知内容。")
    odt_type = {"maintype": "application", "subtype": "vnd.oasis.opendocument.text"}
    message.add_attachment(_corrupt_deflate("content.xml", "<x/>"), filename="坏.odt", **odt_type)  # type: ignore[arg-type]
    assert (
        extract(message.as_bytes(), ".eml", name="x.eml").text == "请查收附件中的通知内容。\n\n附件：坏.odt"
    )


def test_hostile_json_is_read_or_refused_in_one_line() -> None:
    page = extract('{"content": "\\ud800 正文内容在这里。"}'.encode(), ".json", name="a.json")
    assert page.text == "\ufffd 正文内容在这里。"  # a lone surrogate had refused the file in the normaliser
    # numbers as the file writes them: a 5,000-digit one had refused the file (int() refuses it), 1e999 had
    # read "Infinity" and 3.50 "3.5"
    numbers = '{"n": ' + "9" * 5000 + ', "金额": 3.50, "上限": 1e999, "ok": true}'
    assert extract(numbers.encode(), ".json", name="b.json").text.split("\n") == [
        "n：" + "9" * 5000,
        "金额：3.50",
        "上限：1e999",
        "ok：true",
    ]


def test_a_json_record_holding_a_list_keeps_its_own_fields() -> None:
    """Only an envelope, which wraps records and says nothing itself, loses its short values: a record's
    文号 and 发布日期 beside its 附件 list had been dropped as the API's."""
    record = {
        "code": 200,
        "data": {
            "title": "关于印发某县老年人免费乘车办法的通知",
            "文号": "某政办\u30142025\u30153号",
            "发布日期": "2025-03-01",
            "附件": [{"name": "附件1：办理流程.docx"}],
            "content": "<p>第一条 年满65周岁的老年人免费乘坐公交。</p>",
        },
    }
    page = extract(json.dumps(record, ensure_ascii=False).encode(), ".json", name="c.json")
    assert page.text.split("\n") == [
        "关于印发某县老年人免费乘车办法的通知",
        "文号：某政办\u30142025\u30153号",
        "发布日期：2025-03-01",
        "",
        "附件1：办理流程.docx",
        "第一条 年满65周岁的老年人免费乘坐公交。",
    ]


def test_hostile_archives_lose_no_member_and_name_each_refusal(tmp_path: Path) -> None:
    """A broken member had ended the run (its sound neighbour never indexed); ../x.txt had been dropped
    without a word; a name written twice had been read as its second entry; an empty archive had named no
    file."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "坏.zip").write_bytes(
        _corrupt_deflate("b.txt", "压缩包中的文本。" * 20, (("a.txt", "第一个文件的内容。"),))
    )
    names = io.BytesIO()
    with zipfile.ZipFile(names, "w") as z, pytest.warns(UserWarning, match="Duplicate name"):
        z.writestr("../../上一级.txt", "上一级目录里的正文内容。")
        z.writestr("dup.txt", "第一份。")
        z.writestr("dup.txt", "第二份。")
    (folder / "名.zip").write_bytes(names.getvalue())
    with zipfile.ZipFile(folder / "空.zip", "w"):
        pass
    report = index_paths([folder], tmp_path / "index", lambda _: KeywordEncoder(), DEFAULTS, workers=0)
    assert sorted((Path(s.name).relative_to(folder).as_posix(), s.reason) for s in report.skipped) == [
        ("名.zip/dup.txt", "is in its archive twice; the first is read"),
        (
            "坏.zip/b.txt",
            "cannot be read from its archive (Error -3 while decompressing data: invalid block type); "
            "unpack it and index its files",
        ),
        ("空.zip", "holds no files; nothing to index"),
    ]
    retriever = Retriever(tmp_path / "index", encoder=KeywordEncoder())
    texts = {}
    for d in retriever.snapshot.data.documents:
        found = retriever.document(d.doc_id)
        assert found is not None and d.path is not None
        texts[Path(d.path).relative_to(folder).as_posix()] = found[1]
    assert texts == {
        "名.zip/上一级.txt": "上一级目录里的正文内容。",
        "名.zip/dup.txt": "第一份。",
        "坏.zip/a.txt": "第一个文件的内容。",
    }


def test_a_two_column_page_whose_media_box_is_shifted_is_read_by_column() -> None:
    """Positions are measured from the page's box: the same leaflet on a box starting at x = 300 had come out
    interleaved."""
    import pypdf

    writer = pypdf.PdfWriter(clone_from=io.BytesIO(leaflet()))
    page = writer.pages[0]
    page.add_transformation(pypdf.Transformation().translate(300, 0))
    box = page.mediabox
    page.mediabox = pypdf.generic.RectangleObject([300, 0, 300 + float(box.width), float(box.height)])
    out = io.BytesIO()
    writer.write(out)
    text = extract(out.getvalue(), ".pdf", name="折页.pdf").text
    assert "地点：恭城瑶族自治县妇幼保健院二楼婚前保健科（恭城镇茶江路）" in text
