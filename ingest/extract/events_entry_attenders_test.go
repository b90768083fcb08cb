package extract

import "testing"

// TestEntryAttenders: the later sentences of a dated item name those who
// attended its gathering or led a delegation to it; a sentence that tells
// a gathering of its own, or an item without one, gives nothing.
func TestEntryAttenders(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"attending and leading", []string{
			"Jan. 23, 2017 - [Syria|country:syr] and [Turkey|country:tur] hold talks in [Astana|place:ast].",
			"The government delegation is led by [Bashar al-Jaafari|person:bj].",
			"U.N. envoy [Staffan de Mistura|person:sdm] attends.",
			"[Yossi Ben-Aharon|person:yba] again heads the Israeli team facing a Syrian delegation under Ambassador [Muwaffak al-Allaf|person:maa|title=Ambassador].",
		}, []string{
			"PARTICIPATED_IN country:syr event:talks:syr-tur:2017-01-23",
			"PARTICIPATED_IN country:tur event:talks:syr-tur:2017-01-23",
			"PARTICIPATED_IN person:bj event:talks:syr-tur:2017-01-23",
			"PARTICIPATED_IN person:maa event:talks:syr-tur:2017-01-23",
			"PARTICIPATED_IN person:sdm event:talks:syr-tur:2017-01-23",
			"PARTICIPATED_IN person:yba event:talks:syr-tur:2017-01-23",
		}},
		{"an item with no gathering", []string{
			"Jan. 23, 2017 - [Syria|country:syr] rejects the plan.",
			"U.N. envoy [Staffan de Mistura|person:sdm] attends.",
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "2018-01-31", tt.lines, []string{"PARTICIPATED_IN"}, nil, tt.want)
		})
	}
}
