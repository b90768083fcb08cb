package extract

import "testing"

// TestAttackOutcomeTargets: outcome verbs before what a state owns
// ("destroyed two Iranian oil platforms"), with the negatives.
func TestAttackOutcomeTargets(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"destroyed platforms", "In 1988, the [United States|country:united-states] destroyed two [Iranian|country:iran|demonym] oil platforms.",
			[]string{"ATTACKED country:united-states country:iran"}},
		{"sank a frigate", "In 1988, the [United States|country:united-states] sank an [Iranian|country:iran|demonym] frigate.",
			[]string{"ATTACKED country:united-states country:iran"}},
		{"damaged a refinery", "[Israel|country:israel] damaged an [Iranian|country:iran|demonym] refinery in 2025.",
			[]string{"ATTACKED country:israel country:iran"}},
		{"destroyed its own stockpile", "[Libya|country:libya] destroyed several [Libyan|country:libya|demonym] chemical stockpiles.",
			nil},
		{"denied destroying platforms", "The [United States|country:united-states] never destroyed two [Iranian|country:iran|demonym] oil platforms.",
			nil},
		{"a plan to sink boats", "The [United States|country:united-states] plans to sink several [Iranian|country:iran|demonym] boats.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"ATTACKED"}, nil, tt.want)
		})
	}
}

// TestOwnAttacksIn: a state's attacks on something in a place.
func TestOwnAttacksIn(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"their attacks in a strait", "The [United States|country:united-states] acted against the [Iranian|country:iran|demonym] regime amid their unlawful attacks on commercial shipping in the [Strait of Hormuz|place:strait-of-hormuz].",
			[]string{"ATTACKED country:iran place:strait-of-hormuz"}},
		{"the owner too far back", "[Iran|country:iran] said many things over the long years of the war about their attacks on shipping in the [Strait of Hormuz|place:strait-of-hormuz].",
			nil},
		{"planned attacks", "[Iran|country:iran] threatened to resume their attacks on shipping in the [Strait of Hormuz|place:strait-of-hormuz].",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"ATTACKED"}, nil, tt.want)
		})
	}
}
