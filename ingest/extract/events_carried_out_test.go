package extract

import "testing"

// TestCarriedOut: a named deed "carried out by" a group is the group's; a
// deed said to have been carried out by no one named gives nothing.
func TestCarriedOut(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "attacks carried out by a group",
			text: "The 2015 Paris attacks were carried out by the Islamic State.",
			want: []string{"PARTICIPATED_IN organization:islamic-state event:attack:2015-paris-attacks"}},
		{name: "a massacre perpetrated by a state",
			text: "The Qana massacre was perpetrated by Israel in 1996.",
			want: []string{"PARTICIPATED_IN country:israel event:attack:qana-massacre"}},
		{name: "carried out in a place, not by it",
			text: "The 2015 Paris attacks were carried out in Paris.",
			not:  []string{"PARTICIPATED_IN place:paris event:attack:2015-paris-attacks"}},
	})
}
