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

// TestNameBeforeOperation: "the CIA-led Timber Sycamore covert operation"
// is Operation Timber Sycamore, led by the CIA, and who "was involved in"
// it took part; a doer's, a state's or a day's word before "operation" is
// no name.
func TestNameBeforeOperation(t *testing.T) {
	const op = "event:attack:operation-timber-sycamore"
	checkEventCases(t, []string{"PARTICIPATED_IN"}, []eventCase{
		{"a name between the leader and the noun", "",
			[]string{"[Jordan|country:jordan] was involved in the [CIA|organization:cia]–led Timber Sycamore covert operation to train and arm Syrian rebels."},
			[]string{op + " kind=attack"},
			[]string{"PARTICIPATED_IN country:jordan " + op, "PARTICIPATED_IN organization:cia " + op}},
		{"a demonym and a doer before the noun", "",
			[]string{"The Israeli military operation went on as the Special Forces operation ended."},
			nil,
			nil},
		{"a day and a place before the noun", "",
			[]string{"The Sunday operation in [Rafah|place:rafah] failed, and the [Rafah|place:rafah] operation ended."},
			nil,
			nil},
	})
}
