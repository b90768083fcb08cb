package extract

import "testing"

// TestPartyPeople: a party told by its person, before it as a possessive
// or after it with what he is; a state's office between them, a party
// that is no grouping, and a comma give nothing.
func TestPartyPeople(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"a person's coalition",
			"Former Prime Minister [Nouri al-Maliki|person:maliki]'s [State of Law Coalition|organization:sol] won 37 seats.",
			[]string{"AFFILIATED_WITH person:maliki organization:sol"}},
		{"a movement of a cleric",
			"The [Sadrist Movement|organization:sadrists] of Shi'ite cleric [Moqtada al-Sadr|person:sadr] won 73 seats.",
			[]string{"AFFILIATED_WITH person:sadr organization:sadrists"}},
		{"a person's office is no party",
			"[Nouri al-Maliki|person:maliki]'s [Ministry of Oil|organization:oil] signed the contract.",
			nil},
		{"a coalition of a head of state may be the state's",
			"The [Islamic Military Coalition|organization:imc] of Crown Prince [Mohammed bin Salman|person:mbs] met.",
			nil},
		{"a party named before a comma, then someone else",
			"The [Sadrist Movement|organization:sadrists], [Hadi al-Amiri|person:amiri] said, lost.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"AFFILIATED_WITH"}, nil, tt.want)
		})
	}
}
