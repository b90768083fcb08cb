package extract

import "testing"

// TestStorySigning: a story whose lead tells a signing gets that signing
// as an event, with those who signed, looked on or hosted in it and where
// it was done; a history and a signing still to come get none.
func TestStorySigning(t *testing.T) {
	x := testExtractor(t)
	const story = "event:agreement:story"
	checkRelationCases(t, x, []relationCase{
		{"the signers, an onlooker, and the dateline for here",
			"BRASILIA, Oct 26 (AFP) - Presidents Alberto Fujimori of Peru and Jamil Mahuad of Ecuador signed a peace agreement here Monday. The ceremony was attended by Argentine President Carlos Menem.",
			[]string{"PARTICIPATED_IN person:alberto-fujimori " + story, "PARTICIPATED_IN person:jamil-mahuad " + story,
				"PARTICIPATED_IN country:peru " + story, "PARTICIPATED_IN country:ecuador " + story,
				"PARTICIPATED_IN person:carlos-menem " + story, "HELD_IN " + story + " place:brasilia"}, nil},
		{"those in whose presence it was signed, and the ceremony's place",
			"ZURICH - Turkey and Armenia signed two protocols on Saturday, in the presence of Sergei Lavrov and Javier Solana. The signing ceremony was held in Zurich.",
			[]string{"PARTICIPATED_IN country:turkey " + story, "PARTICIPATED_IN person:sergey-lavrov " + story,
				"PARTICIPATED_IN person:javier-solana " + story, "HELD_IN " + story + " place:zurich"}, nil},
		{"signers told after the lead",
			"Armenia and Turkey signed an accord on Saturday. Foreign Minister Ahmet Davutoglu and his Armenian counterpart Edward Nalbandian signed the two documents at a university.",
			[]string{"PARTICIPATED_IN person:ahmet-davutoglu " + story, "PARTICIPATED_IN person:edward-nalbandian " + story}, nil},
		{"a history, whose lead gives a year",
			"The Treaty of Lausanne was signed in 1923 by Turkey and Greece in the presence of Lord Curzon.",
			nil, []string{"PARTICIPATED_IN country:turkey " + story}},
		{"a signing still to come",
			"Turkey and Armenia are due to sign two protocols on Saturday in the presence of Sergei Lavrov.",
			nil, []string{"PARTICIPATED_IN country:turkey " + story, "PARTICIPATED_IN person:sergey-lavrov " + story}},
	})
}
