package extract

import "testing"

// TestDetectionSitesResolutionsDeclarations covers the places named before
// a site noun, "X City", numbered UN resolutions and declarations.
func TestDetectionSitesResolutionsDeclarations(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, text string
		want       []string // ids that must be found
		absent     []string // ids that must not be found
	}{
		{"a camp before its noun is a place, not a person", "Troops raided the Nour Quzbeh camp overnight.", []string{"place:nour-quzbeh-camp"}, []string{"person:nour-quzbeh"}},
		{"a refugee camp", "Militants attacked the Zorba refugee camp.", []string{"place:zorba-refugee-camp"}, nil},
		{"a refinery and an oil field", "Drones hit the Quzbeh refinery and the Zorba oil field.", []string{"place:quzbeh-refinery", "place:zorba-oil-field"}, nil},
		{"a crossing at a sentence's start", "The Quxton crossing reopened on Monday.", []string{"place:quxton-crossing"}, nil},
		{"a glued particle opens a camp's name", "Families remain in the al-Quzbeh camp.", []string{"place:al-quzbeh-camp"}, nil},
		{"a person's camp is no place", "The Trump camp rejected the offer.", nil, []string{"place:trump-camp"}},
		{"a people's camp is no place", "The Iranian camp disagreed.", nil, []string{"place:iranian-camp"}},
		{"a camp without the article is no name", "Zorba camp leaders met.", nil, []string{"place:zorba-camp"}},
		{"a known place before a crossing stays the catalog's", "Aid entered through the Rafah crossing.", []string{"place:rafah"}, []string{"place:rafah-crossing"}},
		{"a city named after a person", "A car bomb exploded in Sadr City on Friday.", []string{"place:sadr-city"}, []string{"person:muqtada-al-sadr"}},
		{"a capitalised hospital is a place", "The strike hit Al-Quzbeh Hospital in Gaza City.", []string{"place:al-quzbeh-hospital"}, []string{"person:al-quzbeh-hospital"}},
		{"a bare numbered resolution", "Israel must honour Resolution 242 in full.", []string{"agreement:united-nations-security-council-resolution-242"}, nil},
		{"the council's resolution keeps the council", "Security Council Resolution 2216 imposed an arms embargo.", []string{"agreement:united-nations-security-council-resolution-2216", "organization:united-nations-security-council"}, nil},
		{"a General Assembly resolution", "It cited UN General Assembly resolution 194.", []string{"agreement:united-nations-general-assembly-resolution-194"}, nil},
		{"a parliament's resolution is none of the UN's", "House Resolution 123 passed.", nil, []string{"agreement:united-nations-security-council-resolution-123"}},
		{"a lower-case resolution with a count is no name", "The resolution 15 members backed failed.", nil, []string{"agreement:united-nations-security-council-resolution-15"}},
		{"an abbreviated council resolution", "UNSCR 1559 calls for disarmament.", []string{"agreement:united-nations-security-council-resolution-1559"}, nil},
		{"a declaration named after a place", "The crisis ended with the Al-Zorba Declaration.", []string{"agreement:al-zorba-declaration"}, []string{"person:al-zorba-declaration"}},
		{"declaration of principles", "The Declaration of Principles was signed in Washington.", []string{"agreement:declaration-of-principles"}, nil},
		{"a declaration of independence is no accord", "The US Declaration of Independence was read aloud.", nil, []string{"agreement:declaration-of-independence"}},
		{"a declaration of emergency is no accord", "President Trump's Declaration of National Emergency was issued.", nil, []string{"agreement:declaration-of-national-emergency"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set := x.findEntities(docOf(tt.text))
			for _, id := range tt.want {
				if _, ok := set.Entities[id]; !ok {
					t.Errorf("missing %s; got %v", id, ids(set))
				}
			}
			for _, id := range tt.absent {
				if _, ok := set.Entities[id]; ok {
					t.Errorf("found %s, want none; got %v", id, ids(set))
				}
			}
		})
	}
}
