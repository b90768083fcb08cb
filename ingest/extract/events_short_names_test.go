package extract

import (
	"slices"
	"sort"
	"testing"
)

// TestShortYearEvents: "the 1970 coup" after "the 1970 Zorbian coup d'état"
// is that coup; a name of the same year with another word, two longer
// events that fit, one sentence naming both, or a plural stay apart.
func TestShortYearEvents(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, text string
		want       []string // the document's event ids
	}{
		{"the short name after the long one",
			"Qaboos ousted his father in the 1970 Zorbian coup d'état.\nAfter the 1970 coup, the new sultan abolished slavery.",
			[]string{"event:coup:1970-zorbian-coup-d-etat"}},
		{"the short name before the long one",
			"During the 2011 uprising, Iran backed the demonstrators.\nThe 2011 Quxite uprising was crushed in March.",
			[]string{"event:war:2011-quxite-uprising"}},
		{"another word of the same year",
			"The 1970 Zorbian coup d'état ended an era.\nThe 1970 uprising was another matter.",
			[]string{"event:coup:1970-zorbian-coup-d-etat", "event:protest:1970-uprising"}},
		{"two longer events that fit",
			"The 1970 Zorbian coup d'état ended an era.\nThe 1970 Quxite coup d'état failed.\nThe 1970 coup was bloodless.",
			[]string{"event:coup:1970-coup", "event:coup:1970-quxite-coup-d-etat", "event:coup:1970-zorbian-coup-d-etat"}},
		{"the catalog's event of the year, when the document names no other",
			"Qaboos ousted his father in the 1970 coup.",
			[]string{"event:1970-omani-coup-detat"}},
		{"one sentence naming both",
			"The 2007 elections followed the August 2007 presidential election.",
			[]string{"event:election:2007-elections", "event:election:2007-presidential-election"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := eventsOf(x.Extract(docOf(tt.text)), func(e Entity) []string { return []string{e.ID} })
			sort.Strings(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("events %v, want %v", got, tt.want)
			}
		})
	}
}

// TestSameNamedEvents: two sentences of one news item telling one
// attacker's strikes of the day are one event; the targets stay apart.
func TestSameNamedEvents(t *testing.T) {
	checkRelations(t, "2016-08-01", []string{
		"The [United States|country:us] launches airstrikes on [ISIL|organization:isil] positions in [Sirte|place:sirte].",
		"The [US|country:us] carries out air strikes in [Libya|country:libya].",
	}, []string{"PARTICIPATED_IN", "ATTACKED"}, nil, []string{
		"PARTICIPATED_IN country:us event:attack:isil-us:2016-08-01",
		"ATTACKED country:us organization:isil", "ATTACKED country:us place:sirte", "ATTACKED country:us country:libya",
	})
}

// TestCoupMentions: a coup the sentence names is mentioned by its name
// only, not by the deed that says who staged it; an unnamed one by the
// deed.
func TestCoupMentions(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, text string
		want       []string // the coup's mention texts
	}{
		{"a named coup", "In 1970, Qaboos bin Said ousted his father, Said bin Taimur, in the 1970 Zorbian coup d'état.", []string{"1970 Zorbian coup d'état"}},
		{"a coup told by its deed", "In 1970, Qaboos bin Said ousted his father, Said bin Taimur, in a coup.", []string{"Qaboos bin Said ousted his father, Said bin Taimur, in a coup"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := eventsOf(x.Extract(docOf(tt.text)), func(e Entity) []string {
				var texts []string
				for _, m := range e.Mentions {
					texts = append(texts, m.Text)
				}
				return texts
			})
			if !slices.Equal(got, tt.want) {
				t.Errorf("mentions %q, want %q", got, tt.want)
			}
		})
	}
}

// TestMeetingNamedByItsPeople: states listed beside the leaders who speak
// for them are not named again in the meeting's name.
func TestMeetingNamedByItsPeople(t *testing.T) {
	x := testExtractor(t)
	for _, text := range []string{
		"On July 14, 2022, the leaders of the United States and Israel, President Biden and Prime Minister Lapid, met in Jerusalem.",
		"On July 14, 2022, President Biden and Israeli Prime Minister Lapid met in Jerusalem.",
	} {
		got := eventsOf(x.Extract(docOf(text)), func(e Entity) []string { return []string{e.Name} })
		if want := []string{"Joe Biden–Yair Lapid meeting (2022-07-14)"}; !slices.Equal(got, want) {
			t.Errorf("%q: events %q, want %q", text, got, want)
		}
	}
}

// eventsOf lists, in the result's order, what field gives for each event
// of res.
func eventsOf(res Result, field func(Entity) []string) []string {
	var out []string
	for _, e := range res.Entities {
		if e.Type == "Event" {
			out = append(out, field(e)...)
		}
	}
	return out
}
