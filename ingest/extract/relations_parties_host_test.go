package extract

import "testing"

// The host set off at the end of a list of signers is one of them, and
// "put their signatures to" is a signing.
func TestHostAmongSigners(t *testing.T) {
	x := testExtractor(t)
	signing := "event:agreement:convention-on-the-legal-status-of-the-caspian-sea:2018-08-12"
	checkRelationCases(t, x, []relationCase{
		{"the host set off last, then the verb",
			"Vladimir Putin, Ilham Aliyev and the host, Kazakh President Nursultan Nazarbayev, signed the Convention on the Legal Status of the Caspian Sea in Aktau on 12 August 2018.",
			[]string{"PARTICIPATED_IN person:nursultan-nazarbayev " + signing, "PARTICIPATED_IN person:vladimir-putin " + signing}, nil},
		{"signatures put to the agreement",
			"Vladimir Putin and Ilham Aliyev put their signatures to the Convention on the Legal Status of the Caspian Sea in Aktau on 12 August 2018.",
			[]string{"PARTICIPATED_IN person:ilham-aliyev " + signing}, nil},
	})
}
