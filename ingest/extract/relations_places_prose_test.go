package extract

import "testing"

// TestPlacesProse: a place in present-day state, part of another, in a
// relative clause, in the south of a place; and the look-alikes.
func TestPlacesProse(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"in present-day", []string{
			"The Portuguese built a fort at [Gombroon|place:gombroon], in present-day [Iran|country:iran], in 1614."},
			[]string{"LOCATED_IN place:gombroon country:iran"}},
		{"now part of", []string{
			"The island of [Hormuz|place:hormuz], now part of [Iran|country:iran], was a trading hub."},
			[]string{"LOCATED_IN place:hormuz country:iran"}},
		{"parenthesis in modern-day", []string{
			"They sailed from [Julfar|place:julfar] (in modern-day [United Arab Emirates|country:uae]) to India."},
			[]string{"LOCATED_IN place:julfar country:uae"}},
		{"is part of", []string{
			"[Gwadar|place:gwadar] is part of [Pakistan|country:pakistan]."},
			[]string{"LOCATED_IN place:gwadar country:pakistan"}},
		{"was part of is history", []string{
			"[Gwadar|place:gwadar] was part of [Oman|country:oman] until 1958."},
			nil},
		{"which is located in", []string{
			"They reached [Khasab|place:khasab], which is located in northern [Oman|country:oman]."},
			[]string{"LOCATED_IN place:khasab country:oman"}},
		{"in the south of a place", []string{
			"Troops entered [Rafah|place:rafah] in southern [Gaza|place:gaza] on Tuesday."},
			[]string{"LOCATED_IN place:rafah place:gaza"}},
		{"on a state's coast, by demonym", []string{
			"The British moved to [Bushehr|place:bushehr] on the [Iranian|country:iran|demonym] coast in 1763."},
			[]string{"LOCATED_IN place:bushehr country:iran"}},
		{"on the coast of a state", []string{
			"[Sohar|place:sohar], on the northern coast of [Oman|country:oman], was a port."},
			[]string{"LOCATED_IN place:sohar country:oman"}},
		{"a sea on a state's coast is not in it", []string{
			"The [Persian Gulf|place:persian-gulf] on the [Iranian|country:iran|demonym] coast is shallow."},
			nil},
		{"on the Iranian side of talks", []string{
			"Officials from [Muscat|place:muscat] on the [Iranian|country:iran|demonym] team left."},
			nil},
		{"in a place without a direction", []string{
			"Envoys from [Muscat|place:muscat] in [Geneva|place:geneva] met."},
			nil},
		{"a sea is no part", []string{
			"The [Gulf of Oman|place:gulf-of-oman] is part of the [Arabian Sea|place:arabian-sea]."},
			nil},
		{"now at war with", []string{
			"[Gwadar|place:gwadar], now at war with [Oman|country:oman], rebelled."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"LOCATED_IN"}, nil, tt.want)
		})
	}
}
