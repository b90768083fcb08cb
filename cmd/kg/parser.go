package main

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"time"

	"github.com/kg-project/kg/ingest/syntax/corenlp"
)

// parserPingTimeout bounds the check at the start of a run: a server
// answers at once, but one that has not loaded its models yet spends up to
// a minute on its first parse. It is a constant, not derived from
// extract.parser_timeout: that one scales with the longest document and the
// queue at the server, this one with the server's start, and a short
// per-request setting (for a corpus of short texts) must not fail the
// check of a server still loading, nor a long one keep a run waiting many
// minutes on a server that will never answer.
const parserPingTimeout = 2 * time.Minute

// parserFlag is the help of --parser, for the commands that have it.
const parserFlag = "URL of a CoreNLP server whose dependency parses extraction also reads " +
	"(http://host:port; make corenlp starts one; env KG_EXTRACT_PARSER; default: none)"

// parserTimeout reads extract.parser_timeout, the bound of one request to
// the parser.
func parserTimeout(raw string) (time.Duration, error) {
	d, err := time.ParseDuration(raw)
	if err != nil {
		return 0, usageError{fmt.Errorf("extract.parser_timeout %q: %w", raw, err)}
	}
	if d <= 0 {
		// The HTTP client reads 0 as no bound at all: one hung request would
		// then hold its worker, and at the end the run, forever.
		return 0, usageError{fmt.Errorf("extract.parser_timeout %q: want a positive duration, e.g. 5m", raw)}
	}
	return d, nil
}

// openParser connects to the configured parser (extract.parser), whose
// requests give up after timeout, and checks, with one small parse, that it
// answers: a run fails at once rather than on every document.
func (a *app) openParser(ctx context.Context, timeout time.Duration) (*corenlp.Client, error) {
	raw := a.cfg.Extract.Parser
	c, err := corenlp.New(raw, timeout)
	if err != nil {
		return nil, usageError{fmt.Errorf("extract.parser %q: want the URL of a CoreNLP server, http://host:port", raw)}
	}
	// The check goes through a client of its own, bounded by
	// parserPingTimeout: the documents' client would cut it at timeout,
	// which may be shorter than a cold server's first parse.
	pinger, _ := corenlp.New(raw, parserPingTimeout) // raw passed New just above
	start := time.Now()
	if err := pinger.Ping(ctx); err != nil {
		// The request's URL carries the client's whole configuration; the
		// cause alone is the news.
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return nil, fmt.Errorf("extract.parser %s: not answering: %w", raw, err)
	}
	a.log.Debug().Str("parser", raw).Dur("ping", time.Since(start)).Msg("parser answers")
	return c, nil
}
