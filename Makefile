# Every target bootstraps the project's virtual environment (.venv) from pyproject.toml when it is missing or stale.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
GEN := $(BIN)/openapi-python-client generate --meta none --config generator-config.yaml --custom-template-path openapi/templates --overwrite
SWAGGER ?= ../shared/upstream/PhoneNumbers/stable/2025-06-01/phonenumbers.json
OURS ?=

.PHONY: install generate check-generated spec-diff spec-diff-sip lint typecheck pytest test test-reliability demo bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Rebuild generated/ from openapi/ (the only way anything in generated/ changes).
generate: $(STAMP)
	PATH="$(CURDIR)/$(BIN):$$PATH" $(GEN) --path openapi/phonenumbers.yaml --output-path generated/acs_phonenumbers_generated
	PATH="$(CURDIR)/$(BIN):$$PATH" $(GEN) --path openapi/shortcodes.yaml --output-path generated/acs_shortcodes_generated
	PATH="$(CURDIR)/$(BIN):$$PATH" $(GEN) --path openapi/siprouting.yaml --output-path generated/acs_siprouting_generated

# Fail when the committed generated/ differs from a fresh generation.
check-generated: $(STAMP)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	PATH="$(CURDIR)/$(BIN):$$PATH" $(GEN) --path openapi/phonenumbers.yaml --output-path "$$tmp/acs_phonenumbers_generated" >/dev/null && \
	PATH="$(CURDIR)/$(BIN):$$PATH" $(GEN) --path openapi/shortcodes.yaml --output-path "$$tmp/acs_shortcodes_generated" >/dev/null && \
	PATH="$(CURDIR)/$(BIN):$$PATH" $(GEN) --path openapi/siprouting.yaml --output-path "$$tmp/acs_siprouting_generated" >/dev/null && \
	diff -r -x __pycache__ "$$tmp/acs_phonenumbers_generated" generated/acs_phonenumbers_generated && \
	diff -r -x __pycache__ "$$tmp/acs_shortcodes_generated" generated/acs_shortcodes_generated && \
	diff -r -x __pycache__ "$$tmp/acs_siprouting_generated" generated/acs_siprouting_generated && \
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

# The README's main job: the whole lifecycle against an embedded emulator.
demo: $(STAMP)
	$(BIN)/acs-phonenumbers demo

bench: $(STAMP)
	$(BIN)/python tests/bench/run.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
