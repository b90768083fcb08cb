package extract_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg/ingest/extract"
	"github.com/kg-project/kg/ingest/normalize"
)

// seedFile is the article the project started from; its acceptance list is
// the project's definition of "extraction works".
const seedFile = "seed-000_717946b0a72bbb5c.txt"

func extractSeed(t *testing.T) (normalize.Document, extract.Result) {
	t.Helper()
	item, err := loadItem(filepath.Join(inputDir, seedFile))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := normalize.Normalize(item)
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatalf("extract.New: %v", err)
	}
	return doc, x.Extract(doc)
}

// names are every form an entity goes by in the result: its name, its
// aliases and the texts of its mentions, folded.
func names(e extract.Entity) map[string]bool {
	n := map[string]bool{normName(e.Name): true}
	for _, a := range e.Aliases {
		n[normName(a)] = true
	}
	for _, m := range e.Mentions {
		n[normName(m.Text)] = true
	}
	return n
}

// find returns the entity of type typ that goes by name.
func find(res extract.Result, typ, name string) (extract.Entity, bool) {
	for _, e := range res.Entities {
		if e.Type == typ && (normName(e.Name) == normName(name) || contains(foldAll(e.Aliases), normName(name))) {
			return e, true
		}
	}
	return extract.Entity{}, false
}

func foldAll(list []string) []string {
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = normName(s)
	}
	return out
}

func TestSeedAcceptance(t *testing.T) {
	doc, res := extractSeed(t)

	t.Run("entities", func(t *testing.T) {
		tests := []struct {
			typ, name string
			alsoAs    []string // forms the same entity must also go by
		}{
			{"Person", "Steve Witkoff", nil},
			{"Person", "Abbas Araghchi", []string{"Araghchi"}},
			{"Person", "Donald Trump", nil},
			{"Person", "Vladimir Putin", nil},
			{"Person", "Masoud Pezeshkian", nil},
			{"Person", "Karim Sadjadpour", nil},
			{"Person", "Marco Rubio", []string{"Rubio"}},
			{"Country", "United States", []string{"U.S.", "US"}},
			{"Country", "Iran", nil},
			{"Country", "Oman", nil},
			{"Country", "Israel", nil},
			{"Country", "Russia", nil},
			{"Country", "Ukraine", nil},
			{"Place", "Muscat", nil},
			{"Place", "Tehran", nil},
			{"Organization", "White House", nil},
			{"Organization", "Carnegie Endowment for International Peace", nil},
			{"Agreement", "JCPOA", []string{"Joint Comprehensive Plan of Action"}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				e, ok := find(res, tt.typ, tt.name)
				if !ok {
					t.Fatalf("got no %s named %q", tt.typ, tt.name)
				}
				if len(e.Mentions) == 0 {
					t.Errorf("%s has no mention", tt.name)
				}
				for _, form := range tt.alsoAs {
					if !names(e)[normName(form)] {
						t.Errorf("%s does not go by %q: name %q, aliases %q", tt.name, form, e.Name, e.Aliases)
					}
				}
			})
		}
	})

	t.Run("events", func(t *testing.T) {
		round, ok := firstRound(res)
		if !ok {
			t.Fatal("got no Event dated 2025-04-12 for the first round of talks in Oman")
		}
		if p, _ := round.Properties["datePrecision"].(string); p != "day" {
			t.Errorf("first round datePrecision: got %q, want %q", p, "day")
		}
		if _, ok := eventNamed(res, "Islamic Revolution"); !ok {
			t.Error("got no Event for the 1979 Islamic Revolution")
		}
	})

	t.Run("relations", func(t *testing.T) {
		round, _ := firstRound(res)
		tests := []struct {
			name string
			ok   func() bool
		}{
			{"Witkoff and Araghchi met, negotiated or both took part in the round", func() bool {
				return related(res, "MET_WITH", "Person:Steve Witkoff", "Person:Abbas Araghchi", "", true) ||
					related(res, "NEGOTIATED_WITH", "Person:Steve Witkoff", "Person:Abbas Araghchi", "", true) ||
					(round.ID != "" && relatedID(res, "PARTICIPATED_IN", "Person:Steve Witkoff", round.ID) &&
						relatedID(res, "PARTICIPATED_IN", "Person:Abbas Araghchi", round.ID))
			}},
			{"the round HELD_IN Oman", func() bool {
				return round.ID != "" && relatedToID(res, "HELD_IN", round.ID, "Country:Oman")
			}},
			{"Araghchi HOLDS_ROLE Iran (Foreign Minister)", func() bool {
				return related(res, "HOLDS_ROLE", "Person:Abbas Araghchi", "Country:Iran", "foreign minister", false)
			}},
			{"Witkoff HOLDS_ROLE United States (envoy)", func() bool {
				return related(res, "HOLDS_ROLE", "Person:Steve Witkoff", "Country:United States", "envoy", false)
			}},
			{"Pezeshkian HOLDS_ROLE Iran (President)", func() bool {
				return related(res, "HOLDS_ROLE", "Person:Masoud Pezeshkian", "Country:Iran", "president", false)
			}},
			{"Putin HOLDS_ROLE Russia (President)", func() bool {
				return related(res, "HOLDS_ROLE", "Person:Vladimir Putin", "Country:Russia", "president", false)
			}},
			{"United States WITHDREW_FROM JCPOA", func() bool {
				return related(res, "WITHDREW_FROM", "Country:United States", "Agreement:JCPOA", "", false)
			}},
			{"Sadjadpour AFFILIATED_WITH Carnegie Endowment", func() bool {
				return related(res, "AFFILIATED_WITH", "Person:Karim Sadjadpour", "Organization:Carnegie Endowment for International Peace", "", false)
			}},
			{"Israel ATTACKED Iran", func() bool {
				return related(res, "ATTACKED", "Country:Israel", "Country:Iran", "", false)
			}},
			{"Muscat LOCATED_IN Oman", func() bool {
				return related(res, "LOCATED_IN", "Place:Muscat", "Country:Oman", "", false)
			}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				if !tt.ok() {
					t.Errorf("got no such relation with evidence; relations: %s", relationList(res))
				}
			})
		}
	})

	t.Run("not entities", func(t *testing.T) {
		for _, s := range []string{
			"Key Players", "Long Road Ahead", "Glimmers of Hope", "Mapas de Estados Unidos", "Atlas del Mundo",
			"Danial Spinka", "Walker, Feeney and Thiel", "Lake Caesar", "powlowski1993", "giovanna_xx",
			"jenkins.jasper", "Dialogue",
		} {
			t.Run(s, func(t *testing.T) {
				for _, e := range res.Entities {
					if names(e)[normName(s)] {
						t.Errorf("got %s %q (id %s) going by %q", e.Type, e.Name, e.ID, s)
					}
				}
			})
		}
	})

	t.Run("evidence", func(t *testing.T) {
		if len(res.Relations) == 0 {
			t.Fatal("got no relations")
		}
		for _, msg := range spanErrors(doc.Text, res) {
			t.Error(msg)
		}
	})
}

// firstRound is the Event for the first round of talks: dated 2025-04-12.
func firstRound(res extract.Result) (extract.Entity, bool) {
	for _, e := range res.Entities {
		if d, _ := e.Properties["date"].(string); e.Type == "Event" && d == "2025-04-12" {
			return e, true
		}
	}
	return extract.Entity{}, false
}

func eventNamed(res extract.Result, part string) (extract.Entity, bool) {
	for _, e := range res.Entities {
		if e.Type != "Event" {
			continue
		}
		for n := range names(e) {
			if strings.Contains(n, normName(part)) {
				return e, true
			}
		}
	}
	return extract.Entity{}, false
}

// entityID resolves "Type:Name" to the result's entity id.
func entityID(res extract.Result, ref string) string {
	typ, name, _ := strings.Cut(ref, ":")
	e, ok := find(res, typ, name)
	if !ok {
		return ""
	}
	return e.ID
}

// related reports a relation of type typ from one entity to the other
// (either way when symmetric) with evidence, whose title contains title.
func related(res extract.Result, typ, from, to, title string, symmetric bool) bool {
	f, o := entityID(res, from), entityID(res, to)
	if f == "" || o == "" {
		return false
	}
	for _, r := range res.Relations {
		if r.Type != typ || len(r.Evidence) == 0 {
			continue
		}
		if !(r.From == f && r.To == o) && !(symmetric && r.From == o && r.To == f) {
			continue
		}
		got, _ := r.Properties["title"].(string)
		if title == "" || strings.Contains(strings.ToLower(got), title) {
			return true
		}
	}
	return false
}

func relatedID(res extract.Result, typ, from, toID string) bool {
	f := entityID(res, from)
	for _, r := range res.Relations {
		if r.Type == typ && r.From == f && r.To == toID && len(r.Evidence) > 0 {
			return true
		}
	}
	return false
}

func relatedToID(res extract.Result, typ, fromID, to string) bool {
	o := entityID(res, to)
	for _, r := range res.Relations {
		if r.Type == typ && r.From == fromID && r.To == o && len(r.Evidence) > 0 {
			return true
		}
	}
	return false
}

func relationList(res extract.Result) string {
	var b strings.Builder
	for _, r := range res.Relations {
		b.WriteString("\n  " + r.Type + " " + r.From + " -> " + r.To)
		if t, _ := r.Properties["title"].(string); t != "" {
			b.WriteString(" (" + t + ")")
		}
	}
	return b.String()
}
