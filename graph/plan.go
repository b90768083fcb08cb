package graph

import (
	"fmt"
	"slices"
	"strings"
)

// docPlan is one document validated and turned into parameter rows, ready to
// be written in any batch.
type docPlan struct {
	id       string
	hash     string
	document map[string]any
	// node rows: id and every stored property; entities merged per id.
	sentences []map[string]any
	entities  map[string]*entityState
	claims    []map[string]any
	// relationship rows
	hasSentence []map[string]any // {doc, sentence}
	mentions    []map[string]any // {sentence, entity, start, end, text}
	endpoints   []map[string]any // {claim, from, to}
	evidence    []map[string]any // {claim, sentence, start, end, text}
	edges       []edgeKey
}

// rows is the size of the plan in rows, the unit batches are measured in.
func (p *docPlan) rows() int {
	return 1 + len(p.sentences) + len(p.entities) + len(p.claims) + len(p.hasSentence) +
		len(p.mentions) + 2*len(p.endpoints) + len(p.evidence)
}

// claimOptionalProps are the keys Claim.Props may hold.
var claimOptionalProps = []string{"date", "datePrecision", "dateText", "title", "role", "quote"}

// edgeKey names one aggregated edge.
type edgeKey struct{ Type, From, To string }

// isSymmetric reports whether relation type t is stored once per pair.
func isSymmetric(t string) bool { return slices.Contains(SymmetricRelationTypes, t) }

// SentenceID is the id of sentence index of document docID.
func SentenceID(docID string, index int) string { return docID + "#" + itoa(index) }

// ClaimID is the id of what document docID says about (from, type, to).
func ClaimID(docID, relType, from, to string) string {
	return docID + "|" + relType + "|" + from + "|" + to
}

// Validate checks a document's contribution against the graph model (closed
// labels, relationship types and property keys, ids, offsets) without a
// server: what Write would reject for this document, it rejects.
func Validate(d DocumentGraph) error {
	_, err := planDocument(d)
	return err
}

// planDocument validates d against the graph model and builds its rows.
// Errors wrap ErrInvalidInput and name the document.
func planDocument(d DocumentGraph) (*docPlan, error) {
	p, err := buildPlan(d)
	if err != nil {
		return nil, fmt.Errorf("document %s: %w: %w", d.Document.ID, ErrInvalidInput, err)
	}
	return p, nil
}

func buildPlan(d DocumentGraph) (*docPlan, error) {
	doc := d.Document
	if doc.ID == "" {
		return nil, fmt.Errorf("no document id")
	}
	if doc.ContentHash == "" {
		return nil, fmt.Errorf("no content hash")
	}
	p := &docPlan{id: doc.ID, hash: doc.ContentHash, entities: map[string]*entityState{}}
	props := map[string]any{"id": doc.ID, "contentHash": doc.ContentHash, "sentenceCount": int64(doc.SentenceCount)}
	for k, v := range map[string]string{"url": doc.URL, "source": doc.Source, "title": doc.Title,
		"kind": doc.Kind, "publishedText": doc.PublishedText} {
		if v != "" {
			props[k] = v
		}
	}
	if doc.Published != "" {
		date, precision, err := ParseDate(doc.Published)
		if err != nil {
			return nil, fmt.Errorf("published: %w", err)
		}
		if precision != PrecisionDay {
			return nil, fmt.Errorf("published %q: want YYYY-MM-DD", doc.Published)
		}
		props["published"] = date
	}
	p.document = props

	sentences := map[int]bool{}
	for _, s := range d.Sentences {
		if sentences[s.Index] {
			return nil, fmt.Errorf("sentence %d given twice", s.Index)
		}
		if s.Index < 0 || s.Start < 0 || s.End < s.Start {
			return nil, fmt.Errorf("sentence %d: bad index or offsets [%d,%d)", s.Index, s.Start, s.End)
		}
		sentences[s.Index] = true
		id := SentenceID(doc.ID, s.Index)
		p.sentences = append(p.sentences, map[string]any{
			"id": id, "docId": doc.ID, "index": int64(s.Index), "start": int64(s.Start), "end": int64(s.End), "text": s.Text,
		})
		p.hasSentence = append(p.hasSentence, map[string]any{"doc": doc.ID, "sentence": id})
	}

	for _, e := range d.Entities {
		st, err := newEntityState(e)
		if err != nil {
			return nil, err
		}
		if prev, ok := p.entities[e.ID]; ok {
			prev.merge(st)
		} else {
			p.entities[e.ID] = st
		}
	}

	seenMention := map[string]bool{}
	for _, m := range d.Mentions {
		if _, ok := p.entities[m.EntityID]; !ok {
			return nil, fmt.Errorf("mention %q of unknown entity %q", m.Text, m.EntityID)
		}
		if !sentences[m.Sentence] {
			return nil, fmt.Errorf("mention %q in unknown sentence %d", m.Text, m.Sentence)
		}
		key := fmt.Sprint(m.EntityID, "\x00", m.Sentence, "\x00", m.Start, "\x00", m.End)
		if seenMention[key] {
			continue
		}
		seenMention[key] = true
		p.mentions = append(p.mentions, map[string]any{"sentence": SentenceID(doc.ID, m.Sentence), "entity": m.EntityID,
			"start": int64(m.Start), "end": int64(m.End), "text": m.Text})
	}

	claims, err := mergeClaims(d.Claims)
	if err != nil {
		return nil, err
	}
	for _, c := range claims {
		for _, end := range []string{c.From, c.To} {
			if _, ok := p.entities[end]; !ok {
				return nil, fmt.Errorf("%s claim %s -> %s: unknown entity %q", c.Type, c.From, c.To, end)
			}
		}
		cprops, err := dateProps(c.Props, claimOptionalProps...)
		if err != nil {
			return nil, fmt.Errorf("%s claim %s -> %s: %w", c.Type, c.From, c.To, err)
		}
		id := ClaimID(doc.ID, c.Type, c.From, c.To)
		cprops["id"], cprops["type"], cprops["docId"] = id, c.Type, doc.ID
		cprops["from"], cprops["to"], cprops["confidence"] = c.From, c.To, c.Confidence
		p.claims = append(p.claims, cprops)
		p.endpoints = append(p.endpoints, map[string]any{"claim": id, "from": c.From, "to": c.To})
		p.edges = append(p.edges, edgeKey{c.Type, c.From, c.To})
		seenEvidence := map[Evidence]bool{}
		for _, ev := range c.Evidence {
			if !sentences[ev.Sentence] {
				return nil, fmt.Errorf("%s claim %s -> %s: evidence in unknown sentence %d", c.Type, c.From, c.To, ev.Sentence)
			}
			if seenEvidence[ev] {
				continue
			}
			seenEvidence[ev] = true
			p.evidence = append(p.evidence, map[string]any{"claim": id, "sentence": SentenceID(doc.ID, ev.Sentence),
				"start": int64(ev.Start), "end": int64(ev.End), "text": ev.Text})
		}
	}
	return p, nil
}

// mergeClaims checks relation types, orders symmetric claims from the
// smaller id to the larger, and folds claims about the same (type, from, to)
// into one: a document says a thing once, however many sentences say it.
func mergeClaims(in []Claim) ([]Claim, error) {
	byKey := map[edgeKey]int{}
	var out []Claim
	for _, c := range in {
		if !slices.Contains(RelationTypes, c.Type) {
			return nil, fmt.Errorf("unknown relation type %q (want one of %s)", c.Type, strings.Join(RelationTypes, ", "))
		}
		if c.From == "" || c.To == "" {
			return nil, fmt.Errorf("%s claim without both ends", c.Type)
		}
		if isSymmetric(c.Type) && c.To < c.From {
			c.From, c.To = c.To, c.From
		}
		k := edgeKey{c.Type, c.From, c.To}
		i, ok := byKey[k]
		if !ok {
			c.Evidence = slices.Clone(c.Evidence)
			byKey[k] = len(out)
			out = append(out, c)
			continue
		}
		prev := &out[i]
		prev.Confidence = max(prev.Confidence, c.Confidence)
		prev.Evidence = append(prev.Evidence, c.Evidence...)
		merged := map[string]any{}
		for k, v := range prev.Props {
			merged[k] = v
		}
		for k, v := range c.Props {
			if old, ok := merged[k]; !ok || old == nil || (v != nil && compareValues(v, old) < 0) {
				merged[k] = v
			}
		}
		prev.Props = merged
	}
	return out, nil
}
