package extract

import "testing"

// TestKnownSides: a side the catalog knows, named in a sentence with its
// war, took part in it; a sentence the war only dates says nothing.
func TestKnownSides(t *testing.T) {
	x := testExtractor(t)
	const suez = "event:suez-crisis"
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"the sides named with the war",
			"Israel, the United Kingdom and France invaded Egypt in the Suez Crisis of 1956.",
			[]string{"PARTICIPATED_IN country:israel " + suez, "PARTICIPATED_IN country:united-kingdom " + suez, "PARTICIPATED_IN country:france " + suez, "PARTICIPATED_IN country:egypt " + suez},
			nil},
		{"two adjectives of one forces noun",
			"During the Suez Crisis, British and French forces landed at Port Said.",
			[]string{"PARTICIPATED_IN country:united-kingdom " + suez, "PARTICIPATED_IN country:france " + suez},
			nil},
		{"an adjective of a thing is no side",
			"During the Suez Crisis, British and French newspapers criticised the war.",
			nil,
			[]string{"PARTICIPATED_IN country:united-kingdom " + suez}},
		{"a state that was no side",
			"The United States pressed Israel to withdraw after it invaded Sinai during the Suez Crisis.",
			[]string{"PARTICIPATED_IN country:israel " + suez},
			[]string{"PARTICIPATED_IN country:united-states " + suez}},
		{"the war dates the sentence",
			"In the aftermath of the Suez Crisis, Egypt nationalised foreign banks.",
			nil,
			[]string{"PARTICIPATED_IN country:egypt " + suez}},
		{"the parties of an agreement",
			"The United States left the JCPOA in 2018, while Iran and the EU kept to it.",
			[]string{"PARTY_TO country:united-states agreement:joint-comprehensive-plan-of-action", "PARTY_TO country:iran agreement:joint-comprehensive-plan-of-action", "PARTY_TO organization:european-union agreement:joint-comprehensive-plan-of-action"},
			nil},
		{"a state that is no party",
			"Israel opposed the JCPOA, which Iran signed.",
			[]string{"PARTY_TO country:iran agreement:joint-comprehensive-plan-of-action"},
			[]string{"PARTY_TO country:israel agreement:joint-comprehensive-plan-of-action"}},
		{"a possessive of something else",
			"From tearing up the JCPOA to the campaign that struck Iran’s nuclear sites, the President acted.",
			nil,
			[]string{"PARTY_TO country:iran agreement:joint-comprehensive-plan-of-action"}},
		{"a denial",
			"Jordan did not take part in the Yom Kippur War.",
			nil,
			[]string{"PARTICIPATED_IN country:jordan event:yom-kippur-war"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelationKeys(t, x.Extract(docOf(tt.text)), tt.want, tt.not)
		})
	}
}

// TestCatalogSidesAreEvents: sides belong to events and agreements and
// point at entries of the catalog.
func TestCatalogSidesAreEvents(t *testing.T) {
	x := testExtractor(t)
	n := 0
	for _, e := range x.cat.entries {
		if len(e.Sides) == 0 {
			continue
		}
		n++
		if e.Type != "Event" && e.Type != "Agreement" {
			t.Errorf("%s: sides on a %s", e.Name, e.Type)
		}
		for _, id := range e.Sides {
			i, ok := x.cat.byID[id]
			if !ok {
				t.Errorf("%s: unknown side %s", e.Name, id)
				continue
			}
			if typ := x.cat.entries[i].Type; typ != "Country" && typ != "Organization" {
				t.Errorf("%s: side %s is a %s", e.Name, id, typ)
			}
		}
	}
	if n == 0 {
		t.Error("no event of the catalog has sides")
	}
}

// TestNamedParties: the states an agreement is named after by a dash pair
// are its parties.
func TestNamedParties(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a detected pair agreement",
			"Israel and the UAE met. The Israel-UAE agreement was signed.",
			[]string{"PARTY_TO country:israel agreement:israel-united-arab-emirates-agreement", "PARTY_TO country:united-arab-emirates agreement:israel-united-arab-emirates-agreement"},
			nil},
		{"a demonym opens the pair",
			"Israel and the United Arab Emirates met. They signed the Israeli-United Arab Emirates peace accords.",
			[]string{"PARTY_TO country:israel agreement:israeli-united-arab-emirates-peace-accords", "PARTY_TO country:united-arab-emirates agreement:israeli-united-arab-emirates-peace-accords"},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelationKeys(t, x.Extract(docOf(tt.text)), tt.want, tt.not)
		})
	}
}

// TestOfficeDuringWar: holding an office of command or of state while a
// war was fought is taking part in it; another occupation is not.
func TestOfficeDuringWar(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "defense minister during a war",
			text: "Moshe Dayan was defense minister during the Six-Day War.",
			want: []string{"PARTICIPATED_IN person:moshe-dayan event:six-day-war"}},
		{name: "chief of staff during a war",
			text: "Yitzhak Rabin served as chief of staff during the Six-Day War.",
			want: []string{"PARTICIPATED_IN person:yitzhak-rabin event:six-day-war"}},
		{name: "a student during a war",
			text: "Ali Larijani was a student during the Six-Day War.",
			not:  []string{"PARTICIPATED_IN person:ali-larijani event:six-day-war"}},
	})
}
