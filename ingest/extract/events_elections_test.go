package extract

import (
	"testing"
	"time"
)

// TestUnnamedElections: a dated election of a named state is the election
// its name would give, held in the state, with whoever won taking part.
func TestUnnamedElections(t *testing.T) {
	// The markup gives Iran no demonym, so the name falls back on the state's.
	const id = "event:election:2024-iran-presidential-election"
	tests := []struct {
		name   string
		line   string
		events []string
		want   []string
	}{
		{"a state held an election on a day",
			"[Iran|country:iran] held a presidential election on June 28, 2024.",
			[]string{id + " kind=election date=2024-06-28 datePrecision=day dateText=June 28, 2024"},
			[]string{"HELD_IN " + id + " country:iran"}},
		{"the winner of a state's election",
			"[Masoud Pezeshkian|person:pezeshkian] won [Iran|country:iran]'s presidential election on July 5, 2024.",
			[]string{id + " kind=election date=2024-07-05 datePrecision=day dateText=July 5, 2024"},
			[]string{"HELD_IN " + id + " country:iran", "PARTICIPATED_IN person:pezeshkian " + id}},
		{"a party that won the most seats of a state's election",
			"The [Principlists|organization:principlists] won the largest number of seats in [Iran|country:iran]'s presidential election on July 5, 2024.",
			[]string{id + " kind=election date=2024-07-05 datePrecision=day dateText=July 5, 2024"},
			[]string{"HELD_IN " + id + " country:iran", "PARTICIPATED_IN organization:principlists " + id}},
		{"an election to be held is none",
			"[Iran|country:iran] will hold a presidential election on June 28, 2024.",
			nil, nil},
		{"an undated election is none",
			"[Iran|country:iran]'s presidential election was postponed.",
			nil, nil},
		{"an election of no state is none",
			"[Masoud Pezeshkian|person:pezeshkian] won the presidential election on July 5, 2024.",
			nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEventRelations(t, "", []string{tt.line}, []string{"HELD_IN", "PARTICIPATED_IN"}, tt.want, tt.events)
		})
	}
}

// TestElectionRivals: who defeated whom in an election both took part in
// it; a defeat elsewhere gives nothing.
func TestElectionRivals(t *testing.T) {
	const e = "event:election:2001-israeli-election"
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"the election first",
			"In the [2001 Israeli election|" + e + "], [Ariel Sharon|person:ariel-sharon] defeated [Ehud Barak|person:ehud-barak].",
			[]string{"PARTICIPATED_IN person:ariel-sharon " + e, "PARTICIPATED_IN person:ehud-barak " + e}},
		{"the election after the rivals",
			"[Ariel Sharon|person:ariel-sharon] defeated [Ehud Barak|person:ehud-barak] in the [2001 Israeli election|" + e + "].",
			[]string{"PARTICIPATED_IN person:ariel-sharon " + e, "PARTICIPATED_IN person:ehud-barak " + e}},
		{"defeated in the election by, in the passive",
			"[Ehud Barak|person:ehud-barak] was defeated in the [2001 Israeli election|" + e + "] by [Ariel Sharon|person:ariel-sharon].",
			[]string{"PARTICIPATED_IN person:ariel-sharon " + e, "PARTICIPATED_IN person:ehud-barak " + e}},
		{"a defeat denied, in the passive",
			"[Ehud Barak|person:ehud-barak] was not defeated in the [2001 Israeli election|" + e + "] by [Ariel Sharon|person:ariel-sharon].",
			nil},
		{"a defeat in something else before the election",
			"[Ariel Sharon|person:ariel-sharon] defeated [Ehud Barak|person:ehud-barak] in a debate before the [2001 Israeli election|" + e + "].",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"PARTICIPATED_IN"}, nil, tt.want)
		})
	}
}

// TestElectionsOfTheDocumentsState: "the elections in late March 2006" in
// a passage about one state are that state's, dated but not placed.
func TestElectionsOfTheDocumentsState(t *testing.T) {
	x := testExtractor(t)
	const lead = "Shaul Mofaz served Israel for decades.\nIsrael is a small state.\n"
	tests := []struct {
		name, text string
		want       string // event id and date, or ""
	}{
		{"the elections and their month", lead + "Following the elections in late March 2006, Mofaz moved to the Transport ministry.",
			"event:election:2006-israeli-election 2006-03"},
		{"the elections held on a day", lead + "After the elections held on 28 March 2006, Mofaz moved.",
			"event:election:2006-israeli-election 2006-03-28"},
		{"elections of no one state", "Mofaz visited Israel and Egypt.\nEgypt and Israel talked.\nFollowing the elections in late March 2006, Mofaz moved.", ""},
		{"elections without the article", lead + "Following elections in late March 2006, Mofaz moved.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := x.Extract(docOf(tt.text))
			got := ""
			for _, e := range res.Entities {
				if e.Type == "Event" {
					got = e.ID + " " + e.Properties["date"].(string)
				}
			}
			if got != tt.want {
				t.Errorf("event: got %q, want %q", got, tt.want)
			}
			for _, r := range res.Relations {
				if r.Type == "HELD_IN" {
					t.Errorf("unexpected HELD_IN %s -> %s: the sentence names no state", r.From, r.To)
				}
			}
		})
	}
}

// TestElectionOfTheRunnersState: "In 2005, he ran in the presidential
// election but lost to X" is the election of the state the text describes
// the runner by, and both took part in it.
func TestElectionOfTheRunnersState(t *testing.T) {
	const lead = "Ali Larijani is an Iranian politician.\nLarijani was born in Najaf.\n"
	const id = "event:election:2005-iranian-presidential-election"
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "ran, then lost to the winner",
			text: lead + "In 2005, he ran in the presidential election but lost to Mahmoud Ahmadinejad.",
			want: []string{"PARTICIPATED_IN person:ali-larijani " + id, "PARTICIPATED_IN person:mahmoud-ahmadinejad " + id},
			not:  []string{"HELD_IN " + id + " country:iran"}},
		{name: "won against a rival, the election dated after its word",
			text: "History of independent Uzbekistan\n\nUzbekistan declared independence in 1991. Uzbekistan joined the CIS.\nIslam Karimov won the presidential election of 29 December 1991 against Muhammad Salih of the Erk party.",
			want: []string{"PARTICIPATED_IN person:islam-karimov event:election:1991-uzbek-presidential-election", "PARTICIPATED_IN person:muhammad-salih event:election:1991-uzbek-presidential-election"}},
		{name: "a sentence that names another state is left alone",
			text: lead + "In 2005, he ran in the presidential election in Iraq.",
			not:  []string{"PARTICIPATED_IN person:ali-larijani " + id}},
	})
}

// TestElectionsHeldInAState: an election or referendum told as held in a
// state named after it, or voted in by the state's people, is the one its
// name would give.
func TestElectionsHeldInAState(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "an election held in a state on a day",
			text: "A presidential election was held in Syria on 3 June 2014.",
			want: []string{"HELD_IN event:election:2014-syrian-presidential-election country:syria"}},
		{name: "elections that took place in a state",
			text: "Parliamentary elections took place in Iraq on 30 April 2014.",
			want: []string{"HELD_IN event:election:2014-iraqi-parliamentary-election country:iraq"}},
		{name: "elections for a body, held on a day in a state",
			text: "Elections for the National Assembly of Iraq were held on January 30, 2005 in Iraq.",
			want: []string{"HELD_IN event:election:2005-iraqi-election country:iraq"}},
		{name: "elections for a body held in a place of no state",
			text: "Elections for the National Assembly of Iraq were held on January 30, 2005 in a school.",
			not:  []string{"HELD_IN event:election:2005-iraqi-election country:iraq"}},
		{name: "a referendum held over days of one month",
			text: "A constitutional referendum was held in Egypt from 20–22 April 2019, with overseas voting.",
			want: []string{"HELD_IN event:election:2019-egyptian-constitutional-referendum country:egypt"}},
		{name: "a state held a referendum",
			text: "Qatar held a constitutional referendum in 2003, which was overwhelmingly supported.",
			want: []string{"HELD_IN event:election:2003-qatari-constitutional-referendum country:qatar"}},
		{name: "a state's people voted in a runoff",
			text: "Iranians voted in a presidential runoff on July 5, 2024.",
			want: []string{"HELD_IN event:election:2024-iranian-presidential-election country:iran"}},
		{name: "an election to be held is none",
			text: "A presidential election will be held in Syria on 3 June 2027.",
			not:  []string{"HELD_IN event:election:2027-syrian-presidential-election country:syria"}},
		{name: "an election postponed in a state is none",
			text: "A presidential election was postponed in Syria on 3 June 2014.",
			not:  []string{"HELD_IN event:election:2014-syrian-presidential-election country:syria"}},
	})
}

// TestElectionsInTheNews: "Iran holds a presidential election" in a dated
// news item is that day's election; one held every four years, to come,
// or in the past without a date is none.
func TestElectionsInTheNews(t *testing.T) {
	x := testExtractor(t)
	const held = "HELD_IN event:election:2024-iranian-presidential-election country:iran"
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a state holds an election", "Iran holds a presidential election.", []string{held}, nil},
		{"a state's people vote in a runoff", "Iranians vote in a presidential runoff.", []string{held}, nil},
		{"an election every four years", "Iran holds a presidential election every four years.", nil, []string{held}},
		{"an election in the past, undated", "Iran held a presidential election.", nil, []string{held}},
		{"the winner of a day's election, in a sentence naming its state",
			"Iran's Interior Minister announces that Masoud Pezeshkian has won Friday's presidential election.",
			[]string{held, "PARTICIPATED_IN person:masoud-pezeshkian event:election:2024-iranian-presidential-election"}, nil},
		{"the results of the election of a day written before it",
			"Iraq's electoral commission announces the final results of the 28 June parliamentary election.",
			[]string{"HELD_IN event:election:2024-iraqi-parliamentary-election country:iraq"}, nil},
		{"a day before an election with no article",
			"Iran's minister said 28 June presidential election turnout was low.",
			nil, []string{held}},
		{"a month's election is no day's vote",
			"Iran's minister praised November's presidential election.",
			nil, []string{held}},
		{"an election ahead of its day is to come",
			"Iran's minister spoke ahead of Friday's presidential election.",
			nil, []string{held}},
		{"a day's election in a sentence naming two states has no state",
			"Iraq and Iran say Masoud Pezeshkian has won Friday's presidential election.",
			nil, []string{held}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := docOf(tt.text)
			doc.Published = time.Date(2024, 7, 5, 0, 0, 0, 0, time.UTC)
			checkRelationKeys(t, x.Extract(doc), tt.want, tt.not)
		})
	}
}

// TestElectionsToCome: a state's coming election dated right after it in a
// dated text ("Iraq's upcoming elections in October") is the election of
// that month; a coming election of no date stays none.
func TestElectionsToCome(t *testing.T) {
	const id = "event:election:2021-iraq-election"
	tests := []struct {
		name   string
		line   string
		events []string
		want   []string
	}{
		{"a state's upcoming elections in a month",
			"The leaders promoted a secure environment for [Iraq|country:iraq]’s upcoming elections in October.",
			[]string{id + " kind=election date=2021-10 datePrecision=month dateText=October"},
			[]string{"HELD_IN " + id + " country:iraq"}},
		{"a state's next elections in a month",
			"They discussed [Iraq|country:iraq]'s next parliamentary elections in October.",
			[]string{"event:election:2021-iraq-parliamentary-election kind=election date=2021-10 datePrecision=month dateText=October"},
			[]string{"HELD_IN event:election:2021-iraq-parliamentary-election country:iraq"}},
		{"upcoming and undated",
			"They discussed [Iraq|country:iraq]'s upcoming elections.",
			nil, nil},
		{"a date of something else",
			"They discussed [Iraq|country:iraq]'s upcoming elections and a meeting on October 4.",
			nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEventRelations(t, "2021-07-26", []string{tt.line}, []string{"HELD_IN", "PARTICIPATED_IN"}, tt.want, tt.events)
		})
	}
}

// TestReferendumOfThePageState: a referendum told by what it approved ("in
// a referendum on", "by referendum on") is the one of the state the page
// is about, dated by its day.
func TestReferendumOfThePageState(t *testing.T) {
	for _, text := range []string{
		"History of Algeria\n\nAlgeria became independent in 1962. Algeria is large.\nThe Civil Concord law, approved in a referendum on 16 September 1999, offered amnesty.",
		"History of Algeria\n\nAlgeria became independent in 1962. Algeria is large.\nThe Civil Concord law, approved by referendum on 16 September 1999, offered amnesty.",
	} {
		res := testExtractor(t).Extract(docOf(text))
		found := false
		for _, e := range res.Entities {
			if e.ID == "event:election:1999-algerian-referendum" && e.Properties["date"] == "1999-09-16" {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no 1999 Algerian referendum of 16 September among %v", text, res.Entities)
		}
	}
}

// TestPresidentElectedOnThePage: "X was elected president in April 1999"
// on a page about Algeria is Algeria's presidential election of that
// month, in which X took part; a page about no one state gives none.
func TestPresidentElectedOnThePage(t *testing.T) {
	const id = "event:election:1999-algerian-presidential-election"
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "the page's state",
			text: "History of Algeria\n\nAlgeria is large. Algeria became independent in 1962. Abdelaziz Bouteflika was elected president in April 1999.",
			want: []string{"PARTICIPATED_IN person:abdelaziz-bouteflika " + id}},
		{name: "no state the page is about",
			text: "Notes\n\nAbdelaziz Bouteflika was elected president in April 1999.",
			not:  []string{"PARTICIPATED_IN person:abdelaziz-bouteflika " + id}},
	})
}
