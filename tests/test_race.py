"""Writers racing on one index (issue 10): two `citeqa index` runs and two servers write at the same time —
every pairing at once (two CLI runs; CLI + server; two servers). Every acknowledged document is present at
the end, in both servers (they follow each other's commits) and on disk."""

from __future__ import annotations

import shutil
import subprocess
import threading
from pathlib import Path

import httpx

from indexer.store import read_index
from tests.conftest import CITEQA
from tests.zygote import Zygote, zygote_fixture  # noqa: F401 — the fixture


def test_two_cli_runs_and_two_servers_lose_nothing(zygote: Zygote, seed_index: Path, tmp_path: Path) -> None:
    index = tmp_path / "index"
    shutil.copytree(seed_index, index)
    folders = []
    for name in ("cli_a", "cli_b"):
        folder = tmp_path / name
        folder.mkdir()
        for i in range(2):
            (folder / f"{name}_{i}.txt").write_text(
                f"{name}文档{i}\n某区设立人才驿站{i}处,为{name}来访人才提供住宿。", encoding="utf-8"
            )
        folders.append(folder)
    servers = [zygote.serve(index), zygote.serve(index)]
    acknowledged: list[str] = []
    failures: list[str] = []

    def upload(n: int, url: str) -> None:
        with httpx.Client(timeout=180) as http:
            for i in range(4):
                doc_id = f"s{n}_{i}"
                text = f"服务器{n}文档{i}\n某区建成人才公寓{i}套。"
                r = http.post(url + "/documents", json={"text": text, "doc_id": doc_id})
                if r.status_code == 201:
                    acknowledged.append(doc_id)
                else:
                    failures.append(f"{doc_id}: {r.status_code} {r.text[:200]}")

    clis = [
        subprocess.Popen(
            [CITEQA, "index", str(folder), "--index", str(index)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for folder in folders
    ]
    threads = [threading.Thread(target=upload, args=(n, url)) for n, (_, url) in enumerate(servers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    for cli in clis:
        _, err = cli.communicate(timeout=300)
        assert cli.returncode == 0, err
    assert not failures, failures
    assert sorted(acknowledged) == [f"s{n}_{i}" for n in (0, 1) for i in range(4)]
    expected = {"cli_a_0", "cli_a_1", "cli_b_0", "cli_b_1", *acknowledged}
    seeds = {d.doc_id for d in read_index(seed_index).documents}
    for pid, url in servers:
        listed = {d["doc_id"] for d in httpx.get(url + "/documents", timeout=60).json()["documents"]}
        assert listed == seeds | expected
        zygote.kill(pid)
    assert {d.doc_id for d in read_index(index).documents} == seeds | expected
