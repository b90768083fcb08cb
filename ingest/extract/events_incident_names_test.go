package extract

import "testing"

// TestNamedIncidents: attacks named by capitalised words and a capitalised
// deed, or by a flight and its number, are events; lower-case deeds of
// capitalised words are not names.
func TestNamedIncidents(t *testing.T) {
	tests := []struct {
		name   string
		line   string
		events []string
	}{
		{"a capitalised deed after capitalised words",
			"Major attacks included the Rome and Vienna Airport Attacks in December 1985.",
			[]string{"event:attack:rome-and-vienna-airport-attacks kind=attack date=1985-12 datePrecision=month dateText=December 1985"}},
		{"a flight's hijacking, dated after a place",
			"It carried out the Pan Am Flight 73 hijacking in Karachi in September 1986.",
			[]string{"event:incident:pan-am-flight-73-hijacking kind=incident date=1986-09 datePrecision=month dateText=September 1986"}},
		{"a massacre with no date",
			"The Munich Olympics Massacre shocked the world.",
			[]string{"event:attack:munich-olympics-massacre kind=attack"}},
		{"a deed in lower case after capitalised words is no name",
			"The Vienna airport attacks shocked the world.",
			nil},
		{"a flight alone is no event",
			"She boarded Pan Am Flight 73 in Karachi.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEventRelations(t, "", []string{tt.line}, []string{"PARTICIPATED_IN"}, nil, tt.events)
		})
	}
}
