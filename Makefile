# Set-up and everyday commands. `make serve` and `make test` work on a fresh clone:
# they create .venv and install the exact versions pinned in requirements.txt.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed-requirements

# mkdocs-material pins mkdocs<2; silence its notice about mkdocs 2.
export NO_MKDOCS_2_WARNING := 1
# Same input, same bytes: dates in the sitemap follow the last commit, not the clock.
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)

# Absolute URLs (canonical, hreflang, sitemap) for the published site: `make build SITE_URL=…`.
ifdef SITE_URL
export SITE_URL
endif

# `make serve LOCALE=fr` builds and serves one language only, for fast rebuilds.
LOCALE ?=
ONLY_LOCALE := $(if $(LOCALE),BUILD_ONLY_LOCALE=$(LOCALE))

.PHONY: serve build test snippets check translations translations-record linkcheck-external clean browser bench \
	facts-watch facts-watch-record

$(INSTALLED): requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

# mkdocs serve, kept running when a build fails: every page shows why (author_server/).
serve: $(INSTALLED)
	$(ONLY_LOCALE) $(BIN)/python -m author_server --dev-addr 127.0.0.1:8000

build: $(INSTALLED)
	$(ONLY_LOCALE) $(BIN)/mkdocs build --strict

# The TypeScript samples run with the SDK readers install, pinned by package-lock.json.
NODE_INSTALLED := node_modules/.installed-lock

$(NODE_INSTALLED): package.json package-lock.json
	command -v npm >/dev/null || (apt-get update -qq && apt-get install -y -qq nodejs npm)
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Browser tests drive Debian's chromium (CHROMIUM=/path/to/chrome to use another), with CJK
# fonts so screenshots show every language.
CHROMIUM ?= /usr/bin/chromium
export CHROMIUM
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

browser:
	@test -x "$(CHROMIUM)" || { $(SUDO) apt-get update -qq && \
	  $(SUDO) apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null; }

test: $(INSTALLED) $(NODE_INSTALLED) browser
	$(BIN)/python -m pytest

# Data, parity, hard-coded facts, language hygiene and links, summarised in seconds.
check: $(INSTALLED)
	$(BIN)/python -m checks

# Where each section's translations stand, with what to translate (see README, "Translations").
translations: $(INSTALLED)
	$(BIN)/python -m translations report

# Record the pages as they are: a section changed in some languages marks the others out of date.
# NEW="ru/endpoints#pricing" says a change in an out-of-date language is new, not its catch-up;
# EDITORIAL="ja/endpoints#*" says a change needs no translation (typo, glossary term, punctuation).
translations-record: $(INSTALLED)
	$(BIN)/python -m translations record $(foreach spec,$(NEW),--new "$(spec)") \
	  $(foreach spec,$(EDITORIAL),--editorial "$(spec)")

# Fetches every external link: needs a network, so never part of `make test`.
linkcheck-external: $(INSTALLED)
	$(BIN)/python -m checks.external

# Reads every official page the data cites and says what changed since data/watched-pages/
# (README, "The facts watch"). Needs a network; FACTS_WATCH_OPTIONS=--offline reads the
# recorded copies instead. CATALOG=1 also compares Bedrock's catalog (AWS credentials, read-only).
facts-watch: $(INSTALLED)
	$(BIN)/python -m facts_watch $(if $(CATALOG),--catalog) $(FACTS_WATCH_OPTIONS)

# After re-checking the facts: record every page as it reads now and move facts_checked, or
# only the pages named: `make facts-watch-record PAGES="aws-card-opus-5-5 model-ids"`.
facts-watch-record: $(INSTALLED)
	$(BIN)/python -m facts_watch record $(PAGES) $(FACTS_WATCH_OPTIONS)

# Every code block of every language against the fake Bedrock, as a table
# (SNIPPETS_OPTIONS="--locale fr --pages setup": one language, some pages).
snippets: $(INSTALLED) $(NODE_INSTALLED)
	$(BIN)/python -m snippet_runner $(SNIPPETS_OPTIONS)

# Build, rebuild and check speed against the bare stack, as ratios in one run; prints a table
# and writes bench/results.json (about 25 minutes: it runs make test three times and Lighthouse 21 times).
bench: $(INSTALLED) $(NODE_INSTALLED) browser
	$(BIN)/python -m bench.run $(BENCH_OPTIONS)

clean:
	rm -rf site test-artifacts .pytest_cache docs/*/model-cards
	find . -name __pycache__ -not -path "./$(VENV)/*" -prune -exec rm -rf {} +
