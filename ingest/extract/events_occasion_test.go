package extract

import (
	"sort"
	"strings"
	"testing"
)

// TestTranscriptOccasion: a transcript's title names the occasion its
// speakers spoke at, and the line under it the place and the day; a joint
// press conference with no occasion named is its speakers' meeting.
func TestTranscriptOccasion(t *testing.T) {
	body := "Ladies and gentlemen, good evening."
	tests := []struct {
		name, day   string
		title, line string
		want        []string
	}{
		{"the occasion after the speakers", "2009-10-10",
			"Remarks by [Ahmet Davutoğlu|person:davutoglu] and [Edward Nalbandian|person:nalbandian] at the Signing of the Protocols between [Armenia|country:armenia] and [Turkey|country:turkey]",
			"[Zurich|place:zurich], 10 October 2009",
			[]string{
				"HELD_IN event:occasion:signing-of-the-protocols-between-armenia-and-turkey:2009-10-10 place:zurich",
				"PARTICIPATED_IN person:davutoglu event:occasion:signing-of-the-protocols-between-armenia-and-turkey:2009-10-10",
				"PARTICIPATED_IN person:nalbandian event:occasion:signing-of-the-protocols-between-armenia-and-turkey:2009-10-10",
			}},
		{"the occasion opening the title before a colon", "2017-05-11",
			"London Somalia Conference: Press Conference by the Foreign Secretary, [Boris Johnson|person:johnson]",
			"[Lancaster House|place:lancaster-house], [London|place:london], 11 May 2017",
			[]string{
				"HELD_IN event:occasion:london-somalia-conference:2017-05-11 place:lancaster-house",
				"HELD_IN event:occasion:london-somalia-conference:2017-05-11 place:london",
				"PARTICIPATED_IN person:johnson event:occasion:london-somalia-conference:2017-05-11",
			}},
		{"the speakers of talks met", "2008-08-12",
			"Press Statements following Russian-French Talks: [Dmitry Medvedev|person:medvedev] and [Nicolas Sarkozy|person:sarkozy]",
			"August 12, 2008, The Kremlin, [Moscow|place:moscow]",
			[]string{
				"HELD_IN event:occasion:russian-french-talks:2008-08-12 place:moscow",
				"MET_WITH person:medvedev person:sarkozy",
				"PARTICIPATED_IN person:medvedev event:occasion:russian-french-talks:2008-08-12",
				"PARTICIPATED_IN person:sarkozy event:occasion:russian-french-talks:2008-08-12",
			}},
		{"a joint press conference with no occasion named", "2015-07-14",
			"Joint Press Conference by [Federica Mogherini|person:mogherini] and [Mohammad Javad Zarif|person:zarif]",
			"[Vienna|place:vienna], 14 July 2015",
			[]string{
				"HELD_IN event:meeting:mogherini-zarif:2015-07-14 place:vienna",
				"MET_WITH person:mogherini person:zarif",
				"PARTICIPATED_IN person:mogherini event:meeting:mogherini-zarif:2015-07-14",
				"PARTICIPATED_IN person:zarif event:meeting:mogherini-zarif:2015-07-14",
			}},

		// Negative cases.
		{"a title of no spoken text", "2009-10-10",
			"[Ahmet Davutoğlu|person:davutoglu] and [Edward Nalbandian|person:nalbandian] at the Signing of the Protocols",
			"[Zurich|place:zurich], 10 October 2009",
			nil},
		{"no line of place and day under the title", "2009-10-10",
			"Remarks by [Ahmet Davutoğlu|person:davutoglu] at the Signing of the Protocols",
			"The foreign ministers of the two states signed the protocols after a delay of three hours and went on to speak to the press at the hotel.",
			nil},
		{"an occasion with no word of a gathering", "2009-10-10",
			"Remarks by [Ahmet Davutoğlu|person:davutoglu] at the University of [Zurich|place:zurich]",
			"[Zurich|place:zurich], 10 October 2009",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, ents := markup(t, tt.day, tt.title, tt.line, body)
			var got []string
			for _, r := range relate(doc, ents).Relations {
				switch r.Type {
				case "PARTICIPATED_IN", "HELD_IN", "MET_WITH":
					got = append(got, r.Type+" "+r.From+" "+r.To)
				}
			}
			sort.Strings(got)
			if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
