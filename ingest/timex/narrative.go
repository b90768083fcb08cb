package timex

import (
	"regexp"
	"strings"
	"time"
)

// A history told without a publication date writes its year once and then
// goes on by month: "In July 1968, the PFLP hijacked a plane; in December,
// two gunmen shot at another in Athens." With no anchor Find leaves "in
// December" raw. InheritYears gives such a month, or a day of one, the
// year of the last date before it in the same paragraph that wrote its
// year, when the month does not come before that date's month (a story
// told forward; "In December 1968 … in March" may be the next year, and
// stays raw). A new paragraph may open another time, and is left alone.
// (Inheritance once stopped at the sentence's end, for fear that rules
// building events from a dated sentence would read too much into the
// next one; across the test pages and batteries the paragraph's year
// dated more events rightly and none wrongly.)

// reMonthAndDay reads a raw expression's month and day ("mid-December",
// "December 5", "5th of December").
var reMonthAndDay = regexp.MustCompile(`^(?:(?i:early|mid|late)[- \x{00A0}])?(?:(\d{1,2})` + ordinal + `(?:[\s\x{00A0}]*[–-][\s\x{00A0}]*\d{1,2}` + ordinal + `)?` + sp + `(?:of` + sp + `)?)?(` + month + `)(?:` + sp + `(\d{1,2})` + ordinal + `(?:[\s\x{00A0}]*[–-][\s\x{00A0}]*\d{1,2})?)?$`)

// InheritYears returns exprs with the raw months and days of a text
// without an anchor resolved as described above; others are unchanged.
func InheritYears(text string, exprs []Expr) []Expr {
	out := make([]Expr, len(exprs))
	copy(out, exprs)
	var last *Expr // the last date that wrote its year
	for i := range out {
		e := &out[i]
		if last != nil && strings.Contains(text[last.End:e.Start], "\n\n") {
			last = nil
		}
		if e.Resolved() {
			if !e.Relative {
				last = e
			}
			continue
		}
		if last == nil {
			continue
		}
		mo, d, ok := monthAndDay(e.Text)
		if !ok {
			continue
		}
		prev, p, ok := ParseValue(last.Value)
		if !ok || p != Year && mo < prev.Month() {
			continue
		}
		if v, pr, ok := inYear(prev.Year(), mo, d); ok {
			e.Value, e.Precision, e.Inherited = v, pr, true
		}
	}
	return out
}

// A dated page that tells a history writes a year once and then goes on
// by month and day: "On 4 November 2017 Prime Minister Saad Hariri
// announced his resignation … French President Emmanuel Macron flew to
// Riyadh on 9 November." Read against the page's own date (an
// encyclopedia article edited in 2025), "9 November" would be 2024's.
// NarrativeYears gives such a day or month the year of the last day or
// month of its paragraph that wrote its year, when that year lies three years or more
// before the one the anchor gave: the paragraph tells that time, not the
// days before its publication (a news item's "on May 3" after a mention of
// last year's talks keeps the anchor's year). A month that comes before
// the earlier date's month is of the next year ("In December 2017 … on 3
// January"). The flags stay as they were: the value is still read, not
// written.
//
// A reference page dated by its last revision ("Last edited 15 July
// 2025") tells no days of that date at all: its "Reactions" section's
// "Putin telephoned Erdoğan on 17 July" is of the coup its lead dated
// "15-16 July 2016", two paragraphs up. With revised set the paragraph's
// break does not end the narrative's year, and a narrative of the year
// before the page's holds too ("The earthquake of 6 February 2023 …
// travelled to Ankara on 15 February" on a page edited in 2025).
func NarrativeYears(text string, exprs []Expr, revised bool) []Expr {
	out := make([]Expr, len(exprs))
	copy(out, exprs)
	var last *Expr                  // the last date of the paragraph that wrote its year
	dayOf := map[time.Month]*Expr{} // the last day of each month written with its year
	for i := range out {
		e := &out[i]
		if last != nil && !revised && strings.Contains(text[last.End:e.Start], "\n\n") {
			last = nil
			clear(dayOf)
		}
		if !e.Resolved() {
			continue
		}
		if !e.Relative {
			// A year alone is mostly background ("territories occupied in
			// 1967", "the 2021 decision"); a month or a day of a year is a
			// moment the paragraph tells.
			if e.Precision != Year {
				last = e
			}
			if t, p, ok := ParseValue(e.Value); ok && p == Day {
				dayOf[t.Month()] = e
			}
			continue
		}
		if last == nil {
			continue
		}
		mo, d, ok := monthAndDay(e.Text)
		got, _, ok2 := ParseValue(e.Value)
		anchor := last
		if day := dayOf[mo]; ok && d != 0 && day != nil {
			// A day of a month the narrative dated to its day before is
			// of that day's year, whatever was mentioned since: the
			// summit "held on 15–16 September 2022", then "since January
			// 2020" and "the summit of September 2021" in its background,
			// then "On the evening of 15 September Putin met Xi".
			anchor = day
		}
		prev, p, ok3 := ParseValue(anchor.Value)
		gap := 3
		if revised {
			gap = 1
		}
		if !ok || !ok2 || !ok3 || got.Year()-prev.Year() < gap {
			continue
		}
		y := prev.Year()
		if p != Year && mo < prev.Month() {
			y++
		}
		if v, _, ok := inYear(y, mo, d); ok {
			e.Value = v
		}
	}
	return out
}

// monthAndDay reads the month and day of an expression written without
// its year ("December 5", "5th of December", "mid-December"); the day is 0
// for a month alone.
func monthAndDay(text string) (time.Month, int, bool) {
	m := reMonthAndDay.FindStringSubmatch(text)
	if m == nil {
		return 0, 0, false
	}
	mo, ok := monthOf(m[2])
	if !ok {
		return 0, 0, false
	}
	day := m[1]
	if day == "" {
		day = m[3]
	}
	if day == "" {
		return mo, 0, true
	}
	return mo, atoi(day), true
}

// inYear is month mo and day d (0 for the month alone) in year y, as a
// value and its precision; false when that year has no such day.
func inYear(y int, mo time.Month, d int) (string, Precision, bool) {
	if d == 0 {
		v, p := monthExpr(y, mo)
		return v, p, true
	}
	if !validDay(y, mo, d) {
		return "", "", false
	}
	v, p := dayExpr(time.Date(y, mo, d, 0, 0, 0, 0, time.UTC))
	return v, p, true
}
