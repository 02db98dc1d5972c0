"""Slow clients under fault injection, and two servers on one index.

1. SIGKILL `citeqa serve` (its pid) while slow clients trickle request heads and bodies (some within the
   body allowance, some far below it) beside fast writers; after each kill: `citeqa check`, every acknowledged
   document present, stalled clients answered 408 JSON (never ≥ 500) before the kill.
2. Two `citeqa serve` on one index: writes to one, each acknowledged write read back at once from the other
   (GET /documents/{id} and a doc_id-filtered /search) — a reader follows the committed manifest on every
   request, so the expected lag is zero requests.

usage: python -m eval.probe_messy.slow_clients WORKDIR ROUNDS [SEED]
"""

import json
import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.conftest import CITEQA, free_port

WORK = Path(sys.argv[1])
ROUNDS = int(sys.argv[2])
random.seed(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
INDEX = WORK / "sidx"
ENV = {
    **os.environ,
    "CITEQA_RATE_LIMIT": "1000000/minute",
    "CITEQA_HEADER_TIMEOUT": "2",
    "CITEQA_BODY_TIMEOUT": "2",
}
log = open(WORK / "slow_clients.log", "a")


def start(tag: str) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    errf = open(WORK / f"slow-{tag}-{port}.err", "wb")
    p = subprocess.Popen(
        [CITEQA, "serve", "--port", str(port), "--index", str(INDEX)],
        stdout=subprocess.DEVNULL,
        stderr=errf,
        env=ENV,
    )
    t0 = time.monotonic()
    while time.monotonic() - t0 < 120:
        if p.poll() is not None:
            raise SystemExit(f"server died at start rc={p.returncode}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return p, port
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit("no healthz")


def check() -> tuple[int, str]:
    r = subprocess.run([CITEQA, "check", "--index", str(INDEX)], capture_output=True, text=True)
    return r.returncode, (r.stdout + r.stderr).strip()


def status_of(raw: bytes) -> int:
    try:
        return int(raw.split(b" ", 2)[1])
    except (IndexError, ValueError):
        return 0


stats = {"rounds": 0, "acked": 0, "missing": 0, "check_fail": 0, "5xx": 0, "restart_fail": 0}
slow: dict[str, int] = {}  # outcome -> count
acked: dict[str, str] = {}
n = 0


def slow_client(port: int, kind: str, stop: threading.Event, rnd: int, i: int) -> None:
    """kind: 'head' trickles a request head; 'trickle' a body far below 1 KiB/s; 'steady' a 3 KiB body at
    ~3 KiB/s (inside the allowance: should be acknowledged)."""
    doc_id = f"s{rnd}-{kind}-{i}"
    phrase = f"慢速客户端第{rnd}轮{i}号：长治市人才驿站第{i}批。"
    body = json.dumps({"doc_id": doc_id, "text": phrase + "补" * 900}, ensure_ascii=False).encode()
    head = (
        f"POST /documents HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    ).encode()
    outcome = "?"
    try:
        s = socket.create_connection(("127.0.0.1", port), timeout=30)
        try:
            if kind == "head":
                for b in head[:40]:
                    s.sendall(bytes([b]))
                    time.sleep(0.3)
            else:
                s.sendall(head)
                step, pause = (16, 0.5) if kind == "trickle" else (256, 0.08)
                for k in range(0, len(body), step):
                    s.sendall(body[k : k + step])
                    time.sleep(pause)
        except OSError:
            pass  # the server answered and closed while we were still sending: read what it said
        raw = b""
        while chunk := s.recv(65536):
            raw += chunk
        code = status_of(raw)
        outcome = f"{kind}:{code}"
        if code >= 500:
            stats["5xx"] += 1
            log.write(f"5xx slow {kind} {raw[:300]!r}\n")
        if code == 201:
            acked[doc_id] = phrase
        if code == 408 and b'"request_timeout"' not in raw:
            outcome = f"{kind}:408-not-json"
    except OSError as exc:
        outcome = f"{kind}:cut({type(exc).__name__})" if not stop.is_set() else f"{kind}:killed"
    slow[outcome] = slow.get(outcome, 0) + 1


def writer(port: int, wid: int, rnd: int, stop: threading.Event) -> None:
    global n
    c = httpx.Client(timeout=60)
    while not stop.is_set():
        n += 1
        doc_id = f"w{rnd}-{wid}-{n}"
        phrase = f"快速写入第{rnd}轮{wid}号{n}：晋城市编制周转第{n}号。"
        try:
            r = c.post(f"http://127.0.0.1:{port}/documents", json={"doc_id": doc_id, "text": phrase})
            if r.status_code == 201:
                acked[doc_id] = phrase
            elif r.status_code >= 500:
                stats["5xx"] += 1
                log.write(f"5xx {r.status_code} {r.text[:300]}\n")
        except httpx.HTTPError:
            if stop.is_set():
                break
            time.sleep(0.05)


# ---------- 1. kill during slow clients ----------
for rnd in range(ROUNDS):
    p, port = start("k")
    stop = threading.Event()
    ts = [threading.Thread(target=writer, args=(port, w, rnd, stop)) for w in range(2)]
    ts += [
        threading.Thread(target=slow_client, args=(port, kind, stop, rnd, i))
        for i, kind in enumerate(["head", "trickle", "steady", "steady", "trickle"])
    ]
    for t in ts:
        t.start()
    time.sleep(random.uniform(2.0, 8.0))
    stop.set()  # from here on a cut connection is the kill's doing
    os.kill(p.pid, signal.SIGKILL)
    p.wait()
    stop.set()
    for t in ts:
        t.join()
    rc, msg = check()
    if rc != 0:
        stats["check_fail"] += 1
        log.write(f"round {rnd} check rc={rc} {msg}\n")
    try:
        p, port = start("v")
    except SystemExit as e:
        stats["restart_fail"] += 1
        log.write(f"round {rnd} restart: {e}\n")
        break
    c = httpx.Client(timeout=60)
    for doc_id, phrase in list(acked.items()):
        r = c.get(f"http://127.0.0.1:{port}/documents/{doc_id}")
        if r.status_code != 200 or phrase not in r.json()["text"]:
            stats["missing"] += 1
            log.write(f"round {rnd} missing {doc_id} {r.status_code}\n")
    p.terminate()
    p.wait()
    stats["rounds"] += 1
    stats["acked"] = len(acked)
    print(rnd, json.dumps(stats), json.dumps(slow, sort_keys=True), flush=True)
print("KILL-SLOW FINAL", json.dumps(stats), json.dumps(slow, sort_keys=True), check()[1], flush=True)

# ---------- 2. two servers on one index ----------
pa, porta = start("a")
pb, portb = start("b")
ca, cb = httpx.Client(timeout=60), httpx.Client(timeout=60)
two = {"writes": 0, "acked": 0, "get_not_seen": 0, "search_not_seen": 0, "5xx": 0, "deleted_still_seen": 0}
for i in range(60):
    doc_id = f"two{i}"
    phrase = f"双服务器第{i}号：阳泉市引才计划第{i}批{random.randrange(10**6)}。"
    r = ca.post(f"http://127.0.0.1:{porta}/documents", json={"doc_id": doc_id, "text": phrase})
    two["writes"] += 1
    if r.status_code >= 500:
        two["5xx"] += 1
    if r.status_code != 201:
        log.write(f"two: write {r.status_code} {r.text[:200]}\n")
        continue
    two["acked"] += 1
    g = cb.get(f"http://127.0.0.1:{portb}/documents/{doc_id}")
    if g.status_code != 200 or phrase not in g.json()["text"]:
        two["get_not_seen"] += 1
        log.write(f"two: {doc_id} not visible on B: {g.status_code}\n")
    s = cb.post(
        f"http://127.0.0.1:{portb}/search",
        json={"query": phrase[:12], "top_k": 3, "mode": "bm25", "filters": {"doc_id": doc_id}},
    )
    hits = s.json().get("results", s.json().get("hits", [])) if s.status_code == 200 else []
    if s.status_code >= 500:
        two["5xx"] += 1
    if not hits:
        two["search_not_seen"] += 1
        log.write(f"two: {doc_id} search on B {s.status_code} {s.text[:200]}\n")
    if i % 5 == 4:  # a delete on A is gone from B at once
        d = ca.delete(f"http://127.0.0.1:{porta}/documents/{doc_id}")
        seen = cb.get(f"http://127.0.0.1:{portb}/documents/{doc_id}").status_code
        if d.status_code in (200, 204) and seen != 404:
            two["deleted_still_seen"] += 1
for proc in (pa, pb):
    proc.terminate()
    proc.wait()
print("TWO-SERVERS", json.dumps(two), "check:", check()[1], flush=True)
