package extract

import (
	"slices"
	"testing"
)

func TestLocalPronouns(t *testing.T) {
	tests := []struct {
		name string
		text string
		// want: the pronouns read, as "<entity id> <pronoun>", in order.
		want []string
	}{
		{"the one person of the sentence before",
			"Shaul Mofaz was born in Tehran.\nHe served as Chief of Staff of the Israel Defense Forces.",
			[]string{"person:shaul-mofaz He"}},
		{"a pronoun read this way carries on",
			"Abbas Araghchi arrived in Muscat.\nHe met the envoy on Saturday.\nLater he flew home.",
			[]string{"person:abbas-araghchi He", "person:abbas-araghchi he"}},
		{"a pronoun subject goes on past the other person it names",
			"Ali Larijani was born in Najaf.\nIn 2005, he ran in the election but lost to Mahmoud Ahmadinejad.\nHe resigned in 2007.",
			[]string{"person:ali-larijani he", "person:ali-larijani He"}},
		{"two people before: whose is not said",
			"Abbas Araghchi met Steve Witkoff in Muscat.\nHe said the talks were useful.",
			nil},
		{"a person named before it in its own sentence",
			"Abbas Araghchi arrived in Muscat.\nAfter Steve Witkoff landed, he spoke.",
			nil},
		{"a possessive before the person: the pronoun may be the possessor's",
			"His mother, Alia Ghanem, was from Latakia.\nHe was born in Riyadh.",
			nil},
		{"a new paragraph",
			"Abbas Araghchi arrived in Muscat.\n\nHe said nothing.",
			nil},
		{"not the other pronoun of a person read before",
			"Golda Meir led Israel.\nShe resigned in 1974.\nHe was not named.",
			[]string{"person:golda-meir She"}},
		{"his and him are not read",
			"Abbas Araghchi arrived in Muscat.\nHis aides met him there.",
			nil},
	}
	x := testExtractor(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set := x.findEntities(docOf(tt.text))
			var got []string
			for _, m := range set.Mentions {
				if m.Pronoun {
					got = append(got, m.EntityID+" "+m.Text)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("pronouns read: got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestPronounCarriesTheRelation: the pronoun's person holds the office its
// sentence tells.
func TestPronounCarriesTheRelation(t *testing.T) {
	x := testExtractor(t)
	res := x.Extract(docOf("Shaul Mofaz was born in Tehran.\nHe served as Chief of Staff of the Israel Defense Forces."))
	checkRelationKeys(t, res, []string{"HOLDS_ROLE person:shaul-mofaz organization:israel-defense-forces"}, nil)
	for _, r := range res.Relations {
		if r.Type == "HOLDS_ROLE" && r.Properties["title"] != "Chief of Staff" {
			t.Errorf("title %v, want Chief of Staff: the staff is part of the office", r.Properties["title"])
		}
	}
}
