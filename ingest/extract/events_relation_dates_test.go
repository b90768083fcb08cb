package extract

import "testing"

// TestDatesWithinEvents: a relation to an event keeps its sentence's date
// only when the event had begun and, for a catalog event, not yet ended.
func TestDatesWithinEvents(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, text, from, to string
		want                 any // the relation's date; nil: none
	}{
		{"a date of the list item before",
			"Egyptian armed forces have fought since independence, from the Egyptian Revolution of 1952, Suez Crisis and North Yemen Civil War.",
			"country:egypt", "event:north-yemen-civil-war", nil},
		{"a date before the war began",
			"In April 1946 the last French officers left Syria; its forces then grew to about 12,000 by the time of the 1948 Arab–Israeli War.",
			"country:syria", "event:1948-arab-israeli-war", nil},
		{"a date after the catalog's war ended",
			"Engagements have included the 1982 Lebanon War (against Israel) and the dispatch of a division to Saudi Arabia in 1990–91.",
			"country:israel", "event:1982-lebanon-war", nil},
		{"a date within the catalog's span",
			"In 1969, Egypt fought in the War of Attrition.",
			"country:egypt", "event:war-of-attrition", "1969"},
		{"a date in the event's year",
			"In 1956, Israel took part in the Suez Crisis.",
			"country:israel", "event:suez-crisis", "1956"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, r := range x.Extract(docOf(tt.text)).Relations {
				if r.Type == "PARTICIPATED_IN" && r.From == tt.from && r.To == tt.to {
					if got := r.Properties["date"]; got != tt.want {
						t.Errorf("date %v, want %v", got, tt.want)
					}
					return
				}
			}
			t.Fatalf("no PARTICIPATED_IN %s -> %s", tt.from, tt.to)
		})
	}
}

// TestTimeLimitsDateNothing: a date written as a time limit or a target
// dates what is to happen by then, not the fact the sentence reports; nor
// does the date of a clause joined before it with its own subject.
func TestTimeLimitsDateNothing(t *testing.T) {
	for _, tc := range []struct {
		name, line string
		want       []string
	}{
		{"a target", "[Bahrain|country:bahrain] met [Israel|country:israel] and set a target of summer 2024 for flights.",
			[]string{"MET_WITH country:bahrain country:israel"}},
		{"a deadline", "[Bahrain|country:bahrain] met [Israel|country:israel] to agree on flights by June 30, 2024.",
			[]string{"MET_WITH country:bahrain country:israel"}},
		{"the day itself", "[Bahrain|country:bahrain] met [Israel|country:israel] on June 30, 2024.",
			[]string{"MET_WITH country:bahrain country:israel date=2024-06-30"}},
		{"another clause's date", "[Oman|country:oman] met [Iran|country:iran] in 2007, and [Bahrain|country:bahrain] met [Israel|country:israel] later, in October 2017.",
			[]string{"MET_WITH country:iran country:oman date=2007", "MET_WITH country:bahrain country:israel date=2017-10"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkRelations(t, "", []string{tc.line}, []string{"MET_WITH"}, []string{"date"}, tc.want)
		})
	}
}

// TestMembershipsUndated: a membership takes no date from its sentences,
// whose dates are of other deeds.
func TestMembershipsUndated(t *testing.T) {
	x := testExtractor(t)
	res := x.Extract(docOf("David Ben-Gurion was the leader of Mapai.\nHe resigned for a second time in 1963, breaking away from Mapai."))
	for _, r := range res.Relations {
		if r.Type == "AFFILIATED_WITH" && r.From == "person:david-ben-gurion" && r.To == "organization:mapai" {
			if d, ok := r.Properties["dateText"]; ok {
				t.Errorf("membership dated %v", d)
			}
			return
		}
	}
	t.Fatal("no membership of Mapai")
}
