package extract

import "testing"

// TestAttendedBy: a named gathering attended by states or people, in the
// passive, is theirs to take part in; a denied attendance is none.
func TestAttendedBy(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "a summit attended by the leaders of states",
			text: "The Cairo Peace Summit was attended by leaders of Egypt, Jordan and Qatar.",
			want: []string{"PARTICIPATED_IN country:egypt event:summit:cairo-peace-summit", "PARTICIPATED_IN country:jordan event:summit:cairo-peace-summit",
				"PARTICIPATED_IN country:qatar event:summit:cairo-peace-summit"}},
		{name: "a conference attended by two people",
			text: "The Annapolis Conference was attended by Ehud Olmert and Mahmoud Abbas.",
			want: []string{"PARTICIPATED_IN person:ehud-olmert event:annapolis-conference", "PARTICIPATED_IN person:mahmoud-abbas event:annapolis-conference"}},
		{name: "not attended",
			text: "The Annapolis Conference was not attended by Hamas.",
			not:  []string{"PARTICIPATED_IN organization:hamas event:annapolis-conference"}},
	})
}
