package extract

import "testing"

// TestPartyElections: a party's leadership vote, dated by the sentence, is
// an election its candidates took part in as members.
func TestPartyElections(t *testing.T) {
	const id = "event:election:2008-kadima-leadership-election"
	types := []string{"PARTICIPATED_IN", "AFFILIATED_WITH"}
	tests := []struct {
		name   string
		line   string
		events []string
		want   []string
	}{
		{"lost, losing to a rival",
			"On 17 September 2008, [Shaul Mofaz|person:shaul-mofaz] lost the [Kadima|organization:kadima] party election, losing to [Tzipi Livni|person:tzipi-livni] for the spot.",
			[]string{id + " kind=election date=2008-09-17 datePrecision=day dateText=17 September 2008"},
			[]string{"PARTICIPATED_IN person:shaul-mofaz " + id, "PARTICIPATED_IN person:tzipi-livni " + id,
				"AFFILIATED_WITH person:shaul-mofaz organization:kadima", "AFFILIATED_WITH person:tzipi-livni organization:kadima"}},
		{"won the primaries by a landslide, defeating a rival",
			"In 2008, [Shaul Mofaz|person:shaul-mofaz] won the [Kadima|organization:kadima] party leadership primaries by a landslide, defeating party chairwoman [Tzipi Livni|person:tzipi-livni].",
			[]string{id + " kind=election date=2008 datePrecision=year dateText=2008"},
			[]string{"PARTICIPATED_IN person:shaul-mofaz " + id, "PARTICIPATED_IN person:tzipi-livni " + id,
				"AFFILIATED_WITH person:shaul-mofaz organization:kadima", "AFFILIATED_WITH person:tzipi-livni organization:kadima"}},
		{"an undated vote is none",
			"[Shaul Mofaz|person:shaul-mofaz] lost the [Kadima|organization:kadima] party election.",
			nil, nil},
		{"a vote to come is none",
			"In 2008, [Shaul Mofaz|person:shaul-mofaz] could have lost the [Kadima|organization:kadima] party election.",
			nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEventRelations(t, "", []string{tt.line}, types, tt.want, tt.events)
		})
	}
}

// TestPresidentialElections: who was elected president of a state took
// part in that state's presidential election of the year.
func TestPresidentialElections(t *testing.T) {
	types := []string{"PARTICIPATED_IN", "HELD_IN"}
	const lebanon = "event:election:2008-lebanon-presidential-election"
	const iran = "event:election:2009-iran-presidential-election"
	tests := []struct {
		name, published string
		line            string
		events          []string
		want            []string
	}{
		{"elected in a year", "",
			"In 2008, [Michel Suleiman|person:michel-suleiman] was elected President of [Lebanon|country:lebanon].",
			[]string{lebanon + " kind=election date=2008 datePrecision=year"},
			[]string{"PARTICIPATED_IN person:michel-suleiman " + lebanon, "HELD_IN " + lebanon + " country:lebanon"}},
		{"reelected, in a dated report", "2009-06-13",
			"[Mahmoud Ahmadinejad|person:mahmoud-ahmadinejad] is reelected as the President of [Iran|country:iran], although his rival demands a recount.",
			[]string{iran + " kind=election date=2009-06-13 datePrecision=day"},
			[]string{"PARTICIPATED_IN person:mahmoud-ahmadinejad " + iran, "HELD_IN " + iran + " country:iran"}},
		{"undated and in the past is none", "2009-06-13",
			"[Mahmoud Ahmadinejad|person:mahmoud-ahmadinejad] was elected President of [Iran|country:iran].",
			nil, nil},
		{"a hope is none", "",
			"In 2008, [Michel Suleiman|person:michel-suleiman] hoped to be elected President of [Lebanon|country:lebanon].",
			nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEventRelations(t, tt.published, []string{tt.line}, types, tt.want, tt.events)
		})
	}
}
