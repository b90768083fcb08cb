package extract

import "testing"

// TestJoinedWars: states and groups that sent forces to, joined, entered,
// took part in or fought on a side of the war just named took part in it;
// a war named far back, or no war, gives nothing for sending forces.
func TestJoinedWars(t *testing.T) {
	const war = "The [Quxland War|event:quxland-war] began in 1948."
	const id = "event:quxland-war"
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"states sent forces, and a demonym's contingent joined the fighting",
			[]string{war, "[Egypt|country:egypt], [Syria|country:syria] and [Iraq|country:iraq] sent expeditionary forces into the territory, and a smaller [Lebanese|country:lebanon|demonym] contingent joined the fighting in the north."},
			[]string{"PARTICIPATED_IN country:egypt " + id, "PARTICIPATED_IN country:syria " + id, "PARTICIPATED_IN country:iraq " + id, "PARTICIPATED_IN country:lebanon " + id}},
		{"a state joined the war",
			[]string{war, "[Jordan|country:jordan] joined the war that afternoon."},
			[]string{"PARTICIPATED_IN country:jordan " + id}},
		{"a state also took part",
			[]string{war, "[Iraq|country:iraq] sent troops to the front, and [Morocco|country:morocco] also took part, contributing a brigade."},
			[]string{"PARTICIPATED_IN country:iraq " + id, "PARTICIPATED_IN country:morocco " + id}},
		{"a state intervened",
			[]string{war, "In June [Syria|country:syria] intervened on the side of the militias."},
			[]string{"PARTICIPATED_IN country:syria " + id}},
		{"states fought on the side of a coalition",
			[]string{war, "[Egypt|country:egypt] and [Syria|country:syria] fought on the side of the coalition."},
			[]string{"PARTICIPATED_IN country:egypt " + id, "PARTICIPATED_IN country:syria " + id}},
		{"the document's one war joined from another paragraph",
			[]string{war, "", "Crowds gathered.", "", "[Jordan|country:jordan] joined the war later."},
			[]string{"PARTICIPATED_IN country:jordan " + id}},

		// Negative cases.
		{"forces sent with no war near",
			[]string{war, "", "Crowds gathered.", "", "[Iran|country:iran] sent troops to the border."},
			nil},
		{"forces sent before a war named after them",
			[]string{war, "[Iran|country:iran] sent troops to the border before the [Quxton War|event:quxton-war]."},
			nil},
		{"forces not sent",
			[]string{war, "[Iran|country:iran] refused to send troops."},
			nil},
		{"a person who sent troops is no side",
			[]string{war, "[Zorba Quxley|person:zq] sent troops to the front."},
			nil},
		{"joining talks is no war",
			[]string{war, "[Jordan|country:jordan] joined the talks."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"PARTICIPATED_IN"}, nil, tt.want)
		})
	}
}
