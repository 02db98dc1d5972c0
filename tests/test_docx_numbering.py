"""A .docx's automatic numbering read as the labels Word shows (indexer/wordnum.py) and a .docx converted
from a PDF read as paragraphs (indexer/wordwrap.py): the two eval/policy29 files, and packages written here
as zip and XML — numbering.xml lists of each kind, a style's numbering, a numbered cell, bullets, damaged
numbering; a converted PDF's lines, and short-line documents (a poem, a list of names, a form) that stay as
they are. Each read through indexer.load.extract."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from indexer.load import extract
from indexer.wordnum import format_number

ROOT = Path(__file__).resolve().parent.parent
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml"
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'


def para(
    text: str, num: tuple[int, int] | None = None, style: str = "", ilvl: bool = True, ppr: str = ""
) -> str:
    """A w:p of ``text``; ``num``: (numId, ilvl) in its w:numPr (no w:ilvl when not ``ilvl``)."""
    props = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num:
        level = f'<w:ilvl w:val="{num[1]}"/>' if ilvl else ""
        props += f'<w:numPr>{level}<w:numId w:val="{num[0]}"/></w:numPr>'
    return f'<w:p><w:pPr>{props}{ppr}</w:pPr><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def level(ilvl: int, fmt: str, text: str, start: int = 1, suff: str = "", extra: str = "") -> str:
    suffix = f'<w:suff w:val="{suff}"/>' if suff else ""
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{suffix}'
        f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>'
    )


def numbering(abstracts: dict[int, str], nums: dict[int, str]) -> str:
    """numbering.xml: {abstractNumId: its w:lvl elements}, {numId: abstractNumId and overrides}."""
    body = "".join(
        f'<w:abstractNum w:abstractNumId="{a}">{lv}</w:abstractNum>' for a, lv in abstracts.items()
    )
    body += "".join(f'<w:num w:numId="{n}">{inner}</w:num>' for n, inner in nums.items())
    return f'{HEAD}<w:numbering xmlns:w="{W}">{body}</w:numbering>'


def use(abstract: int, overrides: str = "") -> str:
    return f'<w:abstractNumId w:val="{abstract}"/>{overrides}'


def docx(body: str, numbering_xml: str | bytes | None = None, styles_xml: str | None = None) -> bytes:
    """A .docx of ``body`` (w:body's children) with a numbering part and a styles part when given."""
    parts: dict[str, str | bytes | None] = {"numbering": numbering_xml, "styles": styles_xml}
    types = "".join(
        f'<Override PartName="/word/{kind}.xml" ContentType="{CT}.{kind}+xml"/>'
        for kind, xml in parts.items()
        if xml is not None
    )
    rels = "".join(
        f'<Relationship Id="rId{n}" Type="{REL}/{kind}" Target="{kind}.xml"/>'
        for n, (kind, xml) in enumerate(parts.items(), 1)
        if xml is not None
    )
    files: dict[str, str | bytes] = {
        "[Content_Types].xml": (
            f'{HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships'
            '+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/word/document.xml" ContentType="{CT}.document.main+xml"/>{types}</Types>'
        ),
        "_rels/.rels": (
            f'{HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/>'
            "</Relationships>"
        ),
        "word/document.xml": f'{HEAD}<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>',
        "word/_rels/document.xml.rels": (
            f'{HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f"{rels}</Relationships>"
        ),
    }
    for kind, xml in parts.items():
        if xml is not None:
            files[f"word/{kind}.xml"] = xml
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return out.getvalue()


def read(data: bytes) -> str:
    return extract(data, ".docx", name="test.docx").text


# 1. Word automatic numbering


def test_policy29_articles_numbered_only_by_word() -> None:
    path = ROOT / "eval/policy29/docs/河北/盐山县/盐山县公路超限超载治理办法.docx"
    lines = read(path.read_bytes()).split("\n")
    assert lines[0] == "盐山县公路超限超载治理办法"
    assert lines[4].startswith(
        "第四条 车辆载运不可解体物品需超限运输的，承运人应当提前5个工作日向县交通运输局"
    )
    assert lines[5:8] == [
        "（一）车辆行驶证、道路运输证；",
        "（二）货物名称、外廓尺寸和质量；",
        "（三）运输路线、时间和护送方案。",
    ]
    assert lines[9].startswith("第六条 鼓励社会公众举报") and "每起奖励200元" in lines[9]
    assert lines[10] == "第七条 本办法自2026年2月1日起施行。"


def test_twelve_articles_in_chinese_counting() -> None:
    abstract = level(0, "chineseCounting", "第%1条", suff="space")
    body = "".join(para(f"内容{n}。", (1, 0)) for n in range(1, 13))
    text = read(docx(body, numbering({0: abstract}, {1: use(0)})))
    numerals = "一 二 三 四 五 六 七 八 九 十 十一 十二".split()
    assert text.split("\n") == [f"第{c}条 内容{n}。" for n, c in enumerate(numerals, 1)]


def test_two_levels_the_lower_restarting_under_each_higher() -> None:
    levels = level(0, "chineseCounting", "%1、", suff="nothing") + level(
        1, "chineseCounting", "（%2）", suff="nothing"
    )
    body = "".join(
        para(text, (1, lvl))
        for lvl, text in [(0, "总则"), (1, "甲"), (1, "乙"), (0, "标准"), (1, "丙"), (1, "丁"), (1, "戊")]
    )
    text = read(docx(body, numbering({0: levels}, {1: use(0)})))
    assert text == "一、总则\n（一）甲\n（二）乙\n二、标准\n（一）丙\n（二）丁\n（三）戊"


def test_lvl_restart_zero_keeps_counting_and_is_lgl_shows_digits() -> None:
    levels = level(0, "chineseCounting", "第%1章", suff="nothing") + level(
        1, "decimal", "%1.%2", extra='<w:lvlRestart w:val="0"/><w:isLgl/>'
    )
    body = "".join(para(t, (1, lvl)) for lvl, t in [(0, "甲"), (1, "a"), (0, "乙"), (1, "b")])
    text = read(docx(body, numbering({0: levels}, {1: use(0)})))
    assert text == "第一章甲\n1.1 a\n第二章乙\n2.2 b"


def test_lists_of_one_abstract_continue_unless_an_override_restarts() -> None:
    abstract = level(0, "decimal", "%1.")
    restart = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride>'
    nums = {1: use(0), 2: use(0), 3: use(0, restart)}
    body = "".join(para(t, (n, 0)) for n, t in [(1, "甲"), (1, "乙"), (2, "丙"), (3, "丁"), (3, "戊")])
    text = read(docx(body, numbering({0: abstract}, nums)))
    assert text == "1. 甲\n2. 乙\n3. 丙\n5. 丁\n6. 戊"


STYLES = (
    f'{HEAD}<w:styles xmlns:w="{W}">'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Article"><w:name w:val="条"/><w:basedOn w:val="Normal"/>'
    '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Item"><w:name w:val="项"/><w:basedOn w:val="Normal"/>'
    '<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Article2"><w:name w:val="条2"/><w:basedOn w:val="Article"/>'
    "</w:style></w:styles>"
)


def test_numbering_of_a_paragraph_style() -> None:
    levels = level(0, "chineseCounting", "第%1条", suff="space", extra='<w:pStyle w:val="Article"/>')
    levels += level(1, "chineseCounting", "（%2）", suff="nothing")
    body = (
        para("标题")
        + para("总则。", style="Article")
        + para("甲；", style="Item")
        + para("乙。", style="Item")
        + para("施行。", style="Article2")  # (its numbering from the style it is based on)
        + para("不编号。", (0, 0), style="Article")  # (numId 0: the style's numbering removed)
    )
    text = read(docx(body, numbering({0: levels}, {1: use(0)}), STYLES))
    assert text == "标题\n第一条 总则。\n（一）甲；\n（二）乙。\n第二条 施行。\n不编号。"


def test_bullets_show_no_label_and_hidden_numbers_none() -> None:
    levels = level(0, "bullet", "\uf0b7") + level(1, "decimal", "%2)", extra="<w:rPr><w:vanish/></w:rPr>")
    body = para("第一项", (1, 0)) + para("第二项", (1, 0)) + para("隐藏编号", (1, 1))
    assert read(docx(body, numbering({0: levels}, {1: use(0)}))) == "第一项\n第二项\n隐藏编号"


def test_numbered_paragraphs_in_a_table_cell() -> None:
    abstract = level(0, "decimalEnclosedCircle", "%1", suff="nothing")
    cell = "<w:tc><w:p><w:r><w:t>项目</w:t></w:r></w:p></w:tc>"
    numbered = f"<w:tc>{para('身份证', (1, 0))}{para('户口簿', (1, 0))}</w:tc>"
    body = para("材料", (1, 0)) + f"<w:tbl><w:tr>{cell}{numbered}</w:tr></w:tbl>"
    text = read(docx(body, numbering({0: abstract}, {1: use(0)})))
    assert text == "①材料\n项目 | ②身份证\n③户口簿"


@pytest.mark.parametrize(
    ("fmt", "values", "shown"),
    [
        ("chineseCounting", [1, 10, 11, 20, 21, 99], ["一", "十", "十一", "二十", "二十一", "九十九"]),
        (
            "chineseCountingThousand",
            [101, 110, 1010, 2005],
            ["一百零一", "一百一十", "一千零一十", "二千零五"],
        ),
        ("ideographTraditional", [1, 3, 10, 11], ["甲", "丙", "癸", "甲"]),
        ("japaneseCounting", [11, 101], ["十一", "百一"]),
        ("upperLetter", [1, 26, 27], ["A", "Z", "AA"]),
        ("lowerLetter", [2], ["b"]),
        ("upperRoman", [4, 1994], ["IV", "MCMXCIV"]),
        ("lowerRoman", [9], ["ix"]),
        ("decimalEnclosedCircle", [1, 20, 21], ["①", "⑳", "21"]),
        ("decimalFullWidth", [12], ["\uff11\uff12"]),  # (full-width 12)
        ("decimalEnclosedParen", [3], ["⑶"]),
        ("none", [3], [""]),
        ("someFormatNotKnown", [7], ["7"]),
    ],
)
def test_number_formats(fmt: str, values: list[int], shown: list[str]) -> None:
    assert [format_number(n, fmt) for n in values] == shown


def test_start_value_in_chinese_counting_thousand() -> None:
    abstract = level(0, "chineseCountingThousand", "第%1号", start=101, suff="nothing")
    body = para("甲", (1, 0)) + para("乙", (1, 0))
    assert read(docx(body, numbering({0: abstract}, {1: use(0)}))) == "第一百零一号甲\n第一百零二号乙"


BAD_LEVEL = '<w:lvl w:ilvl="x"><w:start w:val="y"/><w:lvlText w:val="%9.%1"/></w:lvl>'


@pytest.mark.parametrize(
    ("damaged", "labels"),
    [
        (numbering({}, {1: use(9)}), ["", ""]),  # (its list's abstractNum missing)
        (b"<w:numbering broken", ["", ""]),  # (no XML: python-docx had refused the document)
        (f'{HEAD}<w:numbering xmlns:w="{W}"><w:num w:numId="1"/></w:numbering>', ["", ""]),
        # (values no number taken as 0; a level referred to but not defined shows 0; one used, no label)
        (numbering({0: BAD_LEVEL}, {1: use(0)}), ["0.0 ", ""]),
    ],
)
def test_damaged_numbering_reads_the_text(damaged: str | bytes, labels: list[str]) -> None:
    text = read(docx(para("标题") + para("甲", (1, 0)) + para("乙", (1, 3)), damaged))
    assert text.split("\n") == ["标题", f"{labels[0]}甲", f"{labels[1]}乙"]


# 2. A .docx converted from a PDF


def test_policy29_notice_converted_from_a_pdf() -> None:
    path = ROOT / "eval/policy29/docs/广东/大埔县/大埔县侨联关于做好2026年困难归侨侨眷帮扶申报工作的通知.docx"
    assert read(path.read_bytes()).split("\n") == [
        "大埔县归国华侨联合会文件",
        "埔侨联\u30142026\u30155号",  # (the year in tortoise-shell brackets)
        "大埔县侨联关于做好2026年困难归侨侨眷帮扶申报工作的通知",
        "各乡镇侨联（侨务工作站）：",
        "根据《大埔县困难归侨侨眷帮扶办法》，现就2026年困难归侨侨眷帮扶申报工作通知如下。",
        "一、申报对象。户籍在本县境内，家庭人均月收入低于1500元的归侨、侨眷。已纳入低保、特困供养的，同时申报。",
        "二、申报材料。申请表、户口簿、归侨侨眷身份证明（或者侨联出具的证明）、家庭收入情况说明；"
        "申请大病救助的，另附住院病历和医疗费用结算单。",
        "三、申报时间。请各乡镇侨联（侨务工作站）于2026年6月15日前将汇总表和申报材料报县侨联权益部，逾期不再受理。",
        "四、工作要求。各乡镇要入户核实，做到不漏一户、不错一人，对弄虚作假的取消帮扶资格。",
        "联系人：县侨联权益部　电话：0753-5522184",
        "大埔县归国华侨联合会",
        "2026年5月8日",
    ]


CONVERTED = [
    "关于做好2026年农机购置补贴申报工作的通知",
    "各镇人民政府：",
    "为做好本年度农机购置补贴工作，现将有关事项通知如下，请",
    "各镇认真组织实施，确保补贴资金及时足额发放到位。",
    "一、补贴对象。从事农业生产的个人和农业生产经营组织，购",
    "买纳入补贴范围的机具，单台补贴额不超过3万元，购机总额",
    "不超过50万元的，按照购机价格的30%给予补贴。",
    "- 1 -",
    "二、申报时间。申报人应当于2026年9月30日前向所在镇农业",
    "综合服务中心提出申请，并提交购机发票、身份证明和机具照",
    "片，逾期不予受理。",
    "第 2 页 共 2 页",
    "县农业农村局",
    "2026年3月1日",
]


def test_converted_pdf_lines_rejoined() -> None:
    text = read(docx("".join(para(line) for line in CONVERTED)))
    assert text.split("\n") == [
        "关于做好2026年农机购置补贴申报工作的通知",
        "各镇人民政府：",
        "为做好本年度农机购置补贴工作，现将有关事项通知如下，请各镇认真组织实施，确保补贴资金及时足额发放到位。",
        "一、补贴对象。从事农业生产的个人和农业生产经营组织，购买纳入补贴范围的机具，单台补贴额不超过3万元，"
        "购机总额不超过50万元的，按照购机价格的30%给予补贴。",
        "二、申报时间。申报人应当于2026年9月30日前向所在镇农业综合服务中心提出申请，并提交购机发票、身份证明"
        "和机具照片，逾期不予受理。",
        "县农业农村局",
        "2026年3月1日",
    ]


def test_converted_lines_with_a_table_between_are_left_alone() -> None:
    table = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>表</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    blocks = [para(line) + (table if i % 2 else "") for i, line in enumerate(CONVERTED)]
    assert read(docx("".join(blocks))).split("\n") == [
        row for i, line in enumerate(CONVERTED) for row in ([line, "表"] if i % 2 else [line])
    ]


@pytest.mark.parametrize(
    "lines",
    [
        # a poem
        [
            "静夜思",
            "李白",
            "床前明月光",
            "疑是地上霜",
            "举头望明月",
            "低头思故乡",
            "床前明月光",
            "疑是地上霜",
        ],
        # a list of names, each of one width
        [
            f"第{n}组 张三丰 李四光 王五福 赵六合 孙七巧 周八方 吴九州 郑十全 冯一二 陈三四"
            for n in range(1, 10)
        ],
        # a form: labels and blanks
        [
            "困难归侨侨眷帮扶申请表",
            "姓名：",
            "性别：",
            "身份证号码：",
            "家庭住址：",
            "联系电话：",
            "申请理由：",
            "申请人签字：",
        ],
        # a notice whose paragraphs are typed, each longer than any printed line
        [
            "为做好本年度农机购置补贴工作，现将有关事项通知如下，请各镇认真组织实施，确保补贴资金及时足额"
            f"发放到位，第{n}项工作按时完成。"
            for n in range(1, 9)
        ],
        # equal lines that end their sentences
        [f"第{n}项：申报人应当于规定期限内向所在镇农业综合服务中心提出申请。" for n in range(1, 9)],
    ],
)
def test_ordinary_documents_of_short_lines_stay_as_they_are(lines: list[str]) -> None:
    text = read(docx("".join(para(line) for line in lines)))
    assert text == "\n".join(lines)


def test_page_numbers_stay_in_an_ordinary_document() -> None:
    lines = ["目录", "第一章 总则", "- 1 -", "第二章 标准", "- 2 -", "第三章 附则"]
    assert read(docx("".join(para(line) for line in lines))) == "\n".join(lines)


def test_a_custom_format_read_by_its_fallback() -> None:
    """Word 2010 writes a format older readers lack (001, 002) in mc:AlternateContent, a fallback beside."""
    fmt = (
        '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        '<mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice>'
        '<mc:Fallback><w:numFmt w:val="upperRoman"/></mc:Fallback></mc:AlternateContent>'
    )
    abstract = f'<w:lvl w:ilvl="0"><w:start w:val="1"/>{fmt}<w:lvlText w:val="%1."/></w:lvl>'
    body = para("甲", (1, 0)) + para("乙", (1, 0))
    assert read(docx(body, numbering({0: abstract}, {1: use(0)}))) == "I. 甲\nII. 乙"
