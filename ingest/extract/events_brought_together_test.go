package extract

import "testing"

// TestBroughtTogether: the people a gathering brought together took part
// in it, whatever describes them, but for one named as another's; a
// gathering that brought nothing about lists no one.
func TestBroughtTogether(t *testing.T) {
	const summit = "event:khartoum-summit"
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"brought together people described before their names",
			[]string{"The [Khartoum summit|event:khartoum-summit] in Khartoum brought together Egyptian President [Gamal Abdel Nasser|person:nasser], senior Saudi official [Zorba Quxley|person:zq] and President [Zed Quxton|person:zd]'s envoy [Quxar Zorbani|person:qz]."},
			[]string{"PARTICIPATED_IN person:nasser " + summit, "PARTICIPATED_IN person:zq " + summit, "PARTICIPATED_IN person:qz " + summit}},
		{"brought about something",
			[]string{"The [Khartoum summit|event:khartoum-summit] brought about a truce that [Gamal Abdel Nasser|person:nasser] welcomed."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"PARTICIPATED_IN"}, nil, tt.want)
		})
	}
}

// TestBroughtTogetherStatesAndBodies: the states and bodies a gathering
// brought together came too, but not one that only qualifies an office or
// a group ("the UN Special Envoy", "the Contact Group on Syria"); "The
// meeting" opening a sentence is the meeting told just before.
func TestBroughtTogetherStatesAndBodies(t *testing.T) {
	const ev = "event:meeting:aqaba-meeting-on-syria:2024-12-14"
	lines := []string{
		"Secretary of State [Antony Blinken|person:blinken] traveled to [Aqaba|place:aqaba], [Jordan|country:jordan], on Saturday to participate in a meeting on [Syria|country:syria].",
		"The meeting brought together the [Arab Contact Group|organization:contact-group] on [Syria|country:syria] -- [Jordan|country:jordan], [Egypt|country:egypt] and the [Arab League|organization:arab-league] -- with the foreign ministers of [Qatar|country:qatar], and [Geir Pedersen|person:pedersen], the [UN|organization:un] Special Envoy for [Syria|country:syria].",
	}
	checkRelations(t, "2024-12-15", lines, []string{"PARTICIPATED_IN", "HELD_IN"}, nil, []string{
		"PARTICIPATED_IN person:blinken " + ev, "HELD_IN " + ev + " place:aqaba",
		"PARTICIPATED_IN organization:contact-group " + ev, "PARTICIPATED_IN country:jordan " + ev, "PARTICIPATED_IN country:egypt " + ev,
		"PARTICIPATED_IN organization:arab-league " + ev, "PARTICIPATED_IN country:qatar " + ev, "PARTICIPATED_IN person:pedersen " + ev,
	})
}

// TestPlacedGatheringOfTheDay: "The meeting at X brought together …" in a
// story of the day with no meeting told before is a meeting of its own,
// held at X on the story's day; the states of the people listed came, the
// body they are members of did not. A story that looks back years gives
// none.
func TestPlacedGatheringOfTheDay(t *testing.T) {
	const ev = "event:meeting:palais:2012-06-30"
	line := "The meeting at the [Palais des Nations|place:palais] brought together the foreign ministers of the permanent members of the [UN Security Council|organization:unsc] - [Hillary Clinton|person:clinton] of the [United States|country:united-states] and [Sergey Lavrov|person:lavrov] of [Russia|country:russia]."
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a story of the day", []string{"World powers met and agreed on a plan.", line},
			[]string{"HELD_IN " + ev + " place:palais", "PARTICIPATED_IN country:russia " + ev, "PARTICIPATED_IN country:united-states " + ev,
				"PARTICIPATED_IN person:clinton " + ev, "PARTICIPATED_IN person:lavrov " + ev}},
		{"a story of years ago", []string{"World powers met in March 2011 and agreed on a plan.", line},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "2012-06-30", tt.lines, []string{"PARTICIPATED_IN", "HELD_IN"}, nil, tt.want)
		})
	}
}

// TestConferenceOnATopic: a conference named with its capitalised topic
// and the state it is about ("an International Conference on Peace and
// Security in Iraq") is a named gathering, whatever its article; "The
// conference" after it is that one, and those it brought together came.
func TestConferenceOnATopic(t *testing.T) {
	ev, got := eventFacts(t, "An International Conference on Peace and Security in Iraq was held today in Paris.\nThe conference brought together the Ministers of Foreign Affairs of Germany and Saudi Arabia.",
		"International Conference on Peace and Security in Iraq")
	for _, want := range []string{"PARTICIPATED_IN country:germany", "PARTICIPATED_IN country:saudi-arabia"} {
		if !got[want] {
			t.Errorf("missing %s of %s; got %v", want, ev, got)
		}
	}
}

// TestMeetingOnATopicAndItsAside: "the International Meeting on Syria" is a
// named meeting; "The meeting, hosted by …, brought together" reads past
// the aside; a body one is posted to ("Permanent Representative of Syria to
// the United Nations") did not come.
func TestMeetingOnATopicAndItsAside(t *testing.T) {
	ev, got := eventFacts(t, "The International Meeting on Syria, held in Astana on 23 January 2017, has been concluded today.\nThe meeting, hosted by the Republic of Kazakhstan, brought together the delegation headed by Bashar al-Jaafari, Permanent Representative of Syria to the United Nations, and Mohammed Alloush.",
		"International Meeting on Syria")
	for _, want := range []string{"HELD_IN place:astana", "PARTICIPATED_IN person:bashar-al-jaafari", "PARTICIPATED_IN person:mohammed-alloush"} {
		if !got[want] {
			t.Errorf("missing %s of %s; got %v", want, ev, got)
		}
	}
	if got["PARTICIPATED_IN organization:united-nations"] {
		t.Errorf("the body a representative is posted to took part: %v", got)
	}
}

// eventFacts runs the whole extractor on text and returns the id of the
// event named name and its facts, "TYPE other-id" whichever end the
// event is.
func eventFacts(t *testing.T, text, name string) (string, map[string]bool) {
	t.Helper()
	res := testExtractor(t).Extract(docOf(text))
	ev := ""
	for _, e := range res.Entities {
		if e.Type == "Event" && e.Name == name {
			ev = e.ID
		}
	}
	if ev == "" {
		t.Fatalf("no event named %s: %v", name, res.Entities)
	}
	facts := map[string]bool{}
	for _, r := range res.Relations {
		switch ev {
		case r.To:
			facts[r.Type+" "+r.From] = true
		case r.From:
			facts[r.Type+" "+r.To] = true
		}
	}
	return ev, facts
}
