package extract

import (
	"fmt"
	"sort"
	"testing"
)

// renderEvents prints events as "id kind=... date=... precision=... round=...".
func renderEvents(evs []*entity) []string {
	var out []string
	for _, e := range evs {
		s := e.ID
		for _, k := range []string{"kind", "date", "datePrecision", "dateText", "round"} {
			if v, ok := e.Props[k]; ok {
				s += fmt.Sprintf(" %s=%v", k, v)
			}
		}
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

// checkEvents compares the events of a relation set, rendered, with want.
func checkEvents(t *testing.T, rs relationSet, want []string) {
	t.Helper()
	got := renderEvents(rs.Events)
	if missing, extra := diffLines(got, want); len(missing)+len(extra) > 0 {
		t.Errorf("events: got %q, want %q", got, want)
	}
}

// checkEventRelations runs the relation stage on marked-up lines and checks
// both the relations of the given types and the events it builds.
func checkEventRelations(t *testing.T, published string, lines, types, relations, events []string) relationSet {
	t.Helper()
	rs := checkRelations(t, published, lines, types, nil, relations)
	checkEvents(t, rs, events)
	return rs
}

// eventCase is a row of the event tables: the lines of a document
// published on a day (or undated), the events it must give and its
// relations of the checked types.
type eventCase struct {
	name      string
	published string
	lines     []string
	events    []string
	relations []string
}

// checkEventCases runs checkEventRelations on every case, one subtest each.
func checkEventCases(t *testing.T, types []string, cases []eventCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			checkEventRelations(t, tt.published, tt.lines, types, tt.relations, tt.events)
		})
	}
}

func TestEvents(t *testing.T) {
	eventTypes := []string{"PARTICIPATED_IN", "HELD_IN", "MEDIATED", "HOSTED", "WITHDREW_FROM"}
	tests := []struct {
		name      string
		published string
		lines     []string
		events    []string
		relations []string
	}{
		{"first round of talks, dated and located", "",
			[]string{"The first round of talks between [Iran|country:iran] and the [U.S.|country:united-states] took place in [Oman|country:oman] on April 12, 2025, ending with a promise to hold more talks."},
			[]string{"event:talks:iran-united-states:2025-04-12 kind=talks date=2025-04-12 datePrecision=day dateText=April 12, 2025 round=1"},
			[]string{
				"HELD_IN event:talks:iran-united-states:2025-04-12 country:oman",
				"PARTICIPATED_IN country:iran event:talks:iran-united-states:2025-04-12",
				"PARTICIPATED_IN country:united-states event:talks:iran-united-states:2025-04-12",
			}},
		{"the people who met join the round", "",
			[]string{
				"[U.S.|country:united-states] Mideast Envoy [Steve Witkoff|person:steve-witkoff|title=Mideast Envoy] spoke.",
				"[Iran|country:iran]'s Foreign Minister [Abbas Araghchi|person:abbas-araghchi|title=Foreign Minister] spoke.",
				"The first round of talks between [Iran|country:iran] and the [U.S.|country:united-states] on April 12, 2025, in [Oman|country:oman], ended with a promise of more talks after [U.S.|country:united-states] Mideast envoy [Steve Witkoff|person:steve-witkoff|title=envoy] and [Iranian|country:iran|demonym] Foreign Minister [Abbas Araghchi|person:abbas-araghchi|title=Foreign Minister] met."},
			[]string{"event:talks:iran-united-states:2025-04-12 kind=talks date=2025-04-12 datePrecision=day dateText=April 12, 2025 round=1"},
			[]string{
				"HELD_IN event:talks:iran-united-states:2025-04-12 country:oman",
				"PARTICIPATED_IN country:iran event:talks:iran-united-states:2025-04-12",
				"PARTICIPATED_IN country:united-states event:talks:iran-united-states:2025-04-12",
				"PARTICIPATED_IN person:abbas-araghchi event:talks:iran-united-states:2025-04-12",
				"PARTICIPATED_IN person:steve-witkoff event:talks:iran-united-states:2025-04-12",
			}},
		{"talks between people named after their states", "",
			[]string{
				"[Iran|country:iran]'s Foreign Minister [Abbas Araghchi|person:abbas-araghchi|title=Foreign Minister] and [U.S.|country:united-states] Envoy [Steve Witkoff|person:steve-witkoff|title=Envoy] spoke.",
				"Talks between [Araghchi|person:abbas-araghchi] and [Witkoff|person:steve-witkoff] took place in [Muscat|place:muscat] on April 12, 2025."},
			[]string{"event:talks:iran-united-states:2025-04-12 kind=talks date=2025-04-12 datePrecision=day dateText=April 12, 2025"},
			[]string{
				"HELD_IN event:talks:iran-united-states:2025-04-12 place:muscat",
				"PARTICIPATED_IN person:abbas-araghchi event:talks:iran-united-states:2025-04-12",
				"PARTICIPATED_IN person:steve-witkoff event:talks:iran-united-states:2025-04-12",
			}},
		{"dated meeting", "2022-11-08",
			[]string{"National Security Advisor [Jake Sullivan|person:jake-sullivan|title=National Security Advisor] met with [Omani|country:oman|demonym] Foreign Minister [Badr al-Busaidi|person:badr-albusaidi|title=Foreign Minister] today."},
			[]string{"event:meeting:badr-albusaidi-jake-sullivan:2022-11-08 kind=meeting date=2022-11-08 datePrecision=day dateText=today"},
			[]string{
				"PARTICIPATED_IN person:badr-albusaidi event:meeting:badr-albusaidi-jake-sullivan:2022-11-08",
				"PARTICIPATED_IN person:jake-sullivan event:meeting:badr-albusaidi-jake-sullivan:2022-11-08",
			}},
		{"lead negotiator role", "2025-04-12",
			[]string{"Talks between [Iran|country:iran] and the [United States|country:united-states] opened in [Muscat|place:muscat] today, with [Abbas Araghchi|person:abbas-araghchi], the lead negotiator, and [Steve Witkoff|person:steve-witkoff] holding talks."},
			[]string{"event:talks:iran-united-states:2025-04-12 kind=talks date=2025-04-12 datePrecision=day dateText=today"},
			[]string{
				"HELD_IN event:talks:iran-united-states:2025-04-12 place:muscat",
				"PARTICIPATED_IN country:iran event:talks:iran-united-states:2025-04-12",
				"PARTICIPATED_IN country:united-states event:talks:iran-united-states:2025-04-12",
			}},
		{"mediator and host", "2025-04-12",
			[]string{"Talks between [Iran|country:iran] and the [United States|country:united-states], hosted by [Oman|country:oman], began today with [Omani|country:oman|demonym] mediation."},
			[]string{"event:talks:iran-united-states:2025-04-12 kind=talks date=2025-04-12 datePrecision=day dateText=today"},
			[]string{
				"HOSTED country:oman event:talks:iran-united-states:2025-04-12",
				"MEDIATED country:oman event:talks:iran-united-states:2025-04-12",
				"PARTICIPATED_IN country:iran event:talks:iran-united-states:2025-04-12",
				"PARTICIPATED_IN country:united-states event:talks:iran-united-states:2025-04-12",
			}},
		{"withdrawal from an agreement", "",
			[]string{"It came years after President [Donald Trump|person:donald-trump|title=President] unilaterally withdrew the [U.S.|country:united-states] from the [Joint Comprehensive Plan of Action|agreement:jcpoa] ([JCPOA|agreement:jcpoa])."},
			nil, // the withdrawal is the WITHDREW_FROM edge, not an event
			[]string{
				"WITHDREW_FROM country:united-states agreement:jcpoa",
				"WITHDREW_FROM person:donald-trump agreement:jcpoa",
			}},
		{"withdrawal from talks", "",
			[]string{"Iranian leaders announced on a Friday that [Iran|country:iran] no longer plans to engage in nuclear talks with the [U.S.|country:united-states] that were scheduled to take place in [Oman|country:oman] on Sunday."},
			[]string{"event:talks:iran-united-states kind=talks dateText=Sunday"},
			[]string{
				// Undated talks are the whole process: no venue.
				"PARTICIPATED_IN country:iran event:talks:iran-united-states",
				"PARTICIPATED_IN country:united-states event:talks:iran-united-states",
				"WITHDREW_FROM country:iran event:talks:iran-united-states",
			}},
		{"revolution with its year", "",
			[]string{"Enmity stems from the 1979 Islamic Revolution, historians say."},
			[]string{"event:revolution:islamic-revolution-1979 kind=revolution date=1979 datePrecision=year dateText=1979"},
			nil},
		{"catalog event authorized", "",
			[]string{"In June, President [Donald Trump|person:donald-trump|title=President] authorized [Operation Midnight Hammer|event:operation-midnight-hammer] which obliterated nuclear sites."},
			nil,
			[]string{"PARTICIPATED_IN person:donald-trump event:operation-midnight-hammer"}},

		{"attended a catalog event", "",
			[]string{"[Hillary Clinton|person:hillary-clinton] attended the [US-Islamic World Forum|event:us-islamic-world-forum] in Doha."},
			nil,
			[]string{"PARTICIPATED_IN person:hillary-clinton event:us-islamic-world-forum"}},
		{"operation named in the text", "2026-02-06",
			[]string{"In June, President [Donald Trump|person:donald-trump|title=President] authorized Operation Midnight Hammer which obliterated nuclear facilities."},
			[]string{"event:attack:operation-midnight-hammer kind=attack date=2025-06 datePrecision=month dateText=June"},
			[]string{"PARTICIPATED_IN person:donald-trump event:attack:operation-midnight-hammer"}},
		{"a ruler's reforms known by the event's name", "",
			[]string{"[Ruhollah Khomeini|person:ruhollah-khomeini] became an active critic of the [Shah|person:mohammad-reza-pahlavi]'s far-reaching series of reforms known as the _[White Revolution|event:white-revolution]_."},
			nil,
			[]string{"PARTICIPATED_IN person:mohammad-reza-pahlavi event:white-revolution"}},
		{"a ruler's critics known by a name did no deed", "",
			[]string{"The [Shah|person:mohammad-reza-pahlavi]'s critics, known as the [White Revolution|event:white-revolution], met."},
			nil, nil},
		{"an operation unleashed", "2026-03-03",
			[]string{"Today, the [United States|country:united-states] unleashed Operation Economic Outcast."},
			[]string{"event:attack:operation-economic-outcast kind=attack date=2026-03-03 datePrecision=day dateText=Today"},
			[]string{"PARTICIPATED_IN country:united-states event:attack:operation-economic-outcast"}},
		{"an operation begun", "2026-03-03",
			[]string{"Today, the [United States|country:united-states] has begun Operation Economic Outcast."},
			[]string{"event:attack:operation-economic-outcast kind=attack date=2026-03-03 datePrecision=day dateText=Today"},
			[]string{"PARTICIPATED_IN country:united-states event:attack:operation-economic-outcast"}},
		{"a raid in an operation named in the text", "",
			[]string{"In 1973, [Israeli|country:israel|demonym] commandos raided [Beirut|place:beirut] in Operation Spring of Youth."},
			[]string{"event:attack:operation-spring-of-youth kind=attack date=1973 datePrecision=year dateText=1973"},
			[]string{"PARTICIPATED_IN country:israel event:attack:operation-spring-of-youth"}},
		{"participated, with an adverb, in a war", "",
			[]string{"[Ariel Sharon|person:ariel-sharon] participated prominently in the [1948 Palestine war|event:war:1948-palestine-war]."},
			nil,
			[]string{"PARTICIPATED_IN person:ariel-sharon event:war:1948-palestine-war"}},
		{"commanded a unit in a war", "",
			[]string{"[Ariel Sharon|person:ariel-sharon] commanded an armoured division in the [Six-Day War|event:war:six-day-war]."},
			nil,
			[]string{"PARTICIPATED_IN person:ariel-sharon event:war:six-day-war"}},
		{"took an active part in", "",
			[]string{"[Ariel Sharon|person:ariel-sharon] took an active part in the [Suez Crisis|event:crisis:suez-crisis]."},
			nil,
			[]string{"PARTICIPATED_IN person:ariel-sharon event:crisis:suez-crisis"}},
		{"commanded a unit, no war named", "",
			[]string{"[Ariel Sharon|person:ariel-sharon] commanded a division in [Sinai|place:sinai]."},
			nil, nil},
		{"their victory in an event, then its owner", "",
			[]string{"After their victory in the [Battle of Karameh|event:battle-of-karameh], [Fatah|organization:fatah] and other militias took control."},
			nil,
			[]string{"PARTICIPATED_IN organization:fatah event:battle-of-karameh"}},
		{"the victory of no one named", "",
			[]string{"After the victory in the [Battle of Karameh|event:battle-of-karameh], [Fatah|organization:fatah] took control."},
			nil, nil},
		{"a state prompted to start an event", "",
			[]string{"The attacks prompted the [United States|country:united-states] to initiate the [War on Terror|event:war-on-terror]."},
			nil,
			[]string{"PARTICIPATED_IN country:united-states event:war-on-terror"}},
		{"a state urged to start an event may not have", "",
			[]string{"[Iran|country:iran] urged the [United States|country:united-states] to initiate the [War on Terror|event:war-on-terror]."},
			nil, nil},
		{"operation with \"for\" inside its name", "",
			[]string{"In 1982, [Israel|country:israel] launched Operation Peace for Galilee against the [PLO|organization:plo]."},
			[]string{"event:attack:operation-peace-for-galilee kind=attack date=1982 datePrecision=year dateText=1982"},
			[]string{"PARTICIPATED_IN country:israel event:attack:operation-peace-for-galilee"}},
		{"operation with \"of\" inside its name", "",
			[]string{"Operation Grapes of Wrath began in April 1996."},
			[]string{"event:attack:operation-grapes-of-wrath kind=attack date=1996-04 datePrecision=month dateText=April 1996"},
			nil},

		{"mediated between two parties", "",
			[]string{"[Oman|country:oman] has mediated between [Iran|country:iran] and the [United States|country:united-states] for years."},
			[]string{"event:talks:iran-united-states kind=talks"},
			[]string{
				"MEDIATED country:oman event:talks:iran-united-states",
				"PARTICIPATED_IN country:iran event:talks:iran-united-states",
				"PARTICIPATED_IN country:united-states event:talks:iran-united-states",
			}},
		{"mediator named in the next sentence", "2025-04-12",
			[]string{
				"Talks between [Iran|country:iran] and the [United States|country:united-states] opened today.",
				"[Oman|country:oman] mediated, officials said."},
			[]string{"event:talks:iran-united-states:2025-04-12 kind=talks date=2025-04-12 datePrecision=day dateText=today"},
			[]string{
				"MEDIATED country:oman event:talks:iran-united-states:2025-04-12",
				"PARTICIPATED_IN country:iran event:talks:iran-united-states:2025-04-12",
				"PARTICIPATED_IN country:united-states event:talks:iran-united-states:2025-04-12",
			}},

		{"dated signing", "",
			[]string{"On 24 November 2013, [Iran|country:iran] signed the [Joint Plan of Action|agreement:jpoa] in [Geneva|place:geneva]."},
			[]string{"event:agreement:jpoa:2013-11-24 kind=agreement date=2013-11-24 datePrecision=day dateText=24 November 2013"},
			[]string{
				"HELD_IN event:agreement:jpoa:2013-11-24 place:geneva",
			}},
		{"people signing take part, their states are parties", "",
			[]string{"On 24 November 2013, [Catherine Ashton|person:ashton] and [Mohammad Javad Zarif|person:zarif] signed the [Joint Plan of Action|agreement:jpoa] in [Geneva|place:geneva]."},
			[]string{"event:agreement:jpoa:2013-11-24 kind=agreement date=2013-11-24 datePrecision=day dateText=24 November 2013"},
			[]string{
				"HELD_IN event:agreement:jpoa:2013-11-24 place:geneva",
				"PARTICIPATED_IN person:ashton event:agreement:jpoa:2013-11-24",
				"PARTICIPATED_IN person:zarif event:agreement:jpoa:2013-11-24",
			}},

		{"two parties' dated signing is no talks besides", "",
			[]string{"On 24 November 2013, [Iran|country:iran] and the [P5+1|organization:p5-plus-1] signed the [Joint Plan of Action|agreement:jpoa] in [Geneva|place:geneva]."},
			[]string{"event:agreement:jpoa:2013-11-24 kind=agreement date=2013-11-24 datePrecision=day dateText=24 November 2013"},
			[]string{
				"HELD_IN event:agreement:jpoa:2013-11-24 place:geneva",
			}},

		// Negative cases.
		{"undated signing is no event", "",
			[]string{"[Iran|country:iran] signed the [Joint Plan of Action|agreement:jpoa] in [Geneva|place:geneva]."},
			nil, nil},
		{"undated meeting is no event", "",
			[]string{"[Jake Sullivan|person:jake-sullivan] met with [Badr al-Busaidi|person:badr-albusaidi]."},
			nil, nil},
		{"venue in general names no event", "",
			[]string{"[Oman|country:oman] has frequently served as a vital, discreet venue for these sensitive negotiations."},
			nil, nil},
		{"talks with one party are no event", "2025-04-12",
			[]string{"Talks took place in [Oman|country:oman] today."},
			nil, nil},
		{"a revolution without a year opening a heading is no event", "",
			[]string{"The Islamic Revolution: Causes and Consequences"},
			nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := checkEventRelations(t, tt.published, tt.lines, eventTypes, tt.relations, tt.events)
			for _, m := range rs.Mentions {
				if m.Type != "Event" || m.Start >= m.End {
					t.Errorf("event mention %+v: want an Event with a span", m)
				}
			}
		})
	}
}

func TestEventIDsAgreeAcrossDocuments(t *testing.T) {
	a, aEnts := markup(t, "",
		"The first round of talks between [Iran|country:iran] and the [U.S.|country:united-states] took place in [Oman|country:oman] on April 12, 2025.")
	b, bEnts := markup(t, "2025-04-14",
		"Talks between the [United States|country:united-states] and [Iran|country:iran] were held in [Muscat|place:muscat] on Saturday, April 12, 2025.")
	ea, eb := renderEvents(relate(a, aEnts).Events), renderEvents(relate(b, bEnts).Events)
	if len(ea) != 1 || len(eb) != 1 {
		t.Fatalf("got events %q and %q, want one each", ea, eb)
	}
	idA, idB := relate(a, aEnts).Events[0].ID, relate(b, bEnts).Events[0].ID
	if idA != idB {
		t.Errorf("event ids differ across documents: %q vs %q", idA, idB)
	}
}

// TestHeadlineTalksTakeThePublicationDay: a news item in the simple present
// reports the talks of its publication day, which then have a venue; plans,
// habits and denials do not.
func TestHeadlineTalksTakeThePublicationDay(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"talks resume in a city", "Talks between [Iran|country:iran] and the [United States|country:united-states] resume in [Vienna|place:vienna].",
			[]string{"HELD_IN event:talks:iran-united-states:2021-04-06 place:vienna"}},
		{"two states hold talks in a city", "[Iran|country:iran] and the [United States|country:united-states] hold indirect talks in [Muscat|place:muscat].",
			[]string{"HELD_IN event:talks:iran-united-states:2021-04-06 place:muscat"}},
		{"a leader arrives for talks", "[Benjamin Netanyahu|person:benjamin-netanyahu] arrives in [Washington|place:washington] for talks with [Donald Trump|person:donald-trump].",
			[]string{"HELD_IN event:talks:benjamin-netanyahu-donald-trump:2021-04-06 place:washington"}},
		{"talks held in a city, a habit told after the place", "Talks between [Iran|country:iran] and the [United States|country:united-states] resume in [Vienna|place:vienna] every spring.",
			nil},
		{"a deal they hope to reach is a plan", "[Iran|country:iran] and the [P5+1|organization:p5-plus-1] hope to reach a deal in [Geneva|place:geneva].",
			nil},
		{"talks that will resume are a plan", "Talks between [Iran|country:iran] and the [United States|country:united-states] will resume in [Vienna|place:vienna].",
			nil},
		{"talks held regularly are a habit", "[Iran|country:iran] and the [United States|country:united-states] regularly hold talks in [Muscat|place:muscat].",
			nil},
		{"past talks keep their own date", "Talks between [Iran|country:iran] and the [United States|country:united-states] resumed in [Vienna|place:vienna] on April 1, 2021.",
			[]string{"HELD_IN event:talks:iran-united-states:2021-04-01 place:vienna"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "2021-04-06", []string{tt.line}, []string{"HELD_IN"}, nil, tt.want)
		})
	}
}

// TestHeadlineAttacksTakeThePublicationDay: an attack told in the present
// tense of a news item happened the day it was published, where it struck;
// an attack noun, a habit or an undated past attack gives no event.
func TestHeadlineAttacksTakeThePublicationDay(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"rebels fire a missile at an airport", "[Houthi rebels|organization:houthis] fire a ballistic missile at [King Khalid International Airport|place:kkia] in [Riyadh|place:riyadh].",
			[]string{"PARTICIPATED_IN organization:houthis event:attack:houthis-kkia:2017-11-04", "HELD_IN event:attack:houthis-kkia:2017-11-04 place:kkia"}},
		{"a state fires its weapons, named without an article", "[Iran|country:iran] fires ballistic missiles at [Israel|country:israel].",
			[]string{"PARTICIPATED_IN country:iran event:attack:iran-israel:2017-11-04", "HELD_IN event:attack:iran-israel:2017-11-04 country:israel"}},
		{"a past barrage is no headline", "[Iran|country:iran] fired ballistic missiles at [Israel|country:israel].",
			nil},
		{"a state launches airstrikes on positions in a city its adjective describes", "The [United States|country:us] launches airstrikes on [ISIL|organization:isil] positions in the [Libyan|country:libya|demonym] city of [Sirte|place:sirte].",
			[]string{"PARTICIPATED_IN country:us event:attack:isil-us:2017-11-04", "HELD_IN event:attack:isil-us:2017-11-04 place:sirte"}},
		{"a state carries out air strikes", "The [US|country:us] carries out air strikes in [Libya|country:libya].",
			[]string{"PARTICIPATED_IN country:us event:attack:libya-us:2017-11-04", "HELD_IN event:attack:libya-us:2017-11-04 country:libya"}},
		{"the place of the clause after is another deed's", "[Israel Defense Forces|organization:idf] launch air strikes on the [Gaza Strip|place:gaza] after militants fire rockets at [Israel|country:israel].",
			[]string{"PARTICIPATED_IN organization:idf event:attack:gaza-idf:2017-11-04", "HELD_IN event:attack:gaza-idf:2017-11-04 place:gaza"}},
		{"aircraft strike a number of targets", "[Israeli|country:israel|demonym] aircraft strike about 100 targets in the [Gaza Strip|place:gaza] overnight.",
			[]string{"PARTICIPATED_IN country:israel event:attack:gaza-israel:2017-11-04", "HELD_IN event:attack:gaza-israel:2017-11-04 place:gaza"}},
		{"an attack noun is no headline verb", "The G7 condemns [Iran|country:iran]’s direct and unprecedented attack against [Israel|country:israel].",
			nil},
		{"a habit is no news", "[Israel|country:israel] often strikes [Syria|country:syria].",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "2017-11-04", []string{tt.line}, []string{"HELD_IN", "PARTICIPATED_IN"}, nil, tt.want)
		})
	}
}

// TestTalksOnTheSentencesDay: talks told without a date of their own
// happened on the one day their sentence gives; with two dates in the
// sentence, which one is not said, and no session of a day is built.
func TestTalksOnTheSentencesDay(t *testing.T) {
	checkEventCases(t, []string{"PARTICIPATED_IN"}, []eventCase{
		{"the day of the clause before", "2019-10-17",
			[]string{"[Turkey|country:turkey] agreed Thursday to suspend its offensive in northeastern Syria for five days to let fighters withdraw from a strip of territory along the border, after more than four hours of talks between [Recep Tayyip Erdogan|person:erdogan] and [Mike Pence|person:pence]."},
			[]string{"event:talks:erdogan-pence:2019-10-17 kind=talks date=2019-10-17 datePrecision=day dateText=Thursday"},
			[]string{"PARTICIPATED_IN person:erdogan event:talks:erdogan-pence:2019-10-17", "PARTICIPATED_IN person:pence event:talks:erdogan-pence:2019-10-17"}},
		{"two days in the sentence", "2019-10-17",
			[]string{"[Turkey|country:turkey] agreed Thursday to a pause it had refused on Monday after talks between [Recep Tayyip Erdogan|person:erdogan] and [Mike Pence|person:pence]."},
			nil, nil},
	})
}
