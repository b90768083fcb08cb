package extract

import "testing"

// TestCatalogHistoryNames: what the catalog knows of the region's history
// (people 2026.12.14, places 2026.12.14, events 2026.12.21, organizations
// 2026.12.12, countries 2026.12.8): a surname as well known as "Nasser"
// alone, Acre (not an acre of land), Bachir Gemayel's French spelling, the
// halves of Beirut, battles, revolts and parties of the past; and a
// surname that is someone else's patronymic ("bin Mubarak" is not Hosni
// Mubarak).
func TestCatalogHistoryNames(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, text  string
		want, never []string
	}{
		{"Nasser alone", "The ceasefire was brokered by Nasser in Cairo.",
			[]string{"person:gamal-abdel-nasser"}, nil},
		{"Acre besieged", "In 1799 Acre was besieged by the French.",
			[]string{"place:acre", "country:france"}, nil},
		{"an acre of land", "An acre of land cost little, and they bought a 500-acre farm.",
			nil, []string{"place:acre"}},
		{"the French spelling of Bashir Gemayel", "After the assassination of President-elect Bachir Gemayel, militiamen entered the camps.",
			[]string{"person:bashir-gemayel"}, nil},
		{"the halves of Beirut and Jerusalem", "Israeli forces besieged West Beirut; East Beirut stayed calm, and West Jerusalem was shelled.",
			[]string{"place:west-beirut", "place:east-beirut", "place:west-jerusalem"}, []string{"place:beirut", "place:jerusalem"}},
		{"regions and towns", "From South Lebanon to Jabal al-Druze and Qasr-e Shirin, and in Sheikh Othman, the revolt spread.",
			[]string{"place:south-lebanon", "place:jabal-al-druze", "place:qasr-e-shirin", "place:sheikh-othman"}, nil},
		{"Ottoman battles and their sides", "In August 1514 the Ottomans defeated the Safavids at the Battle of Chaldiran, and in 1516 the Mamluks at the Battle of Marj Dabiq.",
			[]string{"event:battle-of-chaldiran", "event:battle-of-marj-dabiq"}, nil},
		{"the Arab Revolt and its leader's title", "The Arab Revolt began in June 1916 under Sharif Hussein.",
			[]string{"event:arab-revolt"}, nil},
		{"the Sheikh Said rebellion is no sultan's", "The Sheikh Said rebellion broke out in 1925.",
			[]string{"event:sheikh-said-rebellion"}, []string{"person:said-bin-taimur"}},
		{"a king of Egypt and a mufti", "King Farouk dismissed the cabinet, and Hajj Amin al-Husseini fled to Baghdad.",
			[]string{"person:farouk-of-egypt", "person:amin-al-husseini"}, nil},
		{"Israeli parties of the past", "Gahal joined the cabinet, and Shimon Peres of the Alignment met Rafi's leaders.",
			[]string{"organization:gahal", "organization:alignment-israel", "organization:rafi"}, nil},
		{"alignment as a common noun", "Egypt kept its non-alignment, and its alignment with Moscow grew.",
			nil, []string{"organization:alignment-israel"}},
		{"a revolution, a conference and a summit", "After the Egyptian revolution of 1952 and the San Remo conference of 1920, the Khartoum summit met in 1967; Prussia and the Free Officers are named too.",
			[]string{"event:egyptian-revolution-of-1952", "event:san-remo-conference", "event:khartoum-summit", "country:kingdom-of-prussia", "organization:free-officers-movement"}, nil},
		{"the uprisings of 2011 and after", "After the Egyptian Revolution of 2011 and the 2013 Egyptian coup d'état, the Second Libyan Civil War and the 2012 Benghazi attack, the Tishreen protests began.",
			[]string{"event:egyptian-revolution-of-2011", "event:2013-egyptian-coup-detat", "event:libyan-civil-war-2014-2020", "event:2012-benghazi-attack", "event:2019-2021-iraqi-protests"}, nil},
		{"a patronymic is not Mubarak", "Nasir bin Mubarak led the tribe.",
			nil, []string{"person:hosni-mubarak"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkIDs(t, tt.name, entityIDs(x.Extract(docOf(tt.text))), tt.want, tt.never)
		})
	}
}
