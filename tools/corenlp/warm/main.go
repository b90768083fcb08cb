// Command warm makes a CoreNLP server load its models before anyone needs
// them: it sends one parse with exactly the settings kg's client sends
// (corenlp.Client.Ping), so the first real request does not pay the 20 to
// 45 s of loading. tools/corenlp/corenlp.sh runs it once the server answers.
//
//	warm URL SECONDS
package main

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"strconv"
	"time"

	"github.com/kg-project/kg/ingest/syntax/corenlp"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "warm:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	if len(args) != 2 {
		return errors.New("usage: warm URL SECONDS")
	}
	secs, err := strconv.Atoi(args[1])
	if err != nil || secs <= 0 {
		return fmt.Errorf("SECONDS %q: want a positive number", args[1])
	}
	timeout := time.Duration(secs) * time.Second
	c, err := corenlp.New(args[0], timeout)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	if err := c.Ping(ctx); err != nil {
		// The request's URL carries the client's whole configuration; the
		// cause alone is the news.
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return err
	}
	return nil
}
