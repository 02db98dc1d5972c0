"""What a fault probe's reader sees (/work/notes/probe-readme.md L3, L8, L9): a JSON upload's region is
placed in the gazetteer as `citeqa index` places regions, or refused; a decompression bomb is 413
too_large; the 429 message is a sentence; `citeqa --version` prints the version. Against real servers."""

from __future__ import annotations

import io
import subprocess
import time
import zipfile
from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import CITEQA, Server, serving

CSRF = {"X-Requested-With": "curl"}
TEXT = "天枢星人才驿站管理办法\n\n本市在高新区设立天枢星人才驿站，为来访人才提供短期免费住宿。"


@pytest.fixture(scope="module")
def server(seed_index: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with serving(seed_index, tmp_path_factory.mktemp("faults-messages")) as running:
        yield running


def post(server: Server, body: dict[str, Any]) -> httpx.Response:
    return httpx.post(server.url + "/documents", json=body, timeout=300)


def found(server: Server, region: str) -> list[str]:
    """The uploads of this test that /search finds under ``region`` (the seeds have 山西省 documents too)."""
    query = {"query": "天枢星人才驿站", "top_k": 20, "mode": "bm25", "filters": {"region": region}}
    hits = httpx.post(server.url + "/search", json=query, timeout=60).json()["results"]
    return sorted({r["doc_id"] for r in hits if r["doc_id"].startswith("tianshu")})


def test_a_json_uploads_region_is_placed_in_the_gazetteer(server: Server) -> None:
    """L3: "region": "运城市" had been stored as typed, so filters.region 山西省 did not find it (a file
    of 运城市 is stored as 山西省运城市); 運城 in traditional script and a short name resolve the same."""
    for doc_id, typed in (("tianshu-a", "运城市"), ("tianshu-b", " 運城 "), ("tianshu-c", "盐湖区")):
        answer = post(server, {"doc_id": doc_id, "text": TEXT + doc_id, "region": typed})
        assert answer.status_code == 201, answer.text
        assert (answer.json()["outcome"], answer.json()["region"]) == (
            "added",
            "山西省运城市" + "盐湖区" * (doc_id == "tianshu-c"),
        )
    assert httpx.get(server.url + "/documents/tianshu-a", timeout=60).json()["region"] == "山西省运城市"
    assert found(server, "山西省") == ["tianshu-a", "tianshu-b", "tianshu-c"]
    assert found(server, "盐湖区") == ["tianshu-c"]
    assert found(server, "山东省") == []


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        (
            "火星",
            "the region '火星' is no Chinese province, city or county the gazetteer knows; write it as "
            "山西省运城市 or 运城市, or leave region out to have it read from the text",
        ),
        (
            "运城市、临汾市",
            "the region '运城市、临汾市' names 2 regions (山西省运城市、山西省临汾市); a document is about "
            "one — name that one, or leave region out to have it read from the text",
        ),
        (
            "西湖区",
            "the region '西湖区' is the name of 2 places (江西省南昌市西湖区、浙江省杭州市西湖区); write the "
            "one meant with its city or province",
        ),
    ],
)
def test_a_region_the_gazetteer_cannot_place_is_refused(server: Server, typed: str, says: str) -> None:
    """L3: 「火星」 had been stored, and /ask answered with a group named 火星. Refused (422 unknown_region),
    as is a region naming two places or a name two places share; nothing is written."""
    refused = post(server, {"doc_id": "mars", "text": TEXT + "火星", "region": typed})
    assert refused.status_code == 422, refused.text
    assert refused.json() == {"error": {"code": "unknown_region", "message": f"mars: {says}"}}
    assert httpx.get(server.url + "/documents/mars", timeout=60).status_code == 404


def _bomb(paragraphs: int) -> bytes:
    """A valid .docx whose document.xml expands to ``paragraphs`` empty paragraphs (tiny when zipped)."""
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    parts = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/'
        '2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.'
        'openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "word/document.xml": f'<?xml version="1.0"?><w:document {ns}><w:body>{"<w:p/>" * paragraphs}'
        "</w:body></w:document>",
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return out.getvalue()


def test_a_decompression_bomb_is_413_too_large(server: Server) -> None:
    """L8: a .docx expanding a thousandfold had been refused 422 unreadable; it is too large (413), as the
    README maps 413, and the index is unchanged."""
    bomb = _bomb(1_000_000)
    entry = zipfile.ZipFile(io.BytesIO(bomb)).getinfo("word/document.xml")
    ratio = entry.file_size // entry.compress_size
    before = httpx.get(server.url + "/documents", timeout=60).json()
    answer = httpx.post(
        server.url + "/documents?wait=true", files={"file": ("bomb.docx", bomb)}, headers=CSRF, timeout=300
    )
    if answer.status_code == 202:  # its text parts weigh more than an upload answered at once
        url = server.url + answer.json()["status_url"]
        deadline = time.monotonic() + 120
        while (job := httpx.get(url, timeout=60).json())["status"] not in ("done", "failed"):
            assert time.monotonic() < deadline, job
            time.sleep(0.2)
        results = job["results"]
    else:
        assert answer.status_code == 207, answer.text
        results = answer.json()["results"]
    assert [(r["status"], r["error"]) for r in results] == [
        (
            413,
            {
                "code": "too_large",
                "message": f"bomb.docx: is refused: word/document.xml expands {ratio}-fold (limit 100), the "
                "mark of a decompression bomb; upload its text instead",
            },
        )
    ]
    assert httpx.get(server.url + "/documents", timeout=60).json() == before


def test_the_rate_limit_message_is_a_sentence(seed_index: Path, tmp_path: Path) -> None:
    """L9: it had read 'more than 3 per 1 minute requests; retry in 60 s'."""
    with serving(seed_index, tmp_path, env={"CITEQA_RATE_LIMIT": "3/minute"}) as running:
        codes = [httpx.get(running.url + "/documents", timeout=60).status_code for _ in range(4)]
        limited = httpx.get(running.url + "/documents", timeout=60)
    assert codes == [200, 200, 200, 429] and limited.status_code == 429
    retry = int(limited.headers["retry-after"])
    assert 1 <= retry <= 60
    assert limited.json() == {
        "error": {
            "code": "rate_limited",
            "message": "too many requests: this server answers at most 3 requests a minute from one key or "
            f"address; try again in {retry} second{'' if retry == 1 else 's'}",
        }
    }


def test_citeqa_version_prints_the_version() -> None:
    """L9: `citeqa --version` had answered 'the following arguments are required: command' (exit 2)."""
    done = subprocess.run([CITEQA, "--version"], capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stdout, done.stderr) == (0, f"citeqa {version('citeqa')}\n", "")
