# The two set-up commands: `make demo` and `make test`. Each creates what it needs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PG     := $(BIN)/policygraph
OUT    := outputs

.PHONY: demo test lint bench clean gazetteer browser

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Installed (editable) with the test extras; re-run when the project's metadata changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

demo: $(VENV)/.installed
	mkdir -p $(OUT)
	$(PG) extract examples --format jsonl > $(OUT)/extractions.jsonl.tmp && mv $(OUT)/extractions.jsonl.tmp $(OUT)/extractions.jsonl
	$(PG) build examples -o $(OUT)/graph.ttl -o $(OUT)/graph.trig
	$(PG) draw $(OUT)/graph.ttl -o $(OUT)/graph.png
	$(PG) draw $(OUT)/graph.ttl -o $(OUT)/graph.svg
	$(PG) draw $(OUT)/graph.ttl -o $(OUT)/graph.html
	$(PG) draw $(OUT)/graph.ttl -o $(OUT)/timeline.png --timeline document
	$(PG) export $(OUT)/graph.ttl --to graphml -o $(OUT)/graph.graphml
	$(PG) query $(OUT)/graph.ttl --name documents --format markdown > $(OUT)/documents.md.tmp && mv $(OUT)/documents.md.tmp $(OUT)/documents.md

lint: $(VENV)/.installed
	$(BIN)/ruff check src tests scripts benchmarks
	$(BIN)/mypy

test: $(VENV)/.installed lint browser
	$(BIN)/pytest

# The page tests open the HTML view in headless Chromium (Debian's package). Installed here
# when missing and possible (root with apt-get); otherwise those tests are skipped.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing Debian's chromium for the page tests"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium not found and cannot be installed here: page tests will be skipped"; fi; }

bench: $(VENV)/.installed
	for script in benchmarks/bench_*.py; do $(BIN)/python $$script || exit 1; done

# Regenerate the gazetteer data files from vietnamadminunits (see scripts/build_gazetteer.py).
gazetteer: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet 'vietnamadminunits==1.0.4'
	$(BIN)/python scripts/build_gazetteer.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
