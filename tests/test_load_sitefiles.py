"""Files as eval/policy29 (交通运输与物流、侨务与民族宗教, written blind) brought them: pages saved under
their site's suffix (.shtml, .aspx, .php), a table of <div>s with ARIA roles, an .xlsm whose figures carry
their unit only in their number format, a .txt joined from a GBK part and a UTF-8 part, an Outlook .msg and
a PowerPoint 97-2003 .ppt read through the loader. Real files, real readers."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from indexer.decode import DocumentError, decode_bytes
from indexer.load import extract
from indexer.numfmt import with_text

DOCS = Path(__file__).resolve().parent.parent / "eval" / "policy29" / "docs"


def read(relative: str) -> str:
    path = DOCS / relative
    return extract(path.read_bytes(), path.suffix, name=path.name).text


def test_pages_saved_under_their_sites_suffix_are_web_pages() -> None:
    shtml = read("山东/莘县/莘县冷链物流发展奖补办法.shtml")
    assert "购置新能源或者国六排放标准冷藏车的，每辆补助2万元，每家企业每年最多补助5辆；" in shtml
    assert "第五条 同一项目已享受其他同类财政补助的，不重复补助。" in shtml
    # (GBK, as its meta says)
    php = read("宁夏/同心县/同心县关于开展2026年冬季宗教活动场所消防安全检查的通知.php")
    assert "决定于2026年11月1日至11月30日在全县开展宗教活动场所消防安全检查。" in php


def test_a_table_of_divs_with_aria_roles_is_read_as_a_table() -> None:
    # (the page's 补助标准 had been dropped whole: eval/policy29 n04, n05)
    text = read("山东/莘县/莘县交通运输局关于开展2026年村级寄递物流综合服务站建设补助申报工作的通知.aspx")
    assert "项目 | 补助标准 | 说明" in text
    assert "村级寄递物流综合服务站 | 每个服务站8000元 | 一次性建设补助，验收合格后拨付" in text
    assert "村级寄递物流综合服务站运营 | 每站每年2400元 | 连续运营满12个月后按年拨付" in text


def test_a_script_suffix_serving_a_pdf_is_read_as_the_pdf() -> None:
    pdf = (DOCS / "湖南/安乡县/安乡县公益性渡口安全管理补助办法.pdf").read_bytes()
    text = extract(pdf, ".jsp", name="download.jsp").text
    assert "第三条　公益性渡口实行免费过渡" in text


def test_an_xlsm_reads_as_a_workbook_with_its_formats_units() -> None:
    text = read("湖南/安乡县/安乡县2026年第一季度公益性渡口渡工补贴发放表.xlsm")
    assert "合计 | — | — | — | — | 3.12万元 | —" in text  # 3.12 under 0.00"万元"
    # (2400 under #,##0"元"; a date's serial number under yyyy"年"m"月"d"日")
    assert "1 | 安丰乡 | 安丰渡口 | 刘*国 | 3 | 2,400元 | 2026年4月10日" in text


def _workbook(suffix_type: bytes | None = None) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["项目", "金额", "人数", "比例"])
    sheet.append(["补助", 2400, 13, 0.15])
    sheet["B2"].number_format = '#,##0"元"'
    sheet["C2"].number_format = '0"人"'
    sheet["D2"].number_format = "0%"
    out = io.BytesIO()
    book.save(out)
    data = out.getvalue()
    if suffix_type is None:
        return data
    # (the same package typed as Excel types a macro-enabled workbook's or a template's main part)
    plain = b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
    rewritten = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(rewritten, "w") as target:
        for item in source.infolist():
            blob = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                assert plain in blob
                blob = blob.replace(plain, suffix_type)
            target.writestr(item, blob)
    return rewritten.getvalue()


@pytest.mark.parametrize(
    ("suffix", "main"),
    [
        (".xlsx", None),
        (".xlsm", b"application/vnd.ms-excel.sheet.macroEnabled.main+xml"),
        (".xltx", b"application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml"),
    ],
)
def test_units_in_number_formats_are_read_in_every_workbook_kind(suffix: str, main: bytes | None) -> None:
    text = extract(_workbook(main), suffix, name=f"表{suffix}").text
    assert "补助 | 2,400元 | 13人 | 15%" in text


def test_a_docm_and_a_template_read_as_the_docx_they_are() -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("渡口安全员每人每月补贴300元。")
    out = io.BytesIO()
    document.save(out)
    plain = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    for suffix, main in (
        (".docm", b"application/vnd.ms-word.document.macroEnabled.main+xml"),
        (".dotx", b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"),
    ):
        rewritten = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(out.getvalue())) as source, zipfile.ZipFile(rewritten, "w") as target:
            for item in source.infolist():
                blob = source.read(item.filename)
                if item.filename == "[Content_Types].xml":
                    blob = blob.replace(plain, main)
                target.writestr(item, blob)
        text = extract(rewritten.getvalue(), suffix, name=f"办法{suffix}").text
        assert text == "渡口安全员每人每月补贴300元。"


def test_formats_writing_text_beside_the_figure() -> None:
    assert with_text(3.12, '0.00"万元"') == "3.12万元"
    assert with_text(3.1, '0.00"万元"') == "3.10万元"
    assert with_text(3.1, '0.##"万"') == "3.1万"
    assert with_text(2400, "[$¥-804]#,##0.00") == "¥2,400.00"
    assert with_text(-5, '0"元";[Red]-0"元"') == "-5元"
    assert with_text(1234567, '#,##0,"千元"') == "1,235千元"
    assert with_text(7, '"第"0"名"') == "第7名"
    assert with_text(5, 'General"元"') == "5元"
    # no text beside the figure, or a code not read: the figure as it always was
    assert with_text(2400, "#,##0") is None
    assert with_text(0.15, "0%") is None
    assert with_text(12, "0.00E+00") is None
    assert with_text(0.5, '# ?/?"斤"') is None


def test_a_text_joined_from_gbk_and_utf8_is_read_line_by_line() -> None:
    text = read("云南/广南县/民族团结进步示范创建材料（整理）.txt")
    assert "二、奖补标准。经州级验收命名的民族团结进步示范村，每个奖补10万元；示范单位每个奖补3万元。" in text
    assert "今年的民族团结进步示范创建申报截止时间为2026年8月31日，" in text
    # a UTF-8 text with one damaged byte is still refused, naming the byte
    damaged = ("申报截止时间为2026年8月31日。" * 5).encode() + b"\xff" + "请抓紧申报。".encode()
    with pytest.raises(DocumentError, match="is UTF-8 but for 1 byte sequence"):
        decode_bytes(damaged, name="材料.txt")


def test_an_outlook_message_and_a_binary_deck_are_read_through_the_loader() -> None:
    mail = read("江西/黎川县/关于报送2026年上半年农村客运通村班线运营补贴申报材料的通知.msg")
    assert "三、上半年补贴首期拨付50%，余额在全年考核后结清。" in mail
    deck = DOCS / "浙江/青田县/青田县侨务政策宣讲（2026）.ppt"
    found = extract(deck.read_bytes(), ".ppt", name=deck.name)
    assert "审批：县侨办受理，报省侨办审批，30个工作日内办结" in found.text
    assert found.pages is not None and len(found.pages) == 4  # a page a slide


def test_gbk_lines_that_are_valid_utf8_too_stay_gbk() -> None:
    """学 习 in GBK are bytes UTF-8 reads as ѧϰ: a GBK notice of such short lines had been read so once the
    line-by-line reading came (a fault probe)."""
    lines = ["关于做好2026年专业技术人员继续教育工作的通知", "各乡镇、各有关单位：", "现将有关事项通知如下。"]
    words = ["专业", "学习", "使用", "停车", "亩", "值班", "一些", "伟业", "住", "位"] * 2
    data = "\n".join(lines + words).encode("gbk")
    assert extract(data, ".txt").text.split("\n") == lines + words
    # … and a joined text with CR-only line ends reads as the LF one
    joined = (DOCS / "云南/广南县/民族团结进步示范创建材料（整理）.txt").read_bytes()
    cr_only = joined.replace(b"\r\n", b"\r").replace(b"\n", b"\r")
    assert extract(cr_only, ".txt").text == extract(joined, ".txt").text


def test_slides_and_messages_are_read_as_what_their_bytes_are() -> None:
    import pptx

    deck = (DOCS / "浙江/青田县/青田县侨务政策宣讲（2026）.ppt").read_bytes()
    mail = (DOCS / "江西/黎川县/关于报送2026年上半年农村客运通村班线运营补贴申报材料的通知.msg").read_bytes()
    for suffix in (".aspx", "", ".doc"):  # (a script's download, a file of no suffix, a wrong name)
        assert "30个工作日内办结" in extract(deck, suffix, name="宣讲").text
        assert "首期拨付50%" in extract(mail, suffix, name="通知").text
    presentation = pptx.Presentation()
    slide = presentation.slides.add_slide(presentation.slide_layouts[1])
    assert slide.shapes.title is not None
    slide.shapes.title.text = "华侨回国定居办理时限：30个工作日"
    out = io.BytesIO()
    presentation.save(out)
    assert extract(out.getvalue(), ".ppt", name="renamed.ppt").text == "华侨回国定居办理时限：30个工作日"


def test_a_control_character_after_a_dropped_script_is_a_space() -> None:
    page = b"<html><body><p>a<script>x</script>\x0btail</p></body></html>"
    assert extract(page, ".php", name="p.php").text == "a tail"


def test_messages_attached_to_messages_are_read_as_deep_as_forwards() -> None:
    """A .msg attached as a file to a .msg went through extract() afresh, past _MAIL_DEPTH (a fault probe): it
    is read two levels deep, as a forwarded .eml is, and the level past them is left out."""
    from tests.test_load_ole import _msg

    innermost = _msg({0x0037: "第三层", 0x1000: "第三层正文。"})
    middle = _msg({0x0037: "第二层", 0x1000: "第二层正文。"}, attachments=[("三.msg", innermost)])
    inner = _msg({0x0037: "第一层", 0x1000: "第一层正文。"}, attachments=[("二.msg", middle)])
    outer = _msg({0x0037: "转发", 0x1000: "请阅。"}, attachments=[("一.msg", inner)])
    text = extract(outer, ".msg", name="转发.msg").text
    assert "第一层正文。" in text and "第二层正文。" in text
    assert "第三层正文。" not in text
