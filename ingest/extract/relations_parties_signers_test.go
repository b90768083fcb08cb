package extract

import "testing"

// TestPeopleSigning: people who sign a named agreement take part in its
// signing and sign for their states, whether the list of signers ends with
// the last one's state ("X of Ethiopia and Y of Eritrea signed") or names
// a counterpart ("X and his Eritrean counterpart, Y, signed", "X of
// Ethiopia and his Eritrean counterpart, Y, sign"); no talks are made of
// it.
func TestPeopleSigning(t *testing.T) {
	want := []string{
		"HELD_IN event:agreement:ach:2000-06-18 place:alg",
		"PARTICIPATED_IN person:hw event:agreement:ach:2000-06-18",
		"PARTICIPATED_IN person:sm event:agreement:ach:2000-06-18",
		"PARTY_TO country:eri agreement:ach",
		"PARTY_TO country:eth agreement:ach",
	}
	for name, line := range map[string]string{
		"states closing the list":                     "On 18 June 2000 Foreign Minister [Seyoum Mesfin|person:sm|title=Foreign Minister] of [Ethiopia|country:eth] and Foreign Minister [Haile Woldetensae|person:hw|title=Foreign Minister] of [Eritrea|country:eri] signed the [Agreement on Cessation of Hostilities|agreement:ach] in [Algiers|place:alg].",
		"a counterpart":                               "On 18 June 2000 [Ethiopian|country:eth|demonym] Foreign Minister [Seyoum Mesfin|person:sm|title=Foreign Minister] and his [Eritrean|country:eri|demonym] counterpart, [Haile Woldetensae|person:hw], signed the [Agreement on Cessation of Hostilities|agreement:ach] in [Algiers|place:alg].",
		"a state, then a counterpart, in the present": "On 18 June 2000 Foreign Minister [Seyoum Mesfin|person:sm|title=Foreign Minister] of [Ethiopia|country:eth] and his [Eritrean|country:eri|demonym] counterpart, [Haile Woldetensae|person:hw], sign the [Agreement on Cessation of Hostilities|agreement:ach] in [Algiers|place:alg].",
		"the agreement described before its name":     "On 18 June 2000 Foreign Minister [Seyoum Mesfin|person:sm|title=Foreign Minister] of [Ethiopia|country:eth] and Foreign Minister [Haile Woldetensae|person:hw|title=Foreign Minister] of [Eritrea|country:eri] signed the ceasefire accord, known as the [Agreement on Cessation of Hostilities|agreement:ach], in [Algiers|place:alg].",
	} {
		t.Run(name, func(t *testing.T) {
			checkRelations(t, "2002-04-14", []string{line}, []string{"HELD_IN", "PARTICIPATED_IN", "PARTY_TO"}, nil, want)
		})
	}
}
