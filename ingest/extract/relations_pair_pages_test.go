package extract

import (
	"slices"
	"testing"
)

// TestPairPageAgreements: on a page about two states' relations, an
// agreement told with "a" and done, in a sentence naming no other party,
// is the two states'; another page, another party or a bare noun gives
// none.
func TestPairPageAgreements(t *testing.T) {
	x := testExtractor(t)
	const fta = "agreement:georgia-turkey-free-trade-agreement-2007"
	tests := []struct {
		name, title, text string
		want              []string // PARTY_TO of fta
	}{
		{"the page's two states", "Georgia–Turkey relations",
			"Georgia and Turkey are neighbours.\nA free trade agreement signed in November 2007 entered into force on 1 November 2008.",
			[]string{"country:georgia", "country:turkey"}},
		{"a page on one state", "Foreign relations of Georgia",
			"Georgia and Turkey are neighbours.\nA free trade agreement signed in November 2007 entered into force on 1 November 2008.",
			nil},
		{"another state named", "Georgia–Turkey relations",
			"Georgia and Turkey are neighbours.\nA free trade agreement with Azerbaijan signed in November 2007 entered into force in 2008.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkPageRelations(t, x, tt.title, tt.text, partiesOf(fta), tt.want)
		})
	}
}

// checkPageRelations extracts text as a page of the given title and
// compares the sorted readings of its relations that read keeps (those
// it returns "" for are left out) with want.
func checkPageRelations(t *testing.T, x *Extractor, title, text string, read func(Relation) string, want []string) {
	t.Helper()
	doc := docPublished(t, text, "2024-03-01")
	doc.Title = title
	var got []string
	for _, r := range x.Extract(doc).Relations {
		if s := read(r); s != "" {
			got = append(got, s)
		}
	}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// partiesOf reads the parties of agreement id.
func partiesOf(id string) func(Relation) string {
	return func(r Relation) string {
		if r.Type == "PARTY_TO" && r.To == id {
			return r.From
		}
		return ""
	}
}

// TestPairPageTalks: on a page about two states' relations, talks held in
// a place on a day, the sentence naming no other state but as mediator,
// are the two states'; a sentence before naming another state, or another
// state named as a side, gives none.
func TestPairPageTalks(t *testing.T) {
	x := testExtractor(t)
	const talks = "event:talks:afghanistan-pakistan:2025-10-18"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"talks mediated by others",
			"Afghanistan and Pakistan share a border.\nTalks were held in Doha on 18 October 2025, mediated by Qatar and Turkey.",
			[]string{"HELD_IN " + talks + " place:doha", "MEDIATED country:qatar " + talks, "MEDIATED country:turkey " + talks,
				"PARTICIPATED_IN country:afghanistan " + talks, "PARTICIPATED_IN country:pakistan " + talks}},
		{"another state named the sentence before",
			"Afghanistan and Pakistan share a border.\nIran proposed talks on it.\nTalks were held in Doha on 18 October 2025.",
			nil},
		{"another state named as a side",
			"Afghanistan and Pakistan share a border.\nTalks with India were held in Doha on 18 October 2025.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkPageRelations(t, x, "Afghanistan–Pakistan relations", tt.text, func(r Relation) string {
				if r.From == talks || r.To == talks {
					return r.Type + " " + r.From + " " + r.To
				}
				return ""
			}, tt.want)
		})
	}
}

// TestPairPageNamedAgreements: on such a page, a named agreement signed
// in a sentence naming no other state is the two states'; one a state of
// the sentence rejected is not.
func TestPairPageNamedAgreements(t *testing.T) {
	x := testExtractor(t)
	const treaty = "agreement:treaty-of-friendship-and-mutual-security"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"signed by two men", "Azerbaijan and Russia are neighbours.\nThe Treaty of Friendship and Mutual Security was signed in Moscow on 3 July 1997 by Heydar Aliyev and Boris Yeltsin.",
			[]string{"country:azerbaijan", "country:russia"}},
		{"rejected by one", "Azerbaijan and Russia are neighbours.\nThe Treaty of Friendship and Mutual Security was signed in 1997, but the Russian parliament rejected it.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkPageRelations(t, x, "Azerbaijan–Russia relations", tt.text, partiesOf(treaty), tt.want)
		})
	}
}
