package extract

import "testing"

// TestCalls: a dated call between people is an event of the day with both
// as participants, held nowhere; an undated or supposed call is none.
func TestCalls(t *testing.T) {
	checkEventCases(t, []string{"PARTICIPATED_IN", "HELD_IN"}, []eventCase{
		{"spoke today with, in a dated readout", "2023-11-12",
			[]string{"President [Joe Biden|person:joe-biden|title=President] spoke today with Amir [Tamim bin Hamad Al Thani|person:tamim|title=Amir] of [Qatar|country:qatar] to discuss the latest developments in [Gaza|place:gaza]."},
			[]string{"event:call:joe-biden-tamim:2023-11-12 kind=call date=2023-11-12 datePrecision=day dateText=today"},
			[]string{"PARTICIPATED_IN person:joe-biden event:call:joe-biden-tamim:2023-11-12", "PARTICIPATED_IN person:tamim event:call:joe-biden-tamim:2023-11-12"}},
		{"telephones, in a news item of the day", "2017-06-05",
			[]string{"The Emir of [Kuwait|country:kuwait], Sheikh [Sabah Al-Ahmad|person:sabah], telephones Emir [Tamim bin Hamad Al Thani|person:tamim|title=Emir] and urges restraint."},
			[]string{"event:call:sabah-tamim:2017-06-05 kind=call date=2017-06-05 datePrecision=day dateText=publication date 2017-06-05"},
			[]string{"PARTICIPATED_IN person:sabah event:call:sabah-tamim:2017-06-05", "PARTICIPATED_IN person:tamim event:call:sabah-tamim:2017-06-05"}},
		{"three held a telephone conversation today", "2020-09-11",
			[]string{"[Donald Trump|person:trump], [Hamad bin Isa Al Khalifa|person:hamad] and [Benjamin Netanyahu|person:netanyahu] held a telephone conversation today in which [Bahrain|country:bahrain] and [Israel|country:israel] agreed to establish full diplomatic relations."},
			[]string{"event:call:hamad-netanyahu-trump:2020-09-11 kind=call date=2020-09-11 datePrecision=day dateText=today"},
			[]string{"PARTICIPATED_IN person:trump event:call:hamad-netanyahu-trump:2020-09-11", "PARTICIPATED_IN person:hamad event:call:hamad-netanyahu-trump:2020-09-11", "PARTICIPATED_IN person:netanyahu event:call:hamad-netanyahu-trump:2020-09-11"}},
		{"a call is held nowhere", "2023-11-12",
			[]string{"[Joe Biden|person:joe-biden] spoke by phone today with [Tamim bin Hamad Al Thani|person:tamim] in [Doha|place:doha]."},
			[]string{"event:call:joe-biden-tamim:2023-11-12 kind=call date=2023-11-12 datePrecision=day dateText=today"},
			[]string{"PARTICIPATED_IN person:joe-biden event:call:joe-biden-tamim:2023-11-12", "PARTICIPATED_IN person:tamim event:call:joe-biden-tamim:2023-11-12"}},
		{"an undated call is no event", "",
			[]string{"[Joe Biden|person:joe-biden] spoke by phone with [Tamim bin Hamad Al Thani|person:tamim]."},
			nil, nil},
		{"a call to come is none", "2023-11-12",
			[]string{"[Joe Biden|person:joe-biden] will speak by phone with [Tamim bin Hamad Al Thani|person:tamim] tomorrow."},
			nil, nil},
	})
}
