package extract

import "testing"

// TestRoundsOfTalks: a chronology's dated rounds are events held where the
// sentence says, of the talks the round names or the last round named;
// those who act "at the round" take part in it; a round of an election, or
// one only planned, is none.
func TestRoundsOfTalks(t *testing.T) {
	lines := []string{
		"April 5, 1994 - The first round of inter-Tajik talks opens in [Moscow|place:mos].",
		"June 18, 1994 - The second round opens in [Tehran|place:teh].",
		"October 20, 1994 - The third round, in [Islamabad|place:isl], extends the truce.",
		"May 4, 1995 - At the fourth round, [Russia|country:ru] and [Iran|country:ir] sign a memorandum on zones in [Idlib|place:idl].",
		"June 2, 1995 - The fifth round agrees the boundaries of the zone.",
		"June 1, 1995 - The first round of the presidential election is held in [Dushanbe|place:dus].",
		"July 1, 1995 - A fifth round could be held in [Almaty|place:alm].",
	}
	rs := checkRelations(t, "1997-06-27", lines, []string{"HELD_IN", "PARTICIPATED_IN"}, nil, []string{
		"HELD_IN event:talks:inter-tajik-talks:1994-04-05 place:mos",
		"HELD_IN event:talks:inter-tajik-talks:1994-06-18 place:teh",
		"HELD_IN event:talks:inter-tajik-talks:1994-10-20 place:isl",
		"PARTICIPATED_IN country:ir event:talks:inter-tajik-talks:1995-05-04",
		"PARTICIPATED_IN country:ru event:talks:inter-tajik-talks:1995-05-04",
	})
	// A round that did something in a dated item was held that day.
	found := false
	for _, e := range rs.Events {
		found = found || e.ID == "event:talks:inter-tajik-talks:1995-06-02"
	}
	if !found {
		t.Error("no fifth round of 1995-06-02")
	}
}

// TestRoundNames: a round is named as English writes it.
func TestRoundNames(t *testing.T) {
	doc, ents := markup(t, "2018-01-31", "Jan. 23-24, 2017 - The first round of talks is held in [Astana|place:ast].")
	for _, e := range relate(doc, ents).Events {
		if e.Name == "First round of talks" && e.Props["date"] == "2017-01-23" {
			return
		}
		t.Logf("event %q %v", e.Name, e.Props)
	}
	t.Error(`no "First round of talks" of 2017-01-23`)
}
