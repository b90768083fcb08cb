package extract

import (
	"reflect"
	"testing"
)

// TestLeadOwnsSurname: a surname two people of the document share is the
// lead person's, and a birth name that opens a "was born" sentence is the
// lead's too.
func TestLeadOwnsSurname(t *testing.T) {
	x := testExtractor(t)
	const meir = "person:meir-david-kahane"
	tests := []struct {
		name, text, id string
		want           []string // mention texts of id
	}{
		{"the lead owns a shared surname",
			"Meir David Kahane was an American-born rabbi.\nHis brother Nachman David Kahane was a rabbi too.\nKahane founded the Jewish Defense League.",
			meir, []string{"Meir David Kahane", "Kahane"}},
		{"a birth name that was born is the lead's",
			"Meir David Kahane was an American-born rabbi.\nMartin David Kahane[12] was born in Brooklyn in 1932.\nKahane joined Betar.",
			meir, []string{"Meir David Kahane", "Martin David Kahane", "Kahane"}},
		{"a name introduced before is someone else",
			"Meir David Kahane was an American-born rabbi.\nHis father, Charles David Kahane, was a rabbi.\nCharles David Kahane was born in Safed.",
			meir, []string{"Meir David Kahane"}},
		{"a name not opening its sentence is someone else",
			"Meir David Kahane was an American-born rabbi.\nIn Safed, Charles David Kahane was born in 1905.",
			meir, []string{"Meir David Kahane"}},
		{"another surname is someone else",
			"Meir David Kahane was an American-born rabbi.\nAbraham Kalmanowitz was born in 1891.",
			meir, []string{"Meir David Kahane"}},
		{"the other name the lead gives is the lead's",
			"Meir David Kahane (born 1 August 1932), also known as Rabbi Martin Kahane, was an American-born rabbi.\nKahane founded the Jewish Defense League.",
			meir, []string{"Meir David Kahane", "Martin Kahane", "Kahane"}},
		{"a name known as in a later sentence is someone else",
			"Meir David Kahane was an American-born rabbi.\nHis rival, also known as Zorba Quxley, was a rabbi.",
			meir, []string{"Meir David Kahane"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set := x.findEntities(docOf(tt.text))
			if got := mentionsByID(set)[tt.id]; !reflect.DeepEqual(got, tt.want) {
				t.Errorf("mentions of %s: got %q, want %q", tt.id, got, tt.want)
			}
		})
	}
}

// TestLeadGivenName: a life calls its subject by the given name too ("Nuri
// was born in Baghdad" after "Nuri Pasha al-Said (1888 – 15 July 1958)
// was"); a page that is no life leaves the given name alone nobody's.
func TestLeadGivenName(t *testing.T) {
	x := testExtractor(t)
	count := func(text string) int {
		n := 0
		for _, e := range x.Extract(docOf(text)).Entities {
			if e.Type != "Person" {
				continue
			}
			for _, m := range e.Mentions {
				if m.Text == "Nuri" {
					n++
				}
			}
		}
		return n
	}
	if got := count("Nuri Pasha al-Said (1888 – 15 July 1958) was an Iraqi politician.\nNuri was born in Baghdad. In 1916 Nuri joined the Arab Revolt."); got != 2 {
		t.Errorf("a life: %d mentions of the given name alone, want 2", got)
	}
	if got := count("Nuri al-Said met the envoy in Baghdad.\nNuri was born in Baghdad."); got != 0 {
		t.Errorf("no life: %d mentions of the given name alone, want 0", got)
	}
}
