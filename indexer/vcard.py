"""A .vcf contact file — 受理联系人.vcf, as an office hands out its contacts and a phone exports them — read
as one paragraph per card: 姓名：林志强；单位：霞浦县海洋与渔业局；职务：渔业科科长；电话：0593-8822361；
地址：…；备注：… (eval/policy32, blind).

vCard 2.1, 3.0 and 4.0 alike (RFC 2426, RFC 6350): folded lines unfolded (a line starting with a space or a
tab continues the one before), a QUOTED-PRINTABLE value's soft line breaks (a line ending in ``=``) joined and
its bytes decoded in its CHARSET (UTF-8 unless one is named: a Chinese phone of the 2000s writes GBK), a
BASE64 value (a photo) left out, structured values (ORG's units, ADR's parts) joined without their empty
parts, and 3.0's escapes read (``\\,`` ``\\;``; ``\\n`` a space: a card is one paragraph). ``vobject`` was
tried first: it fails on the soft line breaks phone exports write in every long Chinese value.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import quopri
import re

from indexer.decode import DocumentError, decode_bytes

# What each property is called in the text (the words a question uses: 电话, 地址, 单位)
_LABELS = {
    "FN": "姓名",
    "ORG": "单位",
    "TITLE": "职务",
    "ROLE": "职责",
    "TEL": "电话",
    "EMAIL": "电子邮箱",
    "ADR": "地址",
    "LABEL": "地址",
    "URL": "网址",
    "NOTE": "备注",
    "NICKNAME": "别名",
    "BDAY": "生日",
}
_ESCAPE = re.compile(r"\\([\\,;nN])")


def read_vcard(data: bytes, name: str) -> str:
    """The text of a .vcf file's bytes: a paragraph per card."""
    raw = data.decode("latin-1")  # (values are decoded below, each in its own charset)
    if "BEGIN:VCARD" not in raw.upper():
        raise DocumentError(name, "holds no contact (no BEGIN:VCARD); it is not a vCard file")
    cards: list[str] = []
    fields: list[str] = []
    for line in _unfolded(raw):
        head, sep, value = line.partition(":")
        if not sep:
            continue
        prop, *params = head.split(";")
        prop = prop.rsplit(".", 1)[-1].upper()  # (item1.TEL: an Apple group's prefix)
        if prop == "BEGIN":
            fields = []
        elif prop == "END":
            if fields:
                cards.append("；".join(fields) + "。")
            fields = []
        elif prop in _LABELS and (text := _value(value, params, prop, name)):
            fields.append(f"{_LABELS[prop]}：{text}")
    text = "\n".join(cards)
    if not text.strip():
        raise DocumentError(name, "has no filled contact; nothing to index")
    return text


def _unfolded(raw: str) -> list[str]:
    lines: list[str] = []
    soft = False  # the line before ended a quoted-printable value with "=": this one continues it
    for line in re.split(r"\r\n|\r|\n", raw):
        if lines and (soft or line[:1] in (" ", "\t")):
            lines[-1] = lines[-1][:-1] + line if soft else lines[-1] + line[1:]
        else:
            lines.append(line)
        soft = "QUOTED-PRINTABLE" in lines[-1].split(":", 1)[0].upper() and lines[-1].endswith("=")
    return lines


def _value(value: str, params: list[str], prop: str, name: str) -> str:
    upper = [p.upper() for p in params]
    charset = next((p.split("=", 1)[1].strip('"') for p in params if p.upper().startswith("CHARSET=")), "")
    raw = value.encode("latin-1")
    if "ENCODING=QUOTED-PRINTABLE" in upper or "QUOTED-PRINTABLE" in upper:
        raw = quopri.decodestring(raw)
    elif "ENCODING=B" in upper or "ENCODING=BASE64" in upper or "BASE64" in upper:
        if prop not in ("NOTE",):
            return ""  # (a photo, a sound, a key)
        try:
            raw = base64.b64decode(raw)
        except (binascii.Error, ValueError):
            return ""
    text = _decoded(raw, charset, name)
    parts = [_ESCAPE.sub(lambda m: " " if m.group(1) in "nN" else m.group(1), p) for p in _split(text)]
    kept = [p.strip() for p in parts if p.strip()]
    return "".join(kept) if prop == "ADR" else " ".join(kept)


def _decoded(raw: bytes, charset: str, name: str) -> str:
    if charset:
        try:
            return raw.decode(codecs.lookup(charset).name)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(raw, name=name)


def _split(text: str) -> list[str]:
    """A structured value's parts (split at unescaped ``;``)."""
    return re.split(r"(?<!\\);", text)
