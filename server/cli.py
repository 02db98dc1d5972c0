"""The `citeqa` command line: index, search, ask, serve, eval, mcp (SPEC §3).

Errors a user can fix print one line on stderr and exit with status 2; `--json` prints exactly the body
the HTTP API returns for the same request.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from indexer.searcher import Searcher
    from server.config import Settings

from server.cli_args import STORE_FLAGS, build_parser, settings_from
from server.cli_index import cmd_index, pipeline_note

logger = logging.getLogger(__name__)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _clip(text: str, width: int) -> str:
    out, used = "", 0
    for ch in text.replace("\n", " "):
        w = _width(ch)
        if used + w > width - 1:
            return out + "…"
        out += ch
        used += w
    return out


def cmd_search(args: argparse.Namespace) -> int:
    from indexer.backend import open_retriever
    from indexer.ingest import validate_doc_id
    from indexer.query import NO_WORDS, check_text, check_unicode, has_words
    from indexer.searcher import Filters
    from server.schemas import search_response

    if not has_words(check_text(args.query)):  # as POST /search refuses it (422)
        raise ValueError(f"the query {NO_WORDS}")

    if args.doc_id is not None:
        # as the API does (422): a malformed id is a mistake, not "no match"
        validate_doc_id(args.doc_id, stored=True)
    if args.region is not None:
        check_unicode(args.region, "region")
    retriever = open_retriever(settings_from(args).store())
    started = time.perf_counter()
    filters = Filters(region=args.region, doc_id=args.doc_id)
    hits = retriever.search(args.query, args.top_k, args.mode, filters)
    body = search_response(args.query.strip(), args.mode, hits, (time.perf_counter() - started) * 1000)
    if args.json:
        print(body.model_dump_json())
        return 0
    if not body.results:
        print(_no_match(args, retriever))
        return 0
    print(f"{'#':>2}  {'score':>7}  {'bm25':>7}  {'dense':>6}  {'region':<18}  passage")
    for r in body.results:
        region = _clip(r.region or "-", 18)
        pad = " " * max(0, 18 - _width(region))
        # a leg the mode never ran is "—", not a 0.000 that reads as a score
        bm25 = "—".rjust(7) if args.mode == "dense" else f"{r.scores.bm25:7.2f}"
        dense = "—".rjust(6) if args.mode == "bm25" else f"{r.scores.dense:6.3f}"
        print(f"{r.rank:>2}  {r.score:7.3f}  {bm25}  {dense}  {region}{pad}  {_clip(r.text, 70)}")
        print(f"{'':>45}{_clip((r.title or r.doc_id) + '  ' + r.passage_id, 70)}")
    return 0


def _no_match(args: argparse.Namespace, retriever: Searcher) -> str:
    """Why `search` found nothing: a filter that matches no passage is the cause when the same question
    without it finds some ("try other words" had sent the user after the wrong thing)."""
    given = (("--region", args.region), ("--doc-id", args.doc_id))
    filters = " ".join(f"{flag} {value}" for flag, value in given if value is not None)
    if filters and retriever.search(args.query, 1, args.mode):
        return f"the filter {filters} matched nothing; without it the question finds passages"
    if args.mode == "dense":
        return "no passage matches; try other words"
    return "no passage matches; try other words or --mode dense"


def cmd_ask(args: argparse.Namespace) -> int:
    """The answer /ask gives (same path, same settings), then its numbered sources; --json: the body."""
    from indexer.backend import open_retriever
    from indexer.ingest import validate_doc_id
    from indexer.searcher import Filters
    from server.answer import UNKNOWN_REGION
    from server.generate import answer_question
    from server.limits import MAX_ASK_K

    if not 1 <= args.top_k <= MAX_ASK_K:  # as POST /ask refuses (422): an answer draws on at most 20
        raise ValueError(f"top_k of {args.top_k} is out of range; pass a value from 1 to {MAX_ASK_K}")
    if args.doc_id is not None:
        validate_doc_id(args.doc_id, stored=True)  # as search and the API refuse a malformed id
    filters = Filters(region=args.region, doc_id=args.doc_id) if args.region or args.doc_id else None
    settings = settings_from(args)
    response = answer_question(open_retriever(settings.store()), args.question, args.top_k, settings, filters)
    if args.json:
        print(response.model_dump_json())
        return 0
    out = [response.answer]
    if response.citations:
        out += ["", "来源:"]
    for c in response.citations:
        where = c.region or UNKNOWN_REGION
        out.append(f"[{c.n}] {c.title or c.doc_id} · {where} · {c.passage_id} [{c.start}:{c.end}]")
        out.append(f"    {json.dumps(c.quote, ensure_ascii=False)}")
    sys.stdout.write("\n".join(out) + "\n")
    return 0


def _check_port(host: str, port: int) -> None:
    """A ValueError saying so when ``host``:``port`` cannot be bound (in use, or no such address here)."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise ValueError(f"cannot serve on {host}: {exc.strerror}") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds it
        try:
            probe.bind(address)
        except OSError as exc:
            raise ValueError(
                f"cannot serve on {host}:{port}: {exc.strerror}; stop what uses it, or pass another --port"
            ) from None


WORKERS_PER_CORE = 4
WORKER_MIB = 256  # what one serving process holds (docs/performance.md: 216-258 MiB on the seeds)


def max_workers() -> int:
    """The most server processes this machine can run: WORKERS_PER_CORE per usable core, and no more than
    its available memory holds at WORKER_MIB each (at least 1)."""
    import os

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    most = WORKERS_PER_CORE * cores
    try:  # MemAvailable (free memory and the page cache the kernel can reclaim), in KiB
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            kib = next(int(line.split()[1]) for line in meminfo if line.startswith("MemAvailable:"))
    except (OSError, ValueError, IndexError, StopIteration):  # not Linux: the cores alone bound it
        return most
    return max(1, min(most, kib // (WORKER_MIB << 10)))


def cmd_serve(args: argparse.Namespace) -> int:
    import logging.config
    import os

    import uvicorn

    from indexer.backend import check_store
    from server.config import is_loopback
    from server.logs import log_config
    from server.protocol import PROTOCOL

    if args.workers < 1:
        raise ValueError(f"--workers {args.workers}: pass 1 or more")
    most = max_workers()
    if args.workers > most:
        # each worker loads the index and the encoder (~250 MiB): --workers 1000 on 2 cores had spawned
        # workers until the kernel's OOM killer ended them and other processes of the machine (a probe)
        raise ValueError(
            f"--workers {args.workers}: this machine runs at most {most} ({WORKERS_PER_CORE} per CPU core, "
            f"within its free memory at {WORKER_MIB} MiB each); pass 1 to {most}"
        )
    settings = settings_from(args, host=args.host)
    store = settings.store()
    # a missing, incompatible or damaged index (or an unreachable Milvus) stops here in one line, once, not
    # in every worker
    check_store(store)
    behind = pipeline_note(store)  # an index of another text pipeline is served as built; one line says so
    keys = settings.keys  # a malformed CITEQA_API_KEYS stops here with its message
    _check_port(args.host, args.port)  # a port in use is one line, not uvicorn's seven log lines
    config = log_config()
    logging.config.dictConfig(config)
    if not keys and not is_loopback(args.host):
        if not args.allow_no_auth:
            raise ValueError(
                f"refusing to serve on {args.host} without API keys: anyone who reaches the port could "
                "upload and delete documents. Set CITEQA_API_KEYS (e.g. SECRET:rw,SECRET2:ro), serve on "
                "127.0.0.1, or pass --allow-no-auth to accept the risk"
            )
        logger.warning("serving on %s WITHOUT API keys (--allow-no-auth): anyone may write", args.host)
    elif not keys:
        logger.warning("no API keys configured (CITEQA_API_KEYS): serving on loopback %s only", args.host)
    if behind is not None:
        logger.warning("%s", behind)
    # Every worker builds its app from the environment (uvicorn's multi-process mode needs an import string).
    _export_store(settings)
    os.environ["CITEQA_HOST"] = args.host
    uvicorn.run(
        "server.api:create_app_from_env",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_config=config,
        access_log=False,
        timeout_graceful_shutdown=10,
        http=PROTOCOL,  # uvicorn's h11 with a request-head timeout and JSON 400s (server/protocol.py)
    )
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    """Run the evaluation module in its own process: the server never imports eval/."""
    done = subprocess.run([sys.executable, "-m", "eval", *args.extra], check=False)
    return done.returncode


def _export_store(settings: Settings) -> None:
    """The index the command line chose, for what reads its settings from the environment."""
    import os

    os.environ["CITEQA_INDEX"] = str(settings.index_dir.resolve())
    for name in STORE_FLAGS:
        value = getattr(settings, name)
        if value:
            os.environ[f"CITEQA_{name.upper()}"] = str(value)


def cmd_mcp(args: argparse.Namespace) -> int:
    from server.mcp_stdio import run_stdio

    # (--index as for every other command: a chat tool's config passing it had failed at once, a probe)
    _export_store(settings_from(args))
    run_stdio()
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Every checksum and every structural check, whatever the index size; one line either way."""
    from indexer.sentences import occurrence_keys
    from indexer.settings import holds_units
    from indexer.store import read_index, read_manifest
    from indexer.validate import IndexDamagedError, Problem, check_sentence_counts

    settings = settings_from(args)
    if settings.backend == "milvus":
        raise ValueError(
            "citeqa check verifies an embedded index's files; for Milvus recount the statistics with "
            "python -m indexer.milvus_admin rebuild-stats"
        )
    index_dir = settings.index_dir
    started = time.perf_counter()
    data = read_index(index_dir, verify="full")
    if data.sentences is not None:  # the reference counts, recounted from the passages
        store = data.sentences
        try:
            check_sentence_counts(
                store.keys,
                store.counts,
                occurrence_keys(
                    [data.passage_text(r) for r in range(data.passages)],
                    holds_units(data.settings),
                ),
            )
        except Problem as problem:
            raise IndexDamagedError(
                index_dir, f"g{data.generation:06d}/{problem.file}", problem.reason
            ) from None
    files = read_manifest(index_dir)["files"]
    size = sum(int(f["size"]) for f in files.values())
    print(
        f"{index_dir}: OK — generation g{data.generation:06d}, {len(data.documents)} documents, "
        f"{data.passages} passages; {len(files) + 1} files ({size / 1024:.0f} KiB) verified "
        f"in {time.perf_counter() - started:.2f}s"
    )
    return 0


COMMANDS = {
    "index": cmd_index,
    "search": cmd_search,
    "ask": cmd_ask,
    "serve": cmd_serve,
    "eval": cmd_eval,
    "mcp": cmd_mcp,
    "check": cmd_check,
}


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    # pypdf warns about every damaged PDF ("EOF marker not found") and trafilatura about every page with no
    # main text ("discarding data: None"); the skipped line that follows names the file and the reason, once
    for chatty in ("pypdf", "trafilatura"):
        logging.getLogger(chatty).setLevel(logging.ERROR)
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra and args.command != "eval":
        command = f"citeqa {args.command}"
        print(f"{command}: unrecognized arguments: {' '.join(extra)} (see {command} --help)", file=sys.stderr)
        return 2
    args.extra = extra
    return guarded(args.command, lambda: COMMANDS[args.command](args))


def guarded(command: str, run: Callable[[], int]) -> int:
    """Run a command: a mistake or an unreadable file is one line on stderr and exit status 2, not a
    traceback (`citeqa eval`, which runs as its own process, goes through here too)."""
    try:
        return run()
    except BrokenPipeError:  # the reader went away (`citeqa search … | head -1`): no more to say, to anyone
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # (the exit flush would fail again)
        return 128 + signal.SIGPIPE
    except (ValueError, OSError) as exc:
        print(f"citeqa {command}: {_describe(exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


def _describe(exc: Exception) -> str:
    if "pydantic_core" in sys.modules:  # loaded by whatever raised a ValidationError; not at start-up
        from pydantic_core import ValidationError

        if isinstance(exc, ValidationError) and exc.title == "Settings":
            from server.config import settings_problem

            return settings_problem(exc)
    return str(exc)


if __name__ == "__main__":
    sys.exit(main())
