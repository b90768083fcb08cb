package extract

import (
	"testing"
)

// TestWarsFirstDays: a catalog war dated by its year takes the day of the
// document's first attack of that year between two of its sides; an
// attack of another year or by someone else leaves the catalog's year.
func TestWarsFirstDays(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, text, want string
	}{
		{"the first attack of the war's year",
			"The 2006 Lebanon War devastated the south.\nOn 12 July 2006, Hezbollah launched rocket attacks on Israel.\nOn 14 July 2006, Israel struck Hezbollah.",
			"2006-07-12"},
		{"an attack of another year",
			"The 2006 Lebanon War devastated the south.\nOn 12 July 2005, Hezbollah launched rocket attacks on Israel.",
			"2006"},
		{"an attack by a state that was no side",
			"The 2006 Lebanon War devastated the south.\nOn 12 July 2006, Syria launched rocket attacks on Israel.",
			"2006"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, e := range x.Extract(docOf(tt.text)).Entities {
				if e.ID == "event:2006-lebanon-war" {
					if got := e.Properties["date"]; got != tt.want {
						t.Errorf("date %v, want %s", got, tt.want)
					}
					return
				}
			}
			t.Fatal("no 2006 Lebanon War")
		})
	}
}

// TestLaunchedToday: a dated news item telling in the present that a state
// launches a catalog operation dates it by its day, when the catalog's
// year holds that day; a day of another year, a plan and the past leave
// the catalog's year.
func TestLaunchedToday(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, published, text, want string
	}{
		{"launched the day of the item", "2019-10-09", "Turkey launches Operation Peace Spring, an offensive into northeastern Syria.", "2019-10-09"},
		{"an item of another year", "2020-10-09", "Turkey launches Operation Peace Spring, an offensive into northeastern Syria.", "2019"},
		{"a plan", "2019-10-09", "Turkey plans to launch Operation Peace Spring, an offensive into northeastern Syria.", "2019"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := docPublished(t, tt.text, tt.published)
			for _, e := range x.Extract(doc).Entities {
				if e.ID == "event:operation-peace-spring" {
					if got := e.Properties["date"]; got != tt.want {
						t.Errorf("date %v, want %s", got, tt.want)
					}
					return
				}
			}
			t.Errorf("no Operation Peace Spring among the entities")
		})
	}
}
