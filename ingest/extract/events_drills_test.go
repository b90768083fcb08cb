package extract

import (
	"testing"
)

// TestDrillsAndWeaponsTests: a dated exercise or weapons test is an event
// of whoever held it, held where the sentence says; one planned, feared or
// undated is none, and "exercises" as a verb is no drill.
func TestDrillsAndWeaponsTests(t *testing.T) {
	x := testExtractor(t)
	const sunday = "2026-11-29"
	tests := []struct {
		name, published, text string
		want, not             []string
	}{
		{"a joint exercise with others, in a sea, on a weekday", sunday,
			"Iran held joint naval exercises with Russia and China in the Gulf of Oman on Tuesday.",
			[]string{"PARTICIPATED_IN country:iran event:exercise:china-iran-russia:2026-11-24",
				"PARTICIPATED_IN country:russia event:exercise:china-iran-russia:2026-11-24",
				"PARTICIPATED_IN country:china event:exercise:china-iran-russia:2026-11-24",
				"HELD_IN event:exercise:china-iran-russia:2026-11-24 place:gulf-of-oman"}, nil},
		{"two states staged drills in a month", "",
			"Saudi Arabia and Egypt conducted a joint military drill in the Red Sea in March 2021.",
			[]string{"PARTICIPATED_IN country:egypt event:exercise:egypt-saudi-arabia:2021-03",
				"HELD_IN event:exercise:egypt-saudi-arabia:2021-03 place:red-sea"}, nil},
		{"drills told in the present are the day's", sunday,
			"Iran holds large-scale air defense drills in the south.",
			[]string{"PARTICIPATED_IN country:iran event:exercise:iran:2026-11-29"}, nil},
		{"drills to come are none", sunday,
			"The United States and Israel will hold joint exercises on Tuesday.",
			nil, []string{"PARTICIPATED_IN country:israel event:exercise:israel-united-states:2026-12-01"}},
		{"drills a state said it would hold are none", sunday,
			"Iran said it would hold drills on Tuesday.",
			nil, []string{"PARTICIPATED_IN country:iran event:exercise:iran:2026-12-01"}},
		{"a nuclear test in a month", "",
			"North Korea conducted its sixth nuclear test in September 2017.",
			[]string{"PARTICIPATED_IN country:north-korea event:test:north-korea:2017-09"}, nil},
		{"nuclear tests without an article", "",
			"Pakistan conducted nuclear tests on 28 May 1998.",
			[]string{"PARTICIPATED_IN country:pakistan event:test:pakistan:1998-05-28"}, nil},
		{"a missile test-fired on a weekday", sunday,
			"Iran test-fired a ballistic missile on Tuesday.",
			[]string{"PARTICIPATED_IN country:iran event:test:iran:2026-11-24"}, nil},
		{"a test planned is none", sunday,
			"Iran plans to test a new missile on Tuesday.",
			nil, []string{"PARTICIPATED_IN country:iran event:test:iran:2026-12-01"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := docPublished(t, tt.text, tt.published)
			checkRelationKeys(t, x.Extract(doc), tt.want, tt.not)
		})
	}
}
