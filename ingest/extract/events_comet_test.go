package extract

import "testing"

// TestCoParticipantsMet: the two or three people who opened a work, sat
// at a summit or held a meeting, told in one sentence, met; two who signed
// an agreement are not said to have met.
func TestCoParticipantsMet(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"a work opened by two",
			"The Iran–Armenia gas pipeline, inaugurated on 19 March 2007 by [Robert Kocharyan|person:kocharyan] and [Mahmoud Ahmadinejad|person:ahmadinejad] at the border, supplies gas.",
			[]string{"MET_WITH person:ahmadinejad person:kocharyan"}},
		{"a tripartite summit",
			"On October 21, 2023 [Abdel Fattah el-Sisi|person:sisi] hosted a tripartite summit in [Cairo|place:cairo] with [Isaias Afwerki|person:isaias] and [Hassan Sheikh Mohamud|person:hsm].",
			[]string{"MET_WITH person:hsm person:isaias", "MET_WITH person:hsm person:sisi", "MET_WITH person:isaias person:sisi"}},
		{"two who held a meeting where they then signed",
			"On 24 June 1992, at a meeting in [Dagomys|place:dagomys], [Boris Quxin|person:quxin] and [Eduard Zorbadze|person:zorbadze] signed the [Dagomys Agreement|agreement:dagomys].",
			[]string{"MET_WITH person:quxin person:zorbadze"}},
		{"a signing by two",
			"On 12 December 2000 [Meles Zenawi|person:meles] and [Isaias Afwerki|person:isaias] signed the [Algiers Agreement|agreement:algiers] in [Algiers|place:algiers].",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "2025-01-01", []string{tt.line}, []string{"MET_WITH"}, nil, tt.want)
		})
	}
}
