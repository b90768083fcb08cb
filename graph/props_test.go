package graph

import (
	"testing"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		name, in, wantDate, wantPrecision string
		wantErr                           bool
	}{
		{name: "day", in: "2025-04-12", wantDate: "2025-04-12", wantPrecision: PrecisionDay},
		{name: "month is its first day", in: "2025-04", wantDate: "2025-04-01", wantPrecision: PrecisionMonth},
		{name: "year is its first day", in: "2015", wantDate: "2015-01-01", wantPrecision: PrecisionYear},
		{name: "impossible day", in: "2025-02-30", wantErr: true},
		{name: "free text", in: "April 2025", wantErr: true},
		{name: "empty", in: "", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, p, err := ParseDate(tt.in)
			if tt.wantErr {
				if err == nil {
					t.Fatalf("ParseDate(%q) = %v, %s; want an error", tt.in, d, p)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if d.String() != tt.wantDate || p != tt.wantPrecision {
				t.Errorf("ParseDate(%q) = %s, %s; want %s, %s", tt.in, d, p, tt.wantDate, tt.wantPrecision)
			}
		})
	}
}

func TestDatePropsKeepsRawTextAndPrecision(t *testing.T) {
	got, err := dateProps(map[string]any{"date": "2025-04", "kind": "talks", "round": 2}, "date", "kind", "round")
	if err != nil {
		t.Fatal(err)
	}
	if got["dateText"] != "2025-04" || got["datePrecision"] != PrecisionMonth || got["round"] != int64(2) {
		t.Errorf("got %v; want dateText 2025-04, datePrecision month, round int64(2)", got)
	}
	got, err = dateProps(map[string]any{"date": "2025-04-12", "datePrecision": "month", "dateText": "mid-April"}, "date", "datePrecision", "dateText")
	if err != nil {
		t.Fatal(err)
	}
	if got["datePrecision"] != PrecisionMonth || got["dateText"] != "mid-April" {
		t.Errorf("a stated coarser precision and text: got %v, %v; want month, mid-April", got["datePrecision"], got["dateText"])
	}
}

func TestDatePropsRejects(t *testing.T) {
	tests := []struct {
		name  string
		props map[string]any
	}{
		{"nested map", map[string]any{"extra": map[string]any{"a": 1}}},
		{"mixed list", map[string]any{"tags": []any{"a", 1}}},
		{"key not in the model", map[string]any{"id": "x"}},
		{"bad date", map[string]any{"date": "yesterday"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, err := dateProps(tt.props, "extra", "tags", "date"); err == nil {
				t.Errorf("dateProps(%v) = %v; want an error", tt.props, got)
			}
		})
	}
}
