package extract

import "testing"

// TestHostsAfter: "X hosted the meeting" after the sentence that tells the
// meeting makes X's state its host; a host that also took part, or two
// meetings before it, give nothing.
func TestHostsAfter(t *testing.T) {
	x := testExtractor(t)
	const meeting = "event:meeting:russia-united-states:2025-02-18"
	checkRelationCases(t, x, []relationCase{
		{name: "a minister hosted the meeting of the sentence before",
			text: "U.S. and Russian officials met in Riyadh on 18 February 2025.\nSaudi Foreign Minister Prince Faisal bin Farhan hosted the meeting.",
			want: []string{"HOSTED country:saudi-arabia " + meeting}},
		{name: "a state hosted the talks",
			text: "U.S. and Russian officials met in Riyadh on 18 February 2025.\nSaudi Arabia hosted the meeting.",
			want: []string{"HOSTED country:saudi-arabia " + meeting}},
		{name: "a side is no host",
			text: "U.S. and Russian officials met in Riyadh on 18 February 2025.\nRussia hosted the meeting.",
			not:  []string{"HOSTED country:russia " + meeting}},
		{name: "a host hoped for",
			text: "U.S. and Russian officials met in Riyadh on 18 February 2025.\nSaudi Arabia hopes it hosted the meeting well.",
			not:  []string{"HOSTED country:saudi-arabia " + meeting}},
	})
}

// TestHostTownVenues: a town that hosted an event is where it was held,
// unless the text gave the event another venue.
func TestHostTownVenues(t *testing.T) {
	const summit = "event:meeting:shanghai-cooperation-organisation-summit:2024-07"
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "a town hosted the summit",
			text: "In July 2024 Astana hosted the summit of the Shanghai Cooperation Organisation.",
			want: []string{"HOSTED place:astana " + summit, "HELD_IN " + summit + " place:astana"}},
		{name: "a state hosted it: no town to hold it",
			text: "In July 2024 Kazakhstan hosted the summit of the Shanghai Cooperation Organisation.",
			not:  []string{"HELD_IN " + summit + " country:kazakhstan"}},
	})
}

// TestHostedNamedEvents: the town or state before "hosted" hosted the event
// named right after it, though the sentence names another event too.
func TestHostedNamedEvents(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "a town hosted a named conference after a war",
			text: "In January 1966 Tashkent hosted the Tashkent Conference, the peace talks that followed the Indo-Pakistani War of 1965.",
			want: []string{"HOSTED place:tashkent event:conference:tashkent-conference"},
			not:  []string{"HOSTED place:tashkent event:indo-pakistani-war-of-1965"}},
	})
}
