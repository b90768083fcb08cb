package extract

import (
	"strings"
	"testing"
)

// TestNamedEventVenues: a named event followed by the place it happened.
func TestNamedEventVenues(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"a named summit in a city", "Egypt hosted the [Cairo Summit for Peace|event:cairo-summit-for-peace] in [Cairo|place:cairo].",
			[]string{"HELD_IN event:cairo-summit-for-peace place:cairo"}},
		{"a named summit amid a war in a place met elsewhere", "Egypt hosts the [Cairo Summit for Peace|event:cairo-summit-for-peace] amid war in [Gaza|place:gaza].",
			nil},
		{"a war the text names by its length, in a state", "The 12 Day War in [Iran|country:iran] was short.",
			[]string{"HELD_IN event:war:12-day-war country:iran"}},
		{"a war in a sea", "The [Tanker War|event:tanker-war] in the [Persian Gulf|place:persian-gulf] hit shipping.",
			[]string{"HELD_IN event:tanker-war place:persian-gulf"}},
		{"an operation launched in a sea", "The [United States|country:united-states] launched [Operation Praying Mantis|event:operation-praying-mantis] in the [Persian Gulf|place:persian-gulf].",
			[]string{"HELD_IN event:operation-praying-mantis place:persian-gulf"}},
		{"incidents that took place", "The [tanker incidents|event:gulf-of-oman-incidents] took place in the [Gulf of Oman|place:gulf-of-oman].",
			[]string{"HELD_IN event:gulf-of-oman-incidents place:gulf-of-oman"}},
		{"an uprising that broke out across a city", "In 1948, protests known as the Al-Wathbah uprising broke out across [Baghdad|place:baghdad].",
			[]string{"HELD_IN event:protest:al-wathbah-uprising place:baghdad"}},
		{"an intifada that spread across a territory", "The [First Intifada|event:first-intifada] spread across the [West Bank|place:west-bank].",
			[]string{"HELD_IN event:first-intifada place:west-bank"}},
		{"a war fought along a waterway", "The [War of Attrition|event:war-of-attrition] was fought along the [Suez Canal|place:suez-canal].",
			[]string{"HELD_IN event:war-of-attrition place:suez-canal"}},
		{"a deed in a place, in the war", "The [Lebanese Army|organization:lebanese-army] fought [Fatah al-Islam|organization:fatah-al-islam] in [Nahr al-Bared|place:nahr-al-bared] in the [2007 Lebanon conflict|event:2007-lebanon-conflict].",
			[]string{"HELD_IN event:2007-lebanon-conflict place:nahr-al-bared"}},
		{"a place that became the centre of a war", "In 2007, the [Nahr al-Bared|place:nahr-al-bared] refugee camp became the center of the [2007 Lebanon conflict|event:2007-lebanon-conflict].",
			[]string{"HELD_IN event:2007-lebanon-conflict place:nahr-al-bared"}},
		{"a deed in a place during another war", "Hundreds were killed in [Gaza|place:gaza] during the [Twelve-Day War|event:twelve-day-war].",
			nil},
		{"born in a place in a war", "He was born in [Baghdad|place:baghdad] in the [Iran–Iraq War|event:iran-iraq-war].",
			nil},
		{"a place far after the name", "The [Tanker War|event:tanker-war] was discussed at length by historians working in [London|place:london].",
			nil},
		{"a demonym is no venue", "The [Tanker War|event:tanker-war] in [Iranian|country:iran|demonym] waters.",
			nil},
		{"a year, then a target", "The [Tanker War|event:tanker-war] in 1984 hit [Kuwait|country:kuwait].",
			nil},
		{"a place that is not after 'in'", "The [Tanker War|event:tanker-war] and [Iraq|country:iraq] were linked.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"HELD_IN"}, nil, tt.want)
		})
	}
}

// TestDatelineVenues: the dateline's place is the venue of the day's talks
// and meetings that have none.
func TestDatelineVenues(t *testing.T) {
	const talks = "[Iran|country:iran] and the [P5+1|organization:p5-plus-1] reached a framework agreement on April 2, 2015, after talks."
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a capitalised dateline", []string{"[LAUSANNE|place:lausanne], [Switzerland|country:switzerland] — " + talks},
			[]string{"HELD_IN event:talks:iran-p5-plus-1:2015-04-02 place:lausanne"}},
		{"a meeting the day before, later in the report", []string{"[LAUSANNE|place:lausanne] (Reuters) - " + talks,
			"[Kerry|person:kerry] met with [Zarif|person:zarif] on April 1, 2015."},
			[]string{"HELD_IN event:talks:iran-p5-plus-1:2015-04-02 place:lausanne", "HELD_IN event:meeting:kerry-zarif:2015-04-01 place:lausanne"}},
		{"background talks years before", []string{"[LAUSANNE|place:lausanne] — Officials spoke.",
			"[Iran|country:iran] and the [P5+1|organization:p5-plus-1] held talks on November 24, 2013."},
			nil},
		{"a place opening in running text is no dateline", []string{"[Lausanne|place:lausanne], [Switzerland|country:switzerland] — " + talks},
			nil},
		{"no dash, no dateline", []string{"[LAUSANNE|place:lausanne] " + talks},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "2015-04-02", tt.lines, []string{"HELD_IN"}, nil, tt.want)
		})
	}
	// A story with no headline takes its lead for its title; the lead's
	// dateline is still its dateline.
	t.Run("a dateline in the lead that is the title", func(t *testing.T) {
		doc, ents := markup(t, "2015-04-02", "[LAUSANNE|place:lausanne] (Reuters) - "+talks)
		doc.Title = doc.Text
		got := renderRelations(relationsOfType(relate(doc, ents), "HELD_IN"))
		if want := "HELD_IN event:talks:iran-p5-plus-1:2015-04-02 place:lausanne"; !strings.Contains(strings.Join(got, "\n"), want) {
			t.Errorf("got %q, want %q", got, want)
		}
	})
}

// TestSessionVenues: talks told with a day were one session, held where
// the sentence says, even when the day cannot be put on the calendar; talks
// told with no day are a process held in many places.
func TestSessionVenues(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"talks held on a weekday", "On Saturday, [Steve Witkoff|person:steve-witkoff] and [Abbas Araghchi|person:abbas-araghchi] held talks in [Muscat|place:muscat].",
			[]string{"HELD_IN event:talks:abbas-araghchi-steve-witkoff place:muscat"}},
		{"talks told with no day", "[Steve Witkoff|person:steve-witkoff] and [Abbas Araghchi|person:abbas-araghchi] have held talks in [Muscat|place:muscat].",
			nil},
		// The one met is the visit's host; the visit is the event (TestVisits).
		{"a meeting right after a visit is the visit", "[Rafael Grossi|person:rafael-grossi] visited [Tehran|place:tehran] on 4 March 2025 and met with [Mohammad Eslami|person:mohammad-eslami].",
			[]string{"HELD_IN event:visit:rafael-grossi-to-tehran:2025-03-04 place:tehran"}},
		{"talks held right after a visit are the visit too", "[Rafael Grossi|person:rafael-grossi] visited [Tehran|place:tehran] on 4 March 2025 and held talks with [Mohammad Eslami|person:mohammad-eslami].",
			[]string{"HELD_IN event:visit:rafael-grossi-to-tehran:2025-03-04 place:tehran"}},
		{"talks a journey was for", "[Antony Blinken|person:antony-blinken] traveled to [Riyadh|place:riyadh] on 4 March 2024 for talks with [Mohammed bin Salman|person:mohammed-bin-salman].",
			[]string{"HELD_IN event:talks:antony-blinken-mohammed-bin-salman:2024-03-04 place:riyadh"}},
		{"a meeting a journey was for", "[Antony Blinken|person:antony-blinken] went to [Riyadh|place:riyadh] on 4 March 2024 for a meeting with [Mohammed bin Salman|person:mohammed-bin-salman].",
			[]string{"HELD_IN event:meeting:antony-blinken-mohammed-bin-salman:2024-03-04 place:riyadh"}},
		{"a meeting at the body named after its building",
			"[Jake Sullivan|person:jake-sullivan] met [Salman bin Hamad|person:salman-bin-hamad] at the [White House|organization:white-house] on 13 September 2023.",
			[]string{"HELD_IN event:meeting:jake-sullivan-salman-bin-hamad:2023-09-13 organization:white-house"}},
		{"a meeting at a kibbutz",
			"[Jake Sullivan|person:jake-sullivan] met [Yair Lapid|person:yair-lapid] at Kibbutz [Sde Boker|place:sde-boker] in the [Negev|place:negev] on 27 March 2022.",
			[]string{"HELD_IN event:meeting:jake-sullivan-yair-lapid:2022-03-27 place:sde-boker"}},
		{"a meeting at another body is not held in it",
			"[Jake Sullivan|person:jake-sullivan] met [Salman bin Hamad|person:salman-bin-hamad] at the [United Nations|organization:united-nations] on 13 September 2023.",
			nil},
		{"a meeting after a visit to two places", "[Rafael Grossi|person:rafael-grossi] visited [Tehran|place:tehran] and [Baghdad|place:baghdad] on 4 March 2025, and met with [Mohammad Eslami|person:mohammad-eslami].",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"HELD_IN"}, nil, tt.want)
		})
	}
}

func TestSessionVenuesPlanned(t *testing.T) {
	line := "[Iran|country:iran] and the [United States|country:united-states] are scheduled to hold talks in [Muscat|place:muscat] on Saturday."
	checkRelations(t, "", []string{line}, []string{"HELD_IN"}, nil, nil)
}

// TestOpeningVenues: a sentence opening with its place ("In Riyadh on
// April 13, X met Y") tells where the meeting was held; one group meeting
// another is one meeting.
func TestOpeningVenues(t *testing.T) {
	const id = "event:meeting:amos-hochstein-brett-mcgurk-mohammed-bin-salman:2023-04-13"
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"a place and a day open the sentence",
			"In [Riyadh|place:riyadh] on April 13, 2023, [Brett McGurk|person:brett-mcgurk] and [Amos Hochstein|person:amos-hochstein] met with [Mohammed bin Salman|person:mohammed-bin-salman].",
			[]string{"HELD_IN " + id + " place:riyadh",
				"PARTICIPATED_IN person:brett-mcgurk " + id, "PARTICIPATED_IN person:amos-hochstein " + id, "PARTICIPATED_IN person:mohammed-bin-salman " + id}},
		{"a place opening a clause of its own",
			"In [Riyadh|place:riyadh], crowds gathered while [Brett McGurk|person:brett-mcgurk] and [Amos Hochstein|person:amos-hochstein] met with [Mohammed bin Salman|person:mohammed-bin-salman] on April 13, 2023.",
			[]string{"PARTICIPATED_IN person:brett-mcgurk " + id, "PARTICIPATED_IN person:amos-hochstein " + id, "PARTICIPATED_IN person:mohammed-bin-salman " + id}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"HELD_IN", "PARTICIPATED_IN"}, nil, tt.want)
		})
	}
}

// TestNamedSites: an event whose name holds a place of the document was
// held there; a state only after "in" or "of" at the end of the name, and
// a sea never for a war.
func TestNamedSites(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a massacre named after its town", []string{
			"Troops shelled [Hama|place:hama] for weeks.", "The [Hama massacre|event:hama-massacre] followed."},
			[]string{"HELD_IN event:hama-massacre place:hama"}},
		{"an attack named after two places", []string{
			"Drones struck [Abqaiq|place:abqaiq] and [Khurais|place:khurais].", "The [Abqaiq–Khurais attack|event:abqaiq-khurais-attack] halved output."},
			[]string{"HELD_IN event:abqaiq-khurais-attack place:abqaiq", "HELD_IN event:abqaiq-khurais-attack place:khurais"}},
		{"an invasion of a state", []string{
			"[Britain|country:united-kingdom] occupied [Iran|country:iran] in 1941.", "The [Anglo-Soviet invasion of Iran|event:anglo-soviet-invasion-of-iran] secured supply lines."},
			[]string{"HELD_IN event:anglo-soviet-invasion-of-iran country:iran"}},
		{"a state naming a side or an owner", []string{
			"[Iran|country:iran] and [Iraq|country:iraq] fought.", "The [Iran–Iraq War|event:iran-iraq-war] lasted eight years."},
			nil},
		{"a sea naming a war's theatre", []string{
			"Ships crossed the [Persian Gulf|place:persian-gulf].", "The [Persian Gulf War|event:persian-gulf-war] followed."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"HELD_IN"}, nil, tt.want)
		})
	}
}

// TestNamedEventSites: an event the rules named from the text was held in
// the place its name holds; a war's name tells only its theatre.
func TestNamedEventSites(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a raid named by year and city",
			[]string{"The 2002 [Sarajevo|place:sarajevo] raid found documents."},
			[]string{"HELD_IN event:attack:2002-sarajevo-raid place:sarajevo"}},
		{"a bombing named by year, city and target",
			[]string{"The 1983 [Beirut|place:beirut] barracks bombing killed 241."},
			[]string{"HELD_IN event:attack:1983-beirut-barracks-bombing place:beirut"}},
		{"a war's name holds a theatre",
			[]string{"The 1967 [Sinai|place:sinai] war ended in six days."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"HELD_IN"}, nil, tt.want)
		})
	}
}

// TestAttackOnAStateWasHeldThere: an attack told as a noun on a state or
// place struck whole was held there; one on a thing in it was held where
// the thing stood.
func TestAttackOnAStateWasHeldThere(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "a possessive dated attack on a state",
			text: "Hamas's 12 March 2021 attack on Israel killed 30 people.",
			want: []string{"HELD_IN event:attack:hamas-israel:2021-03-12 country:israel"}},
		{name: "a catalog attack named by its day",
			text: "Israel launched a campaign after Hamas's 7 October 2023 attack on Israel, in which 1,200 people were killed.",
			want: []string{"HELD_IN event:october-7-attacks country:israel"}},
		{name: "a catalog attack named, then its target",
			text: "The October 7 attacks on Israel killed 1,200 people.",
			want: []string{"HELD_IN event:october-7-attacks country:israel"}},
		{name: "an attack on a thing of a state was not held in the state",
			text: "Hamas's 12 March 2021 attack on the Israeli embassy in Baghdad failed.",
			not:  []string{"HELD_IN event:attack:hamas-israel:2021-03-12 country:israel"}},
		{name: "an attack on two states' forces was held in neither",
			text: "The Houthis launched a missile attack against U.S. and UK naval forces on 10 January 2024.",
			want: []string{"ATTACKED organization:houthis country:united-states", "ATTACKED organization:houthis country:united-kingdom"},
			not: []string{"HELD_IN event:attack:houthis-united-kingdom-united-states:2024-01-10 country:united-states",
				"HELD_IN event:attack:houthis-united-kingdom-united-states:2024-01-10 country:united-kingdom"}},
		{name: "an attack on two states struck whole was held in both",
			text: "Hamas's 12 March 2021 attack on Israel and Egypt killed 30 people.",
			want: []string{"HELD_IN event:attack:egypt-hamas-israel:2021-03-12 country:israel", "HELD_IN event:attack:egypt-hamas-israel:2021-03-12 country:egypt"}},
	})
}
