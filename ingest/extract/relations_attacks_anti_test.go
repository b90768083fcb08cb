package extract

import "testing"

// TestAntiAttacks: "anti-British attacks" attack the state the demonym
// names; a passive's doers may be a list, its victims people of a state.
func TestAntiAttacks(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"continued anti-British attacks", "The smaller [Lehi|organization:lehi] continued anti-[British|country:united-kingdom|demonym] attacks throughout the war.",
			[]string{"ATTACKED organization:lehi country:united-kingdom"}},
		{"two groups launched anti-Israeli operations", "[Hezbollah|organization:hezbollah] and [Amal|organization:amal] launched anti-[Israeli|country:israel|demonym] guerrilla operations.",
			[]string{"ATTACKED organization:hezbollah country:israel", "ATTACKED organization:amal country:israel"}},
		{"soldiers and policemen targeted by two groups", "[British|country:united-kingdom|demonym] soldiers and policemen were targeted by [Irgun|organization:irgun] and [Lehi|organization:lehi].",
			[]string{"ATTACKED organization:irgun country:united-kingdom", "ATTACKED organization:lehi country:united-kingdom"}},

		// Negative cases.
		{"anti-British protests", "The [Wafd|organization:wafd] organized anti-[British|country:united-kingdom|demonym] protests in Cairo.",
			nil},
		{"anti-British attacks only planned", "[Lehi|organization:lehi] planned to launch anti-[British|country:united-kingdom|demonym] attacks.",
			nil},
		{"anti-British attacks condemned", "[Haganah|organization:haganah] condemned anti-[British|country:united-kingdom|demonym] attacks.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"ATTACKED"}, nil, tt.want)
		})
	}
}
