package extract

import "testing"

// TestForcesSentIn: a state that sent its forces in a named operation took
// part in it; one that only planned to send them did not.
func TestForcesSentIn(t *testing.T) {
	tests := []struct {
		name, line string
		want       []string
	}{
		{"troops sent across a border",
			"In October 2011 [Kenya|country:kenya] sent troops across the border in [Operation Linda Nchi|event:operation-linda-nchi].",
			[]string{"PARTICIPATED_IN country:kenya event:operation-linda-nchi"}},
		{"forces only planned",
			"In October 2011 [Kenya|country:kenya] might have sent troops across the border in [Operation Linda Nchi|event:operation-linda-nchi].",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"PARTICIPATED_IN"}, nil, tt.want)
		})
	}
}
