package extract

import "testing"

// TestEffortMediators: a group told by its efforts to broker mediated the
// talks or truce of its sentence, else the one such event of the
// document; a side of the talks, two candidate events, a wish or no
// broker give nothing.
func TestEffortMediators(t *testing.T) {
	types := []string{"MEDIATED"}
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"the document's one truce", []string{
			"Israel and Hamas agreed to a [Gaza|place:gaza] ceasefire in January.",
			"Efforts by the [US|country:united-states], [Qatar|country:qatar] and [Egypt|country:egypt] to broker a deal stalled at the end of May."},
			[]string{"MEDIATED country:egypt event:truce:gaza", "MEDIATED country:qatar event:truce:gaza", "MEDIATED country:united-states event:truce:gaza"}},
		{"the talks of the sentence before", []string{
			"Talks between [Iran|country:iran] and the [United States|country:united-states] were held in [Muscat|place:muscat] on April 12, 2025.",
			"The efforts of [Oman|country:oman] to mediate were praised."},
			[]string{"MEDIATED country:oman event:talks:iran-united-states:2025-04-12"}},
		{"a deal told by its noun, brokered by a group", []string{
			"[Israel|country:israel] and [Hamas|organization:hamas] held talks in [Cairo|place:cairo] on 8 October 2025.",
			"The deal was brokered by the [United States|country:united-states], [Egypt|country:egypt] and [Qatar|country:qatar]."},
			[]string{"MEDIATED country:egypt event:talks:hamas-israel:2025-10-08", "MEDIATED country:qatar event:talks:hamas-israel:2025-10-08", "MEDIATED country:united-states event:talks:hamas-israel:2025-10-08"}},
		{"no truce or talks in the document", []string{
			"Efforts by [Qatar|country:qatar] and [Egypt|country:egypt] to broker a deal stalled."},
			nil},
		{"a hope to broker", []string{
			"[Israel|country:israel] and Hamas agreed to a [Gaza|place:gaza] ceasefire in January.",
			"[Qatar|country:qatar] hoped its efforts by [Egypt|country:egypt] to broker a deal would succeed."},
			nil},
		{"efforts to win a war", []string{
			"[Israel|country:israel] and Hamas agreed to a [Gaza|place:gaza] ceasefire in January.",
			"Efforts by [Egypt|country:egypt] to win the war failed."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, types, nil, tt.want)
		})
	}
}
