package extract

import "testing"

// TestCatalogSignings: a story's signing of an agreement it does not name
// is the signing of the catalog agreement of that day whose parties the
// signers are; its short name in the text is that agreement; a signing
// whose signers are no parties of that day's agreement keeps its own name.
func TestCatalogSignings(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, text, day string
		want, not       []string
	}{
		{"signers that are the agreement's parties",
			"PARIS, Jan. 27, 1973 (Reuter) - North Vietnam and South Vietnam today signed an agreement to end the war.\n", "1973-01-27",
			[]string{"PARTICIPATED_IN country:north-vietnam event:agreement:paris-peace-accords:1973-01-27",
				"PARTY_TO country:south-vietnam agreement:paris-peace-accords"}, nil},
		{"the short name of the agreement signed",
			"GENEVA, April 14, 1988 - Afghanistan and Pakistan signed agreements here today.\nThe documents, known as the Geneva accords, were signed at a ceremony.\n", "1988-04-14",
			[]string{"PARTY_TO country:pakistan agreement:geneva-accords-1988"}, nil},
		{"a convention signed by leaders, then named with another verb",
			"AKTAU, Kazakhstan, Aug 12 - The leaders of the five countries bordering the Caspian Sea signed a convention on Sunday.\nRussian President Vladimir Putin and Iranian President Hassan Rouhani put their signatures to the Convention on the Legal Status of the Caspian Sea at a summit in this port city.\n", "2018-08-12",
			[]string{"PARTICIPATED_IN person:vladimir-putin event:agreement:convention-on-the-legal-status-of-the-caspian-sea:2018-08-12"}, nil},
		{"the agreement named in the passive, its signers set off after their offices",
			"MANILA, March 27 - The Philippine government and the country's largest Muslim rebel group signed a final peace agreement on Thursday.\nThe Comprehensive Agreement on the Bangsamoro was signed on the grounds of the Malacañang presidential palace by the government's chief negotiator, Miriam Coronel-Ferrer, and the chief negotiator of the Moro Islamic Liberation Front, Mohagher Iqbal.\n", "2014-03-27",
			[]string{"PARTICIPATED_IN person:miriam-coronel-ferrer event:agreement:comprehensive-agreement-on-the-bangsamoro:2014-03-27",
				"PARTICIPATED_IN person:mohagher-iqbal event:agreement:comprehensive-agreement-on-the-bangsamoro:2014-03-27"}, nil},
		{"signers that are not the parties of that day's agreement",
			"PARIS, Jan. 27, 1973 (Reuter) - France and Chad today signed an agreement on trade.\n", "1973-01-27",
			nil, []string{"PARTY_TO country:france agreement:paris-peace-accords"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := x.Extract(docPublished(t, tt.text, tt.day))
			checkRelationKeys(t, res, tt.want, tt.not)
			for _, e := range res.Entities {
				if e.ID == "agreement:geneva-accords" {
					t.Errorf("the short name stayed an agreement of its own")
				}
			}
		})
	}
}
