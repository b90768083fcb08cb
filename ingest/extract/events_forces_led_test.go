package extract

import "testing"

// TestForcesLedBy: the leaders of a body of fighters or protesters, and a
// state leading a coalition, took part in the one war or revolution
// their sentence names as its scene.
func TestForcesLedBy(t *testing.T) {
	const rose = "event:rose-revolution"
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "protesters led by three people",
			text: "In the Rose Revolution of November 2003, protesters led by Mikheil Saakashvili, Nino Burjanadze and Zurab Zhvania stormed parliament.",
			want: []string{"PARTICIPATED_IN person:mikheil-saakashvili " + rose, "PARTICIPATED_IN person:nino-burjanadze " + rose,
				"PARTICIPATED_IN person:zurab-zhvania " + rose}},
		{name: "officers led by a titled man",
			text: "In the 26 September Revolution of 1962, army officers led by Colonel Abdullah al-Sallal deposed the imam.",
			want: []string{"PARTICIPATED_IN person:abdullah-al-sallal event:26-september-revolution"}},
		{name: "a state leading a coalition",
			text: "Kuwait was liberated by an American-led coalition in the Gulf War.",
			want: []string{"PARTICIPATED_IN country:united-states event:persian-gulf-war"}},
		{name: "the war as a time",
			text: "After the Gulf War, forces led by General Zorbin Quax took the city.",
			not:  []string{"PARTICIPATED_IN person:zorbin-quax event:persian-gulf-war"}},
		{name: "a delegation is no force",
			text: "In the Rose Revolution of November 2003, a delegation led by Zorbin Quax visited Tbilisi.",
			not:  []string{"PARTICIPATED_IN person:zorbin-quax " + rose}},
	})
}
