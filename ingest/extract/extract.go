package extract

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/kg-project/kg/ingest/normalize"
	"github.com/kg-project/kg/ingest/syntax"
)

// Version is the extractor's version. It is part of every Result's
// ContentHash, so bump it whenever a change can alter what is extracted.
const Version = "0.47.0"

// Options configure an Extractor.
type Options struct {
	// ExtraCatalog lists JSON files in the built-in catalog's format whose
	// entries are added to it. Ids must not collide with built-in ones.
	ExtraCatalog []string
	// LearnedRelations switches on the learned fallback of the relation
	// stage (learned.go): a classifier over the pairs no rule related. Off
	// by default: on the fresh-test split it added 3 right and 13 wrong
	// relations (relation precision 0.87 to 0.76, recall 0.33 to 0.35).
	LearnedRelations bool
}

// Extractor extracts entities and relations from documents. It is built
// once (catalog, matcher and word lists are compiled in New) and is safe
// for concurrent use: Extract only reads it.
type Extractor struct {
	cat   *catalog
	match *matcher
	// yearEvents maps "kind|year" to the catalog events of that kind
	// that began that year (detect_year_events.go).
	yearEvents map[string][]int
	// facts are the catalog indexes the relation rules read.
	facts catalogFacts
	// pairAgreements are the catalog's agreements between two sides.
	pairAgreements []catalogEntry
	lex            lexicon
	surname        map[string][]int // folded surname → catalog people bearing it
	capital        map[string]string
	capOf          map[string]string // country id → its capital's id
	byName         map[string]int    // "<type>|<folded name or alias>" → catalog entry
	// spellings maps the spelling keys of catalog people's full names to
	// their entries (resolve_spellings.go).
	spellings map[string]int
	// words joins the matcher's vocabulary and the lexicon, so a token
	// costs one map lookup.
	words map[string]wordInfo
	// gazetteer holds the folded names of the world's towns and the codes
	// of what holds them; holderIDs maps a code to the catalog's entity
	// (detect_place_gazetteer.go).
	gazetteer gazetteer
	holderIDs map[string]string
	// learned is the relation classifier, nil unless Options ask for it.
	learned *relModel
}

// wordInfo is what the extractor knows about a word key.
type wordInfo struct {
	vid int32 // matcher word id, -1 when no catalog form has the word
	cls wordClass
}

// New loads the catalog and compiles everything Extract needs.
func New(opts Options) (*Extractor, error) {
	cat, err := loadCatalog(opts.ExtraCatalog)
	if err != nil {
		return nil, fmt.Errorf("new extractor: %w", err)
	}
	if err := cat.checkRefs(); err != nil {
		return nil, fmt.Errorf("new extractor: %w", err)
	}
	x := &Extractor{
		cat:       cat,
		match:     newMatcher(),
		lex:       newLexicon(),
		surname:   map[string][]int{},
		capital:   map[string]string{},
		capOf:     map[string]string{},
		byName:    map[string]int{},
		gazetteer: loadGazetteer(),
		holderIDs: map[string]string{},
	}
	x.yearEvents = indexYearEvents(cat)
	x.spellings = indexSpellings(cat)
	x.facts = catalogFacts{days: indexDayEvents(cat), signed: indexSignings(cat), sided: indexSidedEvents(cat), rulers: indexRulers(cat), foughtIn: indexFoughtIn(cat), cat: cat}
	for _, e := range cat.entries {
		if e.Type == "Agreement" && len(e.Sides) == 2 {
			x.pairAgreements = append(x.pairAgreements, e)
		}
	}
	for i, e := range cat.entries {
		forms := articleVariants(append([]string{e.Name}, e.Aliases...))
		if e.Type == "Event" {
			forms = lowerHeadVariants(forms)
		}
		for _, form := range forms {
			toks := tokenize(form, nil)
			// A resolution is matched by its number, not by the body's
			// name before it (detect_resolutions.go).
			if e.Type != "Agreement" || !reBodyResolution.MatchString(form) {
				x.match.addTokens(toks, i, formName)
			}
			key := e.Type + "|" + foldTokens(toks)
			if _, ok := x.byName[key]; !ok {
				x.byName[key] = i
			}
		}
		for _, d := range e.Demonyms {
			x.match.add(d, i, formDemonym)
		}
		for _, m := range e.Metonyms {
			x.match.add(m, i, formMetonym)
		}
		for _, s := range e.Surnames {
			key := foldKey(s)
			x.surname[key] = append(x.surname[key], i)
			if e.Known {
				x.match.add(s, i, formSurname)
			}
		}
		if e.CapitalOf != "" {
			x.capital[e.ID] = e.CapitalOf
			x.capOf[e.CapitalOf] = e.ID
		}
	}
	for code, name := range gazetteerHolders() {
		for _, typ := range []string{"Country", "Place"} {
			if i, ok := x.byName[typ+"|"+foldName(name)]; ok {
				x.holderIDs[code] = cat.entries[i].ID
				break
			}
		}
	}
	x.words = make(map[string]wordInfo, len(x.match.vocab)+len(x.lex))
	for key, vid := range x.match.vocab {
		x.words[key] = wordInfo{vid: vid}
	}
	for key, cls := range x.lex {
		w, ok := x.words[key]
		if !ok {
			w.vid = -1
		}
		w.cls = cls
		x.words[key] = w
	}
	if opts.LearnedRelations {
		m, err := loadRelModel(relationModelJSON)
		if err != nil {
			return nil, fmt.Errorf("new extractor: %w", err)
		}
		x.learned = m
	}
	return x, nil
}

// CatalogVersion identifies the catalog in use: the declared version of
// each file plus a digest of their contents.
func (x *Extractor) CatalogVersion() string { return x.cat.version }

// Extract finds the entities and relations of one document.
func (x *Extractor) Extract(doc normalize.Document) Result {
	return x.ExtractParsed(doc, nil)
}

// ExtractParsed is Extract given also the grammatical structure of
// doc.Text from a parser (package syntax): the relation rules that read
// dependencies run as well. A nil parse gives exactly Extract's result.
func (x *Extractor) ExtractParsed(doc normalize.Document, parse *syntax.Parse) Result {
	ents := x.findEntitiesParsed(doc, parse)
	rels := x.findRelations(doc, ents, parse)
	return x.assemble(doc, ents, rels, parse)
}

// capitalOf returns the country a capital city belongs to.
func (x *Extractor) capitalOf(placeID string) (countryID string, ok bool) {
	countryID, ok = x.capital[placeID]
	return countryID, ok
}

// locatedIn returns the catalog's containing place or country of a place.
func (x *Extractor) locatedIn(placeID string) (string, bool) {
	i, ok := x.cat.byID[placeID]
	if !ok || x.cat.entries[i].LocatedIn == "" {
		return "", false
	}
	return x.cat.entries[i].LocatedIn, true
}

// reArticle is the Arabic article inside a name, written "Al " or "Al-".
var reArticle = regexp.MustCompile(`\b([Aa]l|[Ee]l)([ -])([A-Z])`)

// reCapitalHead: an event's name whose head noun news style writes in
// lower case after the capitalised words that make it a name: "the
// Vietnam war", "the Suez crisis", "the Lebanese civil war".
var reCapitalHead = regexp.MustCompile(`^(.*?\p{Lu}[^ ]*) (Civil War|War|Crisis)$`)

// lowerHeadVariants adds to forms each one's reCapitalHead head in lower
// case.
func lowerHeadVariants(forms []string) []string {
	out := forms
	for _, f := range forms {
		if m := reCapitalHead.FindStringSubmatch(f); m != nil {
			out = append(out, m[1]+" "+strings.ToLower(m[2]))
		}
		if m := reOrdinalHead.FindStringSubmatch(f); m != nil {
			out = append(out, strings.ToLower(m[1])+" "+m[2]+" "+strings.ToLower(m[3]))
		}
	}
	return out
}

// reOrdinalHead: a numbered gathering's name, which news style writes
// with its ordinal and head in lower case: "the fifth Caspian summit".
// The number keeps the name from standing for any gathering of the kind.
var reOrdinalHead = regexp.MustCompile(`^(First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|\d+(?:st|nd|rd|th)) (.*\p{Lu}[^ ]*) (Summit|Conference|Session)$`)

// articleVariants adds, for every name with the Arabic article, the same
// name with the article's other spelling, so that "Tamim bin Hamad Al
// Thani" also matches "Tamim Bin Hamad Al-Thani".
func articleVariants(forms []string) []string {
	out := forms
	seen := map[string]bool{}
	for _, f := range forms {
		seen[f] = true
	}
	for _, f := range forms {
		if !strings.Contains(f, "l ") && !strings.Contains(f, "l-") {
			continue // no article to write the other way; the test is cheaper than the pattern
		}
		v := reArticle.ReplaceAllStringFunc(f, func(m string) string {
			if strings.Contains(m, "-") {
				return strings.Replace(m, "-", " ", 1)
			}
			return strings.Replace(m, " ", "-", 1)
		})
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}
