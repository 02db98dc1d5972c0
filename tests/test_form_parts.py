"""Text a reader sees that its file keeps apart from the page's or the sheet's text, read through
indexer.load.extract:

- a filled PDF form's values, held only as field values (AcroForm /V, NeedAppearances), read with the page
  that shows them, a line each after its text: 「核定补助金额：12000元」 (indexer/pdfforms.py);
- a .xlsx cell's note (xl/comments1.xml), and a threaded comment, read after its row: 「（批注 B3：…）」
  (indexer/sheetnotes.py);
- a web page's ruby annotations left out (补贴, not 补(bǔ)贴), and its article read when it is held only in a
  <noscript> or a <template> (indexer/htmlprep.py).

PDFs are drawn with reportlab, their fields added with pypdf; the workbook is written part by part as Excel
writes it (shared strings, a note's bold author line, a threaded comment's legacy copy)."""

from __future__ import annotations

import io
import zipfile
from typing import Any

from indexer.load import extract
from tests.conftest import pdf_bytes

# --------------------------------------------------------------------------------------------- PDF

RECT = [100, 700, 300, 718]


def _pdf_value(value: Any) -> Any:
    from pypdf.generic import ArrayObject, NameObject, NumberObject, TextStringObject

    if isinstance(value, list):
        return ArrayObject(_pdf_value(v) for v in value)
    if isinstance(value, int):
        return NumberObject(value)
    return NameObject(value) if value.startswith("/") else TextStringObject(value)


def _add_field(writer: Any, spec: dict[str, Any], parent: Any = None) -> Any:
    """A field (or a widget: ``page`` given) of ``spec``'s PDF keys, its ``kids`` under it."""
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject

    field = DictionaryObject()
    ref = writer._add_object(field)
    for key, value in spec.items():
        if key.startswith("/"):
            field[NameObject(key)] = _pdf_value(value)
    if parent is not None:
        field[NameObject("/Parent")] = parent
    if "page" in spec:
        page = writer.pages[spec["page"]]
        field[NameObject("/Type")] = NameObject("/Annot")
        field[NameObject("/Subtype")] = NameObject("/Widget")
        field[NameObject("/Rect")] = _pdf_value(RECT)
        field[NameObject("/P")] = page.indirect_reference
        if "/Annots" not in page:
            page[NameObject("/Annots")] = ArrayObject()
        page["/Annots"].append(ref)
    if "kids" in spec:
        field[NameObject("/Kids")] = ArrayObject(_add_field(writer, kid, ref) for kid in spec["kids"])
    return ref


def form_pdf(pages: list[str], fields: list[dict[str, Any]]) -> bytes:
    """A PDF of ``pages`` (conftest.pdf_bytes) with the AcroForm ``fields``, values only as field values,
    shown by the viewer (NeedAppearances): nothing of them in the pages' content."""
    import pypdf
    from pypdf.generic import ArrayObject, BooleanObject, DictionaryObject, NameObject

    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(pdf_bytes(pages))))
    top = ArrayObject(_add_field(writer, spec) for spec in fields)
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {NameObject("/Fields"): top, NameObject("/NeedAppearances"): BooleanObject(True)}
    )
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


APPLICATION = "临时救助申请表\n申请人姓名：\n核定补助金额：\n性别（男/女）：\n本人承诺所填属实"
REVIEW = "审核意见\n补助档次：\n户籍类别："
FIELDS: list[dict[str, Any]] = [
    {"page": 0, "/FT": "/Tx", "/T": "申请人姓名", "/V": "张三"},  # no /TU: its name
    {"page": 0, "/FT": "/Tx", "/T": "amount", "/TU": "核定补助金额：", "/V": "12000元"},
    {"page": 0, "/FT": "/Tx", "/T": "sex", "/TU": "性别", "/V": "男"},  # (男 is printed: 性别（男/女）)
    # a prompt for its /TU; its value printed by chance, in 临时救助申请表
    {"page": 0, "/FT": "/Tx", "/T": "kind", "/TU": "请填写救助类别", "/V": "临时救助"},
    {"page": 0, "/FT": "/Tx", "/T": "备注", "/V": ""},  # empty
    {"page": 0, "/FT": "/Tx", "/T": "联系电话"},  # never filled
    {"page": 0, "/FT": "/Btn", "/T": "本人承诺所填属实", "/V": "/是", "/AS": "/是"},  # a checked checkbox
    {"page": 0, "/FT": "/Btn", "/T": "已领取其他救助", "/V": "/Off", "/AS": "/Off"},  # unchecked
    {"page": 0, "/FT": "/Btn", "/T": "提交", "/Ff": 1 << 16},  # a push button
    {  # a radio group: its kids the buttons, on the second page
        "/FT": "/Btn",
        "/T": "补助档次",
        "/Ff": 1 << 15,
        "/V": "/二档",
        "kids": [{"page": 1, "/AS": "/Off"}, {"page": 1, "/AS": "/二档"}, {"page": 1, "/AS": "/Off"}],
    },
    {  # a choice: its export value 02 shown as 农村户籍
        "page": 1,
        "/FT": "/Ch",
        "/T": "户籍类别",
        "/V": "02",
        "/Opt": [["01", "城镇户籍"], ["02", "农村户籍"]],
    },
    {  # a hierarchical name: 银行账户.开户行, its widget the kid
        "/T": "银行账户",
        "/FT": "/Tx",
        "kids": [{"page": 1, "/T": "开户行", "/V": "中国农业银行  某某支行"}],
    },
]


def test_pdf_form_values_are_read_with_their_page() -> None:
    """Before: the pages' printed labels alone, 「临时救助申请表 / 申请人姓名： / 核定补助金额： / 性别（男/
    女）： / 本人承诺所填属实」 and 「审核意见 / 补助档次： / 户籍类别：」 — no value of the form."""
    extracted = extract(form_pdf([APPLICATION, REVIEW], FIELDS), ".pdf")
    assert extracted.pages == (
        APPLICATION + "\n申请人姓名：张三\n核定补助金额：12000元\n性别：男\n救助类别：临时救助"
        "\n本人承诺所填属实：是",
        REVIEW + "\n补助档次：二档\n户籍类别：农村户籍\n银行账户.开户行：中国农业银行 某某支行",
    )
    assert extracted.text == "\n".join(extracted.pages)


def test_pdf_form_values_the_page_already_shows_are_read_once() -> None:
    """A form flattened into its page's content, its fields kept with their values: each value is read once,
    from the content, the short ones too (男); a value the content lacks is still read.
    Before: the content alone, without 「审核人：李四」."""
    printed = "临时救助核定表\n申请人姓名：张三\n核定补助金额：12000元\n性别：男"
    fields: list[dict[str, Any]] = [
        {"page": 0, "/FT": "/Tx", "/T": "申请人姓名", "/V": "张三"},
        {"page": 0, "/FT": "/Tx", "/T": "核定补助金额", "/V": "12000元"},
        {"page": 0, "/FT": "/Tx", "/T": "性别", "/V": "男"},
        {"page": 0, "/FT": "/Tx", "/T": "审核人", "/V": "李四"},
    ]
    assert extract(form_pdf([printed], fields), ".pdf").pages == (printed + "\n审核人：李四",)


def test_pdf_without_fields_reads_as_before() -> None:
    assert extract(form_pdf([APPLICATION], []), ".pdf").pages == (APPLICATION,)


# -------------------------------------------------------------------------------------------- .xlsx

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_LEGACY = (
    "[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, any "
    "edits to it will get removed if the file is opened in a newer version of Excel. Learn more: "
    "https://go.microsoft.com/fwlink/?linkid=870924\n\nComment:\n    按季度发放"
)


def _rels(*targets: tuple[str, str]) -> str:
    items = "".join(
        f'<Relationship Id="rId{i}" Type="{kind}" Target="{target}"/>'
        for i, (kind, target) in enumerate(targets, start=1)
    )
    return f'<Relationships xmlns="{_RELS}">{items}</Relationships>'


def excel_workbook() -> bytes:
    """A workbook as Excel writes one: its strings shared (B3's figure split across rich-text runs), notes in
    xl/comments1.xml — each opened by its author's name in bold, as Excel does — and a threaded comment on
    C3, whose legacy copy in comments1.xml wraps it in a paragraph about Excel versions."""
    strings = ["项目", "标准", "发放方式", "一次性扩岗补助", "按人", "岗位补贴", "按月"]
    strings.append("注：资金由就业补助资金列支")
    shared = "".join(f"<si><t>{s}</t></si>" for s in strings)
    shared += "<si><r><t>12</t></r><r><rPr><b/></rPr><t>000</t></r><r><t>元</t></r></si>"  # index 8

    def cell(ref: str, index: int) -> str:
        return f'<c r="{ref}" t="s"><v>{index}</v></c>'

    rows = [
        (1, [cell("A1", 0), cell("B1", 1), cell("C1", 2)]),
        (2, [cell("A2", 3), '<c r="B2"><v>1500</v></c>', cell("C2", 4)]),
        (3, [cell("A3", 5), cell("B3", 8), cell("C3", 6)]),
        (5, [cell("A5", 7)]),
    ]
    sheet = "".join(f'<row r="{n}">{"".join(cells)}</row>' for n, cells in rows)

    def note(ref: str, author: int, runs: str) -> str:
        return f'<comment ref="{ref}" authorId="{author}"><text>{runs}</text></comment>'

    bold = (
        '<r><rPr><b/><sz val="9"/></rPr><t>{}</t></r>'
        '<r><rPr><sz val="9"/></rPr><t xml:space="preserve">{}</t></r>'
    )
    comments = (
        f'<comments xmlns="{_MAIN}"><authors><author>作者</author><author>tc={{1F2E}}</author></authors>'
        "<commentList>"
        + note("B2", 0, bold.format("作者:", "\n含省级配套资金，\n每人限领一次"))
        + note("A3", 0, '<r><t xml:space="preserve">口径：\n按在岗月数计</t></r>')  # no author line
        + note("C3", 1, f'<r><t xml:space="preserve">{_LEGACY}</t></r>')
        + note("B4", 0, bold.format("作者:", "\n第4行暂缺数据"))  # on an empty row: with row 3
        + "</commentList></comments>"
    )
    threaded = (
        '<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments">'
        '<threadedComment ref="C3" dT="2025-03-01T08:00:00.00" personId="{P1}" id="{T1}">'
        "<text>按季度发放</text></threadedComment>"
        '<threadedComment ref="C3" dT="2025-03-02T08:00:00.00" personId="{P2}" id="{T2}" parentId="{T1}">'
        "<text>每季度首月10日前到账</text></threadedComment></ThreadedComments>"
    )
    parts = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            '<Override PartName="/xl/comments1.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>'
            '<Override PartName="/xl/threadedComments/threadedComment1.xml" '
            'ContentType="application/vnd.ms-excel.threadedcomments+xml"/></Types>'
        ),
        "_rels/.rels": _rels((f"{_DOC_RELS}/officeDocument", "xl/workbook.xml")),
        "xl/workbook.xml": (
            f'<workbook xmlns="{_MAIN}" xmlns:r="{_DOC_RELS}"><sheets>'
            '<sheet name="补贴标准" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": _rels(
            (f"{_DOC_RELS}/worksheet", "worksheets/sheet1.xml"),
            (f"{_DOC_RELS}/sharedStrings", "sharedStrings.xml"),
        ),
        "xl/sharedStrings.xml": f'<sst xmlns="{_MAIN}" count="9" uniqueCount="9">{shared}</sst>',
        "xl/worksheets/sheet1.xml": f'<worksheet xmlns="{_MAIN}"><sheetData>{sheet}</sheetData></worksheet>',
        "xl/worksheets/_rels/sheet1.xml.rels": _rels(
            (f"{_DOC_RELS}/comments", "../comments1.xml"),
            (
                "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
                "../threadedComments/threadedComment1.xml",
            ),
        ),
        "xl/comments1.xml": comments,
        "xl/threadedComments/threadedComment1.xml": threaded,
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, xml in parts.items():
            z.writestr(name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + xml)
    return buffer.getvalue()


def test_xlsx_notes_are_read_after_their_rows() -> None:
    """Before: the rows alone — 「项目 | 标准 | 发放方式 / 一次性扩岗补助 | 1500 | 按人 / 岗位补贴 | 12000元 |
    按月 / 注：资金由就业补助资金列支」 (the titled lead line first)."""
    assert extract(excel_workbook(), ".xlsx", name="补贴标准.xlsx").text.split("\n") == [
        "补贴标准",
        "项目 | 标准 | 发放方式",
        "一次性扩岗补助 | 1500 | 按人",
        "（批注 B2：含省级配套资金， 每人限领一次）",
        "岗位补贴 | 12000元 | 按月",
        "（批注 A3：口径： 按在岗月数计）",
        "（批注 C3：按季度发放；回复：每季度首月10日前到账）",
        "（批注 B4：第4行暂缺数据）",
        "注：资金由就业补助资金列支",
    ]


def test_xlsx_note_written_by_openpyxl() -> None:
    """A note as openpyxl writes it (its text as one plain run) on a one-cell row after the table."""
    import openpyxl
    from openpyxl.comments import Comment

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["乡镇", "人数"])
    sheet.append(["梅川镇", 706])
    sheet.append(["制表人：王五"])
    sheet["B2"].comment = Comment("含返乡创业人员", "王五")
    sheet["A3"].comment = Comment("王五:\n联系电话另附", "王五")
    buffer = io.BytesIO()
    book.save(buffer)
    assert extract(buffer.getvalue(), ".xlsx", name="人数.xlsx").text.split("\n") == [
        "人数",
        "乡镇 | 人数",
        "梅川镇 | 706",
        "（批注 B2：含返乡创业人员）",
        "制表人：王五",
        "（批注 A3：联系电话另附）",
    ]


# --------------------------------------------------------------------------------------------- HTML

ARTICLE = [
    "第一条 为做好2025年一次性扩岗补助发放工作，根据有关文件精神，制定本细则。",
    "第二条 企业招用毕业生并签订劳动合同的，按每人1500元标准发放一次性扩岗补助。",
    "第三条 申请材料包括营业执照复印件、劳动合同和社保缴费证明，由企业向所在地人社部门提交。",
]
PARAGRAPHS = "".join(f"<p>{line}</p>" for line in ARTICLE)
HEADER = '<header><div class="logo">某某市人力资源和社会保障局</div></header>'
FOOTER = (
    "<footer><p>本网站由某某市人力资源和社会保障局主办，某某市大数据发展中心负责技术保障。</p>"
    "<p>为获得最佳浏览效果，建议使用谷歌浏览器或者火狐浏览器的最新版本访问本网站。</p></footer>"
)
FOOTER_LINES = [
    "本网站由某某市人力资源和社会保障局主办，某某市大数据发展中心负责技术保障。",
    "为获得最佳浏览效果，建议使用谷歌浏览器或者火狐浏览器的最新版本访问本网站。",
]


def _page(body: str) -> bytes:
    return f"<html><head><title>扩岗补助发放细则</title></head><body>{body}</body></html>".encode()


def test_ruby_reads_as_its_base_text() -> None:
    """Before: 「补(bǔ)贴(tiē)标准为每人1500元，…」 and 「企业可申领扩岗补贴bǔ tiē，…」."""
    body = (
        "<article><h1>扩岗补助发放细则</h1>"
        "<p><ruby>补<rp>(</rp><rt>bǔ</rt><rp>)</rp>贴<rp>(</rp><rt>tiē</rt><rp>)</rp></ruby>"
        "标准为每人1500元，资金从就业补助资金中列支，按季度集中发放。</p>"
        "<p>企业可申领扩岗<ruby>补贴<rtc><rt>bǔ tiē</rt></rtc></ruby>，由人社部门审核后发放到企业账户。</p>"
        "</article>"
    )
    extracted = extract(_page(body), ".html")
    assert extracted.text.split("\n") == [
        "扩岗补助发放细则",
        "补贴标准为每人1500元，资金从就业补助资金中列支，按季度集中发放。",
        "企业可申领扩岗补贴，由人社部门审核后发放到企业账户。",
    ]


def test_article_only_in_noscript_is_read() -> None:
    """An application's page saved before its scripts ran: a breadcrumb and a spinner, the article in the
    <noscript>. Before: 「某某市人力资源和社会保障局 / 当前位置：首页 > 政策文件 > 政策解读 > 正文内容 /
    页面正在加载中，请稍候片刻……」 — the article lost."""
    body = (
        HEADER + '<div class="crumb"><p>当前位置：首页 &gt; 政策文件 &gt; 政策解读 &gt; 正文内容</p></div>'
        '<div id="app"><p class="loading">页面正在加载中，请稍候片刻……</p></div>'
        f"<noscript>{PARAGRAPHS}</noscript>"
    )
    assert extract(_page(body), ".html").text.split("\n") == [
        "某某市人力资源和社会保障局",
        "当前位置：首页 > 政策文件 > 政策解读 > 正文内容",
        "页面正在加载中，请稍候片刻……",
        *ARTICLE,
    ]


def test_a_small_noscript_notice_stays_unread() -> None:
    """An ordinary page with a noscript notice reads as it did."""
    body = f"{HEADER}<article>{PARAGRAPHS}</article><noscript>请启用JavaScript以浏览本站</noscript>{FOOTER}"
    lines = extract(_page(body), ".html").text.split("\n")
    assert lines == ["某某市人力资源和社会保障局", *ARTICLE, *FOOTER_LINES]


def test_article_only_in_template_is_read() -> None:
    """The article in a <template> its scripts copy into the page. Before: the page's furniture alone,
    「某某市人力资源和社会保障局 / 加载中 / 本网站由…负责技术保障。 / 为获得最佳浏览效果，…」."""
    body = (
        f'{HEADER}<div id="root"><div class="loading">加载中</div></div>'
        f'<template id="article"><article>{PARAGRAPHS}</article></template>{FOOTER}'
    )
    assert extract(_page(body), ".html").text.split("\n") == [
        "某某市人力资源和社会保障局",
        "加载中",
        *ARTICLE,
        *FOOTER_LINES,
    ]
