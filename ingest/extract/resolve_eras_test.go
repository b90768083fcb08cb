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
