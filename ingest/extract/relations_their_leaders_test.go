package extract

import "testing"

// TestTheirLeadersSigned: the states whose leaders signed are parties to
// what was signed and took part in the summit it was signed at; one state,
// or people, are not read this way.
func TestTheirLeadersSigned(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "a list of states, their leaders signed at a summit",
			text: `Kazakhstan, China, Russia, Kyrgyzstan and Tajikistan formed the "Shanghai Five" when their leaders signed the Treaty on Deepening Military Trust in Border Regions at a summit in Shanghai on 26 April 1996.`,
			want: []string{"PARTY_TO country:kazakhstan agreement:treaty-on-deepening-military-trust-in-border-regions",
				"PARTY_TO country:tajikistan agreement:treaty-on-deepening-military-trust-in-border-regions",
				"PARTICIPATED_IN country:china event:summit:shanghai:1996-04-26",
				"PARTICIPATED_IN country:kyrgyzstan event:summit:shanghai:1996-04-26"}},
		{name: "their leaders signed, no summit",
			text: "Armenia and Iran deepened their ties after their presidents signed the Treaty of Friendship and Cooperation.",
			want: []string{"PARTY_TO country:armenia agreement:treaty-of-friendship-and-cooperation",
				"PARTY_TO country:iran agreement:treaty-of-friendship-and-cooperation"}},
		{name: "one state alone is no list",
			text: "Kazakhstan welcomed the move when their leaders signed the Treaty on Quorn Military Trust.",
			not:  []string{"PARTY_TO country:kazakhstan agreement:treaty-on-quorn-military-trust"}},
		{name: "a clause break between the states and their leaders",
			text: "Armenia and Iran met in Tehran; later their leaders signed the Treaty of Friendship and Cooperation.",
			not:  []string{"PARTY_TO country:armenia agreement:treaty-of-friendship-and-cooperation"}},
	})
}
