package extract

import "testing"

func TestOrgMeetings(t *testing.T) {
	types := []string{"PARTICIPATED_IN", "HELD_IN"}
	const ev = "event:meeting:global-coalition-to-defeat-isis-ministerial-meeting:2026-10-01"
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"attended the ministerial meeting of an organisation, placed and dated",
			"[Iraq|country:iraq] and [Syria|country:syria] attended the ministerial meeting of the [Global Coalition to Defeat ISIS|organization:global-coalition-to-defeat-isis] in [Rome|place:rome] on October 1, 2026.",
			[]string{"PARTICIPATED_IN country:iraq " + ev, "PARTICIPATED_IN country:syria " + ev, "HELD_IN " + ev + " place:rome"}},
		{"people who met for a meeting of a body took part in the body's meeting, not in one of their own",
			"[Jake Sullivan|person:jake-sullivan] hosted [Eyal Hulata|person:eyal-hulata] in [Rome|place:rome] on October 1, 2026 for a meeting of the [Global Coalition to Defeat ISIS|organization:global-coalition-to-defeat-isis].",
			[]string{"PARTICIPATED_IN person:jake-sullivan event:meeting:global-coalition-to-defeat-isis-meeting:2026-10-01",
				"PARTICIPATED_IN person:eyal-hulata event:meeting:global-coalition-to-defeat-isis-meeting:2026-10-01",
				"HELD_IN event:meeting:global-coalition-to-defeat-isis-meeting:2026-10-01 place:rome"}},
		{"a planned meeting is none",
			"[Iraq|country:iraq] will attend a ministerial meeting of the [Global Coalition to Defeat ISIS|organization:global-coalition-to-defeat-isis] in [Rome|place:rome] on October 1, 2026.",
			nil},
		{"a member of an organisation is no meeting",
			"[Iraq|country:iraq] is a member of the [Global Coalition to Defeat ISIS|organization:global-coalition-to-defeat-isis].",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "2026-10-02", []string{tt.line}, types, nil, tt.want)
		})
	}
}

// TestBodyMeetings: a body that sits ("coalition", "league", "council")
// and "met in" a place or on a day held a meeting, which it took part in;
// its hosts hosted it. A group or a movement that "met" tells of its
// people, not of a session.
func TestBodyMeetings(t *testing.T) {
	types := []string{"PARTICIPATED_IN", "HELD_IN", "HOSTED"}
	const ev = "event:meeting:arab-league-meeting:2026-09-30"
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"a league met in a city on a day, hosted by a state",
			"The [Arab League|organization:arab-league] met in [Cairo|place:cairo] on September 30, hosted by [Egypt|country:egypt].",
			[]string{"PARTICIPATED_IN organization:arab-league " + ev, "HELD_IN " + ev + " place:cairo", "HOSTED country:egypt " + ev}},
		{"a council convened in a city",
			"The [Gulf Cooperation Council|organization:gulf-cooperation-council] convened in [Riyadh|place:riyadh] on September 30.",
			[]string{"PARTICIPATED_IN organization:gulf-cooperation-council event:meeting:gulf-cooperation-council-meeting:2026-09-30",
				"HELD_IN event:meeting:gulf-cooperation-council-meeting:2026-09-30 place:riyadh"}},
		{"a movement that met is no session",
			"The [Hamas Movement|organization:hamas-movement] met in [Cairo|place:cairo] on September 30.",
			nil},
		{"members of a support group met last night in a city",
			"Members of the [International Syria Support Group|organization:international-syria-support-group] met last night in [Munich|place:munich] under the co-chairmanship of the [United States|country:united-states].",
			[]string{"PARTICIPATED_IN organization:international-syria-support-group event:meeting:international-syria-support-group-meeting:2026-10-01",
				"HELD_IN event:meeting:international-syria-support-group-meeting:2026-10-01 place:munich"}},
		{"a body that will meet has not met",
			"The [Arab League|organization:arab-league] will meet in [Cairo|place:cairo] on October 5.",
			nil},
		{"a body that met with someone met it, in no session of its own",
			"The [Arab League|organization:arab-league] met with [Iran|country:iran] on September 30.",
			[]string{"PARTICIPATED_IN country:iran event:meeting:arab-league-iran:2026-09-30", "PARTICIPATED_IN organization:arab-league event:meeting:arab-league-iran:2026-09-30"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "2026-10-02", []string{tt.line}, types, nil, tt.want)
		})
	}
}

// TestHeldSessions: a body that sits and "holds an emergency session" held
// one, which it took part in; told in the present tense by a news item,
// it is of the item's day; a session told at the opening of a sentence
// whose speakers speak in the present tense is too, and the speakers of
// its clauses were at it.
func TestHeldSessions(t *testing.T) {
	unsc := "[UN Security Council|organization:un-security-council]"
	tests := []struct {
		name, line string
		want       []string
	}{
		{"a body holds a session", "The " + unsc + " holds an emergency session on the killing at the request of [Algeria|country:algeria].",
			[]string{"PARTICIPATED_IN organization:un-security-council event:meeting:un-security-council-emergency-session:2024-04-14"}},
		{"its members held one", "[NATO|organization:nato] ambassadors held an emergency meeting in [Brussels|place:brussels] on Tuesday.",
			[]string{"PARTICIPATED_IN organization:nato event:meeting:nato-emergency-meeting:2024-04-09", "HELD_IN event:meeting:nato-emergency-meeting:2024-04-09 place:brussels"}},
		{"held in a story of the day, with no day of its own", "[NATO|organization:nato] ambassadors convened an emergency meeting in [Brussels|place:brussels].",
			[]string{"PARTICIPATED_IN organization:nato event:meeting:nato-emergency-meeting:2024-04-14", "HELD_IN event:meeting:nato-emergency-meeting:2024-04-14 place:brussels"}},
		{"a session that will be held is none", "The " + unsc + " will hold an emergency session on Monday.",
			nil},
		{"the speakers at a session", "At an emergency meeting of the " + unsc + " in [New York|place:new-york], Secretary-General [António Guterres|person:antonio-guterres] warns of war; Israeli ambassador [Gilad Erdan|person:gilad-erdan] calls for sanctions.",
			[]string{"PARTICIPATED_IN person:antonio-guterres event:meeting:un-security-council-emergency-meeting:2024-04-14", "PARTICIPATED_IN person:gilad-erdan event:meeting:un-security-council-emergency-meeting:2024-04-14",
				"HELD_IN event:meeting:un-security-council-emergency-meeting:2024-04-14 place:new-york"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "2024-04-14", []string{tt.line}, []string{"PARTICIPATED_IN", "HELD_IN"}, nil, tt.want)
		})
	}
}
