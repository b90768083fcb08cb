package extract

import "testing"

// TestPartiesOfSeries: both sides of a series of treaties are parties to
// the one named after "including"; a series with no treaty named gives
// nothing, and a series not signed gives nothing.
func TestPartiesOfSeries(t *testing.T) {
	checkMarkedCases(t, []string{"PARTY_TO"}, []markedCase{
		{"a series with one named", []string{
			"[Bahrain|country:bahrain] signed a series of treaties with the [United Kingdom|country:united-kingdom], including the [General Maritime Treaty|agreement:gmt] of 1820."},
			[]string{"PARTY_TO country:bahrain agreement:gmt", "PARTY_TO country:united-kingdom agreement:gmt"}},
		{"several agreements, one named", []string{
			"[Qatar|country:qatar] concluded several agreements with [Turkey|country:turkey], such as the [Quxar Pact|agreement:quxar-pact]."},
			[]string{"PARTY_TO country:qatar agreement:quxar-pact", "PARTY_TO country:turkey agreement:quxar-pact"}},
		{"a series refused", []string{
			"[Bahrain|country:bahrain] never signed a series of treaties with the [United Kingdom|country:united-kingdom], including the [General Maritime Treaty|agreement:gmt]."},
			nil},
	})
}
