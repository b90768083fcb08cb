package extract

import "testing"

// TestActionsMoreWordings holds the wordings added for unseen text, each
// with the negatives that must stay silent.
func TestActionsMoreWordings(t *testing.T) {
	tests := []struct {
		name  string
		types []string
		lines []string
		want  []string
	}{
		{"an attack on a place a state owns hits both", []string{"ATTACKED"},
			[]string{"[Iraq|country:iraq] attacked [Iran|country:iran]'s [Kharg Island|place:kharg-island] in 1984."},
			[]string{"ATTACKED country:iraq country:iran", "ATTACKED country:iraq place:kharg-island"}},
		{"an outcome verb", []string{"ATTACKED"},
			[]string{"The [United States|country:united-states] obliterated [Iran|country:iran]'s nuclear facilities."},
			[]string{"ATTACKED country:united-states country:iran"}},
		{"a decision to strike", []string{"ATTACKED"},
			[]string{"[Israel|country:israel] took the decision to strike [Iran|country:iran]'s nuclear program."},
			[]string{"ATTACKED country:israel country:iran"}},
		{"a battle waged against a demonym's forces", []string{"ATTACKED"},
			[]string{"[Iraq|country:iraq] waged a battle against [Iranian|country:iran|demonym] forces."},
			[]string{"ATTACKED country:iraq country:iran"}},
		{"a possessive aggression", []string{"ATTACKED"},
			[]string{"The leaders condemned [Iran|country:iran]'s aggression against [Israel|country:israel]."},
			[]string{"ATTACKED country:iran country:israel"}},
		{"a denied strike is none", []string{"ATTACKED"},
			[]string{"[Israel|country:israel] did not take the decision to strike [Iran|country:iran]."},
			nil},
		{"a planned strike is none", []string{"ATTACKED"},
			[]string{"[Israel|country:israel] plans to strike [Iran|country:iran]'s nuclear sites."},
			nil},
		{"an outcome verb dated by a day makes no event", []string{"ATTACKED", "PARTICIPATED_IN"},
			[]string{"On June 22, 2025, the [United States|country:united-states] obliterated [Iran|country:iran]'s sites."},
			[]string{"ATTACKED country:united-states country:iran"}},
		{"an attack dated only by its year makes no event", []string{"PARTICIPATED_IN"},
			[]string{"[Iraq|country:iraq] attacked [Iran|country:iran] in 1984."},
			nil},
		{"a dated attack during a named operation is that operation", []string{"PARTICIPATED_IN"},
			[]string{"On April 18, 1988, the [United States|country:united-states] attacked [Iran|country:iran] in [Operation Praying Mantis|event:operation-praying-mantis]."},
			[]string{"PARTICIPATED_IN country:united-states event:operation-praying-mantis"}},
		{"a signatory of a treaty", []string{"PARTY_TO"},
			[]string{"[Iran|country:iran] is a signatory of the [NPT|agreement:npt]."},
			[]string{"PARTY_TO country:iran agreement:npt"}},
		{"not a signatory", []string{"PARTY_TO"},
			[]string{"[Israel|country:israel] is not a signatory of the [NPT|agreement:npt]."},
			nil},
		{"upon ratifying", []string{"PARTY_TO"},
			[]string{"Upon ratifying the [NPT|agreement:npt], [Iran|country:iran] accepted safeguards."},
			[]string{"PARTY_TO country:iran agreement:npt"}},
		{"a state's own agreement", []string{"PARTY_TO"},
			[]string{"[Iran|country:iran]'s [Comprehensive Safeguards Agreement|agreement:csa] requires inspections."},
			[]string{"PARTY_TO country:iran agreement:csa"}},
		{"the department, named before, designates", []string{"SANCTIONED"},
			[]string{"The [Department of State|organization:department-of-state] acted today.", "The Department is also designating [Iran Air|organization:iran-air] and [Mahan Air|organization:mahan-air]."},
			[]string{"SANCTIONED organization:department-of-state organization:iran-air", "SANCTIONED organization:department-of-state organization:mahan-air"}},
		{"the department designates an organisation's official: the official", []string{"SANCTIONED"},
			[]string{"The [Department of the Treasury|organization:department-of-the-treasury] acted today.", "Treasury designated [Hezbollah|organization:hezbollah] official [Wafiq Safa|person:wafiq-safa]."},
			[]string{"SANCTIONED organization:department-of-the-treasury person:wafiq-safa"}},
		{"the department with two departments named is unknown", []string{"SANCTIONED"},
			[]string{"The [Department of State|organization:department-of-state] and the [Department of the Treasury|organization:department-of-the-treasury] acted.", "The Department is also designating [Iran Air|organization:iran-air]."},
			nil},
		{"a designated entity in apposition", []string{"SANCTIONED"},
			[]string{"It sold oil to [Triliance|organization:triliance], a [U.S.|country:united-states]-designated entity."},
			[]string{"SANCTIONED country:united-states organization:triliance"}},
		{"tariffs on the trading partners of a state", []string{"SANCTIONED"},
			[]string{"President [Trump|person:donald-trump|title=President;titleof=country:united-states] imposed tariffs on countries that trade with [Iran|country:iran]."},
			[]string{"SANCTIONED country:united-states country:iran"}},
		{"tariffs threatened are none", []string{"SANCTIONED"},
			[]string{"President [Trump|person:donald-trump|title=President;titleof=country:united-states] may impose tariffs on countries that trade with [Iran|country:iran]."},
			nil},
		{"a phone call is a contact", []string{"MET_WITH", "PARTICIPATED_IN"},
			[]string{"Secretary [Blinken|person:antony-blinken|title=Secretary] spoke today with Foreign Minister [Urmas Reinsalu|person:urmas-reinsalu|title=Foreign Minister]."},
			[]string{"MET_WITH person:antony-blinken person:urmas-reinsalu"}},
		{"held a call", []string{"MET_WITH"},
			[]string{"President [Biden|person:joe-biden|title=President] held a call with [Sultan Haitham|person:haitham-bin-tariq]."},
			[]string{"MET_WITH person:haitham-bin-tariq person:joe-biden"}},
		{"a call that did not happen", []string{"MET_WITH"},
			[]string{"President [Biden|person:joe-biden|title=President] never spoke with [Sultan Haitham|person:haitham-bin-tariq]."},
			nil},
		{"an exclave", []string{"LOCATED_IN"},
			[]string{"[Musandam|place:musandam], an exclave of [Oman|country:oman], lies on the strait."},
			[]string{"LOCATED_IN place:musandam country:oman"}},
		{"a state's island", []string{"LOCATED_IN"},
			[]string{"[Iran|country:iran]'s [Kharg Island|place:kharg-island] exports oil."},
			[]string{"LOCATED_IN place:kharg-island country:iran"}},
		{"a state's sea is not in it", []string{"LOCATED_IN"},
			[]string{"[Iran|country:iran]'s [Persian Gulf|place:persian-gulf] coast is long."},
			nil},
		{"cities such as", []string{"LOCATED_IN"},
			[]string{"[Iraq|country:iraq] shelled [Iranian|country:iran|demonym] cities such as [Abadan|place:abadan] and [Dezful|place:dezful]."},
			[]string{"LOCATED_IN place:abadan country:iran", "LOCATED_IN place:dezful country:iran"}},
		{"a strait between two states", []string{"LOCATED_IN"},
			[]string{"The [Strait of Hormuz|place:strait-of-hormuz] between [Iran|country:iran] and [Oman|country:oman] is narrow."},
			[]string{"LOCATED_IN place:strait-of-hormuz country:iran", "LOCATED_IN place:strait-of-hormuz country:oman"}},
		{"a truce brokered by the UN", []string{"MEDIATED"},
			[]string{"The [United States|country:united-states] welcomes the extension of the [UN|organization:united-nations]-brokered truce in [Yemen|country:yemen]."},
			[]string{"MEDIATED organization:united-nations event:truce:yemen"}},
		{"the truce of a later sentence is the document's one truce", []string{"MEDIATED"},
			[]string{"The truce in [Yemen|country:yemen] holds.", "The truce was mediated by the [United Nations|organization:united-nations]."},
			[]string{"MEDIATED organization:united-nations event:truce:yemen"}},
		{"a truce called for is none", []string{"MEDIATED"},
			[]string{"We urge a truce in [Yemen|country:yemen] brokered by the [United Nations|organization:united-nations]."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, tt.types, nil, tt.want)
		})
	}
}

func TestPartiesAndSanctionsByReference(t *testing.T) {
	tests := []struct {
		name  string
		types []string
		lines []string
		want  []string
	}{
		{"its agreement, one state before", []string{"PARTY_TO"},
			[]string{"[Iran|country:iran] must honour its [Comprehensive Safeguards Agreement|agreement:csa]."},
			[]string{"PARTY_TO country:iran agreement:csa"}},
		{"its agreement with two actors before is unknown", []string{"PARTY_TO"},
			[]string{"[Iran|country:iran] told the [IAEA|organization:iaea] that its [Comprehensive Safeguards Agreement|agreement:csa] stands."},
			nil},
		{"we designate, in a government release", []string{"SANCTIONED"},
			[]string{"Office of the Spokesperson\n", "The [United States|country:united-states] acts.", "We are also designating [Iran Air|organization:iran-air]."},
			[]string{"SANCTIONED country:united-states organization:iran-air"}},
		{"we designate, in a newspaper, is nobody known", []string{"SANCTIONED"},
			[]string{"The [United States|country:united-states] acts.", "We are also designating [Iran Air|organization:iran-air]."},
			nil},
		{"we will designate is a plan", []string{"SANCTIONED"},
			[]string{"Office of the Spokesperson\n", "The [United States|country:united-states] acts.", "We will consider designating [Iran Air|organization:iran-air]."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, tt.types, nil, tt.want)
		})
	}
}

func TestSentenceHas(t *testing.T) {
	v := &sentView{lower: "the united states designated iran's irgc; we're told so."}
	tests := []struct {
		stems []string
		want  bool
	}{
		{[]string{"designat"}, true},
		{[]string{"sanction", "designat"}, true},
		{[]string{"sanction", "blacklist"}, false},
		{[]string{"we're"}, true},         // not all letters: searched directly
		{[]string{"'s"}, true},            // shorter than a trigram
		{[]string{"irg", "xyz"}, true},    // a stem of exactly three letters
		{[]string{"sos", "tol d"}, false}, // no such trigram, and a stem with a space that is absent
	}
	for _, tt := range tests {
		if got := v.has(tt.stems...); got != tt.want {
			t.Errorf("has(%q) = %v, want %v", tt.stems, got, tt.want)
		}
	}
}
