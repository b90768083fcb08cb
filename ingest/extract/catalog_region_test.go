package extract

import "testing"

// TestRegionNames: places and bodies of the region the catalog holds are
// found by name alone, a longer name is not swallowed by a shorter one
// ("Egyptian Islamic Jihad" is not Palestinian Islamic Jihad), and a name
// another group bore in another time and place is that group there.
func TestRegionNames(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		text    string
		want    []string
		notWant []string
	}{
		{"In Tunceli, it is the state that is evacuating villages.", []string{"place:tunceli"}, nil},
		{"The border ran through Khawr al Udayd.", []string{"place:khawr-al-udayd"}, nil},
		{"Turkish forces took Tel Abyad and Ras al-Ain.", []string{"place:tall-abyad", "place:ras-al-ain"}, nil},
		{"Sadat was killed by members of Egyptian Islamic Jihad.", []string{"organization:egyptian-islamic-jihad"}, []string{"organization:palestinian-islamic-jihad"}},
		{"Secretary-General U Thant ordered the withdrawal.", []string{"person:u-thant"}, nil},
		{"The Organization of Petroleum Exporting Countries (OPEC) met in Vienna.", []string{"organization:opec"}, []string{"organization:organization-of-petroleum-exporting-countries"}},
		{"The Ottoman Empire, also known as the Turkish Empire, fell.", []string{"country:ottoman-empire"}, []string{"country:turkish-empire"}},
		{"Mapai formed the Alignment with Ahdut HaAvoda in 1965.", []string{"organization:ahdut-haavoda"}, []string{"organization:israeli-labor-party"}},
		{"In April 1983, the Islamic Jihad bombed the U.S. Embassy in Beirut.", []string{"organization:islamic-jihad-organization"}, []string{"organization:palestinian-islamic-jihad"}},
		{"In 2014, Islamic Jihad fired rockets from Gaza.", []string{"organization:palestinian-islamic-jihad"}, []string{"organization:islamic-jihad-organization"}},
		{"In 2019, Islamic Jihad envoys were seen in Beirut.", []string{"organization:palestinian-islamic-jihad"}, []string{"organization:islamic-jihad-organization"}},
		// Places of the Caucasus, Central Asia and the Horn of Africa.
		{"Grozny fell, and the fighting spread from Chechnya to Dagestan.", []string{"place:grozny", "place:chechnya", "place:dagestan"}, nil},
		{"Clashes broke out in Osh and Jalal-Abad.", []string{"place:osh", "place:jalal-abad"}, []string{"person:jalal-abad"}},
		{"Eritrean troops took Badme and Zalambessa.", []string{"place:badme", "place:zalambessa"}, nil},
	}
	for _, tt := range tests {
		checkIDs(t, tt.text, entityIDs(x.Extract(docOf(tt.text))), tt.want, tt.notWant)
	}
}

// TestRegionReadings: readings that lean on what the catalog knows of a
// place or a body.
func TestRegionReadings(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "a suburb named before its capital",
			text: "The strike hit a building in the Dahiyeh suburb of Beirut.",
			want: []string{"LOCATED_IN place:dahiyeh place:beirut"},
			not:  []string{"LOCATED_IN place:beirut place:dahiyeh"}},
		{name: "a district named before its capital",
			text: "Israel killed him in an air strike on the Dahiyeh district of Beirut.",
			want: []string{"LOCATED_IN place:dahiyeh place:beirut"},
			not:  []string{"LOCATED_IN place:beirut place:dahiyeh"}},
		{name: "a capital named before its suburb",
			text: "Fighting reached the Damascus suburb of Douma.",
			want: []string{"LOCATED_IN place:douma place:damascus"}},
		{name: "an office the United States has is another state's when the catalog says so",
			text: "The United States and Israel met. The Israeli team was joined by National Security Adviser Tzachi Hanegbi.",
			want: []string{"HOLDS_ROLE person:tzachi-hanegbi country:israel"},
			not:  []string{"HOLDS_ROLE person:tzachi-hanegbi country:united-states"}},
		{name: "a breakaway region of the Caucasus is in its state",
			text: "Russia recognised Georgia's breakaway regions of Abkhazia and South Ossetia.",
			want: []string{"LOCATED_IN place:abkhazia country:georgia", "LOCATED_IN place:south-ossetia country:georgia"}},
		{name: "a town of a disputed border is placed in neither state",
			text: "Badme, claimed by Eritrea and Ethiopia, was the flashpoint.",
			not:  []string{"LOCATED_IN place:badme country:eritrea", "LOCATED_IN place:badme country:ethiopia"}},
		{name: "the employer of a speaker did not speak",
			text: "Ali Vaez of the International Crisis Group said Iran would not agree.",
			want: []string{"STATED person:ali-vaez country:iran"},
			not:  []string{"STATED organization:international-crisis-group country:iran"}},
	})
}
