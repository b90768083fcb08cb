package extract

import "testing"

// TestLocalBodies: a parliament's bare name the catalog gives the United
// States is the document's own state's in a text about another state; it
// stays the United States' when written with the United States, when the
// document names an American official, or when no other state leads.
func TestLocalBodies(t *testing.T) {
	x := testExtractor(t)
	libya := "Libya held elections in 2014. Libyan parties disputed the results, and Libya split in two. "
	tests := []struct {
		name, text  string
		want, never []string
	}{
		{"a text about another state",
			libya + "Members of the House of Representatives and the Congress signed an agreement.",
			[]string{"organization:house-of-representatives", "organization:congress"},
			[]string{"organization:united-states-house-of-representatives", "organization:united-states-congress"}},
		{"written with the United States",
			libya + "The U.S. Senate condemned the fighting.",
			[]string{"organization:united-states-senate"}, []string{"organization:senate"}},
		{"an American official named",
			libya + "President Donald Trump informed Congress of the strikes.",
			[]string{"organization:united-states-congress"}, []string{"organization:congress"}},
		{"no state leads",
			"Libya and Egypt met. The Senate approved the budget.",
			[]string{"organization:united-states-senate"}, []string{"organization:senate"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkIDs(t, tt.name, entityIDs(x.Extract(docOf(tt.text))), tt.want, tt.never)
		})
	}
}

// TestAcronymOfAnotherLanguage: "RSF" is Sudan's Rapid Support Forces,
// unless the text defines it as the initials of another body it names,
// even in another language ("Reporters Without Borders (RSF)"); the
// definition rebinds an acronym the catalog gives another body.
func TestAcronymOfAnotherLanguage(t *testing.T) {
	x := testExtractor(t)
	checkDetection(t, x, []detectCase{
		{"the paramilitary force", "The RSF shelled El Fasher on Monday.", []string{"organization:rapid-support-forces"}, []string{"organization:reporters-without-borders"}},
		{"initials of a French name", "Reporters Without Borders (RSF) condemned the arrest. RSF said the journalist was held.", []string{"organization:reporters-without-borders"}, []string{"organization:rapid-support-forces"}},
		{"initials of a German name for a body the catalog lacks", "The South Tyrolean People's Party (SVP) was founded in 1945.\nIn 1957 the SVP leader spoke.",
			[]string{"organization:south-tyrolean-peoples-party"}, []string{"organization:swiss-peoples-party"}},
		{"a think tank's acronym is not the armed group's", "The Institute for Science and International Security (ISIS) warned of it. ISIS said the site was new.", nil, []string{"organization:islamic-state"}},
	})
}
