package extract

import (
	"strings"
	"testing"
)

func TestCitationLine(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"[12] Colin Brock, Lila Zia Levers. Aspects of Education", true},
		{"- Shaffer, Brenda (2003). Borders and Brethren. MIT Press.", true},
		{"Farrokh, Kaveh. Iran at War: 1500–1988.", true},
		{"Juan Eduardo Campo, Encyclopedia of Islam, p.625", true},
		{"Iran ranks 68th . Payvand/IRNA, 7 September 2003. Retrieved 12 February 2011.", true},
		{"The Story of Zorbia. Quxley House. ISBN 978-0-00-000000-0", true},
		{"https://www.example.org/factbook/ir.html", true},
		{"Zorbia building a reactor. The Zorba Times, 2 August 2009, http://example.org/a.htm", true},
		{"Ulla Quennell, \"Comrade Z\", Quxley Books, 2007, pages 114–121.", true},
		{"Foreign Minister Kamal Xandor met President Ulla Quennell in Zorbia on Monday.", false},
		{"Tehran, the capital, hosted the talks in 2015 (see below).", false},
		{"He retrieved the files; the page count was 300.", false},
		{"PARIS, Jan. 27, 1973 (Reuter) - The United States signed an agreement.", false},
		{"Washington, Sept. 9 - Congress voted on sanctions.", false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			if got := citationLine(tt.line); got != tt.want {
				t.Errorf("citationLine(%q) = %v, want %v", tt.line, got, tt.want)
			}
		})
	}
}

func TestReferenceMatter(t *testing.T) {
	x := testExtractor(t)
	body := "Foreign Minister Kamal Xandor visited the Zorbian Energy Ministry.\n\n"
	notes := []string{
		"Quorn, Zelda. Shadows in the Desert: Zorbia at War.",
		"Lemmy Quarrier, Encyclopedia of Zorbia, p.625",
		"Ulla Quennell. History of Quarra Province, Quxley Foundation, 1994. p. 734",
		"Torvald Quist, \"Revisiting the Zorbian Crisis\" Zorbian Studies 12 (2009)",
		"Zorbia hosted 2 million tourists. PressTV, 19 March 2010. Retrieved 22 March 2011.",
		"Sightseeing in Zorbia. Zorba Times, 28 September 2010. Retrieved 22 March 2011.",
	}
	set := x.findEntities(docOf(body + strings.Join(notes, "\n\n")))
	for _, id := range []string{"person:kamal-xandor", "organization:zorbian-energy-ministry"} {
		if _, ok := set.Entities[id]; !ok {
			t.Errorf("missing %s from the text; got %v", id, ids(set))
		}
	}
	for _, id := range []string{"person:torvald-quist", "person:lemmy-quarrier", "person:ulla-quennell", "organization:quxley-foundation", "place:quarra-province"} {
		if _, ok := set.Entities[id]; ok {
			t.Errorf("found %s in the footnotes; got %v", id, ids(set))
		}
	}
}

func TestCategoryListClosesText(t *testing.T) {
	x := testExtractor(t)
	text := "Foreign Minister Kamal Xandor visited the Zorbian Energy Ministry.\n\nCategory:Nuclear weapons Category:Zorbia\n\n" +
		"Nash, Gary B., Julie Roy Jeffrey, Allen F. Davis. The Zorbian People, Quxley Foundation."
	set := x.findEntities(docOf(text))
	if _, ok := set.Entities["person:kamal-xandor"]; !ok {
		t.Errorf("missing person:kamal-xandor from the text; got %v", ids(set))
	}
	for _, id := range []string{"person:julie-roy-jeffrey", "person:allen-f-davis", "organization:quxley-foundation"} {
		if _, ok := set.Entities[id]; ok {
			t.Errorf("found %s after the category list; got %v", id, ids(set))
		}
	}
}
