package extract

import (
	"reflect"
	"testing"
)

// TestEchoDetected: a place or organisation detected once is mentioned
// wherever its name is written again the same way, and nowhere else.
func TestEchoDetected(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name     string
		text     string
		headings []string
		id       string
		want     []string // the texts of the entity's mentions
	}{
		{"a place detected by its noun, later bare",
			"The Jordanian village of Karameh was quiet.\nThe IDF attacked Karameh.",
			nil, "place:karameh", []string{"Karameh", "Karameh"}},
		{"an organisation detected by its kind, later bare",
			"The militant group Jaish al-Zorba attacked Israel.\nLater Jaish al-Zorba attacked Jordan.",
			nil, "organization:jaish-al-zorba", []string{"Jaish al-Zorba", "Jaish al-Zorba"}},
		{"inside a longer capitalised name it is no echo",
			"Fighting spread to the town of Qarmuz in 1970.\nThey built the Qarmuz Dam.",
			nil, "place:qarmuz", []string{"Qarmuz"}},
		{"a sentence opener before it does not make a longer name",
			"Fighting spread to the town of Qarmuz in 1970.\nIn Qarmuz the fighting stopped.",
			nil, "place:qarmuz", []string{"Qarmuz", "Qarmuz"}},
		{"written in lower case it is another word",
			"The militant group Zorba Front attacked Israel.\nThe zorba front line moved.",
			nil, "organization:zorba-front", []string{"Zorba Front"}},
		{"not in a heading",
			"Qarmuz\nFighting spread to the town of Qarmuz in 1970.",
			[]string{"Qarmuz\n"}, "place:qarmuz", []string{"Qarmuz"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set := x.findEntities(docOf(tt.text, tt.headings...))
			if got := mentionsByID(set)[tt.id]; !reflect.DeepEqual(got, tt.want) {
				t.Errorf("mentions of %s = %q, want %q (entities %v)", tt.id, got, tt.want, ids(set))
			}
		})
	}
}
