package extract

import "testing"

// TestPartiesJoining: a congratulation on joining, a welcome of a
// signing, a signer's principal, the founders; and the look-alikes.
func TestPartiesJoining(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"congratulated on joining", []string{
			"The [Department of State|organization:state] congratulates the [Republic of Türkiye|country:turkey] on joining the [Artemis Accords|agreement:artemis]."},
			[]string{"PARTY_TO country:turkey agreement:artemis"}},
		{"a welcome of its signing", []string{
			"The [United States|country:us] welcomes [Türkiye|country:turkey]’s signing of the [Artemis Accords|agreement:artemis]."},
			[]string{"PARTY_TO country:turkey agreement:artemis"}},
		{"a headline of its signing", []string{
			"[Türkiye|country:turkey]’s Signing of the [Artemis Accords|agreement:artemis]"},
			[]string{"PARTY_TO country:turkey agreement:artemis"}},
		{"signed on behalf of the state", []string{
			"Minister Mehmet Fatih Kacır signed the [Accords|agreement:artemis] on behalf of the [Republic of Türkiye|country:turkey] on August 31, 2026."},
			[]string{"PARTY_TO country:turkey agreement:artemis"}},
		{"founders with others unnamed", []string{
			"The [United States|country:us] and seven other countries established the [Artemis Accords|agreement:artemis] in 2020."},
			[]string{"PARTY_TO country:us agreement:artemis"}},
		{"founders listed", []string{
			"[Bahrain|country:bahrain], [Kuwait|country:kuwait] and [Oman|country:oman] founded the [Charter of the Gulf Cooperation Council|agreement:gcc-charter] in 1981."},
			[]string{"PARTY_TO country:bahrain agreement:gcc-charter", "PARTY_TO country:kuwait agreement:gcc-charter", "PARTY_TO country:oman agreement:gcc-charter"}},

		// Negative cases.
		{"talks on joining", []string{
			"Officials held talks with [Iran|country:iran] on joining the [Chemical Weapons Convention|agreement:cwc]."},
			nil},
		{"a call for its signing", []string{
			"The ministers urged [Israel|country:israel]’s signing of the [NPT|agreement:npt]."},
			nil},
		{"signed on behalf of, hypothetically", []string{
			"He would have signed the [Accords|agreement:artemis] on behalf of [Brazil|country:brazil]."},
			nil},
		{"founders, hypothetically", []string{
			"[Iraq|country:iraq] and [Jordan|country:jordan] could establish the [Arab Customs Union Agreement|agreement:acu]."},
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkRelations(t, "", tc.lines, []string{"PARTY_TO"}, nil, tc.want)
		})
	}
}
