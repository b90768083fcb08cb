package extract

import (
	"strings"
	"testing"
)

// TestStoryDayMeeting: a meeting a dated news item tells in the past tense
// without a day of its own took place on the item's day, when every date
// the item gives lies near that day; a habit, a meeting on a gathering's
// margins, or an item whose dates run back years gives no day.
func TestStoryDayMeeting(t *testing.T) {
	const id = "event:meeting:hillary-clinton-mohamed-morsi:2012-11-21"
	clinton := "[Hillary Clinton|person:hillary-clinton]"
	morsi := "[Mohamed Morsi|person:mohamed-morsi]"
	tests := []struct {
		name, published string
		lines           []string
		want            bool
	}{
		{"a story of the day", "2012-11-21",
			[]string{clinton + " met President " + morsi + " before the announcement."}, true},
		{"its other dates near the day", "2012-11-21",
			[]string{"The truce took hold on Wednesday.", clinton + " met President " + morsi + " before the announcement."}, true},
		{"a passage of years ago", "2012-11-21",
			[]string{"Relations froze in March 2011.", clinton + " met President " + morsi + " before the announcement."}, false},
		{"a habit", "2012-11-21",
			[]string{clinton + " has met President " + morsi + " before."}, false},
		{"on the margins of a gathering", "2012-11-21",
			[]string{"On the margins of the summit, " + clinton + " met President " + morsi + "."}, false},
		{"an undated text", "",
			[]string{clinton + " met President " + morsi + " before the announcement."}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, ents := markup(t, tt.published, tt.lines...)
			rs := relate(doc, ents)
			if got := takesPartIn(rs.Relations, id); got != tt.want {
				t.Errorf("participation in %s: got %v, want %v (%s)", id, got, tt.want, strings.Join(renderRelations(rs.Relations), "; "))
			}
		})
	}
}
