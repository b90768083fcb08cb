package extract

import "testing"

// TestTruceSides: the sides of a truce "between" two states or armed
// groups take part in it; a broker is neither a side nor where it holds.
func TestTruceSides(t *testing.T) {
	types := []string{"PARTICIPATED_IN", "MEDIATED", "HELD_IN"}
	const id = "event:truce:israel-hamas"
	tests := []eventCase{
		{"a ceasefire between a state and a group, dated by its start", "2024-11-13",
			[]string{"A ceasefire between [Israel|country:israel] and [Hamas|organization:hamas] took effect on November 12, 2024."},
			[]string{id + " kind=truce date=2024-11-12 datePrecision=day dateText=November 12, 2024"},
			[]string{"PARTICIPATED_IN country:israel " + id, "PARTICIPATED_IN organization:hamas " + id}},
		{"sides and brokers of one truce", "",
			[]string{"The truce between [Israel|country:israel] and [Hamas|organization:hamas], brokered by [Egypt|country:egypt] and [Qatar|country:qatar], held."},
			[]string{id + " kind=truce"},
			[]string{
				"PARTICIPATED_IN country:israel " + id, "PARTICIPATED_IN organization:hamas " + id,
				"MEDIATED country:egypt " + id, "MEDIATED country:qatar " + id,
			}},
		{"a broker of the document's truce is not where it holds", "",
			[]string{"A ceasefire between [Israel|country:israel] and [Hamas|organization:hamas] held.", "[Egypt|country:egypt] brokered the truce."},
			[]string{id + " kind=truce"},
			[]string{
				"PARTICIPATED_IN country:israel " + id, "PARTICIPATED_IN organization:hamas " + id,
				"MEDIATED country:egypt " + id,
			}},
		{"a broker alone makes no truce of its own", "",
			[]string{"[Egypt|country:egypt] brokered the truce."},
			nil, nil},
		{"a truce mediated by a state is not that state's", "",
			[]string{"The truce was mediated by [Qatar|country:qatar]."},
			nil, nil},
		{"a truce in a place has no sides", "",
			[]string{"The truce in [Yemen|country:yemen] held."},
			[]string{"event:truce:yemen kind=truce"}, nil},
		{"a truce urged is none", "",
			[]string{"The [United States|country:united-states] urged a ceasefire between [Israel|country:israel] and [Hamas|organization:hamas]."},
			nil, nil},
		{"a truce needed is none", "",
			[]string{"[Saudi|country:saudi-arabia|demonym] Foreign Minister [Faisal bin Farhan|person:faisal] stressed the need for a ceasefire in [Gaza|place:gaza]."},
			nil, nil},
		{"a truce worked towards is none", "",
			[]string{"We will work towards an immediate and sustainable ceasefire in [Gaza|place:gaza]."},
			nil, nil},
		{"a truce called for some words after the verb is none", "",
			[]string{"[Recep Tayyip Erdoğan|person:erdogan] and [Vladimir Putin|person:putin] called in [Istanbul|place:istanbul] on 8 January 2020 for a ceasefire in [Libya|country:libya]."},
			nil, nil},
		{"a truce obstructed is none", "",
			[]string{"It sanctioned the militia for obstructing a ceasefire in [Syria|country:syria]."},
			nil, nil},
		{"a truce still to reach is none", "",
			[]string{"The envoys will focus on reaching an effective short-term ceasefire in [Sudan|country:sudan]."},
			nil, nil},
		{"a demonym of someone else is not where a truce holds", "",
			[]string{"The [Jordanian|country:jordan|demonym] army prevailed, and two days later the two leaders agreed to a series of ceasefires."},
			nil, nil},
		{"ceasefire talks are talks, no truce", "",
			[]string{"Ceasefire talks between [Israel|country:israel] and [Hamas|organization:hamas] stalled."},
			[]string{"event:talks:hamas-israel kind=talks"},
			[]string{"PARTICIPATED_IN country:israel event:talks:hamas-israel", "PARTICIPATED_IN organization:hamas event:talks:hamas-israel"}},
		{"a ceasefire proposal is no truce", "",
			[]string{"[Israel|country:israel] rejected a ceasefire proposal for [Gaza|place:gaza]."},
			nil, nil},
		{"two sides that agreed are not a truce of the first alone", "",
			[]string{"[Israel|country:israel] and [Hezbollah|organization:hezbollah] agreed to a ceasefire."},
			nil, nil},
	}
	checkEventCases(t, types, tests)
}

// TestTruceBrokersGroup: every member of a group of brokers is a broker,
// none of them where the truce holds.
func TestTruceBrokersGroup(t *testing.T) {
	rs := checkRelations(t, "", []string{"The truce was brokered by [Egypt|country:egypt] and [Qatar|country:qatar] and took effect on Friday."},
		[]string{"MEDIATED", "PARTICIPATED_IN"}, nil, nil)
	checkEvents(t, rs, nil)
}

// TestTruceAccepted: a state before "accepted a ceasefire" accepted it; the
// truce does not hold in that state alone.
func TestTruceAccepted(t *testing.T) {
	x := testExtractor(t)
	for _, text := range []string{
		"Morocco and Algeria accepted a ceasefire on 30 October 1963.",
		"King Hassan II of Morocco and President Ahmed Ben Bella of Algeria accepted a ceasefire on 30 October 1963.",
	} {
		for _, e := range x.Extract(docOf(text)).Entities {
			if e.ID == "event:truce:algeria" {
				t.Errorf("%q: a truce of Algeria alone", text)
			}
		}
	}
}
