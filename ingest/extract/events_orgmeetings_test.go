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
