package extract

import "testing"

// TestInvitedBy: the one who invited took part in the sentence's one
// event, and his state hosted a gathering; a visit has no host by
// invitation, and two events leave it untold.
func TestInvitedBy(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"met at the invitation of a minister",
			[]string{"The foreign ministers of [Egypt|country:egypt] and [Iraq|country:iraq] met on 14 December 2024 in [Aqaba|place:aqaba] at the invitation of [Jordanian|country:jordan|demonym] Foreign Minister [Ayman Safadi|person:safadi|title=Foreign Minister]."},
			[]string{"PARTICIPATED_IN person:safadi event:meeting:egypt-iraq:2024-12-14", "HOSTED country:jordan event:meeting:egypt-iraq:2024-12-14",
				"PARTICIPATED_IN country:egypt event:meeting:egypt-iraq:2024-12-14", "PARTICIPATED_IN country:iraq event:meeting:egypt-iraq:2024-12-14"}},
		{"upon the invitation of a state, opening the sentence",
			[]string{"Upon the invitation of [Egypt|country:egypt], officials from [Jordan|country:jordan] and [Israel|country:israel] met on 19 March 2023 in [Sharm El-Sheikh|place:sharm]."},
			[]string{"PARTICIPATED_IN country:egypt event:meeting:israel-jordan:2023-03-19", "HOSTED country:egypt event:meeting:israel-jordan:2023-03-19",
				"PARTICIPATED_IN country:jordan event:meeting:israel-jordan:2023-03-19", "PARTICIPATED_IN country:israel event:meeting:israel-jordan:2023-03-19"}},
		{"a visit at the invitation of a prime minister",
			[]string{"[Anwar Sadat|person:sadat] visited [Jerusalem|place:jerusalem] on 19 November 1977 at the invitation of [Israeli|country:israel|demonym] Prime Minister [Menachem Begin|person:begin|title=Prime Minister]."},
			[]string{"PARTICIPATED_IN person:sadat event:visit:sadat-to-jerusalem:1977-11-19", "PARTICIPATED_IN person:begin event:visit:sadat-to-jerusalem:1977-11-19"}},
		{"an invitation declined",
			[]string{"The foreign ministers of [Egypt|country:egypt] and [Iraq|country:iraq] met on 14 December 2024 in [Aqaba|place:aqaba], though not at the invitation of [Ayman Safadi|person:safadi]."},
			[]string{"PARTICIPATED_IN country:egypt event:meeting:egypt-iraq:2024-12-14", "PARTICIPATED_IN country:iraq event:meeting:egypt-iraq:2024-12-14"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"PARTICIPATED_IN", "HOSTED"}, nil, tt.want)
		})
	}
}
