package extract

import "testing"

// TestElidedSubjects: the subject of a clause is the subject of its second
// verb phrase too, and of nothing else.
func TestElidedSubjects(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		types []string
		want  []string
	}{
		{"a second deed after and",
			[]string{"[French|country:france|demonym] forces defeated the [Syrian|country:syria|demonym] army and occupied [Damascus|place:damascus] in July 1920."},
			[]string{"ATTACKED"},
			[]string{"ATTACKED country:france place:damascus"}},
		{"after an opening phrase",
			[]string{"In 2005, [Ariel Sharon|person:ariel-sharon] left the [Likud|organization:likud] and formed the new [Kadima|organization:kadima] party."},
			[]string{"AFFILIATED_WITH"},
			[]string{"AFFILIATED_WITH person:ariel-sharon organization:kadima", "AFFILIATED_WITH person:ariel-sharon organization:likud"}},
		{"a second deed after a comma and and",
			[]string{"[Egyptian|country:egypt|demonym] engineering forces built pontoon bridges to cross the canal, and stormed the [Bar-Lev Line|place:bar-lev-line]."},
			[]string{"ATTACKED"},
			[]string{"ATTACKED country:egypt place:bar-lev-line"}},
		{"a chronology's item in the present",
			[]string{"July 24, 2006 - [Condoleezza Rice|person:rice] makes a visit to [Beirut|place:beirut] and meets [Fouad Siniora|person:siniora]."},
			[]string{"MET_WITH"},
			[]string{"MET_WITH person:rice person:siniora"}},
		{"the present outside a chronology's item is not read",
			[]string{"[Condoleezza Rice|person:rice] often makes visits to [Beirut|place:beirut] and meets [Fouad Siniora|person:siniora]."},
			[]string{"MET_WITH"},
			nil},
		{"a second subject after and is its own",
			[]string{"[Iran|country:iran] condemned the raid and [Israel|country:israel] attacked [Gaza|place:gaza]."},
			[]string{"ATTACKED"},
			[]string{"ATTACKED country:israel place:gaza"}},
		{"a comma closes the clause",
			[]string{"[Iran|country:iran] condemned the raid, which many saw, and attacked nobody in [Gaza|place:gaza]."},
			[]string{"ATTACKED"},
			nil},
		{"no verb after and",
			[]string{"[Iran|country:iran] condemned the raid and the attack on [Gaza|place:gaza]."},
			[]string{"ATTACKED"},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, tt.types, nil, tt.want)
		})
	}
}
