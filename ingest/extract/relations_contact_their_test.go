package extract

import "testing"

// Two who did something "at their meeting" met there; two who "hold their
// first face-to-face talks" held talks.
func TestTheirGatherings(t *testing.T) {
	x := testExtractor(t)
	checkRelationCasesIn(t, x, []relationCase{
		{"agreed at their meeting in a city",
			"When Joe Biden and Vladimir Putin agreed at their meeting in Geneva in June to launch a dialogue, the echo of 1985 was hard to miss.",
			[]string{"MET_WITH person:joe-biden person:vladimir-putin", "HELD_IN event:meeting:joe-biden-vladimir-putin:2021-06 place:geneva"}, nil},
		{"their meeting recalled, no deed at it",
			"Joe Biden and Vladimir Putin had not spoken since their meeting in Geneva.",
			nil, []string{"MET_WITH person:joe-biden person:vladimir-putin"}},
		{"three words before the talks",
			"Norodom Sihanouk and Hun Sen hold their first face-to-face talks, in France.",
			[]string{"MET_WITH person:hun-sen person:norodom-sihanouk"}, nil},
	}, "", "2021-10-11")
}
