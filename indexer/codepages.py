"""Bytes with no byte-order mark that are not UTF-8 (decode.decode_bytes tries that first): the likeliest
Chinese codec (GB18030 or Big5, told apart by how everyday the characters read), Korean in EUC-KR / CP949,
Windows-1252 for Western European text (Latin-1 files among Chinese ones), else charset-normalizer's guess.
decode.py refuses what none of them reads and checks what they read for binary junk."""

from __future__ import annotations

import re

import charset_normalizer

from indexer.normalize import normalize

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
# Below this share of everyday characters a "Chinese" decoding is taken to be the wrong codec.
_MIN_COMMONNESS = 0.5
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Western European writing read as Windows-1252: see _decode_western.
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
# Letters no Western European language but Icelandic writes, and what Turkish (dotless i, ş, ğ) and
# Lithuanian (š, ž) become read as Windows-1252: such text is left to the detector.
_NOT_WESTERN = frozenset("ðÐþÞýÝ")
# Signs that may stand inside a word: an apostrophe (don’t), quote marks, dashes, the Catalan middle dot.
_INSIDE_WORD = frozenset("\u2019\u2018\u201c\u201d\u2013\u2014\u00b7")
# Western European languages accent few letters (French about 3 in 100, German 2, Portuguese 4); Czech,
# Hungarian, Polish, Romanian or Turkish read in the wrong code page show many more. A short note may hold a
# few accented names or loanwords whatever their share.
_MAX_ACCENTED = 1 / 16
_FEW_ACCENTED = 8
# Korean in EUC-KR (CP949) puts its 2,350 Hangul syllables on the rows GB2312 gives its everyday characters
# whose pinyin runs from a to r (lead bytes 0xB0-0xC8), so it decodes strictly as GB18030 into common
# characters: see _korean.
_HANGUL_ROWS = range(0xB0, 0xC9)
_MIN_KOREAN_SYLLABLES = 12
_MIN_HANGUL_ROW_SHARE = 0.95


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


def decode_legacy(data: bytes) -> str | None:
    """Text of bytes in a legacy code page, None when no codec reads them (decode.py refuses them)."""
    # A Chinese reading wins whenever it is plausible: detectors happily call a short GBK text cp949 or
    # cp932, whose decodings are valid but meaningless. Korean is told apart first (_korean).
    korean = _korean(data)
    if korean is not None:
        return korean
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
    western = _decode_western(data)
    match = charset_normalizer.from_bytes(data).best()
    if western is not None and (match is None or match.coherence <= _coherence(data, "cp1252")):
        # the detector's pick wins only when its reading fits a language better: Croatian or Romanian in
        # Windows-1250 look Western in Windows-1252 too, but their words fit their own language better
        return western
    if match is None:
        return None
    codec = _CODEC_FAMILY.get(match.encoding, match.encoding)
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return str(match)


def _korean(data: bytes) -> str | None:
    """The CP949 reading of Korean text in EUC-KR / CP949, or None when ``data`` is not that.

    Read as GB18030 such text is everyday characters of the rows a to r only (救崇窍技夸 for 안녕하세요),
    which scores as well as Chinese by commonness. Chinese is not confined so: at least 95% of the
    characters in those rows, over 12 or more, holds for none of 19,506 cmrc2018, drcd and stard
    questions and passages (the most was 15 of 16, a question); 5 of 19,506 reach 90%. A shorter Korean
    text cannot be told from Chinese this way and is read as Chinese.
    """
    try:
        chinese = data.decode("gb18030")
        text = data.decode("cp949")
    except UnicodeDecodeError:
        return None
    chars = _CJK.findall(chinese)
    in_rows = 0
    for ch in chars:
        try:
            encoded = ch.encode("gb2312")
        except UnicodeEncodeError:
            continue
        in_rows += encoded[0] in _HANGUL_ROWS
    if in_rows < _MIN_KOREAN_SYLLABLES or in_rows < _MIN_HANGUL_ROW_SHARE * len(chars):
        return None
    return text


def _coherence(data: bytes, codec: str) -> float:
    """How well the detector finds ``data`` read as ``codec`` fits a language (0 to 1)."""
    match = charset_normalizer.from_bytes(data, cp_isolation=[codec]).best()
    return 0.0 if match is None else match.coherence


def _decode_western(data: bytes) -> str | None:
    """The Windows-1252 reading (Latin-1's printable characters and more) of English, French, German … text,
    or None when the bytes do not read as such. Windows-1252 is what Western text not in UTF-8 is in; the
    detector alone read "Café naïve £5" as Arabic and a "déjà vu" beside curly quotes as Baltic (déją).

    Western text is mostly ASCII; the rest are accented letters inside words of plain letters (café, ação) or
    alone (à), at most two in a row, and signs between words (£5, “quotes”). Cyrillic, Greek, Japanese or
    Chinese bytes read this way give runs of accented letters and signs; Polish ł ą ż give signs inside words
    (³ ¹ ¿); Czech, Hungarian or Turkish ones more accented letters than Western languages write.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # five bytes are undefined: no Windows-1252 text
        return None
    runs = _NON_ASCII_RUN.findall(text)
    if any(len(run) > 2 or _NOT_WESTERN.intersection(run) for run in runs):
        return None
    for found in _NON_ASCII_RUN.finditer(text):
        for at in range(found.start(), found.end()):
            if text[at].isalpha():
                word = _word_at(text, at)
                if len(word) > 1 and not any(ch.isascii() for ch in word):
                    return None  # a word of accented letters only: Cyrillic, Greek or CJK bytes
            elif (
                text[at] not in _INSIDE_WORD
                and text[at - 1 : at].isalpha()
                and text[at + 1 : at + 2].isalpha()
            ):
                return None  # a sign inside a word is a letter of another code page (Polish ł as ³)
    accented = sum(1 for run in runs for ch in run if ch.isalpha())
    plain = len(_ASCII_LETTER.findall(text))
    if accented > max(_FEW_ACCENTED, (plain + accented) * _MAX_ACCENTED):
        return None
    return text


def _word_at(text: str, at: int) -> str:
    """The run of letters holding the letter ``text[at]``."""
    start, end = at, at
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    while end < len(text) and text[end].isalpha():
        end += 1
    return text[start:end]
