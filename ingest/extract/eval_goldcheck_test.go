package extract_test

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/ingest/extract"
)

// goldErrors lists what is wrong with one gold document against its
// normalized text: unknown types, a name claimed by two entities, a
// required entity the text never names, a relation endpoint that is no
// gold entity, a HOLDS_ROLE without a title.
func goldErrors(g goldDoc, text string) []string {
	var errs []string
	// A name may hold a possessive itself ("People's Mujahedin"), so the
	// text is searched both with possessives dropped and as written.
	folded := normName(possessive.Replace(text))
	plain := normName(text)
	names := map[string]string{}
	for _, e := range g.Entities {
		if !contains(entityTypes, e.Type) {
			errs = append(errs, "entity "+e.Name+": unknown type "+e.Type)
		}
		for _, n := range e.names() {
			k := normName(n)
			if other, dup := names[k]; dup && other != e.Name {
				errs = append(errs, "name "+n+" claimed by "+other+" and "+e.Name)
			}
			names[k] = e.Name
		}
		if !e.Optional && !mentioned(folded, e) && !mentioned(plain, e) {
			errs = append(errs, "required entity "+e.Name+": no name or alias occurs in the normalized text")
		}
	}
	for _, r := range g.Relations {
		what := r.Type + " " + r.From + " -> " + r.To
		if !contains(relationTypes, r.Type) {
			errs = append(errs, what+": unknown type")
		}
		if r.Type == "HOLDS_ROLE" && strings.TrimSpace(r.Title) == "" {
			errs = append(errs, what+": no title")
		}
		for _, n := range append(append([]string{r.From, r.To}, r.AltFrom...), r.AltTo...) {
			if !goldHas(g, n) {
				errs = append(errs, what+": "+n+" is not a gold entity")
			}
		}
	}
	return errs
}

// TestTitleKeyAlternatives holds titleFits to "|"-separated keys, which the
// blind gold uses for titles a text abbreviates ("Sen." = "Senator").
func TestTitleKeyAlternatives(t *testing.T) {
	tests := []struct {
		key, title, got string
		want            bool
	}{
		{"sen|senator", "Sen.", "Senator", true},
		{"sen|senator", "Sen.", "Sen.", true},
		{"sen|senator", "Sen.", "Senate Majority Leader", false},
		{"", "Special Envoy", "Mideast Envoy", true},
		{"secretary", "Secretary of State", "President", false},
	}
	for _, tt := range tests {
		t.Run(tt.key+"/"+tt.got, func(t *testing.T) {
			gr := goldRelation{Type: "HOLDS_ROLE", Title: tt.title, TitleKey: tt.key}
			r := extract.Relation{Type: "HOLDS_ROLE", Properties: map[string]any{"title": tt.got}}
			if got := titleFits(gr, r); got != tt.want {
				t.Errorf("titleFits(key %q, got %q) = %v, want %v", tt.key, tt.got, got, tt.want)
			}
		})
	}
}
