package extract

import "testing"

// TestKnownAttacks: a catalog event that was an attack relates its
// attackers to its targets when the document names both; a denied event
// gives nothing, and a war's name says nothing of who attacked.
func TestKnownAttacks(t *testing.T) {
	x := testExtractor(t)
	tests := []relationCase{
		{"an invasion named", "Reza Shah abdicated after the Anglo-Soviet invasion of Iran.\nThe Soviet Union and the United Kingdom held Iran until 1946.",
			[]string{"ATTACKED country:soviet-union country:iran", "ATTACKED country:united-kingdom country:iran"}, nil},
		{"an operation whose target the document does not name", "Operation Rising Lion began at dawn, Israel said.",
			nil, []string{"ATTACKED country:israel country:iran"}},
		{"an operation and both sides", "Operation Rising Lion began at dawn, Israel said, and Iran answered.",
			[]string{"ATTACKED country:israel country:iran"}, nil},
		{"a denied operation", "Israel said Operation Rising Lion would not begin before Iran answered.",
			nil, []string{"ATTACKED country:israel country:iran"}},
		{"an attack named in a passage on a war is not the war's", "The War on Terror began in 2001.\nThe September 11 attacks killed thousands in the United States, al-Qaeda said.",
			[]string{"ATTACKED organization:al-qaeda country:united-states"}, []string{"PARTICIPATED_IN organization:al-qaeda event:war-on-terror"}},
		{"a war's name", "The Iraq War ended in 2011 for the United States and Iraq.",
			nil, []string{"ATTACKED country:united-states country:iraq"}},
	}
	checkRelationCases(t, x, tests)
}

// TestCatalogAttacksChecked: an attack needs two different ids, and only
// events have attacks.
func TestCatalogAttacksChecked(t *testing.T) {
	for _, e := range []catalogEntry{
		{Type: "Event", Name: "Zorbian raid", Attacks: []catalogAttack{{By: "country:iran", On: "country:iran"}}},
		{Type: "Event", Name: "Zorbian raid", Attacks: []catalogAttack{{By: "country:iran"}}},
		{Type: "Country", Name: "Zorbia", Attacks: []catalogAttack{{By: "country:iran", On: "country:iraq"}}},
	} {
		if _, err := normalizeEntry(e); err == nil {
			t.Errorf("%s %q with attacks %v: want an error", e.Type, e.Name, e.Attacks)
		}
	}
}
