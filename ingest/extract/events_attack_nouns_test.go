package extract

import (
	"sort"
	"testing"
)

// TestAttackNouns: an attack told as a noun phrase with its doer is an
// event the doer took part in, held where it struck; a campaign, a
// threat or a ship give none; an embassy has a rule of its own.
func TestAttackNouns(t *testing.T) {
	types := []string{"PARTICIPATED_IN", "HELD_IN"}
	tests := []struct {
		name, published string
		line            string
		want            []string
		names           []string
	}{
		{"a possessive doer, no target", "",
			"He came in the face of [Hamas|organization:hamas]’s brutal terrorist attack.",
			[]string{"PARTICIPATED_IN organization:hamas event:attack:hamas"},
			[]string{"Hamas attack"}},
		{"two doers and a bare singular: their verb, not a noun", "",
			"The [United States|country:united-states] and the [United Kingdom|country:united-kingdom] strike positions of the group.",
			nil, nil},
		{"a singular before its object's quantity: a verb", "",
			"The [United Kingdom|country:united-kingdom] strike more than 60 targets.",
			nil, nil},
		{"the doer's strikes on a demonym's facilities", "",
			"Trump referred to the [US|country:united-states] air strikes on [Iranian|country:iran|demonym] nuclear facilities carried out at the weekend.",
			[]string{"PARTICIPATED_IN country:united-states event:attack:iran-united-states", "HELD_IN event:attack:iran-united-states country:iran"},
			[]string{"US air strikes on Iranian nuclear facilities"}},
		{"a demonym's facilities in a place", "",
			"The [Saudi|country:saudi-arabia|demonym] attack on the [Iranian|country:iran|demonym] oil terminal in [Kharg|place:kharg] was condemned.",
			[]string{"PARTICIPATED_IN country:saudi-arabia event:attack:kharg-saudi-arabia", "HELD_IN event:attack:kharg-saudi-arabia place:kharg"},
			[]string{"Saudi attack on Kharg"}},
		{"a singular attack with its month", "",
			"The [PLO|organization:plo]'s attack on the Savoy Hotel in [Tel Aviv|place:tel-aviv] in March 1975 killed eight hostages.",
			[]string{"PARTICIPATED_IN organization:plo event:attack:plo-tel-aviv:1975-03", "HELD_IN event:attack:plo-tel-aviv:1975-03 place:tel-aviv"},
			[]string{"PLO attack on Tel Aviv (1975-03)"}},
		{"a doer after the attack: claimed by", "2025-06-26",
			"Seven soldiers were killed in a bomb attack on Tuesday claimed by [Hamas|organization:hamas].",
			[]string{"PARTICIPATED_IN organization:hamas event:attack:hamas:2025-06-24"},
			[]string{"Hamas bomb attack (2025-06-24)"}},
		{"a doer that claimed responsibility", "2025-04-20",
			"The [Houthis|organization:houthis] claimed responsibility for the drone attack on [Eilat|place:eilat] on Friday.",
			[]string{"PARTICIPATED_IN organization:houthis event:attack:eilat-houthis:2025-04-18", "HELD_IN event:attack:eilat-houthis:2025-04-18 place:eilat"},
			[]string{"Houthis drone attack on Eilat (2025-04-18)"}},
		{"an attack claimed, neither placed nor dated", "",
			"The [Houthis|organization:houthis] claimed responsibility for the attack.",
			nil, nil},
		{"plural strikes without 'the' or a day are a campaign", "",
			"[Israeli|country:israel|demonym] strikes on [Gaza|place:gaza] killed dozens.",
			nil, nil},
		{"a possessive's plural attacks are a campaign", "",
			"[Hezbollah|organization:hezbollah]'s rocket attacks on [Haifa|place:haifa] forced thousands to flee.",
			nil, nil},
		{"attacks that went on", "",
			"During the war, the [Iraqi|country:iraq|demonym] attacks on [Iranian|country:iran|demonym] cities intensified.",
			nil, nil},
		{"attacks of a year", "",
			"In 1982, the [PLO|organization:plo] attacks on [Israel|country:israel] led to a war.",
			nil, nil},
		{"an undated attack with 'a'", "",
			"A [Hamas|organization:hamas] attack on [Israel|country:israel] could come at any time.",
			nil, nil},
		{"the threat of an attack", "",
			"Officials warned of the threat of the [Iranian|country:iran|demonym] attack on [Israel|country:israel].",
			nil, nil},
		{"an attack opening its sentence as the subject of what it did, dated by the sentence", "2026-11-29",
			"A [US|country:united-states|demonym] drone strike in [Baghdad|place:baghdad] killed a senior commander of [Kataib Hezbollah|organization:kataib-hezbollah] on Wednesday.",
			[]string{"PARTICIPATED_IN country:united-states event:attack:baghdad-united-states:2026-11-25", "HELD_IN event:attack:baghdad-united-states:2026-11-25 place:baghdad"},
			[]string{"US drone strike on Baghdad (2026-11-25)"}},
		{"an attack told in a news item's present, the subject of what it did", "2012-11-14",
			"An [Israeli|country:israel|demonym] airstrike in [Gaza City|place:gaza-city] kills 12 people.",
			[]string{"PARTICIPATED_IN country:israel event:attack:gaza-city-israel:2012-11-14", "HELD_IN event:attack:gaza-city-israel:2012-11-14 place:gaza-city"},
			[]string{"Israeli airstrike on Gaza City (2012-11-14)"}},
		{"an attack that often strikes is a habit", "2012-11-14",
			"An [Israeli|country:israel|demonym] airstrike in [Gaza City|place:gaza-city] often kills civilians.",
			nil, nil},
		{"an attack that only could strike", "2026-11-29",
			"An [Israeli|country:israel|demonym] strike could hit [Iran|country:iran] on Tuesday.",
			nil, nil},
		{"an attack supposed by what follows its target", "2026-11-29",
			"An [Israeli|country:israel|demonym] strike on [Iran|country:iran] would be a disaster, he said on Tuesday.",
			nil, nil},
		{"an attack on a named ship", "",
			"The [Iraqi|country:iraq|demonym] attack on the USS Stark in May 1987 killed 37 sailors.",
			nil, nil},
		{"an attack on an embassy is named by it (events_missions.go)", "",
			"The [Iranian|country:iran|demonym] attack on the Saudi embassy in [Tehran|place:tehran] ended relations.",
			[]string{"HELD_IN event:attack:attack-on-the-saudi-embassy-in-tehran place:tehran"},
			[]string{"Attack on the Saudi embassy in Tehran"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := checkRelations(t, tt.published, []string{tt.line}, types, nil, tt.want)
			var names []string
			for _, e := range rs.Events {
				if e.Props["kind"] == "attack" {
					names = append(names, e.Name)
				}
			}
			sort.Strings(names)
			if len(names) != len(tt.names) || len(names) > 0 && names[0] != tt.names[0] {
				t.Errorf("attack events: got %q, want %q", names, tt.names)
			}
		})
	}
}

// TestPlaneAttacks: a dated hijacking of or attack on a plane, with its
// doer, is an event; a month without its year takes the year its
// paragraph gave; a year alone, a threat or a doer read from afar give none.
func TestPlaneAttacks(t *testing.T) {
	types := []string{"PARTICIPATED_IN", "HELD_IN"}
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a hijacking and an attack of one sentence", []string{
			"In July 1968, a faction of the [Popular Front for the Liberation of Palestine|organization:pflp] ([PFLP|organization:pflp]) hijacked an [Israeli|country:israel|demonym] [El Al|organization:el-al] civilian plane en route to [Algiers|place:algiers]; in December, two [PFLP|organization:pflp] gunmen shot at an [El Al|organization:el-al] plane in [Athens|place:athens]."},
			[]string{"PARTICIPATED_IN organization:pflp event:incident:plane:pflp:1968-07", "PARTICIPATED_IN organization:pflp event:attack:plane:pflp:1968-12", "HELD_IN event:attack:plane:pflp:1968-12 place:athens"}},
		{"a hijacking of a year", []string{
			"In 1970, the [PFLP|organization:pflp] hijacked three airliners."},
			nil},
		{"a plan to hijack", []string{
			"On 6 September 1970, the [PFLP|organization:pflp] planned to hijack a plane."},
			nil},
		{"a month without its year in a later sentence of the paragraph", []string{
			"In July 1968 the group was formed.",
			"In December, two [PFLP|organization:pflp] gunmen shot at an [El Al|organization:el-al] plane in [Athens|place:athens]."},
			[]string{"PARTICIPATED_IN organization:pflp event:attack:plane:pflp:1968-12", "HELD_IN event:attack:plane:pflp:1968-12 place:athens"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, types, nil, tt.want)
		})
	}
}
