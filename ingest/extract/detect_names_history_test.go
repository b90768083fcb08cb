package extract

import "testing"

// TestOttomanNamesAndRegnalTitles: a name ending in an Ottoman honorific
// is a person's ("Jezzar Ahmad Pasha"), and a royal title in lower case
// before a regnal name keeps the number ("the Safavid shah Abbas I"); the
// demonyms of historical states stand for them.
func TestOttomanNamesAndRegnalTitles(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, text  string
		want, never []string
	}{
		{"a pasha holding a city", "The city was held by Jezzar Ahmad Pasha, the Ottoman governor of Sidon.",
			[]string{"person:jezzar-ahmad-pasha", "country:ottoman-empire"}, nil},
		{"a two-word pasha", "The reforms of Midhat Pasha lasted.",
			[]string{"person:midhat-pasha"}, nil},
		{"a shah in lower case with his number", "Baghdad was taken by the Safavid shah Abbas I in 1624.",
			[]string{"person:abbas-i", "country:safavid-empire"}, []string{"person:abbas"}},
		{"a Mamluk army", "In 1516 the Ottomans crushed the Mamluk army.",
			[]string{"country:mamluk-sultanate"}, nil},
		{"a street named after a pasha is a place", "They marched down Kemal Pasha Street.",
			nil, []string{"person:kemal-pasha"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkIDs(t, tt.name, entityIDs(x.Extract(docOf(tt.text))), tt.want, tt.never)
		})
	}
}

// TestHeadsStylesAndDescribedNames: place and unit heads ("the Mitla Pass", "the
// Special Night Squads"), styles before a name ("Sir Sidney Smith"),
// people named by what befell them ("Belgian aid worker Olivier
// Vandecasteele"), "Amir" as a given name after a title's object, and a
// document's title that names no body.
func TestHeadsStylesAndDescribedNames(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, text  string
		want, never []string
	}{
		{"place heads",
			"Israeli paratroopers dropped near the Mitla Pass on 29 October. The Hejaz Railway was attacked. Crowds gathered at the Erez Crossing and the Damascus Gate.",
			[]string{"place:mitla-pass", "place:hejaz-railway", "place:erez-crossing", "place:damascus-gate"}, []string{"place:damascus"}},
		{"unit heads",
			"Orde Wingate formed the Special Night Squads in 1938. Rifaat al-Assad commanded the Defence Companies.",
			[]string{"organization:special-night-squads", "organization:defence-companies"}, nil},
		{"British styles",
			"The city held out with help from a squadron under Sir Sidney Smith. Lord Rothschild received the letter.",
			[]string{"person:sidney-smith", "person:lord-rothschild"}, nil},
		{"people named by what befell them",
			"Belgian aid worker Olivier Vandecasteele was freed. Israeli Ambassador to the UAE Amir Hayek attended the ceremony.",
			[]string{"person:olivier-vandecasteele", "person:amir-hayek"}, []string{"person:hayek"}},
		{"a document's title names no body",
			"Announcement of Cooperation Between the Government of Iraq and the Government of Syria\n\nThe two governments will rebuild the pipeline.",
			[]string{"country:iraq", "country:syria"}, []string{"organization:announcement-of-cooperation"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkIDs(t, tt.name, entityIDs(x.Extract(docOf(tt.text))), tt.want, tt.never)
		})
	}
}
