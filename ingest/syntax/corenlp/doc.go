// Package corenlp parses text with a Stanford CoreNLP server: it sends the
// text over HTTP to a server on this machine (tools/corenlp starts one) and
// turns the JSON answer into a syntax.Parse with byte offsets.
//
// CoreNLP is deterministic for one version of its code and models, so the
// same text gives the same parse; the version is pinned in tools/corenlp.
package corenlp
