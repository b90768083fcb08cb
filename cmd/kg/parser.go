package main

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"time"

	"github.com/kg-project/kg/ingest/syntax/corenlp"
)

const (
	// parserTimeout bounds one request to the parser. The client sends a
	// long document in pieces of up to 40,000 bytes; one takes about 25 s
	// on a two-core machine's server, and longer when several workers'
	// requests queue there.
	parserTimeout = 5 * time.Minute
	// parserPingTimeout bounds the check at the start of a run: a server
	// answers at once, but one that has not loaded its models yet spends up
	// to a minute on its first parse.
	parserPingTimeout = 2 * time.Minute
)

// parserFlag is the help of --parser, for the commands that have it.
const parserFlag = "URL of a CoreNLP server whose dependency parses extraction also reads " +
	"(http://host:port; make corenlp starts one; env KG_EXTRACT_PARSER; default: none)"

// openParser connects to the configured parser (extract.parser) and checks,
// with one small parse, that it answers: a run fails at once rather than
// on every document.
func (a *app) openParser(ctx context.Context) (*corenlp.Client, error) {
	raw := a.cfg.Extract.Parser
	c, err := corenlp.New(raw, parserTimeout)
	if err != nil {
		return nil, usageError{fmt.Errorf("extract.parser %q: want the URL of a CoreNLP server, http://host:port", raw)}
	}
	pctx, cancel := context.WithTimeout(ctx, parserPingTimeout)
	defer cancel()
	start := time.Now()
	if err := c.Ping(pctx); err != nil {
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
