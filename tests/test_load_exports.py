"""Files as offices export them (eval/policy21, written blind): a .docx saved with its changes still tracked,
whose new figures stand only in inserted runs, and a .csv table exported by Excel on Chinese Windows (GBK,
CRLF rows, quoted cells holding commas, doubled quotes and line breaks). Real python-docx and a real index
build through indexer.load.extract and indexer.build.index_paths."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
from docx.oxml import parse_xml

from indexer.build import index_paths
from indexer.chunk import PIPELINE_VERSION
from indexer.ingest import file_doc_id, ingest_bytes
from indexer.load import extract
from indexer.settings import DEFAULTS
from tests.conftest import KeywordEncoder

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _tracked(new: str, old: str) -> list[object]:
    """An insertion of ``new`` and a deletion of ``old``, as Word writes them with Track Changes on."""
    return [
        parse_xml(f'<w:ins {_W} w:id="1" w:author="a"><w:r><w:t>{new}</w:t></w:r></w:ins>'),
        parse_xml(f'<w:del {_W} w:id="2" w:author="a"><w:r><w:delText>{old}</w:delText></w:r></w:del>'),
    ]


def _with_changes() -> bytes:
    document = docx.Document()
    paragraph = document.add_paragraph("对纳入评估范围的住宅电梯，由市财政按每台")
    for element in _tracked("3000元", "2000元"):
        paragraph._p.append(element)
    paragraph.add_run("的标准补助安全评估费用。")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "项目", "补助"
    table.cell(1, 0).text = "改造更新"
    cell = table.cell(1, 1).paragraphs[0]
    cell.add_run("按实际费用的")
    for element in _tracked("30%", "20%"):
        cell._p.append(element)
    cell.add_run("给予补助")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_docx_with_tracked_changes_reads_as_word_shows_them_accepted() -> None:
    """python-docx's paragraph text reads only a paragraph's own runs: 「由市财政按每台的标准补助」."""
    lines = extract(_with_changes(), ".docx").text.split("\n")
    assert lines == [
        "对纳入评估范围的住宅电梯，由市财政按每台3000元的标准补助安全评估费用。",
        "项目 | 补助",
        "改造更新 | 按实际费用的30%给予补助",
    ]
    assert PIPELINE_VERSION >= 6  # such documents read differently: indexes of 5 are rebuilt


CSV_GBK = (
    "序号,当事人名称,主要违法事实,处罚内容\r\n"
    '1,某物业公司,"未按规定设置厨余垃圾收集容器，\r\n经责令限期改正，逾期仍未改正。",罚款4000元\r\n'
    '2,某环卫公司,"将已分类的生活垃圾混合运输,共计3车次",罚款3000元\r\n'
    '3,"某餐饮店（""湘东味道""）",混合投放,罚款200元\r\n'
).encode("gbk")


def test_a_gbk_csv_table_reads_as_a_sheet_of_rows() -> None:
    text = extract(CSV_GBK, ".csv", name="处罚案件公示.csv").text
    assert text.split("\n") == [
        "处罚案件公示",  # a table's header is no title: the file's name heads it, as a workbook's
        "序号 | 当事人名称 | 主要违法事实 | 处罚内容",
        "1 | 某物业公司 | 未按规定设置厨余垃圾收集容器， 经责令限期改正，逾期仍未改正。 | 罚款4000元",
        "2 | 某环卫公司 | 将已分类的生活垃圾混合运输,共计3车次 | 罚款3000元",
        '3 | 某餐饮店（"湘东味道"） | 混合投放 | 罚款200元',
    ]


def test_a_folder_indexes_a_csv_table_as_a_document_and_an_id_text_csv_as_a_collection(
    tmp_path: Path,
) -> None:
    """A table .csv had been refused ("is not a UTF-8 CSV file; save it as CSV UTF-8", or for lacking id and
    text columns); a collection .csv still gives a document per record."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "处罚案件公示.csv").write_bytes(CSV_GBK)
    (folder / "records.csv").write_text("id,text\nr1,临汾市设立人才编制周转池。\n", encoding="utf-8")
    report = index_paths([folder], tmp_path / "index", lambda _: KeywordEncoder(), DEFAULTS, workers=0)
    assert report.skipped == ()
    assert sorted(report.added) == sorted(["r1", file_doc_id("处罚案件公示.csv")])


def test_an_uploaded_csv_is_read_as_the_folders_table_is() -> None:
    """POST /documents reads a file through ingest_bytes: a .csv had been refused as an unsupported type."""
    prepared = ingest_bytes("处罚案件公示.csv", CSV_GBK, DEFAULTS)
    assert prepared.meta.title == "处罚案件公示"
    assert prepared.text.split("\n")[-1] == '3 | 某餐饮店（"湘东味道"） | 混合投放 | 罚款200元'


def _without_core_properties(data: bytes) -> bytes:
    """The .docx a program writes with no docProps/core.xml part (nor its relationship)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            if item.filename == "docProps/core.xml":
                continue
            body = source.read(item)
            if item.filename in ("_rels/.rels", "[Content_Types].xml"):
                body = re.sub(rb"<(?:Relationship|Override)[^>]*core[^>]*/>", b"", body)
            target.writestr(item, body)
    return out.getvalue()


def test_a_docx_without_core_properties_has_no_title_of_words_template() -> None:
    """python-docx titles it "Word Document" (a fault probe): the title is the text's, as cleaning finds."""
    document = docx.Document()
    document.add_paragraph("邹平市小餐饮登记办事指南")
    document.add_paragraph("小餐饮登记证有效期为3年。")
    buffer = io.BytesIO()
    document.save(buffer)
    bare = _without_core_properties(buffer.getvalue())
    assert extract(bare, ".docx").title is None
    assert ingest_bytes("guide.docx", bare, DEFAULTS).meta.title == "邹平市小餐饮登记办事指南"


def test_direction_controls_do_not_survive_cleaning() -> None:
    """A right-to-left override had stood in the clean text, and /ask quoted it: a quote shown reordered."""
    text = "通知\n对新建养殖场\u202e每头奖补60元\u202c，\u2066单场最高50万元\u2069。\u200f\n"
    prepared = ingest_bytes("notice.txt", text.encode(), DEFAULTS)
    assert prepared.text.split("\n")[-1] == "对新建养殖场每头奖补60元，单场最高50万元。"


def test_a_file_given_twice_or_under_overlapping_folders_is_read_once(tmp_path: Path) -> None:
    """`citeqa index a.txt a.txt` and `citeqa index docs docs/sub` had skipped a file as clashing with its
    own doc_id (and failed a --strict run): a fault probe."""
    folder = tmp_path / "docs"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("南昌市人才政策甲：设立人才驿站。", encoding="utf-8")
    (folder / "sub" / "b.txt").write_text("九江市人才政策乙：发放安家补贴。", encoding="utf-8")
    given = [folder / "a.txt", folder / "a.txt", folder, folder / "sub"]
    report = index_paths(given, tmp_path / "index", lambda _: KeywordEncoder(), DEFAULTS, workers=0)
    assert report.skipped == ()
    assert sorted(report.added) == sorted([file_doc_id("a.txt"), file_doc_id("sub/b.txt")])
