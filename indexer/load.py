"""Turning a file into plain text: encoding detection and .txt/.md/.html/.docx/.pdf extraction.

Nothing here cleans the text (see ``clean.py``); it only gets the characters out faithfully.
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import charset_normalizer

from indexer.normalize import normalize

logger = logging.getLogger(__name__)

SUPPORTED_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")

# Tried explicitly because charset detection on short Chinese texts often guesses a wrong CJK codec.
# gb18030 is a superset of gbk/gb2312 and cp950 of big5, so each family needs one entry.
_CHINESE_CODECS: tuple[str, ...] = ("gb18030", "cp950")
_CODEC_FAMILY = {
    "gbk": "gb18030",
    "gb2312": "gb18030",
    "hz": "gb18030",
    "big5": "cp950",
    "big5hkscs": "cp950",
}
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
# Share of control/replacement characters above which decoded bytes are treated as binary.
_MAX_JUNK_SHARE = 0.01
# Below this share of everyday characters a "Chinese" decoding is taken to be the wrong codec.
_MIN_COMMONNESS = 0.5
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _junk_share(text: str) -> float:
    if not text:
        return 0.0
    junk = sum(
        1
        for ch in text
        if ch == "\ufffd" or (unicodedata.category(ch) == "Cc" and ch not in _ALLOWED_CONTROLS)
    )
    return junk / len(text)


def _commonness(text: str) -> float:
    """Share of CJK characters that are everyday characters (GB2312 level 1 once simplified).

    Right decodings of Chinese text score high in either script; a GBK/Big5 mix-up produces rare
    characters and scores low, which is what separates the two codecs where both decode strictly.
    """
    chars = _CJK.findall(normalize(text[:4000]))
    if not chars:
        return 0.0
    common = 0
    for ch in chars:
        try:
            encoded = ch.encode("gb2312")
        except UnicodeEncodeError:
            continue
        if 0xB0 <= encoded[0] <= 0xD7:
            common += 1
    return common / len(chars)


def _not_text(what: str) -> ValueError:
    return ValueError(
        f"{what} is not a text file (binary content or an unknown encoding); "
        f"upload UTF-8, GB18030/GBK or Big5 text, or one of {', '.join(SUPPORTED_SUFFIXES)}"
    )


def decode_bytes(data: bytes, *, name: str = "the document") -> str:
    """Decode ``data`` to text: UTF-8 (with or without BOM) first, then the likeliest Chinese codec.

    Raises ValueError for binary data (NUL bytes, control characters, undecodable bytes).
    """
    if not data:
        return ""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
        if _junk_share(text) > _MAX_JUNK_SHARE:
            raise _not_text(name)
        return text
    if b"\x00" in data:
        raise _not_text(name)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_legacy(data, name)
    if _junk_share(text) > _MAX_JUNK_SHARE:
        raise _not_text(name)
    return text


def _decode_legacy(data: bytes, name: str) -> str:
    # A Chinese reading wins whenever it is plausible: detectors happily call a short GBK text cp949 or
    # cp932, whose decodings are valid but meaningless.
    best: tuple[float, str] | None = None
    for codec in _CHINESE_CODECS:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        visible = sum(1 for ch in text if not ch.isspace()) or 1
        if len(_CJK.findall(text)) / visible < 0.2:
            continue
        score = _commonness(text)
        if best is None or score > best[0]:
            best = (score, text)
    if best is not None and best[0] >= _MIN_COMMONNESS:
        return best[1]
    match = charset_normalizer.from_bytes(data).best()
    if match is None:
        raise _not_text(name)
    codec = _CODEC_FAMILY.get(match.encoding, match.encoding)
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return str(match)


# ---------------------------------------------------------------------------------------------- HTML

_BLOCK_TAGS = frozenset(
    "address article aside blockquote br caption dd details div dl dt figcaption figure footer form h1 h2 h3 "
    "h4 h5 h6 header hr li main nav ol p pre section summary table tbody thead tfoot tr ul".split()
)
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe", "object"})
_CELL_TAGS = frozenset({"td", "th"})


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0
        self._pre_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip_depth += 1
        elif tag == "pre":
            self._pre_depth += 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")
        elif tag in _CELL_TAGS:
            self.parts.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag == "pre":
            self._pre_depth = max(0, self._pre_depth - 1)
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._skip_depth:
            return
        # Source newlines inside running text are layout, not structure; <pre> keeps them.
        self.parts.append(data if self._pre_depth else re.sub(r"[ \t\r\n\f]+", " ", data))


def html_to_text(html: str) -> str:
    """Visible text of an HTML page: one block element per line, entities unescaped."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    lines = (line.strip() for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


# ---------------------------------------------------------------------------------------- extraction


def _docx_text(data: bytes, name: str) -> str:
    try:
        import docx
    except ImportError as e:  # pragma: no cover - python-docx is a declared dependency
        raise ValueError(
            "reading .docx needs python-docx; install the project with `pip install -e .`"
        ) from e
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as e:  # python-docx raises several unrelated types for a corrupt file
        raise ValueError(
            f"{name} is not a readable .docx file ({e}); re-save it from Word or upload text"
        ) from e
    lines = [p.text.strip() for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" ".join(cell.text.strip() for cell in row.cells))
    return "\n".join(line for line in lines if line)


def _pdf_text(data: bytes, name: str) -> str:
    try:
        import pypdf
    except ImportError as e:  # pragma: no cover - pypdf is a declared dependency
        raise ValueError("reading .pdf needs pypdf; install the project with `pip install -e .`") from e
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as e:  # pypdf raises many error types for damaged files
        raise ValueError(f"{name} is not a readable .pdf file ({e}); upload the text instead") from e
    text = "\n".join(page.strip() for page in pages if page.strip())
    if not text:
        raise ValueError(f"{name} has no extractable text (a scanned PDF?); run OCR first or upload the text")
    return text


def extract_text(data: bytes, suffix: str, *, name: str = "the document") -> str:
    """Plain text of a file's bytes, chosen by its suffix (one of ``SUPPORTED_SUFFIXES``)."""
    suffix = suffix.lower()
    if suffix and not suffix.startswith("."):
        suffix = "." + suffix
    if suffix in (".txt", ".md"):
        return decode_bytes(data, name=name)
    if suffix in (".html", ".htm"):
        return html_to_text(decode_bytes(data, name=name))
    if suffix == ".docx":
        return _docx_text(data, name)
    if suffix == ".pdf":
        return _pdf_text(data, name)
    raise ValueError(
        f"{name}: unsupported file type {suffix or '(no suffix)'!r}; "
        f"supported: {', '.join(SUPPORTED_SUFFIXES)}"
    )


def read_document(path: Path) -> str:
    """Plain text of the file at ``path`` (see ``extract_text``)."""
    path = Path(path)
    if not path.is_file():
        raise ValueError(f"{path} does not exist or is not a file; pass the path of a document")
    return extract_text(path.read_bytes(), path.suffix, name=str(path))
