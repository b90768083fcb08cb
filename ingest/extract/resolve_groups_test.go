package extract

import (
	"reflect"
	"testing"
)

// TestGroupAnaphors: "the group" of an article about a group is the group,
// unless another group may be meant.
func TestGroupAnaphors(t *testing.T) {
	x := testExtractor(t)
	const zdl = "organization:zorbian-defense-league"
	lead := "The Zorbian Defense League (ZDL) is a militant group.\nThe ZDL was founded in 1968.\nThe ZDL split in 1974.\n"
	tests := []struct {
		name, text string
		want       []string // mention texts of zdl
	}{
		{"the group of a group's article",
			lead + "The group has been designated as a terrorist organization.",
			[]string{"Zorbian Defense League", "ZDL", "ZDL", "ZDL", "group"}},
		{"the movement, in lower case only",
			lead + "In 1980 the movement attacked Zorbia. The Group of Seven met.",
			[]string{"Zorbian Defense League", "ZDL", "ZDL", "ZDL", "movement"}},
		{"a group just formed may be meant",
			lead + "Its members formed the Zorbian Liberation Front, a splinter group.\nIn 1971, the group attacked Zorbia.",
			[]string{"Zorbian Defense League", "ZDL", "ZDL", "ZDL"}},
		{"another group named before it in the sentence may be meant",
			lead + "After the Zorbian Liberation Front split, the group attacked Zorbia.",
			[]string{"Zorbian Defense League", "ZDL", "ZDL", "ZDL"}},
		{"the group of something is a description",
			lead + "The group of states met.",
			[]string{"Zorbian Defense League", "ZDL", "ZDL", "ZDL"}},
		{"it, after a sentence the group opens, before a deed",
			lead + "In 1980, it attacked Zorbia.\nIt fired rockets at Zorbia City.",
			[]string{"Zorbian Defense League", "ZDL", "ZDL", "ZDL", "it", "It"}},
		{"it before no deed, or after a sentence another opens",
			lead + "It is unclear why. Zorbia grew.\nIt attacked Zorbia.",
			[]string{"Zorbian Defense League", "ZDL", "ZDL", "ZDL"}},
		{"no subject when the group is first named late",
			"Meir Kahane was a rabbi.\nHe lived in Brooklyn.\nThe Zorbian Defense League (ZDL) was founded in 1968.\nThe ZDL split.\nThe ZDL grew.\nThe group was banned.",
			[]string{"Zorbian Defense League", "ZDL", "ZDL", "ZDL"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set := x.findEntities(docOf(tt.text))
			if got := mentionsByID(set)[zdl]; !reflect.DeepEqual(got, tt.want) {
				t.Errorf("mentions of %s: got %q, want %q", zdl, got, tt.want)
			}
			if e, ok := set.Entities[zdl]; ok {
				for _, a := range e.Aliases {
					if a == "group" || a == "movement" {
						t.Errorf("alias %q: a common noun is no name", a)
					}
				}
			}
		})
	}
}

// TestGroupAnaphorRelations: the rules read "the group" like the group's
// name.
func TestGroupAnaphorRelations(t *testing.T) {
	x := testExtractor(t)
	res := x.Extract(docOf("The Zorbian Defense League (ZDL) is a militant group.\nThe ZDL was founded in 1968.\nThe ZDL split in 1974.\nThe group has been designated as a terrorist organization by the United States and Japan."))
	checkRelationKeys(t, res, []string{
		"SANCTIONED country:united-states organization:zorbian-defense-league",
		"SANCTIONED country:japan organization:zorbian-defense-league",
	}, nil)
}
