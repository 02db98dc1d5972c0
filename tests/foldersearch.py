"""Shared by the reader tests: copy files into a folder, index it with the real CLI and search it."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tests.conftest import CITEQA


def index_and_search(tmp_path: Path, files: Sequence[Path], query: str) -> tuple[str, dict[str, Any]]:
    """What `citeqa index` wrote to stderr, and the top result for ``query``, over a folder of ``files``."""
    folder = tmp_path / "docs"
    folder.mkdir()
    for path in files:
        (folder / path.name).write_bytes(path.read_bytes())
    index = tmp_path / "index"
    built = subprocess.run(
        [CITEQA, "index", str(folder), "--index", str(index)], capture_output=True, text=True, check=True
    )
    found = subprocess.run(
        [CITEQA, "search", query, "--index", str(index), "--top-k", "1", "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return built.stderr, json.loads(found.stdout)["results"][0]
