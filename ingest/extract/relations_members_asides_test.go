package extract

import "testing"

// TestMemberAsides: a party in brackets, a clause of belonging and an
// organisation's possessive before a name; a state's is no membership.
func TestMemberAsides(t *testing.T) {
	tests := []markedCase{
		{"a party in brackets", []string{
			"FOR: [David Ben-Gurion|person:ben-gurion], [Moshe Sharett|person:sharett] ([Mapai|organization:mapai])."},
			[]string{"AFFILIATED_WITH person:sharett organization:mapai"}},
		{"a clause of belonging", []string{
			"[Ahmed Quxley|person:ahmed-quxley], who belongs to the [Kataeb Party|organization:kataeb], spoke."},
			[]string{"AFFILIATED_WITH person:ahmed-quxley organization:kataeb"}},
		{"an organisation's possessive", []string{
			"[Hezbollah|organization:hezbollah]'s [Ahmed Quxley|person:ahmed-quxley] spoke on Monday."},
			[]string{"AFFILIATED_WITH person:ahmed-quxley organization:hezbollah"}},
		{"a state's possessive is no membership", []string{
			"[Iran|country:iran]'s [Ahmed Quxley|person:ahmed-quxley] spoke on Monday."},
			nil},
		{"a state in brackets is no membership", []string{
			"[Ahmed Quxley|person:ahmed-quxley] ([Lebanon|country:lebanon]) spoke."},
			nil},
		{"a bracket that goes on is no party", []string{
			"[Ahmed Quxley|person:ahmed-quxley] ([Hamas|organization:hamas] says he died) spoke."},
			nil},
	}
	checkMarkedCases(t, []string{"AFFILIATED_WITH"}, tests)
}
