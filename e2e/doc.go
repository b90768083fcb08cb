// Package e2e holds the end-to-end test of kg with the real Neo4j Browser:
// headless Chromium, driven through chromedp, connects to the test server,
// applies kg's style sheet, runs library queries from `kg browser` links and
// checks what the graph view shows. It runs with `make test-e2e` (build tag
// e2e) and saves screenshots in e2e/screenshots.
package e2e
