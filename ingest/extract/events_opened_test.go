package extract

import "testing"

// TestOpenedGathering: whoever opened, convened or presided over a named
// gathering took part in it, also when the news item's time of day stands
// between the subject and the verb; a crossing opened is no gathering.
func TestOpenedGathering(t *testing.T) {
	const conf = "event:annapolis-conference"
	checkEventCases(t, []string{"PARTICIPATED_IN"}, []eventCase{
		{"opened, after the time of day", "",
			[]string{"President [George W. Bush|person:george-w-bush] this morning opened the [Annapolis Conference|" + conf + "] at the Naval Academy."},
			nil,
			[]string{"PARTICIPATED_IN person:george-w-bush " + conf}},
		{"convened", "",
			[]string{"[Hosni Mubarak|person:hosni-mubarak] convened the [Annapolis Conference|" + conf + "]."},
			nil,
			[]string{"PARTICIPATED_IN person:hosni-mubarak " + conf}},
		{"presided over", "",
			[]string{"[Hosni Mubarak|person:hosni-mubarak] presided over the [Annapolis Conference|" + conf + "]."},
			nil,
			[]string{"PARTICIPATED_IN person:hosni-mubarak " + conf}},
		{"an opening still to come", "",
			[]string{"[Hosni Mubarak|person:hosni-mubarak] will not open the [Annapolis Conference|" + conf + "]."},
			nil,
			nil},
		{"a crossing opened", "",
			[]string{"[Egypt|country:egypt] opened the [Rafah|place:rafah] crossing."},
			nil,
			nil},
	})
}
