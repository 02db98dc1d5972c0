"""A Hypothesis state machine against a model dict (issue 10): two retrievers on one index directory — two
"processes" — add, replace, delete, restart and search in any order. A deleted id never returns in any mode,
every retriever sees the latest commit, and the counts of both legs agree with the model."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from indexer.build import add_documents, empty_index, prepare
from indexer.retrieve import Retriever
from indexer.searcher import Filters
from indexer.store import write_index
from tests.conftest import KeywordEncoder
from tests.test_store_faults import SETTINGS, NoSyncDisk

IDS = ("a1", "b2", "c3", "x1", "x2")
TEXTS = (
    "运城市人才工作\n运城市拿出150个事业编制作为人才引进事业编制周转池。",
    "盐湖区省校合作\n盐湖区与53所高校签约,落地项目96个。\n\n盐湖区建设人才公寓,服务高校毕业生。",
    "綦江区人才服务\n推行綦江人才服务卡制度,开辟34个服务窗口。",
    "天桥区人才公寓\n天桥区建成2112套人才公寓,打造人才社区,提升人才获得感。",
)
MODES = ("bm25", "dense", "hybrid")


class TwoWriters(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="citeqa-model-"))
        self.index_dir = self.root / "idx"
        start = [prepare(TEXTS[0], "a1", SETTINGS)]
        data = add_documents(empty_index(SETTINGS, KeywordEncoder.dim), start, KeywordEncoder())
        write_index(self.index_dir, data, NoSyncDisk())
        self.model: dict[str, str] = {"a1": TEXTS[0]}
        self.retrievers = [self.open(), self.open()]

    def open(self) -> Retriever:
        return Retriever(self.index_dir, encoder=KeywordEncoder(), disk=NoSyncDisk())

    def teardown(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)

    @rule(who=st.integers(0, 1), doc_id=st.sampled_from(IDS), text=st.sampled_from(TEXTS))
    def add(self, who: int, doc_id: str, text: str) -> None:
        r = self.retrievers[who]
        (verdict,) = r.add([prepare(text, doc_id, r.settings)])
        # each content is stored once: under the id that holds it already, if any
        holder = next((i for i, t in self.model.items() if t == text and i != doc_id), None)
        if self.model.get(doc_id) == text:
            assert (verdict.outcome, verdict.doc_id) == ("unchanged", doc_id)
        elif holder is not None:
            assert (verdict.outcome, verdict.doc_id) == ("duplicate", holder)
            # an indexed document now a copy of another loses its earlier version (dedupe.retired)
            self.model.pop(doc_id, None)
        else:
            outcome = "updated" if doc_id in self.model else "added"
            assert (verdict.outcome, verdict.doc_id) == (outcome, doc_id)
            self.model[doc_id] = text

    @rule(who=st.integers(0, 1), doc_id=st.sampled_from(IDS))
    def delete(self, who: int, doc_id: str) -> None:
        assert self.retrievers[who].delete([doc_id]) == (1 if doc_id in self.model else 0)
        self.model.pop(doc_id, None)

    @rule(who=st.integers(0, 1))
    def restart(self, who: int) -> None:
        self.retrievers[who] = self.open()

    @rule(who=st.integers(0, 1), doc_id=st.sampled_from(IDS), mode=st.sampled_from(MODES))
    def search(self, who: int, doc_id: str, mode: str) -> None:
        hits = self.retrievers[who].search("人才", 10, mode, Filters(doc_id=doc_id))
        if doc_id not in self.model:
            assert hits == []
        elif mode == "bm25":  # a term in every passage has no positive BM25 weight: hits may be empty
            assert {h.doc_id for h in hits} <= {doc_id}
        else:
            assert hits and {h.doc_id for h in hits} == {doc_id}

    @invariant()
    def both_see_the_model(self) -> None:
        for r in self.retrievers:
            data = r.data
            assert sorted(d.doc_id for d in data.documents) == sorted(self.model)
            expected = {i: prepare(t, i, r.settings) for i, t in self.model.items()}
            for doc_id, doc in expected.items():
                found = r.document(doc_id)
                assert found is not None and found[1] == doc.text and found[2] == len(doc.spans)
            passages = sum(len(doc.spans) for doc in expected.values())
            assert data.passages == data.bm25.size == len(data.vectors) == passages
            assert r.snapshot.dense.flat is not None and r.snapshot.dense.flat.ntotal == passages


TestTwoWriters = TwoWriters.TestCase
TestTwoWriters.settings = settings(
    max_examples=25,
    stateful_step_count=15,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
