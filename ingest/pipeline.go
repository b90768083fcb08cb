package ingest

import (
	"context"
	"errors"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/kg-project/kg/ingest/extract"
	"github.com/kg-project/kg/ingest/normalize"
	"github.com/kg-project/kg/ingest/source"
)

// readFunc yields the documents of a run in a stable order; a per-document
// read failure is yielded as an error and reading goes on.
type readFunc func(ctx context.Context, yield func(source.Item, error) bool) error

// processFunc is the per-document stage: normalize and extract one document
// (CPU-bound), parsing it first when a parser is set (waiting on I/O). ctx
// ends with the run.
type processFunc func(ctx context.Context, it source.Item) (processed, error)

// processed is one document the per-document stage got through.
type processed struct {
	Doc    normalize.Document
	Result extract.Result
	// ParseErr is why the parser failed on this document, which was then
	// extracted without a parse; nil when it was parsed or no parser is set.
	ParseErr error
}

// outcome is one document after processing, in the order it was read (Seq).
type outcome struct {
	Seq     int
	Locator string
	processed
	Err error
}

// consumer receives every outcome in one goroutine. Tick is called when no
// outcome arrived for a while, so batches flush on a deadline as well as on
// size; Close is called once after the last outcome.
type consumer interface {
	Put(ctx context.Context, o outcome) error
	Tick(ctx context.Context) error
	Close(ctx context.Context) error
}

// runPipeline connects the stages: the reader feeds a channel, workers
// process items concurrently, one consumer sees all outcomes. The first error
// returned by the reader or the consumer stops everything (errgroup);
// per-document errors travel inside outcomes and stop nothing.
func runPipeline(ctx context.Context, read readFunc, process processFunc, workers int, tick time.Duration, c consumer) error {
	type job struct {
		seq  int
		item source.Item
		err  error
	}
	g, ctx := errgroup.WithContext(ctx)
	jobs := make(chan job, workers)
	outs := make(chan outcome, workers)

	g.Go(func() error {
		defer close(jobs)
		seq := 0
		return read(ctx, func(it source.Item, err error) bool {
			select {
			case jobs <- job{seq: seq, item: it, err: err}:
				seq++
				return true
			case <-ctx.Done():
				return false
			}
		})
	})

	workersDone := make(chan struct{})
	var wg errgroup.Group
	for range workers {
		wg.Go(func() error {
			for j := range jobs {
				o := outcome{Seq: j.seq, Locator: j.item.Locator, Err: j.err}
				var ie *source.ItemError
				if errors.As(j.err, &ie) {
					// The reason alone: the locator travels beside it.
					o.Locator, o.Err = ie.Locator, errors.New(ie.Reason)
				}
				if o.Err == nil {
					o.processed, o.Err = process(ctx, j.item)
				}
				select {
				case outs <- o:
				case <-ctx.Done():
					return ctx.Err()
				}
			}
			return nil
		})
	}
	g.Go(func() error {
		defer close(workersDone)
		defer close(outs)
		return wg.Wait()
	})

	g.Go(func() error {
		t := time.NewTicker(tick)
		defer t.Stop()
		for {
			select {
			case o, ok := <-outs:
				if !ok {
					return c.Close(ctx)
				}
				if err := c.Put(ctx, o); err != nil {
					return err
				}
			case <-t.C:
				if err := c.Tick(ctx); err != nil {
					return err
				}
			case <-ctx.Done():
				// Drain so workers blocked on send can exit.
				go func() {
					for range outs {
					}
				}()
				<-workersDone
				return ctx.Err()
			}
		}
	})
	return g.Wait()
}
