package extract

import "testing"

// TestSummitsOfStates: a summit told by the states that hold it is an
// event they take part in (not a summit of states and a body), dated by its sentence; who joined its leaders
// for it took part too, and the place before "for" is its venue.
func TestSummitsOfStates(t *testing.T) {
	const summit = "event:summit:cyprus-greece-israel:2019-03-20"
	checkEventCases(t, []string{"PARTICIPATED_IN", "HELD_IN"}, []eventCase{
		{"a summit of three states, joined by a fourth's envoy", "2019-03-20",
			[]string{"[Mike Pompeo|person:mike-pompeo] joined [Benjamin Netanyahu|person:benjamin-netanyahu], [Alexis Tsipras|person:alexis-tsipras] and [Nicos Anastasiades|person:nicos-anastasiades] in [Jerusalem|place:jerusalem] today for the sixth trilateral summit of [Israel|country:israel], [Greece|country:greece] and [Cyprus|country:cyprus]."},
			[]string{summit + " kind=summit date=2019-03-20 datePrecision=day dateText=today"},
			[]string{"PARTICIPATED_IN country:israel " + summit, "PARTICIPATED_IN country:greece " + summit, "PARTICIPATED_IN country:cyprus " + summit,
				"PARTICIPATED_IN person:mike-pompeo " + summit, "PARTICIPATED_IN person:benjamin-netanyahu " + summit,
				"PARTICIPATED_IN person:alexis-tsipras " + summit, "PARTICIPATED_IN person:nicos-anastasiades " + summit,
				"HELD_IN " + summit + " place:jerusalem"}},
		{"a summit of states and a body is not told by its states", "2019-03-20",
			[]string{"The sixth summit of [Egypt|country:egypt], [Jordan|country:jordan] and the [Arab League|organization:arab-league] opened in [Cairo|place:cairo] today."},
			nil, nil},
		{"joined for what is no gathering", "2019-03-20",
			[]string{"[Mike Pompeo|person:mike-pompeo] joined [Benjamin Netanyahu|person:benjamin-netanyahu] in [Jerusalem|place:jerusalem] today for the funeral."},
			nil, nil},
	})
}
