package extract

import "testing"

// TestPartiesDescribed: signers of an agreement told by its description and
// named after it ("signed a peace framework, known as X"), also in a list
// that spells out a body's members in parentheses.
func TestPartiesDescribed(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"signed a framework, known as", []string{
			"In 1978 [Egypt|country:egypt] and [Israel|country:israel] signed a peace framework, known as the [Camp David Accords|agreement:camp-david]."},
			[]string{"PARTY_TO country:egypt agreement:camp-david", "PARTY_TO country:israel agreement:camp-david"}},
		{"concluded an agreement, called", []string{
			"[Egypt|country:egypt], [Jordan|country:jordan] and [Israel|country:israel] concluded an agreement, called the [Treaty of Amman|agreement:amman]."},
			// Concluding it, named or described, says they negotiated it.
			[]string{"PARTY_TO country:egypt agreement:amman", "PARTY_TO country:jordan agreement:amman", "PARTY_TO country:israel agreement:amman",
				"NEGOTIATED_WITH country:egypt country:israel", "NEGOTIATED_WITH country:egypt country:jordan", "NEGOTIATED_WITH country:israel country:jordan"}},
		{"a body's members in parentheses, a state in the description", []string{
			"Sanctions were lifted when [Iran|country:iran], the five permanent members of the [UN Security Council|organization:unsc] ([Britain|country:united-kingdom], [China|country:china], [France|country:france], [Russia|country:russia] and the [US|country:united-states]) and [Germany|country:germany] signed the 2015 treaty on [Iran|country:iran]'s nuclear program, known as the [Joint Comprehensive Plan of Action|agreement:jcpoa]."},
			[]string{"PARTY_TO country:iran agreement:jcpoa", "PARTY_TO country:united-kingdom agreement:jcpoa", "PARTY_TO country:china agreement:jcpoa",
				"PARTY_TO country:france agreement:jcpoa", "PARTY_TO country:russia agreement:jcpoa", "PARTY_TO country:united-states agreement:jcpoa", "PARTY_TO country:germany agreement:jcpoa"}},
		{"a name in parentheses, a side after with", []string{
			"[Jordan|country:jordan] signed a non-aggression pact with [Israel|country:israel] (the [Washington Declaration|agreement:wd]) in 1994."},
			[]string{"PARTY_TO country:jordan agreement:wd", "PARTY_TO country:israel agreement:wd", "NEGOTIATED_WITH country:israel country:jordan"}},
		{"a side after with, known as", []string{
			"[Egypt|country:egypt] signed a deal with [Israel|country:israel], known as the [Camp David Accords|agreement:camp-david]."},
			[]string{"PARTY_TO country:egypt agreement:camp-david", "PARTY_TO country:israel agreement:camp-david", "NEGOTIATED_WITH country:egypt country:israel"}},
		{"a parenthesis that goes on is no name", []string{
			"[Jordan|country:jordan] signed a non-aggression pact with [Israel|country:israel] (the [Washington Declaration|agreement:wd] came later)."},
			nil},
		{"a parenthesis after no agreement word is no name", []string{
			"[Jordan|country:jordan] signed a letter to [Israel|country:israel] (the [Washington Declaration|agreement:wd])."},
			nil},
		{"refused to sign a deal, known as", []string{
			"[Iran|country:iran] refused to sign a deal, known as the [Additional Protocol|agreement:ap]."},
			nil},
		{"a report known as, no signing", []string{
			"[Iran|country:iran] criticised a report, known as the [Vienna Document|agreement:vienna]."},
			nil},
		{"a witness to the signing is no signer", []string{
			"[Egypt|country:egypt] watched as [Israel|country:israel] signed a deal, known as the [Abraham Accords|agreement:abraham]."},
			[]string{"PARTY_TO country:israel agreement:abraham"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"PARTY_TO", "NEGOTIATED_WITH"}, nil, tt.want)
		})
	}
}

// TestPartiesListedWithVerb: "the parties to X are A, B and C",
// "signatories of X include A and B"; critics of an agreement, or parties
// not consulted, are no list of parties.
func TestPartiesListedWithVerb(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"signatories include", []string{
			"Signatories of the [Abraham Accords|agreement:abraham] include [Israel|country:israel], the [UAE|country:uae] and [Bahrain|country:bahrain]."},
			[]string{"PARTY_TO country:israel agreement:abraham", "PARTY_TO country:uae agreement:abraham", "PARTY_TO country:bahrain agreement:abraham"}},
		{"the parties are", []string{
			"The parties to the [Joint Comprehensive Plan of Action|agreement:jcpoa] are [Iran|country:iran] and [China|country:china]."},
			[]string{"PARTY_TO country:iran agreement:jcpoa", "PARTY_TO country:china agreement:jcpoa"}},
		{"the parties were not consulted by", []string{
			"The parties to the [Joint Comprehensive Plan of Action|agreement:jcpoa] were not consulted by [Israel|country:israel]."},
			nil},
		{"critics include", []string{
			"Critics of the [Abraham Accords|agreement:abraham] include [Iran|country:iran] and [Turkey|country:turkey]."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"PARTY_TO"}, nil, tt.want)
		})
	}
}

// TestNonParties: states listed as non-signatories are no parties.
func TestNonParties(t *testing.T) {
	for _, line := range []string{
		"Notable non-signatories to the [NPT|agreement:npt] are [Israel|country:israel], [Pakistan|country:pakistan], and [India|country:india].",
		"Non-parties to the [NPT|agreement:npt]: [Israel|country:israel] and [India|country:india].",
	} {
		t.Run(line[:30], func(t *testing.T) {
			checkRelations(t, "", []string{line}, []string{"PARTY_TO"}, nil, nil)
		})
	}
}
