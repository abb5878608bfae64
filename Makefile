# `make run` and `make test` work from a fresh clone with only Python 3.11+ and make.
# Both create .venv when missing and install the project with every extra and the dev tools.

# The probe is silent: a pyenv shim for a version that is not installed complains on stderr.
PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
	command -v $$p >/dev/null 2>&1 \
	&& $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1 \
	&& { echo $$p; break; }; done)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test setup lint typecheck pytest lint-lexicon bench fuzz test-offline bundle clean

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "error: Python 3.11 or newer is needed (none found on PATH)"; exit 1; }
	@echo "Python: $(PYTHON)"
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=25.1"
	$(BIN)/python -m pip install --quiet -e ".[mt,speech,display,cards]" --group dev
	@touch $(STAMP)

setup: $(STAMP)

run: setup
	$(BIN)/phrasebook

test: setup lint typecheck pytest

lint: setup
	$(BIN)/ruff check phrasebook tests bench tools
	$(BIN)/ruff format --check phrasebook tests bench tools
	$(BIN)/lint-imports

typecheck: setup
	$(BIN)/mypy

# pytest exits 5 when it collected no test: that is not a failure of the code.
pytest: setup
	$(BIN)/python -m pytest --cov --cov-report=term:skip-covered $(PYTEST_ARGS) || [ $$? -eq 5 ]

# ≥ 100,000 generated inputs against search, the YAML loader, transcribers, archives and the CLI.
# Then, where atheris installs, 100,000 coverage-guided runs of search and the transcribers.
fuzz: setup
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -q -p no:cacheprovider tests/test_fuzz.py
	@if $(BIN)/python -m pip install --quiet atheris 2>/dev/null; then \
		$(BIN)/python tools/fuzz_atheris.py -runs=100000 -print_final_stats=1; \
	else echo "atheris does not install here: the hypothesis targets above are the fuzz run"; fi

# The suite and a scripted TUI session in a network namespace whose only interface is loopback
# (the local index-server tests need 127.0.0.1; nothing else can be reached).
OFFLINE := unshare -rn sh -c 'ip link set lo up 2>/dev/null || true; exec "$$0" "$$@"'

test-offline: setup
	unshare -rn true 2>/dev/null || { echo "unshare -n is not available here; run make test"; exit 1; }
	$(OFFLINE) $(BIN)/python -m pytest -q $(PYTEST_ARGS)
	$(OFFLINE) $(BIN)/python tools/tui_session.py

# dist/phrasebook-VERSION-bundle/ and its .zip: installs with no network (README: "No network
# where you are going"). Fetches wheels for every platform; BUNDLE_ARGS adds options, such as
# --platform linux-x86_64 --python 3.12, or --from-installed for this machine alone, offline.
bundle: setup
	$(BIN)/phrasebook bundle dist $(BUNDLE_ARGS)

lint-lexicon: setup
	$(BIN)/phrasebook lexicon validate

bench: setup
	@for script in bench/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache .coverage
