package extract

import (
	"strings"
	"testing"
)

// TestSeizures: ship seizures told as deeds, with their doer, place and day.
func TestSeizures(t *testing.T) {
	tests := []struct {
		name      string
		published string
		lines     []string
		events    []string
		relations []string
	}{
		{"a headline in the present, dated by its publication, with the ship's name", "2015-04-28",
			[]string{`[Iran|country:iran] seizes a cargo vessel, the "Maersk Tigris", in the [Strait of Hormuz|place:strait-of-hormuz].`},
			[]string{"event:seizure:strait-of-hormuz:2015-04-28 kind=seizure date=2015-04-28 datePrecision=day dateText=publication date 2015-04-28"},
			[]string{"PARTICIPATED_IN country:iran event:seizure:strait-of-hormuz:2015-04-28", "HELD_IN event:seizure:strait-of-hormuz:2015-04-28 place:strait-of-hormuz"}},
		{"a dated report with the doer's ships", "",
			[]string{"On April 28, 2015, [Islamic Revolutionary Guard Corps|organization:irgc] ships intercepted a cargo vessel in the [Strait of Hormuz|place:strait-of-hormuz]."},
			[]string{"event:seizure:strait-of-hormuz:2015-04-28 kind=seizure date=2015-04-28 datePrecision=day dateText=April 28, 2015"},
			[]string{"PARTICIPATED_IN organization:irgc event:seizure:strait-of-hormuz:2015-04-28", "HELD_IN event:seizure:strait-of-hormuz:2015-04-28 place:strait-of-hormuz"}},
		{"a threatened seizure is no event", "2019-07-10",
			[]string{"[Iran|country:iran] threatened to seize a British tanker in the [Strait of Hormuz|place:strait-of-hormuz]."},
			nil, nil},
		{"an undated seizure in the past is no event", "",
			[]string{"[Iran|country:iran] seized a tanker in the [Strait of Hormuz|place:strait-of-hormuz]."},
			nil, nil},
		{"a seized cargo that is no ship is no event", "2015-04-28",
			[]string{"[Iran|country:iran] seizes weapons in the [Strait of Hormuz|place:strait-of-hormuz]."},
			nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := checkEventRelations(t, tt.published, tt.lines, []string{"PARTICIPATED_IN", "HELD_IN"}, tt.relations, tt.events)
			for _, e := range rs.Events {
				if strings.HasPrefix(tt.name, "a headline") && e.Name != "Seizure of the Maersk Tigris" {
					t.Errorf("name: got %q, want the ship's", e.Name)
				}
			}
		})
	}
}
