"""What the generator scripts of the blind probe collections (eval/policy4 … eval/policy7 make_docs.py) share:
writing a collection's files (text in an encoding, .docx with tables, a hard-wrapped reportlab PDF) and the
HTML pieces their pages are built of. Each collection keeps its own page furniture (gov_page): the point of
them is that sites differ. The files are committed as data; the scripts were run once.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from pathlib import Path

import docx
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas


def paras(text: str) -> str:
    return "\n".join(f"<p>{line.strip()}</p>" for line in text.strip().splitlines() if line.strip())


def table(rows: list[list[str]], attrs: str, thead: bool = True) -> str:
    """An HTML table of ``rows`` (the first the column names), in <thead> or as the body's first row."""
    head = "".join(f"<th>{c}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:])
    if thead:
        return f"<table {attrs}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    return f"<table {attrs}><tbody><tr>{head}</tr>{body}</tbody></table>"


def kv_table(text: str, attrs: str) -> str:
    """A guide's key-value table from ``字段|内容`` lines, its first row the column names (no <thead>)."""
    rows = [line.split("|", 1) for line in text.strip().splitlines()]
    return table(rows, attrs, thead=False)


def hard_wrap(text: str, width: int) -> list[str]:
    out: list[str] = []
    for line in text.strip().splitlines():
        line = line.strip()
        if not line:
            out.append("")
            continue
        out.extend(line[i : i + width] for i in range(0, len(line), width))
    return out


class Collection:
    """Writes a collection's files under ``root``."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, rel: str) -> Path:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        return path

    def write(self, rel: str, text: str, encoding: str = "utf-8") -> None:
        self._path(rel).write_bytes(text.encode(encoding))

    def write_bytes(self, rel: str, data: bytes) -> None:
        self._path(rel).write_bytes(data)

    def write_docx(
        self,
        rel: str,
        blocks: list,
        header: str = "",
        footer: str = "",
        stamp: tuple[int, int, int, int, int, int] | None = None,
    ) -> None:
        """Paragraphs, headings (# and ##) and tables (a list of rows) in a .docx, with a header and footer;
        with ``stamp``, every zip entry carries that one time (a second run writes the same bytes)."""
        d = docx.Document()
        for b in blocks:
            if isinstance(b, list):
                t = d.add_table(rows=len(b), cols=len(b[0]))
                t.style = "Table Grid"
                for i, row in enumerate(b):
                    for j, cell in enumerate(row):
                        t.cell(i, j).text = cell
            elif b.startswith("##"):
                d.add_heading(b.lstrip("# "), level=2)
            elif b.startswith("#"):
                d.add_heading(b.lstrip("# "), level=1)
            else:
                d.add_paragraph(b)
        if header:
            d.sections[0].header.paragraphs[0].text = header
        if footer:
            d.sections[0].footer.paragraphs[0].text = footer
        d.save(str(self._path(rel)))
        if stamp:
            path = self._path(rel)
            with zipfile.ZipFile(path) as z:
                entries = [(info.filename, z.read(info)) for info in z.infolist()]
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
                for name, data in entries:
                    z.writestr(zipfile.ZipInfo(name, date_time=stamp), data, zipfile.ZIP_DEFLATED)

    def write_pdf(
        self,
        rel: str,
        pages: list[str],
        header: str,
        width: int,
        page_label: Callable[[int, int], str],
        x: int,
    ) -> None:
        """A printed document: each page hard-wrapped at ``width`` characters under a running header, its
        ``page_label(n, total)`` at ``x`` at the foot."""
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        c = canvas.Canvas(str(self._path(rel)), pagesize=A4)
        for n, page in enumerate(pages, 1):
            c.setFont("STSong-Light", 9)
            c.drawString(72, 800, header)
            c.setFont("STSong-Light", 12)
            y = 770
            for line in hard_wrap(page, width):
                c.drawString(72, y, line)
                y -= 20
            c.setFont("STSong-Light", 9)
            c.drawString(x, 40, page_label(n, len(pages)))
            c.showPage()
        c.save()


def portal_page(title: str, site: str, crumb: str, meta: str, body: str, icp: str, related: str = "") -> str:
    """A government portal's article page, its navigation, share bar, related links and footer around it
    (eval/policy6 and eval/policy7)."""
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}-{site}</title>
<meta name="keywords" content="{site},政务公开,办事服务">
<script type="text/javascript">var _hmt = _hmt || [];(function(){{var hm=document.createElement("script");}})();</script>
</head>
<body>
<div class="topbar"><span>欢迎访问{site}门户网站！</span> <a href="#">简体</a>|<a href="#">繁體</a> <a>适老化服务</a> <a>无障碍浏览</a> <a>个人登录</a> <a>法人登录</a></div>
<div class="search"><input type="text" value="请输入关键字"> <a>搜索</a> 热门搜索：社保 医保 公积金 招聘</div>
<ul class="nav"><li>首页</li><li>政务公开</li><li>政务服务</li><li>政民互动</li><li>数据开放</li><li>专题专栏</li></ul>
<div class="weizhi">您当前的位置：首页 &gt; {crumb}</div>
<div class="article">
<h2 class="title">{title}</h2>
<div class="info">{meta}　【字体：大 中 小】　阅读量：<span id="count">2046</span>　<a>打印</a> <a>收藏</a></div>
<div class="content" id="zoom">
{body}
</div>
<div class="fx">分享到：微信 微博 QQ空间</div>
<div class="pagechange"><p>上一篇：关于2024年第三季度政府网站与政务新媒体检查情况的通报</p><p>下一篇：关于做好2024年防汛防台风工作的通知</p></div>
</div>
<div class="related"><h3>相关链接</h3>{related or "<p>· 国务院客户端</p><p>· 政务服务“好差评”</p>"}</div>
<div class="footer"><p>网站地图 | 联系我们 | 隐私声明</p><p>主办：{site}办公室　承办：{site}大数据中心</p><p>{icp}　网站标识码：5201110003　公网安备 52011102000123号</p><p>您是本站第 8826511 位访问者</p></div>
</body></html>
"""


def news_page(
    title: str, site: str, meta: str, body: str, icp: str, related: list[str], *, crumb: str
) -> str:
    """A news site's article: the portal page, its related links a list, under ``crumb`` (新闻 &gt; 民生)."""
    links = "".join(f"<p>· {r}</p>" for r in related)
    return portal_page(title, site, crumb, meta, body, icp, links)


def write_questions(questions: Sequence[tuple], folder: Path) -> None:
    """``folder``/questions.jsonl from (id, kind, question, answer, doc, keys[, page]) rows; a regions
    question's answer is its list of regions."""
    with (folder / "questions.jsonl").open("w", encoding="utf-8") as f:
        for i, kind, question, answer, doc, keys, *page in questions:
            row: dict[str, object] = {
                "id": i,
                "kind": kind,
                "question": question,
                "answer": "、".join(answer) if isinstance(answer, list) else answer,
                "doc": doc,
                "keys": keys,
            }
            if kind == "regions":
                row["regions"] = answer
            if page:
                row["page"] = page[0]
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(questions), "questions")


def check_roundups(news: str, planned: Sequence[str], passing: Sequence[str]) -> None:
    """Each planned-only region is named beside 拟 / 将 / 计划 in the roundups' ``news``; each passing one is
    named."""
    for region in planned:
        assert re.search(rf"{region}[^。]*?(?:拟|将|计划)", news), region
    for region in passing:
        assert region in news, region


def check_questions(
    questions: Sequence[tuple],
    text_of: Callable[[str], str],
    planned: Sequence[str],
    passing: Sequence[str],
    neighbours: Sequence[str],
    traditional: Callable[[str], bool],
) -> None:
    """The blind collections' rules for their questions: an unanswerable one lists no key nor document and
    asks a planned-only region or is one of the ``neighbours``; a which-regions one expects two regions,
    each named in a listed document and none planned-only or passing; any other's every key stands in a
    listed document's text (``text_of`` a document as listed), and a traditional one is written so."""
    for i, kind, question, answer, docs, keys, *_ in questions:
        texts = [text_of(d) for d in docs.split(" | ")] if docs != "-" else []
        if kind == "unanswerable":
            assert not keys and not texts and answer.startswith("应拒答"), i
            assert any(p in question for p in planned) or i in neighbours, i
            continue
        if kind == "regions":
            assert len(answer) == 2, i
            for region in answer:
                assert any(region in t for t in texts), (i, region)
                assert not any(p in region for p in [*planned, *passing]), (i, region)
            continue
        assert keys, i
        for key in keys:
            assert any(key in t for t in texts), (i, key)
        if kind == "traditional":
            assert traditional(question), i
    kinds: dict[str, int] = {}
    for q in questions:
        kinds[q[1]] = kinds.get(q[1], 0) + 1
    assert len({q[0] for q in questions}) == len(questions)
    print("keys checked:", kinds, len(questions))


Stamp = tuple[int, int, int, int, int, int]


def restamp(data: bytes, when: str, stamp: Stamp) -> bytes:
    """A zip package (.docx, .xlsx) rewritten with ``stamp`` as every entry's time and ``when`` as its created
    and modified dates, so that a second run writes the same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + when.encode(), body)
            z.writestr(zipfile.ZipInfo(info.filename, date_time=stamp), body, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def docx_bytes(blocks: list, header: str, footer: str, author: str, when: str, stamp: Stamp) -> bytes:
    """Headings (# and ##), paragraphs and tables (a list of rows, bold header) in a .docx (eval/policy23 on)."""
    d = docx.Document()
    for b in blocks:
        if isinstance(b, list):
            t = d.add_table(rows=len(b), cols=len(b[0]))
            t.style = "Table Grid"
            for i, row in enumerate(b):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        t.cell(i, j).paragraphs[0].runs[0].bold = True
        elif b.startswith("##"):
            d.add_heading(b.lstrip("# "), level=2)
        elif b.startswith("#"):
            d.add_heading(b.lstrip("# "), level=1)
        else:
            d.add_paragraph(b)
    d.sections[0].header.paragraphs[0].text = header
    d.sections[0].footer.paragraphs[0].text = footer
    d.core_properties.author = author
    d.core_properties.created = d.core_properties.modified = datetime.fromisoformat(when.rstrip("Z"))
    buf = io.BytesIO()
    d.save(buf)
    return restamp(buf.getvalue(), when, stamp)


def zip_package(entries: list[tuple[str, str]], stamp: Stamp) -> bytes:
    """An OpenDocument / EPUB container: ``mimetype`` first and stored, the rest deflated, ``stamp`` on all."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, text in entries:
            method = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zipfile.ZipInfo(name, date_time=stamp), text.encode("utf-8"), method)
    return out.getvalue()


# ---------- shared by the collections' make_questions.py ----------
def both(*docs: str) -> str:
    """A question's documents, as its ``doc`` field lists them."""
    return " | ".join(docs)


def doc_path(doc: str) -> str:
    """The path of a ``doc`` entry, its note in brackets after it (no file name here has an ASCII bracket)."""
    return doc.split(" (", 1)[0]


def not_utf8(data: bytes) -> bool:
    """``data`` is not UTF-8 (a GBK page's bytes)."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def in_bytes(key: str, data: bytes) -> bool:
    """``key`` stands in ``data`` in one of the encodings a file may hold it in."""
    return any(key.encode(enc) in data for enc in ("utf-8", "gb18030", "utf-16-le", "utf-16-be"))


class Documents:
    """A collection's documents as its make_questions.py reads them: a ``doc`` entry's bytes, a part of a zip
    package, and a document's text by the reader of its suffix (``readers``, tried in order)."""

    def __init__(self, docs: Path, readers: Sequence[tuple[str, Callable[[bytes], str]]]) -> None:
        self.docs = docs
        self.readers = readers

    def raw(self, doc: str) -> bytes:
        return (self.docs / doc_path(doc)).read_bytes()

    def part(self, doc: str, name: str) -> bytes:
        with zipfile.ZipFile(io.BytesIO(self.raw(doc))) as package:
            return package.read(name)

    def text(self, rel: str) -> str:
        """A document's text as decoded from its bytes."""
        read = next((read for suffix, read in self.readers if rel.endswith(suffix)), None)
        if read is None:
            raise AssertionError(rel)
        return read((self.docs / rel).read_bytes())

    def texts(self) -> dict[str, str]:
        """Every file's text, by its path under the documents' folder."""
        files = sorted(p for p in self.docs.rglob("*") if p.is_file())
        return {str(p.relative_to(self.docs)): self.text(str(p.relative_to(self.docs))) for p in files}

    def check_placed(
        self, texts: Mapping[str, str], only: Mapping[str, Sequence[str]], cut: Mapping[str, Sequence[str]]
    ) -> None:
        """The answers that stand in one document's text alone (``only``), and the keys cut in its bytes
        (``cut``: in the decoded text, not in the file nor, for a zip, in any of its parts)."""
        for doc, keys in only.items():
            for key in keys:
                assert [r for r, t in texts.items() if key in t] == [doc_path(doc)], key
        for doc, keys in cut.items():
            data = self.raw(doc)
            parts = [data]
            if data.startswith(b"PK"):
                with zipfile.ZipFile(io.BytesIO(data)) as package:
                    parts += [package.read(n) for n in package.namelist()]
            for key in keys:
                assert key in texts[doc_path(doc)] and not any(in_bytes(key, p) for p in parts), key
