"""`citeqa eval` on a toy BEIR folder whose answers are known, the quality report files, and a smoke run of
the benchmark scripts (no timing assertions)."""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from eval.beir import load_dataset
from eval.quality import main as quality_main
from eval.quality import settings_with
from indexer.milvus_store import MilvusConfig
from indexer.settings import DEFAULTS
from server.cli import main as cli_main
from tests.conftest import BENCH, CITEQA, ROOT, store_flags

# Five one-passage documents; BM25 ranks them by distinctive words:
#   q1 → only d1 matches                          (relevant d1: rank 1)
#   q2 → d5 (人才公寓 ×3 + 租金) before d2 (人才公寓) (relevant d2: rank 2)
#   q3 → d3 and d4 each match (two relevant)      (one at rank 1, the other at rank 2)
#   q4 → no word in the corpus                    (relevant d4: not retrieved by bm25)
CORPUS = [
    {
        "id": "d1",
        "title": "运城人才",
        "text": "运城市拿出150个事业编制作为人才引进事业编制周转池，用于引进急需紧缺的高层次人才。",
    },
    {
        "id": "d2",
        "title": "盐湖公寓",
        "text": "盐湖区建设人才公寓三百套，为来盐湖区就业的高校毕业生提供免费住房。",
    },
    {
        "id": "d3",
        "title": "天桥合作",
        "text": "天桥区推进省校合作，与山东大学共建产业研究院，服务本地企业转型升级。",
    },
    {
        "id": "d4",
        "title": "綦江服务",
        "text": "綦江区优化政务服务，推行一网通办，企业开办时间压缩到一个工作日。",
    },
    {
        "id": "d5",
        "title": "公寓管理",
        "text": "人才公寓实行统一管理，入住人才公寓需要提交申请，人才公寓租金减半。",
    },
]
QUERIES = [
    {"id": "q1", "text": "运城市的事业编制周转池有多少个编制？"},
    {"id": "q2", "text": "人才公寓的租金"},
    {"id": "q3", "text": "哪些地方推进省校合作或者一网通办？"},
    {"id": "q4", "text": "火星探测器什么时候发射？"},
]
QRELS = "q1\td1\t1\nq2\td2\t1\nq3\td3\t1\nq3\td4\t1\nq4\td4\t1\n"
NDCG_RANK2 = 1 / math.log2(3)  # one relevant document, found at rank 2

# bm25 (words + character unigrams and bigrams): q1 → d1; q2 → d5 before d2; q3 → d3, d4; q4's 时 (什么时候)
# matches d4's 时间, so d4 is first. S@1 = 3/4, R@1 = (1 + 0 + 1/2 + 1) / 4, R@5 = 1,
# MRR = (1 + 1/2 + 1 + 1) / 4
BM25 = {
    "success@1": 0.75,
    "recall@1": 0.625,
    "recall@5": 1.0,
    "recall@10": 1.0,
    "mrr@10": 0.875,
    "ndcg@10": round((1 + NDCG_RANK2 + 1 + 1) / 4, 4),
}
# hybrid with bm25_weight 1 keeps bm25's order; the reference (characters only) ranks these toy queries alike
HYBRID_BM25_ONLY = BM25
REFERENCE = BM25


@pytest.fixture(scope="module")
def toy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("beir") / "toy"
    folder.mkdir()
    (folder / "corpus.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in CORPUS) + "\n", encoding="utf-8"
    )
    (folder / "queries.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in QUERIES) + "\n", encoding="utf-8"
    )
    (folder / "qrels.tsv").write_text(QRELS, encoding="utf-8")
    return folder


@pytest.fixture
def eval_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    cache = tmp_path_factory.getbasetemp() / "eval-cache"
    monkeypatch.setenv("CITEQA_EVAL_CACHE", str(cache))
    yield cache


@pytest.mark.model
def test_eval_json_prints_exact_metrics_on_a_toy_set(
    toy: Path, eval_cache: Path, backend: str, request: pytest.FixtureRequest
) -> None:
    """The same metrics on both backends: on milvus the data set's evaluation index is copied into Milvus."""
    where: list[str] = []
    if backend == "milvus":
        name = request.getfixturevalue("collection_name")("ev")
        where = store_flags(MilvusConfig(uri=request.getfixturevalue("milvus_uri"), collection=name))
    done = subprocess.run(
        [
            CITEQA,
            "eval",
            "--dataset",
            str(toy),
            "--modes",
            "bm25,hybrid",
            "--fusion",
            '{"bm25_weight": 1.0}',
            "--json",
            *where,
        ],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "CITEQA_EVAL_CACHE": str(eval_cache)},
    )
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 1
    body = json.loads(lines[0])
    assert body["dataset"] == "toy" and body["backend"] == backend
    assert body["index_passages"] == 5
    assert body["queries"] == 4
    assert body["passages"] == 5
    assert body["modes"] == {"bm25": BM25, "hybrid": HYBRID_BM25_ONLY, "reference": REFERENCE}
    assert body["paired"] == {
        "bm25 vs hybrid": {"metric": "mrr@10", "wins": 0, "losses": 0, "ties": 4},
        "bm25 vs reference": {"metric": "mrr@10", "wins": 0, "losses": 0, "ties": 4},
        "hybrid vs reference": {"metric": "mrr@10", "wins": 0, "losses": 0, "ties": 4},
    }
    assert body["fusion"] == {**DEFAULTS.fusion.to_dict(), "bm25_weight": 1.0}


@pytest.mark.model
def test_eval_limit_table_and_cached_index(  # capfd: `citeqa eval` runs `python -m eval` as a child process
    toy: Path, eval_cache: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    assert cli_main(["eval", "--dataset", str(toy), "--modes", "bm25", "--limit", "2", "--json"]) == 0
    body = json.loads(capfd.readouterr().out)
    # q1 at rank 1, q2 at rank 2
    assert body["queries"] == 2
    first_two = {
        "success@1": 0.5,
        "recall@1": 0.5,
        "recall@5": 1.0,
        "recall@10": 1.0,
        "mrr@10": 0.75,
        "ndcg@10": round((1 + NDCG_RANK2) / 2, 4),
    }
    assert body["modes"] == {"bm25": first_two, "reference": first_two}
    assert len([p for p in eval_cache.iterdir() if p.is_dir()]) == 1  # the index was reused, not rebuilt
    assert cli_main(["eval", "--dataset", str(toy), "--modes", "bm25"]) == 0
    out = capfd.readouterr().out
    assert "toy: 4 queries over 5 passages" in out
    assert out.splitlines()[2].split()[:3] == ["bm25", "0.7500", "0.6250"]
    assert out.splitlines()[3].split()[:3] == ["reference", "0.7500", "0.6250"]


@pytest.mark.model
def test_eval_on_the_seed_questions_applies_modes_fusion_and_limit(
    seed_index: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """--modes, --fusion and --limit apply to the seed question set as to a BEIR folder (they had been
    ignored: all 69 questions and every mode, hybrid at its own fusion, whatever was passed)."""
    dense_only = '{"bm25_weight": 0.0, "uncovered_bm25_weight": 0.0}'
    argv = ["eval", "--index", str(seed_index), "--modes", "hybrid", "--fusion", dense_only, "--json"]
    assert cli_main([*argv, "--limit", "3"]) == 0
    body = json.loads(capfd.readouterr().out)
    assert set(body["modes"]) == {"hybrid", "reference"} == set(body["retrieval"])
    assert body["queries"] == 3 and body["answers"]["questions"] == 3
    assert [r["id"] for r in body["per_question"]] == ["q01", "q02", "q03"]
    assert body["fusion"] == {**DEFAULTS.fusion.to_dict(), "bm25_weight": 0.0, "uncovered_bm25_weight": 0.0}
    # on all 53 answerable questions hybrid without its BM25 leg misses 3 at rank 1 that it finds with it
    assert cli_main(argv) == 0
    body = json.loads(capfd.readouterr().out)
    assert body["modes"]["hybrid"]["success@1"] == round(50 / 53, 4)
    assert cli_main(["eval", "--index", str(seed_index), "--modes", "hybrid", "--json"]) == 0
    assert json.loads(capfd.readouterr().out)["modes"]["hybrid"]["success@1"] == 1.0


@pytest.mark.model
def test_eval_answers_takes_the_dataset_folder_given(
    toy: Path, eval_cache: Path, seed_index: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """--answers --dataset DIR reads DIR (only its last part had been looked up in ../shared/bench)."""
    folder = tmp_path / "toy-answers"
    shutil.copytree(toy, folder)
    golds = [{"id": "q1", "answers": ["150个事业编制"]}, {"id": "q2", "answers": ["租金减半"]}]
    (folder / "answers.jsonl").write_text(
        "".join(json.dumps(g, ensure_ascii=False) + "\n" for g in golds), encoding="utf-8"
    )
    argv = ["eval", "--answers", "--limit", "2", "--index", str(seed_index), "--json"]
    assert cli_main([*argv, "--dataset", str(folder)]) == 0
    (result,) = json.loads(capfd.readouterr().out)["sets"]
    assert (result["set"], result["questions"]) == ("toy-answers", 2)
    # the baseline: the best sentence of the top BM25 passage — d1's, and d5's 人才公寓租金减半
    assert result["runs"]["naive baseline"]["answer_hit"] == 1.0
    # a path that does not exist is refused as such; a bare name still means a folder of the bench
    assert cli_main([*argv, "--dataset", str(tmp_path / "nosuch")]) == 2
    assert capfd.readouterr().err.strip().splitlines() == [
        f"citeqa eval: dataset folder {tmp_path / 'nosuch'} does not exist; pass a folder with answers.jsonl"
    ]
    assert cli_main([*argv, "--dataset", "nosuch"]) == 2
    assert capfd.readouterr().err.strip().splitlines() == [
        f"citeqa eval: {BENCH / 'nosuch'} has no answers.jsonl; answer evaluation needs gold answer strings"
    ]


def test_eval_a_broken_import_surfaces_as_itself(seed_index: Path) -> None:
    """An ImportError inside the seed question set's code is that error, not "the seed question set is not
    available … pass --dataset DIR instead" (which had hidden a real breakage behind a hint)."""
    code = (
        "import sys; sys.modules['server.answer.calibration'] = None; import eval.__main__ as m; "
        f"sys.exit(m.main(['--index', {str(seed_index)!r}, '--modes', 'bm25', '--limit', '1']))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 1
    assert "not available" not in done.stderr
    assert done.stderr.strip().splitlines()[-1] == (
        "ModuleNotFoundError: import of server.answer.calibration halted; None in sys.modules"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--dataset", "/nonexistent/beir"], "does not exist"),
        (["--modes", "bm25,sparse"], "unknown mode 'sparse'"),
        (["--fusion", "{bm25_weight: 1}"], "not valid JSON"),
        (["--fusion", '{"weight": 1}'], "unknown fusion setting(s) weight"),
        (["--fusion", '{"bm25_weight": 2}'], "must lie between 0 and 1"),
        (["--limit", "0"], "not positive"),
        (["--index", "/nonexistent/index"], "--index does not apply with --dataset"),
    ],
)
def test_eval_bad_input_prints_one_line_and_exits_2(
    args: list[str], message: str, toy: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    argv = ["eval", *args] if "--dataset" in args else ["eval", "--dataset", str(toy), *args]
    assert cli_main(argv) == 2
    err = capfd.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith("citeqa eval: ")
    assert message in err[0]


@pytest.mark.parametrize(
    ("variant", "message"),
    [
        (
            'max600={"max_chars": 6',
            "--variant max600: '{\"max_chars\": 6' is not JSON (Expecting ',' delimiter)",
        ),
        ("max600=[600]", "--variant max600: '[600]' is not a JSON object"),
        ('max600={"max_chars": "600"}', "--variant max600: 'max_chars': '600' is not allowed"),
        ('max600={"maxchars": 600}', "--variant max600: 'maxchars': 600 is not allowed"),
        ('max600={"max_chars": 0}', "--variant max600: 'max_chars': 0 is not allowed"),
        ('max600={"max_chars": true}', "--variant max600: 'max_chars': True is not allowed"),
        ('units={"keep_units": 1}', "--variant units: 'keep_units': 1 is not allowed"),
        ("max600", "--variant 'max600': write LABEL=JSON[|CONTEXT] with a new label"),
    ],
)
def test_chunkstudy_bad_variant_prints_one_line_and_exits_2(
    variant: str, message: str, tmp_path: Path
) -> None:
    out = tmp_path / "chunkstudy.json"
    run = subprocess.run(
        [sys.executable, "-m", "eval.chunkstudy", "--variant", variant, "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert run.returncode == 2
    assert run.stdout == ""
    assert run.stderr.splitlines() == [run.stderr.strip()]  # one line, no traceback
    assert run.stderr.startswith(f"eval.chunkstudy: {message}")
    assert not out.exists()


@pytest.mark.model
def test_quality_report_files(toy: Path, eval_cache: Path, tmp_path: Path) -> None:
    out = tmp_path / "results"
    rc = quality_main(
        [
            "--bench",
            str(toy.parent),
            "--sets",
            "toy",
            "--modes",
            "bm25",
            "--out",
            str(out),
            "--fusion",
            'bm25only={"bm25_weight": 1.0}',
        ]
    )
    assert rc == 0
    body = json.loads((out / "quality.json").read_text(encoding="utf-8"))
    (result,) = body["datasets"]
    assert result["modes"] == {"bm25": BM25, "bm25only": HYBRID_BM25_ONLY, "reference": REFERENCE}
    assert result["paired"]["bm25 vs bm25only"] == {"metric": "mrr@10", "wins": 0, "losses": 0, "ties": 4}
    assert (out / "quality-toy.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    ranks = (out / "quality-toy-queries.tsv").read_text(encoding="utf-8").splitlines()[1:]
    assert ranks == [
        "qid\tbm25\tbm25only\treference",
        "q1\t1\t1\t1",
        "q2\t2\t2\t2",
        "q3\t1\t1\t1",
        "q4\t1\t1\t1",
    ]
    md = (out / "quality.md").read_text(encoding="utf-8")
    assert "| bm25 | 0.7500 | 0.6250 | 1.0000 | 1.0000 | 0.8750 |" in md
    assert "![toy](quality-toy.png)" in md


def test_bench_datasets_load_with_both_query_files() -> None:
    if not BENCH.is_dir():
        pytest.skip(f"../shared/bench is absent ({BENCH}); the benchmark data sets are not on this machine")
    cmrc = load_dataset(BENCH / "cmrc2018")
    drcd = load_dataset(BENCH / "drcd")
    hans = load_dataset(BENCH / "drcd", Path("queries.zh-hans.jsonl"))
    assert (len(cmrc.corpus), len(cmrc.queries)) == (1104, 3219)
    assert (len(drcd.corpus), len(drcd.queries), len(hans.queries)) == (2000, 3524, 3524)
    assert hans.name == "drcd/queries.zh-hans.jsonl"
    assert hans.qrels == drcd.qrels


@pytest.mark.model
@pytest.mark.slow
def test_bench_quick_tier_runs_on_a_tiny_size(seed_index: Path, tmp_path: Path) -> None:
    """Smoke check that the benchmark scripts run end to end; timings are not asserted, correctness is."""
    out = tmp_path / "results"
    env = {**os.environ, "CITEQA_BENCH": str(tmp_path / "no-bench")}  # seeds only: runs without ../shared
    subprocess.run(
        [
            sys.executable,
            "-m",
            "eval.bench",
            "--tier",
            "quick",
            "--sizes",
            "120",
            "--pool",
            "60",
            "--queries",
            "2",
            "--ask-queries",
            "1",
            "--index-docs",
            "1",
            "--load-seconds",
            "1",
            "--server-sizes",
            "",
            "--repeats",
            "1",
            "--seeds-index",
            str(seed_index),
            "--cache",
            str(tmp_path / "cache"),
            "--out",
            str(out),
        ],
        check=True,
        capture_output=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )
    body = json.loads((out / "bench-quick.json").read_text(encoding="utf-8"))
    assert '"error"' not in json.dumps({k: v for k, v in body.items() if k != "command"})
    size = body["sizes"]["120"]
    assert size["index"]["passages"] == 120
    assert size["token_agreement"] == 1.0
    assert set(size["search_ms"]) == {"bm25", "dense", "hybrid"}
    bm25 = body["bm25_vs_rank_bm25"]["120"]
    assert bm25["identical_top10"] == bm25["queries"]
    assert bm25["max_abs_score_diff"] < 1e-9
    assert body["indexing"]["passages"] > 0
    assert body["service"]["seeds"]["memory"]["vmhwm_mib"] > 0
    indexing_target, rss_target = body["targets"][-2:]  # judged in any tier; the size-bound ones are not
    assert indexing_target["met"] in (True, False) and rss_target["met"] in (True, False)
    md = (out / "bench-quick.md").read_text(encoding="utf-8")
    assert "## Targets" in md and "## BM25 against rank-bm25" in md


def test_beir_queries_may_name_their_id_as_beir_does(toy: Path, tmp_path: Path) -> None:
    # standard BEIR queries.jsonl rows carry "_id" (as corpus rows do); this project's bench files carry "id"
    folder = tmp_path / "beir-ids"
    folder.mkdir()
    for name in ("corpus.jsonl", "qrels.tsv"):
        (folder / name).write_bytes((toy / name).read_bytes())
    rows = [{"_id": q["id"], "text": q["text"]} for q in QUERIES]
    (folder / "queries.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8"
    )
    assert load_dataset(folder).queries == load_dataset(toy).queries == {q["id"]: q["text"] for q in QUERIES}
    (folder / "queries.jsonl").write_text('{"text": "没有编号的问题"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="every query needs 'id'"):
        load_dataset(folder)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (
            b"[" * 100_000 + b"]" * 100_000,
            "nests lists or objects too deeply to read; fix or remove the line",
        ),
        (
            b'{"id": ' + b"9" * 5000 + b', "text": "x"}',
            "holds a number of over 4,300 digits; write it as a string",
        ),
        (
            b'{"id": "q9", "text": "\xff"}',
            "is not a JSON object in UTF-8 ('utf-8' codec can't decode byte 0xff in position 22: "
            "invalid start byte); fix or remove the line",
        ),
        (
            b"{id: 1}",
            "is not a JSON object in UTF-8 (Expecting property name enclosed in double quotes: "
            "line 1 column 2 (char 1)); fix or remove the line",
        ),
        (b'{"id": ["q9"], "text": "x"}', "has an id that is a list; give each query a string id"),
        (b'{"id": "q9", "text": {"q": 1}}', "has a text that is an object; give the question as a string"),
        (b'{"text": "x"}', "every query needs 'id' (or BEIR's '_id') and 'text'"),
    ],
)
def test_a_bad_queries_line_is_one_line_naming_it(
    line: bytes, message: str, toy: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """A fault probe: a line nested 100,000 deep ended `citeqa eval` with a RecursionError traceback; a long
    number, a byte that is not UTF-8 or a line that is not JSON with Python's words and no file named."""
    folder = tmp_path / "bad-queries"
    folder.mkdir()
    for name in ("corpus.jsonl", "qrels.tsv"):
        (folder / name).write_bytes((toy / name).read_bytes())
    (folder / "queries.jsonl").write_bytes((toy / "queries.jsonl").read_bytes() + line + b"\n")
    with pytest.raises(ValueError) as refused:
        load_dataset(folder)
    assert str(refused.value) == f"{folder}/queries.jsonl:5: {message}"
    assert cli_main(["eval", "--dataset", str(folder)]) == 2
    assert capfd.readouterr().err == f"citeqa eval: {folder}/queries.jsonl:5: {message}\n"


def test_qrels_not_in_utf8_is_one_line_naming_it(toy: Path, tmp_path: Path) -> None:
    folder = tmp_path / "bad-qrels"
    folder.mkdir()
    for name in ("corpus.jsonl", "queries.jsonl"):
        (folder / name).write_bytes((toy / name).read_bytes())
    (folder / "qrels.tsv").write_bytes(QRELS.encode() + b"q\xff\td1\t1\n")
    with pytest.raises(ValueError) as refused:
        load_dataset(folder)
    assert str(refused.value) == f"{folder}/qrels.tsv:6: is not UTF-8; save the file as UTF-8"


def test_chunking_overrides_take_numbers_and_switches() -> None:
    settings = settings_with('{"keep_units": false, "min_chars": 150}', None)
    assert (settings.chunking.keep_units, settings.chunking.min_chars) == (False, 150)
