package extract

import "testing"

// TestAttendedBy: a named gathering attended by states or people, in the
// passive, is theirs to take part in; a denied attendance is none.
func TestAttendedBy(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "a summit attended by the leaders of states",
			text: "The Quxville Peace Summit was attended by leaders of Egypt, Jordan and Qatar.",
			want: []string{"PARTICIPATED_IN country:egypt event:summit:quxville-peace-summit", "PARTICIPATED_IN country:jordan event:summit:quxville-peace-summit",
				"PARTICIPATED_IN country:qatar event:summit:quxville-peace-summit"}},
		{name: "a catalog summit attended by the leaders of states",
			text: "The Cairo Peace Summit was attended by leaders of Egypt, Jordan and Qatar.",
			want: []string{"PARTICIPATED_IN country:jordan event:cairo-peace-summit"}},
		{name: "a conference attended by two people",
			text: "The Annapolis Conference was attended by Ehud Olmert and Mahmoud Abbas.",
			want: []string{"PARTICIPATED_IN person:ehud-olmert event:annapolis-conference", "PARTICIPATED_IN person:mahmoud-abbas event:annapolis-conference"}},
		{name: "not attended",
			text: "The Annapolis Conference was not attended by Hamas.",
			not:  []string{"PARTICIPATED_IN organization:hamas event:annapolis-conference"}},
	})
}

// TestCarriedOut: a named deed "carried out by" a group is the group's; a
// deed said to have been carried out by no one named gives nothing.
func TestCarriedOut(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "attacks carried out by a group",
			text: "The 2015 Quxville attacks were carried out by the Islamic State.",
			want: []string{"PARTICIPATED_IN organization:islamic-state event:attack:2015-quxville-attacks"}},
		{name: "catalog attacks carried out by a group",
			text: "The 2015 Paris attacks were carried out by the Islamic State.",
			want: []string{"PARTICIPATED_IN organization:islamic-state event:november-2015-paris-attacks"}},
		{name: "a massacre perpetrated by a state",
			text: "The Quxville massacre was perpetrated by Israel in 1996.",
			want: []string{"PARTICIPATED_IN country:israel event:attack:quxville-massacre"}},
		{name: "carried out in a place, not by it",
			text: "The 2015 Quxville attacks were carried out in Paris.",
			not:  []string{"PARTICIPATED_IN place:paris event:attack:2015-quxville-attacks"}},
	})
}
