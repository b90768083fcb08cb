package extract

import "testing"

// TestInvertedDesignations: targets named after "designated by X are",
// with the list going on after asides; a passive of something else names
// no target.
func TestInvertedDesignations(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"among those designated by a department are",
			"Among the 39 individuals and entities designated by the [Department of State|organization:dos] are [Bashar al-Assad|person:bashar] and, for the first time, his wife, [Asma al-Assad|person:asma], who has become a profiteer.",
			[]string{"SANCTIONED organization:dos person:bashar", "SANCTIONED organization:dos person:asma"}},
		{"also designated by a department were a firm and its owner",
			"Also designated by the [Department of State|organization:dos] were [Hamsho International Group|organization:hig] and its owner, [Mohammad Hamsho|person:hamsho].",
			[]string{"SANCTIONED organization:dos organization:hig", "SANCTIONED organization:dos person:hamsho"}},
		{"those designated were praised by others",
			"Those designated by the [Treasury|organization:treasury] were praised by [Iran|country:iran] and [Syria|country:syria].",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"SANCTIONED"}, nil, tt.want)
		})
	}
}
