"""A UOF document (统一办公文档格式, GB/T 20916 — .uof, .uot, .uos, .uop), as WPS Office and 永中 Office save
for a government office that must file in the national format: 征兵通告.uof (eval/policy32, blind).

UOF 1.0 is one XML file whose element names are Chinese (字:段落, 字:句, 字:文本串); UOF 2.0 zips its parts,
the body in content.xml, and suffixes each name with a code (字:段落_416B). Both are read alike, by each
element's name before the code: a paragraph (段落) is a line, the text of its runs (文本串) joined — a figure
set bold in a run of its own (报名截止时间为<字:句>…2026年8月10日</字:句>) is part of its sentence —
with its spaces (空格符, 个数 of them), tabs and line breaks; a table's or a sheet's row (行) is a line of its
cells (单元格) joined by `` | ``. The title is the metadata's (元数据/标题). Styles, embedded objects (images
as base64), bookmarks and user data are not text. The parser is xmldoc.py's: internal entities within
libxml2's cap, never an external one; a zipped package is bounded as a .docx is.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from indexer.decode import DocumentError
from indexer.wordx import check_docx_zip

# What is no text: styles, rules, embedded objects (base64), bookmarks, links, user data, metadata
_SKIP = frozenset(
    "元数据 式样集 公用处理规则 对象集 对象数据 书签集 链接集 用户数据集 扩展区 句属性 段落属性 文字表属性 "
    "单元格属性 行属性 列属性 工作表属性 预定义图形 锚点属性 修订信息集 批注集".split()
)
_CODE = re.compile(r"_[0-9A-Fa-f]{4}$")
_SPACES = re.compile(r"[ \t\u3000]+")


def read_uof(data: bytes, name: str) -> tuple[str, str | None]:
    """(text, title) of a UOF file's bytes (one XML file, or a UOF 2.0 zip package)."""
    from lxml import etree

    xml = _content(data, name) if data[:2] == b"PK" else data
    parser = etree.XMLParser(
        resolve_entities="internal", no_network=True, remove_comments=True, remove_pis=True, huge_tree=False
    )
    try:
        root = etree.fromstring(xml, parser)
    except etree.XMLSyntaxError as e:
        raise DocumentError(name, f"is not a well-formed UOF document ({e}); save it again") from None
    if root is None or not any(_base(e) in ("段落", "单元格") for e in root.iter()):
        raise DocumentError(name, "is no UOF document (no 字:段落 or 表:单元格 in it); save it again")
    title = next((_flat(e) for e in root.iter() if _base(e) == "标题" and _flat(e)), None)
    lines: list[str] = []
    _walk(root, lines)
    return "\n".join(line for line in lines if line), title


def _content(data: bytes, name: str) -> bytes:
    """The body part of a UOF 2.0 package: content.xml, else its first XML part holding a paragraph."""
    check_docx_zip(data, name, ".uof", "WPS or 永中 Office")
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        names = package.namelist()
        parts = [n for n in names if n.rsplit("/", 1)[-1] == "content.xml"]
        parts += [n for n in names if n.endswith(".xml") and n not in parts]
        for part in parts:
            body = package.read(part)
            if "段落".encode() in body or "单元格".encode() in body:
                return body
    raise DocumentError(name, "is a zip holding no UOF body (content.xml); save it again")


def _base(element: Any) -> str:
    """An element's name without its namespace and UOF 2.0's code (字:段落_416B → 段落)."""
    tag = element.tag
    local = tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""
    return _CODE.sub("", local)


def _flat(element: Any) -> str:
    return _SPACES.sub(" ", "".join(element.itertext())).strip()


def _walk(element: Any, lines: list[str]) -> None:
    for child in element:
        base = _base(child)
        if not base or base in _SKIP:
            continue
        if base == "段落":
            lines.extend(_SPACES.sub(" ", line).strip() for line in _inline(child).split("\n"))
        elif base == "行" and any(_base(c) == "单元格" for c in child):
            cells = [_cell(c) for c in child if _base(c) == "单元格"]
            if any(cells):
                lines.append(" | ".join(cells))
        else:
            _walk(child, lines)


def _cell(cell: Any) -> str:
    parts: list[str] = []
    _walk(cell, parts)
    return " ".join(p for p in parts if p) or _SPACES.sub(" ", _inline(cell)).strip()


def _inline(element: Any) -> str:
    """A paragraph's text: its runs' strings, spaces, tabs and line breaks, in order."""
    out: list[str] = []
    for node in element.iter():
        base = _base(node)
        if base == "文本串":
            out.append(node.text or "")
        elif base == "空格符":
            count = next((v for k, v in node.attrib.items() if k.rsplit("}", 1)[-1] == "个数"), "1")
            out.append(" " * min(int(count) if count.isdigit() else 1, 8))
        elif base == "制表符":
            out.append("\t")
        elif base == "换行符":
            out.append("\n")
        elif base in ("数据",) and node.text and node.text.strip():  # a sheet cell's plain value
            out.append(node.text)
    return "".join(out)
