package normalize

import (
	"reflect"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"two plain sentences", "Talks began. They ended.", []string{"Talks began.", "They ended."}},
		{"title abbreviation keeps name", "Mr. Witkoff met Dr. Smith. Then he left.", []string{"Mr. Witkoff met Dr. Smith.", "Then he left."}},
		{"senator and general", "Sen. Rubio and Gen. Caine spoke. Talks resumed.", []string{"Sen. Rubio and Gen. Caine spoke.", "Talks resumed."}},
		{"middle initial", "President Donald J. Trump spoke. Iran replied.", []string{"President Donald J. Trump spoke.", "Iran replied."}},
		{"a city and D.C. end a sentence", "They met in Washington, D.C. Türkiye is an ally.", []string{"They met in Washington, D.C.", "Türkiye is an ally."}},
		{"a body of the District after D.C.", "Washington, D.C. Mayor Muriel Bowser spoke.", []string{"Washington, D.C. Mayor Muriel Bowser spoke."}},
		{"D.C. without a city", "The D.C. Circuit ruled.", []string{"The D.C. Circuit ruled."}},
		{"dotted acronym mid sentence", "The U.S. Senate voted. The U.N. Security Council met.", []string{"The U.S. Senate voted.", "The U.N. Security Council met."}},
		{"dotted acronym at end", "Iran met the U.S. The talks went well.", []string{"Iran met the U.S.", "The talks went well."}},
		{"month before day", "It was signed on Jan. 16 in Vienna. Sanctions fell.", []string{"It was signed on Jan. 16 in Vienna.", "Sanctions fell."}},
		{"number abbreviation", "See No. 5 of the list. Done.", []string{"See No. 5 of the list.", "Done."}},
		{"decimal", "Oil rose 3.5 percent. Markets fell.", []string{"Oil rose 3.5 percent.", "Markets fell."}},
		{"quote closes after period", "He said “it is over.” Then he left.", []string{"He said “it is over.”", "Then he left."}},
		{"lowercase continues", "The ratio is approx. one in ten. Yes.", []string{"The ratio is approx. one in ten.", "Yes."}},
		{"question and exclamation", "Is it over? Yes! It is.", []string{"Is it over?", "Yes!", "It is."}},
		{"newline is hard boundary", "Heading without stop\nBody sentence. Next", []string{"Heading without stop", "Body sentence.", "Next"}},
		{"a ruler's numeral ends a sentence", "Iraq was ruled by King Faisal I. He died in 1933.", []string{"Iraq was ruled by King Faisal I.", "He died in 1933."}},
		{"a war's numeral ends a sentence", "It passed to the British at the end of World War I. Bethlehem came under Jordan.", []string{"It passed to the British at the end of World War I.", "Bethlehem came under Jordan."}},
		{"a middle initial I stays", "Senator Joseph I. Lieberman spoke. Talks resumed.", []string{"Senator Joseph I. Lieberman spoke.", "Talks resumed."}},
		{"a middle initial P is no page", "Secretary of State William P. Rogers favored it. Nixon declined.", []string{"Secretary of State William P. Rogers favored it.", "Nixon declined."}},
		{"street", "They met on St. Paul Street. Fine.", []string{"They met on St. Paul Street.", "Fine."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, sp := range splitSentences(tt.in) {
				got = append(got, tt.in[sp.Start:sp.End])
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
