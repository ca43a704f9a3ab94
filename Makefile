# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install run test test-fast serve bench eval index clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	# The CPU wheel of torch must come first, or pip pulls a CUDA build of several GB.
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e '.[test,bench]'
	touch $(STAMP)

install: $(STAMP)

index/CURRENT: | $(STAMP)
	$(PY) cli.py ingest

index: install
	$(PY) cli.py ingest

# The refresh is incremental: a no-op when corpus/ and the code did not change, a rebuild after an upgrade.
run: install index
	$(PY) cli.py tui

test: install
	$(PY) -m pytest -q

# The fast part alone (under a minute): no browser, server, child process, pty, snapshot or default model.
test-fast: install
	$(PY) -m pytest -q -m "not (browser or server or subprocess or pty or snapshot or model)"

serve: install index
	$(PY) cli.py serve

eval: install index/CURRENT
	$(PY) cli.py eval --questions eval/dev.jsonl
	$(PY) cli.py eval --questions eval/holdout.jsonl
	$(PY) cli.py eval --questions eval/unseen.jsonl
	$(PY) cli.py eval --questions eval/blind.jsonl
	$(PY) cli.py eval --questions eval/fresh.jsonl
	$(PY) cli.py eval --questions eval/fresh2.jsonl
	$(PY) cli.py ingest --corpus eval/transcripts/corpus --index build/eval-transcripts --json > /dev/null
	$(PY) cli.py eval --questions eval/transcripts/questions.jsonl --index build/eval-transcripts
	$(PY) cli.py ingest --corpus eval/newdocs/corpus --index build/eval-newdocs --json > /dev/null
	$(PY) cli.py eval --questions eval/newdocs/questions.jsonl --index build/eval-newdocs
	$(PY) cli.py ingest --corpus eval/newdocs2/corpus --index build/eval-newdocs2 --json > /dev/null
	$(PY) cli.py eval --questions eval/newdocs2/questions.jsonl --index build/eval-newdocs2
	$(PY) cli.py ingest --corpus eval/newdocs3/corpus --index build/eval-newdocs3 --json > /dev/null
	$(PY) cli.py eval --questions eval/newdocs3/questions.jsonl --index build/eval-newdocs3
	$(PY) cli.py ingest --corpus eval/newdocs4/corpus --index build/eval-newdocs4 --json > /dev/null
	$(PY) cli.py eval --questions eval/newdocs4/questions.jsonl --index build/eval-newdocs4
	$(PY) cli.py ingest --corpus eval/newdocs5/corpus --index build/eval-newdocs5 --json > /dev/null
	$(PY) cli.py eval --questions eval/newdocs5/questions.jsonl --index build/eval-newdocs5
	$(PY) cli.py ingest --corpus eval/newdocs6/corpus --index build/eval-newdocs6 --json > /dev/null
	$(PY) cli.py eval --questions eval/newdocs6/questions.jsonl --index build/eval-newdocs6

bench: install
	$(PY) bench/run_all.py

clean:
	rm -rf index/CURRENT index/gen-* $(VENV)
