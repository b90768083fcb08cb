package extract

import "testing"

// TestCatalogWorldLeaders: the catalog's people 2027.01.04 and 2027.01.05 add heads of
// state and government, foreign ministers and heads of international
// bodies of the world since 1900, so a name with no other evidence in its
// sentence is the person, under its spellings with and without
// diacritics; organizations-world and places-world 2027.01.05 and
// 2027.01.06 add the world's parties, movements, bodies, regions, islands,
// rivers and venues.
func TestCatalogWorldLeaders(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, text  string
		want, never []string
	}{
		{"leaders named without a title", "The accord was welcomed by Suharto, Helmut Kohl and John Major in 1992.",
			[]string{"person:suharto", "person:helmut-kohl", "person:john-major"}, nil},
		{"a name without its diacritics", "Ito Hirobumi went to Seoul in 1905.",
			[]string{"person:ito-hirobumi"}, nil},
		{"a president and a prime minister of smaller states", "The protest was handed to Seretse Khama and to Costas Simitis in 1998.",
			[]string{"person:seretse-khama", "person:costas-simitis"}, nil},
		{"movements and bodies of the world", "The Khmer Rouge, Frelimo and the Interahamwe were condemned by the European Community.",
			[]string{"organization:khmer-rouge", "organization:frelimo", "organization:interahamwe", "organization:european-community"}, nil},
		{"regions, islands and rivers of the world", "Troops moved from Manchuria to Sakhalin and along the Danube.",
			[]string{"place:manchuria", "place:sakhalin", "place:danube"}, nil},
		{"more parties, forces and bodies (2027.01.06)", "Jobbik, Chadema and the Central Reserve Police Force were named.",
			[]string{"organization:jobbik", "organization:chadema", "organization:central-reserve-police-force"}, nil},
		{"more regions, lakes and deserts (2027.01.06)", "Refugees crossed Lake Tanganyika and the Namib Desert.",
			[]string{"place:lake-tanganyika", "place:namib-desert"}, nil},
		{"demonyms of divided and former states (countries 2027.01.08)", "North Vietnamese and South Vietnamese envoys met East German, Yugoslav and Turkish Cypriot officials.",
			[]string{"country:north-vietnam", "country:south-vietnam", "country:east-germany", "country:yugoslavia", "country:turkish-republic-of-northern-cyprus"},
			[]string{"country:vietnam", "country:germany", "country:turkey"}},
		{"a surname after its particle is no region", "Friedrich von Holstein advised the Kaiser.",
			nil, []string{"place:holstein"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkIDs(t, tt.name, entityIDs(x.Extract(docOf(tt.text))), tt.want, tt.never)
		})
	}
}

// TestCatalogWorldEvents: events-world and agreements-world 2027.01.06 add
// the world's wars, battles, summits, crises, coups and treaties since
// 1800, with their sides, so the name alone is the event or agreement and
// a side named with it took part or is a party.
func TestCatalogWorldEvents(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, text  string
		want, never []string
	}{
		{"wars and battles of the world", "The Chaco War, the Malvinas War and the Battle of Dien Bien Phu were studied.",
			[]string{"event:chaco-war", "event:falklands-war", "event:battle-of-dien-bien-phu"}, nil},
		{"treaties of the world", "The Treaty of Guadalupe Hidalgo and the Lusaka Protocol were cited.",
			[]string{"agreement:treaty-of-guadalupe-hidalgo", "agreement:lusaka-protocol"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkIDs(t, tt.name, entityIDs(x.Extract(docOf(tt.text))), tt.want, tt.never)
		})
	}
	checkRelationCases(t, x, []relationCase{
		{"a side named with its war", "Argentina lost the Falklands War.",
			[]string{"PARTICIPATED_IN country:argentina event:falklands-war"}, nil},
		{"a party named with its treaty", "Mexico signed the Treaty of Guadalupe Hidalgo under protest.",
			[]string{"PARTY_TO country:mexico agreement:treaty-of-guadalupe-hidalgo"}, nil},
	})
}

// TestLowerCaseHeads: news writes a catalog war's or crisis's head noun in
// lower case after the words that make it a name; the lower-case noun
// alone is no name.
func TestLowerCaseHeads(t *testing.T) {
	checkDetection(t, testExtractor(t), []detectCase{
		{"a war", "The agreement ended the Vietnam war on Saturday.", []string{"event:vietnam-war"}, nil},
		{"a crisis", "Eden resigned after the Suez crisis.", []string{"event:suez-crisis"}, nil},
		{"the noun alone", "The war ended on Saturday.", nil, []string{"event:vietnam-war"}},
	})
}
