package extract

import "testing"

// TestKnownAffiliations: a sentence naming a catalog person and one of
// their parties or groups ties the two; other bodies, and a tie denied,
// give nothing.
func TestKnownAffiliations(t *testing.T) {
	x := testExtractor(t)
	const sharonLikud = "AFFILIATED_WITH person:ariel-sharon organization:likud"
	tests := []relationCase{
		{"a party named with its leader", "In 1999 Ariel Sharon took over Likud after the elections.",
			[]string{sharonLikud}, nil},
		{"two parties of one person", "In 2005 Ariel Sharon left Likud and founded Kadima.",
			[]string{sharonLikud, "AFFILIATED_WITH person:ariel-sharon organization:kadima"}, nil},
		{"a body the catalog does not tie the person to", "Ariel Sharon ordered strikes on Hamas.",
			nil, []string{"AFFILIATED_WITH person:ariel-sharon organization:hamas"}},
		{"a denied tie", "Ariel Sharon never joined Likud.",
			nil, []string{sharonLikud}},
	}
	checkRelationCases(t, x, tests)
}

// TestAffiliationsOnlyForPeople: the catalog refuses affiliations of
// anything but a person.
func TestAffiliationsOnlyForPeople(t *testing.T) {
	_, err := normalizeEntry(catalogEntry{Type: "Country", Name: "Zorbia", Affiliations: []string{"organization:likud"}})
	if err == nil {
		t.Fatal("want an error for a country with affiliations")
	}
}
