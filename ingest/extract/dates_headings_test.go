package extract

import (
	"strings"
	"testing"
)

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

// TestEntryDates: the later sentences of a dated item take its date; a
// sentence that moves in time, or a line of its own, does not.
func TestEntryDates(t *testing.T) {
	doc, ents := markup(t, "2002-04-14",
		"5 June 1998 – The [Ethiopian Air Force|organization:eaf] bombs [Asmara International Airport|place:asm].",
		"[Eritrea|country:eri] strikes [Mekele|place:mek] in return.",
		"The next day [Eritrea|country:eri] strikes [Zalambessa|place:zal].",
		"[Ethiopia|country:eth] strikes [Adigrat|place:adi].")
	i := strings.Index(doc.Text, " Ethiopia strikes")
	doc.Text = doc.Text[:i] + "\n" + doc.Text[i+1:]
	got := map[string]any{}
	for _, r := range relate(doc, ents).Relations {
		if r.Type == "ATTACKED" {
			got[r.To] = r.Props["date"]
		}
	}
	want := map[string]any{"place:asm": "1998-06-05", "place:mek": "1998-06-05", "place:zal": nil, "place:adi": nil}
	for to, d := range want {
		if got[to] != d {
			t.Errorf("ATTACKED %s dated %v, want %v", to, got[to], d)
		}
	}
}
