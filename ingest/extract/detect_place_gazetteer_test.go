package extract

import "testing"

// TestGazetteerPlaces: a town the gazetteer knows is a place after a
// preposition of place, and nowhere else.
func TestGazetteerPlaces(t *testing.T) {
	x := testExtractor(t)
	checkDetection(t, x, []detectCase{
		{"after in", "The raid began in Bonn on Friday.", []string{"place:bonn"}, nil},
		{"officials in", "Officials in Kiel said the ship had left.", []string{"place:kiel"}, nil},
		{"an adverbial after the town", "The tanker was seized in Gibraltar a few days ago.", []string{"place:gibraltar"}, nil},
		{"two towns", "He moved to Kufa and later to Mahdia.", []string{"place:kufa", "place:mahdia"}, nil},
		{"a particle inside the name", "Fighting raged in Deir ez-Zor and Raqqa.", []string{"place:deir-ez-zor", "place:raqqa"}, nil},
		{"two words", "A strike hit a house in Khan Younis, killing three.", []string{"place:khan-younis"}, nil},
		{"a direction's of", "Clashes erupted 40 km north of Tikrit.", []string{"place:tikrit"}, nil},
		{"the outskirts of", "Troops massed on the outskirts of Mahdia.", []string{"place:mahdia"}, nil},
		{"the provinces of, a list", "The provinces of Tacna and Arica stayed under Chilean rule.", []string{"place:tacna", "place:arica"}, nil},
		{"the capital set off before its name", "Fighting around the capital, Bujumbura, has intensified.", []string{"place:bujumbura"}, nil},
		{"a modifier of the next noun", "The wool shorn from Angora rabbits is soft.", nil, []string{"place:angora"}},
		{"a product named like a town", "The files were exported from Mongo using a script.", nil, []string{"place:mongo"}},
		{"glued to -based", "A Mahdia-based group claimed the attack.", []string{"place:mahdia"}, nil},
		{"two words glued to -based", "The Khan Younis-based brigade withdrew.", []string{"place:khan-younis"}, nil},
		{"taken by force", "The Somali army captured Jijiga and besieged Harar.", []string{"place:jijiga", "place:harar"}, nil},
		{"no preposition", "Bonn said nothing of the plan.", nil, []string{"place:bonn"}},
		{"a given name", "They placed their trust in Abbas and his cabinet.", nil, []string{"place:abbas"}},
		{"a name going on", "He spoke at Kiel University on Monday.", nil, []string{"place:kiel"}},
		{"a surname the document gives a person", "Senator Elizabeth Warren spoke. The letter went to Warren on Friday.", nil, []string{"place:warren"}},
		{"a town the document names with its kind", "Gwadar became a tehsil in the Kharan district.\nGwadar was not included in Kharan then.", nil, []string{"place:kharan"}},
		{"a source after according to", "The plan failed, according to Dallas on Friday.", nil, []string{"place:dallas"}},
		{"someone spoken to", "He spoke to Houston.", nil, []string{"place:houston"}},
		{"a town name unknown to the gazetteer", "The raid began in Quxbourg on Friday.", nil, []string{"place:quxbourg"}},
	})
}
