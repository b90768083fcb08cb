package extract

import "testing"

// TestOwnBodies: "his secret police, the SAVAK" after one person makes the
// body his; two people before the pronoun, or no pronoun, give nothing.
func TestOwnBodies(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"his secret police", []string{
			"[Mohammad Reza Pahlavi|person:pahlavi] relied on his secret police, the [SAVAK|organization:savak], to crush dissent."},
			[]string{"AFFILIATED_WITH person:pahlavi organization:savak"}},
		{"his own group", []string{
			"[George Habash|person:habash] left the movement and formed his own group, the [PFLP|organization:pflp]."},
			[]string{"AFFILIATED_WITH person:habash organization:pflp"}},
		{"his party", []string{
			"[Saddam Hussein|person:saddam] purged his party, the [Baath Party|organization:baath], in 1979."},
			[]string{"AFFILIATED_WITH person:saddam organization:baath"}},
		{"two people before: whose party is not said", []string{
			"[Donald Trump|person:trump] met [Benjamin Netanyahu|person:netanyahu] and praised his party, [Likud|organization:likud]."},
			nil},
		{"a leader's movement", []string{
			"Militiamen regrouped, led by [Yasser Arafat|person:arafat]'s [Palestine Liberation Organization|organization:palestine-liberation-organization]."},
			[]string{"AFFILIATED_WITH person:arafat organization:palestine-liberation-organization"}},
		{"a leader's front", []string{
			"A faction of [George Habash|person:habash]'s [Popular Front|organization:popular-front] hijacked a plane."},
			[]string{"AFFILIATED_WITH person:habash organization:popular-front"}},
		{"a president's office is no membership", []string{
			"[Donald Trump|person:trump]'s [White House|organization:white-house] denied it."},
			nil},
		{"no pronoun", []string{
			"[Ali Khamenei|person:khamenei] criticised the group, [Hamas|organization:hamas]."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"AFFILIATED_WITH"}, nil, tt.want)
		})
	}
}
