package extract

import "testing"

// TestSaidItAnaphors: the "it" of a state's or a body's own report is the
// speaker, so its deed has a doer; a person's report, a verb that is no
// speech and a speaker set off by a clause give none.
func TestSaidItAnaphors(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "a state's military said it struck",
			text: "The US military said it struck Houthi targets in Hodeidah on Monday.",
			want: []string{"ATTACKED country:united-states organization:houthis"}},
		{name: "said on a day that it had fired",
			text: "Hamas said on Monday that it had fired rockets at Tel Aviv.",
			want: []string{"ATTACKED organization:hamas place:tel-aviv"}},
		{name: "a denial's it is left alone",
			text: "Iran denied that it attacked two tankers in the Gulf of Oman on June 13, 2019.",
			not:  []string{"ATTACKED country:iran place:gulf-of-oman"}},
		{name: "a verb that is no speech",
			text: "Hamas feared it had fired rockets at Tel Aviv on Monday.",
			not:  []string{"ATTACKED organization:hamas place:tel-aviv"}},
		{name: "a clause between the speaker and the verb",
			text: "Hamas, which Iran backs, said it had fired rockets at Tel Aviv on Monday.",
			not:  []string{"ATTACKED organization:hamas place:tel-aviv"}},
	})
}
