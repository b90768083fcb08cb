package extract

import "testing"

// TestCompanions: a person who went along with a participant took part.
func TestCompanions(t *testing.T) {
	const talks = "event:talks:abbas-araghchi-steve-witkoff:2025-04-12"
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"accompanied by an ambassador, in an aside",
			"[Steve Witkoff|person:steve-witkoff], accompanied by U.S. Ambassador to Oman [Ana Escrogima|person:ana-escrogima], held talks with [Abbas Araghchi|person:abbas-araghchi] on April 12, 2025.",
			[]string{
				"PARTICIPATED_IN person:steve-witkoff " + talks,
				"PARTICIPATED_IN person:abbas-araghchi " + talks,
				"PARTICIPATED_IN person:ana-escrogima " + talks,
			}},
		{"together with a second visitor",
			"[Nawaz Sharif|person:sharif], together with army chief [Raheel Sharif|person:raheel], visited [Riyadh|place:riyadh] on January 18, 2016.",
			[]string{
				"PARTICIPATED_IN person:sharif event:visit:sharif-to-riyadh:2016-01-18",
				"PARTICIPATED_IN person:raheel event:visit:sharif-to-riyadh:2016-01-18",
			}},
		{"a person only thanked did not go along",
			"[Steve Witkoff|person:steve-witkoff] held talks with [Abbas Araghchi|person:abbas-araghchi] on April 12, 2025, and thanked [Ana Escrogima|person:ana-escrogima].",
			[]string{
				"PARTICIPATED_IN person:steve-witkoff " + talks,
				"PARTICIPATED_IN person:abbas-araghchi " + talks,
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"PARTICIPATED_IN"}, nil, tt.want)
		})
	}
}
