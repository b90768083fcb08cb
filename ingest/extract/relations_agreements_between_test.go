package extract

import "testing"

// TestNamedAgreementsBetween: the states listed right after a named
// agreement's "between" are its parties.
func TestNamedAgreementsBetween(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "the agreement's year, then between",
			text: "The Pamir Agreement of 1895 between Britain and Russia fixed the border.",
			want: []string{"PARTY_TO country:united-kingdom agreement:pamir-agreement", "PARTY_TO country:russia agreement:pamir-agreement"}},
		{name: "where and when it was signed, then between",
			text: "The Treaty of Kars, signed in Kars on 13 October 1921 between Turkey and Soviet Russia, fixed the border.",
			want: []string{"PARTY_TO country:turkey agreement:treaty-of-kars", "PARTY_TO country:soviet-russia agreement:treaty-of-kars"}},
		{name: "a treaty never signed",
			text: "The Treaty of Kars was never signed between Turkey and Armenia.",
			not:  []string{"PARTY_TO country:turkey agreement:treaty-of-kars", "PARTY_TO country:armenia agreement:treaty-of-kars"}},
		{name: "talks between the states after the treaty",
			text: "After the Treaty of Kars, talks between Turkey and Armenia stalled.",
			not:  []string{"PARTY_TO country:armenia agreement:treaty-of-kars"}},
	})
}
