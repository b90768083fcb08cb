package extract

import "testing"

// TestStanceIsNoMembership: a body named after "anti-" or "pro-" says what
// someone stands against or for: no membership, no office, no side.
func TestStanceIsNoMembership(t *testing.T) {
	checkMarkedCases(t, []string{"AFFILIATED_WITH", "HOLDS_ROLE", "PARTICIPATED_IN"}, []markedCase{
		{"an anti-Taliban cleric",
			[]string{"A bomber killed the anti-[Taliban|organization:taliban] cleric [Sarfraz Naeemi|person:sarfraz-naeemi] in Lahore."},
			nil},
		{"a pro-Hezbollah cleric",
			[]string{"The pro-[Hezbollah|organization:hezbollah] cleric [Ahmed Qabalan|person:ahmed-qabalan] spoke."},
			nil},
		{"a Taliban cleric is the Taliban's",
			[]string{"The [Taliban|organization:taliban] cleric [Sarfraz Naeemi|person:sarfraz-naeemi] spoke."},
			[]string{"AFFILIATED_WITH person:sarfraz-naeemi organization:taliban"}},
	})
}
