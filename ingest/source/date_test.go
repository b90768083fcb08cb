package source

import (
	"errors"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string // RFC 3339 in UTC
	}{
		{"2026-07-14T23:34:59+00:00", "2026-07-14T23:34:59Z"},
		{"2025-06-17 08:19:09-04:00", "2025-06-17T12:19:09Z"},
		{"Mon, 02 Jan 2006 15:04:05 GMT", "2006-01-02T15:04:05Z"},
		{"Wed, 03 Aug 2022 18:05:11 +0000", "2022-08-03T18:05:11Z"},
		{"2025-11-23", "2025-11-23T00:00:00Z"},
		{"2015-04-2", "2015-04-02T00:00:00Z"},
		{"2020-09-12-15-21-12", "2020-09-12T15:21:12Z"},
		{"April 12, 2025", "2025-04-12T00:00:00Z"},
		{"Jan. 16, 2016", "2016-01-16T00:00:00Z"},
		{"Sept. 3, 2019", "2019-09-03T00:00:00Z"},
		{"  14   July 2026 ", "2026-07-14T00:00:00Z"},
		{"Sat Mar 19, 2011 7:48pm GMT", "2011-03-19T19:48:00Z"},
		{"Fri Nov 24, 2023", "2023-11-24T00:00:00Z"},
		{"June 13, 2009 (Saturday)", "2009-06-13T00:00:00Z"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseDate(tt.in)
			if err != nil {
				t.Fatalf("ParseDate(%q): %v", tt.in, err)
			}
			if s := got.UTC().Format(time.RFC3339); s != tt.want {
				t.Errorf("got %s, want %s", s, tt.want)
			}
		})
	}
	for _, bad := range []string{"", "yesterday", "2025-13-45", "tomorrow at noon"} {
		t.Run("rejects "+bad, func(t *testing.T) {
			if _, err := ParseDate(bad); !errors.Is(err, ErrNoDate) {
				t.Errorf("got %v, want ErrNoDate", err)
			}
		})
	}
}
