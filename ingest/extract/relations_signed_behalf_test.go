package extract

import "testing"

// TestSignedOnBehalf: the states and bodies an agreement was signed on
// behalf of are its parties; an agreement's name may run on through its
// means ("through a Permanent Cessation of Hostilities").
func TestSignedOnBehalf(t *testing.T) {
	const agr = "agreement:agreement-for-lasting-quorn-peace-through-a-permanent-cessation-of-hostilities"
	const named = "The Chairperson welcomes the signing of the Agreement for Lasting Quorn Peace through a Permanent Cessation of Hostilities.\n"
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "on behalf of each party, in the passive",
			text: named + "The Agreement was signed on behalf of the Government of Ethiopia by Redwan Hussien, and on behalf of the TPLF by Getachew Reda.",
			want: []string{"PARTY_TO country:ethiopia " + agr, "PARTY_TO organization:tigray-peoples-liberation-front " + agr}},
		{name: "no signing: no party",
			text: named + "The Agreement was praised on behalf of the Government of Ethiopia by Redwan Hussien.",
			not:  []string{"PARTY_TO country:ethiopia " + agr}},
		{name: "a signing hoped for: no party",
			text: named + "The Agreement would have been signed on behalf of the Government of Ethiopia if talks had gone on.",
			not:  []string{"PARTY_TO country:ethiopia " + agr}},
	})
}

// TestTitleParties: a treaty's title may close with its two parties by
// their formal names; the name keeps them, and they are its parties.
func TestTitleParties(t *testing.T) {
	const agr = "agreement:protocol-on-the-establishment-of-diplomatic-relations-between-the-republic-of-turkey-and-the-republic-of-armenia"
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "two states by their formal names",
			text: "Turkey and Armenia met in Zurich.\nThe ministers signed the Protocol on the Establishment of Diplomatic Relations between the Republic of Turkey and the Republic of Armenia.",
			want: []string{"PARTY_TO country:turkey " + agr, "PARTY_TO country:armenia " + agr}},
		{name: "states by their short names stay out of the title",
			text: "Turkey and Armenia met in Zurich.\nThe ministers signed the Protocol on the Establishment of Diplomatic Relations between Turkey and Armenia.",
			not:  []string{"PARTY_TO country:turkey " + agr}},
	})
}
