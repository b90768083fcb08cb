package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestStylesOfAddress: "His Majesty", "His Royal Highness", "His
// Excellency" and "H.E." before a name are no name of their own and no
// part of the name or the title; "H.E." is evidence of a person, like "Mr.".
func TestStylesOfAddress(t *testing.T) {
	x := testExtractor(t)
	tests := []detectCase{
		{"his royal highness before a crown prince", "The President met His Royal Highness Crown Prince Zorbo bin Quxar.",
			[]string{"person:zorbo-bin-quxar"}, []string{"person:royal-highness", "person:his-royal-highness"}},
		{"his majesty before a king", "The Secretary spoke with His Majesty King Quxley II.",
			[]string{"person:quxley-ii"}, []string{"person:majesty-king-quxley-ii", "person:majesty"}},
		{"his excellency before a name", "The envoy thanked His Excellency Zorbo Quxani.",
			[]string{"person:zorbo-quxani"}, []string{"person:his-excellency-zorbo-quxani", "person:excellency-zorbo-quxani"}},
		{"H.E. before a full name", "The letter was signed by H.E. Kamal Zorbani.",
			[]string{"person:kamal-zorbani"}, []string{"person:he-kamal-zorbani", "person:h-e-kamal-zorbani"}},
		{"H.E. before a surname alone", "The delegation was received by H.E. Zorbani.",
			[]string{"person:zorbani"}, nil},
	}
	checkDetection(t, x, tests)
}

// TestStylesOfAddressInRelations: a style of address between a verb of
// contact and the name does not hide the contact, and the title read
// before the name leaves the style out.
func TestStylesOfAddressInRelations(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"his majesty", "[Marco Rubio|person:rubio] spoke today with His Majesty King [Abdullah II|person:abdullah|title=King] of [Jordan|country:jordan].",
			[]string{"MET_WITH person:abdullah person:rubio"}},
		{"his royal highness", "[Donald Trump|person:trump] met with His Royal Highness Crown Prince [Mohammed bin Salman|person:mbs|title=Crown Prince].",
			[]string{"MET_WITH person:mbs person:trump"}},
		{"his highness and sheikh", "[Donald Trump|person:trump] spoke with His Highness Sheikh [Tamim bin Hamad|person:tamim].",
			[]string{"MET_WITH person:tamim person:trump"}},
		{"his majesty in lower case", "[Joe Biden|person:biden] traveled to [Amman|place:amman], where he met with his Majesty King [Abdullah|person:abdullah|title=King].",
			[]string{"MET_WITH person:abdullah person:biden"}},
		{"H.E.", "[Antony Blinken|person:blinken] met with H.E. [Ayman Safadi|person:safadi].",
			[]string{"MET_WITH person:blinken person:safadi"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"MET_WITH"}, nil, tt.want)
		})
	}
}

// TestAynInNames: an ayn written as an apostrophe before a vowel opens
// the next word of a transliterated name; a quote does not.
func TestAynInNames(t *testing.T) {
	x := testExtractor(t)
	checkDetection(t, x, []detectCase{
		{"an ayn inside a long name", "Nuaimi is associated with Abd al-Wahhab Muhammad 'Abd al-Rahman al-Humayqani, a Yemeni politician.",
			[]string{"person:abd-al-wahhab-muhammad-abd-al-rahman-al-humayqani"}, []string{"person:abd-al-wahhab-muhammad", "person:abd-al-rahman-al-humayqani"}},
		{"an opening quote before a title", "Executive Order ‘Providing for the Sanctions’ was signed by Zorbo Quxley, the President.",
			nil, []string{"person:order-providing"}},
		{"a quoted nickname", "He called Ahmed 'Butcher' Zorbani a liar.",
			nil, []string{"person:ahmed-butcher"}},
	})
}

// TestRoomsAreNoPeople: the words of rooms and furniture are part of no
// person's name, even after a given name.
func TestRoomsAreNoPeople(t *testing.T) {
	x := testExtractor(t)
	checkDetection(t, x, []detectCase{
		{"a dining room's table named after a person", "The signing took place on the Lee Dining Room Table from Blair House.",
			nil, []string{"person:lee-dining-room-table", "person:lee-dining"}},
		{"the person himself", "Lee Zeldin spoke at the signing.", []string{"person:lee-zeldin"}, nil},
	})
}

// TestKunyaNames: a kunya and one given name are a person's name by
// themselves; after a preposition of place they name a town.
func TestKunyaNames(t *testing.T) {
	x := testExtractor(t)
	checkDetection(t, x, []detectCase{
		{"a kunya opening the sentence", "Abu Hassan founded the group in 1974.", []string{"person:abu-hassan"}, nil},
		{"a kunya with a word that is no given name", "They met Abu Hafs in Tunis.", []string{"person:abu-hafs"}, nil},
		{"a kunya the catalog knows is its person", "They met Abu Jihad in Tunis.", []string{"person:khalil-al-wazir"}, []string{"person:abu-jihad"}},
		{"after a preposition of place", "The convoy stopped near Abu Ala.", nil, []string{"person:abu-ala"}},
		{"a kunya and a common word", "Abu Sunrise was a brand.", nil, []string{"person:abu-sunrise"}},
	})
}

// TestOneLetterIsNoName: a title before one letter names no one.
func TestOneLetterIsNoName(t *testing.T) {
	x := testExtractor(t)
	checkDetection(t, x, []detectCase{
		{"a generation", "Gen Z voters protested in Tehran.", nil, []string{"person:z"}},
	})
}

// TestNoPersonWords: a faith, a people's adjective, a party member's noun,
// an object or a word with a digit ends no person's name, however the
// sentence opens.
func TestNoPersonWords(t *testing.T) {
	x := testExtractor(t)
	checkDetection(t, x, []detectCase{
		{"a faith", "Quxite Christianity spread along the Nile.", nil, []string{"person:quxite-christianity"}},
		{"a people's adjective", "Tenuous Byzantine control ended in 643.", nil, []string{"person:tenuous-byzantine"}},
		{"a party member's noun", "Every Congressional Democrat voted against the bill.", nil, []string{"person:congressional-democrat"}},
		{"a party's plural", "Mapam and the General Zionists voted for it.", nil, []string{"person:zionists", "person:general-zionists"}},
		{"an object", "The Cyrus Cylinder was found in 1879.", nil, []string{"person:cyrus-cylinder"}},
		{"a model with a digit", "The army fields the M1 Abrams tank.", nil, []string{"person:m1-abrams"}},
		{"a surname that is a people's name stays a name", "Ahmet Turk said the party would return.", []string{"person:ahmet-turk"}, nil},
	})
}

// TestUndersecretaryAndShoal: "Undersecretary" is a title before a name,
// not part of it, and a shoal is a place, not a person named Thomas.
func TestUndersecretaryAndShoal(t *testing.T) {
	x := testExtractor(t)
	res := x.Extract(docOf("Blinken hosted Senior Undersecretary Carlito G. Galvez of the Philippines. A vessel fired a laser near Second Thomas Shoal."))
	ids := entityIDs(res)
	for _, want := range []string{"person:carlito-g-galvez"} {
		if !slices.Contains(ids, want) {
			t.Errorf("missing %s in %v", want, ids)
		}
	}
	for _, e := range res.Entities {
		if e.Type == "Person" && strings.Contains(e.Name, "Undersecretary") || e.Type == "Person" && strings.Contains(e.Name, "Shoal") {
			t.Errorf("person %q", e.Name)
		}
	}
}
