package extract

import "testing"

// TestUnnamedSignings: the signing of a text the document does not name is
// an event of its day or month, with the people who signed and the place;
// a signing of a year alone, of a text named before ("the treaty"), or
// told within another event of the sentence is not built.
func TestUnnamedSignings(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"two leaders sign a memorandum on a day, in a city", []string{
			"[Paul Kagame|person:kagame] and [Yoweri Museveni|person:museveni] signed a memorandum of understanding in [Luanda|place:luanda] on 21 August 2019."},
			[]string{
				"PARTICIPATED_IN person:kagame event:agreement:unnamed-memorandum-of-understanding:2019-08-21",
				"PARTICIPATED_IN person:museveni event:agreement:unnamed-memorandum-of-understanding:2019-08-21",
				"HELD_IN event:agreement:unnamed-memorandum-of-understanding:2019-08-21 place:luanda",
			}},
		{"a text initialled is signed", []string{
			"[Paul Kagame|person:kagame] and [Yoweri Museveni|person:museveni] initialled a memorandum of understanding in [Luanda|place:luanda] on 21 August 2019."},
			[]string{
				"PARTICIPATED_IN person:kagame event:agreement:unnamed-memorandum-of-understanding:2019-08-21",
				"PARTICIPATED_IN person:museveni event:agreement:unnamed-memorandum-of-understanding:2019-08-21",
				"HELD_IN event:agreement:unnamed-memorandum-of-understanding:2019-08-21 place:luanda",
			}},
		{"a state signs, with a month", []string{
			"[Georgia|country:georgia] signed a transit protocol with [Armenia|country:armenia] in [Tbilisi|place:tbilisi] in June 2014."},
			[]string{"HELD_IN event:agreement:unnamed-transit-protocol:2014-06 place:tbilisi"}},
		{"a passive signing", []string{
			"A founding agreement was signed in [Manama|place:manama] in May 2008."},
			[]string{"HELD_IN event:agreement:unnamed-founding-agreement:2008-05 place:manama"}},
		{"the last signer written in an apposition", []string{
			"The talks ended, and the leader of [Somaliland|place:somaliland], [Muse Bihi Abdi|person:bihi], signed a memorandum of understanding on 1 January 2024."},
			[]string{"PARTICIPATED_IN person:bihi event:agreement:unnamed-memorandum-of-understanding:2024-01-01"}},
		{"a year alone recalls it in passing", []string{
			"[Georgia|country:georgia] signed a transit agreement in [Tbilisi|place:tbilisi] in 2002."},
			nil},
		{"the treaty is one named before", []string{
			"[Iraq|country:iraq] signed the treaty in [Baghdad|place:baghdad] on 9 April 1972."},
			nil},
		{"a signing within a visit", []string{
			"[Shavkat Mirziyoyev|person:mirziyoyev] visited [Dushanbe|place:dushanbe] on 9 March 2018 and signed a treaty on the border."},
			[]string{
				"PARTICIPATED_IN person:mirziyoyev event:visit:mirziyoyev-to-dushanbe:2018-03-09",
				"HELD_IN event:visit:mirziyoyev-to-dushanbe:2018-03-09 place:dushanbe",
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "2025-01-01", tt.lines, []string{"PARTICIPATED_IN", "HELD_IN"}, nil, tt.want)
		})
	}
}
