package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"unicode/utf8"

	"github.com/kg-project/kg/ingest/normalize"
	"github.com/kg-project/kg/ingest/syntax"
)

// assemble builds the public Result: entities sorted by id, mentions and
// evidence by offset, relations by (type, from, to), only the sentences
// that carry something, and every offset in code points.
func (x *Extractor) assemble(doc normalize.Document, ents *entitySet, rels relationSet, parse *syntax.Parse) Result {
	cp := newCodePoints(doc.Text)
	used := map[int]bool{}
	spanOf := func(start, end, sentence int) Span {
		used[sentence] = true
		return Span{Start: cp.at(start), End: cp.at(end), Sentence: sentence, Text: doc.Text[start:end]}
	}

	byID := map[string]*Entity{}
	add := func(e *entity) {
		if _, ok := byID[e.ID]; ok {
			return
		}
		aliases := append([]string{}, e.Aliases...)
		sort.Strings(aliases)
		props := map[string]any{}
		for k, v := range e.Props {
			props[k] = v
		}
		byID[e.ID] = &Entity{ID: e.ID, Name: e.Name, Type: e.Type, Aliases: aliases, Mentions: []Span{}, Properties: props}
	}
	peopleOnly := demonymOnly(ents)
	for _, e := range ents.Entities {
		if !peopleOnly[e.ID] {
			add(e)
		}
	}
	for _, e := range rels.Events {
		add(e)
	}
	for _, list := range [][]mention{ents.Mentions, rels.Mentions} {
		for _, m := range list {
			if e, ok := byID[m.EntityID]; ok && m.Sentence >= 0 {
				e.Mentions = append(e.Mentions, spanOf(m.Start, m.End, m.Sentence))
			}
		}
	}

	res := Result{
		Document:  x.documentInfo(doc, parse),
		Sentences: []Sentence{},
		Entities:  make([]Entity, 0, len(byID)),
		Relations: make([]Relation, 0, len(rels.Relations)),
	}
	for _, e := range byID {
		sort.Slice(e.Mentions, func(i, j int) bool {
			if e.Mentions[i].Start != e.Mentions[j].Start {
				return e.Mentions[i].Start < e.Mentions[j].Start
			}
			return e.Mentions[i].End < e.Mentions[j].End
		})
		res.Entities = append(res.Entities, *e)
	}
	sort.Slice(res.Entities, func(i, j int) bool { return res.Entities[i].ID < res.Entities[j].ID })

	for _, r := range rels.Relations {
		if byID[r.From] == nil || byID[r.To] == nil {
			// A rule read the relation off a span that yields no entity by
			// itself (a heading naming someone the body never names): with
			// no node at one end there is no fact to keep.
			continue
		}
		out := Relation{Type: r.Type, From: r.From, To: r.To, Confidence: r.Confidence, Properties: map[string]any{}, Evidence: []Span{}}
		for k, v := range r.Props {
			out.Properties[k] = v
		}
		for _, ev := range r.Evidence {
			out.Evidence = append(out.Evidence, spanOf(ev.Start, ev.End, sentenceAt(doc.Sentences, ev.Start)))
		}
		sort.Slice(out.Evidence, func(i, j int) bool { return out.Evidence[i].Start < out.Evidence[j].Start })
		res.Relations = append(res.Relations, out)
	}
	sort.SliceStable(res.Relations, func(i, j int) bool {
		a, b := res.Relations[i], res.Relations[j]
		if a.Type != b.Type {
			return a.Type < b.Type
		}
		if a.From != b.From {
			return a.From < b.From
		}
		return a.To < b.To
	})

	for i, sp := range doc.Sentences {
		if used[i] {
			res.Sentences = append(res.Sentences, Sentence{Index: i, Start: cp.at(sp.Start), End: cp.at(sp.End), Text: doc.Text[sp.Start:sp.End]})
		}
	}
	return res
}

// documentInfo describes the document, with a hash that changes when the
// text, the catalog, the extractor or the parser (none, or which) changes.
func (x *Extractor) documentInfo(doc normalize.Document, parse *syntax.Parse) DocumentInfo {
	h := sha256.New()
	h.Write([]byte(doc.Text))
	h.Write([]byte{0})
	h.Write([]byte(x.cat.version))
	h.Write([]byte{0})
	h.Write([]byte(Version))
	if parse != nil {
		h.Write([]byte{0})
		h.Write([]byte("parsed by " + parse.Parser))
	}
	info := DocumentInfo{
		ID: doc.ID, Title: doc.Title, URL: doc.URL, Source: doc.Locator, Kind: doc.Kind,
		ContentHash: hex.EncodeToString(h.Sum(nil)),
	}
	if !doc.Published.IsZero() {
		info.Published = doc.Published.Format("2006-01-02")
	}
	return info
}

// sentenceAt returns the index of the sentence holding byte offset off,
// or -1.
func sentenceAt(sentences []normalize.Span, off int) int {
	i := sort.Search(len(sentences), func(i int) bool { return sentences[i].End > off })
	if i < len(sentences) && sentences[i].Start <= off {
		return i
	}
	return -1
}

// codePoints converts byte offsets of a text into code-point offsets.
type codePoints struct {
	ascii bool
	index []int32 // code points before each byte offset; nil for ASCII text
}

func newCodePoints(text string) codePoints {
	ascii := true
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return codePoints{ascii: true}
	}
	idx := make([]int32, len(text)+1)
	n := int32(0)
	for i := 0; i < len(text); i++ {
		idx[i] = n
		if !utf8.RuneStart(text[i]) {
			idx[i] = n - 1 // inside a rune: the rune's own position
			continue
		}
		n++
	}
	idx[len(text)] = n
	return codePoints{index: idx}
}

func (c codePoints) at(off int) int {
	if c.ascii {
		return off
	}
	return int(c.index[off])
}

// peopleDemonyms are the states whose demonym names a people far more
// often than the state: "Palestinian officials", "the Palestinians". A
// document that only writes the demonym does not name the state; the
// rules still read it (a "Palestinian President" holds office for the
// Palestinian Authority when the document names it).
var peopleDemonyms = map[string]bool{"country:palestine": true}

// demonymOnly lists the entities of peopleDemonyms that the document
// names by their demonym alone.
func demonymOnly(ents *entitySet) map[string]bool {
	out := map[string]bool{}
	for id := range peopleDemonyms {
		if _, ok := ents.Entities[id]; ok {
			out[id] = true
		}
	}
	for _, m := range ents.Mentions {
		if out[m.EntityID] && !m.Demonym {
			delete(out, m.EntityID)
		}
	}
	return out
}
