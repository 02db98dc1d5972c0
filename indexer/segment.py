"""The one tokenizer, used at build time and at query time: jieba words, plus character n-grams.

The n-grams are either every character unigram and bigram of each CJK run (``chars``: a field of its own
for BM25, see sparse.py) or the older bigrams bounded by stopwords (``bigrams``).

Text is normalised first (simplified script, half width, case-folded), so a question in either script
yields the same tokens. Runs of Latin letters and digits (2112, 16.18, ppr-9087) are kept whole instead
of being cut by jieba; punctuation and stopwords never become tokens.
"""

from __future__ import annotations

import logging
import math
import re
import threading
from dataclasses import asdict, dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import jieba

from indexer.normalize import normalize

logger = logging.getLogger(__name__)

# jieba logs its dictionary loading at INFO/DEBUG on the root of its own logger: silence it in one place.
jieba.setLogLevel(logging.WARNING)

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# A code or number kept whole: letters/digits joined by - . _ / (ppr-9087, 16.18, 5g, covid-19).
_SPLIT = re.compile(rf"([{_CJK}]+)|([a-z0-9]+(?:[-._/][a-z0-9]+)*)")
_IS_CJK = re.compile(rf"[{_CJK}]")
BIGRAM_PREFIX = "#"  # bigram tokens never collide with words: jieba never emits '#'


@dataclass(frozen=True)
class TokenizerConfig:
    """Build-time tokenizer settings; recorded in the index manifest and reused at query time."""

    words: bool = True
    bigrams: bool = False
    chars: bool = False  # every character unigram and bigram of a CJK run, stopwords included
    search_mode: bool = False
    hmm: bool = True
    stopwords: bool = True
    user_dict: bool = True

    def to_dict(self) -> dict[str, bool]:
        return asdict(self)

    def __post_init__(self) -> None:
        if self.chars and self.bigrams:
            raise ValueError("tokenizer: choose chars or bigrams, not both (they share the '#' prefix)")

    @classmethod
    def from_dict(cls, data: dict[str, bool]) -> TokenizerConfig:
        known = {f for f in cls.__dataclass_fields__}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown tokenizer settings {sorted(unknown)}; this index needs a newer citeqa")
        return cls(**data)


def _read_lines(name: str) -> list[str]:
    text = resources.files("indexer").joinpath("data", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    return frozenset(normalize(w) for w in _read_lines("stopwords.txt"))


_jieba_lock = threading.Lock()


@lru_cache(maxsize=2)
def _jieba(user_dict: bool) -> jieba.Tokenizer:
    """A private jieba instance (the global one is shared with whoever else imports jieba)."""
    with _jieba_lock:
        tok = jieba.Tokenizer()
        tok.initialize()
        if user_dict:
            for line in _read_lines("userdict.txt"):
                parts = line.split()
                word = normalize(parts[0])
                freq = int(parts[1]) if len(parts) > 1 else None
                tag = parts[2] if len(parts) > 2 else None
                tok.add_word(word, freq, tag)
        return tok


def jieba_tokenizer(user_dict: bool = True) -> jieba.Tokenizer:
    """The process's jieba instance that `tokenize` segments with (loaded once; for other jieba tools)."""
    return _jieba(user_dict)


def tokenize(text: str, config: TokenizerConfig = TokenizerConfig()) -> list[str]:
    """Tokens of ``text`` for BM25: the same function for documents and for queries."""
    norm = normalize(text)
    stop = stopwords() if config.stopwords else frozenset()
    tok = _jieba(config.user_dict) if config.words else None
    out: list[str] = []
    bigrams: list[str] = []
    for match in _SPLIT.finditer(norm):
        cjk, code = match.group(1), match.group(2)
        if code:
            if config.words or not config.chars:
                out.append(code)
            if config.chars:
                bigrams.append(BIGRAM_PREFIX + code)  # a code is one unit of the n-gram field too
            continue
        if config.chars:
            # whole runs, stopwords kept: a question's 能否/是否/应当 are evidence in law and policy text
            bigrams.extend(BIGRAM_PREFIX + c for c in cjk)
            bigrams.extend(BIGRAM_PREFIX + cjk[i : i + 2] for i in range(len(cjk) - 1))
        if tok is None:
            if config.bigrams:
                _add_bigrams(cjk, bigrams)
            continue
        words = (
            tok.cut_for_search(cjk, HMM=config.hmm) if config.search_mode else tok.cut(cjk, HMM=config.hmm)
        )
        # Bigrams run over the text between stopwords: a question's 什么/哪一 never become bigram evidence.
        run: list[str] = []
        for w in words:
            if w in stop or not _IS_CJK.search(w):
                if config.bigrams:
                    _add_bigrams("".join(run), bigrams)
                run = []
            else:
                out.append(w)
                run.append(w)
        if config.bigrams:
            _add_bigrams("".join(run), bigrams)
    return out + bigrams


def _add_bigrams(text: str, out: list[str]) -> None:
    if len(text) == 1:
        out.append(BIGRAM_PREFIX + text)
    else:
        out.extend(BIGRAM_PREFIX + text[i : i + 2] for i in range(len(text) - 1))


def warm_up(config: TokenizerConfig = TokenizerConfig()) -> None:
    """Load the dictionaries now (about a second) rather than on the first query."""
    tokenize("预热", config)


def rarity(word: str, user_dict: bool = True) -> float:
    """How rare ``word`` is in general Chinese: -log of its share in jieba's dictionary counts (a word the
    dictionary lacks counts as seen once). Unlike a corpus idf it does not depend on how few documents an
    index holds, so it tells 省校合作 (14.0) from 开展 (9.1) even in a five-document corpus."""
    tok = _jieba(user_dict)
    return math.log(tok.total / (tok.FREQ.get(normalize(word), 0) + 1))


# jieba's tagger is a shared, lazily initialised global: one caller at a time.
posseg_lock = threading.Lock()


@lru_cache(maxsize=1)
def posseg() -> Any:
    """jieba's part-of-speech tagger, segmenting with the tokenizer's own jieba instance: with its default,
    jieba's global instance, it loaded the whole dictionary a second time in the serving process (peak RSS
    +60 MiB after the first answer that asks it; on 9,362 cmrc2018 / drcd sentences the person tags are the
    same either way)."""
    import jieba.posseg

    jieba.posseg.dt.tokenizer = jieba_tokenizer()
    return jieba.posseg.dt
