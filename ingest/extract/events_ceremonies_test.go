package extract

import "testing"

// TestCeremonies: a signing ceremony is the signing of its agreement, with
// those who hosted or attended it and the ground it was held on; an
// undated or planned one is none.
func TestCeremonies(t *testing.T) {
	types := []string{"PARTICIPATED_IN", "HELD_IN"}
	const signing = "event:agreement:abraham:2020-09-15"
	tests := []struct {
		name      string
		lines     []string
		events    []string
		relations []string
	}{
		{"attended the ceremony, on a lawn, on a day",
			[]string{"[Netanyahu|person:netanyahu] and [Trump|person:trump] attended the [Abraham Accords|agreement:abraham] signing ceremony on the [South Lawn|place:south-lawn] on September 15, 2020."},
			[]string{signing + " kind=agreement date=2020-09-15 datePrecision=day dateText=September 15, 2020"},
			[]string{"PARTICIPATED_IN person:netanyahu " + signing, "PARTICIPATED_IN person:trump " + signing, "HELD_IN " + signing + " place:south-lawn"}},
		{"hosted the ceremony for an agreement",
			[]string{"[Trump|person:trump] hosted the signing ceremony for the [Abraham Accords|agreement:abraham] on September 15, 2020."},
			[]string{signing + " kind=agreement date=2020-09-15 datePrecision=day dateText=September 15, 2020"},
			[]string{"PARTICIPATED_IN person:trump " + signing}},
		{"undated", []string{"[Trump|person:trump] hosted the signing ceremony for the [Abraham Accords|agreement:abraham]."}, nil, nil},
		{"planned", []string{"[Trump|person:trump] will host the signing ceremony for the [Abraham Accords|agreement:abraham] on September 15, 2020."}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEventRelations(t, "", tt.lines, types, tt.relations, tt.events)
		})
	}
}
