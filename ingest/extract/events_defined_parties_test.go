package extract

import "testing"

// TestDefinedEventParties: the actors a definition names after "between",
// after "of" a gathering's noun or after a doer's participle took part in
// the event it defines; an event the sentence does not define, and a
// definition's other "of", give nothing.
func TestDefinedEventParties(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"a meeting of three leaders",
			"The [Tehran Conference|event:tehran] was a strategy meeting of [Joseph Stalin|person:stalin], [Franklin D. Roosevelt|person:fdr] and [Winston Churchill|person:churchill].",
			[]string{"PARTICIPATED_IN person:stalin event:tehran", "PARTICIPATED_IN person:fdr event:tehran", "PARTICIPATED_IN person:churchill event:tehran"}},
		{"a mission carried out by a body's commandos",
			"[Operation Entebbe|event:entebbe] was a hostage-rescue mission carried out by commandos of the [Israel Defense Forces|organization:idf] at [Entebbe|place:entebbe].",
			[]string{"PARTICIPATED_IN organization:idf event:entebbe"}},
		{"talks between two sides",
			"The [Kuwait talks|event:kuwait-talks] were a round of peace talks between the [Houthis|organization:houthis] and the government of President [Abdrabbuh Mansur Hadi|person:hadi].",
			[]string{"PARTICIPATED_IN organization:houthis event:kuwait-talks", "PARTICIPATED_IN person:hadi event:kuwait-talks"}},
		{"a sentence that does not define the event",
			"[Stalin|person:stalin] left for the [Tehran Conference|event:tehran], a meeting of [Roosevelt|person:fdr] and others.",
			nil},
		{"the of of a war is no list of its sides",
			"The [Gulf War|event:gulf-war] was an armed conflict of 1991 in which [Iraq|country:iraq] lost.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"PARTICIPATED_IN"}, nil, tt.want)
		})
	}
}
