package extract

import (
	"fmt"
	"os"
	"testing"
)

func TestScratchMentions(t *testing.T) {
	s := os.Getenv("KG_TEXT")
	if s == "" {
		t.Skip()
	}
	x := testExtractor(t)
	ents := x.findEntitiesParsed(docOf(s), nil)
	for _, m := range ents.Mentions {
		fmt.Printf("M %s %q [%d,%d] title=%q [%d,%d]\n", m.EntityID, m.Text, m.Start, m.End, m.Title, m.TitleStart, m.TitleEnd)
	}
}
