package source

import (
	"errors"
	"regexp"
	"strings"
	"time"
)

// dateLayouts are the date shapes found in feeds, JSON records, front matter
// and HTML meta tags, most specific first.
var dateLayouts = []string{
	time.RFC3339Nano,
	time.RFC3339,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 -0700 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02-15-04-05", // the front matter of some static-site archives
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 02 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04:05 -0700",
	time.RFC850,
	time.RFC822Z,
	time.RFC822,
	time.ANSIC,
	time.UnixDate,
	"2006-1-2", // also matches "2006-01-02" and the "2015-04-2" of some archives
	"2006/1/2",
	"20060102",
	"January 2, 2006",
	"January 2 2006",
	"Jan 2, 2006",
	"Jan. 2, 2006",
	"Jan 2 2006",
	"2 January 2006",
	"2 Jan 2006",
	"Monday, January 2, 2006",
	// The wire services' archive pages: "Sat Jun 13, 2009 5:12pm EDT".
	"Mon Jan 2, 2006 3:04pm MST",
	"Mon Jan 2, 2006 3:04PM MST",
	"Mon Jan 2, 2006",
	"Mon, Jan 2, 2006",
	"January 2006",
}

// ErrNoDate is returned by ParseDate for text that holds no known date form.
var ErrNoDate = errors.New("no recognised date")

var (
	spaceRe        = regexp.MustCompile(`\s+`)
	weekdayAfterRe = regexp.MustCompile(` \((?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\)$`)
)

// ParseDate reads a publication date in any of the forms feeds, JSON
// records and pages use: RFC 3339, RFC 1123, "2006-01-02", "2015-04-2",
// "January 2, 2006" and others. Dates without a zone are taken as UTC.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(spaceRe.ReplaceAllString(s, " "))
	if s == "" {
		return time.Time{}, ErrNoDate
	}
	// "Sept." is a common spelling Go's layouts do not know.
	s = strings.Replace(s, "Sept.", "Sep.", 1)
	// "June 13, 2009 (Saturday)": the day of the week in brackets after
	// the date, as a news portal's day pages write it.
	s = weekdayAfterRe.ReplaceAllString(s, "")
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, ErrNoDate
}
