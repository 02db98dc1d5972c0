"""Cleaning a scraped page into its article: drops boilerplate, pinyin annotations and page cuts;
extracts title, date and source. The text keeps the page's script; rules match ``normalize``d copies.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass

from indexer.normalize import normalize
from indexer.reflow import join_page_breaks
from indexer.text import ATTACHMENT_LABEL, OFFICIAL_TITLE, TIME_LIMIT

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Cleaned:
    text: str  # one paragraph per line, title first, original script
    title: str | None
    date: str | None  # ISO YYYY-MM-DD
    source: str | None


_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
_PINYIN = f"[a-z{_TONED}]{{1,7}}"
# A pinyin reading the page glued after a character: 網(wǎng). Needs a tone mark or ü, so (ai) or (18條) stay.
_PINYIN_NOTE = re.compile(rf"(?<=[{_CJK}])\((?=[a-z]*[{_TONED}]){_PINYIN}\)")
# The same note after a character the page lost in an encoding accident: ?qū) or ?(qū).
_PINYIN_RESIDUE = re.compile(rf"\?\(?(?=[a-z]*[{_TONED}]){_PINYIN}\)")
# A character lost to an encoding error shows as "?"; "?" before a comma is never a real question mark.
_LOST_BEFORE_PUNCT = re.compile(r"\?(?=[,.;:，。；：])")
# GBK decoded one byte off: "?" + a (half-width) punctuation + hanzi + an ASCII letter that was really a
# trail byte. Re-encoding and shifting by one byte recovers all but the first character.
_SHIFTED_GBK = re.compile(rf"[?□]([!-/:-@\[-`{{-~]?[{_CJK}]{{1,8}}[A-Za-z])(?=[{_CJK}])")
# Hanzi between two lost characters were decoded one byte off too; their inner bytes realign.
# Private-use characters are GBK byte pairs with no standard character: only ever seen in such damage.
_SHIFTED_RUN = re.compile(rf"□([{_CJK}\ue000-\uf8ff]{{1,6}})□")
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
# A lone ASCII letter between a lost character and hanzi is the lost character's trail byte.
_STRAY_TRAIL = re.compile(rf"□[A-Za-z](?=[{_CJK}])")
LOST = "□"  # the conventional mark for an illegible character in Chinese transcriptions
# Line ends as files bring them: \r\n, a lone \r (old Mac), Word's line break \v and page or section break
# \f, Unicode's line and paragraph separators. Left inside a line they reached quotes and answers.
_LINE_BREAK = re.compile("\r\n|[\n\r\v\f\u2028\u2029]")

_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_SOURCE = re.compile(r"来源\s*[:：]\s*([^\s|｜]+)")
_META_WORDS = re.compile(r"发布|时间|日期|来源|作者|编辑|点击|浏览|阅读|字号")

# Lines that are site furniture wherever they appear (matched on the normalized, simplified line).
_BOILERPLATE = [
    re.compile(p)
    for p in (
        r"^\d+$",  # counters and stray page numbers
        r"网站首页|网站地图|^首页\s*[>»\u203a]|[>»\u203a]\s*正文\s*$|当前位置|您的位置|您现在的位置",
        r"^(欢迎访问|欢迎光临|欢迎来到)",
        r"^站内搜索|^搜索\s*[:：]?$",
        r"^[\[【(]?(分享到|关闭|打印|打印本页|收藏|返回|返回顶部|关闭窗口|字号)[\]】)]?\s*[:：]?",
        r"^▲",  # image captions
        r"^(上一篇|下一篇|上一页|下一页|点击这里|点击进入)$",  # pager links left alone on their line
        r"^此页无正文$",  # the placeholder of a blank printed page
    )
]
# A page's hit counter or font-size switch, often beside its date: 浏览次数：1024 字号：【大 中 小】.
_COUNTER = re.compile(
    r"(浏览次数|点击次数|点击数|阅读次数|访问量|浏览量)\s*[:：]?\s*\d|字号\s*[:：]?\s*[\[【]?\s*大\s*中\s*小"
)
# Furniture that also marks the end of the article: everything after the first one goes.
_FOOTER = [
    re.compile(p)
    for p in (
        r"^[\[【(]?\s*(责任编辑|责编|页面编辑|值班编委|总\s*编\s*辑|编辑|审核|校对|监制)\s*[:：]",
        r"^(版权声明|版权所有)|copyright|©",
        r"公网安备|icp备|icp证",
        r"^(留言与评论|发表评论|网友评论|我要评论|验证码|相关阅读|相关新闻|相关文章|关于我们)",
        # a portal's list of related pages, its heading alone on its line (相关文件 / - …管理办法2024-05-11):
        # titles of other pages, which the page does not state (2023年度…先进个人名单公示 names no one)
        r"^(相关文件|相关链接|相关信息|相关推荐|相关政策|延伸阅读|推荐阅读)\s*[:：]?$",
        r"(上一篇|下一篇)\s*[:：]",
        r"^(本文地址|原文链接|本文链接)\s*[:：]|^本文(仅代表|系作者)",
    )
]
# Spam lines injected into hacked pages: several distinct words of this lexicon and no sentence.
_SPAM_WORDS = (
    "国产",
    "无码",
    "露脸",
    "在线观看",
    "亚洲",
    "久久",
    "一区二区",
    "高清",
    "视频",
    "成人",
    "色情",
    "偷拍",
    "自拍",
)
_SPAM_MIN_HITS = 3

_DOC_SHARE = re.compile(r"^《(.+?)\.(?:docx?|pdf|pptx?|xlsx?|txt|wps)》.*(?:会员分享|在线阅读)")
_DOC_SHARE_SITE = re.compile(r"请在(.+?)上搜索")
_TITLE_TAG = re.compile(r"^【([^】]{1,12})】(.+)$")
_SITE_NAME = re.compile(r"^([^-|｜_—\u2013\s]{2,20}?(?:网|站|报|台|在线))(?:$|[-|｜_—\u2013\s])")
_PAGE_MARKER = re.compile(r"^(\d{1,3})、")
_SENTENCE_END = "。！？!?；;…”」』）)"
# A headline's closing remark (蜀山区职业技能培训补贴标准（2024年修订）, …（试行）): no sentence's end.
_REMARK = re.compile(r"[（(][^（()）。！？!?；;]{1,12}[)）]$")
_SECTION_HEAD = re.compile(r"(?<=[。！？!?；;])(?=[一二三四五六七八九十]{1,3}、)")
_BYLINE = re.compile(r"^[(（]\s*(作者|记者|通讯员|编辑|摄影|来源)")
_TRAILING_BYLINE = re.compile(r"\s*[(（]\s*(?:记者|通讯员|作者)[^()（）]{0,40}[)）]\s*$")
_PARENTHESIZED = re.compile(r"^[(（]([^()（）]{2,40})[)）]$")
_BODY_LEN = 60  # a line at least this long is running text, so the page header is over
# A full stop or semicolon anywhere, or an exclamation/question mark with more text after it: a banner such as
# 欢迎访问某某网！ ends in one mark and is no sentence of the body.
_SENTENCE_MARK = re.compile(r"[。；;]|[！？!?](?=.*[\u3400-\u9fff])")
# In a document in Latin script, a full stop, ! or ? after a word (and a closing quote) ends a sentence.
_LATIN_SENTENCE_MARK = re.compile(r"[^\W_][.!?…]+[\"'’”)]*(?:\s|$)")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_TABLE_CELL = " | "  # how extraction writes a table row's cells (lines.TABLE_CELL)
_LINK_SEPARATORS = re.compile(r"\s*[|｜·•/>»]\s*")


def strip_pinyin(line: str) -> str:
    """Remove pinyin readings glued after characters and mark characters lost with them as □."""
    line = _PINYIN_NOTE.sub("", line)
    line = _PINYIN_RESIDUE.sub(LOST, line)
    line = _LOST_BEFORE_PUNCT.sub(LOST, line)
    line = _SHIFTED_GBK.sub(_unshift_gbk, line)
    line = _SHIFTED_RUN.sub(_unshift_run, line)
    line = _STRAY_TRAIL.sub(LOST, line)
    return _PRIVATE_USE.sub(LOST, line)


def _unshift_run(match: re.Match[str]) -> str:
    try:
        raw = match.group(1).encode("gb18030")
        repaired = raw[1:-1].decode("gb18030")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return match.group(0)
    if not repaired or not re.fullmatch(rf"[{_CJK}]+", repaired):
        return match.group(0)
    # The run's first and last bytes belong to the lost characters either side, which the marks stand for.
    return LOST + repaired + LOST


def _unshift_gbk(match: re.Match[str]) -> str:
    garbled = match.group(1)
    # Pages that print full-width punctuation as ASCII did so after the damage, so undo that first.
    restored = "".join(chr(ord(c) + 0xFEE0) if c.isascii() and not c.isalnum() else c for c in garbled)
    try:
        raw = restored.encode("gb18030")[1:]
        repaired = raw.decode("gb18030")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return match.group(0)
    if not re.fullmatch(rf"[{_CJK}“”‘’《》「」、，。：；！？]+", repaired):
        return match.group(0)
    return LOST + repaired


def _tidy(line: str) -> str:
    line = re.sub(r"[\u00a0\u3000\u2002\u2003\u2009\t]", " ", line)
    # zero-width characters, and the direction marks, embeddings, overrides and isolates that reorder what
    # a quote shows (a fault probe: U+202E survived cleaning into /ask's quotes, displayed backwards); soft
    # hyphens and word joiners, which a copy of a WeChat article scatters inside words and figures (3\xad000)
    line = re.sub(r"[\u200b\u200c\u200d\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069\u00ad\u2060]", "", line)
    return re.sub(r" {2,}", " ", line).strip()


def _any(patterns: list[re.Pattern[str]], norm: str) -> bool:
    return any(p.search(norm) for p in patterns)


def _is_spam(norm: str) -> bool:
    hits = sum(1 for word in _SPAM_WORDS if word in norm)
    return hits >= _SPAM_MIN_HITS and "。" not in norm


def _is_foreign(line: str) -> bool:
    """A line without any hanzi and with several Latin words: an English footer in a Chinese page (never
    applied to a document written in Latin script, whose lines are its own language: `_is_latin`)."""
    return not re.search(f"[{_CJK}]", line) and len(re.findall(r"[A-Za-z]{2,}", line)) >= 4


def _iso_date(text: str) -> str | None:
    for m in _DATE.finditer(text):
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            continue
    return None


def _is_metadata(line: str, norm: str) -> bool:
    """A short header line carrying the publication date (and often source, editor, hit counter) — never a
    table row (服务对象 | 2024年8月31日前年满6周岁…: a guide's first row states its content), nor a line
    of no metadata word setting a time limit (a slide's 首批志愿者注册截止2026年6月30日前: what the line says,
    not when the page went up; 数据更新时间：… 统计截至2025年9月30日 is metadata)."""
    return (
        len(line) <= 100
        and _TABLE_CELL not in line
        and _iso_date(line) is not None
        and (bool(_META_WORDS.search(norm)) or not (re.search(r"[。，,]", line) or TIME_LIMIT.search(norm)))
    )


def _join_page_cuts(lines: list[str]) -> list[str]:
    """Undo a document-sharing site's page cuts: lines "1、…", "2、…" … each continuing the previous one."""
    start = next((i for i, line in enumerate(lines) if line.startswith("1、")), None)
    if start is None:
        return lines
    end = start + 1
    while end < len(lines) and lines[end].startswith(f"{end - start + 1}、"):
        end += 1
    run = lines[start:end]
    mid_sentence = sum(1 for prev in run[:-1] if not prev.endswith(tuple(_SENTENCE_END)))
    # A real numbered list ends its items with punctuation; page cuts fall anywhere.
    if len(run) < 2 or mid_sentence * 2 < len(run) - 1:
        return lines
    joined = "".join(_PAGE_MARKER.sub("", line, count=1) for line in run)
    # The flattening lost paragraph breaks; section heads like "二、" after a full stop are safe to restore.
    return lines[:start] + _SECTION_HEAD.split(joined) + lines[end:]


def _footer_start(lines: list[str], latin: bool) -> int:
    seen_body = False
    for i, line in enumerate(lines):
        # an English sentence naming copyright is content; a Chinese page's long footer line still cuts
        if seen_body and _any(_FOOTER, normalize(line)) and not (latin and _is_sentence(line, latin)):
            return i
        seen_body = seen_body or len(line) >= _BODY_LEN
    return len(lines)


def _is_latin(lines: list[str]) -> bool:
    """Whether a document is written in Latin script — an English or French file among Chinese ones — not a
    Chinese page with an English footer: more Latin letters than hanzi."""
    text = "".join(lines)
    return len(_LATIN_LETTER.findall(text)) > len(re.findall(f"[{_CJK}]", text))


def _is_sentence(line: str, latin: bool) -> bool:
    """Running text: a line with sentence punctuation (in a ``latin`` document its full stops too), or one
    long enough to be a paragraph.

    Furniture patterns never apply to such a line: 网站首页 or 打印 inside a sentence is content.
    """
    if len(line) >= _BODY_LEN or _SENTENCE_MARK.search(line):
        return True
    return latin and len(line.split()) >= 3 and bool(_LATIN_SENTENCE_MARK.search(line))


def _is_furniture(line: str, norm: str, latin: bool) -> bool:
    """Site furniture wherever it appears: a short non-sentence line matching a furniture pattern."""
    if _is_spam(norm):
        return True
    if _is_sentence(line, latin):
        return False
    furniture = _any(_BOILERPLATE, norm) or _any(_FOOTER, norm) or bool(_COUNTER.search(norm))
    return furniture or (not latin and _is_foreign(line))


def _is_link_like(line: str, latin: bool) -> bool:
    """A navigation bar: three or more short items between separators (or five between spaces)."""
    if _is_sentence(line, latin):
        return False
    items = [item for item in _LINK_SEPARATORS.split(line) if item]
    if len(items) >= 3 and all(len(item) <= 8 for item in items):
        return True
    words = line.split()  # hanzi menu items are short words; English titles are made of them (How We Do It)
    return not latin and len(words) >= 5 and all(len(word) <= 4 for word in words)


_GRID_ROWS = 3  # consecutive rows of as many cells that make a table, not a navigation bar


def _grid(lines: list[str]) -> set[int]:
    """The lines of a table: runs of at least three consecutive lines of the same number of cells (two or
    more, as extraction writes them). A navigation bar is one line, or lines of different lengths; a
    timetable read from a .txt's space-aligned columns (镇 | 服务点 | 时间 over 珠玑镇 | 镇文化站 | 每月第一
    个星期二 …) above the page's first sentence is its content (eval/policy37 t08, blind)."""
    rows: set[int] = set()
    start = 0
    for i in range(len(lines) + 1):
        cells = lines[i].count(_TABLE_CELL) if i < len(lines) else 0
        if i == len(lines) or not cells or cells != lines[start].count(_TABLE_CELL):
            if i - start >= _GRID_ROWS and lines[start].count(_TABLE_CELL):
                rows.update(range(start, i))
            start = i
    return rows


def clean_document(raw: str, *, navigation: bool = True, header: bool = True) -> Cleaned:
    """Extract the article of a scraped page: clean text (title first), title, date and source.

    Content is never dropped for a phrase it contains: furniture patterns apply only to lines that are not
    sentences, and what sits before the title (site name, navigation, metadata) is dropped only in the header
    zone — the short lines above the first paragraph of a document that has one. ``navigation`` False
    (text extracted from HTML, .docx or PDF: no navigation bar) keeps link-like lines such as table rows.
    ``header`` False (an outline's nodes: every line the author's) has no header zone: a short line with a
    date (集中募捐：2026年9月5日“中华慈善日”全县集中开展) is content, not the page's date line.
    """
    lines = [strip_pinyin(t) for t in (_tidy(line) for line in _LINE_BREAK.split(raw)) if t]
    title: str | None = None
    date: str | None = None
    sources: dict[str, str] = {}

    if lines and (m := _DOC_SHARE.match(lines[0])):
        title = m.group(1).strip()
        if site := _DOC_SHARE_SITE.search(lines[0]):
            sources["site"] = site.group(1)
        lines = lines[1:]
    # An English (or other Latin-script) document's lines are its content, not a Chinese page's foreign footer
    latin = _is_latin(lines)
    lines = lines[: _footer_start(lines, latin)]
    # No paragraph at all (a contact block, a one-line statute, a list): there is no page header to strip.
    first_body = next((i for i, line in enumerate(lines) if _is_sentence(line, latin)), None)
    header_end = (first_body or 0) if header else 0

    grid = _grid(lines) if navigation else set()
    kept: list[str] = []  # content candidates, in order; header furniture dropped as we go
    labels: list[str] = []  # an attachment's label (附件1), kept above its title
    meta_at: int | None = None
    for i, line in enumerate(lines):
        norm = normalize(line)
        in_header = i < header_end
        if _COUNTER.search(norm) and not _is_sentence(line, latin):
            date = date or _iso_date(line)  # the counter line is furniture; its date is the page's
        link_like = navigation and in_header and i not in grid and _is_link_like(line, latin)
        if _is_furniture(line, norm, latin) or link_like:
            if in_header and not _is_sentence(line, latin) and _any(_BOILERPLATE[1:2], norm):
                kept.clear()  # a breadcrumb: whatever came before it was navigation too
            continue
        if in_header and _is_metadata(line, norm):
            date = date or _iso_date(line)
            if m := _SOURCE.search(norm):
                sources.setdefault("stated", _original_span(line, norm, m))
            meta_at = len(kept)
            continue
        kept.append(line)
    # kept lines above the first paragraph (0 when the document has none: then there is no header)
    header_kept = next((i for i, line in enumerate(kept) if _is_sentence(line, latin)), 0)

    heads = kept[:header_kept]
    official = next((i for i, line in enumerate(heads) if OFFICIAL_TITLE.search(normalize(line))), None)
    # (the body, number and a page's 索引号 rows above an official title are a few lines: a form's 审核意见
    # row under its title and seven rows is no title of its own — eval/policy33's 申报表, written blind)
    if official is not None and official > _ABOVE_OFFICIAL:
        official = None
    if title is None and official is not None and official > 0:
        # An official document (GB/T 9704): the issuing body and its number (发文字号) stand above the title;
        # they are content, not a site's furniture — the title goes first, they stay.
        title = kept[official]
        kept = kept[:official] + kept[official + 1 :]
    elif title is None and kept and header_kept > 0:
        label = _labelled(kept, header_kept)
        if meta_at is not None and meta_at > label:
            pick = meta_at - 1  # the headline sits right above its date line
        else:
            pick = label if not _REMARK.sub("", kept[label]).endswith(tuple(_SENTENCE_END)) else -1
        if pick >= 0 and _TABLE_CELL not in kept[pick]:  # a table's first row is no headline
            title = kept[pick]
            site_lines = kept[label:pick]
            # above the headline: a page's site name and navigation go (a sentence there is content and
            # stays); text extracted from a file or a page's main content has none: all of it stays
            above = [line for line in site_lines if _is_sentence(line, latin) or not navigation]
            labels, kept = kept[:label], above + kept[pick + 1 :]
            for line in site_lines:
                if m := _SITE_NAME.match(line):
                    sources.setdefault("site", m.group(1))
                    break
    elif title is None and kept and first_body is None and len(kept) > 1 and not _is_sentence(kept[0], latin):
        # a short first line over other lines reads as the title (an attachment's: the line after its label)
        label = _labelled(kept, len(kept) - 1)
        if not label or _TABLE_CELL not in kept[label]:
            labels, title, kept = kept[:label], kept[label], kept[label + 1 :]
    if title and (m := _TITLE_TAG.match(title)):
        sources.setdefault("tag", m.group(1))
        title = m.group(2).strip()

    kept = _drop_bylines(kept, sources)
    kept = join_page_breaks(_join_page_cuts(kept))
    if title and kept and kept[0].startswith(title):
        kept[0] = kept[0][len(title) :].lstrip(" :：,，")
        if not kept[0]:
            kept = kept[1:]

    source = next((sources[k] for k in ("stated", "org", "tag", "site") if k in sources), None)
    text = "\n".join(labels + ([title] if title else []) + kept)
    return Cleaned(text=text, title=title, date=date, source=source)


_ABOVE_OFFICIAL = 4  # lines above an official title: the issuing body, its number, a 签发人, a date


def _labelled(kept: list[str], limit: int) -> int:
    """1 when the first line is an attachment's label (附件, 附件1：) with another of the ``limit``
    lines of the header below it: its title is that line, not the label; else 0."""
    return int(limit > 1 and ATTACHMENT_LABEL.fullmatch(normalize(kept[0])) is not None)


def _original_span(line: str, norm: str, m: re.Match[str]) -> str:
    # normalize() keeps length for CJK text, so the match offsets point into the original line too.
    if len(norm) == len(line):
        return line[m.start(1) : m.end(1)]
    return m.group(1)


def _drop_bylines(lines: list[str], sources: dict[str, str]) -> list[str]:
    """Remove trailing author/reporter/organisation lines; an organisation line names the source."""
    lines = list(lines)
    while lines:
        last = lines[-1]
        m = _PARENTHESIZED.match(last)
        if not m or re.search(r"[。，,；;]", m.group(1)):
            break
        lines.pop()
        inner = m.group(1).strip()
        if not _BYLINE.match(normalize(last)):
            sources.setdefault("org", inner)
    if lines:
        lines[-1] = _TRAILING_BYLINE.sub("", lines[-1])
    return [line for line in lines if line]
