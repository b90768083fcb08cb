package extract

import "testing"

// TestYearHeadingDatesFacts: a chronology's day under a year heading dates
// the facts of its entry in that year, not in the publication's.
func TestYearHeadingDatesFacts(t *testing.T) {
	doc, ents := markup(t, "1997-06-27", "1994",
		"April 5 - [Zorba Quxley|person:zq] met [Quorab Zahlawi|person:qz] in [Moscow|place:moscow].")
	// The year is a line of its own.
	doc.Text = doc.Text[:len("1994")] + "\n" + doc.Text[len("1994")+1:]
	for _, r := range relate(doc, ents).Relations {
		if r.Type == "MET_WITH" {
			if got := r.Props["date"]; got != "1994-04-05" {
				t.Errorf("MET_WITH dated %v, want 1994-04-05", got)
			}
			return
		}
	}
	t.Error("no MET_WITH")
}

// TestYearHeadingAttacks: an attack an entry tells under a year heading is
// an attack of that day, as it would be with the year written out.
func TestYearHeadingAttacks(t *testing.T) {
	doc, ents := markup(t, "2002-04-14", "1998",
		"5 June – The [Ethiopian Air Force|organization:eaf] bombs [Asmara International Airport|place:asm].")
	doc.Text = doc.Text[:len("1998")] + "\n" + doc.Text[len("1998")+1:]
	res := relate(doc, ents)
	for _, e := range res.Events {
		if d, _ := e.Props["date"].(string); d == "1998-06-05" {
			return
		}
	}
	for _, e := range res.Events {
		t.Logf("event %s %v", e.Name, e.Props)
	}
	t.Error("no attack of 1998-06-05")
}
