package extract

import "testing"

// TestItsNearestRoles: "its Foreign Minister, X" holds the office of the
// state or body named last before "its" when only "and" and a participle
// stand between, or when that state opens the clause before "when its";
// a noun or a time between gives nothing.
func TestItsNearestRoles(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"hosted by, facilitated by its minister",
			"The talks were hosted by the Sultanate of [Oman|country:oman] and facilitated by its Foreign Minister, [Badr Albusaidi|person:badr-albusaidi].",
			[]string{"HOLDS_ROLE person:badr-albusaidi country:oman title=Foreign Minister"}},
		{"an honorific before the name",
			"[Donald Trump|person:donald-trump] thanked [Qatar|country:qatar] and its Emir, Sheikh [Tamim bin Hamad Al Thani|person:tamim].",
			[]string{"HOLDS_ROLE person:tamim country:qatar title=Emir"}},
		{"the clause's subject, then when",
			"[Morocco|country:morocco] acceded in December 2020, and [Sudan|country:sudan] joined them on 6 January 2021, when its justice minister [Nasredin Abdulbari|person:nasredin-abdulbari] signed the declaration.",
			[]string{"HOLDS_ROLE person:nasredin-abdulbari country:sudan title=Justice Minister"}},
		{"the office after the person",
			"[Iraq|country:iraq] and [Jordan|country:jordan] answered with the [Arab Federation|organization:arab-federation], and [Nuri al-Said|person:nuri] was named its prime minister in May 1958.",
			[]string{"HOLDS_ROLE person:nuri organization:arab-federation title=Prime Minister"}},
		{"the office after the person, a noun between",
			"[Iraq|country:iraq] built the bank, and [Ali Rahimi|person:ali-rahimi] became its chairman.",
			nil},
		{"a noun between",
			"[Iran|country:iran] sanctioned the bank and its chairman, [Ali Rahimi|person:ali-rahimi].",
			nil},
		{"a time closes the clause of another subject",
			"The republic was crushed by the [Imperial Iranian Army|organization:iia] in December 1946 and its president, [Qazi Muhammad|person:qazi-muhammad], was hanged.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.text}, []string{"HOLDS_ROLE"}, []string{"title"}, tt.want)
		})
	}
}

// TestTwoOfficesOfOneState: "vice president and prime minister of the
// United Arab Emirates" is one title of two offices of that state.
func TestTwoOfficesOfOneState(t *testing.T) {
	checkRelations(t, "", []string{"He met [Mohammed bin Rashid|person:mbr], who is also vice president and prime minister of the [United Arab Emirates|country:uae]."},
		[]string{"HOLDS_ROLE"}, []string{"title"}, []string{"HOLDS_ROLE person:mbr country:uae title=Vice President and Prime Minister"})
}
