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

// TestReleaseSigning: a government release dates its lead by the day,
// with neither dateline nor weekday, and may tell where it was signed
// between the verb and the agreement. A signing of weeks before is no
// story's; a sentence naming another agreement tells another signing's
// place.
func TestReleaseSigning(t *testing.T) {
	x := testExtractor(t)
	const signing = "event:agreement:treaty-of-good-neighborliness-and-friendly-cooperation:2001-07-16"
	const head = "MINISTRY OF FOREIGN AFFAIRS\nPresidents Sign the Treaty\n2001/07/16\n"
	const lead = "On the afternoon of July 16, Chinese President Jiang Zemin and Russian President Vladimir Putin signed in the Kremlin in Moscow the Treaty of Good-Neighborliness and Friendly Cooperation between the two countries.\n"
	tests := []struct {
		name, text, published string
		want, not             []string
	}{
		{"signed on the day of the release", head + lead, "2001-07-16",
			[]string{"PARTICIPATED_IN person:jiang-zemin " + signing, "PARTICIPATED_IN person:vladimir-putin " + signing}, nil},
		{"signed weeks before the release", head + lead, "2001-09-01",
			nil, []string{"PARTICIPATED_IN person:jiang-zemin " + signing}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelationKeys(t, x.Extract(docPublished(t, tt.text, tt.published)), tt.want, tt.not)
		})
	}
	const story = "event:agreement:agreement-on-a-firm-and-lasting-peace:1996-12-29"
	t.Run("a sentence naming another agreement is no venue of this one", func(t *testing.T) {
		res := x.Extract(docPublished(t, "Today, Sunday 29 December 1996, the Government of Guatemala and the URNG signed the Agreement on a Firm and Lasting Peace.\n"+
			"The parties concluded the Agreement on the Definitive Ceasefire, signed in Oslo on 4 December 1996.\n", "1996-12-29"))
		checkRelationKeys(t, res, nil, []string{"HELD_IN " + story + " place:oslo"})
	})
}
