package extract

import "testing"

// TestDelegationLeaders: the head of a state's delegation takes part in
// the one talks of that sentence or the one before in which the state
// takes part; with no such talks, or two, nothing is added.
func TestDelegationLeaders(t *testing.T) {
	x := testExtractor(t)
	checkRelationCases(t, x, []relationCase{
		{name: "the leader in the sentence after the talks",
			text: "Iran held talks with France and Germany in Istanbul on 25 July 2025. Deputy Foreign Minister Kamal Quxani, who led the Iranian delegation, said the talks were serious.",
			want: []string{"PARTICIPATED_IN person:kamal-quxani event:talks:france-germany-iran:2025-07-25"}},
		{name: "the leader of a state not at the talks",
			text: "Iran held talks with France and Germany in Istanbul on 25 July 2025. Zorbi Quxley, who led the Turkish delegation, spoke.",
			not:  []string{"PARTICIPATED_IN person:zorbi-quxley event:talks:france-germany-iran:2025-07-25"}},
		{name: "no talks near",
			text: "Kamal Quxani, who led the Iranian delegation, spoke.",
			not:  []string{"PARTICIPATED_IN person:kamal-quxani event:talks:france-germany-iran:2025-07-25"}},
	})
}
