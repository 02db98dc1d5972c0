""".jsonl / .csv collections with records a demanding user (or a broken export) writes: each bad record is one
skipped line naming it, the rest of the run is indexed, and what is stored is what the API promises (a title
of one line, a YYYY-MM-DD date). Found by a fault probe."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from indexer.build import index_paths
from indexer.collection import Record, read_collection, record_from
from indexer.ingest import ingest_bytes, ingest_text
from indexer.load import DocumentError
from indexer.settings import DEFAULTS
from tests.conftest import KeywordEncoder

TEXT = "临汾市设立人才编制周转池，总量控制，动态调整。"


def _read(path: Path) -> list[tuple[str, str]]:
    """(name, reason) for a refused record, (name, "ok") for a read one."""
    return [
        (Path(item.name).name, item.reason if isinstance(item, DocumentError) else "ok")
        for item in read_collection(path)
    ]


def test_a_line_json_cannot_read_is_skipped_and_the_run_goes_on(tmp_path: Path) -> None:
    """A 5,000-digit number (int()'s limit, a ValueError that is no JSONDecodeError) ended `citeqa index` with
    exit 2 and nothing indexed; 100,000 nested lists ended it with a RecursionError traceback."""
    folder = tmp_path / "docs"
    folder.mkdir()
    lines = [
        json.dumps({"id": "a1", "text": TEXT}, ensure_ascii=False),
        '{"id": ' + "9" * 5000 + ', "text": "x"}',
        '{"id": "a3", "text": "y", "x": ' + "[" * 100_000 + "]" * 100_000 + "}",
        json.dumps({"id": "a4", "text": "运城市拿出150个事业编制。"}, ensure_ascii=False),
    ]
    (folder / "rows.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    assert _read(folder / "rows.jsonl") == [
        ("rows.jsonl:1", "ok"),
        ("rows.jsonl:2", "holds a number of over 4,300 digits; write it as a string"),
        ("rows.jsonl:3", "nests lists or objects too deeply to read; fix or remove the line"),
        ("rows.jsonl:4", "ok"),
    ]
    report = index_paths([folder], tmp_path / "index", lambda _: KeywordEncoder(), DEFAULTS, workers=0)
    assert sorted(report.added) == ["a1", "a4"]
    assert [Path(s.name).name for s in report.skipped] == ["rows.jsonl:2", "rows.jsonl:3"]


def test_a_csv_row_cut_at_an_unquoted_comma_is_refused_not_stored_cut(tmp_path: Path) -> None:
    """`d1,某市设立人才编制周转池,拿出一百个编制` was stored as 「某市设立人才编制周转池」: csv put the rest
    past the header's two fields, where nothing read it."""
    path = tmp_path / "rows.csv"
    path.write_text(
        'id,text\nd1,某市设立人才编制周转池,拿出一百个编制\nd2,"某区设立人才公寓,每户补贴三千元"\n',
        encoding="utf-8",
    )
    assert _read(path) == [
        (
            "rows.csv:2",
            "has 3 fields where the header has 2; put a text that holds commas in double quotes",
        ),
        ("rows.csv:3", "ok"),
    ]


def test_record_fields_are_one_line_of_text_and_dates_are_calendar_dates(tmp_path: Path) -> None:
    """A list title was stored as "['x']", an object as "{'a': 1}", a NUL and line breaks as sent, and the
    date "yesterday" (or 20230101) as the document's date, which the API states is YYYY-MM-DD."""
    rows: list[dict[str, object]] = [
        {"id": "r1", "text": TEXT, "title": " 人才\n编制\u2028周转池 ", "date": "2023/2/6", "region": "\t"},
        {"id": "r2", "text": TEXT, "date": "2023年2月6日", "source": 12345},
        {"id": "r3", "text": TEXT, "date": "2023-02-06T10:30:00Z"},
        {"id": "r4", "text": TEXT, "title": "a\u0000b"},
        {"id": "r5", "text": TEXT, "region": "\u001f"},
        {"id": "r6", "text": TEXT, "title": ["x"]},
        {"id": "r7", "text": TEXT, "source": {"a": 1}},
        {"id": "r8", "text": TEXT, "url": True},
        {"id": "r9", "text": TEXT, "date": "yesterday"},
        {"id": "r10", "text": TEXT, "date": 20230101},
        {"id": "r11", "text": TEXT, "date": "2023-02-30"},
        {"id": True, "text": TEXT},
        {"id": 7, "text": TEXT},
    ]
    path = tmp_path / "rows.jsonl"
    # a probe: NaN (which Python's json reads and JSON has not) was stored as the title "nan"; 1e400 as "inf"
    odd = [
        f'{{"id": "r12", "text": "{TEXT}", "title": NaN}}',
        f'{{"id": "r13", "text": "{TEXT}", "region": 1e400}}',
    ]
    path.write_text("\n".join([*(json.dumps(r) for r in rows), *odd]) + "\n", encoding="utf-8")
    items = list(read_collection(path))
    read = [
        (item.id, item.title, item.date, item.region, item.source)
        for item in items
        if isinstance(item, Record)
    ]
    assert read == [
        ("r1", "人才 编制 周转池", "2023-02-06", None, None),
        ("r2", None, "2023-02-06", None, "12345"),
        ("r3", None, "2023-02-06", None, None),
        ("7", None, None, None, None),
    ]
    calendar = "is not a calendar date; write it as YYYY-MM-DD or leave it out"
    assert [(Path(e.name).name, e.reason) for e in items if isinstance(e, DocumentError)] == [
        ("rows.jsonl:4", "has a control character (U+0000) in its title; remove it"),
        ("rows.jsonl:5", "has a control character (U+001F) in its region; remove it"),
        ("rows.jsonl:6", "has a title that is a list; give title as a string"),
        ("rows.jsonl:7", "has a source that is an object; give source as a string"),
        ("rows.jsonl:8", "has a url that is true or false; give url as a string"),
        ("rows.jsonl:9", f"the date 'yesterday' {calendar}"),
        ("rows.jsonl:10", f"the date '20230101' {calendar}"),
        ("rows.jsonl:11", f"the date '2023-02-30' {calendar}"),
        ("rows.jsonl:12", "has an id that is true; give each record a string id"),
        ("rows.jsonl:14", "holds NaN, which is not JSON; write a number or a string"),
        ("rows.jsonl:15", "has a region that is a number too large to write; give region as a string"),
    ]


def test_an_uploaded_title_is_one_line_and_a_blank_one_is_none() -> None:
    """The same rule for a JSON upload's title (ingest_text): "   " was kept as a title, "" was none."""
    assert ingest_text(TEXT, "t1", DEFAULTS, title="人才\r\n编制").meta.title == "人才 编制"
    assert ingest_text(TEXT, "t2", DEFAULTS, title="   ").meta.title is None  # as for ""
    try:
        ingest_text(TEXT, "t3", DEFAULTS, title="a\u0000b")
    except DocumentError as e:
        assert str(e) == "t3: has a control character (U+0000) in its title; remove it"
    else:
        raise AssertionError("a NUL in a title was taken")


def test_a_title_is_at_most_300_characters() -> None:
    """A record's title over the API's limit is refused as the API refuses it; a page's <title> of 60,000
    characters (trafilatura kept 10,000 of it) is cut, where it had headed every result and citation."""
    with pytest.raises(DocumentError) as refused:
        record_from({"id": "r1", "text": TEXT, "title": "长" * 301}, "rows.jsonl:1")
    assert str(refused.value) == "rows.jsonl:1: has a title of 301 characters; shorten it to 300"
    assert record_from({"id": "r1", "text": TEXT, "title": "长" * 300}, "rows.jsonl:1").title == "长" * 300
    head = f"<html><head><title>{'长标题' * 20000}</title></head>"
    page = f"{head}<body><article><p>{TEXT}</p></article></body></html>"
    title = ingest_bytes("long.html", page.encode(), DEFAULTS).meta.title
    assert title == ("长标题" * 100)[:299] + "…"


def test_a_records_region_is_stored_as_an_uploads_is_or_the_record_refused(tmp_path: Path) -> None:
    """Regions were stored as written (火星, 7, 运城): a region filter of 山西省 missed 运城's record and
    火星 was shown as a group of answers (a fault probe). Now as JSON uploads store them."""
    rows = [
        {"id": "y1", "text": TEXT, "region": "运城"},
        {"id": "y2", "text": TEXT, "region": "火星"},
        {"id": "y3", "text": TEXT, "region": 7},
        {"id": "y4", "text": TEXT, "region": "运城市、临汾市"},
        {"id": "y5", "text": TEXT, "region": "運城市"},
    ]
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    items = list(read_collection(path))
    assert [(i.id, i.region) for i in items if isinstance(i, Record)] == [
        ("y1", "山西省运城市"),
        ("y5", "山西省运城市"),
    ]
    unknown = (
        "is no Chinese province, city or county the gazetteer knows; write it as 山西省运城市 or 运城市, "
        "or leave region out to have it read from the text"
    )
    assert [(Path(e.name).name, e.reason) for e in items if isinstance(e, DocumentError)] == [
        ("rows.jsonl:2", f"the region '火星' {unknown}"),
        ("rows.jsonl:3", f"the region '7' {unknown}"),
        (
            "rows.jsonl:4",
            "the region '运城市、临汾市' names 2 regions (山西省运城市、山西省临汾市); a document is about "
            "one — name that one, or leave region out to have it read from the text",
        ),
    ]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (
            b"\x7fELF\x02\x01\x01\x00\x00\x00\n\x03\x00>\x00\x01\n" * 40,
            "is a binary file, not JSON Lines; a collection holds one JSON object per line in UTF-8",
        ),
        (
            '{"id": "a1", "text": "育儿补贴"}\n'.encode("utf-16"),
            "is UTF-16 text; save it as UTF-8 (one JSON object per line)",
        ),
        (
            "".join(f'{{"id": "a{n}", "text": "育儿补贴每孩每年3600元"}}\n' for n in range(25)).encode("gbk"),
            "is not JSON Lines: none of its first 20 lines is a JSON object in UTF-8; "
            "a collection holds one JSON object per line",
        ),
    ],
    ids=["binary", "UTF-16", "GBK"],
)
def test_a_file_that_is_no_json_lines_is_one_error_not_one_a_line(
    tmp_path: Path, data: bytes, reason: str
) -> None:
    """A binary file named .jsonl had been reported a line for each of its byte runs (16 lines for 3 KB of
    random bytes), a GBK export a line for each record (fault probe)."""
    (tmp_path / "rows.jsonl").write_bytes(data)
    with pytest.raises(DocumentError) as caught:
        list(read_collection(tmp_path / "rows.jsonl"))
    assert (caught.value.name, caught.value.reason) == (str(tmp_path / "rows.jsonl"), reason)


def test_bad_lines_before_the_first_record_are_each_reported_when_a_record_follows(tmp_path: Path) -> None:
    """Fewer than 20 unreadable lines are a file's bad records, reported in their places, not the file's."""
    good = [json.dumps({"id": f"a{n}", "text": f"{TEXT}{n}"}, ensure_ascii=False) for n in range(2)]
    (tmp_path / "rows.jsonl").write_text("garbage\n\n{bad\n" + "\n".join(good) + "\ntail\n", encoding="utf-8")
    assert [(name, reason[:24]) for name, reason in _read(tmp_path / "rows.jsonl")] == [
        ("rows.jsonl:1", "is not a JSON object in "),
        ("rows.jsonl:3", "is not a JSON object in "),
        ("rows.jsonl:4", "ok"),
        ("rows.jsonl:5", "ok"),
        ("rows.jsonl:6", "is not a JSON object in "),
    ]
