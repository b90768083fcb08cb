// Package ingest turns sources into graph writes: it reads documents
// (package source), normalizes them (package normalize), parses them when a
// parser is set (package syntax; a CoreNLP server, package corenlp),
// extracts entities and relations (package extract) and hands each
// document's contribution to a Writer (in production a *graph.Store).
//
// The stages are synchronous functions; all concurrency lives in
// pipeline.go: one reader, N workers (normalize, parse, extract), one consumer that batches
// writes. A document that fails at any stage is reported through
// Options.OnError and the run goes on with the others. A failed parse is no
// such failure: the document is extracted without a parse, and counted in
// Summary.ParseFallbacks.
package ingest
