"""Paragraph chunking: each paragraph of the clean text becomes passages of bounded length.

Long paragraphs are split at sentence ends (。！？；); a short heading line opens the passage under it and
is the context of every later piece of its section. Offsets are into the clean text: ``text[start:end]`` is
the passage exactly, and every line of content is in some passage (a line taken for a heading may be the
first line of an article cut by a page's wrap: 第五条 …资助30万元，省级技).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from indexer.lines import (
    HEADING_MAX_CHARS,
    LIST_OPENER,
    TABLE_CELL,
    ends_in_row,
    in_a_list,
    is_heading,
    item_style,
    table_header,
)
from indexer.normalize import normalize
from indexer.text import ATTACHMENT_LABEL

# The text pipeline's version, recorded in every index's manifest (and a Milvus index's statistics row):
# bump it by hand in the commit that changes what cleaning (indexer/clean*.py and the readers feeding it:
# load, decode, reflow, webpage, worddoc, spreadsheet) or chunking (this module, asking.py) makes of a
# document — not for a new setting recorded in ChunkConfig. `citeqa index --if-stale` (make run) rebuilds
# an index of another version, a plain update refuses to mix (docs/indexing.md). 1: 986a367's chunking;
# 2: a plain text file's aligned table may end in a remark column of a clause (reflow._cells); 3: an
# attachment's title is the line after its label (附件1), not the label (clean._labelled); 4: an HTML table's
# cell spanning rows is read in each row it spans (webpage._spread_rowspans), and a county's bureau
# (监利市农业农村局) names the county in a document's region (region._INSTITUTION); 5: a layout table's cells
# read as blocks (webpage._is_layout), a page titled by its <title> where trafilatura took the site's name, a
# Markdown file by its # heading, a .docx table nested in a cell, a spreadsheet's 填报单位： fields above its
# header as lines (eval/policy20); 6: a .docx's tracked insertions read as text (load.paragraph_text), a .csv
# that is no collection read as a table (spreadsheet.read_csv; eval/policy21), direction controls (U+202E …)
# dropped by cleaning and a .docx without core properties untitled, not "Word Document" (a fault probe); 7: a
# .docx's text boxes and footnotes read (wordx.py), a page nested past 2,048 levels read flattened
# (webpage._tree), a page whose text only its scripts hold read from them (scripted.py), .mht, .rtf, .pptx
# and .ofd files read (formats.py), a PDF table drawn cell by cell read as rows (pdftext._cell_per_line) and a
# table's 合计 row under it a row (reflow.table_rows; eval/policy22); 8: a frameset page read as its
# <noframes> text, a placeholder <title> (正文, 无标题文档) no title, a saved error page refused, a
# page nested past huge_tree's limit by tables read whole, a two-column PDF page's narrow column
# unwrapped, a two-column leaflet and a .json record's short fields kept, .odt/.eml/.ods/.tsv/.xml/.epub
# files read (eval/policy23 and policy24; these had changed what existing files read without a bump, so
# indexes of 7 are rebuilt), a .pptx slide's bullets kept as lines (not unwrapped), a saved page's _files
# folder no documents, .odp/.webarchive/.srt/.vtt files read, a short line stating an amount no heading
# (eval/policy25); 9: an <iframe srcdoc>'s page read where the frame stands, a message forwarded as an
# attachment read, a PDF page whose text is drawn turned (/Rotate 90) read as it reads, Word and Excel 2003
# XML and files of no suffix read by their bytes (eval/policy26); 10: a .docx's content controls, altChunks,
# SmartArt and runs in smart tags, custom XML and fields, Strict Open XML packages, a PDF form's filled
# fields, an .xlsx's cell notes, a page's ruby base text and an article only in <noscript> or <template>
# read, a .txt saved by Excel as "Unicode text" read as its table, a page of over 20,000 elements read whole,
# soft hyphens and word joiners dropped in cleaning, and a town named after a city (金华镇) no longer makes a
# document that city's (eval/policy27); 11: a table of <div>s with ARIA roles read as a table, a figure's unit
# written only in its number format read with it (numfmt.py), Word's automatic numbering labels read and a
# .docx converted from a PDF rejoined (wordnum.py, wordwrap.py), a .txt joined from GBK and UTF-8 read line by
# line, and an autonomous prefecture, a 地区 or a 盟 named by its short name (恩施, 湘西州) in a document's
# region (eval/policy28, policy29); 12: a .docx chart's cached values and an .xlsx's text boxes read
# (eval/policy30, whose readers had changed what such files read without a bump), and a county's short name
# that the gazetteer reads as its prefecture (楚雄 of 楚雄市 is 楚雄州) no longer counted as the county's in a
# document's region (eval/policy31); 13: a title naming places apart (隆回资中) no one of them a document's
# region, 内江市中区 read as 内江's 市中区, and .uof, .vcf and .7z files read (eval/policy32); 14: punctuated
# subtitles' cues cut by the screen's width run on, a number never parted from its unit by a cue's end, an
# e-mail's CRLF body read as lines, a line like an official title more than four lines down no title (a
# form's 审核意见 row), and .odg and .mbox files read (eval/policy33); 15: OpenDocument templates (.ott, .ots,
# .otp, .otg), feeds saved as .rss or .atom and Advanced SubStation subtitles (.ass, .ssa) read, a subtitle
# cue that outlasts the next one a line of its own (eval/policy34); 16: OpenOffice.org 1.x documents (.sxw …),
# Timed Text (.ttml, .dfxp, and TTML saved as .xml) and KML maps (.kml, .kmz) read (eval/policy35); 17: lyrics
# (.lrc) and GPS files (.gpx) read, a subtitle cue opening with its speaker's name a sentence's start, and a
# short header line setting a time limit (注册截止2026年6月30日前) content, not the page's date
# (eval/policy36); 18: translation jobs' XLIFF (.xlf, .xliff), SubViewer (.sbv) and SAMI (.smi, .sami)
# captions, outlines (.opml) and Jupyter notebooks (.ipynb) read, a number cut between two subtitle cues
# (0831-44 | 12680) one number again, an outline's short dated line content, not a page's date line, a
# 0-byte file of any kind empty, and a table above a page's first sentence content, not navigation
# (eval/policy37); 19: mind maps (.xmind, .mm), Visio drawings (.vsdx), YAML (.yaml, .yml) and translation
# memories (.tmx) read, a number a Visio or TMX marker cuts one number again (eval/policy38); 20: Evernote
# exports (.enex), web archives (.warc, .warc.gz), HTTP archives (.har), gettext catalogues (.po) and LaTeX
# documents (.tex) read, a number a bold run, a highlight or an HTTP chunk boundary cuts one number again
# (eval/policy39); 21: SQL dumps (.sql), iCalendar files (.ics), dBase tables (.dbf), SQLite databases
# (.db, .sqlite, .sqlite3) and reStructuredText (.rst) read; 22: JSON Lines that are no collection (.jsonl,
# .ndjson), Apple Mail messages (.emlx), FictionBook e-books (.fb2), Gnumeric workbooks (.gnumeric) and
# AsciiDoc (.adoc, .asciidoc) read; 23: Org-mode (.org), MediaWiki page sources (.wiki, .mediawiki), TOML
# (.toml), single gzipped documents (NAME.csv.gz …: the file they hold), RIS (.ris) and BibTeX (.bib)
# reference exports read, a number a markup run, a LaTeX escape or a wrapped RIS line cuts one number again
# (eval/policy42); 24: draw.io diagrams (.drawio), 百度脑图 maps (.km), Java properties (.properties), Apple
# property lists (.plist), DocBook (.dbk, .docbook) and single bzip2- or xz-compressed documents
# (NAME.csv.bz2, NAME.txt.xz: the file they hold) read, a printed page's number (— 2 —) between a page's
# paragraphs dropped and the sentence it cut joined again (eval/policy43).
PIPELINE_VERSION = 24

# A sentence ends after 。！？；!?; (and any closing quotes/brackets that follow), or at the end of the line.
_SENTENCE_END = re.compile(r"[。！？；!?;…]+[”’」』\"')）]*")
_SENTENCE_OR_LINE_END = re.compile(_SENTENCE_END.pattern + "|\n")
_CLAUSE_END = re.compile(r"[；;]+")  # what ends a sentence but not a table row's cell


@dataclass(frozen=True)
class ChunkConfig:
    """Build-time chunking settings; recorded in the index manifest."""

    max_chars: int = 400
    # paragraphs shorter than this join the paragraphs after them, within max_chars (60 until 2026-12-04:
    # a notice's sections of one or two lines each were passages of their own, and its sign-off or its
    # purpose clause outranked the section holding the figure — docs/retrieval.md)
    min_chars: int = 250
    # the last piece of a paragraph split at max_chars joins the piece before it when shorter than this
    # (min_chars until 2026-12-04, when min_chars grew: a 650-character passage is past what the encoder
    # reads)
    tail_chars: int = 60
    heading_max_chars: int = HEADING_MAX_CHARS
    # a heading line is the start of the passage under it (False: context only, never quotable — indexes
    # built before this keep their passages until rebuilt)
    heading_in_passage: bool = True
    # a passage keeps a document's units whole where they fit in max_chars: a list with the line introducing
    # it, a question with its answer, and a document's short last lines with the passage before them (False:
    # a short paragraph joins whatever follows until min_chars — indexes built before this keep their
    # passages until rebuilt)
    keep_units: bool = True

    def to_dict(self) -> dict[str, int | bool]:
        return asdict(self)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    heading: str  # nearest heading line above the passage ("" if none)


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text[start:end]``, whitespace trimmed, covering all content. A line
    break ends a sentence too: the clean text holds one paragraph per line (a heading, a table row). A
    table row's cells are not cut at a ； (吸油烟机 | 2级及以上 | 15%；1级20% | 1000: cut there, its
    figure lost the row it belongs to); a full stop still ends a sentence in a cell (电价标准 | 执行…。
    用户可申请…。)."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    pos = start
    # the line the last ； lay in, and whether it is a table row: each line is looked at once (a 5 MB line of
    # semicolons is read once, not once per semicolon)
    line_end, in_row = -1, False
    for match in _SENTENCE_OR_LINE_END.finditer(text, start, end):
        if match.group() != "\n" and _CLAUSE_END.fullmatch(match.group()):
            if match.start() >= line_end:
                line_start = text.rfind("\n", 0, match.start()) + 1
                line_end = text.find("\n", match.start())
                line_end = len(text) if line_end < 0 else line_end
                in_row = TABLE_CELL in text[line_start:line_end]
            if in_row:
                continue
        spans.append((pos, match.end()))
        pos = match.end()
    if pos < end:
        spans.append((pos, end))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        s, e = _trim(text, s, e)
        if e > s:
            out.extend(_bounded(text, s, e) if e - s > UNBROKEN_CHARS else [(s, e)])
    return out


# A sentence is at most LONGEST_SENTENCE characters, cut where its clauses end; a stretch of more than
# UNBROKEN_CHARS with no mark at all (a page whose punctuation was lost, a run-on line of a scrape) is cut
# every UNBROKEN_CHARS: no passage, sentence vector or quoted answer grows with such a line (a 5 MB line was
# one passage, embedded for an hour, quoted whole).
LONGEST_SENTENCE = 400
UNBROKEN_CHARS = 160
_CLAUSE_MARK = re.compile(r"[，,、；;：:）)」』”’》\s]+")
_UNBROKEN = re.compile(rf"[^，,、；;：:）)」』”’》\s]{{{UNBROKEN_CHARS + 1},}}")


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` (one sentence) as pieces: clauses packed up to LONGEST_SENTENCE characters, and any
    stretch without a mark cut every UNBROKEN_CHARS characters."""
    cuts = [m.end() for m in _CLAUSE_MARK.finditer(text, start, end) if m.end() < end] + [end]
    pieces: list[tuple[int, int]] = []
    piece_start, last = start, start
    for cut in cuts:
        if cut - piece_start > LONGEST_SENTENCE and last > piece_start:
            pieces.append((piece_start, last))
            piece_start = last
        last = cut
    pieces.append((piece_start, end))
    out: list[tuple[int, int]] = []
    for s, e in pieces:
        if e - s <= UNBROKEN_CHARS or not _UNBROKEN.search(text, s, e):
            out.append((s, e))
            continue
        out.extend((at, min(at + UNBROKEN_CHARS, e)) for at in range(s, e, UNBROKEN_CHARS))
    return [span for s, e in out if (span := _trim(text, s, e))[1] > span[0]]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` narrowed past leading and trailing whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for line in text.split("\n"):
        s, e = _trim(text, pos, pos + len(line))
        pos += len(line) + 1
        if e > s:
            spans.append((s, e))
    return spans


def _close(text: str, spans: list[Span], pending: tuple[int, int], heading: str, config: ChunkConfig) -> None:
    """The last lines of a section or document, ``pending``, as a passage: joined to the passage above them in
    the same section when short (a signature, a date, an attachment's name — alone, such a passage is all
    title words and outranks the answers), else a passage of their own: a question with its answer, or
    lines after a table (二、停放不超过15分钟的免费。 is no row of the fee table above it)."""
    last = spans[-1] if spans else None
    if (
        config.keep_units
        and last is not None
        and last.heading == heading
        and pending[1] - pending[0] < config.min_chars
        and pending[1] - last.start <= config.max_chars
        and not ASKED.search(text, pending[0], pending[1])
        and not ends_in_row(text, last.start, last.end)
    ):
        spans[-1] = Span(last.start, pending[1], heading)
    else:
        spans.append(Span(pending[0], pending[1], heading))


# A line asking something: it ends in a question mark (closing quotes or brackets may follow).
QUESTION = re.compile(r"[？?][”’」』\"')）]*$")
ASKED = re.compile(QUESTION.pattern, re.MULTILINE)  # … as the last of any line


def _asks(line: str, below: str | None) -> bool:
    """``line`` is a question and ``below``, the next paragraph, is no question: its answer."""
    return below is not None and QUESTION.search(line) is not None and not QUESTION.search(below)


def _unit_goes_on(
    text: str, start: int, line: str, after: tuple[int, int] | None, config: ChunkConfig
) -> bool:
    """The passage ``text[start:]`` up to ``line`` goes on into the next paragraph ``after`` to keep a unit
    whole within max_chars: an enumeration's introduction or item followed by an item of the same list
    (申请材料：/ 1.身份证 / 2.户口簿), or a question followed by its answer."""
    if after is None or after[1] - start > config.max_chars:
        return False
    below = text[after[0] : after[1]]
    if QUESTION.search(line):
        return _asks(line, below)
    style = item_style(below)
    if style is None:
        return False
    return LIST_OPENER.search(line) is not None or item_style(line) == style


def _split_long(text: str, start: int, end: int, config: ChunkConfig) -> list[tuple[int, int]]:
    """Greedy packing of whole sentences into pieces of at most max_chars (a longer sentence stays whole)."""
    pieces: list[tuple[int, int]] = []
    cur_start, cur_end = -1, -1
    for s, e in split_sentences(text, start, end):
        if cur_start < 0:
            cur_start, cur_end = s, e
        elif e - cur_start <= config.max_chars:
            cur_end = e
        else:
            pieces.append((cur_start, cur_end))
            cur_start, cur_end = s, e
    if cur_start >= 0:
        pieces.append((cur_start, cur_end))
    # a short tail reads better joined to the piece before it
    if len(pieces) > 1 and pieces[-1][1] - pieces[-1][0] < config.tail_chars:
        last = pieces.pop()
        pieces[-1] = (pieces[-1][0], last[1])
    return pieces


def chunk_text(text: str, config: ChunkConfig = ChunkConfig(), title: str | None = None) -> list[Span]:
    """Passages of ``text`` (one paragraph per line). The title line, if it is the first line, is context —
    or an attachment's label (附件1) above it: the title then heads the first passage, as a heading would."""
    spans: list[Span] = []
    heading = ""
    lead: int | None = None  # where the heading above the next paragraph starts (it opens that passage)
    pending: tuple[int, int] | None = None  # a short paragraph waiting to be joined to the next one
    paragraphs = _paragraphs(text)
    # A heading heads the paragraph right below it; a short line followed by another short line or by nothing
    # (a contact block, a list, a closing line) is content and goes into a passage like any other.
    lines = [text[s:e] for s, e in paragraphs]
    shape = [
        is_heading(line, config.heading_max_chars)
        and not in_a_list(lines[i - 1] if i else "", line, lines[i + 1] if i + 1 < len(lines) else "")
        for i, line in enumerate(lines)
    ]
    labelled = len(lines) > 1 and lines[1] == title and ATTACHMENT_LABEL.fullmatch(normalize(lines[0]))
    for i, (s, e) in enumerate(paragraphs):
        line = text[s:e]
        if i == 0 and (labelled or (title and line == title)):
            continue
        if shape[i] and i + 1 < len(paragraphs) and not shape[i + 1]:
            if pending is not None:
                _close(text, spans, pending, heading, config)
                pending = None
            heading = line
            lead = s if config.heading_in_passage else None
            continue
        if lead is not None:
            s, lead = lead, None
        elif (
            pending is not None
            and config.keep_units
            and _asks(line, lines[i + 1] if i + 1 < len(lines) else None)
        ):
            # a question opens the passage of its answer (an FAQ's 问/答, a hearing's 提问/回答); the short
            # lines before it close as a section's last lines do (a pair before it stays a unit of its own)
            if ASKED.search(text, pending[0], pending[1]):
                spans.append(Span(pending[0], pending[1], heading))
            else:
                _close(text, spans, pending, heading, config)
            pending = None
        if pending is not None:
            # (a table's last row takes no item below it: 「二、停放不超过15分钟的免费。」 is no row of the
            # fee table; a note on it, 就餐补贴每人每天限补1餐…, goes with it. A row numbered in its first
            # cell — 1 | 运城市鑫源食品有限公司 | 12, a 名单's 序号 — is the table's next row, no item: a
            # 5,000-row sheet was a passage per row up to its 99th)
            row_end = ends_in_row(text, *pending)
            item = item_style(line) is not None and TABLE_CELL not in line
            if e - pending[0] <= config.max_chars and not (row_end and item):
                s = pending[0]
            else:
                spans.append(Span(pending[0], pending[1], heading))
            pending = None
        # a table's rows stay together as far as a passage holds them (short rows would be cut every
        # min_chars, each piece of a table apart from its header and the rows around it)
        after = paragraphs[i + 1] if i + 1 < len(paragraphs) else None
        rows_on = (
            after is not None
            and TABLE_CELL in line
            and TABLE_CELL in text[after[0] : after[1]]
            and after[1] - s <= config.max_chars
        )
        if (
            e - s < config.min_chars
            or rows_on
            or (config.keep_units and _unit_goes_on(text, s, line, after, config))
        ):
            pending = (s, e)
            continue
        for ps, pe in _split_long(text, s, e, config) if e - s > config.max_chars else [(s, e)]:
            spans.append(Span(ps, pe, heading))
    if pending is not None:
        _close(text, spans, pending, heading, config)
    if not spans and paragraphs:  # a document of headings only still gets one passage
        s, e = paragraphs[0][0], paragraphs[-1][1]
        spans.append(Span(s, e, ""))
    # a passage that opens in the middle of a table takes the table's header row as its context
    return [Span(sp.start, sp.end, table_header(text, sp.start) or sp.heading) for sp in spans]
