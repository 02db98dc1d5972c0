"""The answer settings (AnswerConfig): the knobs of answer composition, from the support abstention reads to
how many claims an answer lists and how long it may be. Calibrated values (threshold, ranker) come from
calibration.json unless set here.
"""

from __future__ import annotations

from dataclasses import dataclass

from server.answer.ranking import Ranker, support
from server.answer.units import Unit, UnitConfig


@dataclass(frozen=True)
class AnswerConfig(UnitConfig):
    """Knobs of answer composition. The abstention threshold is calibrated per encoder from data
    (python -m eval.calibrate → calibration.json); ``threshold`` overrides it when set."""

    # Support, the score abstention reads: share of the question's word weight found and meaning.
    lexical_weight: float = 0.6
    dense_weight: float = 0.4
    # Words found in the candidate's passage (with its title) count at this share of words in the candidate.
    context_weight: float = 0.8
    threshold: float | None = None
    # What each further claim must reach (calibration.json's claim_threshold, stricter) unless set here:
    # whether to answer at all may be lenient, every further quote must stand on its own.
    claim_threshold: float | None = None
    # The encoder similarity at which a candidate answers on meaning alone (calibration.json's
    # meaning_threshold) unless set here; above 1 turns that path off.
    meaning_threshold: float | None = None
    # How candidates are ranked: fitted per encoder (eval/ranker.py → calibration.json) unless set here.
    ranker: Ranker | None = None
    # A further claim must come this close to the best one (Ranker.relative: with a fitted ranker, the
    # ratio of their chances of holding the answer). Region questions list every region whose evidence
    # carries the question's specific term and reaches the threshold, however it ranks.
    relative: float = 0.1
    region_relative: float = 0.0
    max_claims: int = 3
    # A further claim is added only while the quotes stay within this many characters: a reader wants a
    # short answer, and two long quotes read as a page.
    answer_budget: int = 220
    # The whole written answer (labels and punctuation included, citation markers not) stays within this
    # many characters: later claims are dropped, and a region listing keeps every region with its quote cut
    # to the clauses carrying the question's words (a reader, and the answer-hit judge, want it short).
    max_answer: int = 250
    # A compacted region claim keeps at least this many characters of its quote.
    min_compact: int = 16
    # A lone claim shorter than this that does not hold what the question asks for (its slot) reads on into
    # the next sentence of its passage (still one verbatim slice, at most max_quote long): a short sentence
    # often only names the subject the next one describes.
    context_below: int = 80
    max_regions: int = 8
    # Two claims may come from one passage: the answer often sits in the sentence next to the echo.
    per_passage: int = 2
    # Region questions gather evidence from this many passages, at most ``per_document`` from each document,
    # so that every region among the retrieved evidence gets its claim.
    region_depth: int = 30
    per_document: int = 2
    # A date, place, phone or list question reads, beside the top passages, the best document's passages
    # ranked this deep: a notice's 二、申报时间 may rank sixth under its own 申报对象 and 申报方式.
    document_depth: int = 10
    # A question naming a place (陈仓区今年…) is answered from passages about it only: its evidence is the top
    # passages about the place among this many, not those of the top ones that are about it (other regions'
    # reports, sharing every other word, had pushed 陈仓区's 主要预期目标 to seventh: docs/answers.md).
    place_depth: int = 20
    # Only the best sentences by the other features are embedded: encoding is the expensive step (6 until
    # 2026-12-04, when passages grew to hold a notice's short sections together: the answering sentence was
    # past the sixth of its passage's candidates — docs/answers.md).
    dense_candidates: int = 12
    redundancy: float = 0.5  # character-bigram overlap above which a second claim repeats the first
    # A claim for a region question must carry the question's specific term: the rarest of its words in
    # general Chinese, and any within this margin (nats) of it, so 开展 (9.1) never stands in for 省校合作
    # (14.0) — in a small corpus their idfs are alike.
    key_term_margin: float = 1.0
    # … and a region's sentence carrying it only through its document's title (a roundup's headline) must
    # share this much of what other regions' sentences carrying it themselves share of the question, or be
    # this close to the question in meaning (their dense similarity's share): _without_strays
    stray_share: float = 0.5
    stray_meaning: float = 0.9
    # … or share this much of the question's words as the best sentence carrying it: select_claims
    key_free_share: float = 0.8
    # … and a roundup's sentence reporting a region carrying less than this share of the key terms' weight,
    # and this share of the meaning of the best carrying them, shares the question's words by its own
    # (claims.select_claims)
    key_share: float = 0.5
    key_meaning: float = 0.85
    # … and a roundup's sentence reporting a region whose words telling its region sentences apart weigh less
    # than this share of the best such sentence's reports a sibling measure (siblings.siblings). Chosen on the
    # earlier collections (policy … policy19, orgdocs: 926 of 1,073 hold at 0.3, 925 at 0.4, 923 at 0.5; a
    # region said in other words — 免费乘车 for 免费乘坐公交 — scores 0.36 to 0.49), reported on the later
    # ones (policy20 … policy38: 1,031 of 1,204 at each); policy37's sibling measures score 0.03 to 0.29.
    sibling_share: float = 0.3
    # Further regions of a region question whose best candidate is under the claim threshold need this share
    # of its support (a long question dilutes all alike).
    region_floor: float = 0.9

    def support(self, unit: Unit) -> float:
        return support(unit, self.lexical_weight, self.dense_weight, self.context_weight)


DEFAULT_CONFIG = AnswerConfig()
