package extract

import (
	"testing"
	"time"
)

// TestWarsIn: a war told by where it was fought is the catalog's war of
// that place begun last by the time the text speaks of, held there, with
// the sides the sentence names; a war set apart from it is not read.
func TestWarsIn(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, published, text string
		want, not             []string
	}{
		{"the sentence's year", "",
			"In 2016 the war in Syria entered its sixth year.",
			[]string{"HELD_IN event:syrian-civil-war country:syria"}, nil},
		{"a side named with it", "",
			"Russia's war in Chechnya resumed in September 1999.",
			[]string{"PARTICIPATED_IN country:russia event:second-chechen-war", "HELD_IN event:second-chechen-war place:chechnya"},
			[]string{"PARTICIPATED_IN country:russia event:first-chechen-war"}},
		{"the paragraph's last date", "",
			"In December 1994 Russian troops crossed into Chechnya.\nThe war in Chechnya cost tens of thousands of lives.",
			[]string{"HELD_IN event:first-chechen-war place:chechnya"},
			[]string{"HELD_IN event:second-chechen-war place:chechnya"}},
		{"a war not yet begun by the month told", "",
			"In March 1982 the civil war in Lebanon went on.",
			[]string{"HELD_IN event:lebanese-civil-war country:lebanon"}, nil},
		{"the day of publication", "2024-01-15",
			"Israel and Hamas agreed that the war in Gaza must end.",
			[]string{"HELD_IN event:israel-hamas-war place:gaza", "PARTICIPATED_IN country:israel event:israel-hamas-war"}, nil},
		{"a war, not a battle fought in it", "2022-08-03",
			"Russia pressed on with the war in Ukraine.",
			[]string{"HELD_IN event:russian-invasion-of-ukraine country:ukraine"}, []string{"HELD_IN event:battle-of-bakhmut country:ukraine"}},
		{"a new war is another", "2024-01-15",
			"Diplomats feared a new war in Lebanon.",
			nil, []string{"HELD_IN event:israel-hezbollah-conflict-2023-2024 country:lebanon"}},
		{"no time told, no war", "",
			"The war in Syria was discussed.",
			nil, []string{"HELD_IN event:syrian-civil-war country:syria"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := docOf(tt.text)
			if tt.published != "" {
				day, err := time.Parse("2006-01-02", tt.published)
				if err != nil {
					t.Fatal(err)
				}
				doc.Published = day
			}
			checkRelationKeys(t, x.Extract(doc), tt.want, tt.not)
		})
	}
}
