package extract

import "testing"

// TestPassiveSignings: an agreement "signed on D at P by A and B" is a
// signing of that day, held at P, with the people signing taking part
// (states signing are parties only); without signers, still held at P. A
// signing dated by its year, one at a named gathering and one only hoped
// for are none.
func TestPassiveSignings(t *testing.T) {
	tests := []struct {
		name, line string
		want       []string
	}{
		{"over a formal name, states signing",
			"The [Geneva Accords|agreement:ga], formally the [Agreements on the Settlement of the Situation Relating to Afghanistan|agreement:asr], were signed on 14 April 1988 at the [Palais des Nations|place:pdn] by [Afghanistan|country:afg] and [Pakistan|country:pak], with the [United States|country:us] as guarantor.",
			[]string{"HELD_IN event:agreement:ga:1988-04-14 place:pdn"}},
		{"no signers", "The [Israel–Jordan peace treaty|agreement:ijt] was signed on 26 October 1994 at a crossing point in the [Arava|place:arava] valley.",
			[]string{"HELD_IN event:agreement:ijt:1994-10-26 place:arava"}},
		{"a document signed, people signing",
			"The [Bishkek Protocol|agreement:bp] is a document signed in [Bishkek|place:bishkek] on 5 May 1994 by [Babken Ararktsyan|person:ba] and [Karen Baburyan|person:kb].",
			[]string{"HELD_IN event:agreement:bp:1994-05-05 place:bishkek",
				"PARTICIPATED_IN person:ba event:agreement:bp:1994-05-05", "PARTICIPATED_IN person:kb event:agreement:bp:1994-05-05"}},
		{"a participle after the agreement", "He negotiated the [Wye River Memorandum|agreement:wye], signed at the [White House|place:wh] on 23 October 1998 by [Yasser Arafat|person:arafat] and [Benjamin Netanyahu|person:netanyahu].",
			[]string{"HELD_IN event:agreement:wye:1998-10-23 place:wh",
				"PARTICIPATED_IN person:arafat event:agreement:wye:1998-10-23", "PARTICIPATED_IN person:netanyahu event:agreement:wye:1998-10-23"}},
		{"a year only", "In 1861, the [Perpetual Truce|agreement:pt] was signed in [Manama|place:manama].", nil},
		{"at a gathering", "The [Caspian Convention|agreement:cc] was signed on 12 August 2018 at the [Fifth Caspian Summit|event:fcs] in [Aktau|place:aktau].",
			[]string{"HELD_IN event:fcs place:aktau"}},
		{"only hoped for", "The [Bishkek Protocol|agreement:bp] could be signed on 5 May 1994 in [Bishkek|place:bishkek].", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "2020-01-01", []string{tt.line}, []string{"HELD_IN", "PARTICIPATED_IN"}, nil, tt.want)
		})
	}
}

// TestSignersOfADatedSigning: a sentence telling who signed, without a day
// of its own, names the people of the signing a sentence before dated, and
// the witnesses in whose presence they signed.
func TestSignersOfADatedSigning(t *testing.T) {
	checkRelations(t, "2020-01-01", []string{
		"The [Washington Agreement|agreement:wa] was signed in [Washington|place:washington] on 17 September 1998.",
		"The [agreement|agreement:wa] was signed by [Masoud Barzani|person:barzani] and by [Jalal Talabani|person:talabani] in the presence of Secretary of State [Madeleine Albright|person:albright|title=Secretary of State].",
	}, []string{"HELD_IN", "PARTICIPATED_IN"}, nil, []string{
		"HELD_IN event:agreement:wa:1998-09-17 place:washington",
		"PARTICIPATED_IN person:albright event:agreement:wa:1998-09-17",
		"PARTICIPATED_IN person:barzani event:agreement:wa:1998-09-17",
		"PARTICIPATED_IN person:talabani event:agreement:wa:1998-09-17",
	})
}
