package extract

import "testing"

// A numbered summit the catalog knows is recognised with its ordinal and
// head in lower case; the places and years of the earlier summits told
// after it are theirs, not its own.
func TestNumberedSummits(t *testing.T) {
	x := testExtractor(t)
	res := x.Extract(docPublished(t, "AKTAU, Aug 12 - Sunday's meeting was the fifth Caspian summit, following gatherings in Ashgabat in 2002, Tehran in 2007 and Baku in 2010.\n", "2018-08-12"))
	found := false
	for _, e := range res.Entities {
		if e.ID == "event:fifth-caspian-summit" {
			found = true
			if d, _ := e.Properties["date"].(string); d == "2002" {
				t.Errorf("the summit took the date of an earlier one: %v", e.Properties)
			}
		}
	}
	if !found {
		t.Fatalf("the fifth Caspian summit is not recognised")
	}
	checkRelationKeys(t, res, nil, []string{"HELD_IN event:fifth-caspian-summit place:ashgabat"})
}

// A signing told by a formal noun ("a treaty") is not renamed after a
// catalog agreement of the same day that is of another kind (a
// declaration); one told by "agreement" or by the same noun is.
func TestSigningKindFits(t *testing.T) {
	for _, tt := range []struct {
		id, name string
		want     bool
	}{
		{"event:agreement:unnamed-treaty:2025-03-31", "Khujand Declaration", false},
		{"event:agreement:unnamed-treaty:2010-09-15", "Barents Sea Treaty", true},
		{"event:agreement:unnamed-final-peace-agreement:2014-03-27", "Comprehensive Agreement on the Bangsamoro", true},
		{"event:agreement:unnamed-convention:2018-08-12", "Convention on the Legal Status of the Caspian Sea", true},
		{"event:agreement:story-1973-01-27", "Paris Peace Accords", true},
	} {
		if got := kindFits(tt.id, tt.name); got != tt.want {
			t.Errorf("kindFits(%q, %q) = %v, want %v", tt.id, tt.name, got, tt.want)
		}
	}
}
