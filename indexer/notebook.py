"""A Jupyter notebook (.ipynb: a county's 借阅数据分析, a statistics office's worked figures) as a
document: what its reader is told. That is the markdown cells, read as a .md file is (借阅总量**4.37**万册次
reads 4.37万册次: eval/policy37, written blind), and what the code printed or showed — a stream's stdout,
and a result's HTML (a DataFrame's table, read as a page's table, its default row numbers 0, 1, 2 … left
out), else its Markdown, else its plain text. A raw cell is text as it is.

The code itself is not read: it is how the figures were made (pd.read_excel('借阅登记_2025.xlsx'),
groupby('乡镇')), not what they are — an analyst's findings are in the markdown and the outputs, and code
would match a question by its column names alone. Nor are images (a chart), the repr a figure leaves as its
plain text (<Figure size 800x500 with 1 Axes>, <AxesSubplot:…>), stderr (warnings, progress bars) or an
error's traceback. nbformat 4 (``cells``) and 3 (``worksheets``' cells, outputs keyed by short names). The
title is the notebook's metadata title, else its first markdown cell's level-1 heading.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from indexer.decode import DocumentError
from indexer.extracted import MAX_MAIL_BYTES
from indexer.jsondoc import json_document
from indexer.reflow import unwrap_text
from indexer.webpage import markdown_title, read_markdown

# a notebook's figures are in it, base64 (a plotly chart's script several MB): bounded as an e-mail with its
# attachments is, its text then as any document's
MAX_NOTEBOOK_BYTES = MAX_MAIL_BYTES
# nbformat 3's output keys, as 4 names them
_V3_KEYS = {"text": "text/plain", "html": "text/html", "markdown": "text/markdown", "png": "image/png"}
_V3_KEYS |= {"jpeg": "image/jpeg", "svg": "image/svg+xml"}
# an object's repr, no result: <Figure size 800x500 with 1 Axes>, [<matplotlib.lines.Line2D at 0x7f…>]
_REPR = re.compile(r"^\s*\[?\s*<[\w.:]+[^<>\n]{0,200}>\s*\]?\s*$")
# a pandas table's row numbers: a body row opening with <th>0</th>, its header row with an empty <th></th>
_ROW_NUMBER = re.compile(r"(<tr\b[^<>]{0,200}>\s*)<th\b[^<>]{0,200}>\s*(\d{1,9})\s*</th>")
_CORNER = re.compile(r"(<tr\b[^<>]{0,200}>\s*)<th\b[^<>]{0,200}>\s*</th>")


def read_notebook(data: bytes, name: str, html_text: Callable[[str], str]) -> tuple[str, str | None]:
    """(text, title) of an .ipynb file's bytes: its cells' text and outputs in order."""
    notebook = json_document(data, name, "it is no Jupyter notebook")
    cells = _cells(notebook)
    if cells is None:
        raise DocumentError(name, "is JSON but no Jupyter notebook (it has no cells)")
    blocks: list[str] = []
    first_heading: str | None = None
    seen_markdown = False
    for cell in cells:
        kind = cell.get("cell_type")
        source = _joined(cell.get("source", cell.get("input")))
        if kind == "markdown":
            if not seen_markdown:
                first_heading, seen_markdown = markdown_title(source), True
            blocks.append(unwrap_text(read_markdown(source)))
        elif kind in ("raw", "heading"):  # (a heading cell: nbformat 3's)
            blocks.append(source)
        elif kind == "code":
            outputs = cell.get("outputs")
            for output in outputs if isinstance(outputs, list) else []:
                if isinstance(output, dict):
                    blocks.append(_output_text(output, html_text))
    metadata = notebook.get("metadata")
    stated = metadata.get("title") if isinstance(metadata, dict) else None
    title = stated.strip() if isinstance(stated, str) and stated.strip() else first_heading
    text = "\n".join(block.strip("\n") for block in blocks if block.strip())
    return text, title


def _cells(notebook: Any) -> list[dict[str, Any]] | None:
    """A notebook's cells (nbformat 4's, or those of 3's worksheets); None for JSON of no cells."""
    if not isinstance(notebook, dict):
        return None
    cells = notebook.get("cells")
    if cells is None and isinstance(notebook.get("worksheets"), list):
        sheets = [s.get("cells") for s in notebook["worksheets"] if isinstance(s, dict)]
        cells = [cell for sheet in sheets if isinstance(sheet, list) for cell in sheet]
    if not isinstance(cells, list):
        return None
    return [cell for cell in cells if isinstance(cell, dict)]


def _output_text(output: dict[str, Any], html_text: Callable[[str], str]) -> str:
    """What an output shows in words: stdout's lines, a result's HTML, Markdown or else plain text."""
    kind = output.get("output_type")
    if kind == "stream":
        stream = output.get("name", output.get("stream"))
        return unwrap_text(_joined(output.get("text"))) if stream == "stdout" else ""
    if kind not in ("execute_result", "display_data", "pyout", "update_display_data"):
        return ""  # (an error's traceback)
    data = output.get("data")
    bundle = data if isinstance(data, dict) else {_V3_KEYS.get(k, k): v for k, v in output.items()}
    if shown := _joined(bundle.get("text/html")).strip():
        return html_text(_without_row_numbers(shown))
    if shown := _joined(bundle.get("text/markdown")).strip():
        return unwrap_text(read_markdown(shown))
    plain = _joined(bundle.get("text/plain"))
    if any(str(key).startswith("image/") for key in bundle) or _REPR.match(plain):
        return ""  # (a chart's repr)
    return unwrap_text(plain)


def _without_row_numbers(html: str) -> str:
    """A pandas table's HTML without its default index (0, 1, 2 … heading each row, an empty corner cell
    above them): columns of no meaning to a reader. Any other index (乡镇, dates) is a column kept."""
    numbers = [int(number) for _, number in _ROW_NUMBER.findall(html)]
    if "dataframe" not in html or not numbers or numbers != list(range(len(numbers))):
        return html
    return _CORNER.sub(r"\1", _ROW_NUMBER.sub(r"\1", html))


def _joined(value: Any) -> str:
    """A notebook's multi-line string: one string, or a list of its lines."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(part for part in value if isinstance(part, str))
    return ""
