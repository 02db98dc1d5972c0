"""A SQL dump (.sql), an iCalendar file (.ics), a dBase table (.dbf), an SQLite database (.db, .sqlite,
.sqlite3) and reStructuredText (.rst) as documents (indexer/sqldump.py, icsdoc.py, dbase.py, sqlitedb.py,
rstdoc.py): citeqa had skipped all five as unsupported. Each file is written here, byte for byte."""

from __future__ import annotations

import sqlite3
import struct
from pathlib import Path

import pytest

from indexer.chunk import PIPELINE_VERSION
from indexer.filenames import name_suffix
from indexer.ingest import ingest_bytes
from indexer.load import SUPPORTED_SUFFIXES, extract
from indexer.settings import DEFAULTS
from tests.extracting import lines, refused


def test_the_new_kinds_are_supported() -> None:
    assert {".sql", ".ics", ".dbf", ".db", ".sqlite", ".sqlite3", ".rst"} <= set(SUPPORTED_SUFFIXES)
    assert name_suffix("诉求.sqlite3") == ".sqlite3" and name_suffix("备份.SQL") == ".sql"
    assert PIPELINE_VERSION >= 21  # what these files read changed: indexes of 20 are rebuilt


# --------------------------------------------------------------------------------------------------- SQL

MYSQLDUMP = r"""-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: localhost    Database: hotline
/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8mb4 */;
/*!40103 SET TIME_ZONE='+00:00' */;
DROP TABLE IF EXISTS `t_appeal`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
CREATE TABLE `t_appeal` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(200) NOT NULL COMMENT '诉求标题',
  `amount` decimal(10,2) DEFAULT NULL COMMENT '补助金额（元）',
  `reply` text COMMENT '答复内容',
  `photo` blob,
  `memo` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_title` (`title`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='12345热线诉求办理';
LOCK TABLES `t_appeal` WRITE;
/*!40000 ALTER TABLE `t_appeal` DISABLE KEYS */;
INSERT INTO `t_appeal` VALUES
(1,'农机补贴何时发放？',1500.00,'您好：\n补贴于4月30日前发放。\r\n咨询0736-1234567。',0x89504E47,''),
(2,'it''s \"引号\" 与 \\ 反斜杠',NULL,'a\tb\0c\Z',_binary 'PNG',NULL);
/*!40000 ALTER TABLE `t_appeal` ENABLE KEYS */;
UNLOCK TABLES;
DELIMITER ;;
CREATE PROCEDURE `p`() BEGIN INSERT INTO `t_appeal` VALUES (9,'过程里的行',1,'',NULL,NULL); END ;;
DELIMITER ;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
-- Dump completed on 2026-05-01 10:00:00
"""


def test_a_mysqldump_is_its_rows_named_by_their_column_comments() -> None:
    """The table's COMMENT heads its rows; escapes resolved (\\n a line break in its field); NULL, '' and
    blobs left out; comments, SET, LOCK, DROP and a routine's statements no text."""
    assert lines(MYSQLDUMP.encode(), ".sql") == [
        "12345热线诉求办理",
        "id: 1 | 诉求标题: 农机补贴何时发放？ | 补助金额（元）: 1500.00 | 答复内容: 您好：",
        "补贴于4月30日前发放。",
        "咨询0736-1234567。",
        'id: 2 | 诉求标题: it\'s "引号" 与 \\ 反斜杠 | 答复内容: a b c',
    ]


PG_DUMP = r"""--
-- PostgreSQL database dump
--
SET statement_timeout = 0;
SET standard_conforming_strings = on;
CREATE TABLE public.subsidy (
    id integer NOT NULL,
    name character varying(50),
    amount numeric(10,2),
    paid boolean
);
COMMENT ON TABLE public.subsidy IS '耕地地力保护补贴发放表';
COMMENT ON COLUMN public.subsidy.amount IS '金额（元）';
CREATE FUNCTION public.audit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN INSERT INTO public.subsidy VALUES (0, 'no', 0, false); RETURN NEW; END; $$;
COPY public.subsidy (id, name, amount, paid) FROM stdin;
1	张三\n（代领）	800.00	t
2	\N	-5	f
\.
INSERT INTO public.subsidy VALUES (3, 'C:\农业\', 12.5, true);
INSERT INTO public.subsidy (id, name) VALUES (4, '王''五');
"""

SQLITE_DUMP = """PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE notice(id INTEGER PRIMARY KEY, body TEXT);
INSERT INTO notice VALUES(1,replace('第一段。\\n第二段：补助500元。','\\n',char(10)));
INSERT INTO notice VALUES(2,'路径 C:\\new 原样');
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('notice',2);
COMMIT;
"""


def test_pg_dump_and_sqlite_dump_strings_are_taken_as_written() -> None:
    """pg_dump's COPY rows (\\N NULL, its escapes) and INSERTs, COMMENT ON names; a $$ body no rows;
    SQLite's replace(…, char(10)) evaluated, a backslash kept as SQLite keeps it."""
    assert lines(PG_DUMP.encode(), ".sql") == [
        "耕地地力保护补贴发放表",
        "id: 1 | name: 张三",
        "（代领） | 金额（元）: 800.00 | paid: 是",
        "id: 2 | 金额（元）: -5 | paid: 否",
        "id: 3 | name: C:\\农业\\ | 金额（元）: 12.5 | paid: 是",
        "id: 4 | name: 王'五",
    ]
    assert lines(SQLITE_DUMP.encode(), ".sql") == [
        "notice",
        "id: 1 | body: 第一段。",
        "第二段：补助500元。",
        "id: 2 | body: 路径 C:\\new 原样",
    ]


def test_a_dump_of_no_rows_or_cut_short_is_refused_naming_its_line() -> None:
    schema = "CREATE TABLE `t` (\n  `a` int COMMENT '金额'\n) COMMENT='表';\n"
    assert refused(schema.encode(), ".sql") == (
        "bad.sql: holds no table rows (no INSERT or COPY data); nothing to index"
    )
    cut = MYSQLDUMP[: MYSQLDUMP.index("补贴于")]
    assert refused(cut.encode(), ".sql") == "bad.sql: has a quoted string not closed (line 22); cut short?"
    copy = PG_DUMP[: PG_DUMP.index("\\.")]
    assert refused(copy.encode(), ".sql") == ("bad.sql: ends inside COPY data (from line 17); cut short?")


# --------------------------------------------------------------------------------------------------- ICS


def ics(*events: str, head: str = "X-WR-CALNAME:县农业农村局申报日历\r\n") -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\n{e}END:VEVENT\r\n" for e in events)
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//CN\r\nMETHOD:PUBLISH\r\n"
        + head
        + "BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:+0800\r\n"
        "TZOFFSETTO:+0800\r\nDTSTART:19700101T000000\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
        f"{body}END:VCALENDAR\r\n"
    ).encode()


_WINDOW = (
    "UID:a1\r\nDTSTAMP:20260301T000000Z\r\nSUMMARY:农机购置补贴申报\r\n"
    "DTSTART;TZID=Asia/Shanghai:20260401T090000\r\nDTEND;TZID=Asia/Shanghai:20260430T173000\r\n"
    "LOCATION:县政务服务中心三楼\\, 7号窗口\\; 8号窗口\r\n"
    # folded between 3 and 0 of 30日 (and inside 话's UTF-8 bytes: folded_inside)
    "DESCRIPTION:申报截止2026年4月3\r\n 0日。\\n咨询电话：0736-1234567\\\\转2\r\n"
    'ORGANIZER;CN="县农业农村局":mailto:nyj@example.cn\r\n'
    "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:提醒\r\nTRIGGER:-PT15M\r\nEND:VALARM\r\n"
)
_BRIEFING = (
    "SUMMARY:政策宣讲会\r\nDTSTART:20260410T010000Z\r\nDURATION:PT2H\r\n"
    "RRULE:FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20260630T000000Z\r\n"
)
_NOTICE = (
    "SUMMARY:公示期\r\nDTSTART;VALUE=DATE:20260501\r\nDTEND;VALUE=DATE:20260508\r\nSTATUS:CONFIRMED\r\n"
    "DESCRIPTION:<b>公示</b>名单见附件<br>异议电话&nbsp;0736-7654321\r\n"
)
_CANCELLED = "SUMMARY:培训会\r\nDTSTART:20260415T090000\r\nLOCATION:老地点\r\nSTATUS:CANCELLED\r\n"


def folded_inside(data: bytes) -> bytes:
    """``data`` with 电话's 话 folded after its first UTF-8 byte (a tab leading the continued line)."""
    return data.replace("电话".encode(), "电".encode() + b"\xe8\r\n\t\xaf\x9d")


def test_an_ics_is_a_block_per_event_its_folds_joined_at_the_bytes() -> None:
    """A fold cutting 30日 (or 话's bytes) joins; escapes resolved; times in Chinese reading, a UTC time in
    China's, an all-day end the day before; an alarm's text and a cancelled event's date absent."""
    data = folded_inside(ics(_WINDOW, _BRIEFING, _NOTICE, _CANCELLED))
    assert b"\xe8\r\n\t\xaf\x9d" in data
    found = extract(data, ".ics", name="日历.ics")
    assert found.title == "县农业农村局申报日历"
    assert found.text.split("\n") == [
        "县农业农村局申报日历",
        "",
        "农机购置补贴申报",
        "时间：2026年4月1日 09:00\u20142026年4月30日 17:30",
        "地点：县政务服务中心三楼, 7号窗口; 8号窗口",
        "申报截止2026年4月30日。",
        "咨询电话：0736-1234567\\转2",
        "组织者：县农业农村局",
        "",
        "政策宣讲会",
        "时间：2026年4月10日 09:00\u201411:00，重复：每周一、三，至2026年6月30日",
        "",
        "公示期",
        "时间：2026年5月1日\u20142026年5月7日",
        "公示名单见附件",
        "异议电话 0736-7654321",
    ]
    assert "4月15日" not in found.text and "培训会" not in found.text and "提醒" not in found.text


def test_a_broken_or_empty_calendar_is_refused_in_one_line() -> None:
    assert refused(b"BEGIN:VCARD\r\nFN:x\r\nEND:VCARD\r\n", ".ics") == (
        "bad.ics: has no BEGIN:VCALENDAR; it is no iCalendar file"
    )
    whole = ics(_WINDOW)
    cut = whole[: whole.index(b"END:VEVENT")]
    assert refused(cut, ".ics") == "bad.ics: ends inside its VEVENT (no END:VEVENT); cut short?"
    wrong = ics("SUMMARY:会\r\nDTSTART:2026-04-01\r\n")
    assert refused(wrong, ".ics") == "bad.ics: has a DTSTART that is no date or time (2026-04-01)"
    assert refused(ics(_CANCELLED), ".ics") == (
        "bad.ics: holds no events with text (none, or each cancelled); nothing to index"
    )


# --------------------------------------------------------------------------------------------------- DBF

_FIELDS = [("XM", "C", 10), ("金额", "N", 10), ("FFRQ", "D", 8), ("YFF", "L", 1), ("BZ", "M", 10)]


def dbf(records: list[tuple[bytes, list[str]]], driver: int = 0x7A, codec: str = "gbk") -> bytes:
    """A dBase III table: the header, its field descriptors (name, type, length), records, 0x1A."""
    size = 1 + sum(length for _, _, length in _FIELDS)
    head = struct.pack("<4BIHH", 0x83, 126, 4, 30, len(records), 32 + 32 * len(_FIELDS) + 1, size)
    head += b"\0" * 17 + bytes([driver]) + b"\0\0"
    for name, kind, length in _FIELDS:
        head += (
            name.encode(codec).ljust(11, b"\0")
            + kind.encode()
            + b"\0" * 4
            + bytes([length, 2 * (kind == "N")])
        )
        head += b"\0" * 14
    body = b"".join(
        mark + b"".join(v.encode(codec).ljust(f[2])[: f[2]] for v, f in zip(values, _FIELDS, strict=True))
        for mark, values in records
    )
    return head + b"\r" + body + b"\x1a"


_ROWS = [
    (b" ", ["张三", "   1500.00", "20260430", "T", "0000000001"]),
    (b"*", ["李四", "    800.00", "20260101", "F", ""]),  # deleted
    (b" ", ["王五", "", "        ", "?", ""]),
]


def test_a_gbk_dbf_is_a_line_per_live_record() -> None:
    """Language driver 0x7A: GBK names and text; the deleted record absent, a date in Chinese, a logical
    是, an empty number, date and memo left out."""
    assert lines(dbf(_ROWS), ".dbf") == [
        "XM: 张三 | 金额: 1500.00 | FFRQ: 2026年4月30日 | YFF: 是",
        "XM: 王五",
    ]
    assert "李四" not in extract(dbf(_ROWS, driver=0x4D), ".dbf").text


def test_a_dbf_stating_no_code_page_is_sniffed() -> None:
    """0x00 (none stated) or 0x57 (Windows "ANSI": GBK on a Chinese machine): UTF-8, else GB18030."""
    for driver, codec in ((0x00, "gbk"), (0x57, "gbk"), (0x00, "utf-8")):
        assert lines(dbf(_ROWS[:1], driver, codec), ".dbf")[0].startswith("XM: 张三 | 金额: 1500.00")


def test_a_broken_dbf_is_refused_in_one_line() -> None:
    assert refused(b"PK\x03\x04" + b"\0" * 64, ".dbf") == (
        "bad.dbf: is not a dBase table (its first byte is no dBase version)"
    )
    assert refused(dbf(_ROWS)[:-50], ".dbf") == (
        "bad.dbf: is cut short: its header counts 3 records, its bytes hold 1"
    )
    assert refused(dbf([_ROWS[1]]), ".dbf") == (
        "bad.dbf: holds no records with text (each empty or deleted); nothing to index"
    )


# ------------------------------------------------------------------------------------------------ SQLite


def database(tmp_path: Path, script: str, wal: bool = False) -> bytes:
    path = tmp_path / "app.db"
    con = sqlite3.connect(path)
    if wal:
        con.execute("PRAGMA journal_mode=WAL")
    con.executescript(script)
    con.commit()
    if wal:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return path.read_bytes()


_APP = """
CREATE TABLE faq(id INTEGER PRIMARY KEY AUTOINCREMENT, question TEXT, answer TEXT, icon BLOB, score REAL);
INSERT INTO faq(question, answer, icon, score) VALUES
  ('耕地地力保护补贴每亩多少？', '每亩补助120元。
请于4月30日前到村委会登记。', x'89504e47', 4.5),
  ('', NULL, NULL, 3.0);
CREATE TABLE "联系 方式"(dept TEXT, phone TEXT);
INSERT INTO "联系 方式" VALUES ('农业农村局', '0736-1234567'), (CAST(x'd5c5c8fd' AS TEXT), NULL);
CREATE VIEW hot AS SELECT question AS 热门问题 FROM faq WHERE score > 4;
CREATE VIRTUAL TABLE faq_search USING fts5(question, answer);
INSERT INTO faq_search VALUES ('全文索引里的问题', '全文索引里的答案');
"""


def test_an_sqlite_database_is_its_tables_rows(tmp_path: Path) -> None:
    """Each table under its name, a line per row; blobs and NULL left out, GBK stored as text decoded; the
    sqlite_sequence table, the view and the full-text index (with its shadow tables) are no text."""
    data = database(tmp_path, _APP)
    expected = [
        "faq",
        "id: 1 | question: 耕地地力保护补贴每亩多少？ | answer: 每亩补助120元。",
        "请于4月30日前到村委会登记。 | score: 4.5",
        "id: 2 | score: 3",
        "",
        "联系 方式",
        "dept: 农业农村局 | phone: 0736-1234567",
        "dept: 张三",
    ]
    for suffix in (".db", ".sqlite", ".sqlite3"):
        assert lines(data, suffix) == expected
    assert lines(database(tmp_path / "..", _APP.replace("faq", "wal"), wal=True), ".db")[0] == "wal"
    found = extract(data, ".db").text
    assert "热门问题" not in found and "全文索引" not in found and "sqlite_sequence" not in found


def test_a_db_that_is_no_sqlite_database_is_refused(tmp_path: Path) -> None:
    assert refused(b"\x00\x06\x15\x61" + b"\0" * 60, ".db") == (
        "bad.db: is not an SQLite database; nothing to index"
    )
    thumbs = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
    assert refused(thumbs, ".db") == (
        "bad.db: is not an SQLite database (an OLE file: Windows' Thumbs.db thumbnail cache?); "
        "nothing to index"
    )
    damaged = database(tmp_path, _APP)[:100] + b"\xff" * 8000
    assert refused(damaged, ".sqlite") == (
        "bad.sqlite: is not a readable SQLite database (database disk image is malformed)"
    )


# --------------------------------------------------------------------------------------------------- RST

RST = """\
==============
耕地补贴办法
==============

:作者: 县农业农村局
:文号: 农发\u30142026\u30153号

.. |amount| replace:: 120元

第一章 总则
===========

第一条 每亩补助 |amount|，
分两次发放 [#]_。

.. 旧稿：每亩补助300元

.. note:: 申报截止后不予受理。

.. list-table:: 补助标准
   :header-rows: 1

   * - 类别
     - 金额
   * - 耕地
     - 120元

+--------+--------+
| 村     | 面积   |
+========+========+
| 东村   | 30亩   |
+--------+--------+

#. 身份证
#. 银行卡

.. include:: /etc/passwd

.. raw:: html

   <b>不读</b>

.. [#] 以县财政局文件为准。
"""


def test_an_rst_is_its_titles_paragraphs_fields_and_table_rows() -> None:
    """A substitution resolved, a comment's 300元 absent, the footnote mark out of its sentence, a note
    after its label, each table a line per row; include and raw read nothing."""
    found = extract(RST.encode(), ".rst", name="办法.rst")
    assert found.title == "耕地补贴办法"
    assert found.text.split("\n") == [
        "耕地补贴办法",
        "作者: 县农业农村局",
        "文号: 农发\u30142026\u30153号",
        "第一章 总则",
        "第一条 每亩补助 120元，分两次发放。",
        "注解：申报截止后不予受理。",
        "补助标准",
        "类别 | 金额",
        "耕地 | 120元",
        "村 | 面积",
        "东村 | 30亩",
        "1. 身份证",
        "2. 银行卡",
        "以县财政局文件为准。",
    ]


SPHINX = """\
办事指南
========

.. toctree::
   :maxdepth: 2

   faq

见 :ref:`申报条件 <cond>` 与 :doc:`faq`。

.. code-block:: text
   :linenos:

   材料清单.docx

.. versionchanged:: 2026 补贴标准调整为每亩120元。

.. index:: 补贴
"""


def test_an_rst_of_sphinx_reads_its_roles_as_their_text() -> None:
    """A Sphinx source: :ref: its title, a code-block its lines, versionchanged its words; a toctree and an
    index entry nothing."""
    assert lines(SPHINX.encode(), ".rst") == [
        "办事指南",
        "见 申报条件 与 faq。",
        "材料清单.docx",
        "2026 补贴标准调整为每亩120元。",
    ]


def test_an_rst_docutils_raises_on_still_reads_as_text(monkeypatch: pytest.MonkeyPatch) -> None:
    import docutils.core

    def fails(*args: object, **kwargs: object) -> None:
        raise AttributeError("docutils failed")

    monkeypatch.setattr(docutils.core, "publish_doctree", fails)
    assert lines("标题\n====\n\n第一条 补助\n120元。\n".encode(), ".rst") == [
        "标题",
        "第一条 补助",
        "120元。",
    ]
    assert refused(b"=====\n\n-----\n", ".rst") == "bad.rst: has no text; nothing to index"


def test_an_rst_of_comments_only_says_so() -> None:
    assert refused(".. 注释：300元\n\n.. _target: http://x.cn\n".encode(), ".rst") == (
        "bad.rst: has no text outside comments and directives; nothing to index"
    )


# ---------------------------------------------------------------------------------------------- all five


@pytest.mark.parametrize(
    ("suffix", "data", "message"),
    [
        (".sql", b"CREATE FUNCTION f() AS $body$ BEGIN", "has a $$ body not closed (line 1); cut short?"),
        (".sql", b"INSERT INTO t VALUES (1, 'a');\n/* x", "has a comment not closed (line 2); cut short?"),
        (".ics", b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nEND:VTODO\n", "has END:VTODO where END:VEVENT was due"),
        (".dbf", b"\x8c" + b"\0" * 100, "is a dBase 7 table, which is not read; save it as dBase IV"),
        (".dbf", b"\x03" + b"\0" * 100, "is not a dBase table (its field descriptors do not end as"),
        (".sqlite3", b"SQLite format 3\x00" + b"\0" * 84, "is not a readable SQLite database ("),
    ],
)
def test_malformed_input_is_refused_in_words(suffix: str, data: bytes, message: str) -> None:
    assert refused(data, suffix).startswith(f"bad{suffix}: {message}")


@pytest.mark.parametrize("suffix", [".sql", ".ics", ".dbf", ".db", ".sqlite", ".sqlite3", ".rst"])
def test_a_0_byte_file_of_each_kind_is_empty(suffix: str) -> None:
    assert refused(b"", suffix) == f"bad{suffix}: is empty; nothing to index"


def test_each_kind_ingests_into_passages_with_its_facts_whole(tmp_path: Path) -> None:
    """Through the real loader, cleaning and chunking (ingest_bytes): the facts each file holds whole,
    what is no text of it absent."""
    window = folded_inside(ics(_WINDOW, _CANCELLED))
    files: dict[str, tuple[bytes, tuple[str, ...], tuple[str, ...]]] = {
        "热线.sql": (
            MYSQLDUMP.encode(),
            ("补助金额（元）: 1500.00", "4月30日前发放"),
            ("过程里的行", "40101"),
        ),
        "日历.ics": (window, ("申报截止2026年4月30日", "0736-1234567"), ("4月15日", "提醒")),
        "清册.dbf": (dbf(_ROWS), ("金额: 1500.00", "2026年4月30日"), ("李四",)),
        "问答.db": (database(tmp_path, _APP), ("每亩补助120元", "0736-1234567"), ("全文索引", "热门问题")),
        "办法.rst": (RST.encode(), ("每亩补助 120元", "东村 | 30亩"), ("300元", "不读", "|amount|")),
    }
    for name, (data, wanted, unwanted) in files.items():
        prepared = ingest_bytes(name, data, DEFAULTS)
        assert prepared.spans, name
        for fact in wanted:
            assert fact in prepared.text, (name, fact)
        for fact in unwanted:
            assert fact not in prepared.text, (name, fact)


POLICY40 = Path(__file__).resolve().parents[1] / "eval/policy40/docs"


def policy40_text(relative: str) -> str:
    path = POLICY40 / relative
    return extract(path.read_bytes(), name_suffix(path.name), name=path.name).text


def test_eval_policy40s_files_read_as_their_facts() -> None:
    """eval/policy40's files of these kinds (written blind): the facts its questions ask stand whole."""
    sql = policy40_text("广东/化州市/hz12345_zwfw_liuyan_20260520.sql").split("\n")
    assert "1.请拨打化州市白蚁防治所服务电话0668-7362110预约，防治所接报后24小时内上门查勘；" in sql
    assert "保质期内复发的，由白蚁防治所免费复治，不再收取任何费用。" in sql
    calendar = policy40_text("广西/鹿寨县/鹿寨县2026年立体绿化奖补申报日历.ics").split("\n")
    assert not any("3月16日" in line for line in calendar)  # (the cancelled event)
    assert "时间：2026年4月1日 08:30\u20142026年4月30日 17:30" in calendar
    assert "时间：2026年4月1日 09:00\u201412:00，重复：每周三，至2026年4月29日" in calendar
    assert "咨询电话（园林绿化股）：0772-6812345，工作日8:00-12:00, 15:00-18:00" in calendar
    table = policy40_text("广东/饶平县/RWFL_BZTJ_202609.dbf").split("\n")
    assert table[0] == (
        "乡镇: 黄冈镇 | 户数: 1260 | 隔油池: 12 | 补助金额: 1026000.00 | 备注: 含沿街餐饮隔油池12个"
    )
    assert len(table) == 5 and not any("1620" in line for line in table)  # (the deleted record)
    ledger = policy40_text("广东/罗定市/罗定白蚁防治村级台账.db").split("\n")
    assert ledger[0] == "村台账"
    assert sum("补助金额_分: 30000" in line for line in ledger) == 5
    manual = policy40_text("广东/怀集县/paishui-xuke-api.rst")
    assert "重点排水户 | 日排水量100立方米以上的工业、医疗排水户 | 每季度1次 | 5年" in manual.split("\n")
    assert "有效期届满前30日" in manual and "届满前60日" not in manual  # (a comment's old figure)
