package extract

import "testing"

// TestHeldSummits: an unnamed summit or conference with its place and day.
func TestHeldSummits(t *testing.T) {
	const id = "event:conference:cairo:2025-10-13"
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"a conference held in a city on a day, attended by states",
			"The conference, held in [Cairo|place:cairo] on 13 October 2025, was attended by [Egypt|country:egypt] and [Jordan|country:jordan].",
			[]string{"HELD_IN " + id + " place:cairo", "PARTICIPATED_IN country:egypt " + id, "PARTICIPATED_IN country:jordan " + id}},
		{"a named summit is that summit",
			"The 2023 [Arab League|organization:arab-league] summit was held in [Jeddah|place:jeddah] on 19 May 2023.",
			[]string{"HELD_IN event:summit:2023-arab-league-summit place:jeddah"}},
		{"another summit convened in a city, attended by states",
			"Another summit was convened in [Sharm el-Sheikh|place:sharm-el-sheikh] in early 2005, which was attended by [Egypt|country:egypt], [Israel|country:israel] and [Jordan|country:jordan].",
			[]string{"HELD_IN event:summit:sharm-el-sheikh:2005 place:sharm-el-sheikh", "PARTICIPATED_IN country:egypt event:summit:sharm-el-sheikh:2005",
				"PARTICIPATED_IN country:israel event:summit:sharm-el-sheikh:2005", "PARTICIPATED_IN country:jordan event:summit:sharm-el-sheikh:2005"}},
		{"a conference to be held",
			"The conference will be held in [Cairo|place:cairo] on 13 October 2025.",
			nil},
		{"an undated conference",
			"The conference was held in [Cairo|place:cairo].",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"HELD_IN", "PARTICIPATED_IN"}, nil, tt.want)
		})
	}
}

// TestHostedSummits: "X hosted a summit in P on D" is a summit held in P
// on D, hosted by X.
func TestHostedSummits(t *testing.T) {
	types := []string{"HELD_IN", "HOSTED", "PARTICIPATED_IN"}
	const id = "event:summit:cairo:2023-10-21"
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"a state hosted a summit on a topic in its capital",
			"[Egypt|country:egypt] hosted a summit on [Gaza|place:gaza] in [Cairo|place:cairo] on October 21, 2023.",
			[]string{"HELD_IN " + id + " place:cairo", "HOSTED country:egypt " + id}},
		{"two hosts",
			"[Egypt|country:egypt] and [Jordan|country:jordan] hosted an emergency summit in [Cairo|place:cairo] on October 21, 2023.",
			[]string{"HELD_IN " + id + " place:cairo", "HOSTED country:egypt " + id, "HOSTED country:jordan " + id}},
		{"a person who hosted took part",
			"[Abdel Fattah el-Sisi|person:sisi] hosted a summit in [Cairo|place:cairo] on October 21, 2023.",
			[]string{"HELD_IN " + id + " place:cairo", "PARTICIPATED_IN person:sisi " + id}},
		{"the day the sentence opens with; those who attended it",
			"On October 21, 2023 [Abdel Fattah el-Sisi|person:sisi] hosted a summit of [Sudan|country:sudan]'s neighbours in [Cairo|place:cairo], attended by the leaders of [Chad|country:chad] and [Libya|country:libya].",
			[]string{"HELD_IN " + id + " place:cairo", "PARTICIPATED_IN person:sisi " + id, "PARTICIPATED_IN country:chad " + id, "PARTICIPATED_IN country:libya " + id}},
		{"partners met at the place",
			"On October 21, 2023 [Abdel Fattah el-Sisi|person:sisi] hosted a tripartite summit in [Cairo|place:cairo] with [Isaias Afwerki|person:isaias] and [Hassan Sheikh Mohamud|person:hsm].",
			[]string{"HELD_IN " + id + " place:cairo", "PARTICIPATED_IN person:sisi " + id, "PARTICIPATED_IN person:isaias " + id, "PARTICIPATED_IN person:hsm " + id}},
		{"a city that hosted a gathering, and those who attended it",
			"On October 21, 2023 [Cairo|place:cairo] hosted the third summit, attended by [Abdel Fattah el-Sisi|person:sisi] and [Isaias Afwerki|person:isaias].",
			[]string{"HELD_IN " + id + " place:cairo", "HOSTED place:cairo " + id, "PARTICIPATED_IN person:sisi " + id, "PARTICIPATED_IN person:isaias " + id}},
		{"a city that hosted a gathering, its day after the noun",
			"[Cairo|place:cairo] hosted a tripartite summit on October 21, 2023, attended by [Isaias Afwerki|person:isaias].",
			[]string{"HELD_IN " + id + " place:cairo", "HOSTED place:cairo " + id, "PARTICIPATED_IN person:isaias " + id}},
		{"a city that hosted an undated gathering",
			"[Cairo|place:cairo] hosted a summit, attended by [Isaias Afwerki|person:isaias].",
			nil},
		{"a trilateral meeting hosted with partners",
			"[Abdel Fattah el-Sisi|person:sisi] hosted a trilateral meeting with [Isaias Afwerki|person:isaias] and [Hassan Sheikh Mohamud|person:hsm] in [Cairo|place:cairo] on October 21, 2023.",
			[]string{"HELD_IN event:meeting:cairo:2023-10-21 place:cairo", "PARTICIPATED_IN person:sisi event:meeting:cairo:2023-10-21", "PARTICIPATED_IN person:isaias event:meeting:cairo:2023-10-21", "PARTICIPATED_IN person:hsm event:meeting:cairo:2023-10-21"}},
		{"a summit to be hosted is none",
			"[Egypt|country:egypt] will host a summit in [Cairo|place:cairo] on October 21, 2023.",
			nil},
		{"an undated summit is none",
			"[Egypt|country:egypt] hosted a summit in [Cairo|place:cairo].",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, types, nil, tt.want)
		})
	}
}

// TestHostedSummitsInTheNews: "Egypt hosts a summit in Cairo" in a dated
// news item is that day's summit; one hosted every year, or to come, is
// none; a past one still needs its own date.
func TestHostedSummitsInTheNews(t *testing.T) {
	const id = "event:summit:cairo:2023-10-21"
	tests := []struct {
		name, line string
		want       []string
	}{
		{"hosts in the present",
			"[Egypt|country:egypt] hosts a summit on [Gaza|place:gaza] in [Cairo|place:cairo].",
			[]string{"HELD_IN " + id + " place:cairo", "HOSTED country:egypt " + id}},
		{"hosts every year",
			"[Egypt|country:egypt] hosts a summit in [Cairo|place:cairo] every year.",
			nil},
		{"hosted, undated",
			"[Egypt|country:egypt] hosted a summit in [Cairo|place:cairo].",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "2023-10-21", []string{tt.line}, []string{"HELD_IN", "HOSTED"}, nil, tt.want)
		})
	}
}

// TestDefinedGatherings: "The Geneva Conference, also known as Geneva II,
// was a peace conference held in Montreux in January 2014" defines the
// named conference: it was held there and then, and is no second one.
func TestDefinedGatherings(t *testing.T) {
	doc, ents := markup(t, "", "The Geneva Conference, also known as Geneva II, was an internationally backed peace conference held in [Montreux|place:montreux] in January 2014.")
	rs := relate(doc, ents)
	got := renderRelations(rs.Relations)
	want := []string{"HELD_IN event:conference:geneva-conference place:montreux"}
	if missing, extra := diffLines(got, want); len(missing) > 0 || len(extra) > 0 {
		t.Errorf("relations: missing %q, extra %q", missing, extra)
	}
	if len(rs.Events) != 1 {
		t.Fatalf("events: got %d, want the named conference alone", len(rs.Events))
	}
	if d, _ := rs.Events[0].Props["date"].(string); d != "2014-01" {
		t.Errorf("date of %s: got %q, want 2014-01", rs.Events[0].ID, d)
	}
}

// TestSummitsOfThree: a summit hosted "with" its partners, and one a group
// of states held; their sides took part.
func TestSummitsOfThree(t *testing.T) {
	const id = "event:summit:baghdad:2021-06-27"
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"a host's trilateral summit with two partners",
			"[Iraq|country:iraq] hosted a trilateral summit with [Egypt|country:egypt] and [Jordan|country:jordan] in [Baghdad|place:baghdad] on June 27, 2021.",
			[]string{"HELD_IN " + id + " place:baghdad", "HOSTED country:iraq " + id, "PARTICIPATED_IN country:iraq " + id,
				"PARTICIPATED_IN country:egypt " + id, "PARTICIPATED_IN country:jordan " + id}},
		{"a summit the leaders of three states held",
			"The leaders of [Egypt|country:egypt], [Iraq|country:iraq] and [Jordan|country:jordan] held a tripartite summit in [Baghdad|place:baghdad] on June 27, 2021.",
			[]string{"HELD_IN " + id + " place:baghdad", "PARTICIPATED_IN country:iraq " + id,
				"PARTICIPATED_IN country:egypt " + id, "PARTICIPATED_IN country:jordan " + id}},
		{"a summit they only planned to hold",
			"[Egypt|country:egypt], [Iraq|country:iraq] and [Jordan|country:jordan] plan to hold a summit in [Baghdad|place:baghdad] on June 27, 2021.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"PARTICIPATED_IN", "HELD_IN", "HOSTED"}, nil, tt.want)
		})
	}
}

// TestSummitsTheyDidSomethingTo: a summit or conference some ended,
// opened or attended in a place on a day is one event, held there; the
// states that did so took part.
func TestSummitsTheyDidSomethingTo(t *testing.T) {
	tests := []struct {
		name, line string
		want       []string
	}{
		{"ended a summit in a capital yesterday", "Arab leaders ended a two-day summit in [Tunis|place:tunis] yesterday by adopting a declaration.",
			[]string{"HELD_IN event:summit:tunis:2004-05-23 place:tunis"}},
		{"states attended a conference", "[Egypt|country:egypt] and [Jordan|country:jordan] attended a conference in [Cairo|place:cairo] on Saturday.",
			[]string{"HELD_IN event:conference:cairo:2004-05-22 place:cairo", "PARTICIPATED_IN country:egypt event:conference:cairo:2004-05-22", "PARTICIPATED_IN country:jordan event:conference:cairo:2004-05-22"}},
		{"took part in a summit with partners", "[Adil Abdul-Mahdi|person:aam] took part in the first tripartite summit with [Abdullah II|person:abdullah] and Egyptian President [Abdel Fattah el-Sisi|person:sisi] in [Cairo|place:cairo] on 24 March 2004.",
			[]string{"HELD_IN event:summit:cairo:2004-03-24 place:cairo", "PARTICIPATED_IN person:aam event:summit:cairo:2004-03-24", "PARTICIPATED_IN person:abdullah event:summit:cairo:2004-03-24", "PARTICIPATED_IN person:sisi event:summit:cairo:2004-03-24"}},
		{"a body created at a summit by states", "The [G5 Sahel|organization:g5], created at a summit in [Nouakchott|place:nouakchott] on 16 February 2004 by [Chad|country:chad] and [Mali|country:mali], lost members.",
			[]string{"HELD_IN event:summit:nouakchott:2004-02-16 place:nouakchott", "PARTICIPATED_IN country:chad event:summit:nouakchott:2004-02-16", "PARTICIPATED_IN country:mali event:summit:nouakchott:2004-02-16"}},
		{"a summit to come is none", "[Egypt|country:egypt] will attend a summit in [Cairo|place:cairo] on Saturday.",
			nil},
		{"no day, no summit", "[Egypt|country:egypt] attended a summit in [Cairo|place:cairo].",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "2004-05-24", []string{tt.line}, []string{"HELD_IN", "PARTICIPATED_IN"}, nil, tt.want)
		})
	}
}

// TestSignedAtSummitsIn: a summit or meeting told as the occasion of a
// signing or of a ceasefire accepted, with its place and day, is held there
// on that day, and those who signed or accepted took part in it.
func TestSignedAtSummitsIn(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "the day opens the sentence",
			text: "On 23 March 2015 Abdel Fattah el-Sisi and Omar al-Bashir signed a Declaration of Principles on the dam at a summit in Khartoum.",
			want: []string{"HELD_IN event:summit:khartoum:2015-03-23 place:khartoum",
				"PARTICIPATED_IN person:abdel-fattah-el-sisi event:summit:khartoum:2015-03-23",
				"PARTICIPATED_IN person:omar-al-bashir event:summit:khartoum:2015-03-23"}},
		{name: "the day after the place, the signers after an aside",
			text: "At a summit in Marrakesh on 17 February 1989 the leaders of the five Maghreb states, among them Hassan II and Chadli Bendjedid, signed the Treaty of Marrakesh.",
			want: []string{"HELD_IN event:summit:marrakesh:1989-02-17 place:marrakesh",
				"PARTICIPATED_IN person:hassan-ii event:summit:marrakesh:1989-02-17"}},
		{name: "a ceasefire accepted at a meeting",
			text: "Morocco and Algeria accepted a ceasefire at a meeting in Bamako on 30 October 1963.",
			want: []string{"HELD_IN event:meeting:bamako:1963-10-30 place:bamako",
				"PARTICIPATED_IN country:algeria event:meeting:bamako:1963-10-30",
				"PARTICIPATED_IN country:morocco event:meeting:bamako:1963-10-30"}},
		{name: "no signing: no summit from this rule",
			text: "On 23 March 2015 Abdel Fattah el-Sisi spoke at a summit in Khartoum.",
			not:  []string{"HELD_IN event:summit:khartoum:2015-03-23 place:khartoum"}},
	})
}
