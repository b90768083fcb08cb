package timex

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden runs Find over whole corpus articles, anchored on their
// publication dates, and compares with reviewed golden output.
func TestGolden(t *testing.T) {
	tests := []struct {
		file   string
		anchor time.Time
	}{
		{"wh-2025-06-17-iran-cannot-have-nuclear-weapon.md", date("2025-06-17")},
		{"wh-2024-11-01-notice-national-emergency-iran.md", date("2024-11-01")},
		{"currentevents-2015-04-02-p5plus1-lausanne-framework.md", date("2015-04-02")},
		{"wikipedia-strait-of-hormuz.txt", time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			text, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			var b strings.Builder
			for _, e := range Find(string(text), tt.anchor) {
				fmt.Fprintf(&b, "%d-%d\t%q\t%s\t%s\n", e.Start, e.End, e.Text, e.Value, e.Precision)
			}
			golden := filepath.Join("testdata", strings.TrimSuffix(tt.file, filepath.Ext(tt.file))+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if b.String() != string(want) {
				t.Errorf("Find over %s:\ngot:\n%s\nwant:\n%s", tt.file, b.String(), want)
			}
		})
	}
}
