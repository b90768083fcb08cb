package extract

import "testing"

// TestIncidentVerbs: a kidnapping or hijacking told by its verb is the
// incident its noun names; undated or planned deeds give nothing.
func TestIncidentVerbs(t *testing.T) {
	types := []string{"PARTICIPATED_IN", "HELD_IN"}
	checkEventCases(t, types, []eventCase{
		{name: "a body's men kidnapped a titled person",
			lines:     []string{"In March 1984, [Islamic Jihad|organization:islamic-jihad] terrorists kidnapped [CIA|organization:cia] station chief [William Buckley|person:william-buckley] in [Beirut|place:beirut]."},
			events:    []string{"event:incident:kidnapping-of-william-buckley kind=incident date=1984-03 datePrecision=month dateText=March 1984"},
			relations: []string{"PARTICIPATED_IN organization:islamic-jihad event:incident:kidnapping-of-william-buckley", "HELD_IN event:incident:kidnapping-of-william-buckley place:beirut"}},
		{name: "a flight hijacked",
			lines:     []string{"In December 1984, [Hezbollah|organization:hezbollah] terrorists hijacked [Kuwait Airways|organization:kuwait-airways] Flight 221 en route to [Pakistan|country:pakistan]."},
			events:    []string{"event:incident:hijacking-of-kuwait-airways-flight-221 kind=incident date=1984-12 datePrecision=month dateText=December 1984"},
			relations: []string{"PARTICIPATED_IN organization:hezbollah event:incident:hijacking-of-kuwait-airways-flight-221"}},
		{name: "an undated deed",
			lines: []string{"[Hezbollah|organization:hezbollah] kidnapped [William Buckley|person:william-buckley]."}},
		{name: "a planned deed",
			lines: []string{"In 1984, [Hezbollah|organization:hezbollah] would have kidnapped [William Buckley|person:william-buckley]."}},
		{name: "a victim too far from the verb",
			lines: []string{"In 1995, [Hezbollah|organization:hezbollah] kidnapped two soldiers near the border, said [Yitzhak Rabin|person:yitzhak-rabin]."}},
	})
}
