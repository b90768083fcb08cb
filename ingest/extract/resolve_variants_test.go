package extract

import "testing"

// TestSpellingVariant covers the transliterations taken as one name and
// the look-alikes kept apart.
func TestSpellingVariant(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Osama bin Laden", "Usama bin Ladin", true},
		{"Osama bin Laden", "Oussama ben Laden", true},
		{"Usama bin Ladin", "Ussamah bin Ladin", true},
		{"Muhammad Quxani", "Mohammad Quxani", true},
		{"Abdel Quxar", "Abdul Quxar", true},
		{"Mahmoud Abbas", "Mohammed Abbas", false},
		{"Mahmud Quxani", "Mohamed Quxani", false},
		{"Hassan Quxani", "Hossein Quxani", false},
		{"Saud bin Faisal bin Abdulaziz", "Saud bin Abdulaziz", false},
		{"Omar Quxley", "Amer Quxley", false},
		{"Ali Abbas", "Ala Abbas", false}, // words under five letters are too short to tell
		{"Osama bin Laden", "Osama bin Laden", false},
		{"Osama", "Usama", false},
	}
	for _, tt := range tests {
		t.Run(tt.a+" / "+tt.b, func(t *testing.T) {
			if got := spellingVariant(tt.a, tt.b); got != tt.want {
				t.Errorf("spellingVariant(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

// TestFullerName: a name with middle names added, and look-alikes that
// are other people.
func TestFullerName(t *testing.T) {
	tests := []struct {
		long, short string
		want        bool
	}{
		{"Meir David Hakohen Kahane", "Meir Kahane", true},
		{"Saud bin Faisal bin Abdulaziz", "Saud bin Abdulaziz", false}, // a grandson, not a middle name
		{"Meir David Kahane", "Martin Kahane", false},
		{"Meir Kahane", "Meir Kahane", false},
		{"Ali Reza Nur", "Ali Nur", false}, // a short surname is too common to tell
		{"Meir David Hakohen Kahane", "Meir Hakohen", false},
	}
	for _, tt := range tests {
		t.Run(tt.long+" / "+tt.short, func(t *testing.T) {
			if got := fullerName(tt.long, tt.short); got != tt.want {
				t.Errorf("fullerName(%q, %q) = %v, want %v", tt.long, tt.short, got, tt.want)
			}
		})
	}
}

// TestSpellingVariantsResolve covers the merging of a document's
// spellings of one person into the catalog's or the most used one.
func TestSpellingVariantsResolve(t *testing.T) {
	x := testExtractor(t)
	tests := []detectCase{
		{"spellings of a catalog person are the catalog's", "Osama bin Laden was born in Riyadh. Usama bin Ladin fled. He also wrote as Ussamah bin Ladin.",
			[]string{"person:osama-bin-laden"}, []string{"person:usama-bin-ladin", "person:ussamah-bin-ladin"}},
		{"the most used spelling names an unknown person", "Zorbo Quxlani spoke. Zorbu Quxlani replied. Zorbu Quxlani left.",
			[]string{"person:zorbu-quxlani"}, []string{"person:zorbo-quxlani"}},
		{"two catalog people stay two", "Mahmoud Abbas met Mohammed Abbas.", nil, nil},
		{"look-alike given names stay apart", "Hassan Quxani met Hossein Quxani.", []string{"person:hassan-quxani", "person:hossein-quxani"}, nil},
	}
	checkDetection(t, x, tests)
}

// TestAcronymFoundAlone: an acronym the text defined stays its expansion
// where a detector would take it for a name of its own ("the GHF said").
func TestAcronymFoundAlone(t *testing.T) {
	x := testExtractor(t)
	set := x.findEntities(docOf("A mechanism is run by the Gaza Humanitarian Foundation (GHF), which is intended to bypass the UN.\nThe army said it was not aware of any incidents, while the GHF said the reports were false."))
	if _, ok := set.Entities["organization:ghf"]; ok {
		t.Errorf("GHF is an entity of its own: %v", ids(set))
	}
	if got := len(mentionsByID(set)["organization:gaza-humanitarian-foundation"]); got != 3 {
		t.Errorf("got %d mentions of the foundation, want 3 (name, acronym, acronym again): %v", got, mentionsByID(set))
	}
}
