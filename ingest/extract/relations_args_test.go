package extract

import "testing"

// TestDemonymListsWithAName: in "Israeli and Hamas negotiators held talks"
// the noun after the list belongs to the name too, so both sides held
// the talks; the name alone before a verb is unchanged.
func TestDemonymListsWithAName(t *testing.T) {
	const talks = "event:talks:hamas-israel:2026-11-24"
	checkRelations(t, "2026-11-29", []string{"[Israeli|country:israel|demonym] and [Hamas|organization:hamas] negotiators held talks on Tuesday."},
		[]string{"PARTICIPATED_IN"}, nil, []string{"PARTICIPATED_IN country:israel " + talks, "PARTICIPATED_IN organization:hamas " + talks})
	checkRelations(t, "2026-11-29", []string{"[Hamas|organization:hamas] negotiators held talks on Tuesday."},
		[]string{"PARTICIPATED_IN"}, nil, nil)
}
