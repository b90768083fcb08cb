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
			[]string{"PARTY_TO country:egypt agreement:amman", "PARTY_TO country:jordan agreement:amman", "PARTY_TO country:israel agreement:amman"}},
		{"a body's members in parentheses, a state in the description", []string{
			"Sanctions were lifted when [Iran|country:iran], the five permanent members of the [UN Security Council|organization:unsc] ([Britain|country:united-kingdom], [China|country:china], [France|country:france], [Russia|country:russia] and the [US|country:united-states]) and [Germany|country:germany] signed the 2015 treaty on [Iran|country:iran]'s nuclear program, known as the [Joint Comprehensive Plan of Action|agreement:jcpoa]."},
			[]string{"PARTY_TO country:iran agreement:jcpoa", "PARTY_TO country:united-kingdom agreement:jcpoa", "PARTY_TO country:china agreement:jcpoa",
				"PARTY_TO country:france agreement:jcpoa", "PARTY_TO country:russia agreement:jcpoa", "PARTY_TO country:united-states agreement:jcpoa", "PARTY_TO country:germany agreement:jcpoa"}},
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
			checkRelations(t, "", tt.lines, []string{"PARTY_TO"}, nil, tt.want)
		})
	}
}
