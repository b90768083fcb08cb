package extract

import "testing"

// TestPartiesMore: a relative clause, an apposition of parties, the first
// state to sign, an obligation under an agreement, a deal with the world
// powers; and the look-alikes.
func TestPartiesMore(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"which the state signed", []string{
			"The [JCPOA|agreement:jcpoa], which [Iran|country:iran] signed with six world powers in 2015, collapsed."},
			[]string{"PARTY_TO country:iran agreement:jcpoa"}},
		{"which two states signed", []string{
			"The [Washington Declaration|agreement:wd], which [Jordan|country:jordan] and [Israel|country:israel] signed at a White House ceremony, ended the war."},
			[]string{"PARTY_TO country:jordan agreement:wd", "PARTY_TO country:israel agreement:wd"}},
		{"which two leaders signed, for their states", []string{
			"The [Washington Declaration|agreement:wd], which King [Hussein|person:hussein|title=King;titleof=country:jordan] and Prime Minister [Yitzhak Rabin|person:rabin|title=Prime Minister;titleof=country:israel] signed, ended the war."},
			[]string{"PARTY_TO country:jordan agreement:wd", "PARTY_TO country:israel agreement:wd"}},
		{"which states signed, with others unnamed, the name dated", []string{
			"Egypt opposed the [Cooperative Framework Agreement|agreement:cfa] of 2010, which [Ethiopia|country:ethiopia], [Uganda|country:uganda] and other upstream states signed at Entebbe."},
			[]string{"PARTY_TO country:ethiopia agreement:cfa", "PARTY_TO country:uganda agreement:cfa"}},
		{"endorsed by the following countries", []string{
			"The [declaration|agreement:d3n] was endorsed by the following countries: [Bulgaria|country:bulgaria], [Canada|country:canada], and [Finland|country:finland]."},
			[]string{"PARTY_TO country:bulgaria agreement:d3n", "PARTY_TO country:canada agreement:d3n", "PARTY_TO country:finland agreement:d3n"}},
		{"established by a state, with the year", []string{
			"The [Artemis Accords|agreement:artemis] were established in 2020 by the [United States|country:us], together with seven other founding nations."},
			[]string{"PARTY_TO country:us agreement:artemis"}},
		{"endorsed by a council is no party's", []string{
			"The [JCPOA|agreement:jcpoa] was endorsed by the [UN Security Council|organization:unsc]."},
			nil},
		{"welcomed as the newest signatories", []string{
			"The [United States|country:us] welcomes [Peru|country:peru] and [Slovakia|country:slovakia] as the newest signatories of the [Artemis Accords|agreement:artemis]."},
			[]string{"PARTY_TO country:peru agreement:artemis", "PARTY_TO country:slovakia agreement:artemis"}},
		{"which two states may sign", []string{
			"The [Washington Declaration|agreement:wd], which [Jordan|country:jordan] and [Israel|country:israel] may sign, is drafted."},
			nil},
		{"the parties to it in apposition", []string{
			"[France|country:france], [Germany|country:germany] and the [United Kingdom|country:united-kingdom], the European parties to the [JCPOA|agreement:jcpoa], triggered the snapback."},
			[]string{
				"PARTY_TO country:france agreement:jcpoa",
				"PARTY_TO country:germany agreement:jcpoa",
				"PARTY_TO country:united-kingdom agreement:jcpoa",
			}},
		{"the first state to sign", []string{
			"The [UAE|country:uae] became the first Gulf state to sign the [Abraham Accords|agreement:abraham-accords]."},
			[]string{"PARTY_TO country:uae agreement:abraham-accords"}},
		{"under it, the state agreed", []string{
			"Under the [JCPOA|agreement:jcpoa], [Iran|country:iran] agreed to limit its enrichment."},
			[]string{"PARTY_TO country:iran agreement:jcpoa"}},
		{"agreed under it", []string{
			"[Iran|country:iran] agreed under the [JCPOA|agreement:jcpoa] to cap enrichment."},
			[]string{"PARTY_TO country:iran agreement:jcpoa"}},
		{"a deal between a state and the world powers", []string{
			"The 2015 [nuclear deal|agreement:jcpoa] between [Iran|country:iran] and world powers limited enrichment."},
			[]string{"PARTY_TO country:iran agreement:jcpoa"}},
		{"a quoted name before its sides", []string{
			"He helped to negotiate the 1969 \"[Cairo Agreement|agreement:cairo-agreement]\" between the [PLO|organization:plo] and [Lebanon|country:lebanon]."},
			[]string{"PARTY_TO organization:plo agreement:cairo-agreement", "PARTY_TO country:lebanon agreement:cairo-agreement"}},

		// Negative cases.
		{"which the state never signed", []string{
			"The [JCPOA|agreement:jcpoa], which [Iran|country:iran] never signed, was a draft."},
			nil},
		{"which the state opposed", []string{
			"The [JCPOA|agreement:jcpoa], which [Israel|country:israel] opposed, limited enrichment."},
			nil},
		{"a critic in apposition", []string{
			"[Israel|country:israel], a critic of the [JCPOA|agreement:jcpoa], lobbied against it."},
			nil},
		{"a duty laid on a third party", []string{
			"Under the [JCPOA|agreement:jcpoa], the [IAEA|organization:iaea] was required to verify compliance."},
			nil},
		{"the first state to sign, hypothetically", []string{
			"[Saudi Arabia|country:saudi-arabia] would become the first Gulf state to sign the [Abraham Accords|agreement:abraham-accords]."},
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkRelations(t, "", tc.lines, []string{"PARTY_TO"}, nil, tc.want)
		})
	}
}
