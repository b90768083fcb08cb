package extract

import "testing"

// TestPluralOffices: an office told once in the plural for a list of
// people, each with their state.
func TestPluralOffices(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"three foreign ministers in apposition", []string{
			"The foreign ministers, [Fuad Hussein|person:fuad-hussein] of [Iraq|country:iraq], [Ayman Safadi|person:ayman-safadi] of [Jordan|country:jordan] and [Sameh Shoukry|person:sameh-shoukry] of [Egypt|country:egypt], held a meeting."},
			[]string{"HOLDS_ROLE person:fuad-hussein country:iraq title=Foreign Minister", "HOLDS_ROLE person:ayman-safadi country:jordan title=Foreign Minister",
				"HOLDS_ROLE person:sameh-shoukry country:egypt title=Foreign Minister"}},
		{"two presidents before their names", []string{
			"Presidents [Recep Tayyip Erdoğan|person:erdogan] of [Turkey|country:turkey] and [Vladimir Putin|person:putin] of [Russia|country:russia] met in Sochi."},
			[]string{"HOLDS_ROLE person:erdogan country:turkey title=President", "HOLDS_ROLE person:putin country:russia title=President"}},

		{"a holder without a state in the list", []string{
			"It was signed by Presidents [Kabila|person:kabila], [José Eduardo dos Santos|person:dos-santos] of [Angola|country:angola] and [Sam Nujoma|person:nujoma] of [Namibia|country:namibia]."},
			[]string{"HOLDS_ROLE person:dos-santos country:angola title=President", "HOLDS_ROLE person:nujoma country:namibia title=President"}},
		{"an office held whatever the clause says of them", []string{
			"The foreign ministers, [Fuad Hussein|person:fuad-hussein] of [Iraq|country:iraq] and [Ayman Safadi|person:ayman-safadi] of [Jordan|country:jordan], would be replaced."},
			[]string{"HOLDS_ROLE person:fuad-hussein country:iraq title=Foreign Minister", "HOLDS_ROLE person:ayman-safadi country:jordan title=Foreign Minister"}},

		{"the states' list, a dash, then their holders in the same order", []string{
			"The foreign ministers of [Iran|country:iran], [Russia|country:russia] and [Turkey|country:turkey] — [Abbas Araghchi|person:abbas-araghchi], [Sergey Lavrov|person:sergey-lavrov] and [Hakan Fidan|person:hakan-fidan] — call for calm."},
			[]string{"HOLDS_ROLE person:abbas-araghchi country:iran title=Foreign Minister", "HOLDS_ROLE person:sergey-lavrov country:russia title=Foreign Minister",
				"HOLDS_ROLE person:hakan-fidan country:turkey title=Foreign Minister"}},
		{"the states' list, then their holders in brackets", []string{
			"The presidents of [Turkey|country:turkey] and [Russia|country:russia] ([Recep Tayyip Erdoğan|person:erdogan] and [Vladimir Putin|person:putin]) met."},
			[]string{"HOLDS_ROLE person:erdogan country:turkey title=President", "HOLDS_ROLE person:putin country:russia title=President"}},

		// Negative cases.
		{"a person of a state with no office", []string{
			"[Fuad Hussein|person:fuad-hussein] of [Iraq|country:iraq] and [Ayman Safadi|person:ayman-safadi] of [Jordan|country:jordan] met."},
			nil},
		{"lists of different lengths pair no one", []string{
			"The foreign ministers of [Iran|country:iran], [Russia|country:russia] and [Turkey|country:turkey] — [Abbas Araghchi|person:abbas-araghchi] and [Sergey Lavrov|person:sergey-lavrov] — call for calm."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"HOLDS_ROLE"}, []string{"title"}, tt.want)
		})
	}
}

func TestSingularOffice(t *testing.T) {
	for plural, want := range map[string]string{
		"foreign ministers": "Foreign Minister", "Presidents": "President", "national security advisers": "National Security Adviser",
		"chiefs of staff": "Chief of Staff", "envoys": "Envoy",
	} {
		if got := singularOffice(plural); got != want {
			t.Errorf("singularOffice(%q) = %q, want %q", plural, got, want)
		}
	}
}

// TestRespectiveHoldersMeet: the people the list of states' holders names
// are the ones who meet, not their states.
func TestRespectiveHoldersMeet(t *testing.T) {
	for name, line := range map[string]string{
		"a comma between the lists": "On Dec. 20, 2016 the foreign ministers of [Russia|country:ru], [Iran|country:ir] and [Turkey|country:tr], [Sergei Lavrov|person:sl], [Mohammad Javad Zarif|person:mz] and [Mevlut Cavusoglu|person:mc], met in [Moscow|place:mos].",
	} {
		t.Run(name, func(t *testing.T) {
			checkRelations(t, "2018-01-31", []string{line}, []string{"MET_WITH", "PARTICIPATED_IN"}, nil, []string{
				"MET_WITH person:mc person:mz", "MET_WITH person:mc person:sl", "MET_WITH person:mz person:sl",
				"PARTICIPATED_IN person:mc event:meeting:ir-ru-tr:2016-12-20",
				"PARTICIPATED_IN person:mz event:meeting:ir-ru-tr:2016-12-20",
				"PARTICIPATED_IN person:sl event:meeting:ir-ru-tr:2016-12-20",
			})
		})
	}
}

// TestKnownPluralOffices: an office told once in the plural for people
// the catalog knows, with no state written after each, is held for the
// state the catalog describes it for, when the document names that state.
func TestKnownPluralOffices(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "two presidents the catalog knows",
			text: "Azerbaijan and Turkey built the railway. It was inaugurated at Alat by Presidents Ilham Aliyev and Recep Tayyip Erdoğan.",
			want: []string{"HOLDS_ROLE person:ilham-aliyev country:azerbaijan", "HOLDS_ROLE person:recep-tayyip-erdogan country:turkey"}},
		{name: "a state the document does not name is no holder",
			text: "The railway was inaugurated at Alat by Presidents Ilham Aliyev and Recep Tayyip Erdoğan.",
			not:  []string{"HOLDS_ROLE person:ilham-aliyev country:azerbaijan", "HOLDS_ROLE person:recep-tayyip-erdogan country:turkey"}},
	})
}
