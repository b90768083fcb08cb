package extract

import "testing"

// TestWeaponsHit: an attacker's weapons as the subject of a verb of
// hitting; and the look-alikes.
func TestWeaponsHit(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"demonym airstrikes kill people in a place", []string{
			"[Israeli|country:israel|demonym] airstrikes kill 20 people in [Gaza|place:gaza]."},
			[]string{"ATTACKED country:israel place:gaza"}},
		{"the victims' demonym before the place", []string{
			"[Israeli|country:israel|demonym] airstrikes killed at least 45 [Palestinians|country:palestine|demonym] across the [Gaza Strip|place:gaza]."},
			[]string{"ATTACKED country:israel place:gaza"}},
		{"one airstrike destroys a building in a city", []string{
			"An [Israeli|country:israel|demonym] airstrike destroys the [Iranian|country:iran|demonym] consulate annex in [Damascus|place:damascus]."},
			[]string{"ATTACKED country:israel place:damascus"}},
		{"a group's missile strike hits a city", []string{
			"A [Houthi|organization:houthis] missile strike hits [Riyadh|place:riyadh]."},
			[]string{"ATTACKED organization:houthis place:riyadh"}},
		{"a group's rockets hit a direction of a state", []string{
			"[Hezbollah|organization:hezbollah] rockets hit northern [Israel|country:israel] on Monday."},
			[]string{"ATTACKED organization:hezbollah country:israel"}},
		{"two sides engaged in open war", []string{
			"Between 1984 and 1999, the [PKK|organization:pkk] and the [Turkish|country:turkey|demonym] military engaged in open war."},
			[]string{"ATTACKED organization:pkk country:turkey", "ATTACKED country:turkey organization:pkk"}},
		{"two sides at war since a year", []string{
			"The [PKK|organization:pkk] and [Turkey|country:turkey] have been at war since 1984."},
			[]string{"ATTACKED organization:pkk country:turkey", "ATTACKED country:turkey organization:pkk"}},

		// Negative cases.
		{"two sides at war with a third", []string{
			"[Israel|country:israel] and the [United States|country:united-states] were at war with [Iran|country:iran] in June."},
			nil},
		{"a conflict of two sides may be political", []string{
			"[Iran|country:iran] and [Iraq|country:iraq] were in conflict over the border."},
			nil},
		{"officials said strikes hit", []string{
			"[Israeli|country:israel|demonym] officials said strikes hit [Gaza|place:gaza]."},
			nil},
		{"missiles that could hit", []string{
			"[Iranian|country:iran|demonym] missiles could hit [Tel Aviv|place:tel-aviv], officials warned."},
			nil},
		{"strikes that did not hit", []string{
			"[Israeli|country:israel|demonym] strikes did not hit [Beirut|place:beirut]."},
			nil},
		{"a state's drones may be fired by others", []string{
			"[Iranian|country:iran|demonym] drones struck [Kyiv|place:kyiv] in 2023."},
			nil},
		{"an attack made with words", []string{
			"[Mike Pompeo|person:mike-pompeo] of the [United States|country:united-states] responded with an unusually vehement attack on [Britain|country:united-kingdom]."},
			nil},
		{"a scathing attack on a state", []string{
			"The [United States|country:united-states] launched a scathing attack on [France|country:france] at the UN."},
			nil},
		{"rockets of a group a state backs", []string{
			"[Iran|country:iran]-backed militia rockets hit [Erbil|place:erbil]."},
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkRelations(t, "", tc.lines, []string{"ATTACKED"}, nil, tc.want)
		})
	}
}
