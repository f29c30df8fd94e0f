# Briefing Builder. `make run` and `make test` set up everything they need on
# Debian/Ubuntu (system packages through scripts/deps.sh).

GO ?= go
BIN := ./briefing

.PHONY: run build test vet fmt-check smoke bench clean nlp-eval windows test-windows

run: build
	$(BIN) $(FILE)

build:
	@scripts/deps.sh run
	$(GO) build -o $(BIN) ./cmd/briefing

test: fmt-check
	@scripts/deps.sh test
	$(GO) vet ./...
	$(GO) test -race -count=1 ./...
	$(GO) build -o $(BIN) ./cmd/briefing
	scripts/xvfb-smoke.sh $(BIN)
	scripts/xvfb-recovery.sh $(BIN)

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt needed: $$out"; exit 1; fi

# The Windows build, cross-compiled with MinGW:
# dist/BriefingBuilder-<version>-windows-amd64.zip
windows:
	scripts/windows.sh dist

# The Windows build's checks under Wine (CI runs them after make test).
test-windows:
	scripts/test-windows.sh

bench:
	$(GO) test -run XXX -bench . -benchmem ./analysis/ ./report/

# Figures of the NLP models on the corpora's test splits (UPOS, UAS, LAS,
# ENTITY_F1, WORDS_PER_SEC, then details); retrain with
# go run ./analysis/train -corpora ../shared/corpora
nlp-eval:
	@$(GO) run ./analysis/nlp/eval -corpora ../shared/corpora

clean:
	rm -f $(BIN)
	rm -rf dist
