// Package querytest builds the sample graph that the query library's tests,
// the CLI's tests and the Browser test run queries on: a small corpus of
// news items ingested through the real pipeline.
package querytest
