package extract

import "testing"

// TestShootings: a doer who shot or killed people counted is in an attack
// of the day the sentence gives, held in the town it names; a body in the
// doer's apposition is no doer, and undated, denied or planned deeds give
// nothing.
func TestShootings(t *testing.T) {
	types := []string{"PARTICIPATED_IN", "HELD_IN"}
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"a doer set off by an apposition, the town before",
			"On 9 October 2016 in [Jerusalem|place:jerusalem], [Musbah Abu Sbaih|person:sbaih], a [Hamas|organization:hamas] militant shot 8 people from a car.",
			[]string{"PARTICIPATED_IN person:sbaih event:attack:sbaih:2016-10-09", "HELD_IN event:attack:sbaih:2016-10-09 place:jerusalem"}},
		{"a body's gunmen killed civilians in a town",
			"On 2 March 2003, [Hamas|organization:hamas] gunmen killed 15 civilians in [Haifa|place:haifa].",
			[]string{"PARTICIPATED_IN organization:hamas event:attack:hamas:2003-03-02", "HELD_IN event:attack:hamas:2003-03-02 place:haifa"}},
		{"an undated deed", "[Hamas|organization:hamas] gunmen killed 15 civilians in [Haifa|place:haifa].", nil},
		{"a denied deed", "On 2 March 2003, [Hamas|organization:hamas] never killed 15 civilians in [Haifa|place:haifa].", nil},
		{"a deed only possible", "On 2 March 2003, [Hamas|organization:hamas] may have killed 15 civilians in [Haifa|place:haifa].", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, types, nil, tt.want)
		})
	}
}
