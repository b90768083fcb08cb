package extract

import "testing"

// TestJoinedByList: "the operation, named Decisive Storm" is Operation
// Decisive Storm, and the states it "was joined by" took part in it; a
// list after another actor, or a joining still to come, gives nothing.
func TestJoinedByList(t *testing.T) {
	const op = "event:attack:operation-decisive-storm"
	checkEventCases(t, []string{"PARTICIPATED_IN"}, []eventCase{
		{"named after the noun, joined by a list", "",
			[]string{"[Saudi Arabia|country:saudi-arabia] said the operation, named Decisive Storm, involved 100 of its fighter jets and was joined by the [United Arab Emirates|country:uae], [Kuwait|country:kuwait] and [Egypt|country:egypt]."},
			[]string{op + " kind=attack"},
			[]string{"PARTICIPATED_IN country:uae " + op, "PARTICIPATED_IN country:kuwait " + op, "PARTICIPATED_IN country:egypt " + op}},
		{"an operation it called", "",
			[]string{"The military said it had begun striking targets in an operation it called Swords of Iron."},
			[]string{"event:attack:operation-swords-of-iron kind=attack"},
			nil},
		{"another actor between", "",
			[]string{"The operation, named Decisive Storm, angered [Iran|country:iran], which was joined by [Syria|country:syria] in protest."},
			[]string{op + " kind=attack"},
			nil},
		{"a joining to come", "",
			[]string{"The operation, named Decisive Storm, will be joined by [Egypt|country:egypt]."},
			[]string{op + " kind=attack"},
			nil},
	})
}
