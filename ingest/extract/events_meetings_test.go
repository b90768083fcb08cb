package extract

import (
	"testing"
	"time"
)

func TestGroupMeetingsAndMediation(t *testing.T) {
	types := []string{"PARTICIPATED_IN", "MEDIATED", "HELD_IN"}
	tests := []eventCase{
		{"a dated meeting with an unnamed group, on the margins of a conference", "2022-08-01",
			[]string{"Secretary [Blinken|person:antony-blinken|title=Secretary] met today with a group of foreign ministers on the margins of the [NPT Review Conference|event:npt-review-conference]."},
			[]string{"event:meeting:antony-blinken:2022-08-01 kind=meeting date=2022-08-01 datePrecision=day dateText=today"},
			[]string{
				"PARTICIPATED_IN person:antony-blinken event:meeting:antony-blinken:2022-08-01",
				"PARTICIPATED_IN person:antony-blinken event:npt-review-conference",
			}},
		{"an undated meeting with a group is no event", "",
			[]string{"[Blinken|person:antony-blinken] met with a group of ministers."},
			nil, nil},
		{"a planned meeting with a group is none", "2022-08-01",
			[]string{"[Blinken|person:antony-blinken] will meet with a group of ministers today on the margins of the [NPT Review Conference|event:npt-review-conference]."},
			nil, nil},
		{"a truce named by the one state of its sentence", "",
			[]string{"The parties to the conflict in [Yemen|country:yemen] agreed to extend the [UN|organization:united-nations]-brokered truce."},
			[]string{"event:truce:yemen kind=truce"},
			[]string{"MEDIATED organization:united-nations event:truce:yemen"}},
		{"a truce in a sentence naming two states is not named", "",
			[]string{"[Saudi Arabia|country:saudi-arabia] and [Yemen|country:yemen] welcomed the [UN|organization:united-nations]-brokered truce."},
			nil, nil},
		{"helped broker the document's truce", "",
			[]string{"The truce in [Yemen|country:yemen] held.", "The [United Nations|organization:united-nations] helped broker it."},
			[]string{"event:truce:yemen kind=truce"},
			[]string{"MEDIATED organization:united-nations event:truce:yemen"}},
		{"who brokered", "",
			[]string{"The truce in [Yemen|country:yemen] held.", "[Hans Grundberg|person:hans-grundberg], who brokered the truce, spoke."},
			[]string{"event:truce:yemen kind=truce"},
			[]string{"MEDIATED person:hans-grundberg event:truce:yemen"}},
		{"efforts that failed broker nothing", "",
			[]string{"The truce in [Yemen|country:yemen] held.", "[Oman|country:oman] could not help broker a deal."},
			[]string{"event:truce:yemen kind=truce"},
			nil},
	}
	checkEventCases(t, types, tests)
}

// TestMeetingDayFromOpener: a meeting without a day of its own took place
// on the day opening the sentence before, in the same paragraph.
func TestMeetingDayFromOpener(t *testing.T) {
	const id = "event:meeting:eyal-hulata-jake-sullivan:2021-10-05"
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"the day opens the sentence before",
			[]string{"On October 5, 2021, officials gathered at the White House. [Jake Sullivan|person:jake-sullivan] met with [Eyal Hulata|person:eyal-hulata]."},
			[]string{"PARTICIPATED_IN person:jake-sullivan " + id, "PARTICIPATED_IN person:eyal-hulata " + id}},
		{"the day is in another paragraph",
			[]string{"On October 5, 2021, officials gathered at the White House.", "", "[Jake Sullivan|person:jake-sullivan] met with [Eyal Hulata|person:eyal-hulata]."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"PARTICIPATED_IN"}, nil, tt.want)
		})
	}
}

// TestMeetingWithADelegationToday: "Today in Geneva, X met with a
// Ukrainian delegation": the delegation's state took part, in Geneva.
func TestMeetingWithADelegationToday(t *testing.T) {
	x := testExtractor(t)
	doc := docOf("Today in Geneva, Steve Witkoff met with a Ukrainian delegation.")
	doc.Published = time.Date(2025, 11, 23, 0, 0, 0, 0, time.UTC)
	const id = "event:meeting:steve-witkoff-ukraine:2025-11-23"
	checkRelationKeys(t, x.Extract(doc), []string{
		"PARTICIPATED_IN country:ukraine " + id,
		"PARTICIPATED_IN person:steve-witkoff " + id,
		"HELD_IN " + id + " place:geneva",
	}, nil)
}

// TestMeetingWithStatesOfficials: "met with the foreign ministers of Turkey
// and Saudi Arabia" is a meeting of the subject with the two states.
func TestMeetingWithStatesOfficials(t *testing.T) {
	checkRelations(t, "2015-11-13", []string{
		"[John Kerry|person:john-kerry] met with the foreign ministers of [Turkey|country:turkey] and [Saudi Arabia|country:saudi-arabia] in [Vienna|place:vienna] today."},
		[]string{"PARTICIPATED_IN"}, nil, []string{
			"PARTICIPATED_IN person:john-kerry event:meeting:john-kerry-saudi-arabia-turkey:2015-11-13",
			"PARTICIPATED_IN country:turkey event:meeting:john-kerry-saudi-arabia-turkey:2015-11-13",
			"PARTICIPATED_IN country:saudi-arabia event:meeting:john-kerry-saudi-arabia-turkey:2015-11-13",
		})
}

// TestMeetingTodayInTheNews: "Lavrov meets Assad in Damascus" in a dated
// news item is that day's meeting; one to come, a habit, or one told as
// part of a larger gathering takes no such date.
func TestMeetingTodayInTheNews(t *testing.T) {
	const pub = "2012-02-07"
	const lavrovAssad = "event:meeting:bashar-al-assad-sergey-lavrov:2012-02-07"
	tests := []struct {
		name, line string
		want       []string
	}{
		{"a meeting in the present tense",
			"[Sergey Lavrov|person:sergey-lavrov] meets [Bashar al-Assad|person:bashar-al-assad] in [Damascus|place:damascus].",
			[]string{"PARTICIPATED_IN person:sergey-lavrov " + lavrovAssad, "PARTICIPATED_IN person:bashar-al-assad " + lavrovAssad}},
		{"a meeting a state hosts, in the present tense",
			"[Oman|country:oman] hosts a meeting between [Iran|country:iran] and the [United States|country:united-states] in [Muscat|place:muscat].",
			[]string{"PARTICIPATED_IN country:iran event:meeting:iran-united-states:2012-02-07", "PARTICIPATED_IN country:united-states event:meeting:iran-united-states:2012-02-07"}},
		{"a meeting to come",
			"[Sergey Lavrov|person:sergey-lavrov] will meet [Bashar al-Assad|person:bashar-al-assad] in [Damascus|place:damascus].",
			nil},
		{"a habit",
			"[Sergey Lavrov|person:sergey-lavrov] meets [Bashar al-Assad|person:bashar-al-assad] regularly.",
			nil},
		{"a meeting during talks is part of them",
			"[Sergey Lavrov|person:sergey-lavrov] meets [Bashar al-Assad|person:bashar-al-assad] during the Geneva talks.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, pub, []string{tt.line}, []string{"PARTICIPATED_IN"}, nil, tt.want)
		})
	}
}

// TestOpeningMeetings: "Meeting King Abdullah II of Jordan in Sochi,
// Russian President Vladimir Putin calls …" tells a meeting of the two on
// the news item's day; the participle is no word of the king's title.
func TestOpeningMeetings(t *testing.T) {
	x := testExtractor(t)
	res := x.Extract(docPublished(t, "Meeting King Abdullah II of Jordan in Sochi, Russian President Vladimir Putin calls the downing a stab in the back.", "2015-11-24"))
	got := map[string]bool{}
	for _, r := range res.Relations {
		k := r.Type + " " + r.From + " " + r.To
		if t, ok := r.Properties["title"].(string); ok {
			k += " title=" + t
		}
		got[k] = true
	}
	for _, want := range []string{
		"MET_WITH person:abdullah-ii person:vladimir-putin",
		"PARTICIPATED_IN person:vladimir-putin event:meeting:jordan-russia:2015-11-24",
		"HOLDS_ROLE person:abdullah-ii country:jordan title=King",
	} {
		if !got[want] {
			t.Errorf("missing %s; got %v", want, got)
		}
	}
}
