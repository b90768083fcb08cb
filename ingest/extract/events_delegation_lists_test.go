package extract

import "testing"

// TestDelegationListItems: under a line saying the list is of delegations,
// each line "State – Title Person" says that the state and the person who
// led its delegation took part in the gathering told before the list; a
// line whose side is no state keeps the list going; with no such line over
// it, or no gathering before it, the list says nothing.
func TestDelegationListItems(t *testing.T) {
	const conf = "event:madrid-conference-of-1991"
	const opening = "The Madrid Conference of 1991 was a peace conference held in Madrid.\n\n"
	const list = "Israel – Prime Minister Yitzhak Shamir\n\nPalestinians – Haidar Abdel-Shafi, a physician from Gaza\n\nEgypt – Foreign Minister Amr Moussa\n"
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "a list of delegations under its line",
			text: opening + "Delegations were led by:\n\n" + list,
			want: []string{"PARTICIPATED_IN country:israel " + conf, "PARTICIPATED_IN person:yitzhak-shamir " + conf,
				"PARTICIPATED_IN country:egypt " + conf, "PARTICIPATED_IN person:amr-moussa " + conf}},
		{name: "no line says what the list is",
			text: opening + "Some were there.\n\n" + list,
			not:  []string{"PARTICIPATED_IN country:israel " + conf, "PARTICIPATED_IN person:amr-moussa " + conf}},
	})
}
