# School Education Platform: `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
PYTEST_WORKERS ?= 2

.DEFAULT_GOAL := help
.PHONY: help install messages migrate demo test check lint format makemessages bench clean \
	search-engine search-engine-stop relevance

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(BIN)/.installed: pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "Python 3.11 is required"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt ".[dev]"
	touch $@

install: $(BIN)/.installed ## Create the virtual environment and install the pinned dependencies

messages: install ## Compile the translation catalogs
	$(MANAGE) compile_catalogs

migrate: install ## Apply database migrations
	$(MANAGE) migrate --no-input

demo: messages migrate ## Load the demo content, print the admin login and serve http://127.0.0.1:8000
	$(MANAGE) load_demo --admin admin
	@echo "Serving the demo at http://127.0.0.1:8000 (Ctrl+C to stop)"
	$(MANAGE) runserver 127.0.0.1:8000

test: messages check ## Run the quality gates and the whole test suite
	$(BIN)/pytest -n $(PYTEST_WORKERS) --dist loadfile

check: install ## Lint, format check, system checks, migrations and catalogs complete
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) makemigrations --check --dry-run
	$(MANAGE) check_catalogs > /dev/null

format: install ## Fix lint findings and format the code
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

makemessages: install ## Update the catalogs from the source (needs GNU gettext)
	$(MANAGE) makemessages $(foreach code,$(shell $(BIN)/python -c "from cms.languages import EU_LANGUAGES as L; print(' '.join(c for c, _ in L))"),-l $(code)) --no-location --no-obsolete --ignore=.venv --ignore=staticfiles

search-engine: ## Start the search engine (OpenSearch, built from Maven) on 127.0.0.1:9200
	search/engine/start

search-engine-stop: ## Stop the search engine
	search/engine/stop

relevance: install search-engine ## Recall@10 and MRR of the multilingual relevance set, ours against stock
	CI=true SEARCH_ENGINE_URL=http://127.0.0.1:9200 $(BIN)/pytest search/tests/test_relevance.py -p no:xdist -q

bench: messages migrate search-engine ## Pages/s and latency of the demo; the search at 10k and 100k materials
	$(MANAGE) load_demo
	$(BIN)/python -m cms.bench
	$(BIN)/python -m search.bench

clean: ## Remove the virtual environment, compiled catalogs and collected static files
	rm -rf $(VENV) staticfiles
	find locale -name '*.mo' -delete
