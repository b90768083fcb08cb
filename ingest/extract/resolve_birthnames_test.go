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
