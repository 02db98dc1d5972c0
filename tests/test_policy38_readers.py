"""Mind maps (XMind's .xmind, FreeMind's .mm), a Visio drawing (.vsdx), YAML (.yaml, .yml) and a TMX
translation memory (.tmx) as documents (indexer/mindmap.py, visio.py, yamldoc.py, tmx.py): eval/policy38's
files, written blind — citeqa had skipped all five as unsupported."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from indexer.decode import DocumentError
from indexer.load import SUPPORTED_SUFFIXES, extract
from indexer.settings import PROJECT_ROOT
from tests.extracting import lines

DOCS = PROJECT_ROOT / "eval/policy38/docs"
XMIND = DOCS / "辽宁/宽甸满族自治县/宽甸满族自治县专职网格员月度考核细则.xmind"
MM = DOCS / "黑龙江/铁力市/铁力市野生动物致害补偿政策要点（野保科）.mm"
VSDX = DOCS / "甘肃/舟曲县/舟曲县野生动物致害保险理赔流程图.vsdx"
YAML = DOCS / "青海/门源回族自治县/门源县12345热线智能客服知识库（网格服务）.yaml"
TMX = DOCS / "新疆/霍城县/霍城县“薰衣草杯”国际青少年足球邀请赛竞赛通知_zh-CN_en-US.tmx"

_WARNING = (
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>'
    '<xmap-content xmlns="urn:xmind:xmap:xmlns:content:2.0" version="2.0"><sheet id="s">'
    '<topic id="w"><title>Warning 警告 Attention</title><children><topics type="attached">'
    '<topic id="w1"><title>该文件无法正常打开，请勿修改并保存，否则文件内容将会永久性丢失！</title></topic>'
    "</topics></children></topic><title>Sheet 1</title></sheet></xmap-content>"
)


def zipped(parts: dict[str, str | bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, said in parts.items():
            archive.writestr(name, said)
    return out.getvalue()


def test_the_new_kinds_are_supported() -> None:
    assert {".xmind", ".mm", ".vsdx", ".yaml", ".yml", ".tmx"} <= set(SUPPORTED_SUFFIXES)


# ------------------------------------------------------------------------------------------------- XMind


def test_an_xmind_zen_map_is_a_line_per_topic_with_labels_and_notes_and_no_warning_sheet() -> None:
    """content.json read, the warning sheet in content.xml beside it not: a topic's title, labels, note on
    one line, children (attached, then detached) after their parent; a two-line note one line."""
    topic = {
        "id": "r",
        "class": "topic",
        "title": "网格员考核细则",
        "children": {
            "attached": [
                {
                    "id": "a",
                    "title": "信息采集：30分",
                    "notes": {"plain": {"content": "准确率不低于98%\n变动信息3日内更新"}},
                },
                {
                    "id": "b",
                    "title": "合格（80—89分）",
                    "labels": ["绩效奖励400元"],
                    "markers": [{"markerId": "x"}],
                },
            ],
            "detached": [{"id": "c", "title": "咨询电话：0415-\n5512345"}],
        },
    }
    sheets = [{"id": "s", "class": "sheet", "title": "画布 1", "rootTopic": topic}]
    data = zipped(
        {
            "content.json": json.dumps(sheets, ensure_ascii=False),
            "content.xml": _WARNING,
            "metadata.json": "{}",
            "manifest.json": '{"file-entries":{}}',
        }
    )
    found = extract(data, ".xmind", name="细则.xmind")
    assert found.title == "网格员考核细则"
    assert found.text.split("\n") == [
        "网格员考核细则",
        "信息采集：30分 准确率不低于98% 变动信息3日内更新",
        "合格（80—89分） 绩效奖励400元",
        "咨询电话：0415-5512345",
    ]


def test_an_xmind_8_map_is_read_from_its_content_xml() -> None:
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><xmap-content xmlns="urn:xmind:xmap:xmlns:content:2.0" '
        'version="2.0"><sheet id="s"><topic id="r"><title>考核程序</title><children><topics type="attached">'
        '<topic id="a"><title>每月5日前完成考核</title><labels><label>乡镇</label></labels>'
        "<notes><plain>结果公示3天</plain><html><xhtml:p xmlns:xhtml='http://www.w3.org/1999/xhtml'>"
        "结果公示3天</xhtml:p></html></notes></topic></topics></children></topic><title>Sheet 1</title>"
        "</sheet></xmap-content>"
    )
    assert lines(zipped({"content.xml": xml, "META-INF/manifest.xml": "<manifest/>"}), ".xmind") == [
        "考核程序",
        "每月5日前完成考核 乡镇 结果公示3天",
    ]


def test_the_xmind_file_reads_its_rewards() -> None:
    found = extract(XMIND.read_bytes(), ".xmind", name=XMIND.name)
    assert "合格（80—89分） 绩效奖励400元" in found.text.split("\n")
    assert "绩效奖励400元" in found.text and "Warning" not in found.text and "XMind 8" not in found.text
    assert found.title == "宽甸满族自治县专职网格员月度考核细则（2026年版）"


# ---------------------------------------------------------------------------------------------- FreeMind


def test_a_freemind_map_is_a_line_per_node_its_note_a_line_of_its_own() -> None:
    """TEXT with entities decoded; a rich node's HTML as text, its paragraphs one line; a note its own line;
    fonts, hooks, icons and attributes no text."""
    mm = (
        '<map version="1.0.1">\n<!-- To view this file, download free mind mapping software FreeMind -->\n'
        '<node CREATED="1" ID="ID_1" TEXT="&#x94c1;&#x529b;&#x5e02;&#x8865;&#x507f;&#x8981;&#x70b9;">'
        '<font BOLD="true" NAME="SansSerif" SIZE="18"/><hook NAME="accessories/plugins/AutomaticLayout"/>'
        '<node ID="ID_2" POSITION="right" TEXT="&#x7535;&#x5b50;&#x56f4;&#x680f;&amp;&#x8865;&#x52a9;">'
        '<icon BUILTIN="yes"/><richcontent TYPE="NOTE"><html><head></head><body><p>2026年起实施</p>'
        "<p>资金从市级经费中列支</p></body></html></richcontent>"
        '<node ID="ID_3" TEXT="按每延长米15元补助"/></node>'
        '<node ID="ID_4" POSITION="left"><richcontent TYPE="NODE"><html><head></head><body>'
        "<p>24小时报案电话：</p><p>0458-8163729</p></body></html></richcontent></node>"
        "</node></map>"
    )
    found = extract(mm.encode(), ".mm", name="要点.mm")
    assert found.title == "铁力市补偿要点"
    assert found.text.split("\n") == [
        "铁力市补偿要点",
        "电子围栏&补助",
        "2026年起实施 资金从市级经费中列支",
        "按每延长米15元补助",
        "24小时报案电话：0458-8163729",
    ]


def test_the_freemind_file_reads_its_fence_subsidy() -> None:
    text = extract(MM.read_bytes(), ".mm", name=MM.name).text
    assert "农户自建防野猪电子围栏，按每延长米15元补助，每户最高3000元" in text.split("\n")
    assert "24小时报案电话：0458-8163729（市林草局值班室）" in text.split("\n")
    assert "每延长米15元" in text


# ------------------------------------------------------------------------------------------------- Visio

_VISIO = "http://schemas.microsoft.com/office/visio/2012/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def vsdx(pages: dict[str, str], order: list[str]) -> bytes:
    listed = "".join(f"<Page ID='{i}' Name='页-{i}'><Rel r:id='rId{i}'/></Page>" for i, _ in enumerate(order))
    rels = "".join(
        f"<Relationship Id='rId{i}' Type='{_VISIO[:-9]}/2010/relationships/page' Target='{part}'/>"
        for i, part in enumerate(order)
    )
    parts: dict[str, str | bytes] = {
        "[Content_Types].xml": "<Types/>",
        "visio/document.xml": f"<VisioDocument xmlns='{_VISIO}'/>",
        "visio/pages/pages.xml": f"<Pages xmlns='{_VISIO}' xmlns:r='{_R}'>{listed}</Pages>",
        "visio/pages/_rels/pages.xml.rels": (
            "<Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>"
            f"{rels}</Relationships>"
        ),
    }
    for part, shapes in pages.items():
        parts[f"visio/pages/{part}"] = (
            f"<?xml version='1.0' encoding='utf-8' ?><PageContents xmlns='{_VISIO}' xmlns:r='{_R}' "
            f"xml:space='preserve'><Shapes>{shapes}</Shapes><Connects/></PageContents>"
        )
    return zipped(parts)


def test_a_vsdx_drawing_is_a_line_per_shape_its_markers_dropped_in_pages_order() -> None:
    """pages.xml lists page2.xml first: read first. <cp>, <pp>, <tp>, <fld> dropped, the number they cut
    whole; a wrapped shape one line; a connector without text nothing, one labelled its label."""
    first = (
        "<Shape ID='1' Type='Shape'><Cell N='PinX' V='4'/><Text><cp IX='0'/>理赔流程图</Text></Shape>"
        "<Shape ID='2' Type='Shape' Master='2'><Section N='Character'><Row IX='0'><Cell N='Size' V='0.1'/>"
        "</Row></Section><Text><cp IX='0'/><pp IX='0'/>有异议的拨打电话0941-<cp IX='1'/>5121367<tp IX='0'/>"
        "申请复核</Text></Shape>"
        "<Shape ID='3' Type='Group'><Text>一次性告知\n需补齐的材料</Text><Shapes>"
        "<Shape ID='4' Type='Shape'><Text><cp IX='0'/>身份证、\n户口簿</Text></Shape></Shapes></Shape>"
        "<Shape ID='20' NameU='Dynamic connector.20' Master='4'><Cell N='BeginX' V='4'/></Shape>"
        "<Shape ID='21' NameU='Dynamic connector.21' Master='4'><Text><cp IX='0'/>是</Text></Shape>"
    )
    second = "<Shape ID='1' Type='Shape'><Text>制图：县林草局<fld IX='0'/>　2026年1月</Text></Shape>"
    data = vsdx({"page1.xml": second, "page2.xml": first}, ["page2.xml", "page1.xml"])
    found = extract(data, ".vsdx", name="流程图.vsdx")
    assert found.title is None
    assert found.text.split("\n") == [
        "理赔流程图",
        "有异议的拨打电话0941-5121367申请复核",
        "一次性告知 需补齐的材料",
        "身份证、户口簿",
        "是",
        "制图：县林草局 2026年1月",
    ]


def test_a_vsdx_without_a_page_index_reads_its_pages_by_number() -> None:
    data = zipped(
        {
            f"visio/pages/page{n}.xml": f"<PageContents xmlns='{_VISIO}'><Shapes><Shape ID='1'>"
            f"<Text>第{n}页</Text></Shape></Shapes></PageContents>"
            for n in (10, 2, 1)
        }
    )
    assert lines(data, ".vsdx") == ["第1页", "第2页", "第10页"]


def test_the_vsdx_file_reads_the_review_number_whole() -> None:
    text = extract(VSDX.read_bytes(), ".vsdx", name=VSDX.name).text
    assert "0941-5121367" in text
    assert "对定损或者赔付结果有异议的，可以拨打县林草局野生动物保护股电话0941-5121367申请复核" in text.split(
        "\n"
    )
    assert "动态连接线" not in text


# -------------------------------------------------------------------------------------------------- YAML


def test_a_yaml_knowledge_base_is_its_questions_then_answers() -> None:
    """A question/answer mapping its question, then its answer, whatever the keys' order; folded and literal
    blocks as PyYAML gives them; \\u-escaped hanzi decoded; tags, ids, numbers and comments no text."""
    kb = (
        "# 知识库导出\n"
        "- id: 17\n"
        "  answer: >\n"
        "    每月另发交通补贴\n"
        "    200元。\n"
        "  question: 交通补贴多少？\n"
        "  tags: [网格员, 待遇]\n"
        "- question: 工资多少？\n"
        "  answer: |\n"
        "    月薪酬2800元。\n"
        "    由县财政发放。\n"
        "  keywords:\n"
        "  - 工资\n"
        '- question: "\\u600E\\u4E48\\u4E0A\\u62A5\\uFF1F"\n'
        '  answer: "\\u968F\\u624B\\u62CD\\u680F\\u76EE"\n'
        "  source: 县12345热线办\n"
        "  count: 3\n"
    )
    found = extract(kb.encode(), ".yml", name="kb.yml")
    assert found.title is None
    assert found.text.split("\n") == [
        "交通补贴多少？",
        "每月另发交通补贴 200元。",
        "工资多少？",
        "月薪酬2800元。",
        "由县财政发放。",
        "怎么上报？",
        "随手拍栏目",
        "县12345热线办",
        "count: 3",
    ]


def test_a_yaml_mapping_is_read_in_order_and_titled_by_its_title() -> None:
    doc = "title: 网格服务指南\nsections:\n  - heading: 一、办理时限\n    body: 5个工作日内办结\n"
    found = extract(doc.encode(), ".yaml", name="指南.yaml")
    assert found.title == "网格服务指南"
    assert found.text.split("\n") == ["网格服务指南", "一、办理时限", "5个工作日内办结"]


def test_the_yaml_file_reads_its_migrated_answers() -> None:
    text = extract(YAML.read_bytes(), ".yaml", name=YAML.name).text
    assert "随手拍" in text
    assert "0970-8616110" in text
    assert "网格员上门登记信息，怎么辨别是不是真的？" in text.split("\n")
    assert "防诈骗" not in text  # (a tag)


# --------------------------------------------------------------------------------------------------- TMX


def test_a_tmx_memory_is_its_chinese_side_a_line_per_unit_its_codes_dropped() -> None:
    """The zh-CN variant whichever comes first; <bpt>, <ept>, <ph>, <it> dropped, their tails kept, <hi>'s
    text kept; a unit of no Chinese variant not read; the header's and the units' props no text."""
    tmx = (
        '\ufeff<?xml version="1.0" encoding="utf-8"?>\n<tmx version="1.4"><header creationtool="SDL" '
        'srclang="zh-CN" adminlang="en-US" datatype="xml" segtype="sentence" o-tmf="TM8">'
        '<prop type="x-TMName">教育局_zh-CN_en-US</prop></header><body>'
        '<tu tuid="1"><prop type="x-Origin">TM</prop><tuv xml:lang="en-US"><seg>Registration closes on '
        '<bpt i="1">&lt;b&gt;</bpt>20<ept i="1">&lt;/b&gt;</ept> June.</seg></tuv>'
        '<tuv xml:lang="zh-CN"><seg>报名截止：2026年6月<bpt i="1" type="bold">&lt;b&gt;</bpt>20'
        '<ept i="1">&lt;/b&gt;</ept>日。</seg></tuv></tu>'
        '<tu tuid="2"><tuv xml:lang="en-US"><seg>English only</seg></tuv></tu>'
        '<tu tuid="3"><tuv xml:lang="zh-Hans"><seg>联系电话<ph x="1">&lt;br/&gt;</ph>0999-'
        '<it pos="begin">&lt;i&gt;</it>3028816<hi type="b">（体卫艺股）</hi></seg></tuv></tu>'
        "</body></tmx>"
    )
    assert lines(tmx.encode(), ".tmx") == ["报名截止：2026年6月20日。", "联系电话0999-3028816（体卫艺股）"]


def test_the_tmx_file_reads_the_deadline_whole() -> None:
    text = extract(TMX.read_bytes(), ".tmx", name=TMX.name).text
    assert "2026年6月20日" in text
    assert "四、报名截止：2026年6月20日。" in text.split("\n")
    assert "June" not in text and "SDL" not in text


# ---------------------------------------------------------------------------------------------- damaged


def test_a_truncated_zip_is_refused_in_words() -> None:
    for path, suffix in ((XMIND, ".xmind"), (VSDX, ".vsdx")):
        cut = path.read_bytes()[:300]
        with pytest.raises(DocumentError) as raised:
            extract(cut, suffix, name=f"cut{suffix}")
        assert str(raised.value).startswith(f"cut{suffix}: is not a readable {suffix} file (")


def test_a_zip_of_something_else_is_refused_in_words() -> None:
    with pytest.raises(DocumentError) as raised:
        extract(zipped({"readme.txt": "hi"}), ".xmind", name="x.xmind")
    assert str(raised.value) == "x.xmind: is a zip holding no content.json nor content.xml; it is no .xmind"
    with pytest.raises(DocumentError) as raised:
        extract(zipped({"readme.txt": "hi"}), ".vsdx", name="x.vsdx")
    assert str(raised.value) == "x.vsdx: has no shapes with text; nothing to index"


@pytest.mark.parametrize(
    ("suffix", "data", "message"),
    [
        (".mm", b"<map><node TEXT='a'>", "is not well-formed XML ("),
        (".tmx", b"<tmx><body><tu>", "is not well-formed XML ("),
        (".mm", b"<opml/>", "is XML but no FreeMind map (its root is no <map>)"),
        (".tmx", b"<xliff/>", "is XML but no TMX translation memory (its root is no <tmx>)"),
        (".yaml", b"question: [a, b\nanswer: c\n", "is not valid YAML ("),
        (".yml", b"a: b\n  c: d\n", "is not valid YAML ("),
        (".xmind", zipped({"content.json": "{not json"}), "holds a content.json that is not valid JSON ("),
        (".xmind", zipped({"content.xml": "<xmap-content><sheet>"}), "is not well-formed XML ("),
        (".vsdx", zipped({"visio/pages/page1.xml": "<PageContents><Shapes>"}), "is not well-formed XML ("),
    ],
)
def test_malformed_input_is_refused_in_words(suffix: str, data: bytes, message: str) -> None:
    with pytest.raises(DocumentError) as raised:
        extract(data, suffix, name=f"bad{suffix}")
    assert str(raised.value).startswith(f"bad{suffix}: {message}")


def test_a_yaml_of_no_text_and_a_tmx_of_no_chinese_say_so() -> None:
    with pytest.raises(DocumentError, match="holds no text values; nothing to index"):
        extract(b"id: 3\nenabled: true\n", ".yaml", name="n.yaml")
    # (a number or a date is read with the key naming it: the figure alone would say nothing)
    figures = "月薪: 2800\n发放日: 2026-01-05"
    assert extract(f"{figures}\n".encode(), ".yaml").text == figures
    tmx = b'<tmx version="1.4"><body><tu><tuv xml:lang="en"><seg>Hi</seg></tuv></tu></body></tmx>'
    with pytest.raises(DocumentError, match="holds no translation units with Chinese text"):
        extract(tmx, ".tmx", name="n.tmx")


@pytest.mark.parametrize("path", [XMIND, MM, VSDX, YAML, TMX], ids=lambda p: Path(p).suffix)
def test_a_0_byte_file_of_each_kind_is_empty(path: Path) -> None:
    with pytest.raises(DocumentError, match="is empty; nothing to index"):
        extract(b"", path.suffix, name=path.name)
