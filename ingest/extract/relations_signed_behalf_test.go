package extract

import "testing"

// TestSignedOnBehalf: the states and bodies an agreement was signed on
// behalf of are its parties; an agreement's name may run on through its
// means ("through a Permanent Cessation of Hostilities").
func TestSignedOnBehalf(t *testing.T) {
	const agr = "agreement:agreement-for-lasting-peace-through-a-permanent-cessation-of-hostilities"
	const named = "The Chairperson welcomes the signing of the Agreement for Lasting Peace through a Permanent Cessation of Hostilities.\n"
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
