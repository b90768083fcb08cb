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
		{"an airport in a city", []string{
			"A missile was fired at [King Khalid International Airport|place:king-khalid-international-airport] in [Riyadh|place:riyadh], [Saudi Arabia|country:saudi-arabia]."},
			[]string{"LOCATED_IN place:king-khalid-international-airport place:riyadh", "LOCATED_IN place:riyadh country:saudi-arabia"}},
		{"a city in a city is not said", []string{
			"Envoys from [Muscat|place:muscat] in [Geneva|place:geneva] met on Friday."},
			nil},
		{"a region's town", []string{
			"The government sat in the [West Bank|place:west-bank] town of [Ramallah|place:ramallah]."},
			[]string{"LOCATED_IN place:ramallah place:west-bank"}},
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
