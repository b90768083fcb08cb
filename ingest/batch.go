package ingest

import (
	"context"
	"fmt"

	"github.com/kg-project/kg/graph"
)

// batcher is the ingest consumer: it collects documents' contributions and
// writes them in batches, flushing on size, on a quiet deadline, and on close.
type batcher struct {
	w       Writer
	opts    Options
	pending []graph.DocumentGraph
	events  []DocumentEvent // pending documents' events, in the same order
	sum     Summary
}

func (b *batcher) Put(ctx context.Context, o outcome) error {
	b.sum.Documents++
	if o.Err != nil {
		return b.fail(o.Locator, "", o.Err)
	}
	b.pending = append(b.pending, toGraph(o.Doc, o.Result))
	b.events = append(b.events, DocumentEvent{
		Locator:   o.Locator,
		ID:        o.Result.Document.ID,
		ParseErr:  o.ParseErr,
		Entities:  len(o.Result.Entities),
		Relations: len(o.Result.Relations),
	})
	if len(b.pending) >= b.opts.BatchDocs {
		return b.flush(ctx)
	}
	return nil
}

func (b *batcher) Tick(ctx context.Context) error { return b.flush(ctx) }

func (b *batcher) Close(ctx context.Context) error { return b.flush(ctx) }

// fail records a document that was not ingested and applies the policy.
func (b *batcher) fail(locator, id string, err error) error {
	b.sum.Failed = append(b.sum.Failed, Failure{Locator: locator, Reason: err.Error()})
	b.notify(DocumentEvent{Locator: locator, ID: id, Status: StatusFailed, Err: err})
	return b.opts.OnError(locator, err)
}

func (b *batcher) notify(e DocumentEvent) {
	if b.opts.OnDocument != nil {
		b.opts.OnDocument(e)
	}
}

func (b *batcher) flush(ctx context.Context) error {
	if len(b.pending) == 0 {
		return nil
	}
	docs, events := b.pending, b.events
	b.pending, b.events = nil, nil
	st, err := b.w.Write(ctx, docs)
	if err != nil {
		return fmt.Errorf("write %d documents: %w", len(docs), err)
	}
	b.sum.Graph.Add(st.Counters)
	failed := make(map[string]error, len(st.Failed))
	for _, f := range st.Failed {
		failed[f.DocID] = f.Err
	}
	unchanged := make(map[string]bool, len(st.UnchangedIDs))
	for _, id := range st.UnchangedIDs {
		unchanged[id] = true
	}
	for _, e := range events {
		if err, bad := failed[e.ID]; bad {
			if perr := b.fail(e.Locator, e.ID, err); perr != nil {
				return perr
			}
			continue
		}
		b.sum.Entities += e.Entities
		b.sum.Relations += e.Relations
		if e.ParseErr != nil {
			// Counted here, once the document is stored, not when it was
			// extracted: one the store rejects is a failure, not a fallback.
			b.sum.ParseFallbacks++
		}
		e.Status = StatusWritten
		if unchanged[e.ID] {
			e.Status = StatusUnchanged
			b.sum.Unchanged++
		} else {
			b.sum.Written++
		}
		b.notify(e)
	}
	return nil
}
