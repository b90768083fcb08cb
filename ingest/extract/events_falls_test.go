package extract

import "testing"

// TestTakingsOf: a city's taking told as a noun is an event named as
// encyclopedias name it, held in the place, dated by the year written with
// it, taken part in by who led it or made it; an event named there already
// is the taking.
func TestTakingsOf(t *testing.T) {
	checkEventCases(t, []string{"PARTICIPATED_IN", "HELD_IN"}, []eventCase{
		{"a capture with its month", "2024-01-01",
			[]string{"The expansion culminated in the capture of [Sanaa|place:sanaa] in September 2014."},
			[]string{"event:battle:capture-of-sanaa kind=battle date=2014-09 datePrecision=month dateText=September 2014"},
			[]string{"HELD_IN event:battle:capture-of-sanaa place:sanaa"}},
		{"who led it", "2024-01-01",
			[]string{"[Hezbollah|organization:hezbollah] led the capture of [Qusayr|place:qusayr] in June 2013."},
			[]string{"event:battle:capture-of-qusayr kind=battle date=2013-06 datePrecision=month dateText=June 2013"},
			[]string{"HELD_IN event:battle:capture-of-qusayr place:qusayr", "PARTICIPATED_IN organization:hezbollah event:battle:capture-of-qusayr"}},
		{"a taking the catalog names there", "2024-01-01",
			[]string{"The [fall of Mosul|event:fall-of-mosul] in June 2014 shocked [Baghdad|place:baghdad]."},
			nil, nil},
	})
}
