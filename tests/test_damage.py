"""The 68 damage cases of issue 10: each of the seed index's 17 files deleted, truncated to 0, truncated
to half or with 64 bytes overwritten. Each is loaded in its own process (forked from a warm zygote, so a
segfault is caught as a signal): every case is refused with one line naming the file and the fixing
command. With checksums skipped at load (as above CHECKSUM_AT_LOAD_BYTES) no case may crash either."""

from __future__ import annotations

import json
import random
import shutil
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import pytest

from indexer import store
from indexer.disk import digest_bytes
from indexer.manifest import canonical
from tests.conftest import CITEQA, start_server, stop_server
from tests.zygote import Zygote, zygote_fixture  # noqa: F401 — the fixture

FILES = ("manifest.json", *(f"g000001/{name}" for name in (*store.FILES, *store.SENTENCE_FILES)))
KINDS = ("deleted", "emptied", "halved", "overwritten")


def damage(path: Path, kind: str, rng: random.Random) -> None:
    if kind == "deleted":
        path.unlink()
        return
    data = bytearray(path.read_bytes())
    if kind == "emptied":
        data = bytearray()
    elif kind == "halved":
        data = data[: len(data) // 2]
    else:
        pos = max(0, len(data) // 2 - 32)
        for i in range(pos, min(pos + 64, len(data))):
            data[i] ^= rng.randrange(1, 256)  # every byte changes
    path.write_bytes(bytes(data))


def load(zygote: Zygote, index: Path, sizes_only: bool = False) -> tuple[str, dict[str, Any]]:
    out = index.parent / f"{index.name}.json"
    status = zygote.load(index, out, sizes_only)
    body = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
    return status, body


@pytest.fixture(scope="module")
def reference(zygote: Zygote, seed_index: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    intact = tmp_path_factory.mktemp("intact") / "index"
    shutil.copytree(seed_index, intact)
    status, body = load(zygote, intact)
    assert status == "exit 0" and body["loaded"] and body["results"]["bm25"], body
    return body


def test_the_seed_index_has_the_seventeen_files(seed_index: Path) -> None:
    on_disk = sorted(str(p.relative_to(seed_index)) for p in seed_index.rglob("*") if p.is_file())
    assert sorted([*FILES, "write.lock"]) == on_disk


def test_every_damaged_file_is_refused_naming_it(
    zygote: Zygote,
    seed_index: Path,
    tmp_path: Path,
    reference: dict[str, Any],  # the intact index loads and answers
) -> None:
    rng = random.Random(10)
    for n, (file, kind) in enumerate((f, k) for f in FILES for k in KINDS):
        case = tmp_path / f"case{n}"
        shutil.copytree(seed_index, case)
        damage(case / file, kind, rng)
        status, body = load(zygote, case)
        assert status == "exit 2", (file, kind, status, body)
        message = body["message"]
        assert "\n" not in message and file in message and "citeqa index" in message, (file, kind, message)
        shutil.rmtree(case)


def test_without_checksums_damage_never_crashes_the_loader(
    zygote: Zygote, seed_index: Path, tmp_path: Path, reference: dict[str, Any]
) -> None:
    """Sizes and contents only (the checks an index too large to checksum at load relies on): a damaged file
    is refused, or (were it to stay in range and consistent) loaded — never a signal, never a traceback."""
    rng = random.Random(10)
    outcomes: Counter[str] = Counter()
    for n, (file, kind) in enumerate((f, k) for f in FILES for k in KINDS):
        case = tmp_path / f"case{n}"
        shutil.copytree(seed_index, case)
        damage(case / file, kind, rng)
        status, body = load(zygote, case, sizes_only=True)
        assert status in ("exit 0", "exit 2"), (file, kind, status, body)
        if status == "exit 2":
            assert "\n" not in body["message"] and file in body["message"], (file, kind, body)
            outcomes["refused"] += 1
        else:
            same = body["results"] == reference["results"] and body["texts"] == reference["texts"]
            outcomes["loaded, same answers" if same else "loaded, different answers"] += 1
        shutil.rmtree(case)
    # measured: the structural checks alone catch all 68 (unit vectors, ordinal numbering, CSC invariants…)
    assert outcomes == {"refused": 68}


def test_cli_and_server_refuse_a_damaged_index_in_one_line(seed_index: Path, tmp_path: Path) -> None:
    index = tmp_path / "index"
    shutil.copytree(seed_index, index)
    damage(index / "g000001/tf_indices.npy", "overwritten", random.Random(1))
    for command in (["check"], ["search", "人才"], ["serve", "--port", "1"]):
        run = subprocess.run(
            [CITEQA, *command, "--index", str(index)], capture_output=True, text=True, timeout=120
        )
        assert run.returncode == 2, (command, run.stderr)
        lines = run.stderr.strip().splitlines()
        assert len(lines) == 1, run.stderr
        assert "g000001/tf_indices.npy: checksum mismatch; rebuild it with: citeqa index" in lines[0]
    ok = subprocess.run([CITEQA, "check", "--index", str(seed_index)], capture_output=True, text=True)
    assert ok.returncode == 0 and "OK — generation g000001, 5 documents, 54 passages; 17 files" in ok.stdout


def test_an_index_of_another_version_is_refused_naming_the_setting(seed_index: Path, tmp_path: Path) -> None:
    """A manifest with a fusion key this citeqa lacks (another version wrote it; checksum intact): the CLI
    exits 2 and the API answers 503 as for a damaged index, but the line names the key and the rebuild, where
    it said "damaged: manifest.json: malformed (FusionConfig.__init__() got an unexpected keyword…)"."""
    index = tmp_path / "index"
    shutil.copytree(seed_index, index)
    server = start_server(index, {"CITEQA_LLM_BASE_URL": ""})
    try:
        path = index / "manifest.json"
        manifest = json.loads(path.read_text(encoding="utf-8"))
        manifest["fusion"]["future_knob"] = 1
        manifest["commit"] = "f" * 32  # a writer of that version committed
        manifest["checksum"] = digest_bytes(canonical(manifest))
        path.write_text(json.dumps(manifest), encoding="utf-8")
        named = (
            f"index at {index} was written by another version of citeqa: manifest.json holds the setting "
            "fusion.future_knob, which this citeqa does not know"
        )
        expected = f"{named}; rebuild it with: citeqa index YOUR_DOCUMENTS --rebuild --index {index}"
        for command in (["check"], ["search", "人才"], ["serve", "--port", "1"]):
            run = subprocess.run(
                [CITEQA, *command, "--index", str(index)], capture_output=True, text=True, timeout=120
            )
            assert run.returncode == 2, (command, run.stderr)
            assert run.stderr == f"citeqa {command[0]}: {expected}\n"
        # the running server keeps answering from the commit it has; a write reads the new one and refuses
        assert httpx.post(server.url + "/search", json={"query": "人才", "top_k": 1}).status_code == 200
        write = httpx.post(
            server.url + "/documents", json={"doc_id": "n1", "text": "人才公寓建设。"}, timeout=60
        )
        assert write.status_code == 503
        error = write.json()["error"]
        assert error["code"] == "index_unavailable"
        # the server's hint names the user's documents too: `serve` exports its --index as CITEQA_INDEX, which
        # the hint had taken for the index of seeds/ (「citeqa index seeds --rebuild」 would replace them)
        assert error["message"] == expected
    finally:
        stop_server(server)


def test_a_missing_index_is_built_from_the_users_documents(tmp_path: Path) -> None:
    """A fault probe: `citeqa ask --index EMPTY` said "build one with: citeqa index seeds --index EMPTY",
    which fills the user's new index with the seed articles; seeds stay the advice for the project's own
    index."""
    from indexer.settings import PROJECT_ROOT
    from indexer.validate import build_hint

    out = subprocess.run(
        [CITEQA, "ask", "人才", "--index", str(tmp_path)], capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 2
    assert out.stderr.strip().splitlines() == [
        f"citeqa ask: no index at {tmp_path} (no manifest.json); build one with: citeqa index YOUR_DOCUMENTS "
        f"--index {tmp_path}"
    ]
    seeds = PROJECT_ROOT / "index"
    assert build_hint(seeds) == f"build one with: citeqa index seeds --index {seeds}"
