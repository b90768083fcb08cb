package extract

import "testing"

// TestPlacesLists: a list of places named as settlements of a place after
// it, and the lists that say no such thing.
func TestPlacesLists(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"the villages of a list in a state", []string{
			"[Israel|country:israel] will leave the three villages of [Khiam|place:khiam], [Tyre|place:tyre] and [Sidon|place:sidon] in southern [Lebanon|country:lebanon]."},
			[]string{"LOCATED_IN place:khiam country:lebanon", "LOCATED_IN place:tyre country:lebanon", "LOCATED_IN place:sidon country:lebanon"}},
		{"a list, then two towns in a region", []string{
			"[Khiam|place:khiam] and [Tyre|place:tyre], two towns in the [Nabatieh Governorate|place:nabatieh-governorate], were shelled."},
			[]string{"LOCATED_IN place:khiam place:nabatieh-governorate", "LOCATED_IN place:tyre place:nabatieh-governorate"}},
		{"a list, then towns of a state", []string{
			"[Khiam|place:khiam] and [Tyre|place:tyre], towns of [Lebanon|country:lebanon], were shelled."},
			[]string{"LOCATED_IN place:khiam country:lebanon", "LOCATED_IN place:tyre country:lebanon"}},
		{"a town and a city each named as one, in a state", []string{
			"Fighting went on between the town of [Ras al-Ain|place:ras-al-ain] and the city of [Tall Abyad|place:tall-abyad] in northeastern [Syria|country:syria]."},
			[]string{"LOCATED_IN place:ras-al-ain country:syria", "LOCATED_IN place:tall-abyad country:syria"}},
		{"a second settlement noun without the first", []string{
			"Fighting went on between [Ras al-Ain|place:ras-al-ain] and the city of [Tall Abyad|place:tall-abyad] in northeastern [Syria|country:syria]."},
			[]string{"LOCATED_IN place:tall-abyad country:syria"}},
		{"the plains of a list stay silent", []string{
			"The plains of [Khuzestan|place:khuzestan] and [Ilam|place:ilam] in [Iran|country:iran] are fertile."},
			nil},
		{"villages close to a state", []string{
			"[Khiam|place:khiam] and [Tyre|place:tyre], two villages close to [Lebanon|country:lebanon], were hit."},
			nil},
		{"envoys of a list in a city", []string{
			"Envoys from the cities of [Muscat|place:muscat] and [Doha|place:doha] to [Geneva|place:geneva] met."},
			nil},
		{"a list whose first name was not found", []string{
			"The empire grew to include Lydia, [Babylon|place:babylon], [Egypt|country:egypt], parts of the Balkans and the lands to the west."},
			nil},
		{"islands of a list in a sea", []string{
			"The islands of [Abu Musa|place:abu-musa] and [Greater Tunb|place:greater-tunb] in the [Persian Gulf|place:persian-gulf] are disputed."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"LOCATED_IN"}, nil, tt.want)
		})
	}
}

// TestPlaceAddresses: "Brooklyn, New York" is an address; two places the
// catalog puts apart, or a capital before a comma, are not.
func TestPlaceAddresses(t *testing.T) {
	x := testExtractor(t)
	tests := []relationCase{
		{"an unknown place before a known city", "Kahane was born in Brooklyn, New York, in 1932.",
			[]string{"LOCATED_IN place:brooklyn place:new-york"}, nil},
		{"two known places side by side", "Clashes broke out in Gaza, West Bank.",
			nil, []string{"LOCATED_IN place:gaza place:west-bank"}},
		{"a capital before a comma", "Flights from Tehran, Dubai, were delayed.",
			nil, []string{"LOCATED_IN place:tehran place:dubai"}},
		{"a list", "Protests spread to Brooklyn, New York and Boston.",
			nil, []string{"LOCATED_IN place:brooklyn place:new-york"}},
		{"a known place before another state is listed with it", "Iran lost Dagestan, Armenia, and the Republic of Azerbaijan.",
			nil, []string{"LOCATED_IN place:dagestan country:armenia"}},
		{"a known place before its own state is its address", "The attack in Makhachkala, Russia, killed four.",
			[]string{"LOCATED_IN place:makhachkala country:russia"}, nil},
		{"a place ending an opening phrase before the subject", "As part of the Africa Nova province, Tripolitania was prosperous.",
			nil, []string{"LOCATED_IN place:africa-nova-province place:tripolitania"}},
	}
	checkRelationCases(t, x, tests)
}
