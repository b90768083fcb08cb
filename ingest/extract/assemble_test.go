package extract

import "testing"

// TestPeopleDemonyms: a document that writes only "Palestinian" names a
// people, not the state; one that names Palestine keeps it.
func TestPeopleDemonyms(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, text, id string
		want           bool
	}{
		{"the demonym alone", "Palestinian officials met Israeli officials in Cairo.", "country:palestine", false},
		{"the demonym and the name", "Palestinian officials said Palestine would join the court.", "country:palestine", true},
		{"another state's demonym alone is its state", "Israeli officials met Egyptian officials in Cairo.", "country:israel", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := x.Extract(docOf(tt.text))
			found := false
			for _, e := range res.Entities {
				found = found || e.ID == tt.id
			}
			if found != tt.want {
				t.Errorf("%s in the result: %v, want %v", tt.id, found, tt.want)
			}
		})
	}
}
