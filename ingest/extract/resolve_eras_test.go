package extract

import (
	"slices"
	"testing"
)

// TestEarlierStates: a state's demonym in a sentence dated only before the
// state began stands for the state before it, or for none before that
// one's time; the state's own name, and later sentences, are left as
// written.
func TestEarlierStates(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		text        string
		want, never []string
	}{
		{"In 1793, Turkish officer Ali Benghul deposed Hamet Karamanli.", []string{"country:ottoman-empire"}, []string{"country:turkey"}},
		{"After the Battle of Manzikert in 1071, the Seljuk Turks overran much of Anatolia.", nil, []string{"country:turkey", "country:ottoman-empire"}},
		{"In 2019, Turkish forces entered northern Syria.", []string{"country:turkey"}, []string{"country:ottoman-empire"}},
		{"In 1921, Turkey and France signed a treaty in Ankara.", []string{"country:turkey"}, []string{"country:ottoman-empire"}},
	}
	for _, tt := range tests {
		checkIDs(t, tt.text, entityIDs(x.Extract(docOf(tt.text))), tt.want, tt.never)
	}
}

// TestSidesOfTheirTime: a side of a war that ended before its state began
// is the state before it when the document names that one, and no side
// otherwise.
func TestSidesOfTheirTime(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		text        string
		want, never []string
	}{
		{"The Italo-Turkish War ended Ottoman Empire rule in Tripolitania. Turkey signed a treaty with Italy in 1928.",
			[]string{"country:italy", "country:ottoman-empire"}, []string{"country:turkey"}},
		{"The Italo-Turkish War devastated Tripolitania. Turkey signed a treaty with Italy in 1928.",
			[]string{"country:italy"}, []string{"country:turkey"}},
	}
	for _, tt := range tests {
		var sides []string
		for _, r := range x.Extract(docOf(tt.text)).Relations {
			if r.Type == "PARTICIPATED_IN" && r.To == "event:italo-turkish-war" {
				sides = append(sides, r.From)
			}
		}
		checkIDs(t, tt.text, sides, tt.want, tt.never)
	}
}

// TestLaterEvents: a dated document names no catalog event of a later
// year; an undated one, or one written after, still does.
func TestLaterEvents(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, published string
		want, never     []string
	}{
		{"a news item of an earlier year", "2015-10-09", []string{"event:gaza-war"}, []string{"event:israel-hamas-war"}},
		{"a news item of a later year", "2024-02-01", []string{"event:israel-hamas-war"}, []string{"event:gaza-war"}},
		{"an undated text", "", []string{"event:israel-hamas-war"}, []string{"event:gaza-war"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := docPublished(t, "In one of the bloodiest days since last year's Gaza war, troops killed five people near Gaza.", tt.published)
			checkIDs(t, tt.name, entityIDs(x.Extract(doc)), tt.want, tt.never)
		})
	}
}

// TestEarlierStatesTitles: a title's state read from a demonym before the
// state began is the state before it.
func TestEarlierStatesTitles(t *testing.T) {
	x := testExtractor(t)
	res := x.Extract(docOf("In 1793, Turkish officer Ali Benghul deposed Hamet Karamanli and restored Ottoman Empire rule.\nTurkey was founded in 1923."))
	var roles []string
	for _, r := range res.Relations {
		if r.Type == "HOLDS_ROLE" && r.From == "person:ali-benghul" {
			roles = append(roles, r.To)
		}
	}
	if !slices.Equal(roles, []string{"country:ottoman-empire"}) {
		t.Errorf("Ali Benghul's offices are held for %v, want only the Ottoman Empire", roles)
	}
}

// TestStatesOfTheirTime: in a document naming an earlier state, the later
// state's name in a sentence told in the earlier state's years, and what
// the rules read there, are the earlier state's; a sentence of later
// years keeps the later state, and a document that never names the
// earlier state keeps the name as written.
func TestStatesOfTheirTime(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, text  string
		want, never []string // entities
		parties     []string // PARTY_TO the Treaty of Turkmenchay
	}{
		{"the earlier state named", "In 1828 Russia and Persia signed the Treaty of Turkmenchay.\nIt left the Russian Empire and Qajar Iran at peace.",
			[]string{"country:russian-empire", "country:qajar-iran"}, []string{"country:russia", "country:iran"},
			[]string{"country:qajar-iran", "country:russian-empire"}},
		{"a sentence with no year of its own", "The Russian Empire and Qajar Iran fought from 1826.\nThe war ended in 1828.\nRussia and Persia then signed the Treaty of Turkmenchay.",
			[]string{"country:russian-empire", "country:qajar-iran"}, []string{"country:russia", "country:iran"},
			[]string{"country:qajar-iran", "country:russian-empire"}},
		{"a later year keeps the later state", "In 1828 Russia and Persia signed the Treaty of Turkmenchay.\nIt left the Russian Empire and Qajar Iran at peace.\nIn 2001 Russia and Iran held talks in Moscow.",
			[]string{"country:russian-empire", "country:qajar-iran", "country:russia", "country:iran"}, nil,
			[]string{"country:qajar-iran", "country:russian-empire"}},
		{"the earlier state never named", "In 1828 Russia and Persia signed the Treaty of Turkmenchay.",
			[]string{"country:russia", "country:iran"}, []string{"country:russian-empire", "country:qajar-iran"},
			[]string{"country:iran", "country:russia"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkIDs(t, tt.text, entityIDs(x.Extract(docPublished(t, tt.text, "2023-11-03"))), tt.want, tt.never)
			checkPageRelations(t, x, "", tt.text, partiesOf("agreement:treaty-of-turkmenchay"), tt.parties)
		})
	}
}

// TestStatesOfTheirTimePlaces: where a town lies stays with the later
// state while the document still names it.
func TestStatesOfTheirTimePlaces(t *testing.T) {
	x := testExtractor(t)
	text := "In 1911 Russian troops entered Tabriz in Persia.\nThe Russian Empire and Qajar Iran made peace in 1912.\nIn 2001 Iran hosted talks in Tehran."
	var in []string
	for _, r := range x.Extract(docPublished(t, text, "2023-11-03")).Relations {
		if r.Type == "LOCATED_IN" && r.From == "place:tabriz" {
			in = append(in, r.To)
		}
	}
	if !slices.Equal(in, []string{"country:iran"}) {
		t.Errorf("Tabriz located in %v, want [country:iran]", in)
	}
}
