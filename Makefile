# citeqa — the two commands of the README: `make run` and `make test`.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install install-dev lint index bench bench-full bench-milvus eval clean

$(BIN)/python:
	@command -v $(PY) >/dev/null 2>&1 || { echo "need $(PY) (Python 3.11) on PATH"; exit 1; }
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# Default install: no torch (the default encoder is pure numpy).
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

# Every extra; torch pinned first so sentence-transformers takes the CPU build on disk.
$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[st,dev,milvus]'
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

index: install
	$(BIN)/citeqa index seeds

run: install
	$(BIN)/citeqa index seeds --if-stale
	$(BIN)/citeqa serve --host $(HOST) --port $(PORT)

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy indexer server eval tests

test: install-dev lint
	$(BIN)/python -m pytest -q

eval: install
	$(BIN)/python -m eval.quality

bench: install-dev
	$(BIN)/python -m eval.bench --tier quick

bench-full: install-dev
	$(BIN)/python -m eval.bench --tier full

# Embedded vs Milvus (milvus-lite) at 100k passages, and recall parity on the bench sets (README "Scaling out").
bench-milvus: install-dev
	$(BIN)/python -m eval.bench_milvus
	$(BIN)/python -m eval.milvus_parity --dataset ../shared/bench/cmrc2018 --dataset ../shared/bench/drcd

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
