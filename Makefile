# openrouter-py: every command CI runs is a target here; `make test` is the whole of CI.
PYTHON  ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
GEN_DIR := generated/openrouter_api
OPC      = $(BIN)/openapi-python-client generate --path openapi.yaml --meta none \
           --config codegen/config.yaml --custom-template-path codegen/templates \
           --fail-on-warning --overwrite

.PHONY: install generate check-generated validate-spec lint typecheck pytest test demo bench record clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[testing]' --group dev
	touch $(STAMP)

# The one generation recipe, for both targets below: generate into folder $(1) (the generator's
# output is shown only when it fails).
define generate_into
PATH="$(CURDIR)/$(BIN):$$PATH" $(OPC) --output-path $(1) > $(1).log 2>&1 || { cat $(1).log; rm -f $(1).log; exit 1; }; \
rm -f $(1).log; touch $(1)/py.typed; \
PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python codegen/models_all.py $(1)
endef

# Regenerate the low-level package from openapi.yaml (see codegen/README.md).
generate: install
	$(call generate_into,$(GEN_DIR))
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python codegen/params.py
	$(BIN)/python codegen/extract_routes.py
	$(BIN)/python -m tests.readme_operations

# The modules codegen/params.py writes into openrouter/ (request parameter types, checks, builder).
PARAM_FILES := params.py _schemas.py _schemas.json _builder_params.py

# Regenerate into a temporary folder and fail on any difference from the committed files.
check-generated: install
	@tmp=$$(mktemp -d); $(call generate_into,$$tmp/openrouter_api); \
	diff -r -x __pycache__ $(GEN_DIR) $$tmp/openrouter_api; rc=$$?; \
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python codegen/params.py --out-dir $$tmp/params || rc=1; \
	for f in $(PARAM_FILES); do diff openrouter/$$f $$tmp/params/$$f || rc=1; done; rm -rf $$tmp; \
	if [ $$rc -ne 0 ]; then echo "generated code is out of date: run 'make generate' and commit"; fi; exit $$rc

# The one spec validation is a test (tests/test_spec.py, part of `make pytest`); this runs it alone.
validate-spec: install
	$(BIN)/python -m pytest -q -p no:cacheprovider tests/test_spec.py::test_the_spec_is_valid_openapi_3_1

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# The library, its tests, the examples and README.md's Python blocks, all strict. Tests are the
# namespace package `tests` (imported from the repository root, hence --explicit-package-bases);
# each example imports its helper `_setup` as a top-level module, so examples/ is checked on its
# own; the README's blocks are written out as files first (tests/readme_source.py).
typecheck: install
	$(BIN)/mypy --strict --explicit-package-bases --exclude tests/typing/ openrouter tests
	$(BIN)/mypy --strict examples
	@tmp=$$(mktemp -d); $(BIN)/python -m tests.readme_source $$tmp && \
	(cd $$tmp && echo "mypy --strict README.md's Python blocks" && $(CURDIR)/$(BIN)/mypy --strict *.py); \
	rc=$$?; rm -rf $$tmp; exit $$rc
	$(BIN)/python -m tests.typing.check
	$(BIN)/mypy --config-file codegen/mypy-generated.ini -p openrouter_api

# Tests that need Redis start their own redis-server on a free loopback port (tests/redis_server.py).
# The whole suite on the default HTTP stack (httpx2, installed by the dev group), then the tests
# that reach the transport (pipeline, streams, sockets, errors, emulator, cassettes) on httpx.
STACK_TESTS := tests/test_pipeline.py tests/test_pipeline_attacks.py tests/test_streaming.py \
	tests/test_stream_connections.py tests/test_retries.py tests/test_errors.py \
	tests/test_emulator_server.py tests/test_emulator_faults.py tests/test_security.py \
	tests/test_client.py tests/test_cassettes.py tests/test_pytest_plugin.py tests/test_oauth.py \
	tests/test_shared_async.py
pytest: install
	$(BIN)/python -m pytest -q
	OPENROUTER_HTTP_STACK=httpx $(BIN)/python -m pytest -q $(STACK_TESTS)

# The checks are independent: they run side by side (-j), each one's output printed whole.
test: install
	@$(MAKE) --no-print-directory -j4 --output-sync=target check-generated lint typecheck pytest

# The main job in one command: the bundled emulator, or the live API when OPENROUTER_API_KEY is set.
# It needs only the client and its runtime dependencies, not the development tools of `install`.
DEMO_STAMP := $(VENV)/.demo-installed

$(DEMO_STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "make demo: installing openrouter-py with its runtime dependencies (httpx, attrs) into .venv/"
	@$(BIN)/python -m pip install --quiet -e .
	@touch $@

demo: $(DEMO_STAMP)
	@$(BIN)/python examples/demo.py

# Benchmarks in their own environment (openai is installed there, never in .venv). The official
# OpenRouter SDK imports as `openrouter` too, so it gets an environment of its own; when that
# cannot be built, the run goes on without its column (bench/run.py says so).
bench:
	test -x .venv-bench/bin/python || $(PYTHON) -m venv .venv-bench
	.venv-bench/bin/python -m pip install --quiet -e . -r bench/requirements.txt
	-test -x bench/.venv-sdk/bin/python || $(PYTHON) -m venv bench/.venv-sdk
	-bench/.venv-sdk/bin/python -m pip install --quiet -r bench/requirements-sdk.txt
	.venv-bench/bin/python bench/run.py --results bench/results

# Record the cassettes that are missing (a new operation); ALL=1 re-records every one.
# Against the emulator by default; RECORD_LIVE=1 uses the live API (see cassettes/README.md).
record: install
	$(BIN)/python -m tests.record_cassettes $(if $(ALL),,--missing)

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
