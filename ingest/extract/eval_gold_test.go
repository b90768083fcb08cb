package extract_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/kg-project/kg/ingest/source"
)

// The evaluation reads hand-made gold annotations (testdata/gold) for copies
// of real input documents (testdata/eval). docs/extraction-quality.md gives
// the annotation conventions; this file only loads them.

const (
	goldDir  = "testdata/gold"
	inputDir = "testdata/eval"
)

// goldDoc is what a careful reader lists for one document.
type goldDoc struct {
	// File is the input's path under testdata/eval, from the gold file name.
	File string `json:"-"`
	// Split is "dev" (tune on it), "holdout" (measure only) or "re3d".
	Split string `json:"split"`
	Note  string `json:"note,omitempty"`
	// EvaluatedTypes limits scoring to these entity types; predicted
	// entities of other types are ignored. Empty means all types.
	EvaluatedTypes []string `json:"evaluatedTypes,omitempty"`
	// EntitiesOnly marks a document whose relations are not annotated.
	EntitiesOnly bool           `json:"entitiesOnly,omitempty"`
	Entities     []goldEntity   `json:"entities"`
	Relations    []goldRelation `json:"relations"`
	// NotEntities are strings that must not come out as entities.
	NotEntities []string `json:"notEntities"`
}

// goldEntity is one named actor. Optional entities are defensible either
// way: finding them is not rewarded and not punished.
type goldEntity struct {
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	AltTypes []string `json:"altTypes,omitempty"`
	Aliases  []string `json:"aliases,omitempty"`
	// Demonyms are the adjectives through which the text names a country
	// it never names outright ("Syrian President ..."); they are not names.
	Demonyms []string `json:"demonyms,omitempty"`
	Optional bool     `json:"optional,omitempty"`
	// Date and DatePrecision are an Event's date as timex writes it
	// ("2025-04-12", "day"); other types carry no date.
	Date          string `json:"date,omitempty"`
	DatePrecision string `json:"datePrecision,omitempty"`
	Note          string `json:"note,omitempty"`
}

// goldRelation is one stated fact between two gold entities, named by their
// gold names. AltFrom/AltTo are other endpoints a reader would accept.
type goldRelation struct {
	Type    string   `json:"type"`
	From    string   `json:"from"`
	To      string   `json:"to"`
	AltFrom []string `json:"altFrom,omitempty"`
	AltTo   []string `json:"altTo,omitempty"`
	// Title is the HOLDS_ROLE title; TitleKey the word a predicted title
	// must contain to match (default: the title's head word).
	Title    string `json:"title,omitempty"`
	TitleKey string `json:"titleKey,omitempty"`
	Role     string `json:"role,omitempty"`
	Quote    string `json:"quote,omitempty"`
	Optional bool   `json:"optional,omitempty"`
	Note     string `json:"note,omitempty"`
}

// entityTypes and relationTypes are the closed vocabularies of
// docs/graph-model.md.
var (
	entityTypes   = []string{"Person", "Organization", "Country", "Place", "Agreement", "Event"}
	relationTypes = []string{
		"HOLDS_ROLE", "MET_WITH", "NEGOTIATED_WITH", "MEDIATED", "HOSTED", "HELD_IN",
		"PARTICIPATED_IN", "WITHDREW_FROM", "PARTY_TO", "ATTACKED", "SANCTIONED",
		"LOCATED_IN", "AFFILIATED_WITH", "STATED",
	}
	symmetricTypes = map[string]bool{"MET_WITH": true, "NEGOTIATED_WITH": true}
)

// loadGold reads every gold file under dir (recursively), sorted by path.
func loadGold(dir string) ([]goldDoc, error) {
	var paths []string
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(path, ".json") {
			paths = append(paths, path)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("walk gold %s: %w", dir, err)
	}
	sort.Strings(paths)
	docs := make([]goldDoc, 0, len(paths))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("read gold %s: %w", p, err)
		}
		var g goldDoc
		dec := json.NewDecoder(strings.NewReader(string(data)))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&g); err != nil {
			return nil, fmt.Errorf("decode gold %s: %w", p, err)
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return nil, fmt.Errorf("gold path %s: %w", p, err)
		}
		g.File = strings.TrimSuffix(filepath.ToSlash(rel), ".json")
		docs = append(docs, g)
	}
	return docs, nil
}

// evaluates reports whether entities of type typ are scored in g.
func (g goldDoc) evaluates(typ string) bool {
	if len(g.EvaluatedTypes) == 0 {
		return true
	}
	for _, t := range g.EvaluatedTypes {
		if t == typ {
			return true
		}
	}
	return false
}

// names are the gold entity's name and aliases.
func (e goldEntity) names() []string {
	return append([]string{e.Name}, e.Aliases...)
}

// acceptsType reports whether a predicted type fits the gold entity.
func (e goldEntity) acceptsType(typ string) bool {
	if typ == e.Type {
		return true
	}
	for _, t := range e.AltTypes {
		if t == typ {
			return true
		}
	}
	return false
}

// loadItem turns an input file into the source item the pipeline would
// have read: the kind follows the extension, and a .json file is one State
// Department press-release record whose HTML content is the body.
func loadItem(path string) (source.Item, error) {
	body, err := os.ReadFile(path)
	if err != nil {
		return source.Item{}, fmt.Errorf("read input %s: %w", path, err)
	}
	item := source.Item{Locator: filepath.ToSlash(path), Body: body}
	switch filepath.Ext(path) {
	case ".md":
		item.Kind = source.KindMarkdown
	case ".html", ".htm":
		item.Kind = source.KindHTML
	case ".json":
		var rec struct {
			Title     string `json:"title"`
			Link      string `json:"link"`
			Published string `json:"published"`
			Content   string `json:"content"`
		}
		if err := json.Unmarshal(body, &rec); err != nil {
			return source.Item{}, fmt.Errorf("decode record %s: %w", path, err)
		}
		item.Kind = source.KindHTML
		item.Title, item.URL, item.Body = rec.Title, rec.Link, []byte(rec.Content)
		item.PublishedText = rec.Published
		if t, err := time.Parse(time.RFC3339, rec.Published); err == nil {
			item.Published = t
		}
	default:
		item.Kind = source.KindText
	}
	return item, nil
}
