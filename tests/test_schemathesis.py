"""The whole OpenAPI schema, fuzzed by schemathesis with every check (status codes, content types, headers,
response-schema conformance, negative data rejection, positive data acceptance, ignored auth, 405 + Allow…)
against a real `citeqa serve` on loopback, with API keys on and keys required for reads. Fixed seed and
bounded examples: zero failures, at least 1,000 requests."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import serving

pytestmark = [pytest.mark.slow, pytest.mark.model]

SCHEMATHESIS = str(Path(sys.executable).parent / "schemathesis")
CONFIG = Path(__file__).with_name("schemathesis.toml")
RW_KEY = "rw-schemathesis-key-0123456789"
RO_KEY = "ro-schemathesis-key-0123456789"


def test_schema_holds_under_schemathesis(tmp_path: Path, seed_index: Path) -> None:
    env = {
        "CITEQA_API_KEYS": f"{RW_KEY}:rw,{RO_KEY}:ro",
        "CITEQA_READ_REQUIRES_KEY": "true",
        "CITEQA_RATE_LIMIT": "100000/minute",
    }
    report = tmp_path / "events.ndjson"
    with serving(seed_index, tmp_path, env) as server:
        run = subprocess.run(
            [
                SCHEMATHESIS,
                "--config-file",
                str(CONFIG),
                "run",
                f"{server.url}/openapi.json",
                "--checks",
                "all",
                "--seed",
                "20261130",
                "--max-examples",
                "40",
                "--generation-database",
                "none",
                "--header",
                f"Authorization: Bearer {RW_KEY}",
                "--report",
                "ndjson",
                "--report-ndjson-path",
                str(report),
                "--no-color",
            ],
            capture_output=True,
            text=True,
            timeout=900,
            cwd=tmp_path,
        )
    failures = run.stdout.find("FAILURES")
    summary = run.stdout[failures : failures + 6000] if failures >= 0 else run.stdout[-6000:]
    assert run.returncode == 0, summary
    requests = 0
    for line in report.read_text(encoding="utf-8").splitlines():
        event = json.loads(line)
        finished = event.get("ScenarioFinished")
        if finished:
            requests += len(finished["recorder"].get("interactions") or {})
    assert requests >= 1000, f"only {requests} requests\n{summary}"
    print(f"schemathesis: {requests} requests, 0 failures")
