package extract

import "testing"

func TestListedTargets(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"the states of the list, past an item that is no entity", []string{
			"The [ANO|organization:ano] carried out attacks in 20 countries.",
			"Targets include the [United States|country:united-states], the [United Kingdom|country:united-kingdom], moderate Palestinians, the [PLO|organization:plo] and [Israel|country:israel]."},
			[]string{"ATTACKED organization:ano country:united-kingdom", "ATTACKED organization:ano country:united-states", "ATTACKED organization:ano country:israel"}},
		{"its targets, past tense", []string{
			"The [ANO|organization:ano] launched attacks across Europe.",
			"Its targets included [Rome|place:rome] and [Vienna|place:vienna]."},
			[]string{"ATTACKED organization:ano place:rome", "ATTACKED organization:ano place:vienna"}},
		{"a sentence before that tells no attack", []string{
			"The [ANO|organization:ano] opened offices in 20 countries.",
			"Targets include the [United States|country:united-states]."},
			nil},
		{"the one who attacked is not the sentence's subject", []string{
			"In 1985, the [ANO|organization:ano] carried out attacks.",
			"Targets include the [United States|country:united-states]."},
			nil},
		{"the list ends at a clause", []string{
			"The [ANO|organization:ano] carried out attacks in 20 countries.",
			"Targets include the [United States|country:united-states], which has since designated it, unlike [France|country:france]."},
			[]string{"ATTACKED organization:ano country:united-states"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"ATTACKED"}, nil, tt.want)
		})
	}
}

func TestListedAttacks(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "the named attacks of a list, the group opening the sentence before",
			text: "The Abu Nidal Organization carried out attacks in 20 countries.\nMajor attacks included the Rome and Vienna Airport Attacks in December 1985 and the Pan Am Flight 73 hijacking in Karachi in September 1986.",
			want: []string{"PARTICIPATED_IN organization:abu-nidal-organization event:attack:rome-and-vienna-airport-attacks",
				"PARTICIPATED_IN organization:abu-nidal-organization event:incident:pan-am-flight-73-hijacking"}},
		{name: "a sentence before that tells no attack names no doer",
			text: "The Abu Nidal Organization opened offices in 20 countries.\nMajor attacks included the Pan Am Flight 73 hijacking in Karachi in September 1986.",
			not:  []string{"PARTICIPATED_IN organization:abu-nidal-organization event:incident:pan-am-flight-73-hijacking"}},
	})
}

// TestCountedTargets: what was struck may be counted before its owner or
// place ("more than 40 Hezbollah targets", "dozens of targets in").
func TestCountedTargets(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "a count before the owner of the targets",
			text: "Israel struck more than 40 Hezbollah targets on Monday.",
			want: []string{"ATTACKED country:israel organization:hezbollah"}},
		{name: "a count of targets in a state",
			text: "Israel struck dozens of targets in Lebanon on Monday.",
			want: []string{"ATTACKED country:israel country:lebanon"}},
		{name: "a count of something else is no attack",
			text: "Israel counted more than 40 Hezbollah targets on Monday.",
			not:  []string{"ATTACKED country:israel organization:hezbollah"}},
	})
}

// TestDefencesAroundPlaces: a state's defences around a city are struck in
// that city, and "the western city of X" after "and" is the next place.
func TestDefencesAroundPlaces(t *testing.T) {
	checkMarkedCases(t, []string{"ATTACKED"}, []markedCase{
		{"defences around two cities",
			[]string{"The [United States|country:us] struck [Libyan|country:libya|demonym] air defences around [Tripoli|place:tripoli] and the western city of [Misrata|place:misrata]."},
			[]string{"ATTACKED country:us country:libya", "ATTACKED country:us place:tripoli", "ATTACKED country:us place:misrata"}},
		{"defences in a city",
			[]string{"The [United States|country:us] struck [Libyan|country:libya|demonym] defences in [Tripoli|place:tripoli]."},
			[]string{"ATTACKED country:us place:tripoli"}},
	})
}
