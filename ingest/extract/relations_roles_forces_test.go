package extract

import "testing"

// TestForcesCommanders: who commanded a state's forces holds an office of
// that state, titled by the rank written before the name, else Commander;
// a head of government leading them holds no command by it.
func TestForcesCommanders(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "a state's forces commanded by a general",
			text: "The Tanzanian forces were commanded by General Zorbo Kamuli.",
			want: []string{"HOLDS_ROLE person:zorbo-kamuli country:tanzania"}},
		{name: "a state's army, led by, set off by commas",
			text: "Iraq's army, led by Lieutenant General Quxa Zorbani, retreated.",
			want: []string{"HOLDS_ROLE person:quxa-zorbani country:iraq"}},
		{name: "a head of government is no commander by it",
			text: "The Iraqi forces were led by Prime Minister Quxa Zorbani.",
			not:  []string{"HOLDS_ROLE person:quxa-zorbani country:iraq"}},
	})
}
