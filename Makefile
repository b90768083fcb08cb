# kg — see README.md. Every target runs from a fresh checkout: what a target
# needs (the Neo4j server jars, staticcheck, Go modules) it fetches itself.

GO      ?= go
BIN     := bin/kg
VERSION := $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.version=$(VERSION)
NEO4J   := tools/neo4j/neo4j.sh
CORENLP := tools/corenlp/corenlp.sh

# The throwaway server `make test` starts: other ports and its own data
# folder, so tests never touch the graph `make run` built.
TEST_BOLT_PORT ?= 7688
TEST_HTTP_PORT ?= 7475
TEST_NEO4J_HOME ?= $(CURDIR)/.neo4j/test
WITH_TEST_NEO4J = env NEO4J_BOLT_PORT=$(TEST_BOLT_PORT) NEO4J_HTTP_PORT=$(TEST_HTTP_PORT) \
	KG_NEO4J_HOME=$(TEST_NEO4J_HOME) tools/with-test-neo4j.sh

# The throwaway CoreNLP server `make test` starts beside it (the parser tests).
TEST_CORENLP_PORT ?= 9001
TEST_CORENLP_HOME ?= $(CURDIR)/.corenlp/test
WITH_TEST_CORENLP = env KG_CORENLP_PORT=$(TEST_CORENLP_PORT) KG_CORENLP_HOME=$(TEST_CORENLP_HOME) \
	tools/with-test-corenlp.sh

STATICCHECK_VERSION := v0.8.2

.PHONY: build run test test-unit test-e2e bench lint neo4j neo4j-stop neo4j-reset corenlp corenlp-stop clean

build:
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/kg

## run: the main job — start the local Neo4j if NEO4J_URI does not answer, ingest the sample corpus.
run: build
	tools/run.sh

## test: unit tests and integration tests against a throwaway real Neo4j and CoreNLP, with -race
## (a package may take several minutes under the race detector: the evaluation sets are large).
test:
	$(WITH_TEST_CORENLP) $(WITH_TEST_NEO4J) $(GO) test -race -p 1 -count=1 -timeout 30m ./...

## test-e2e: drive the real Neo4j Browser in headless Chromium.
test-e2e: build
	$(WITH_TEST_NEO4J) $(GO) test -count=1 -tags e2e ./e2e/...

## bench: benchmarks, each reported against a reference run in the same invocation.
bench:
	$(WITH_TEST_CORENLP) $(WITH_TEST_NEO4J) $(GO) test -run '^$$' -bench . -benchmem -count=1 ./...

lint:
	$(GO) vet ./...
	$(GO) run honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION) ./...

neo4j:
	$(NEO4J) start

neo4j-stop:
	$(NEO4J) stop

## neo4j-reset: stop the local server and delete its data (start again from an empty store).
neo4j-reset:
	$(NEO4J) reset

## corenlp: start the local CoreNLP server for --parser (port 9000; prints its URL).
corenlp:
	$(CORENLP) start

corenlp-stop:
	$(CORENLP) stop

clean:
	rm -rf bin
