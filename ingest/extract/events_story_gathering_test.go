package extract

import "testing"

// TestStoryGathering: a story whose lead tells a meeting, summit or talks
// gets it as its event, with those a later sentence says came, and where
// it was; a sentence about another event or another year adds nobody, and
// a history gets no story's gathering.
func TestStoryGathering(t *testing.T) {
	x := testExtractor(t)
	const summit = "event:summit:japan-south-korea-united-states"
	const lead = "CAMP DAVID, Maryland, Aug 18 (Reuters) - U.S. President Joe Biden, Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol agreed on Friday to consult one another, at their first trilateral summit."
	checkRelationCases(t, x, []relationCase{
		{"the lead's group, and the dateline for where",
			lead,
			[]string{"PARTICIPATED_IN person:joe-biden " + summit, "PARTICIPATED_IN person:yoon-suk-yeol " + summit, "HELD_IN " + summit + " place:camp-david"}, nil},
		{"those present and those who took part, told later",
			lead + " Also present were U.N. Secretary-General Antonio Guterres and Javier Solana. Sergei Lavrov also took part.",
			[]string{"PARTICIPATED_IN person:antonio-guterres " + summit, "PARTICIPATED_IN person:javier-solana " + summit, "PARTICIPATED_IN person:sergey-lavrov " + summit}, nil},
		{"a sentence of another year",
			lead + " Sergei Lavrov attended in 2019.",
			nil, []string{"PARTICIPATED_IN person:sergey-lavrov " + summit}},
		{"a history",
			"In 1985 Ronald Reagan and Mikhail Gorbachev met at a summit in Geneva. Sergei Lavrov also took part.",
			nil, []string{"PARTICIPATED_IN person:sergey-lavrov event:summit:mikhail-gorbachev-ronald-reagan"}},
	})
}
