package extract

import (
	"reflect"
	"testing"
)

func TestPronounAnaphors(t *testing.T) {
	x := testExtractor(t)
	const sharon = "person:ariel-sharon"
	tests := []struct {
		name, text, id string
		want           []string // mention texts of id
	}{
		{"he is the subject of a life",
			"Ariel Sharon was an Israeli general.\nSharon was born in 1928.\nSharon entered politics in 1973.\nHe joined the Likud.",
			sharon, []string{"Ariel Sharon", "Sharon", "Sharon", "He"}},
		{"another person named in the sentence before may be meant",
			"Ariel Sharon was an Israeli general.\nSharon was born in 1928.\nYasser Arafat met Sharon in 1998.\nHe left early.",
			sharon, []string{"Ariel Sharon", "Sharon", "Sharon"}},
		{"the sentence before was about the subject, the other named after",
			"Ariel Sharon was an Israeli general.\nSharon was born in 1928.\nSharon met Yasser Arafat in 1998.\nHe left early.",
			sharon, []string{"Ariel Sharon", "Sharon", "Sharon", "He"}},
		{"the same after a pronoun of the subject",
			"Ariel Sharon was an Israeli general.\nSharon was born in 1928.\nSharon entered politics.\nIn 1998 he met Yasser Arafat.\nHe left early.",
			sharon, []string{"Ariel Sharon", "Sharon", "Sharon", "he", "He"}},
		{"another person named earlier in the same sentence may be meant",
			"Ariel Sharon was an Israeli general.\nSharon was born in 1928.\nSharon entered politics.\nAfter Yasser Arafat spoke, he left.",
			sharon, []string{"Ariel Sharon", "Sharon", "Sharon"}},
		{"others named in a fronted phrase of those the subject acted with",
			"Ariel Sharon was an Israeli general.\nSharon was born in 1928.\nSharon entered politics.\nIn 1973, with Yasser Arafat and Moshe Dayan, he founded a club.",
			sharon, []string{"Ariel Sharon", "Sharon", "Sharon", "he"}},
		{"a person named fewer times than another is no subject",
			"Ariel Sharon met Yasser Arafat.\nArafat spoke.\nArafat left.\nSharon stayed.\nArafat returned.\n\nLater he joined the Likud.",
			sharon, []string{"Ariel Sharon", "Sharon"}},
		// The blank line keeps the reading of the sentence before
		// (resolve_pronouns_local.go) out of this case.
		{"a person first named late is no subject",
			"The war began in 1967.\nIt lasted six days.\nAriel Sharon led a division.\nSharon crossed the canal.\nSharon was praised.\n\nHe was promoted.",
			sharon, []string{"Ariel Sharon", "Sharon", "Sharon"}},
		{"she is the subject of her life, he is not",
			"Golda Meir was an Israeli politician.\nMeir was born in Kyiv.\nMeir led Israel from 1969. Her cabinet was divided.\nShe resigned in 1974.\nHe was not named.",
			"person:golda-meir", []string{"Golda Meir", "Meir", "Meir", "She"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set := x.findEntities(docOf(tt.text))
			if got := mentionsByID(set)[tt.id]; !reflect.DeepEqual(got, tt.want) {
				t.Errorf("mentions of %s: got %q, want %q", tt.id, got, tt.want)
			}
			for _, m := range set.Mentions {
				if (m.Text == "He" || m.Text == "She" || m.Text == "he") != m.Pronoun {
					t.Errorf("%q: Pronoun is %v", m.Text, m.Pronoun)
				}
			}
			if e, ok := set.Entities[tt.id]; ok {
				for _, a := range e.Aliases {
					if a == "He" || a == "She" || a == "he" {
						t.Errorf("alias %q: a pronoun is no name", a)
					}
				}
			}
		})
	}
}

// TestPronounSubjectRelations: the rules read a pronoun mention like a
// name.
func TestPronounSubjectRelations(t *testing.T) {
	x := testExtractor(t)
	res := x.Extract(docOf("Ariel Sharon was an Israeli general.\nSharon was born in 1928.\nSharon entered politics in 1973.\nHe joined the Likud.\nIn 2001 he was elected Prime Minister of Israel."))
	checkRelationKeys(t, res, []string{
		"AFFILIATED_WITH person:ariel-sharon organization:likud",
		"HOLDS_ROLE person:ariel-sharon country:israel",
	}, nil)
}
