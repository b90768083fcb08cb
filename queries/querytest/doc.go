// Package querytest builds the small sample graph that the query library's
// tests, the CLI's tests and the Browser test run queries on.
package querytest
