package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/kg-project/kg/ingest/extract"
)

// TestExtractTableDates: the table shows an entity's date, and says when
// only the catalog gives it.
func TestExtractTableDates(t *testing.T) {
	r := extract.Result{
		Document: extract.DocumentInfo{ID: "doc:1", Source: "a.txt"},
		Entities: []extract.Entity{
			{ID: "event:lebanese-civil-war", Name: "Lebanese Civil War", Type: "Event",
				Properties: map[string]any{"date": "1975", "datePrecision": "year", "dateText": extract.CatalogDateText}},
			{ID: "event:talks:round-1", Name: "First round", Type: "Event",
				Properties: map[string]any{"date": "2025-04-12", "datePrecision": "day", "dateText": "April 12, 2025"}},
			{ID: "country:oman", Name: "Oman", Type: "Country"},
		},
	}
	var b bytes.Buffer
	if err := printExtractTable(&b, r); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(b.String(), "\n")
	want := map[string]string{"Lebanese Civil War": "1975 (catalog)", "First round": "2025-04-12"}
	found := 0
	for _, l := range lines {
		for name, date := range want {
			if strings.Contains(l, name) {
				found++
				if !strings.Contains(l, " "+date+" ") {
					t.Errorf("line %q: want date %q", l, date)
				}
			}
		}
		if strings.Contains(l, "country:oman") && strings.Contains(l, "(catalog)") {
			t.Errorf("line %q: an undated entity shows a date", l)
		}
	}
	if found != len(want) {
		t.Errorf("found %d of %d entity lines in\n%s", found, len(want), b.String())
	}
	if !strings.Contains(lines[3], "DATE") {
		t.Errorf("header %q: want a DATE column", lines[3])
	}
}
