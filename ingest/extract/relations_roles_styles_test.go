package extract

import "testing"

// Offices written with a brief before the state ("Minister for Foreign
// Affairs of Finland"), styles of address around the name ("the Right
// Honourable", "Sir"), and a plural office over a list of possessives.
func TestOfficeStylesAndBriefs(t *testing.T) {
	x := testExtractor(t)
	checkRelationCases(t, x, []relationCase{
		{"a brief after for, the state after of",
			"The Minister for Foreign Affairs of Finland, Mr. Pekka Haavisto, signed a memorandum.",
			[]string{"HOLDS_ROLE person:pekka-haavisto country:finland"}, nil},
		{"a list of offices each set off before its holder",
			"Following the meeting, the Minister of Foreign Affairs of Türkiye, Mr. Mevlüt Çavuşoğlu, the Minister for Foreign Affairs of Finland, Mr. Pekka Haavisto, and the Minister for Foreign Affairs of Sweden, Ms. Ann Linde, signed a trilateral memorandum.",
			[]string{"HOLDS_ROLE person:mevlut-cavusoglu country:turkey", "HOLDS_ROLE person:pekka-haavisto country:finland", "HOLDS_ROLE person:ann-linde country:sweden"},
			[]string{"HOLDS_ROLE person:mevlut-cavusoglu country:finland", "HOLDS_ROLE person:pekka-haavisto country:sweden"}},
		{"an office after a name with no office before it is that name's",
			"The talks were attended by Carlos Vemberg, Minister for Foreign Affairs of Finland, Pedro Dutra, Minister of Defence of Sweden.",
			[]string{"HOLDS_ROLE person:carlos-vemberg country:finland", "HOLDS_ROLE person:pedro-dutra country:sweden"},
			[]string{"HOLDS_ROLE person:pedro-dutra country:finland"}},
		{"the Right Honourable before the name",
			"Leaders took part, among them the Right Honourable Zorbo Quxani, Prime Minister of New Zealand.",
			[]string{"HOLDS_ROLE person:zorbo-quxani country:new-zealand"}, nil},
		{"a plural office over possessives",
			"The foreign ministers of the five states, Russia's Carlos Vemberg, Iran's Pedro Dutra and Turkmenistan's Ali Quxbeh, met in Aktau on Saturday.",
			[]string{"HOLDS_ROLE person:carlos-vemberg country:russia", "HOLDS_ROLE person:pedro-dutra country:iran", "HOLDS_ROLE person:ali-quxbeh country:turkmenistan"}, nil},
		{"an office in a relative clause of its body",
			"The programme was run from New York by the Office of the Iraq Programme, whose executive director, Benon Sevan, reported to Kofi Annan.",
			[]string{"HOLDS_ROLE person:benon-sevan organization:office-of-the-iraq-programme"}, nil},
		{"an office before an ambassador's name",
			"It commended the Executive Secretary of IGAD, His Excellency Ambassador Mahboub Maalim, for his efforts.",
			[]string{"HOLDS_ROLE person:mahboub-maalim organization:intergovernmental-authority-on-development"}, nil},
		{"a legislator's party and state before the office",
			"Richard Lugar, R-Ind., chairman of the Senate Foreign Relations Committee, led the override effort.",
			[]string{"HOLDS_ROLE person:richard-lugar organization:senate-foreign-relations-committee"}, nil},
		{"a biography's office after the state's possessive, and the next one",
			"Zorbo Quxani (14 November 1922 – 16 February 2016) was an Egyptian jurist and diplomat who served as Egypt's Minister of State for Foreign Affairs from 1977 to 1991 and as the sixth Secretary-General of the United Nations from 1992 to 1996.",
			[]string{"HOLDS_ROLE person:zorbo-quxani country:egypt", "HOLDS_ROLE person:zorbo-quxani organization:united-nations"}, nil},
		{"a plural office of the countries, then its holders between dashes",
			"The foreign ministers of the three countries -- Carlos Vemberg of South Africa, Pedro Dutra of Angola and Ali Quxbeh of Cuba -- signed a tripartite accord.",
			[]string{"HOLDS_ROLE person:carlos-vemberg country:south-africa", "HOLDS_ROLE person:ali-quxbeh country:cuba"}, nil},
		{"possessives with no plural office hold nothing",
			"Russia's Carlos Vemberg and Iran's Pedro Dutra met in Aktau on Saturday.",
			nil, []string{"HOLDS_ROLE person:carlos-vemberg country:russia"}},
	})
	t.Run("a knighthood is no word of the office", func(t *testing.T) {
		res := x.Extract(docOf("The deployment follows a request from Prime Minister Sir Zorbo Quxani of Solomon Islands."))
		found := false
		for _, r := range res.Relations {
			if r.Type == "HOLDS_ROLE" && r.From == "person:zorbo-quxani" {
				found = true
				if got := r.Properties["title"]; got != "Prime Minister" {
					t.Errorf("title = %q, want Prime Minister", got)
				}
			}
		}
		if !found {
			t.Errorf("no office for Zorbo Quxani")
		}
	})
	checkDetection(t, x, []detectCase{
		{"a seat addressed with a style is no name", "The Honourable Member for Sydney spoke first.", nil, []string{"person:member"}},
	})
}
