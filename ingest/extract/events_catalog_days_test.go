package extract

import (
	"testing"
	"time"
)

// TestCatalogDayEvents: a deed told with the day of a catalog event of the
// same kind is that event; a deed of another kind, or of another day, is
// not.
func TestCatalogDayEvents(t *testing.T) {
	const revolution, october7 = "event:1958-iraqi-revolution", "event:october-7-attacks"
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "a coup on the revolution's day",
			text: "On 14 July 1958, members of the Iraqi Army, under Abd al-Karim Qasim, staged a coup to topple the monarchy.",
			want: []string{"PARTICIPATED_IN person:abd-al-karim-qasim " + revolution},
			not:  []string{"PARTICIPATED_IN person:abd-al-karim-qasim event:coup:1958-07-14-coup"}},
		{name: "an overthrow of the monarchy on that day",
			text: "Colonel Abdul Salam Arif overthrew the Hashimite monarchy on July 14, 1958.",
			want: []string{"PARTICIPATED_IN person:abdul-salam-arif " + revolution}},
		{name: "an attack on the day of the October 7 attacks",
			text: "On 7 October 2023, Hamas launched a surprise attack on Israel.",
			want: []string{"PARTICIPATED_IN organization:hamas " + october7}},
		{name: "a strike on that day by another side",
			text: "On 7 October 2023, Israel launched a strike on Gaza.",
			not:  []string{"PARTICIPATED_IN country:israel " + october7}},
		{name: "a coup of a year that had one, backed by two agencies",
			text: "Mohammad Mosaddegh was overthrown in a coup backed by the CIA and MI6 in 1953.",
			want: []string{"PARTICIPATED_IN organization:central-intelligence-agency event:1953-iranian-coup-detat",
				"PARTICIPATED_IN organization:secret-intelligence-service event:1953-iranian-coup-detat"}},
		{name: "a coup of a year that had one, in another state",
			text: "Oman was ruled by Sultan Said bin Taimur. In 1970, Said bin Taimur was overthrown in a palace coup by his son Qaboos bin Said.",
			want: []string{"PARTICIPATED_IN person:qaboos-bin-said event:1970-omani-coup-detat"},
			not:  []string{"PARTICIPATED_IN person:qaboos-bin-said event:corrective-movement"}},
		{name: "a meeting of the states of a catalog summit on its day",
			text: "The foreign ministers of Israel, the United States, the United Arab Emirates, Bahrain, Morocco and Egypt met at Sde Boker on March 27, 2022.",
			want: []string{"PARTICIPATED_IN country:morocco event:negev-summit", "PARTICIPATED_IN country:bahrain event:negev-summit"}},
		{name: "a headline naming the summit, its meeting and a list of its participants",
			text: "Joint Statement on the Negev Summit\n\nThe foreign ministers of Israel, the United States, the United Arab Emirates, Bahrain, Morocco and Egypt met at Sde Boker on March 27, 2022.\n\nParticipating were Moroccan Foreign Minister Nasser Bourita and Egyptian Foreign Minister Sameh Shoukry.",
			want: []string{"PARTICIPATED_IN country:morocco event:negev-summit", "PARTICIPATED_IN person:nasser-bourita event:negev-summit",
				"PARTICIPATED_IN person:sameh-shoukry event:negev-summit"}},
		{name: "two of its states meeting that day met on its sidelines",
			text: "The foreign ministers of Israel and the United States met at Sde Boker on March 27, 2022.",
			not:  []string{"PARTICIPATED_IN country:israel event:negev-summit"}},
		{name: "a coup attempt by a group in the month the catalog dates it",
			text: "In December 1981 the Bahraini authorities foiled a coup attempt by the Islamic Front for the Liberation of Bahrain.",
			want: []string{"PARTICIPATED_IN organization:islamic-front-for-the-liberation-of-bahrain event:1981-bahraini-coup-attempt"}},
		{name: "a coup attempt by a group in another month",
			text: "In March 1981 the Bahraini authorities foiled a coup attempt by the Islamic Front for the Liberation of Bahrain.",
			want: []string{"PARTICIPATED_IN organization:islamic-front-for-the-liberation-of-bahrain event:coup:1981-03-coup-attempt"},
			not:  []string{"PARTICIPATED_IN organization:islamic-front-for-the-liberation-of-bahrain event:1981-bahraini-coup-attempt"}},
		{name: "a coup of a year that also had a foiled plot (Nojeh, 1980)",
			text: "In Turkey, Kenan Evren staged a military coup in 1980.",
			want: []string{"PARTICIPATED_IN person:kenan-evren event:1980-turkish-coup-detat"}},
		{name: "a coup on another day",
			text: "On 15 July 1958, members of the Iraqi Army, under Abd al-Karim Qasim, staged a coup to topple the monarchy.",
			want: []string{"PARTICIPATED_IN person:abd-al-karim-qasim event:coup:1958-07-15-coup"},
			not:  []string{"PARTICIPATED_IN person:abd-al-karim-qasim " + revolution}},
		{name: "a deed of that day on another target",
			text: "On 29 October 1956, Israel invaded the Sinai Peninsula.",
			not:  []string{"PARTICIPATED_IN country:israel event:kafr-qasim-massacre"}},
		{name: "a talk on the revolution's day is no coup",
			text: "On 14 July 1958, Abd al-Karim Qasim met Gamal Abdel Nasser in Cairo.",
			not:  []string{"PARTICIPATED_IN person:abd-al-karim-qasim " + revolution}},
		{name: "an invasion of a month by the catalog campaign's attackers",
			text: "Britain and the Soviet Union invaded Iran in August 1941.",
			want: []string{"PARTICIPATED_IN country:united-kingdom event:anglo-soviet-invasion-of-iran",
				"PARTICIPATED_IN country:soviet-union event:anglo-soviet-invasion-of-iran"}},
		{name: "a strike of a month is no strike the catalog dates to a day",
			text: "Israel struck Iran in April 2024.",
			want: []string{"PARTICIPATED_IN country:israel event:attack:iran-israel:2024-04"},
			not:  []string{"PARTICIPATED_IN country:israel event:2024-iranian-consulate-airstrike-in-damascus"}},
		{name: "an attack of a month by another side than the campaign's",
			text: "Iran attacked Britain in August 1941.",
			not:  []string{"PARTICIPATED_IN country:iran event:anglo-soviet-invasion-of-iran"}},
	})
}

// TestDashWarOfCatalog: a war named after its sides ("the Israel-Iran
// conflict") in a document that names a catalog war of those sides is that
// war, not a second node.
func TestDashWarOfCatalog(t *testing.T) {
	x := testExtractor(t)
	checkRelationCases(t, x, []relationCase{
		{name: "the catalog war and its sides' name",
			text: "Israel and Iran ended their 12-day war on Tuesday.\nSome 860 Palestinians were killed in Gaza during the Israel-Iran conflict.",
			want: []string{"PARTICIPATED_IN country:israel event:twelve-day-war", "PARTICIPATED_IN country:iran event:twelve-day-war"},
			not:  []string{"PARTICIPATED_IN country:israel event:war:israel-iran-conflict"}},
		{name: "the sides' name alone",
			text: "Some 860 Palestinians were killed in Gaza during the Israel-Iran conflict.",
			want: []string{"PARTICIPATED_IN country:israel event:war:israel-iran-conflict"}},
	})
}

// TestCatalogDayEventElsewhere: a news item's attack of the day of a
// catalog attack, held in a place the catalog event does not name, is
// another attack.
func TestCatalogDayEventElsewhere(t *testing.T) {
	x := testExtractor(t)
	doc := docOf("A drone attack on the Israeli port city of Eilat wounds two people.")
	doc.Published = time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC)
	checkRelationKeys(t, x.Extract(doc),
		[]string{"HELD_IN event:attack:unclaimed-eilat:2024-04-01 place:eilat"},
		[]string{"HELD_IN event:2024-iranian-consulate-airstrike-in-damascus place:eilat"})
}
