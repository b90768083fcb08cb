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
		{"hosted guests, an aside on the last, for a dialogue", "2023-04-11",
			[]string{"[Antony Blinken|person:blinken] hosted [Enrique Manalo|person:manalo] and [Carlito Galvez|person:galvez], Jr., officer in charge of defense, in [Washington|place:washington] on April 11 for the first [2+2 Ministerial Dialogue|event:dialogue]."},
			[]string{"event:meeting:blinken-galvez-manalo:2023-04-11 kind=meeting date=2023-04-11 datePrecision=day dateText=April 11"},
			[]string{"PARTICIPATED_IN person:blinken event:dialogue", "PARTICIPATED_IN person:manalo event:dialogue", "PARTICIPATED_IN person:galvez event:dialogue",
				"HELD_IN event:dialogue place:washington",
				"PARTICIPATED_IN person:blinken event:meeting:blinken-galvez-manalo:2023-04-11", "PARTICIPATED_IN person:manalo event:meeting:blinken-galvez-manalo:2023-04-11",
				"PARTICIPATED_IN person:galvez event:meeting:blinken-galvez-manalo:2023-04-11", "HELD_IN event:meeting:blinken-galvez-manalo:2023-04-11 place:washington"}},
		{"joined for what is no gathering", "2019-03-20",
			[]string{"[Mike Pompeo|person:mike-pompeo] joined [Benjamin Netanyahu|person:benjamin-netanyahu] in [Jerusalem|place:jerusalem] today for the funeral."},
			nil, nil},
	})
}
