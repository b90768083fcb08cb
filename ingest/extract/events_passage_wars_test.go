package extract

import (
	"strings"
	"testing"
)

// TestPassageWarSides: the attacks told in a passage about a war, after
// the sentence or heading that names it, give its sides.
func TestPassageWarSides(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name     string
		text     string
		headings []string
		want     []string // PARTICIPATED_IN from -> to, sorted
	}{
		{"a war named in the paragraph's first sentence",
			"The Six-Day War broke out in June 1967.\nIsrael attacked Egypt on 5 June.",
			nil, []string{"country:egypt -> event:six-day-war", "country:israel -> event:six-day-war"}},
		{"a battle named by the section heading",
			"Battle of Karameh\n\nThe Jordanian village of Karameh lay near the river.\nThe IDF attacked Karameh at night.\n\nLater the Battle of Karameh became a legend.",
			[]string{"Battle of Karameh\n"}, []string{"organization:israel-defense-forces -> event:battle-of-karameh"}},
		{"an attack between none of the catalog's sides of the battle is another story",
			"Battle of Karameh\n\nThe Jordanian village of Karameh lay near the river.\nIraq attacked Iran at night.\n\nLater the Battle of Karameh became a legend.",
			[]string{"Battle of Karameh\n"}, nil},
		{"a side that did something in the fighting",
			"The Six-Day War broke out in June 1967.\nThe Jordanian army lost ground in the fighting.",
			nil, []string{"country:jordan -> event:six-day-war"}},
		{"a side that conceded defeat, under a battle's heading",
			"Battle of Al Wajbah\n\nThe column reached the fort in March 1893.\nThe Ottomans conceded defeat and agreed to release the captives.\n\nThe Battle of Al Wajbah is remembered today.",
			[]string{"Battle of Al Wajbah\n"}, []string{"country:ottoman-empire -> event:battle-of-al-wajbah"}},
		{"a side that was defeated",
			"The Six-Day War broke out in June 1967.\nJordan was defeated within days.",
			nil, []string{"country:jordan -> event:six-day-war"}},
		{"a defeat that might have been",
			"The Six-Day War broke out in June 1967.\nJordan would have surrendered.",
			nil, nil},
		{"a side that only hoped to be in the fighting",
			"The Six-Day War broke out in June 1967.\nIraq would have joined in the fighting.",
			nil, nil},
		{"a paragraph naming two wars tells of neither",
			"The Six-Day War and the Yom Kippur War changed the region.\nIsrael attacked Egypt.",
			nil, nil},
		{"a new paragraph forgets the war",
			"The Six-Day War broke out in June 1967.\n\nIsrael attacked Egypt in 1973.",
			nil, nil},
		{"an attack dated before the war is not part of it",
			"The Yom Kippur War began in October 1973.\nIsrael had attacked Egypt in 1967.",
			nil, nil},
		{"a sentence telling of another war",
			"The Six-Day War broke out in June 1967.\nIn another war, Israel attacked Egypt.",
			nil, nil},
		{"a world war named in the paragraph is its time, not its subject",
			"After the beginning of World War II, the Haganah suspended its activity.\nLehi attacked the British in Jerusalem.",
			nil, nil},
		{"a world war heading a section is its subject",
			"World War II\n\nThe war reached the region in 1941.\nGermany attacked the Soviet Union.\n\nWorld War II ended in 1945.",
			[]string{"World War II\n"}, []string{"country:germany -> event:world-war-ii", "country:soviet-union -> event:world-war-ii"}},
		{"a war named in an image caption is not the passage's",
			"Rumsfeld visited the coalition forces during the Iraq War.]]\nIraq invaded Iran in 1980.",
			nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := docOf(tt.text, tt.headings...)
			ents := x.findEntities(doc)
			rs := x.findRelations(doc, ents, nil)
			var got []string
			for _, r := range rs.Relations {
				if r.Type == "PARTICIPATED_IN" {
					got = append(got, r.From+" -> "+r.To)
				}
			}
			missing, extra := diffLines(got, tt.want)
			if len(missing) > 0 || len(extra) > 0 {
				t.Errorf("%q:\nmissing: %q\nextra:   %q", strings.ReplaceAll(tt.text, "\n", " / "), missing, extra)
			}
		})
	}
}
