# Setup and the two everyday commands. `make run` renders the shipped corpus and ranks its
# papers; `make test` runs the test suite. Both install Graphviz's libraries when missing.
SHELL := /bin/bash
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := libgraphviz-dev pkg-config
# Metric-compatible with Helvetica and Arial, the fonts the pictures name: Graphviz measures labels
# with the fonts it finds, so with these the boxes fit the text as browsers draw it.
FONT_PACKAGE := fonts-liberation2
FONT_FILE := /usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf
CORPUS := Graphs/ai-research-papers.txt
INFLUENCE := .build/release/influence
# Release builds link the Swift runtime and Foundation statically: the binary starts in half the
# time (which is most of the time on a small corpus) and runs without the toolchain's libraries.
RELEASE_BUILD := swift build -c release --static-swift-stdlib

.PHONY: run test deps build bench browser-test

## Install Graphviz's C libraries and plugins (Debian/Ubuntu) when they are missing.
deps:
	@if ! pkg-config --exists libgvc 2>/dev/null; then \
	  echo "influence: installing $(APT_PACKAGES) (Graphviz's cgraph and gvc)"; \
	  $(SUDO) apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends $(APT_PACKAGES); \
	fi
	@if [ ! -f $(FONT_FILE) ]; then \
	  echo "influence: installing $(FONT_PACKAGE) (fonts with Helvetica's and Arial's metrics)"; \
	  { $(SUDO) apt-get update -q && \
	    DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends $(FONT_PACKAGE); } \
	  || echo "influence: could not install $(FONT_PACKAGE); labels will be measured with another font"; \
	fi
	@libdir=$$(pkg-config --variable=libdir libgvc); \
	if ! ls "$$libdir"/graphviz/config* >/dev/null 2>&1; then \
	  echo "influence: registering Graphviz plugins ($$libdir/graphviz/config6a)"; \
	  $(SUDO) libgvc6-config-update -c 2>/dev/null || $(SUDO) dot -c; \
	fi

build: deps
	$(RELEASE_BUILD) --product influence

## The main job: draw the shipped corpus and list its ten most influential papers.
run: build
	$(INFLUENCE) render --corpus $(CORPUS) -o Graphs/ai-research-papers.svg
	$(INFLUENCE) rank --corpus $(CORPUS) --top 10

test: deps
	swift test
	$(MAKE) --no-print-directory browser-test

## Drive the HTML explorer in headless Chromium from file://, installing Chromium, chromedriver
## and selenium when missing. Without a browser the tests say "skipped: ..." and pass.
browser-test: deps
	@if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then \
	  echo "influence: installing chromium chromium-driver for the browser tests"; \
	  { $(SUDO) apt-get update -q && \
	    DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends chromium chromium-driver; } \
	  || echo "influence: could not install Chromium"; \
	fi
	@if ! python3 -c 'import selenium' 2>/dev/null; then \
	  echo "influence: installing selenium"; \
	  python3 -m pip install -q selenium 2>/dev/null || python3 -m pip install -q --break-system-packages selenium \
	  || echo "influence: could not install selenium"; \
	fi
	swift build --product influence
	@if command -v python3 >/dev/null 2>&1; then python3 Tests/Browser/test_explorer.py --binary .build/debug/influence; \
	else echo "skipped: python3 is not installed, so the browser tests cannot run"; fi

bench: deps
	bash Benchmarks/run.sh
