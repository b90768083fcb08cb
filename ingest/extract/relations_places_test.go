package extract

import "testing"

func TestPlaces(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"possessive capital", []string{
			"For instance, in [Muscat|place:muscat], [Oman|country:oman]'s capital, [Araghchi|person:abbas-araghchi] was the lead negotiator."},
			[]string{"LOCATED_IN place:muscat country:oman"}},
		{"capital of", []string{
			"They met in [Muscat|place:muscat], the capital of [Oman|country:oman]."},
			[]string{"LOCATED_IN place:muscat country:oman"}},
		{"address apposition", []string{
			"The next round is in [Vienna|place:vienna], [Austria|country:austria], on Friday."},
			[]string{"LOCATED_IN place:vienna country:austria"}},
		{"an address, then a clause of its own after and", []string{
			"In late 1987 [Oman|country:oman] opened an embassy in [Aden|place:aden], [South Yemen|country:south-yemen], and appointed its first ambassador."},
			[]string{"LOCATED_IN place:aden country:south-yemen"}},
		{"a list of places goes on after and", []string{
			"Envoys visited [Aden|place:aden], [South Yemen|country:south-yemen], and [Muscat|place:muscat]."},
			nil},
		{"country first", []string{
			"Talks were held in [Oman|country:oman]'s capital, [Muscat|place:muscat]."},
			[]string{"LOCATED_IN place:muscat country:oman"}},
		{"a town in a territory", []string{
			"Israeli troops raided [Jenin|place:jenin] in the [West Bank|place:west-bank]."},
			[]string{"LOCATED_IN place:jenin place:west-bank"}},
		{"a city in a broad region is not located by the text", []string{
			"Talks were held in [Geneva|place:geneva] in the [Middle East|place:middle-east]."},
			nil},
		{"site in country", []string{
			"The plant at [Fordow|place:fordow] in [Iran|country:iran] was hit."},
			[]string{"LOCATED_IN place:fordow country:iran"}},

		{"in the south of a country", []string{
			"Winters are mild in [Bushehr|place:bushehr] in southern [Iran|country:iran]."},
			[]string{"LOCATED_IN place:bushehr country:iran"}},
		{"is a city of", []string{
			"[Tabriz|place:tabriz] is the fifth most populous city of [Iran|country:iran]."},
			[]string{"LOCATED_IN place:tabriz country:iran"}},
		{"province of after a demonym", []string{
			"The army invaded the western [Iranian|country:iran|demonym] province of [Khuzestan|place:khuzestan]."},
			[]string{"LOCATED_IN place:khuzestan country:iran"}},
		{"a city in the north of", []string{
			"[Hibhib|place:hibhib], a village in northern [Iraq|country:iraq], is predominantly Shia."},
			[]string{"LOCATED_IN place:hibhib country:iraq"}},
		{"a suburb of, in apposition", []string{
			"[Jaramana|place:jaramana], a suburb of [Damascus|place:damascus], was shelled."},
			[]string{"LOCATED_IN place:jaramana place:damascus"}},
		{"a plateau in, in apposition", []string{
			"[Israel|country:israel] captured the [Golan Heights|place:golan-heights], a plateau in southwestern [Syria|country:syria], in 1967."},
			[]string{"LOCATED_IN place:golan-heights country:syria"}},
		{"is a village in", []string{
			"[Hibhib|place:hibhib] is a village in northern [Iraq|country:iraq]."},
			[]string{"LOCATED_IN place:hibhib country:iraq"}},
		{"a sea is not in the country after it", []string{
			"The coastal plains of the [Persian Gulf|place:persian-gulf] and [Gulf of Oman|place:gulf-of-oman] in southern [Iran|country:iran] are humid."},
			nil},
		{"list of places", []string{
			"Delegations came from [Tehran|place:tehran], [Muscat|place:muscat], [Oman|country:oman] and [Qatar|country:qatar]."},
			nil},
		{"capital standing for its government", []string{
			"Tensions between [Washington|place:washington|metonym=country:united-states], [Iran|country:iran] and others rose."},
			nil},
		{"list of continents and states", []string{
			"Their influence reached [Western Europe|place:western-europe], [Africa|place:africa], [China|country:china], and [India|country:india]."},
			nil},
		{"both named, nothing said", []string{
			"[Muscat|place:muscat] is busy and [Oman|country:oman] is calm."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"LOCATED_IN"}, nil, tt.want)
		})
	}
}

// TestPlacesInCatalogRegions: a town "in" a region the catalog describes
// as a region of a land lies in it; one "in" a broad region does not.
func TestPlacesInCatalogRegions(t *testing.T) {
	x := testExtractor(t)
	res := x.Extract(docOf("Ibn Saud took Mecca in the Hejaz in 1925.\nThe Ottomans held Al-Hasa in the Arabian Peninsula."))
	checkRelationKeys(t, res, []string{"LOCATED_IN place:mecca place:hejaz"}, []string{"LOCATED_IN place:al-hasa place:arabian-peninsula"})
}

// TestPlacesNotLocated: wordings that put a place beside a state without
// placing it there, and one that does.
func TestPlacesNotLocated(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a city linked between states", "It will build a grid connecting Baghdad between Iraq, Jordan, and Egypt.", nil},
		{"a place then a state's possessive clause", "The leaders discussed events in Gaza, Israel’s progress in degrading Hamas.", nil},
		{"a state's region", "Britain’s Middle East policy changed.", nil},
		{"a state's constitutional capital", "They seized control of Tripoli, Libya’s constitutional capital, on Monday.", []string{"place:tripoli country:libya"}},
		{"a state's highest point", "The range contains Mount Damavand, Iran’s highest point.", []string{"place:mount-damavand country:iran"}},
		{"a strait between two states", "The Strait of Hormuz between Iran and Oman is narrow.", []string{"place:strait-of-hormuz country:iran", "place:strait-of-hormuz country:oman"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := pairsOfType(x.Extract(docOf(tt.text)), "LOCATED_IN")
			if missing, extra := diffLines(got, tt.want); len(missing)+len(extra) > 0 {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestNoSeaInAState: a sea the catalog knows by a name without "Sea"
// ("the Mediterranean") is listed, not addressed, before a state.
func TestNoSeaInAState(t *testing.T) {
	x := testExtractor(t)
	checkRelationCases(t, x, []relationCase{
		{name: "a sea, a state and a sea", text: "Rome gained control over the Mediterranean, Egypt, and the northern Red Sea.",
			not: []string{"LOCATED_IN place:mediterranean country:egypt"}},
		{name: "a city and its state", text: "They met in Muscat, Oman, and the talks went well.",
			want: []string{"LOCATED_IN place:muscat country:oman"}},
	})
}
