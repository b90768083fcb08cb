package extract

import "testing"

// TestKnownAgreementsSigned: "X signed a peace treaty with Y" names the one
// catalog agreement of the two sides with that head word and year.
func TestKnownAgreementsSigned(t *testing.T) {
	x := testExtractor(t)
	const egyptTreaty = "agreement:egypt-israel-peace-treaty"
	tests := []relationCase{
		{"a treaty and its year", "In 1979, Egypt signed a peace treaty with Israel.",
			[]string{"PARTY_TO country:egypt " + egyptTreaty, "PARTY_TO country:israel " + egyptTreaty}, nil},
		{"no year", "Egypt signed a peace treaty with Israel.",
			[]string{"PARTY_TO country:egypt " + egyptTreaty}, nil},
		{"a year the treaty does not have", "In 1950, Egypt signed a peace treaty with Israel.",
			nil, []string{"PARTY_TO country:egypt " + egyptTreaty}},
		{"an accord of another year (the Camp David Accords, 1978)", "In 1979, Egypt signed an accord with Israel.",
			nil, []string{"PARTY_TO country:egypt " + egyptTreaty, "PARTY_TO country:egypt agreement:camp-david-accords"}},
		{"an accord of its year", "In 1978, Egypt signed an accord with Israel.",
			[]string{"PARTY_TO country:egypt agreement:camp-david-accords"}, nil},
		{"a treaty not signed", "In 1979, Egypt refused to sign a peace treaty with Israel.",
			nil, []string{"PARTY_TO country:egypt " + egyptTreaty}},
		{"a free trade agreement", "Recently Jordan has signed a free trade agreement with the United States.",
			[]string{"PARTY_TO country:jordan agreement:jordan-united-states-free-trade-agreement",
				"PARTY_TO country:united-states agreement:jordan-united-states-free-trade-agreement"}, nil},
	}
	checkRelationCases(t, x, tests)
}
