"""A PDF form's filled fields (AcroForm), read with the page that shows them.

A filled 申请表 or 核定表 often holds its values only as field values: the page's content draws the printed
labels (核定补助金额：) and empty boxes, each box a widget annotation whose field holds the value (/V), shown
by the viewer (/NeedAppearances) or by the widget's own appearance stream — neither of which pypdf's text
extraction reads. The values were lost: 「核定补助金额：」 was read, 12000元 was not.

Each page's filled fields are read after its text, a line each, 「核定补助金额：12000元」: the field's label
(its /TU, the name a viewer shows a reader — without a prompt's 请填写 — else its name, /T, joined to its
parents' for a hierarchical name), then its value — a text field's text, a choice's option, a checkbox or
radio button's on-state name when it is checked. Empty and unchecked fields, push buttons and signatures
are left out; on a page whose text holds most of its values (a form flattened into its content, fields
kept) those values are not read twice. A field shown on several pages is read with the first. (pypdf reads
neither widget annotations' appearance streams nor field values, in either mode: a page's text is its
content's alone.)
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["FieldsRead", "field_lines"]

_PUSH_BUTTON = 1 << 16  # /Ff bit 17
_MAX_DEPTH = 32  # parents followed up a field's hierarchy (a loop of /Parent links is the file's mistake)
_INDEX = re.compile(r"\[\d+\]$")  # form1[0].page1[0].申请人[0]: an XFA form's names
_GENERIC_PART = re.compile(r"#?(?:subform|form|page|topmostsubform)\d*", re.I)
_SPACE = re.compile(r"\s+")
_LABEL_END = "：:"
# a tooltip that prompts rather than names (请填写申请人, 请输入联系电话): the name after the prompt
_PROMPT = re.compile(r"^(?:请\s*(?:填写|输入|选择|填入|录入)|填写|输入)\s*(?:您的|你的)?\s*(?=\S)")


class FieldsRead:
    """The fields read so far, over the pages of one document (a field is read once)."""

    def __init__(self) -> None:
        self.seen: set[int] = set()


def field_lines(page: Any, text: str, read: FieldsRead) -> list[str]:
    """The lines of the page's filled fields (see the module's docstring); ``text``: the page's text as read,
    which a value it already shows is not read again from."""
    found: list[tuple[str, str, bool]] = []  # (label, value, a button's)
    for widget in _widgets(page):
        field = _field(widget)
        key = id(field) if field.indirect_reference is None else field.indirect_reference.idnum
        if key in read.seen:
            continue
        value = _value(widget, field)
        if value is None:
            continue
        read.seen.add(key)
        found.append((_label(field), value, _attribute(field, "/FT") == "/Btn"))
    # A value the page's text holds may be printed there by chance (历史建筑 in the form's title, 男 in
    # 性别（男/女）): the page is taken to show its values — a form flattened into its content, its fields
    # kept — only when it holds at least two of them and most of them; then those it holds are not read again.
    squashed = _SPACE.sub("", text)
    held = [_SPACE.sub("", value) in squashed for _, value, button in found if not button]
    flattened = sum(held) >= 2 and 2 * sum(held) > len(held)
    lines = []
    for label, value, button in found:
        if flattened and not button and _SPACE.sub("", value) in squashed:
            continue
        lines.append(f"{label}：{value}" if label else value)
    return lines


def _widgets(page: Any) -> list[Any]:
    try:
        annotations = page.get("/Annots")
        annotations = annotations.get_object() if annotations is not None else []
        widgets = [a.get_object() for a in annotations or []]
    except Exception:  # a damaged annotation array: the page's text is read all the same
        return []
    return [w for w in widgets if hasattr(w, "get") and w.get("/Subtype") == "/Widget"]


def _field(widget: Any) -> Any:
    """The field a widget shows: the widget itself when it is named (a field of one widget), else its
    parent (a radio button's group, a field shown in several places)."""
    if "/T" not in widget and "/Parent" in widget:
        parent = widget["/Parent"].get_object()
        if hasattr(parent, "get"):
            return parent
    return widget


def _ancestry(field: Any) -> list[Any]:
    """The field and its parents, nearest first."""
    chain = [field]
    while len(chain) < _MAX_DEPTH and "/Parent" in chain[-1]:
        parent = chain[-1]["/Parent"].get_object()
        if not hasattr(parent, "get") or any(parent is f for f in chain):
            break
        chain.append(parent)
    return chain


def _attribute(field: Any, key: str) -> Any:
    """``key`` of the field, else of the nearest parent that has it (/FT, /V, /Ff and /Opt are inherited)."""
    for node in _ancestry(field):
        if key in node:
            return node[key].get_object()
    return None


def _label(field: Any) -> str:
    """What the field is called to a reader: its /TU (a tooltip, the form's own words for it), else its
    name with its parents' (申请人.姓名), an XFA form's indexes and generic levels (form1[0], #subform[0])
    left out; without a final ： (the label is followed by one)."""
    tooltip = field.get("/TU")
    if isinstance(tooltip, str) and (said := _PROMPT.sub("", _SPACE.sub(" ", tooltip).strip())):
        return said.rstrip(_LABEL_END).strip()
    parts = [_INDEX.sub("", str(node["/T"])).strip() for node in _ancestry(field) if "/T" in node]
    parts = [p for p in reversed(parts) if p]
    named = [p for p in parts if not _GENERIC_PART.fullmatch(p)] or parts[-1:]
    return _SPACE.sub(" ", ".".join(named)).strip().rstrip(_LABEL_END).strip()


def _value(widget: Any, field: Any) -> str | None:
    """The field's value as a reader sees it, None when it is empty, unchecked or no value (a push button,
    a signature)."""
    kind = _attribute(field, "/FT")
    value = _attribute(field, "/V")
    if kind == "/Btn":
        flags = _attribute(field, "/Ff")
        if isinstance(flags, int) and flags & _PUSH_BUTTON:
            return None
        if value is None:
            value = widget.get("/AS")  # (a writer that set only the widget's state)
        state = str(value).lstrip("/").strip() if value is not None else ""
        return state if state and state.lower() != "off" else None
    if kind == "/Ch":
        values = list(value) if isinstance(value, list) else [value]
        shown = [_option(field, str(v)) for v in values if isinstance(v, str)]
        text = "、".join(v for v in shown if v)
    elif kind == "/Tx":
        text = str(value) if isinstance(value, str) else ""
    else:
        return None  # a signature (/Sig), or a widget that is no field
    text = "\n".join(_SPACE.sub(" ", line).strip() for line in text.replace("\r", "\n").split("\n"))
    text = "\n".join(line for line in text.split("\n") if line)
    return text or None


def _option(field: Any, value: str) -> str:
    """A choice's option as it is shown: /Opt pairs an export value with the text shown for it."""
    options = _attribute(field, "/Opt")
    for option in options if isinstance(options, list) else []:
        option = option.get_object() if hasattr(option, "get_object") else option
        if isinstance(option, list) and len(option) == 2 and str(option[0]) == value:
            return str(option[1]).strip()
    return value.strip()
