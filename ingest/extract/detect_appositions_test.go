package extract

import "testing"

// TestListIsNoApposition: ", and the speaker of parliament, Nabih Berri"
// goes on with a list; the person before keeps the office told before
// them, and the speaker's name is a person's.
func TestListIsNoApposition(t *testing.T) {
	res := testExtractor(t).Extract(docOf("Lebanon's caretaker prime minister, Najib Mikati, and the speaker of parliament, Nabih Berri, backed it."))
	roles := map[string]string{}
	names := map[string]string{}
	for _, e := range res.Entities {
		names[e.ID] = e.Name
	}
	for _, r := range res.Relations {
		if r.Type == "HOLDS_ROLE" {
			title, _ := r.Properties["title"].(string)
			roles[names[r.From]] = title
		}
	}
	if roles["Najib Mikati"] != "Caretaker Prime Minister" {
		t.Errorf("Mikati's office %q, want Caretaker Prime Minister (roles %v)", roles["Najib Mikati"], roles)
	}
}

// TestListedOfficeIsTheNextOnes: ", and the Foreign Minister of the
// Republic of Turkey, Mr. Y" names Y's office, not the office of the one
// listed before.
func TestListedOfficeIsTheNextOnes(t *testing.T) {
	res := testExtractor(t).Extract(docOf("The Foreign Minister of Armenia, Mr. Edward Nalbandian, and the Foreign Minister of the Republic of Turkey, Mr. Ahmet Davutoğlu, signed two protocols."))
	checkRelationKeys(t, res,
		[]string{"HOLDS_ROLE person:edward-nalbandian country:armenia", "HOLDS_ROLE person:ahmet-davutoglu country:turkey"},
		[]string{"HOLDS_ROLE person:edward-nalbandian country:turkey"})
}
