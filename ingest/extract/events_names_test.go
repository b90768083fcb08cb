package extract

import (
	"slices"
	"testing"
)

func TestNamedEvents(t *testing.T) {
	types := []string{"PARTICIPATED_IN", "HELD_IN"}
	tests := []struct {
		name      string
		lines     []string
		events    []string
		relations []string
	}{
		{"a war named after its sides, dated by its bracketed years",
			[]string{"Throughout the [Iran|country:iran]–[Iraq|country:iraq] War (1980–1988), [Qatar|country:qatar] supported [Iraq|country:iraq]."},
			[]string{"event:war:iran-iraq-war kind=war date=1980 datePrecision=year dateText=1980"},
			[]string{"PARTICIPATED_IN country:iran event:war:iran-iraq-war", "PARTICIPATED_IN country:iraq event:war:iran-iraq-war"}},
		{"a forum named with \"and\" inside its name",
			[]string{"In 2019 the president attended the Belt and Road Forum in [Beijing|place:beijing]."},
			[]string{"event:forum:belt-and-road-forum kind=forum date=2019 datePrecision=year dateText=2019"},
			[]string{"HELD_IN event:forum:belt-and-road-forum place:beijing"}},
		{"a summit named with its year, dated by the day the sentence holds it on",
			[]string{"The 2022 Quxland summit was the 22nd meeting of the council, held on 15–16 September 2022 in [Samarkand|place:samarkand]."},
			[]string{"event:summit:2022-quxland-summit kind=summit date=2022-09-15 datePrecision=day dateText=15–16 September 2022"},
			[]string{"HELD_IN event:summit:2022-quxland-summit place:samarkand"}},
		{"a summit named with its year keeps it when the day told is another year's",
			[]string{"The 2022 Quxland summit, held on 15 September 2021 in [Samarkand|place:samarkand], failed."},
			[]string{"event:summit:2022-quxland-summit kind=summit date=2022 datePrecision=year dateText=2022"},
			[]string{"HELD_IN event:summit:2022-quxland-summit place:samarkand"}},
		{"a conference convened with an indefinite article is named",
			[]string{"The caretaker government convened a Round Table Conference in [Khartoum|place:khartoum] in March 1965."},
			[]string{"event:conference:round-table-conference kind=conference date=1965-03 datePrecision=month dateText=March 1965"},
			[]string{"HELD_IN event:conference:round-table-conference place:khartoum"}},
		{"an indefinite conference not convened is no name",
			[]string{"They spoke of a Round Table Conference in [Khartoum|place:khartoum] one day."},
			nil, nil},
		{"a lower-case war between two named sides",
			[]string{"The [Israel|country:israel]–[Hamas|organization:hamas] war spread."},
			[]string{"event:war:israel-hamas-war kind=war"},
			[]string{"PARTICIPATED_IN country:israel event:war:israel-hamas-war", "PARTICIPATED_IN organization:hamas event:war:israel-hamas-war"}},
		{"governorate elections named by their year, held on a day of it",
			[]string{"The 2009 [Iraqi|country:iraq|demonym] governorate elections were held on 31 January 2009."},
			[]string{"event:election:2009-iraqi-governorate-elections kind=election date=2009-01-31 datePrecision=day dateText=31 January 2009"}, nil},
		{"a prime ministerial election named by its year",
			[]string{"[Ariel Sharon|person:ariel-sharon] won the 2001 [Israeli|country:israel|demonym] prime ministerial election."},
			[]string{"event:election:2001-israeli-prime-ministerial-election kind=election date=2001 datePrecision=year dateText=2001"},
			[]string{"PARTICIPATED_IN person:ariel-sharon event:election:2001-israeli-prime-ministerial-election"}},
		{"a conflict between two named groups",
			[]string{"The [Fatah|organization:fatah]–[Hamas|organization:hamas] conflict broke out in 2006."},
			[]string{"event:war:fatah-hamas-conflict kind=war date=2006 datePrecision=year dateText=2006"},
			[]string{"PARTICIPATED_IN organization:fatah event:war:fatah-hamas-conflict", "PARTICIPATED_IN organization:hamas event:war:fatah-hamas-conflict"}},
		{"a war of independence keeps its tail",
			[]string{"[Ankara|place:ankara] was the headquarters of the movement during the Quxish War of Independence."},
			[]string{"event:war:quxish-war-of-independence kind=war"}, nil},
		{"a body named for war is no war",
			[]string{"In November 1914, the Quxish War Cabinet began to consider the future of [Palestine|place:palestine]."},
			nil, nil},
		{"a war is not dated by a deed during it",
			[]string{"The plant was attacked during the Tanker War and was destroyed in June 1981."},
			[]string{"event:war:tanker-war kind=war"}, nil},
		{"a sentence opening with its year dates the war",
			[]string{"In 1991, following the end of the Persian Gulf War, the emir spoke."},
			[]string{"event:war:persian-gulf-war kind=war date=1991 datePrecision=year dateText=1991"}, nil},
		{"a hypothetical war between two states is no event",
			[]string{"It could lead to a [U.S.|country:united-states]-[Iran|country:iran] war."},
			nil, nil},
		{"a feared world war is no event",
			[]string{"The conflicts could spark World War 3 or even World War III."},
			nil, nil},
		{"a numbered world war is one",
			[]string{"Research began during World War II."},
			[]string{"event:war:world-war-ii kind=war"}, nil},
		{"an office named after a war is no event",
			[]string{"The Department of War and the Secretary of War spoke."},
			nil, nil},
		{"a conference named for the state it is about",
			[]string{"The Geneva Conference on [Syria|country:syria] was attended by [Walid Muallem|person:walid-muallem]."},
			[]string{"event:conference:geneva-conference-on-syria kind=conference"},
			[]string{"PARTICIPATED_IN person:walid-muallem event:conference:geneva-conference-on-syria"}},
		{"a conference on a day is the conference",
			[]string{"The Madrid Conference on Saturday was attended by [Walid Muallem|person:walid-muallem]."},
			[]string{"event:conference:madrid-conference kind=conference"},
			[]string{"PARTICIPATED_IN person:walid-muallem event:conference:madrid-conference"}},
		{"a numbered conference with its treaty and venue",
			[]string{"The Tenth Review Conference of the Parties to the [Treaty on the Non-Proliferation of Nuclear Weapons|agreement:npt] opened in [New York|place:new-york] on August 1, 2022."},
			[]string{"event:conference:tenth-review-conference-of-the-parties-to-the-treaty-on-the-non-proliferation-of-nuclear-weapons kind=conference date=2022-08-01 datePrecision=day dateText=August 1, 2022"},
			[]string{"HELD_IN event:conference:tenth-review-conference-of-the-parties-to-the-treaty-on-the-non-proliferation-of-nuclear-weapons place:new-york"}},
		{"a forum attended, with its venue",
			[]string{"In February 2010, [Hillary Clinton|person:hillary-clinton] spoke at the [US|country:united-states]-Islamic World Forum in [Doha|place:doha]."},
			[]string{"event:forum:us-islamic-world-forum kind=forum date=2010-02 datePrecision=month dateText=February 2010"},
			[]string{"HELD_IN event:forum:us-islamic-world-forum place:doha", "PARTICIPATED_IN person:hillary-clinton event:forum:us-islamic-world-forum"}},
		{"a standing conference is an organisation, not an event",
			[]string{"The Islamic Conference adopted a resolution."},
			nil, nil},
		{"a forum with its acronym is an organisation",
			[]string{"The Generation IV International Forum (GIF) was formed."},
			nil, nil},
		{"a party conference's chair is a title, not an event",
			[]string{"Senate Republican Conference Chair [Tom Cotton|person:tom-cotton|title=Senate Republican Conference Chair] spoke."},
			nil, nil},
		{"a summit someone chaired",
			[]string{"[Donald Trump|person:trump] co-chaired the Quxburg Summit, which ended at night."},
			[]string{"event:summit:quxburg-summit kind=summit"},
			[]string{"PARTICIPATED_IN person:trump event:summit:quxburg-summit"}},
		{"a summit with a tail, which brought leaders together",
			[]string{"Leaders praised the Quxburg Summit for Peace, which brought twenty of them to the resort."},
			[]string{"event:summit:quxburg-summit kind=summit"}, nil},
		{"an organisation's name ending in Conference is no event",
			[]string{"The [Organisation of the Islamic Conference|organization:oic] met at the summit."},
			nil, nil},
		{"an election and its protests, dated by their year",
			[]string{"The 2009 Iranian presidential election was followed by the 2009–10 Iranian election protests."},
			[]string{
				"event:election:2009-iranian-presidential-election kind=election date=2009 datePrecision=year dateText=2009",
				"event:protest:2009-10-iranian-election-protests kind=protest date=2009 datePrecision=year dateText=2009",
			}, nil},
		{"protests named by their year and told with their place are the protests of the place",
			[]string{"After the March 2011 protests in [Bahrain|country:bahrain], relations cooled.", "The 2011 [Bahrain|country:bahrain] protests ended."},
			[]string{"event:protest:2011-bahrain-protests kind=protest date=2011 datePrecision=year dateText=2011"},
			[]string{"HELD_IN event:protest:2011-bahrain-protests country:bahrain"}},
		{"revolutions, uprisings and insurgencies named by their year",
			[]string{"The 1952 Egyptian revolution, the 1991 Iraqi uprisings and the 2003 Iraqi insurgency changed the region."},
			[]string{
				"event:revolution:1952-egyptian-revolution kind=revolution date=1952 datePrecision=year dateText=1952",
				"event:protest:1991-iraqi-uprisings kind=protest date=1991 datePrecision=year dateText=1991",
				"event:war:2003-iraqi-insurgency kind=war date=2003 datePrecision=year dateText=2003",
			}, nil},
		{"a year followed by a clause names no election",
			[]string{"He won in 2009 after the elections were held."},
			nil, nil},
		{"an incident with a named victim",
			[]string{"The downing of [Iran Air|organization:iran-air] Flight 655 in July 1988 killed 290 people."},
			[]string{"event:incident:downing-of-iran-air-flight-655 kind=incident date=1988-07 datePrecision=month dateText=July 1988"}, nil},
		{"the same incident written another way is the same event",
			[]string{"The shootdown of [Iran Air|organization:iran-air] Flight 655 was condemned."},
			[]string{"event:incident:downing-of-iran-air-flight-655 kind=incident"}, nil},
		{"an incident with no named victim is no event",
			[]string{"The killing of civilians in [Gaza|place:gaza] continued."},
			nil, nil},
		{"the killing of someone an organisation describes names no victim",
			[]string{"It was linked to the killing of the [PLO|organization:plo] representative there."},
			nil, nil},
		{"a title-case headline names nothing",
			[]string{"Imposing Additional Costs on Russia for Its Continued War Against Ukraine"},
			nil, nil},
		{"an operation named again without the word",
			[]string{"On June 21, 2025, the [United States|country:united-states] launched Operation Midnight Bear.", "After Midnight Bear, [Iran|country:iran] fought in it."},
			[]string{"event:attack:operation-midnight-bear kind=attack date=2025-06-21 datePrecision=day dateText=June 21, 2025"},
			[]string{"PARTICIPATED_IN country:united-states event:attack:operation-midnight-bear"}},
		{"the sides of a catalog war are the document's states its name joins",
			[]string{"[Iraq|country:iraq] and [Iran|country:iran] fought the [Iran–Iraq War|event:iran-iraq-war]."},
			nil,
			[]string{"PARTICIPATED_IN country:iran event:iran-iraq-war", "PARTICIPATED_IN country:iraq event:iran-iraq-war"}},
		{"a veteran of a war took part in it",
			[]string{"Weightlifter [Yossef Romano|person:yossef-romano], a veteran of the [Six-Day War|event:six-day-war], was killed."},
			nil,
			[]string{"PARTICIPATED_IN person:yossef-romano event:six-day-war"}},
		{"one who fought in a war, told in an aside",
			[]string{"[Yossef Romano|person:yossef-romano], who had fought in the [Six-Day War|event:six-day-war], was killed."},
			nil,
			[]string{"PARTICIPATED_IN person:yossef-romano event:six-day-war"}},
		{"a book about a war is no part in it",
			[]string{"[Yossef Romano|person:yossef-romano], a historian of the [Six-Day War|event:six-day-war], spoke."},
			nil, nil},
		{"a lower-case summit after a group's name",
			[]string{"Leaders met at the [G20|organization:g20] summit in [Rome|place:rome] on October 30, 2021."},
			[]string{"event:summit:g20-summit kind=summit date=2021-10-30 datePrecision=day dateText=October 30, 2021"},
			[]string{"HELD_IN event:summit:g20-summit place:rome"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := checkRelations(t, "", tt.lines, types, nil, tt.relations)
			for _, m := range rs.Mentions {
				if m.Type != "Event" || m.Start >= m.End {
					t.Errorf("event mention %+v: want an Event with a span", m)
				}
			}
			checkEvents(t, rs, tt.events)
		})
	}
}

func TestCatalogEventsAreDatedFromTheText(t *testing.T) {
	doc, ents := markup(t, "", "Leading up to the [Iranian Revolution|event:iranian-revolution] in 1979, [Qatar|country:qatar] and [Iran|country:iran] were friends.",
		"The [Iran–Iraq War|event:iran-iraq-war] ended.")
	relate(doc, ents)
	rev := ents.Entities["event:iranian-revolution"].Props
	if rev["date"] != "1979" || rev["datePrecision"] != "year" {
		t.Errorf("revolution: got date %v (%v), want 1979 (year)", rev["date"], rev["datePrecision"])
	}
	if d, ok := ents.Entities["event:iran-iraq-war"].Props["date"]; ok {
		t.Errorf("war with no date in its sentence: got date %v", d)
	}
}

func TestOperationNamedAgainIsAMention(t *testing.T) {
	doc, ents := markup(t, "", "The [United States|country:united-states] launched Operation Midnight Bear.", "After Midnight Bear, talks stopped; Midnight Bearings are parts.")
	rs := relate(doc, ents)
	var texts []string
	for _, m := range rs.Mentions {
		if m.EntityID == "event:attack:operation-midnight-bear" {
			texts = append(texts, m.Text)
		}
	}
	if len(texts) != 2 || texts[0] != "Operation Midnight Bear" || texts[1] != "Midnight Bear" {
		t.Errorf("mentions of the operation: got %q, want the full name and one bare name", texts)
	}
}

// TestTextYearOfACatalogEventStays: the text's year of a catalog event is
// its date, though the catalog's description names the day: the document
// dates it by the year, and so do its readers.
func TestTextYearOfACatalogEventStays(t *testing.T) {
	x := testExtractor(t)
	res := x.Extract(docOf("In 1988, the Iran Air Flight 655 shootdown killed 290 people."))
	for _, e := range res.Entities {
		if e.ID != "event:iran-air-flight-655-shootdown" {
			continue
		}
		if e.Properties["date"] != "1988" || e.Properties["datePrecision"] != "year" {
			t.Errorf("got %v (%v), want 1988 (year)", e.Properties["date"], e.Properties["datePrecision"])
		}
		return
	}
	t.Errorf("no event:iran-air-flight-655-shootdown among %v", res.Entities)
}

func TestAnchorOfATimeAdverbialKeepsItsOwnDate(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"the date after 'Following the war,' dates the main clause", []string{
			"[Iran|country:iran] and [Iraq|country:iraq] fought for years.",
			"Following the [Iran–Iraq War|event:iran-iraq-war], in 1989, [Rafsanjani|person:rafsanjani] rebuilt the economy."},
			[]string{"PARTICIPATED_IN country:iran event:iran-iraq-war", "PARTICIPATED_IN country:iraq event:iran-iraq-war"}},
		{"a war's own date still dates it", []string{
			"[Iran|country:iran] and [Iraq|country:iraq] fought for years.",
			"In 1980 the [Iran–Iraq War|event:iran-iraq-war] began."},
			[]string{"PARTICIPATED_IN country:iran event:iran-iraq-war date=1980", "PARTICIPATED_IN country:iraq event:iran-iraq-war date=1980"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"PARTICIPATED_IN"}, []string{"date"}, tt.want)
		})
	}
}

// TestCatalogEventYearBefore: "the 1967 Six-Day War" dates the catalog's
// war, whose name leaves the year out.
func TestCatalogEventYearBefore(t *testing.T) {
	x := testExtractor(t)
	res := x.Extract(docOf("Islamism rose after the 1967 Six-Day War, historians say."))
	for _, e := range res.Entities {
		if e.Name == "Six-Day War" {
			if e.Properties["date"] != "1967" || e.Properties["datePrecision"] != "year" {
				t.Errorf("Six-Day War: date %v (%v), want 1967 (year)", e.Properties["date"], e.Properties["datePrecision"])
			}
			return
		}
	}
	t.Errorf("no Six-Day War among %+v", res.Entities)
}

// TestYearBeforeCatalogEventIsItsMention: "the 1967 Six-Day War" is one
// phrase, so a deed "during the" war still reads its sides.
func TestYearBeforeCatalogEventIsItsMention(t *testing.T) {
	x := testExtractor(t)
	res := x.Extract(docOf("Israel captured East Jerusalem from Jordan during the 1967 Six-Day War."))
	got := relationKeys(res)
	for _, e := range res.Entities {
		if e.Name != "Six-Day War" {
			continue
		}
		for _, m := range e.Mentions {
			if m.Text != "1967 Six-Day War" {
				t.Errorf("mention %q, want %q", m.Text, "1967 Six-Day War")
			}
		}
		if !got["PARTICIPATED_IN country:israel "+e.ID] {
			t.Errorf("Israel takes no part in %s; got %v", e.ID, got)
		}
		return
	}
	t.Errorf("no Six-Day War among %+v", res.Entities)
}

// TestCatalogDatesFillWhatTheTextLeaves: a catalog event or agreement the
// document does not date takes the catalog's date, marked as such; a date
// any sentence gives comes first, even one read after the undated mention.
func TestCatalogDatesFillWhatTheTextLeaves(t *testing.T) {
	tests := []struct {
		name, text, entity         string
		wantDate, wantPrec, wantBy string // wantBy: the dateText
	}{
		{"undated in the text: the catalog's year",
			"Beirut was a centre of finance until the outbreak of the Lebanese Civil War.",
			"Lebanese Civil War", "1975", "year", CatalogDateText},
		{"undated in the text: the catalog's day",
			"After their victory in the Battle of Karameh, Fatah grew.",
			"Battle of Karameh", "1968-03-21", "day", CatalogDateText},
		{"a later sentence's date comes first",
			"After their victory in the Battle of Karameh, Fatah grew. The Battle of Karameh in 1968 made it famous.",
			"Battle of Karameh", "1968", "year", "1968"},
		{"an agreement takes the day it was signed",
			"The United States withdrew from the JCPOA in 2018.",
			"Joint Comprehensive Plan of Action", "2015-07-14", "day", CatalogDateText},
		{"a day in the name and a year in the text make a day",
			"In 1958 the 14 July Revolution overthrew the monarchy of Iraq.",
			"1958 Iraqi revolution", "1958-07-14", "day", "1958"},
		{"a day in a name nobody catalogued",
			"In 1964 the 21 October Revolution ended military rule in Sudan.",
			"21 October Revolution", "1964-10-21", "day", "1964"},
		{"an event the catalog does not date stays undated",
			"Analysts wrote about the Iran–Israel proxy conflict.",
			"Iran–Israel proxy conflict", "", "", ""},
	}
	x := testExtractor(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, p, by := entityDate(t, x, tt.text, tt.entity)
			if d != tt.wantDate || p != tt.wantPrec || by != tt.wantBy {
				t.Errorf("got date %q (%q, %q), want %q (%q, %q)", d, p, by, tt.wantDate, tt.wantPrec, tt.wantBy)
			}
		})
	}
}

// entityDate extracts text and gives the date, precision and date text of
// its entity of that name, failing the test when there is none.
func entityDate(t *testing.T, x *Extractor, text, name string) (date, prec, by string) {
	t.Helper()
	res := x.Extract(docOf(text))
	i := slices.IndexFunc(res.Entities, func(e Entity) bool { return e.Name == name })
	if i < 0 {
		t.Fatalf("no entity %q among %+v", name, res.Entities)
	}
	props := res.Entities[i].Properties
	date, _ = props["date"].(string)
	prec, _ = props["datePrecision"].(string)
	by, _ = props["dateText"].(string)
	return date, prec, by
}

// TestYearlessDaysInNames: "the September 14 attack" in recent news is
// that September's; a catalog event's name with a day in it ("the October
// 7 attacks") is never dated by the publication's year.
func TestYearlessDaysInNames(t *testing.T) {
	tests := []struct {
		name, published, text, event, wantDate string
	}{
		{"a deed of last month is this year's", "2019-10-11",
			"The news follows the September 14 attack on two oil facilities.", "September 14 attack", "2019-09-14"},
		{"a deed of January read in February is this year's", "2020-02-10",
			"Markets recovered after the January 3 attack on the airport.", "January 3 attack", "2020-01-03"},
		{"a strike of last week", "2024-04-10",
			"Iran blamed Israel for the April 1 strike on its consulate in Damascus.", "April 1 strike", "2024-04-01"},
		{"a deed further back is undated", "2020-06-30",
			"Markets recovered after the January 3 attack on the airport.", "January 3 attack", ""},
		{"no publication date: undated", "",
			"The news follows the September 14 attack on two oil facilities.", "September 14 attack", ""},
		{"a catalog event named by its day: the catalog's year", "2025-11-20",
			"Israel recalled the October 7 attacks by Hamas.", "October 7 attacks", "2023-10-07"},
		{"even in the days after it", "2023-10-20",
			"Israel recalled the October 7 attacks by Hamas.", "October 7 attacks", "2023-10-07"},
	}
	x := testExtractor(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := docPublished(t, tt.text, tt.published)
			res := x.Extract(doc)
			// The event mentioned so, whatever its name: a dated deed may
			// be a catalog event of that day (events_catalog_days.go).
			i := slices.IndexFunc(res.Entities, func(e Entity) bool {
				return e.Type == "Event" && slices.ContainsFunc(e.Mentions, func(m Span) bool { return m.Text == tt.event })
			})
			if i < 0 {
				t.Fatalf("no event %q among %+v", tt.event, res.Entities)
			}
			if got, _ := res.Entities[i].Properties["date"].(string); got != tt.wantDate {
				t.Errorf("date %q, want %q", got, tt.wantDate)
			}
		})
	}
}

// TestWarDatedByItsStartDay: a sentence that tells the day a war the
// catalog dates by its year began dates it by that day, told with "opened
// on the morning of", "is usually dated from" or past an apposition, or
// the day of a deed done "in" it; a day told of something else after the
// name does not, nor a month a deed was done in it.
func TestWarDatedByItsStartDay(t *testing.T) {
	tests := []struct {
		line, id, want string
	}{
		{"The [Six-Day War|event:six-day-war] opened on the morning of 5 June 1967, when the Israeli Air Force struck airfields.", "event:six-day-war", "1967-06-05"},
		{"The [Lebanese Civil War|event:lebanese-civil-war] is usually dated from 13 April 1975, when gunmen ambushed a bus.", "event:lebanese-civil-war", "1975-04-13"},
		{"The [Six-Day War|event:six-day-war], the third Arab–Israeli war, began on 5 June 1967.", "event:six-day-war", "1967-06-05"},
		{"The [Six-Day War|event:six-day-war] changed the region, and on 5 June 1968 a rally was held.", "event:six-day-war", ""},
		{"[Israel|country:israel] invaded [Lebanon|country:lebanon] on 6 June 1982 in [Operation Peace for Galilee|event:1982-lebanon-war].", "event:1982-lebanon-war", "1982-06-06"},
		{"[Israel|country:israel] invaded [Lebanon|country:lebanon] in June 1982 in [Operation Peace for Galilee|event:1982-lebanon-war].", "event:1982-lebanon-war", ""},
	}
	for _, tt := range tests {
		doc, ents := markup(t, "", tt.line)
		relate(doc, ents)
		if got, _ := ents.Entities[tt.id].Props["date"].(string); got != tt.want {
			t.Errorf("%s: got date %q, want %q", tt.line, got, tt.want)
		}
	}
}

// TestGatheringOnTheWay: a gathering someone comes from ("on his way home
// from the Yalta Conference") is not held where the sentence's own event
// is; named plainly, it is.
func TestGatheringOnTheWay(t *testing.T) {
	checkRelations(t, "",
		[]string{"The meeting between [Roosevelt|person:roosevelt], on his way home from the [Yalta Conference|event:yalta-conference], and the king, held aboard a cruiser in the [Great Bitter Lake|place:great-bitter-lake], was a success."},
		[]string{"HELD_IN"}, nil, nil)
	checkRelations(t, "",
		[]string{"The [Yalta Conference|event:yalta-conference], held in [Yalta|place:yalta] in February 1945, divided Europe."},
		[]string{"HELD_IN"}, nil, []string{"HELD_IN event:yalta-conference place:yalta"})
}

// TestCalledNext: an event the rules name, called right after by a name
// the catalog knows, is the catalog's event.
func TestCalledNext(t *testing.T) {
	checkRelations(t, "", []string{"The 1967 Arab League summit, commonly called the [Khartoum summit|event:khartoum-summit], was held in [Khartoum|place:khartoum] in 1967."},
		[]string{"HELD_IN"}, nil, []string{"HELD_IN event:khartoum-summit place:khartoum"})
}

// TestBareOpenerDates: a sentence's opening date with no comma after it
// dates the event its clause is about, the event being the clause's subject
// or the object of a verb that starts it; any other verb does not.
func TestBareOpenerDates(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"the event is the subject",
			"In April 2016 the Four-Day War along the line of contact killed dozens of soldiers on each side.",
			"2016 Nagorno-Karabakh conflict", "2016-04", "month"},
		{"the event is what the subject led",
			"On 20 August 1955 the FLN led the Philippeville uprising, in which 123 people were killed.",
			"Philippeville uprising", "1955-08-20", "day"},
		{"another verb dates another deed",
			"In 1990 the veterans remembered the Philippeville uprising at a ceremony.",
			"Philippeville uprising", "", ""},
		{"a day in the name keeps off a year the catalog contradicts",
			"In 2011 the 7 October attacks were not yet imagined.",
			"October 7 attacks", "2011", "year"},
	})
}

// dateCase is a text, the event of it named entity, and the date and
// precision it should have ("" for none).
type dateCase struct {
	name, text, entity, wantDate, wantPrec string
}

// checkDateCases runs each case through the extractor.
func checkDateCases(t *testing.T, cases []dateCase) {
	t.Helper()
	x := testExtractor(t)
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			if d, p, _ := entityDate(t, x, tt.text, tt.entity); d != tt.wantDate || p != tt.wantPrec {
				t.Errorf("got date %q (%q), want %q (%q)", d, p, tt.wantDate, tt.wantPrec)
			}
		})
	}
}
