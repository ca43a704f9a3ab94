# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install run test test-fast serve bench eval index clean

$(STAMP): pyproject.toml
	@echo "Installation de l'assistant dans $(VENV) : quelques minutes, une seule fois (ou après une mise à jour)…"
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	# The CPU wheel of torch must come first, or pip pulls a CUDA build of several GB.
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e '.[test,bench]'
	touch $(STAMP)
	@echo "Installation terminée."

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

# Question sets on the sample corpus (index/), then trials with their own corpus and index (build/eval-<name>).
EVAL_SETS := dev holdout unseen blind fresh fresh2
EVAL_CORPORA := transcripts newdocs newdocs2 newdocs3 newdocs4 newdocs5 newdocs6 newdocs7 newdocs8 newdocs9 newdocs10 newdocs11 newdocs12 newdocs13 newdocs14 newdocs15 newdocs16 newdocs17 newdocs18 newdocs19 newdocs20 newdocs21 newdocs22 newdocs23 newdocs24 newdocs25 newdocs26 newdocs27 newdocs28 newdocs29 newdocs30 newdocs31 newdocs32 newdocs33 newdocs34 newdocs35 newdocs36 newdocs37 newdocs38 newdocs39 newdocs40 newdocs41 newdocs43 newdocs44 newdocs45 newdocs46 newdocs47 newdocs48 newdocs49 newdocs50 newdocs51 newdocs52 newdocs53 newdocs54 newdocs55

eval: install index/CURRENT
	for set in $(EVAL_SETS); do $(PY) cli.py eval --questions eval/$$set.jsonl || exit 1; done
	for set in $(EVAL_CORPORA); do \
	  $(PY) cli.py ingest --corpus eval/$$set/corpus --index build/eval-$$set --json > /dev/null && \
	  $(PY) cli.py eval --questions eval/$$set/questions.jsonl --index build/eval-$$set || exit 1; \
	done

bench: install
	$(PY) bench/run_all.py

clean:
	rm -rf index/CURRENT index/gen-* $(VENV)
