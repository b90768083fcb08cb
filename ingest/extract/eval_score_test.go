package extract_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/kg-project/kg/ingest/extract"
)

// Scoring compares one document's Result with its gold at the level of
// entities and relations (not mentions): a graph gets one node per actor,
// so a missed node, an extra node or a duplicate node is what a user sees.

// normName folds a name for comparison: case, curly quotes, dashes, dots
// and other punctuation, and a leading "the" do not count.
func normName(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r == '.' || r == '\'' || r == '’' || r == '‘' || r == 'ʼ':
			continue // "U.S." = "US", "Ja’afari" = "Jaafari"
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '+':
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		default:
			space = true
		}
	}
	return strings.TrimPrefix(b.String(), "the ")
}

// counts is a true-positive / false-positive / false-negative tally.
type counts struct{ TP, FP, FN int }

func (c *counts) add(o counts) { c.TP += o.TP; c.FP += o.FP; c.FN += o.FN }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1 // nothing to find, nothing wrongly found
	}
	return float64(a) / float64(b)
}

func (c counts) precision() float64 { return ratio(c.TP, c.TP+c.FP) }
func (c counts) recall() float64    { return ratio(c.TP, c.TP+c.FN) }
func (c counts) f1() float64 {
	p, r := c.precision(), c.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// finding is one scored error, kept for the report.
type finding struct {
	Kind string // "miss", "extra", "duplicate", "wrong type", "not an entity", "title"
	What string
}

// docScore is the outcome for one document.
type docScore struct {
	File, Split       string
	Entities          counts
	EntitiesByType    map[string]*counts
	Relations         counts
	RelationsByType   map[string]*counts
	EventDates        counts // TP: right date; FN: wrong or missing date
	EntityFindings    []finding
	RelationFindings  []finding
	NotEntityViolated []string
}

// entityMatch links predicted entities to gold entities.
type entityMatch struct {
	gold   goldDoc
	byPred map[string]int // predicted id -> gold index
}

// matchEntities assigns each gold entity at most one predicted entity,
// preferring a name match over an alias match over a mention match. Among
// the weakest fits of events (two events of a day's news sharing only
// their date), the one whose names share more words comes first: the Kampala meeting of
// Kabila and Kagame is the predicted Kabila–Kagame meeting of that day,
// not the bus bombing of the same day.
func matchEntities(g goldDoc, res extract.Result, s *docScore) entityMatch {
	type cand struct{ pred, gold, score, shared int }
	var cands []cand
	for pi, p := range res.Entities {
		for gi, ge := range g.Entities {
			if !ge.acceptsType(p.Type) {
				continue
			}
			if sc := nameScore(p, ge); sc > 0 {
				shared := 0
				if sc == 1 && ge.Type == "Event" {
					shared = sharedWords(p, ge)
				}
				cands = append(cands, cand{pi, gi, sc, shared})
			}
		}
	}
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].score != cands[j].score {
			return cands[i].score > cands[j].score
		}
		return cands[i].shared > cands[j].shared
	})
	m := entityMatch{gold: g, byPred: map[string]int{}}
	goldTaken := map[int]bool{}
	predTaken := map[int]bool{}
	for _, c := range cands {
		if goldTaken[c.gold] || predTaken[c.pred] {
			continue
		}
		goldTaken[c.gold], predTaken[c.pred] = true, true
		m.byPred[res.Entities[c.pred].ID] = c.gold
	}
	byType := func(typ string) *counts {
		if s.EntitiesByType[typ] == nil {
			s.EntitiesByType[typ] = &counts{}
		}
		return s.EntitiesByType[typ]
	}
	for gi, ge := range g.Entities {
		if ge.Optional || !g.evaluates(ge.Type) {
			continue
		}
		if goldTaken[gi] {
			s.Entities.TP++
			byType(ge.Type).TP++
			continue
		}
		s.Entities.FN++
		byType(ge.Type).FN++
		s.EntityFindings = append(s.EntityFindings, finding{"miss", ge.Type + " " + ge.Name})
	}
	for pi, p := range res.Entities {
		if predTaken[pi] || !g.evaluates(p.Type) {
			continue
		}
		s.Entities.FP++
		byType(p.Type).FP++
		s.EntityFindings = append(s.EntityFindings, classifyExtra(g, p, goldTaken, res, m))
		for _, ne := range g.NotEntities {
			if normName(ne) == normName(p.Name) {
				s.NotEntityViolated = append(s.NotEntityViolated, p.Name)
			}
		}
	}
	scoreEventDates(g, res, m, s)
	return m
}

// nameScore says how well a predicted entity's names fit a gold entity:
// 3 its name, 2 one of its aliases, 1 one of its mention texts or (events
// only) a shared date or a name contained in the other's; 0 no fit.
func nameScore(p extract.Entity, ge goldEntity) int {
	gold := map[string]bool{}
	for _, n := range ge.names() {
		gold[normName(n)] = true
	}
	if gold[normName(p.Name)] {
		return 3
	}
	for _, a := range p.Aliases {
		if gold[normName(a)] {
			return 2
		}
	}
	for _, mn := range p.Mentions {
		if gold[normName(mn.Text)] {
			return 1
		}
	}
	if ge.Type != "Event" {
		return 0
	}
	if d, _ := p.Properties["date"].(string); ge.Date != "" && d == ge.Date {
		return 1
	}
	pn := normName(p.Name)
	for n := range gold {
		if len(n) >= 6 && len(pn) >= 6 && (strings.Contains(pn, n) || strings.Contains(n, pn)) {
			return 1
		}
	}
	return 0
}

// classifyExtra says why a predicted entity matched nothing.
func classifyExtra(g goldDoc, p extract.Entity, goldTaken map[int]bool, res extract.Result, m entityMatch) finding {
	what := fmt.Sprintf("%s %q", p.Type, p.Name)
	for _, ne := range g.NotEntities {
		if normName(ne) == normName(p.Name) {
			return finding{"not an entity", what}
		}
	}
	for gi, ge := range g.Entities {
		if ge.acceptsType(p.Type) && nameScore(p, ge) > 0 && goldTaken[gi] {
			return finding{"duplicate", what + " of " + ge.Name}
		}
	}
	for _, ge := range g.Entities {
		if ge.acceptsType(p.Type) {
			continue
		}
		pe := p
		pe.Type = ge.Type
		if nameScore(pe, ge) > 0 {
			return finding{"wrong type", what + " is " + ge.Type + " " + ge.Name}
		}
	}
	return finding{"extra", what}
}

// scoreEventDates checks the date of every matched gold event that has one.
func scoreEventDates(g goldDoc, res extract.Result, m entityMatch, s *docScore) {
	for _, p := range res.Entities {
		gi, ok := m.byPred[p.ID]
		if !ok || g.Entities[gi].Type != "Event" || g.Entities[gi].Date == "" || g.Entities[gi].Optional {
			continue
		}
		ge := g.Entities[gi]
		d, _ := p.Properties["date"].(string)
		prec, _ := p.Properties["datePrecision"].(string)
		if d == ge.Date && (ge.DatePrecision == "" || prec == ge.DatePrecision) {
			s.EventDates.TP++
			continue
		}
		s.EventDates.FN++
		s.EntityFindings = append(s.EntityFindings, finding{"event date",
			fmt.Sprintf("%s: got %q (%s), want %q (%s)", ge.Name, d, prec, ge.Date, ge.DatePrecision)})
	}
}

// scoreRelations matches predicted relations to gold relations by type and
// both endpoints (either direction for symmetric types; the speaker alone
// for STATED, whose object is a reader's judgement), with a loose title
// check for HOLDS_ROLE.
func scoreRelations(g goldDoc, res extract.Result, m entityMatch, s *docScore) {
	goldName := func(id string) (string, bool) {
		gi, ok := m.byPred[id]
		if !ok {
			return "", false
		}
		return g.Entities[gi].Name, true
	}
	byType := func(typ string) *counts {
		if s.RelationsByType[typ] == nil {
			s.RelationsByType[typ] = &counts{}
		}
		return s.RelationsByType[typ]
	}
	matched := map[int]bool{}
	for _, r := range res.Relations {
		from, okF := goldName(r.From)
		to, okT := goldName(r.To)
		what := fmt.Sprintf("%s %s -> %s", r.Type, nameOr(res, r.From, from, okF), nameOr(res, r.To, to, okT))
		if t, _ := r.Properties["title"].(string); t != "" {
			what += fmt.Sprintf(" (%s)", t)
		}
		hit, titleMiss := -1, false
		for gi, gr := range g.Relations {
			if gr.Type != r.Type || !okF || !endpointsFit(gr, from, to, okT) {
				continue
			}
			if gr.Type == "HOLDS_ROLE" && !titleFits(gr, r) {
				titleMiss = true
				continue
			}
			if hit < 0 || (!matched[gi] && matched[hit]) || (!gr.Optional && g.Relations[hit].Optional && !matched[gi]) {
				hit = gi
			}
		}
		switch {
		case hit >= 0:
			if !matched[hit] && !g.Relations[hit].Optional {
				s.Relations.TP++
				byType(r.Type).TP++
			}
			matched[hit] = true
		case titleMiss:
			s.Relations.FP++
			byType(r.Type).FP++
			s.RelationFindings = append(s.RelationFindings, finding{"title", what})
		default:
			s.Relations.FP++
			byType(r.Type).FP++
			s.RelationFindings = append(s.RelationFindings, finding{"extra", what})
		}
	}
	for gi, gr := range g.Relations {
		if gr.Optional || matched[gi] {
			continue
		}
		s.Relations.FN++
		byType(gr.Type).FN++
		w := fmt.Sprintf("%s %s -> %s", gr.Type, gr.From, gr.To)
		if gr.Title != "" {
			w += fmt.Sprintf(" (%s)", gr.Title)
		}
		s.RelationFindings = append(s.RelationFindings, finding{"miss", w})
	}
}

// nameOr names a relation endpoint: its gold name, or the predicted name
// marked with "?" when it matched no gold entity.
func nameOr(res extract.Result, id, gold string, ok bool) string {
	if ok {
		return gold
	}
	for _, e := range res.Entities {
		if e.ID == id {
			return e.Name + "?"
		}
	}
	return id + "?"
}

func endpointsFit(gr goldRelation, from, to string, toKnown bool) bool {
	fromOK := func(n string) bool { return n == gr.From || contains(gr.AltFrom, n) }
	toOK := func(n string) bool { return n == gr.To || contains(gr.AltTo, n) }
	if gr.Type == "STATED" {
		return fromOK(from)
	}
	if !toKnown {
		return false
	}
	if fromOK(from) && toOK(to) {
		return true
	}
	return symmetricTypes[gr.Type] && fromOK(to) && toOK(from)
}

// titleFits compares titles loosely: the predicted title must contain the
// gold title's key word ("Mideast Envoy" fits "Special Envoy"). A titleKey
// may list alternatives separated by "|" ("sen|senator"), for a title the
// text abbreviates and an extractor may or may not spell out.
func titleFits(gr goldRelation, r extract.Relation) bool {
	got, _ := r.Properties["title"].(string)
	key := gr.TitleKey
	if key == "" {
		key = headWord(gr.Title)
	}
	if key == "" {
		return true
	}
	// A key of several words ("secretary-general" is "secretary general"
	// once normalised) fits the same words in a row.
	words := " " + normName(got) + " "
	for _, k := range strings.Split(key, "|") {
		if k := normName(k); k != "" && strings.Contains(words, " "+k+" ") {
			return true
		}
	}
	return false
}

// headWord is a title's head noun: the word before "of", else the last.
func headWord(title string) string {
	words := strings.Fields(normName(title))
	for i, w := range words {
		if w == "of" && i > 0 {
			return words[i-1]
		}
	}
	if len(words) == 0 {
		return ""
	}
	return words[len(words)-1]
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// scoreDoc scores one document's result against its gold.
func scoreDoc(g goldDoc, res extract.Result) docScore {
	s := docScore{
		File: g.File, Split: g.Split,
		EntitiesByType:  map[string]*counts{},
		RelationsByType: map[string]*counts{},
	}
	m := matchEntities(g, res, &s)
	if !g.EntitiesOnly {
		scoreRelations(g, res, m, &s)
	}
	return s
}

// TestEvalScoring holds the scorer to its rules on small made-up results,
// so that the figures the evaluation prints mean what the docs say.
func TestEvalScoring(t *testing.T) {
	gold := goldDoc{
		Entities: []goldEntity{
			{Name: "United States", Type: "Country", Aliases: []string{"U.S."}},
			{Name: "Abbas Araghchi", Type: "Person", Aliases: []string{"Araghchi"}},
			{Name: "Steve Witkoff", Type: "Person"},
			{Name: "Middle East", Type: "Place", Optional: true},
			{Name: "Talks", Type: "Event", Date: "2025-04-12", DatePrecision: "day"},
		},
		Relations: []goldRelation{
			{Type: "MET_WITH", From: "Steve Witkoff", To: "Abbas Araghchi"},
			{Type: "HOLDS_ROLE", From: "Steve Witkoff", To: "United States", Title: "Special Envoy"},
		},
		NotEntities: []string{"Key Players"},
	}
	ent := func(id, typ, name string, props map[string]any, mentions ...string) extract.Entity {
		e := extract.Entity{ID: id, Type: typ, Name: name, Properties: props}
		for _, m := range mentions {
			e.Mentions = append(e.Mentions, extract.Span{Text: m})
		}
		return e
	}
	rel := func(typ, from, to, title string) extract.Relation {
		r := extract.Relation{Type: typ, From: from, To: to, Properties: map[string]any{}}
		if title != "" {
			r.Properties["title"] = title
		}
		return r
	}
	us := ent("c:us", "Country", "United States", nil, "U.S.")
	ar := ent("p:ar", "Person", "Abbas Araghchi", nil)
	wi := ent("p:wi", "Person", "Steve Witkoff", nil)
	talks := ent("e:t", "Event", "US-Iran talks in Oman", map[string]any{"date": "2025-04-12", "datePrecision": "day"})
	tests := []struct {
		name             string
		res              extract.Result
		ent, rels, dates counts
		wantFindings     []string
	}{
		{
			name: "perfect, symmetric relation reversed, loose title",
			res: extract.Result{
				Entities:  []extract.Entity{us, ar, wi, talks},
				Relations: []extract.Relation{rel("MET_WITH", "p:ar", "p:wi", ""), rel("HOLDS_ROLE", "p:wi", "c:us", "U.S. Mideast Envoy")},
			},
			ent: counts{TP: 4}, rels: counts{TP: 2}, dates: counts{TP: 1},
		},
		{
			name: "optional entity found is neither right nor wrong",
			res:  extract.Result{Entities: []extract.Entity{us, ar, wi, talks, ent("pl:me", "Place", "Middle East", nil)}},
			ent:  counts{TP: 4}, rels: counts{FN: 2}, dates: counts{TP: 1},
			wantFindings: []string{"miss", "miss"},
		},
		{
			name: "duplicate, wrong type, not an entity, wrong title, wrong date",
			res: extract.Result{
				Entities: []extract.Entity{us, wi,
					ent("p:ar2", "Person", "Araghchi", nil),
					ent("o:ar", "Organization", "Abbas Araghchi", nil),
					ent("o:kp", "Organization", "Key Players", nil),
					ent("e:t", "Event", "Talks", map[string]any{"date": "2025-04", "datePrecision": "month"}),
					ent("p:ar", "Person", "Abbas Araghchi", nil, "Araghchi"),
				},
				Relations: []extract.Relation{rel("HOLDS_ROLE", "p:wi", "c:us", "President")},
			},
			ent: counts{TP: 4, FP: 3}, rels: counts{FP: 1, FN: 2}, dates: counts{FN: 1},
			wantFindings: []string{"wrong type", "not an entity", "duplicate", "event date", "title", "miss", "miss"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := scoreDoc(gold, tt.res)
			if s.Entities != tt.ent {
				t.Errorf("entities: got %+v, want %+v", s.Entities, tt.ent)
			}
			if s.Relations != tt.rels {
				t.Errorf("relations: got %+v, want %+v", s.Relations, tt.rels)
			}
			if s.EventDates != tt.dates {
				t.Errorf("event dates: got %+v, want %+v", s.EventDates, tt.dates)
			}
			var kinds []string
			for _, f := range append(s.EntityFindings, s.RelationFindings...) {
				kinds = append(kinds, f.Kind)
			}
			sort.Strings(kinds)
			want := append([]string(nil), tt.wantFindings...)
			sort.Strings(want)
			if strings.Join(kinds, ",") != strings.Join(want, ",") {
				t.Errorf("findings: got %v, want %v", kinds, want)
			}
		})
	}
}

func TestNormName(t *testing.T) {
	tests := []struct{ a, b string }{
		{"U.S.", "US"},
		{"The White House", "white house"},
		{"Iran–Iraq War", "Iran-Iraq war"},
		{"Ibrahim Al-Ja’afari", "Ibrahim Al-Jaafari"},
		{"P5+1", "p5+1"},
	}
	for _, tt := range tests {
		if normName(tt.a) != normName(tt.b) {
			t.Errorf("normName(%q) = %q, normName(%q) = %q: want equal", tt.a, normName(tt.a), tt.b, normName(tt.b))
		}
	}
	if normName("Oman") == normName("Omani") {
		t.Error("normName folds a demonym into its country")
	}
}

// sharedWords counts the words of three letters or more that a predicted
// entity's name and mentions share with a gold entity's names, a word
// compared by its first five letters ("Israel" and "Israeli" are one).
func sharedWords(p extract.Entity, ge goldEntity) int {
	words := func(s string, into map[string]bool) {
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			if r := []rune(w); len(r) >= 3 {
				into[string(r[:min(5, len(r))])] = true
			}
		}
	}
	gold := map[string]bool{}
	for _, n := range ge.names() {
		words(n, gold)
	}
	pred := map[string]bool{}
	words(p.Name, pred)
	for _, m := range p.Mentions {
		words(m.Text, pred)
	}
	n := 0
	for w := range pred {
		if gold[w] {
			n++
		}
	}
	return n
}

// TestTitleFits: a title fits the gold's key word, a key of several
// words ("secretary-general") fits them in a row, and an alternative of
// the key fits too.
func TestTitleFits(t *testing.T) {
	tests := []struct {
		key, title string
		want       bool
	}{
		{"envoy", "Mideast Envoy", true},
		{"secretary-general", "Secretary-General", true},
		{"secretary-general", "Secretary General", true},
		{"secretary-general", "Secretary of State", false},
		{"sen|senator", "Senator", true},
		{"minister", "Prime Minister", true},
		{"minister", "President", false},
	}
	for _, tt := range tests {
		r := extract.Relation{Properties: map[string]any{"title": tt.title}}
		if got := titleFits(goldRelation{TitleKey: tt.key}, r); got != tt.want {
			t.Errorf("titleFits(key %q, title %q) = %v, want %v", tt.key, tt.title, got, tt.want)
		}
	}
}
