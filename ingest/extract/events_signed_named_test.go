package extract

import (
	"slices"
	"testing"
)

// TestNamedSignings: a named agreement signed in the active voice on a
// day or in a month is a signing event, with the people right before the
// verb taking part, whoever the subject is; a year alone, a signing told
// with a visit of the sentence and one only hoped for build none.
func TestNamedSignings(t *testing.T) {
	tests := []struct {
		name   string
		line   string
		events []string
		want   []string
	}{
		{"a pronoun signs on a day",
			"After nine days of talks, on 5 December 2001, they signed the [Bonn Agreement|agreement:bonn], which set up an interim administration.",
			[]string{"event:agreement:bonn:2001-12-05"}, nil},
		{"two ministers sign a described agreement",
			"On 8 February 2024, in [Ankara|place:ankara], Defence Ministers [Yaşar Güler|person:guler] and [Abdulkadir Mohamed Nur|person:nur] signed a ten-year [Defence and Economic Cooperation Framework Agreement|agreement:decfa].",
			[]string{"event:agreement:decfa:2024-02-08"},
			[]string{"PARTICIPATED_IN person:guler event:agreement:decfa:2024-02-08", "PARTICIPATED_IN person:nur event:agreement:decfa:2024-02-08"}},
		{"a year alone", "In 2001 they signed the [Bonn Agreement|agreement:bonn].", nil, nil},
		{"a signing within a visit",
			"[Shavkat Mirziyoyev|person:mirziyoyev] visited [Dushanbe|place:dushanbe] on 2 June 2022, where the two presidents signed the [Treaty on Allied Relations|agreement:tar].",
			[]string{"event:visit:mirziyoyev-to-dushanbe:2022-06-02"},
			[]string{"PARTICIPATED_IN person:mirziyoyev event:visit:mirziyoyev-to-dushanbe:2022-06-02", "HELD_IN event:visit:mirziyoyev-to-dushanbe:2022-06-02 place:dushanbe"}},
		{"only hoped for", "On 5 December 2001 they hoped they could have signed the [Bonn Agreement|agreement:bonn].", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := checkRelations(t, "2025-01-01", []string{tt.line}, []string{"PARTICIPATED_IN", "HELD_IN"}, nil, tt.want)
			var got []string
			for _, e := range rs.Events {
				got = append(got, e.ID)
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.events) {
				t.Errorf("events: got %q, want %q", got, tt.events)
			}
		})
	}
}

// TestPassiveSigningsDescribed: the passive rule reads an agreement's
// acronym in brackets and a description naming its sides before the verb.
func TestPassiveSigningsDescribed(t *testing.T) {
	tests := []struct{ name, line, want string }{
		{"an acronym in brackets",
			"The [Libyan Political Agreement|agreement:lpa] (LPA) was signed on 17 December 2015 in [Skhirat|place:skhirat].",
			"HELD_IN event:agreement:lpa:2015-12-17 place:skhirat"},
		{"a description with the sides",
			"The [Tashkent Declaration|agreement:td] was a peace agreement between [India|country:india] and [Pakistan|country:pakistan] signed on 10 January 1966 in [Tashkent|place:tashkent].",
			"HELD_IN event:agreement:td:1966-01-10 place:tashkent"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "2025-01-01", []string{tt.line}, []string{"HELD_IN"}, nil, []string{tt.want})
		})
	}
}

// TestSigningWitnesses: those a signing was done before ("in the presence
// of", "witnessed by") took part in it as witnesses.
func TestSigningWitnesses(t *testing.T) {
	const signing = "event:agreement:algiers-agreement:2000-12-12"
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "in the presence of a list",
			text: "On 12 December 2000 Isaias Afwerki and Meles Zenawi signed the Algiers Agreement at a ceremony in the Algerian capital, in the presence of President Abdelaziz Bouteflika and UN Secretary-General Kofi Annan.",
			want: []string{"PARTICIPATED_IN person:abdelaziz-bouteflika " + signing, "PARTICIPATED_IN person:kofi-annan " + signing}},
		{name: "no presence told",
			text: "On 12 December 2000 Isaias Afwerki and Meles Zenawi signed the Algiers Agreement, and Kofi Annan praised it.",
			not:  []string{"PARTICIPATED_IN person:kofi-annan " + signing}},
	})
}
