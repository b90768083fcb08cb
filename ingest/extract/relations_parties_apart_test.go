package extract

import "testing"

// TestKnownPartiesApart: a party of a catalog agreement of few parties,
// named anywhere in the document, is PARTY_TO it; not a party of an
// agreement of many, nor a state named only by its demonym.
func TestKnownPartiesApart(t *testing.T) {
	x := testExtractor(t)
	checkRelationCases(t, x, []relationCase{
		{"a party named two sentences after the agreement",
			"The Budapest Memorandum was signed on 5 December 1994.\nThe ceremony was short.\nUkraine gave up the world's third-largest nuclear arsenal.",
			[]string{"PARTY_TO country:ukraine agreement:budapest-memorandum"}, nil},
		{"a party named before the agreement",
			"Russia and the United States kept to the limits.\nNew START expired in February.",
			[]string{"PARTY_TO country:russia agreement:new-start", "PARTY_TO country:united-states agreement:new-start"}, nil},
		{"a state the catalog does not list as a party",
			"The Budapest Memorandum was signed on 5 December 1994.\nFrance welcomed it.",
			nil, []string{"PARTY_TO country:france agreement:budapest-memorandum"}},
		{"an agreement of many parties",
			"Iran's nuclear programme was limited by the JCPOA.\nRussia called for calm.",
			nil, []string{"PARTY_TO country:russia agreement:joint-comprehensive-plan-of-action"}},
		{"a demonym is no mention of the state",
			"The Budapest Memorandum was signed on 5 December 1994.\nThe Ukrainian delegation left early.",
			nil, []string{"PARTY_TO country:ukraine agreement:budapest-memorandum"}},
	})
}
