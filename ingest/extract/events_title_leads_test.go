package extract

import "testing"

// TestTitleLeadEvent: a page titled with an event's name whose lead says
// what it was names the event in the lead's words; a lead defining
// something else, a heading without such a lead, or a lead of another
// name names nothing.
func TestTitleLeadEvent(t *testing.T) {
	tests := []struct {
		name, title string
		lines       []string
		want        []string
	}{
		{"a lead defining an uprising, with asides", "Quxu Quxu uprising",
			[]string{"The Quxu Quxu uprising (1952–1960), also known as the Zorban Emergency, was a war in the colony."},
			[]string{"event:war:quxu-quxu-uprising kind=war date=1952 datePrecision=year dateText=1952"}},
		{"a lead defining an incident on a day", "Zorbdeh incident",
			[]string{"The Zorbdeh incident, also called the Zorbdeh crisis, was an armed clash on 30 March 1885 at the oasis."},
			[]string{"event:incident:zorbdeh-incident kind=incident date=1885-03-30 datePrecision=day dateText=30 March 1885"}},
		{"a lead defining something else", "Quxu Quxu movement",
			[]string{"The Quxu Quxu movement was a political party of the colony."},
			nil},
		{"a lead of another name", "Quxu Quxu uprising",
			[]string{"The Zorban rebels began a war in the colony."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, ents := markup(t, "", tt.lines...)
			doc.Title = tt.title
			checkEvents(t, relate(doc, ents), tt.want)
		})
	}
}
