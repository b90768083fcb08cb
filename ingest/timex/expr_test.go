package timex

import "testing"

func TestParseValue(t *testing.T) {
	tests := []struct {
		value, wantDay string
		wantPrec       Precision
		ok             bool
	}{
		{"1975", "1975-01-01", Year, true},
		{"1968-03", "1968-03-01", Month, true},
		{"1968-03-21", "1968-03-21", Day, true},
		{"2023-02-31", "", Unknown, false},
		{"1990-13", "", Unknown, false},
		{"13 June 1990", "", Unknown, false},
		{"", "", Unknown, false},
	}
	for _, tt := range tests {
		t.Run(tt.value, func(t *testing.T) {
			d, p, ok := ParseValue(tt.value)
			got := ""
			if ok {
				got = d.Format("2006-01-02")
			}
			if ok != tt.ok || p != tt.wantPrec || got != tt.wantDay {
				t.Errorf("ParseValue(%q) = %s, %s, %v; want %s, %s, %v", tt.value, got, p, ok, tt.wantDay, tt.wantPrec, tt.ok)
			}
		})
	}
}
