package extract

import "testing"

// TestPlacesCopula: a capital described as a place, a state's possessive
// or demonym before a settlement noun, an address closed by a comma, a
// direction after "the"; and the look-alikes.
func TestPlacesCopula(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a capital as the subject of its description", []string{
			"[Kuwait City|place:kuwait-city|metonym=country:kuwait] is the capital of [Kuwait|country:kuwait]."},
			[]string{"LOCATED_IN place:kuwait-city country:kuwait"}},
		{"capital and largest city", []string{
			"[Tehran|place:tehran|metonym=country:iran] is the capital and largest city of [Iran|country:iran]."},
			[]string{"LOCATED_IN place:tehran country:iran"}},
		{"a state's possessive capital after the copula", []string{
			"[Beirut|place:beirut] is [Lebanon|country:lebanon]'s capital."},
			[]string{"LOCATED_IN place:beirut country:lebanon"}},
		{"a state's possessive with an ordinal", []string{
			"[Isfahan|place:isfahan] is [Iran|country:iran]'s third-largest city."},
			[]string{"LOCATED_IN place:isfahan country:iran"}},
		{"a demonym settlement in apposition", []string{
			"Strikes hit [Hodeidah|place:hodeidah], a [Yemeni|country:yemen|demonym] port, on Monday."},
			[]string{"LOCATED_IN place:hodeidah country:yemen"}},
		{"a demonym settlement after the copula", []string{
			"[Sharm el-Sheikh|place:sharm-el-sheikh] is an [Egyptian|country:egypt|demonym] resort town."},
			[]string{"LOCATED_IN place:sharm-el-sheikh country:egypt"}},
		{"the demonym capital and its name", []string{
			"The [Iraqi|country:iraq|demonym] capital [Baghdad|place:baghdad|metonym=country:iraq] was hit by rockets."},
			[]string{"LOCATED_IN place:baghdad country:iraq"}},
		{"an address closed by a comma and a verb", []string{
			"Protests in [Tehran|place:tehran], [Iran|country:iran], continue for a third day."},
			[]string{"LOCATED_IN place:tehran country:iran"}},
		{"a direction after the", []string{
			"[Jenin|place:jenin], a city in the northern [West Bank|place:west-bank], was raided."},
			[]string{"LOCATED_IN place:jenin place:west-bank"}},
		{"occupied before the place", []string{
			"[Ramallah|place:ramallah], in the occupied [West Bank|place:west-bank], hosted the meeting."},
			[]string{"LOCATED_IN place:ramallah place:west-bank"}},

		// Negative cases.
		{"a list going on after the comma", []string{
			"Witkoff visited [Doha|place:doha], [Oman|country:oman], then [Iraq|country:iraq]."},
			nil},
		{"a list closed by and", []string{
			"Talks were held in [Tehran|place:tehran], [Iraq|country:iraq], and [Syria|country:syria]."},
			nil},
		{"a capital that is no settlement of the possessor", []string{
			"[Tehran|place:tehran|metonym=country:iran] is [Washington|place:washington|metonym=country:united-states]'s main adversary."},
			nil},
		{"a demonym ally is no settlement", []string{
			"[Damascus|place:damascus|metonym=country:syria] is a [Russian|country:russia|demonym] ally."},
			nil},
		{"a capital speaking is no place described", []string{
			"[Tehran|place:tehran|metonym=country:iran] said it was ready to talk to [Oman|country:oman]."},
			nil},
		{"a sea is owned by no possessive", []string{
			"The [Persian Gulf|place:persian-gulf] is [Iran|country:iran]'s main port region."},
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkRelations(t, "", tc.lines, []string{"LOCATED_IN"}, nil, tc.want)
		})
	}
}

// TestPlacesNamedIn: a facility whose name says where it is.
func TestPlacesNamedIn(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"an embassy named with its city", []string{
			"Protesters attacked the [Saudi Embassy in Tehran|place:saudi-embassy-in-tehran] on Saturday.",
			"[Tehran|place:tehran] condemned the attack."},
			[]string{"LOCATED_IN place:saudi-embassy-in-tehran place:tehran"}},
		{"a city the document does not name", []string{
			"Protesters attacked the [Saudi Embassy in Tehran|place:saudi-embassy-in-tehran] on Saturday."},
			nil},
		{"a name that is no facility", []string{
			"The [Battle in Basra|place:battle-in-basra] ended.",
			"[Basra|place:basra] was quiet."},
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkRelations(t, "", tc.lines, []string{"LOCATED_IN"}, nil, tc.want)
		})
	}
}
