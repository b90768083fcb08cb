package ingest

import (
	"context"
	"fmt"
	"time"

	"github.com/kg-project/kg/ingest/extract"
)

// Extract runs reading, normalization and extraction without a database and
// hands each document's Result to emit in the order the documents were read,
// so the output is the same on every run whatever the number of workers.
func Extract(ctx context.Context, args []string, opts Options, emit func(extract.Result) error) (Summary, error) {
	opts.applyDefaults()
	start := time.Now()
	x, err := extract.New(opts.Extract)
	if err != nil {
		return Summary{}, fmt.Errorf("extract: %w", err)
	}
	p := &printer{emit: emit, opts: opts, held: map[int]outcome{}}
	err = runPipeline(ctx, reader(args, opts.Source), processor(x, opts.Parser), opts.Workers, time.Hour, p)
	p.sum.Elapsed = time.Since(start)
	p.sum.Seconds = p.sum.Elapsed.Seconds()
	return p.sum, err
}

// printer is the extract consumer: it puts outcomes back in reading order.
type printer struct {
	emit func(extract.Result) error
	opts Options
	next int
	held map[int]outcome
	sum  Summary
}

func (p *printer) Put(_ context.Context, o outcome) error {
	p.held[o.Seq] = o
	for {
		o, ok := p.held[p.next]
		if !ok {
			return nil
		}
		delete(p.held, p.next)
		p.next++
		if err := p.handle(o); err != nil {
			return err
		}
	}
}

func (p *printer) handle(o outcome) error {
	p.sum.Documents++
	ev := DocumentEvent{Locator: o.Locator, ID: o.Doc.ID}
	if o.Err != nil {
		p.sum.Failed = append(p.sum.Failed, Failure{Locator: o.Locator, Reason: o.Err.Error()})
		ev.Status, ev.Err = StatusFailed, o.Err
		if p.opts.OnDocument != nil {
			p.opts.OnDocument(ev)
		}
		return p.opts.OnError(o.Locator, o.Err)
	}
	p.sum.Written++
	if o.ParseErr != nil {
		p.sum.ParseFallbacks++
		ev.ParseErr = o.ParseErr
	}
	p.sum.Entities += len(o.Result.Entities)
	p.sum.Relations += len(o.Result.Relations)
	ev.Status, ev.Entities, ev.Relations = StatusWritten, len(o.Result.Entities), len(o.Result.Relations)
	if p.opts.OnDocument != nil {
		p.opts.OnDocument(ev)
	}
	return p.emit(o.Result)
}

func (p *printer) Tick(context.Context) error  { return nil }
func (p *printer) Close(context.Context) error { return nil }
