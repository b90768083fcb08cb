package extract

import "testing"

// TestSupportSides: who lent forces or support to a war, uprising or
// operation took part in it; support to one side in general does not.
func TestSupportSides(t *testing.T) {
	const strikes = "event:attack:houthis-united-kingdom-united-states:2024-01-11"
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"the uprising of the sentence before, put down with help from forces of states",
			[]string{"The Dhofar Rebellion began in 1965. The uprising was finally put down in 1975 with the help of forces from [Iran|country:iran], [Jordan|country:jordan] and [Pakistan|country:pakistan]."},
			[]string{"PARTICIPATED_IN country:iran event:war:dhofar-rebellion", "PARTICIPATED_IN country:jordan event:war:dhofar-rebellion", "PARTICIPATED_IN country:pakistan event:war:dhofar-rebellion"}},
		{"a war fought with the support of a state",
			[]string{"The [Yemeni|country:yemen|demonym] Civil War, fought with the support of [Iran|country:iran], lasted for years."},
			[]string{"PARTICIPATED_IN country:iran event:war:yemeni-civil-war"}},
		{"an operation launched with the participation of states",
			[]string{"Operation Prosperity Guardian was launched in December 2023 with the participation of [Bahrain|country:bahrain] and [Canada|country:canada]."},
			[]string{"PARTICIPATED_IN country:bahrain event:attack:operation-prosperity-guardian", "PARTICIPATED_IN country:canada event:attack:operation-prosperity-guardian"}},
		{"dated strikes with support from states",
			[]string{"On 11 January 2024, the [United States|country:united-states] and the [United Kingdom|country:united-kingdom] struck [Houthi|organization:houthis] targets in [Yemen|country:yemen], with support from [Australia|country:australia] and [Bahrain|country:bahrain]."},
			[]string{"PARTICIPATED_IN country:united-states " + strikes, "PARTICIPATED_IN country:united-kingdom " + strikes,
				"PARTICIPATED_IN country:australia " + strikes, "PARTICIPATED_IN country:bahrain " + strikes}},
		{"strikes that only could have had support",
			[]string{"On 11 January 2024, the [United States|country:united-states] and the [United Kingdom|country:united-kingdom] could have struck [Houthi|organization:houthis] targets in [Yemen|country:yemen], with support from [Australia|country:australia]."},
			nil},
		{"support to one side is no part in the war",
			[]string{"During the [Yemeni|country:yemen|demonym] Civil War, [Iran|country:iran] gave support to the [Houthis|organization:houthis]."},
			nil},
		{"help hoped for is no part",
			[]string{"The Dhofar Rebellion could have been ended with the help of [Iran|country:iran]."},
			nil},
		{"help given to something else named after the war",
			[]string{"After the Dhofar Rebellion, the economy grew with the help of [Japan|country:japan]."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "2025-04-12", tt.lines, []string{"PARTICIPATED_IN"}, nil, tt.want)
		})
	}
}
