package extract

import "testing"

// TestTerritoryWithdrawals: a dated withdrawal from a territory is an
// event of the one that withdrew, held in the territory left.
func TestTerritoryWithdrawals(t *testing.T) {
	types := []string{"PARTICIPATED_IN", "HELD_IN"}
	tests := []struct {
		name   string
		lines  []string
		events []string
		want   []string
	}{
		{"a state withdrew from a territory in a year",
			[]string{"In 2005, [Israel|country:israel] withdrew from the [Gaza Strip|place:gaza-strip] under a unilateral plan."},
			[]string{"event:withdrawal:israel-from-gaza-strip:2005 kind=withdrawal date=2005 datePrecision=year dateText=2005"},
			[]string{"PARTICIPATED_IN country:israel event:withdrawal:israel-from-gaza-strip:2005", "HELD_IN event:withdrawal:israel-from-gaza-strip:2005 place:gaza-strip"}},
		{"a state pulled out of a state",
			[]string{"[Israel|country:israel] pulled out of [Lebanon|country:lebanon] in 2000."},
			[]string{"event:withdrawal:israel-from-lebanon:2000 kind=withdrawal date=2000 datePrecision=year dateText=2000"},
			[]string{"PARTICIPATED_IN country:israel event:withdrawal:israel-from-lebanon:2000", "HELD_IN event:withdrawal:israel-from-lebanon:2000 country:lebanon"}},
		{"its troops withdrawn from a state",
			[]string{"[Syria|country:syria] withdrew its troops from [Lebanon|country:lebanon] in April 2005."},
			[]string{"event:withdrawal:syria-from-lebanon:2005-04 kind=withdrawal date=2005-04 datePrecision=month dateText=April 2005"},
			[]string{"PARTICIPATED_IN country:syria event:withdrawal:syria-from-lebanon:2005-04", "HELD_IN event:withdrawal:syria-from-lebanon:2005-04 country:lebanon"}},
		{"the withdrawal the text named before is the same",
			[]string{"The [2005 Israeli disengagement from Gaza|event:israeli-disengagement] changed the territory.", "In 2005, [Israel|country:israel] withdrew from the [Gaza Strip|place:gaza-strip]."},
			nil,
			[]string{"PARTICIPATED_IN country:israel event:israeli-disengagement", "HELD_IN event:israeli-disengagement place:gaza-strip"}},
		{"a withdrawal named by a noun after the state's adjective",
			[]string{"The [Israeli|country:israel|demonym] withdrawal from [Lebanon|country:lebanon] in 2000 ended the occupation."},
			[]string{"event:withdrawal:israel-from-lebanon:2000 kind=withdrawal date=2000 datePrecision=year dateText=2000"},
			[]string{"PARTICIPATED_IN country:israel event:withdrawal:israel-from-lebanon:2000", "HELD_IN event:withdrawal:israel-from-lebanon:2000 country:lebanon"}},
		{"a disengagement named after the state's possessive",
			[]string{"[Israel|country:israel]'s unilateral disengagement from the [Gaza Strip|place:gaza-strip] in 2005 was contested."},
			[]string{"event:withdrawal:israel-from-gaza-strip:2005 kind=withdrawal date=2005 datePrecision=year dateText=2005"},
			[]string{"PARTICIPATED_IN country:israel event:withdrawal:israel-from-gaza-strip:2005", "HELD_IN event:withdrawal:israel-from-gaza-strip:2005 place:gaza-strip"}},
		{"an undated withdrawal noun is none",
			[]string{"The [Israeli|country:israel|demonym] withdrawal from [Lebanon|country:lebanon] was demanded."},
			nil, nil},
		{"an ambassador recalled is no withdrawal",
			[]string{"[Russia|country:russia] withdrew its ambassador from [Israel|country:israel] in 2023."},
			nil, nil},
		{"leaving talks in a city is no withdrawal from it",
			[]string{"[Iran|country:iran] withdrew from [Geneva|place:geneva] talks in 2023."},
			nil, nil},
		{"a withdrawal denied is none",
			[]string{"[Israel|country:israel] did not withdraw from the [Gaza Strip|place:gaza-strip] in 2005."},
			nil, nil},
		{"an undated withdrawal is none",
			[]string{"[Israel|country:israel] withdrew from the [Gaza Strip|place:gaza-strip]."},
			nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEventRelations(t, "", tt.lines, types, tt.want, tt.events)
		})
	}
}

// TestNounWithdrawalFromADeal: "the US withdrawal from the JCPOA" is the
// state leaving the deal, unless a modal makes it supposed.
func TestNounWithdrawalFromADeal(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"told", "The [US|country:united-states] withdrawal from the [JCPOA|agreement:jcpoa] in 2018 angered [Iran|country:iran].",
			[]string{"WITHDREW_FROM country:united-states agreement:jcpoa"}},
		{"supposed", "A [US|country:united-states] withdrawal from the [JCPOA|agreement:jcpoa] would anger [Iran|country:iran].",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"WITHDREW_FROM"}, nil, tt.want)
		})
	}
}

// TestWithdrawalsInTheNews: "Israel withdraws its troops from the Gaza
// Strip" in a dated news item is that day's withdrawal; one to come is
// none.
func TestWithdrawalsInTheNews(t *testing.T) {
	const id = "event:withdrawal:israel-from-gaza:2013-06-12"
	checkEventCases(t, []string{"PARTICIPATED_IN", "HELD_IN"}, []eventCase{
		{"withdraws in the present", "2013-06-12",
			[]string{"[Israel|country:israel] withdraws its troops from the [Gaza Strip|place:gaza]."},
			[]string{id + " kind=withdrawal date=2013-06-12 datePrecision=day dateText=publication date 2013-06-12"},
			[]string{"PARTICIPATED_IN country:israel " + id, "HELD_IN " + id + " place:gaza"}},
		{"a withdrawal to come", "2013-06-12",
			[]string{"[Israel|country:israel] will withdraw its troops from the [Gaza Strip|place:gaza]."},
			nil, nil},
	})
}
