package extract

import "testing"

// TestPlacesMore: a facility in a city, a town named by its region, a city
// after its country, a land of a state; and the look-alikes.
func TestPlacesMore(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a place inside a state's territory", []string{
			"[Turkish|country:turkey|demonym] forces took control of the [M4 highway|place:m4-highway] with a depth of 30 kilometers inside [Syrian|country:syria|demonym] territory."},
			[]string{"LOCATED_IN place:m4-highway country:syria"}},
		{"a place before a new clause about forces inside a territory is not in it", []string{
			"The [Egyptians|country:egypt|demonym] retained the [Gaza|place:gaza] strip and still had some forces surrounded inside [Israeli|country:israel|demonym] territory."},
			nil},
		{"a place near a state's territory is not in it", []string{
			"The [M4 highway|place:m4-highway] runs near [Syrian|country:syria|demonym] forces."},
			nil},
		{"an airport in a city", []string{
			"A missile was fired at [King Khalid International Airport|place:king-khalid-international-airport] in [Riyadh|place:riyadh], [Saudi Arabia|country:saudi-arabia]."},
			[]string{"LOCATED_IN place:king-khalid-international-airport place:riyadh", "LOCATED_IN place:riyadh country:saudi-arabia"}},
		{"its region, of the one state named before", []string{
			"In 1955, the Makran strip acceded to [Pakistan|country:pakistan] and was made a district of its [Balochistan|place:balochistan] province."},
			[]string{"LOCATED_IN place:balochistan country:pakistan"}},
		{"its region, after two states", []string{
			"[India|country:india] and [Pakistan|country:pakistan] fought over its [Kashmir|place:kashmir] region."},
			nil},
		{"an airport of a city", []string{
			"Iraq first attacked [Mehrabad Airport|place:mehrabad-airport] of [Tehran|place:tehran]."},
			[]string{"LOCATED_IN place:mehrabad-airport place:tehran"}},
		{"a city of a state is no facility of it", []string{
			"The attack on [Kuwait City|place:kuwait-city] of [Kuwait|country:kuwait] failed."},
			nil},
		{"a landmark in a city", []string{
			"Kushner visited the [Western Wall|place:western-wall] in [Jerusalem|place:jerusalem] on Sunday."},
			[]string{"LOCATED_IN place:western-wall place:jerusalem"}},
		{"a city in a city is not said", []string{
			"Envoys from [Muscat|place:muscat] in [Geneva|place:geneva] met on Friday."},
			nil},
		{"a region's town", []string{
			"The government sat in the [West Bank|place:west-bank] town of [Ramallah|place:ramallah]."},
			[]string{"LOCATED_IN place:ramallah place:west-bank"}},
		{"a quarter named with its noun, of its city", []string{
			"He was born in the [Rehavia|place:rehavia-neighbourhood] neighbourhood of [Jerusalem|place:jerusalem]."},
			[]string{"LOCATED_IN place:rehavia-neighbourhood place:jerusalem"}},
		{"a quarter named with its noun, of its city", []string{
			"He lived in the [Zorba|place:zorba-quarter] quarter of [Baghdad|place:baghdad]."},
			[]string{"LOCATED_IN place:zorba-quarter place:baghdad"}},
		{"a district whose name holds its noun, of its city", []string{
			"Fighting broke out in the [Quxabad district|place:quxabad-district] of [Damascus|place:damascus]."},
			[]string{"LOCATED_IN place:quxabad-district place:damascus"}},
		{"a camp named with its noun, in its city", []string{
			"Families fled to the [Shatila|place:shatila-refugee-camp] refugee camp in [Beirut|place:beirut]."},
			[]string{"LOCATED_IN place:shatila-refugee-camp place:beirut"}},
		{"a refinery named with its noun, in a part of a state", []string{
			"Fighters took the [Baiji|place:baiji-refinery] refinery in northern [Iraq|country:iraq]."},
			[]string{"LOCATED_IN place:baiji-refinery country:iraq"}},
		{"a noun that is not the site's name", []string{
			"Envoys from the [Baiji|place:baiji] delegation in [Iraq|country:iraq] spoke."},
			nil},
		{"a suburb named by its city", []string{
			"Fighting reached the [Damascus|place:damascus] suburb of [Jobar|place:jobar]."},
			[]string{"LOCATED_IN place:jobar place:damascus"}},
		{"a town of, without the article", []string{
			"He left [Beirut|place:beirut] town of [Tyre|place:tyre] behind."},
			nil},
		{"a city after its country", []string{
			"He took up residence in [Iraq|country:iraq], at the Shi'ite holy city of An [Najaf|place:najaf]."},
			[]string{"LOCATED_IN place:najaf country:iraq"}},
		{"a city reached from a country", []string{
			"He flew from [Iraq|country:iraq] to the holy city of [Mashhad|place:mashhad]."},
			nil},
		{"a state's land of", []string{
			"The army entered the oil-rich [Iranian|country:iran|demonym] land of [Khuzestan|place:khuzestan]."},
			[]string{"LOCATED_IN place:khuzestan country:iran"}},
		{"the city of X in a state", []string{
			"The city of [Basra|place:basra] in [Iraq|country:iraq] was shelled."},
			[]string{"LOCATED_IN place:basra country:iraq"}},
		{"a city, the state's capital, by demonym", []string{
			"Talks were held in [Riyadh|place:riyadh], the [Saudi|country:saudi-arabia|demonym] capital, on Monday."},
			[]string{"LOCATED_IN place:riyadh country:saudi-arabia"}},
		{"the state's capital, a city, by demonym", []string{
			"Talks were held in the [Iranian|country:iran|demonym] capital, [Tehran|place:tehran], on Monday."},
			[]string{"LOCATED_IN place:tehran country:iran"}},
		{"a demonym of people after a city", []string{
			"[Doha|place:doha], the [Qatari|country:qatar|demonym] negotiators said, was ready."},
			nil},
		{"a town, in the north of a state", []string{
			"In 1988 [Halabja|place:halabja], in northern [Iraq|country:iraq], was gassed."},
			[]string{"LOCATED_IN place:halabja country:iraq"}},
		{"a list of places each in", []string{
			"They met in [Geneva|place:geneva], in [Vienna|place:vienna] and in [Austria|country:austria] too."},
			nil},
		{"a city in a territory", []string{
			"Forces entered [Gaza City|place:gaza-city] in the [Gaza Strip|place:gaza-strip]."},
			[]string{"LOCATED_IN place:gaza-city place:gaza-strip"}},
		{"centres in a state, including a list with an apposition", []string{
			"Troops occupied the main centres in [Oman|country:oman], including [Nizwa|place:nizwa], the capital of the Imamate of [Oman|country:oman], and [Ibri|place:ibri]."},
			[]string{"LOCATED_IN place:nizwa country:oman", "LOCATED_IN place:ibri country:oman"}},
		{"places including, but not in the state", []string{
			"Envoys from [Oman|country:oman], including [Muscat|place:muscat] officials, came."},
			nil},
		{"became a district in", []string{
			"[Gwadar|place:gwadar] then became a tehsil in the [Makran|place:makran] district."},
			[]string{"LOCATED_IN place:gwadar place:makran"}},
		{"became a partner of", []string{
			"[Muscat|place:muscat] became a partner of [Geneva|place:geneva]."},
			nil},
		{"a town, in a province", []string{
			"He was born in [Khomeyn|place:khomeyn], in [Markazi Province|place:markazi-province], in 1902."},
			[]string{"LOCATED_IN place:khomeyn place:markazi-province"}},
		{"a list of places each with in", []string{
			"They met in [Geneva|place:geneva], in [Vienna|place:vienna], and in [Rome|place:rome]."},
			nil},
		{"a state's holiest city", []string{
			"He studied in [Qom|place:qom], [Iran|country:iran]'s holiest city, for years."},
			[]string{"LOCATED_IN place:qom country:iran"}},
		{"a city's prison", []string{
			"He was held in [Tehran|place:tehran]'s [Evin Prison|place:evin-prison] for years."},
			[]string{"LOCATED_IN place:evin-prison place:tehran"}},
		{"a sea's island is not said by a possessive", []string{
			"The [Persian Gulf|place:persian-gulf]'s [Kharg Island|place:kharg-island] was hit."},
			nil},
		{"in the south of a state", []string{
			"[Tyre|place:tyre] in the south of [Lebanon|country:lebanon] was shelled."},
			[]string{"LOCATED_IN place:tyre country:lebanon"}},
		{"the region of a state", []string{
			"They discussed the crisis in the [Tigray|place:tigray] region of [Ethiopia|country:ethiopia]."},
			[]string{"LOCATED_IN place:tigray country:ethiopia"}},
		{"was part of an empire is history", []string{
			"[Gaza|place:gaza] was part of the [Ottoman Empire|country:ottoman-empire] before 1918."},
			nil},
		{"the south of a state, named by direction", []string{
			"[Israel|country:israel] invaded [southern Lebanon|place:southern-lebanon] in 2006.",
			"[Lebanon|country:lebanon] protested."},
			[]string{"LOCATED_IN place:southern-lebanon country:lebanon"}},
		{"a capitalised direction is a name of its own", []string{
			"[Northern Ireland|place:northern-ireland] and [Ireland|country:ireland] met."},
			nil},
		{"located in a province", []string{
			"[Natanz|place:natanz], located in [Isfahan Province|place:isfahan-province], was hit."},
			[]string{"LOCATED_IN place:natanz place:isfahan-province"}},
		{"one of the provinces of", []string{
			"[Khuzestan|place:khuzestan] is one of the 31 provinces of [Iran|country:iran]."},
			[]string{"LOCATED_IN place:khuzestan country:iran"}},
		{"a parenthesis before is a city in", []string{
			"[Bushehr|place:bushehr] (Persian: Bushehr) is a port city in southern [Iran|country:iran]."},
			[]string{"LOCATED_IN place:bushehr country:iran"}},
		{"a parenthesis before something else", []string{
			"[Bushehr|place:bushehr] (Persian: Bushehr) traded with [Iran|country:iran]."},
			nil},
		{"flew to, not located in", []string{
			"[Natanz|place:natanz] engineers flew in [Iran|country:iran] planes."},
			nil},
		{"a list of sites in a state", []string{
			"Strikes hit [Natanz|place:natanz], [Isfahan|place:isfahan] and [Fordow|place:fordow] in [Iran|country:iran]."},
			[]string{"LOCATED_IN place:natanz country:iran", "LOCATED_IN place:isfahan country:iran", "LOCATED_IN place:fordow country:iran"}},
		{"a list completing a noun", []string{
			"The plains of [Khuzestan|place:khuzestan] and [Bushehr|place:bushehr] in [Iran|country:iran] are hot."},
			nil},
		{"the plains of X in a state stay silent", []string{
			"The plains of [Khuzestan|place:khuzestan] in [Iran|country:iran] are hot."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"LOCATED_IN"}, nil, tt.want)
		})
	}
}

// TestCapitalBeforePlaceNounIsAPlace: "the Damascus suburb of Jobar" names
// the capital as a place, not as its government, so the suburb lies in it.
func TestCapitalBeforePlaceNounIsAPlace(t *testing.T) {
	x := testExtractor(t)
	res := x.Extract(docOf("Fighting reached the Damascus suburb of Jobar."))
	for _, r := range res.Relations {
		if r.Type == "LOCATED_IN" && r.From == "place:jobar" && r.To == "place:damascus" {
			return
		}
	}
	t.Errorf("no LOCATED_IN place:jobar place:damascus in %+v", res.Relations)
}
