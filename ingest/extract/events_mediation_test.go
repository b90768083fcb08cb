package extract

import "testing"

// TestMediationWordings holds more ways a text names the mediator of talks,
// with the negatives that must stay silent.
func TestMediationWordings(t *testing.T) {
	const talks = "Talks between [Iran|country:iran] and the [United States|country:united-states] were held today"
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"facilitated by its minister, named after a comma", talks + ", hosted by [Oman|country:oman] and facilitated by its Foreign Minister, [Badr Albusaidi|person:badr].",
			// His office is Oman's ("its"), so his state mediated too.
			[]string{"MEDIATED person:badr event:talks:iran-united-states:2025-04-12", "MEDIATED country:oman event:talks:iran-united-states:2025-04-12"}},
		{"good offices", talks + " through [Oman|country:oman]'s good offices.",
			[]string{"MEDIATED country:oman event:talks:iran-united-states:2025-04-12"}},
		{"two states' mediators", talks + " with [Egyptian|country:egypt|demonym] and [Qatari|country:qatar|demonym] mediators.",
			[]string{"MEDIATED country:egypt event:talks:iran-united-states:2025-04-12", "MEDIATED country:qatar event:talks:iran-united-states:2025-04-12"}},
		{"a possessive mediation", talks + " with [Oman|country:oman]'s mediation.",
			[]string{"MEDIATED country:oman event:talks:iran-united-states:2025-04-12"}},
		{"acting as mediator", talks + ", [Oman|country:oman], acting as mediator, said.",
			[]string{"MEDIATED country:oman event:talks:iran-united-states:2025-04-12"}},
		{"hosted and mediated by", talks + ", hosted and mediated by [Oman|country:oman].",
			[]string{"MEDIATED country:oman event:talks:iran-united-states:2025-04-12"}},
		{"under the sponsorship of", talks + " under the sponsorship of [Oman|country:oman] and [Qatar|country:qatar].",
			[]string{"MEDIATED country:oman event:talks:iran-united-states:2025-04-12", "MEDIATED country:qatar event:talks:iran-united-states:2025-04-12"}},
		{"sponsored by", talks + ", sponsored by [Oman|country:oman].",
			[]string{"MEDIATED country:oman event:talks:iran-united-states:2025-04-12"}},
		{"a body's sponsored peace talks", "[UN|organization:united-nations]-sponsored peace talks between [Iran|country:iran] and the [United States|country:united-states] were held today.",
			[]string{"MEDIATED organization:united-nations event:talks:iran-united-states:2025-04-12"}},
		{"a state's sponsored militias are no mediators", talks + " as [Iran|country:iran]-sponsored militias fought on.",
			nil},
		{"with the mediation of", talks + " with the mediation of [Qatar|country:qatar].",
			[]string{"MEDIATED country:qatar event:talks:iran-united-states:2025-04-12"}},
		{"a group for their roles in facilitating", talks + "; we commend [Oman|country:oman] and [Qatar|country:qatar] for their roles in facilitating them.",
			[]string{"MEDIATED country:oman event:talks:iran-united-states:2025-04-12", "MEDIATED country:qatar event:talks:iran-united-states:2025-04-12"}},
		{"played a key role in brokering", talks + "; [Oman|country:oman] played a key role in brokering them.",
			[]string{"MEDIATED country:oman event:talks:iran-united-states:2025-04-12"}},
		{"a role hoped for", talks + "; [Oman|country:oman] hopes to play a key role in brokering them.",
			nil},
		{"hosted in a city by a state is a host, not a mediator", "Talks between [Iran|country:iran] and the [United States|country:united-states] were held today, hosted in [Muscat|place:muscat] by [Oman|country:oman].",
			nil},
		{"a mediation refused", talks + "; [Oman|country:oman] refused to mediate.",
			nil},
		{"a group of mediators before the verb", talks + "; [Oman|country:oman] and [Qatar|country:qatar] mediated.",
			[]string{"MEDIATED country:oman event:talks:iran-united-states:2025-04-12", "MEDIATED country:qatar event:talks:iran-united-states:2025-04-12"}},
		{"a group of three, which brokered", talks + "; [Oman|country:oman], [Qatar|country:qatar] and [Egypt|country:egypt], which brokered them, welcomed it.",
			[]string{"MEDIATED country:oman event:talks:iran-united-states:2025-04-12", "MEDIATED country:qatar event:talks:iran-united-states:2025-04-12", "MEDIATED country:egypt event:talks:iran-united-states:2025-04-12"}},
		{"a group that refused to mediate", talks + "; [Oman|country:oman] and [Qatar|country:qatar] refused to mediate.",
			nil},
		{"a group that did not mediate", talks + "; [Oman|country:oman] and [Qatar|country:qatar] have not mediated.",
			nil},
		{"good offices offered, not used", talks + " after [Oman|country:oman] offered good offices.",
			nil},
		{"a state's minister mediated", talks + "; [Qatar|country:qatar]'s prime minister mediated.",
			[]string{"MEDIATED country:qatar event:talks:iran-united-states:2025-04-12"}},
		{"a state's minister who spoke mediates nothing", talks + "; [Qatar|country:qatar]'s prime minister welcomed them.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "2025-04-12", []string{tt.line}, []string{"MEDIATED"}, nil, tt.want)
		})
	}
}

// TestElectionsAreNotBrokered: the one event of a sentence that tells of
// a brokered agreement it does not name is no mediator's if it is an
// election.
func TestElectionsAreNotBrokered(t *testing.T) {
	checkRelations(t, "", []string{"When [Hamas|organization:hamas] won a majority in the 2006 Palestinian legislative election, the opposing party [Fatah|organization:fatah] refused to join until a short-lived unity government agreement was brokered by [Saudi Arabia|country:saudi-arabia]."},
		[]string{"MEDIATED"}, nil, nil)
}

// TestHostedInBy: "hosted in Muscat by Oman" names the host.
func TestHostedInBy(t *testing.T) {
	checkRelations(t, "2025-04-12", []string{"Talks between [Iran|country:iran] and the [United States|country:united-states] were held today, hosted in [Muscat|place:muscat] by [Oman|country:oman]."},
		[]string{"HOSTED"}, nil, []string{"HOSTED country:oman event:talks:iran-united-states:2025-04-12"})
}

// TestHostedByAStatesMinister: "Oman's foreign minister hosted" is the
// state's hosting.
func TestHostedByAStatesMinister(t *testing.T) {
	checkRelations(t, "2025-04-12", []string{"[Oman|country:oman]'s foreign minister hosted the talks between [Iran|country:iran] and the [United States|country:united-states] in [Muscat|place:muscat] today."},
		[]string{"HOSTED"}, nil, []string{"HOSTED country:oman event:talks:iran-united-states:2025-04-12"})
}

// TestMediatorOfTheTalksBefore: a mediator in a sentence of its own
// belongs to the talks just told, unless that sentence names its own sides.
func TestMediatorOfTheTalksBefore(t *testing.T) {
	const talks = "Talks between [Iran|country:iran] and the [United States|country:united-states] were held today."
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"the next sentence names the mediator", []string{talks, "[Oman|country:oman] mediated."},
			[]string{"MEDIATED country:oman event:talks:iran-united-states:2025-04-12"}},
		{"a pair that mediates is no pair of sides", []string{talks, "[Oman|country:oman] and [Qatar|country:qatar] mediated the negotiations."},
			[]string{"MEDIATED country:oman event:talks:iran-united-states:2025-04-12", "MEDIATED country:qatar event:talks:iran-united-states:2025-04-12"}},
		{"another pair's deal is not those talks", []string{talks, "[Iran|country:iran] and [Saudi Arabia|country:saudi-arabia] restored relations in a deal brokered by [China|country:china]."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "2025-04-12", tt.lines, []string{"MEDIATED"}, nil, tt.want)
		})
	}
}

// TestGroupMediatorsAndHosts: every member of a group after "by" mediated
// or hosted; a person hosting stands for the state of their role.
func TestGroupMediatorsAndHosts(t *testing.T) {
	const talks = "Talks between [Iran|country:iran] and the [United States|country:united-states] were held today"
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"brokered by two states", talks + ", brokered by [Egypt|country:egypt] and [Qatar|country:qatar].",
			[]string{"MEDIATED country:egypt event:talks:iran-united-states:2025-04-12", "MEDIATED country:qatar event:talks:iran-united-states:2025-04-12"}},
		{"hosted by a minister", talks + ", hosted by [Omani|country:oman|demonym] Foreign Minister [Badr Albusaidi|person:badr-albusaidi|title=Foreign Minister].",
			[]string{"HOSTED country:oman event:talks:iran-united-states:2025-04-12"}},
		{"hosted by a person with no known state", talks + ", hosted by [Badr Albusaidi|person:badr-albusaidi].",
			nil},
		{"the subject of the next clause is no mediator",
			"After talks between [Israel|country:israel] and [Lebanon|country:lebanon] on 12 April 2025, mediated by [Egypt|country:egypt], [Qatar|country:qatar] and [Oman|country:oman] signed a statement.",
			[]string{"MEDIATED country:egypt event:talks:israel-lebanon:2025-04-12"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "2025-04-12", []string{tt.line}, []string{"MEDIATED", "HOSTED"}, nil, tt.want)
		})
	}
}

// TestMediatorGroupBetween: every member of a group mediating between two
// sides mediated their talks.
func TestMediatorGroupBetween(t *testing.T) {
	const id = "event:talks:hamas-israel:2023-10"
	checkRelations(t, "", []string{"[Qatar|country:qatar] and [Egypt|country:egypt] have been mediating between [Israel|country:israel] and [Hamas|organization:hamas] since October 2023."},
		[]string{"MEDIATED"}, nil, []string{"MEDIATED country:qatar " + id, "MEDIATED country:egypt " + id})
	checkRelations(t, "", []string{"[Qatar|country:qatar] and [Egypt|country:egypt] refused to mediate between [Israel|country:israel] and [Hamas|organization:hamas] in October 2023."},
		[]string{"MEDIATED"}, nil, nil)
}

// TestMediationBetween: "mediation efforts between A and B" are talks
// between A and B; a person who launched them mediated for the state they
// serve; planned mediation is none yet.
func TestMediationBetween(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "a prime minister's mediation efforts",
			text: "Pakistani prime minister Nawaz Sharif launched mediation efforts between Iran and Saudi Arabia in January 2016.",
			want: []string{"MEDIATED country:pakistan event:talks:iran-saudi-arabia:2016-01"},
			not:  []string{"MEDIATED person:nawaz-sharif event:talks:iran-saudi-arabia:2016-01"}},
		{name: "a state's mediation",
			text: "China's mediation between Iran and Saudi Arabia led to a deal in March 2023.",
			want: []string{"MEDIATED country:china event:talks:iran-saudi-arabia:2023-03"}},
		{name: "mediation planned",
			text: "Pakistani prime minister Nawaz Sharif will launch mediation efforts between Iran and Saudi Arabia in January 2016.",
			not:  []string{"MEDIATED country:pakistan event:talks:iran-saudi-arabia:2016-01"}},
	})
}

// TestUnbrokeredCatalogEvents: a catalog event whose name makes it an
// election, a war or an attack is mediated by no one, whatever the
// sentence says was brokered.
func TestUnbrokeredCatalogEvents(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "an agreement brokered after a catalog election",
			text: "When Hamas won a majority in the 2006 Palestinian legislative election, Fatah refused to join the coalition, until a unity government agreement was brokered by Saudi Arabia.",
			not:  []string{"MEDIATED country:saudi-arabia event:2006-palestinian-legislative-election"}},
		{name: "catalog talks are brokered",
			text: "The Lausanne talks were mediated by Oman.",
			want: []string{"MEDIATED country:oman event:lausanne-talks"}},
	})
}

// TestMediationOfAnotherYear: the document's one truce is what a mediation
// told without its event is of, unless that sentence is dated only by
// other years than the truce.
func TestMediationOfAnotherYear(t *testing.T) {
	x := testExtractor(t)
	const truce = "A ceasefire between Morocco and Algeria took effect on 30 October 1963."
	mediated := func(text string) bool {
		for _, r := range x.Extract(docOf(text)).Relations {
			if r.Type == "MEDIATED" && r.From == "country:saudi-arabia" {
				return true
			}
		}
		return false
	}
	if mediated(truce + "\nRelations were restored in May 1988 through the mediation of Saudi Arabia.") {
		t.Error("a mediation of 1988 was given to the ceasefire of 1963")
	}
	if !mediated(truce + "\nIn 1963 Saudi Arabia brokered it.") {
		t.Error("a mediation of the ceasefire's year was not given to it")
	}
}

// TestMediatedBetweenNamedGathering: "X mediated between A and B" right
// after a sentence that names one gathering tells of that gathering, not
// of new talks.
func TestMediatedBetweenNamedGathering(t *testing.T) {
	const conf = "event:conference:tashkent-conference"
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "the conference of the sentence before",
			text: "Conference\n\nIn January 1966 Tashkent hosted the Tashkent Conference, the peace talks that followed the war.\nThe Soviet premier, Alexei Kosygin, mediated between the Indian prime minister, Lal Bahadur Shastri, and the president of Pakistan, Ayub Khan.",
			want: []string{"MEDIATED country:soviet-union " + conf, "PARTICIPATED_IN person:lal-bahadur-shastri " + conf, "PARTICIPATED_IN person:ayub-khan " + conf},
			not:  []string{"PARTICIPATED_IN person:ayub-khan event:talks:india-pakistan"}},
		{name: "a paragraph after the conference tells of other talks",
			text: "Conference\n\nIn January 1966 Tashkent hosted the Tashkent Conference.\n\nIn 1972 the Soviet premier, Alexei Kosygin, mediated between the Indian prime minister, Lal Bahadur Shastri, and the president of Pakistan, Ayub Khan.",
			not:  []string{"PARTICIPATED_IN person:ayub-khan " + conf}},
	})
}
