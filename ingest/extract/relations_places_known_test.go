package extract

import (
	"strings"
	"testing"
)

// TestPlacesKnown: a place is in the state or territory that holds it, by
// the catalog or the gazetteer, when its sentence names both near each
// other; and the sentences that must not say so.
func TestPlacesKnown(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{"a town the gazetteer places, with a demonym of its state",
			"A strike in Kufa killed three, Iraqi officials said.",
			[]string{"LOCATED_IN place:kufa country:iraq"}, nil},
		{"a town of a Palestinian territory, placed in the territory",
			"A strike in Khan Younis killed three, Gaza health officials said.",
			[]string{"LOCATED_IN place:khan-younis place:gaza"}, nil},
		{"two towns of one state",
			"Nabatieh and Hermel came under Israeli fire, Lebanon's army said.",
			[]string{"LOCATED_IN place:nabatieh country:lebanon", "LOCATED_IN place:hermel country:lebanon"}, nil},
		{"a name two states' towns bear, both named",
			"Fighting in Hamma was reported by Tunisian and Algerian media.",
			nil, []string{"LOCATED_IN place:hamma country:tunisia", "LOCATED_IN place:hamma country:algeria"}},
		{"a namesake the catalog places",
			"Fighting in Mahdia was reported by Tunisian and Algerian media.",
			[]string{"LOCATED_IN place:mahdia country:tunisia"}, nil},
		{"the catalog's place, not a namesake the gazetteer knows",
			"The talks in Rome brought the United States and Iran together.",
			nil, []string{"LOCATED_IN place:rome country:united-states"}},
		{"a town and its state told far apart in the sentence",
			"A strike in Kufa killed three people on Monday night, a week after the last round of talks between the militias and officials sent from Iraq.",
			nil, []string{"LOCATED_IN place:kufa country:iraq"}},
		{"a city whose sovereignty is disputed",
			"Israel moved its embassy to Jerusalem.",
			nil, []string{"LOCATED_IN place:jerusalem country:israel"}},
		{"a capital speaking for its state",
			"Tehran said Iran would respond.",
			nil, []string{"LOCATED_IN place:tehran country:iran"}},
		{"a town the text qualifies itself is another town",
			"He studied in Cambridge, Massachusetts, before moving to Britain.",
			nil, []string{"LOCATED_IN place:cambridge country:united-kingdom"}},
		{"a catalog city the text qualifies itself is another city",
			"Alexandria, Virginia, hosted the Egyptian delegation.",
			nil, []string{"LOCATED_IN place:alexandria country:egypt"}},
		{"towns of one state listed together",
			"Strikes hit Najaf and Karbala, Iraqi officials said.",
			[]string{"LOCATED_IN place:najaf country:iraq", "LOCATED_IN place:karbala country:iraq"}, nil},
		{"a town and a state of different sentences",
			"A strike in Kufa killed three.\nIraq protested.",
			nil, []string{"LOCATED_IN place:kufa country:iraq"}},
	})
}

// TestGazetteerHolders: every code the gazetteer gives a town of the
// region names a state or territory the catalog knows, so no town there
// goes without its holder.
func TestGazetteerHolders(t *testing.T) {
	x := testExtractor(t)
	for _, code := range strings.Fields("IR IQ SY LB IL PS-GZ PS-WE JO SA YE OM AE QA BH KW EG LY TN DZ MA TR AF PK SD") {
		if x.holderIDs[code] == "" {
			t.Errorf("holder %s: no catalog entity", code)
		}
	}
	if got := x.holderIDs["PS-GZ"]; got != "place:gaza" {
		t.Errorf("holder PS-GZ = %q, want place:gaza", got)
	}
}
