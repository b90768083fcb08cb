package extract

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/ingest/timex"
)

// A span that starts before its sentence (a rule that found no start of its
// own) is read as the sentence's, not sliced out of the text before it.
func TestPickDateClampsToItsSentence(t *testing.T) {
	text := "Nothing here. Blinken visited Kuwait on Monday."
	start := strings.Index(text, "Blinken")
	v := &sentView{text: text, start: start, end: len(text)}
	on := strings.Index(text, "on Monday")
	v.dates = []timex.Expr{{Start: on + 3, End: on + 9, Text: "Monday", Value: "2026-11-23", Precision: timex.Day}}
	d, ok := pickDate(v, 0, start+7, true)
	if !ok || d.Text != "Monday" {
		t.Errorf("got %+v, %v; want the sentence's Monday", d, ok)
	}
}

// A possessive day ("ahead of Saturday's summit") dates the noun after it,
// not a span outside it; inside the span it is the span's own day.
func TestPickDateSkipsAnotherNounsPossessiveDay(t *testing.T) {
	text := "Kerry meets Lavrov in Vienna ahead of Saturday's summit."
	v := viewWithDate(text, "Saturday", "2015-11-14", timex.Day)
	sat := strings.Index(text, "Saturday")
	if d, ok := pickDate(v, 0, strings.Index(text, " in Vienna"), true); ok {
		t.Errorf("the meeting got %+v; want no date", d)
	}
	if d, ok := pickDate(v, sat, len(text)-1, true); !ok || d.Text != "Saturday" {
		t.Errorf("the summit got %+v, %v; want Saturday", d, ok)
	}
}

// A date opening its sentence as an adverbial ("In July 1974, …") dates
// the main clause however far its verb is; a date further in does not.
func TestPickDateOpeningAdverbial(t *testing.T) {
	text := "In July 1974, under Prime Minister Ecevit in coalition with the religious National Salvation Party, Turkey carried out the invasion of Cyprus."
	v := viewWithDate(text, "July 1974", "1974-07", timex.Month)
	turkey := strings.Index(text, "Turkey")
	if d, ok := pickDate(v, turkey, len(text)-1, true); !ok || d.Value != "1974-07" {
		t.Errorf("got %+v, %v; want July 1974", d, ok)
	}
	inner := "Turkey had been calm for years, and under Prime Minister Ecevit, in July 1974, the coalition of the religious parties fell apart completely; Turkey then carried out the invasion of Cyprus."
	v = viewWithDate(inner, "July 1974", "1974-07", timex.Month)
	last := strings.LastIndex(inner, "Turkey")
	if d, ok := pickDate(v, last, len(inner)-1, true); ok {
		t.Errorf("got %+v; want no date past the clause", d)
	}
}

// The day of an anniversary is not the day of what it marks: "the meeting
// …, the 80th anniversary of which was celebrated earlier this year".
func TestPickDateSkipsAnniversary(t *testing.T) {
	text := "The meeting between King Abdulaziz and President Roosevelt, the 80th anniversary of which was celebrated in February, built a partnership."
	v := viewWithDate(text, "February", "2025-02", timex.Month)
	if d, ok := pickDate(v, 0, strings.Index(text, ", the 80th"), true); ok {
		t.Errorf("the meeting got %+v; want no date", d)
	}
	plain := "The meeting between King Abdulaziz and President Roosevelt took place in February."
	v = viewWithDate(plain, "February", "1945-02", timex.Month)
	if d, ok := pickDate(v, 0, strings.Index(plain, " took"), true); !ok || d.Value != "1945-02" {
		t.Errorf("got %+v, %v; want February", d, ok)
	}
}

// A day in an opening "After …" phrase is before what the clause tells:
// "After the earthquake of 6 February 2023, the ministers met" is not a
// meeting of that day; an opening "On 6 February 2023," is its day.
func TestPickDateSkipsAnOpeningAnchor(t *testing.T) {
	text := "After the earthquake of 6 February 2023, the ministers met in Amman."
	v := viewWithDate(text, "6 February 2023", "2023-02-06", timex.Day)
	met := strings.Index(text, "the ministers")
	if d, ok := pickDate(v, met, len(text)-1, true); ok {
		t.Errorf("the meeting got %+v; want no date", d)
	}
	plain := "On 6 February 2023, the ministers met in Amman."
	v = viewWithDate(plain, "6 February 2023", "2023-02-06", timex.Day)
	if d, ok := pickDate(v, strings.Index(plain, "the ministers"), len(plain)-1, true); !ok || d.Value != "2023-02-06" {
		t.Errorf("got %+v, %v; want 6 February 2023", d, ok)
	}
}

// viewWithDate is a one-sentence view of text whose one date is the first
// occurrence of written, resolved to value.
func viewWithDate(text, written, value string, prec timex.Precision) *sentView {
	at := strings.Index(text, written)
	v := &sentView{text: text, start: 0, end: len(text)}
	v.dates = []timex.Expr{{Start: at, End: at + len(written), Text: written, Value: value, Precision: prec}}
	return v
}
