package extract

import (
	"slices"
	"testing"
)

// TestHeldAccountable: in a government's release of designations, the
// state "holding X accountable" sanctions X; elsewhere, or as a promise,
// it does not.
func TestHeldAccountable(t *testing.T) {
	tests := []markedCase{
		{"a designation release under an executive order", []string{
			"Office of the Spokesperson",
			"The [United States|country:united-states] is holding [Babak Zanjani|person:babak-zanjani] and his network accountable for enabling the regime to evade sanctions.",
			"Today's action is being taken pursuant to Executive Order 13902."},
			[]string{"SANCTIONED country:united-states person:babak-zanjani"}},
		{"no executive order: no designation release", []string{
			"Office of the Spokesperson",
			"The [United States|country:united-states] is holding [Babak Zanjani|person:babak-zanjani] accountable for his crimes."},
			nil},
		{"a promise", []string{
			"Office of the Spokesperson",
			"The [United States|country:united-states] will hold [Iran|country:iran] accountable.",
			"Today's action is being taken pursuant to Executive Order 13902."},
			nil},
		{"not a government's text", []string{
			"The [United States|country:united-states] is holding [Babak Zanjani|person:babak-zanjani] accountable, the paper wrote.",
			"The sanctions were imposed under Executive Order 13902."},
			nil},
	}
	checkMarkedCases(t, []string{"SANCTIONED"}, tests)
}

// TestSpokespersonBylineIsGovernmentText: a release opening with its
// spokesperson's byline ("Thomas Quxley, Spokesperson") is a United States
// government text, whose "holding X accountable" is a sanction.
func TestSpokespersonBylineIsGovernmentText(t *testing.T) {
	x := testExtractor(t)
	doc := docOf("Thomas Quxley, Spokesperson\n" +
		"The United States is holding Babak Zanjani accountable for enabling the regime to evade sanctions.\n" +
		"Today's action is being taken pursuant to Executive Order 13902.")
	got := pairsOfType(x.Extract(doc), "SANCTIONED")
	if !slices.Contains(got, "country:united-states person:babak-zanjani") {
		t.Errorf("SANCTIONED = %v, want the United States sanctioning Babak Zanjani", got)
	}
}
