package extract

import (
	"fmt"
	"os"
	"testing"

	"github.com/kg-project/kg/ingest/normalize"
	"github.com/kg-project/kg/ingest/source"
)

func TestScratchDocMentions(t *testing.T) {
	f := os.Getenv("KG_DOC")
	if f == "" {
		t.Skip()
	}
	body, _ := os.ReadFile(f)
	item := source.Item{Locator: f, Body: body}
	doc, err := normalize.Normalize(item)
	if err != nil {
		t.Fatal(err)
	}
	ents := testExtractor(t).findEntitiesParsed(doc, nil)
	for _, m := range ents.Mentions {
		fmt.Printf("M %s %q [%d,%d] title=%q\n", m.EntityID, m.Text, m.Start, m.End, m.Title)
	}
}
