# Every target bootstraps the project's virtual environment (.venv) from pyproject.toml when it is missing or stale.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
GEN := $(BIN)/openapi-python-client generate --meta none --config generator-config.yaml --custom-template-path openapi/templates --overwrite
SWAGGER ?= ../shared/upstream/PhoneNumbers/stable/2025-06-01/phonenumbers.json
OURS ?=

.PHONY: install generate check-generated spec-diff spec-diff-sip lint typecheck pytest test test-reliability official-suite demo bench clean

install: $(STAMP)

# A .venv without the stamp is a bootstrap that never finished (e.g. PYTHON was too old, or pip failed midway), and
# one whose interpreter is gone or older than 3.11 is no use either: both are rebuilt from scratch, not reused.
# Tooling comes from the `dev` dependency group (PEP 735, unpublished), which needs pip >= 25.1 for --group.
VENV_OK := import sys; sys.exit(sys.version_info < (3, 11))
$(STAMP): pyproject.toml
	@$(PYTHON) -c '$(VENV_OK)' 2>/dev/null || { echo "make: $(PYTHON) is not Python 3.11 or newer; run make PYTHON=python3.11 (or newer)" >&2; exit 2; }
	@if [ ! -f $(STAMP) ] || ! $(BIN)/python -c '$(VENV_OK)' 2>/dev/null; then \
		echo "make: creating $(VENV) afresh"; rm -rf $(VENV) && $(PYTHON) -m venv $(VENV); fi
	$(BIN)/python -m pip install --quiet --upgrade 'pip>=25.1'
	$(BIN)/python -m pip install --quiet -e '.[emulator,cli,opentelemetry,aiohttp]' --group dev
	touch $(STAMP)

# The async clients and raw-response views, generated from the sync clients in wrapper/ (openapi/tools/twins.py).
TWINS := PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python openapi/tools/twins.py

# Rebuild generated/ from openapi/ and the sync clients (the only way anything in generated/ changes).
generate: $(STAMP)
	PATH="$(CURDIR)/$(BIN):$$PATH" $(GEN) --path openapi/phonenumbers.yaml --output-path generated/acs_phonenumbers_generated
	PATH="$(CURDIR)/$(BIN):$$PATH" $(GEN) --path openapi/shortcodes.yaml --output-path generated/acs_shortcodes_generated
	PATH="$(CURDIR)/$(BIN):$$PATH" $(GEN) --path openapi/siprouting.yaml --output-path generated/acs_siprouting_generated
	$(BIN)/python openapi/tools/operations.py generated
	$(TWINS) generated/acs_phonenumbers_twins

# Fail when the committed generated/ differs from a fresh generation.
check-generated: $(STAMP)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	PATH="$(CURDIR)/$(BIN):$$PATH" $(GEN) --path openapi/phonenumbers.yaml --output-path "$$tmp/acs_phonenumbers_generated" >/dev/null && \
	PATH="$(CURDIR)/$(BIN):$$PATH" $(GEN) --path openapi/shortcodes.yaml --output-path "$$tmp/acs_shortcodes_generated" >/dev/null && \
	PATH="$(CURDIR)/$(BIN):$$PATH" $(GEN) --path openapi/siprouting.yaml --output-path "$$tmp/acs_siprouting_generated" >/dev/null && \
	$(BIN)/python openapi/tools/operations.py "$$tmp" && \
	$(TWINS) "$$tmp/acs_phonenumbers_twins" && \
	diff -r -x __pycache__ "$$tmp/acs_phonenumbers_generated" generated/acs_phonenumbers_generated && \
	diff -r -x __pycache__ "$$tmp/acs_shortcodes_generated" generated/acs_shortcodes_generated && \
	diff -r -x __pycache__ "$$tmp/acs_siprouting_generated" generated/acs_siprouting_generated && \
	diff -r -x __pycache__ "$$tmp/acs_phonenumbers_twins" generated/acs_phonenumbers_twins && \
	echo "generated/ matches a fresh generation"

# What an upstream swagger file has that our document lacks (or the reverse): make spec-diff SWAGGER=path [OURS=path]
spec-diff: $(STAMP)
	$(BIN)/python openapi/tools/spec_diff.py $(SWAGGER) $(OURS)

# The same for the SIP routing document (openapi/siprouting.yaml): make spec-diff-sip [SIP_SWAGGER=path]
SIP_SWAGGER ?= ../shared/upstream/SipRouting/stable/2023-03-01/communicationservicessiprouting.json
spec-diff-sip: $(STAMP)
	$(BIN)/python openapi/tools/spec_diff.py $(SIP_SWAGGER) openapi/siprouting.yaml

lint: $(STAMP)
	$(BIN)/ruff check wrapper tests openapi/tools
	$(BIN)/ruff format --check wrapper tests openapi/tools

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/python -m pytest -q -m "not reliability"

# The README's test command: lint, types, generation drift, then the suite.
test: lint typecheck check-generated pytest

test-reliability: $(STAMP)
	$(BIN)/python -m pytest -q -s -m reliability tests/reliability

# The acceptance measurement of the drop-in promise: the official 1.4.0 tests and samples on the emulator, with the
# official client and with the imports swapped to acs_phonenumbers (fetches the sdist with pip if not present).
official-suite: $(STAMP)
	$(BIN)/python tests/compat/run_official_suite.py

# The README's main job: the whole lifecycle against an embedded emulator.
demo: $(STAMP)
	$(BIN)/acs-phonenumbers demo

bench: $(STAMP)
	$(BIN)/python tests/bench/run.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
