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
