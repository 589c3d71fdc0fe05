# claimbrief developer tasks.  `make briefing` and `make test` work on a fresh machine:
# they create the environment from the lock file (uv.lock) and install what is missing.
UV_VERSION := 0.13.8
PYTHON ?= python3
UV := .uv/bin/uv
VENV := .venv
STAMP := $(VENV)/.installed-from-lock
RUN := $(VENV)/bin

.PHONY: briefing dossier test lab git-filter bench bench-extract evaluate system browser env clean docs-picture

briefing: env ## build the briefing of every article in seeds/ (report/<name>/)
	$(RUN)/claimbrief build

# DOSSIER names report/dossiers/<name>/; ARTICLES overrides seeds/*.txt.
DOSSIER ?= seeds
dossier: env ## compare every article in seeds/ in one dossier (report/dossiers/$(DOSSIER)/)
	$(RUN)/claimbrief dossier $(ARTICLES) --name $(DOSSIER)

test: env browser ## run the test suite
	$(RUN)/python -m pytest

evaluate: env ## score the extraction against the seed's and the fixtures' gold files
	$(RUN)/claimbrief evaluate $(wildcard ../shared/gold/*.yaml) tests/fixtures/*.gold.yaml

bench: env ## benchmark the build against papermill + nbconvert (issue 5) and the dossier (issue 13; report/bench.json); SCALE=1 adds 5/10/20 articles, NO_DOSSIER=1 skips the dossier's cases
	$(RUN)/python scripts/bench.py $(if $(SCALE),--scale) $(if $(NO_DOSSIER),,--dossier)

bench-extract: env ## benchmark the extraction alone (seed time, 1,000 generated articles)
	$(RUN)/python scripts/bench_extract.py

# JupyterLab at the project root, so notebooks/, seeds/ (articles, review files) and
# sources.yaml are at hand; as root (most containers) Jupyter needs --allow-root.  More
# options through LAB_ARGS, e.g. make lab LAB_ARGS="--no-browser --port=8899".
lab: env git-filter ## JupyterLab at the project root with the project's kernel (outputs kept out of git)
	$(RUN)/jupyter lab --ServerApp.root_dir="$(CURDIR)" $(if $(filter 0,$(shell id -u)),--allow-root) $(LAB_ARGS)

# Notebooks run and saved in JupyterLab never bring their outputs into git: nbstripout (a dev
# dependency) as this clone's git filter, with --keep-id so the committed cell ids stay, and
# the interpreter details JupyterLab writes into language_info left out.
NBSTRIPOUT = "$(abspath $(RUN))/python" -m nbstripout --keep-id --extra-keys "$(foreach k,codemirror_mode \
  file_extension mimetype nbconvert_exporter pygments_lexer version,metadata.language_info.$(k))"
git-filter: ## set up nbstripout as the git filter of notebooks (needs make env first; make lab does both)
	@if git rev-parse --git-dir >/dev/null 2>&1; then \
	  $(RUN)/nbstripout --install \
	  && git config filter.nbstripout.clean '$(NBSTRIPOUT)' \
	  && git config diff.ipynb.textconv '$(NBSTRIPOUT) -t'; \
	fi

env: system $(STAMP)
	@$(RUN)/python -m compileall -q src

$(UV):
	$(PYTHON) -m venv .uv
	.uv/bin/pip install --quiet uv==$(UV_VERSION)

# Bytecode is compiled at install: every kernel and build process would otherwise compile
# the whole stack again (this environment sets PYTHONDONTWRITEBYTECODE).
$(STAMP): uv.lock pyproject.toml | $(UV)
	$(UV) sync --frozen --compile-bytecode
	touch $@

# System libraries WeasyPrint needs for the PDF (Pango) and the fonts the briefing uses:
# DejaVu, and Noto for the scripts DejaVu lacks (Thai, Devanagari and other Indic scripts,
# Chinese, Japanese, Korean), so names quoted in their own script are not empty boxes.
system:
	@if ! ldconfig -p | grep -q 'libpango-1.0.so.0' || ! ldconfig -p | grep -q 'libpangoft2-1.0.so.0' \
	    || ! ldconfig -p | grep -q 'libharfbuzz-subset.so.0' \
	    || ! fc-list 2>/dev/null | grep -qi 'DejaVu Sans' \
	    || ! fc-list 2>/dev/null | grep -qi 'Noto Sans Thai' \
	    || ! fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then \
	  echo "Installing Pango, DejaVu and Noto fonts with apt-get"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	    libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fontconfig \
	    fonts-dejavu-core fonts-noto-core fonts-noto-cjk >/dev/null; \
	fi

# What the browser tests need (tests/test_browser.py): Debian's Chromium, driven by
# Playwright for Python (a dev dependency; its own browser download is never used), and
# axe-core from npm, at the version package-lock.json pins, injected into the page by the test.
browser:
	@if ! command -v chromium >/dev/null; then \
	  echo "Installing Chromium with apt-get"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	fi
	@if [ ! -f node_modules/axe-core/axe.min.js ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then \
	  echo "Installing axe-core with npm ci"; npm ci --no-audit --no-fund --silent; \
	fi

docs-picture: briefing ## render page 1 of the seed's PDF to docs/briefing-page1.png (README picture)
	@command -v pdftoppm >/dev/null || (apt-get update -qq && apt-get install -y -qq poppler-utils >/dev/null)
	pdftoppm -png -r 70 -f 1 -l 1 -singlefile report/$$(basename $$(ls seeds/*.txt | head -1) .txt)/briefing.pdf docs/briefing-page1

clean: ## remove generated outputs (report/, figures/, build/)
	rm -rf build report/*/ figures/*/
