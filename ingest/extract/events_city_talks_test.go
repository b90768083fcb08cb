package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestCityTalks: "the Vienna talks" are talks named after the city that
// holds them; talks a rule built already, and a state's talks, are not.
func TestCityTalks(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, text      string
		id, event, city string // the event built, or ""
	}{
		{"talks named by their city", "The Vienna talks collapsed in 2022.", "event:talks:vienna", "Vienna talks", "place:vienna"},
		{"negotiations, after a verb", "Iran said the Doha negotiations stalled.", "event:talks:doha", "Doha negotiations", "place:doha"},
		{"talks a rule built with their sides", "Talks between Iran and the United States in Vienna resumed on April 5, 2021.", "", "", ""},
		{"a state's talks", "The Iran talks stalled.", "", "", ""},
		{"a city without the article", "Vienna talks to Tehran every week.", "", "", ""},
		{"peace talks named by a city are held there", "The Geneva peace talks stalled in 2016.", "event:talks:geneva", "Geneva talks", "place:geneva"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := x.Extract(docOf(tt.text))
			var got []string
			for _, e := range res.Entities {
				// Undated talks: the dated ones are the talks a rule built
				// with their sides.
				if strings.HasPrefix(e.ID, "event:talks:") && e.Properties["date"] == nil {
					got = append(got, e.ID+" "+e.Name)
				}
			}
			switch {
			case tt.id == "" && len(got) > 0:
				t.Errorf("unexpected %v", got)
			case tt.id != "" && (len(got) != 1 || got[0] != tt.id+" "+tt.event):
				t.Errorf("events: got %v, want %s %s", got, tt.id, tt.event)
			case tt.id != "":
				checkRelationKeys(t, res, []string{"HELD_IN " + tt.id + " " + tt.city}, nil)
			}
		})
	}
}

// TestTerritoryTalks: ceasefire or peace talks named by a territory are
// about it, not held in it, and those who mediate them mediated them.
func TestTerritoryTalks(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "mediating ceasefire talks named by a territory",
			text: "Qatar, Egypt and the United States are mediating the Gaza ceasefire negotiations.",
			want: []string{"MEDIATED country:qatar event:talks:gaza-ceasefire-negotiations", "MEDIATED country:egypt event:talks:gaza-ceasefire-negotiations",
				"MEDIATED country:united-states event:talks:gaza-ceasefire-negotiations"},
			not: []string{"HELD_IN event:talks:gaza-ceasefire-negotiations place:gaza", "HELD_IN event:talks:gaza place:gaza"}},
		{name: "mediating talks named by a city",
			text: "Oman is mediating the Vienna talks.",
			want: []string{"MEDIATED country:oman event:talks:vienna", "HELD_IN event:talks:vienna place:vienna"}},
	})
}

// TestTalksInCity: talks a sentence says were held in a city, when no
// other rule built an event of the sentence, are the talks named after it.
func TestTalksInCity(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "talks in a resort, with their mediators",
			text: "Israel and Hamas agreed to a plan after talks in the Egyptian resort of Sharm el-Sheikh mediated by Egypt, Qatar and Turkey.",
			want: []string{"HELD_IN event:talks:sharm-el-sheikh place:sharm-el-sheikh", "MEDIATED country:qatar event:talks:sharm-el-sheikh",
				"MEDIATED country:turkey event:talks:sharm-el-sheikh", "LOCATED_IN place:sharm-el-sheikh country:egypt"}},
		{name: "the talks in a city, passive mediation",
			text: "The talks in Muscat were mediated by Oman.",
			want: []string{"HELD_IN event:talks:muscat place:muscat", "MEDIATED country:oman event:talks:muscat"}},
		{name: "those who joined the talks took part",
			text: "Steve Witkoff and Jared Kushner joined the negotiations in Sharm el-Sheikh on Wednesday.",
			want: []string{"PARTICIPATED_IN person:steve-witkoff event:talks:sharm-el-sheikh", "PARTICIPATED_IN person:jared-kushner event:talks:sharm-el-sheikh"}},
		{name: "one who spoke of the talks took no part",
			text: "Steve Witkoff praised the negotiations in Sharm el-Sheikh.",
			not:  []string{"PARTICIPATED_IN person:steve-witkoff event:talks:sharm-el-sheikh"}},
		{name: "talks refused are not held",
			text: "Iran rejected talks in Vienna.",
			not:  []string{"HELD_IN event:talks:vienna place:vienna"}},
		{name: "talks asked for are not held",
			text: "Iran called for new talks in Doha.",
			not:  []string{"HELD_IN event:talks:doha place:doha"}},
		{name: "the state after the opening phrase is the subject, not the city's state",
			text: "After talks in Muscat, Iran said it was hopeful.",
			want: []string{"HELD_IN event:talks:muscat place:muscat"},
			not:  []string{"LOCATED_IN place:muscat country:iran"}},
		{name: "talks in a city opening the sentence",
			text: "Officials met.\nTalks in Istanbul ended on Tuesday with a deal.",
			want: []string{"HELD_IN event:talks:istanbul place:istanbul"}},
		{name: "talks that opened at a city",
			text: "The formal talks opened at Geneva in August 1912.",
			want: []string{"HELD_IN event:talks:geneva place:geneva"}},
		{name: "an address inside the opening phrase still is one",
			text: "After talks in Muscat, Oman, the envoys left.",
			want: []string{"LOCATED_IN place:muscat country:oman"}},
	})
}

// TestTalksInCityNames: talks told as held in a city are named as told
// ("Talks in Muscat"), with the name a text giving them by their city
// would use as an alias; talks told by their city keep that name.
func TestTalksInCityNames(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		text, id, name, alias string
	}{
		{"The talks in Muscat were mediated by Oman.", "event:talks:muscat", "Talks in Muscat", "Muscat talks"},
		{"After negotiations in Doha, the envoys left.", "event:talks:doha", "Negotiations in Doha", "Doha negotiations"},
		{"The Vienna talks collapsed in 2022.", "event:talks:vienna", "Vienna talks", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := x.Extract(docOf(tt.text))
			for _, e := range res.Entities {
				if e.ID != tt.id {
					continue
				}
				if e.Name != tt.name {
					t.Errorf("name %q, want %q", e.Name, tt.name)
				}
				if tt.alias != "" && !slices.Contains(e.Aliases, tt.alias) {
					t.Errorf("aliases %q, want %q among them", e.Aliases, tt.alias)
				}
				return
			}
			t.Errorf("no event %s in %v", tt.id, res.Entities)
		})
	}
}

// TestTalksOpenedInCityDate: talks that opened in a city are dated by the
// day they opened; talks held there keep no date of their own.
func TestTalksOpenedInCityDate(t *testing.T) {
	x := testExtractor(t)
	tests := []struct{ text, id, date string }{
		{"The formal talks opened at Geneva in August 1912.", "event:talks:geneva", "1912-08"},
		{"The negotiations began in Doha on 3 May 2021.", "event:talks:doha", "2021-05-03"},
		{"The armistice talks opened on July 10, 1951, at Kaesong.", "event:talks:kaesong", "1951-07-10"},
		{"The talks in Muscat were mediated by Oman in April 2025.", "event:talks:muscat", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			for _, e := range x.Extract(docOf(tt.text)).Entities {
				if e.ID == tt.id {
					if got, _ := e.Properties["date"].(string); got != tt.date {
						t.Errorf("date %q, want %q", got, tt.date)
					}
					return
				}
			}
			t.Errorf("no event %s", tt.id)
		})
	}
}

// TestAgreedAfterTalks: the two sides a sentence says agreed after talks
// in a city took part in those talks and negotiated with each other.
func TestAgreedAfterTalks(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "two states agree after talks in a city",
			text: "Iran and Saudi Arabia agree to restore diplomatic relations, in a deal brokered by China after four days of talks in Beijing.",
			want: []string{"PARTICIPATED_IN country:iran event:talks:beijing", "PARTICIPATED_IN country:saudi-arabia event:talks:beijing",
				"NEGOTIATED_WITH country:iran country:saudi-arabia", "HELD_IN event:talks:beijing place:beijing"}},
		{name: "two groups reached a deal following talks",
			text: "Fatah and Hamas reached a reconciliation deal following talks in Cairo.",
			want: []string{"PARTICIPATED_IN organization:fatah event:talks:cairo", "PARTICIPATED_IN organization:hamas event:talks:cairo"}},
		{name: "an agreement hoped for is none",
			text: "Iran and Saudi Arabia may agree to restore relations after talks in Beijing.",
			not:  []string{"PARTICIPATED_IN country:iran event:talks:beijing"}},
		{name: "the object of another verb",
			text: "Oman urged Iran and Saudi Arabia to agree on a truce after talks in Muscat.",
			not:  []string{"PARTICIPATED_IN country:iran event:talks:muscat"}},
	})
}

// TestStatePeaceTalks: "the Yemen peace talks" are talks about the state,
// held elsewhere; whoever "led" or "brokered" them mediated them. A state
// before bare talks names none.
func TestStatePeaceTalks(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "led talks on a state's peace",
			text: "The Foreign Secretary travelled to Sweden for the final day of the UN-led Yemen peace talks.",
			want: []string{"MEDIATED organization:united-nations event:talks:yemen-peace-talks"},
			not:  []string{"HELD_IN event:talks:yemen-peace-talks country:yemen"}},
		{name: "a city's talks led by a state",
			text: "Diplomats praised the Qatar-brokered Doha talks.",
			want: []string{"MEDIATED country:qatar event:talks:doha", "HELD_IN event:talks:doha place:doha"}},
		{name: "led talks that opened in a city",
			text: "The Chairperson welcomes the agreement, which concludes the UN-led peace talks that opened in Pretoria on 25 October 2022.",
			want: []string{"HELD_IN event:talks:pretoria place:pretoria", "MEDIATED organization:united-nations event:talks:pretoria"}},
		{name: "a state's bare talks name none",
			text: "Diplomats praised the UN-led Yemen talks.",
			not:  []string{"MEDIATED organization:united-nations event:talks:yemen-talks"}},
	})
}
