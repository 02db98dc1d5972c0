"""A roundup's sibling measures: the sentences of one news roundup reporting regions share its
subject (农家书屋, 社区慈善基金) and differ in what each region did with it (管理员补贴, 示范书屋评选;
设立, 配捐). Which of them answer a "which regions" question is decided by the question's words that tell
them apart, each weighed by how few of the roundup's region sentences carry it — an idf within the roundup,
the words all of them share weighing nothing."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from indexer.normalize import normalize
from server.answer.claim_region import unit_region
from server.answer.keyterms import carries
from server.answer.question import Question
from server.answer.terms import Term
from server.answer.units import Unit

# a roundup needs this many region sentences among the candidates before their words can tell them apart,
# and a word telling them apart is carried by two of them at least (one sentence's own wording is no measure)
_MIN_SENTENCES = 5
_MIN_CARRIERS = 2


def siblings(units: Sequence[Unit], question: Question, terms: Sequence[Term], share: float) -> set[int]:
    """The ids of ``units`` that are a roundup's sentence reporting a region whose words telling the
    roundup's region sentences apart weigh less than ``share`` of the best such sentence's: 「河池哪些县区给
    农家书屋管理员发补贴？」 is not answered by 宜州区也已开展示范农家书屋评选并给予奖励 beside 天峨县也已为
    农家书屋管理员发放补贴 (eval/policy37 r10, r11, r06, r07, blind). ``terms``: the question's content
    words."""
    if "或" in question.norm:
        # 「…高龄津贴或长寿补贴」 asks either of two measures: a roundup's sentence of the other is an answer,
        # not a sibling (keyterms.key_terms reads the words after 或 as keys of their own)
        return set()
    groups: dict[str, list[tuple[Unit, frozenset[str]]]] = {}
    for unit in units:
        region = unit_region(unit, question.regions)
        if region is None or region == unit.hit.document.region:
            continue
        norm = normalize(f"{unit.same_as}\n{unit.text}")
        said = frozenset(t.text for t in terms if carries(norm, (t,)))
        groups.setdefault(unit.hit.doc_id, []).append((unit, said))
    weight = {t.text: t.weight for t in terms}
    left_out: set[int] = set()
    for members in groups.values():
        if len(members) < _MIN_SENTENCES:
            continue
        count = Counter(word for _, said in members for word in said)
        telling = {
            word: weight[word] * math.log(len(members) / n) if n >= _MIN_CARRIERS else 0.0
            for word, n in count.items()
        }
        scores = [sum(telling[word] for word in said) for _, said in members]
        best = max(scores)
        if best > 0:
            low = (unit for (unit, _), score in zip(members, scores, strict=True) if score < share * best)
            left_out |= {id(unit) for unit in low}
    return left_out
