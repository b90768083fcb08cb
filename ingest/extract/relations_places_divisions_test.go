package extract

import "testing"

// TestDivisionsListed: the places listed as a state's divisions lie in it.
func TestDivisionsListed(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"municipalities of a state, then the list",
			"There are 8 municipalities (baladiyat) of [Qatar|country:qatar]; [Ad Dawhah|place:ad-dawhah], [Al Daayen|place:al-daayen] and [Al Khor|place:al-khor].",
			[]string{"LOCATED_IN place:ad-dawhah country:qatar", "LOCATED_IN place:al-daayen country:qatar", "LOCATED_IN place:al-khor country:qatar"}},
		{"a state divided into provinces",
			"[Qatar|country:qatar] is divided into eight municipalities: [Ad Dawhah|place:ad-dawhah], [Al Daayen|place:al-daayen] and [Al Khor|place:al-khor].",
			[]string{"LOCATED_IN place:ad-dawhah country:qatar", "LOCATED_IN place:al-daayen country:qatar", "LOCATED_IN place:al-khor country:qatar"}},
		{"the provinces of a state include",
			"The provinces of [Iran|country:iran] include [Khuzestan|place:khuzestan] and [Fars|place:fars].",
			[]string{"LOCATED_IN place:khuzestan country:iran", "LOCATED_IN place:fars country:iran"}},
		{"one place after the noun may be anything",
			"The provinces of [Iran|country:iran] include [Khuzestan|place:khuzestan], which borders [Iraq|country:iraq].",
			nil},
		{"the neighbours of a state are no divisions",
			"The neighbours of [Iran|country:iran] include [Baghdad|place:baghdad] and [Kabul|place:kabul].",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"LOCATED_IN"}, nil, tt.want)
		})
	}
}
