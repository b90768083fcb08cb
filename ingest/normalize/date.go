package normalize

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/kg-project/kg/ingest/source"
)

// datelineRe matches a news dateline opening the first paragraphs:
// "WASHINGTON, April 12, 2025 —" or "MUSCAT, Oman, Apr. 12, 2025 -".
var datelineRe = regexp.MustCompile(`^\p{Lu}[\p{Lu} .'-]+(?:, [\p{L} .]+)?, ((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4})\s*(?:[—–-]|\(|$)`)

// dayFirstDatelineRe matches a dateline written day first, with or
// without its place, closed by a dash: "ISTANBUL, 20 November 2003 -",
// "Mogadishu, 9 December 2011 –", "31 January 2005 – Secretary-General …".
var dayFirstDatelineRe = regexp.MustCompile(`^(?:\p{Lu}[\p{L} .'-]+(?:, [\p{L} .]+)?, )?(\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?) \d{4})\s*[—–-]`)

// openerDateRe matches a date opening a story's first paragraph before a
// dash, with or without its place, in the shapes datelineRe and
// dayFirstDatelineRe leave: a place written in title case ("Ramallah,
// April 14, 2002 --"), no place ("June 17, 2020 -- Secretary …"), a
// numeric day ("2019-09-14 — Drones …") and a weekday in brackets
// after the date ("July 19, 2019 (Friday) – Iran's …").
var openerDateRe = regexp.MustCompile(`^(?:\p{Lu}[\p{L} .'-]+(?:, [\p{L} .]+)?, )?((?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?) \d{1,2}, \d{4}|\d{4}-\d{2}-\d{2})(?: \((?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\))?\s*(?:--|[—–-])\s`)

// septRe is the "Sept" spelling of September's abbreviation, which Go's
// layouts do not know.
var septRe = regexp.MustCompile(`\bSept\b\.?`)

// titleDateRe matches a short block ending in a full date written out:
// a title with its date line under it.
var titleDateRe = regexp.MustCompile(`\s((?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.) \d{1,2}, \d{4})$`)

// resolveDate fills Published and PublishedText. Item metadata (a feed or
// JSON field) wins, then the body's own metadata (front matter, meta tags),
// then, near the top of the text, a dateline or a line that is nothing but
// a date (press releases and news archives print it that way).
//
// One exception to metadata first: a feed stamps an item in UTC, and a
// release issued in the evening where it was written is stamped with the
// next day. When the page prints the day before the stamp at its top
// ("Readout July 14, 2026" stamped 2026-07-15T00:14Z), the page's day is
// the day of issue, and "today" in the text means that day.
func resolveDate(doc *Document, metaDate string, blocks []block) {
	if !doc.Published.IsZero() {
		if doc.PublishedText == "" {
			doc.PublishedText = doc.Published.Format("2006-01-02T15:04:05Z07:00")
		}
		if t, text, ok := topDate(blocks); ok && sameDay(t.AddDate(0, 0, 1), doc.Published) {
			doc.Published, doc.PublishedText = t, text
		}
		return
	}
	if doc.PublishedText != "" {
		// The item carried a date its reader could not parse: keep it raw
		// and still look for a readable one.
		metaDate = firstNonEmpty(metaDate, doc.PublishedText)
	}
	if t, err := source.ParseDate(metaDate); err == nil {
		doc.Published, doc.PublishedText = t, strings.TrimSpace(metaDate)
		return
	}
	if t, text, ok := topDate(blocks); ok {
		doc.Published, doc.PublishedText = t, text
		return
	}
	if doc.PublishedText == "" {
		doc.PublishedText = metaDate // kept raw even when unreadable
	}
}

// topDate is the first readable date near the top of the text: a dateline
// or a line that is nothing but a date ("July 14, 2026", "### 2015-04-2").
// Only the top of a document dates it; dates further down are events.
func topDate(blocks []block) (time.Time, string, bool) {
	for i, b := range blocks {
		if i >= 8 {
			break
		}
		var cs []string
		// "6 September 2008 – Gül visits Yerevan …" over "22 April 2009 –
		// …": entries of a chronology, not its dateline.
		if entryAmong(blocks, i) {
			continue
		}
		if m := revisedRe.FindStringSubmatch(b.text); m != nil {
			cs = append(cs, m[1])
		} else if m := datelineRe.FindStringSubmatch(b.text); m != nil {
			cs = append(cs, m[1])
		} else if m := dayFirstDatelineRe.FindStringSubmatch(b.text); m != nil {
			cs = append(cs, septRe.ReplaceAllString(m[1], "Sep"))
		} else if m := openerDateRe.FindStringSubmatch(b.text); m != nil {
			cs = append(cs, septRe.ReplaceAllString(m[1], "Sep."))
		} else if wordCount(b.text) <= 6 {
			cs = append(cs, b.text)
		}
		// A block of short lines may hold the date line among them
		// ("Brussels, 23.02.2026" over "Press and information team").
		for _, line := range strings.Split(b.text, "\n") {
			if wordCount(line) <= 12 {
				if t, text, ok := readDateLine(line); ok {
					return t, text, true
				}
			}
		}
		if m := titleDateRe.FindStringSubmatch(b.text); m != nil && i < 3 && wordCount(b.text) <= 14 {
			// A title and its date on the next line, joined into one
			// paragraph by the Markdown reader ("Statement on the Talks
			// April 12, 2025").
			cs = append(cs, m[1])
		}
		for _, c := range cs {
			if t, err := source.ParseDate(c); err == nil {
				return t, c, true
			}
		}
	}
	return time.Time{}, "", false
}

// Ministries and wire services print their date lines in more shapes
// than a feed's date fields have: "Paris, 15 September 2014", "Sunday,
// 10 July 2016", "17.10.2015 - Press release", "30 August 2018 - 15:40",
// "Brussels, 16/03/2015", "Jeddah, 22 Shawwal 1444 H, corresponding to
// 12 May 2023", "Geneva, Palais des Nations, Saturday 30 June 2012",
// "August 12, 2008, The Kremlin, Moscow", "Al-Ula, 5 January 2021 (21
// Jumada al-Awwal 1442 AH)". readDateLine strips the places before and
// after the date, the weekday, what follows a dash and another calendar's
// date in brackets, and reads the day-first numeric forms Europe writes.

var (
	// revisedRe: a page's note of its last revision opening its first
	// paragraph, "This article was last revised on 14 April 2002.".
	revisedRe = regexp.MustCompile(`^This (?:article|page|timeline|chronology|list|entry|note) was last (?:revised|updated|edited|modified) on (\d{1,2} \p{L}+ \d{4}|\p{L}+ \d{1,2}, \d{4})\b`)
	// A label opening the line: "Published 10 October 2022", "Last edited
	// on 14 February 2024", "Compiled 17 January 2019", "as of 16 October
	// 2008" (after "Background chronology, "), or a phrase saying so:
	// "Chronology prepared for the press, 21 June 2016", "Compiled by the
	// Africa desk; last updated 22 August 2019" (the last such word),
	// "Central Asia Section. Date of issue: 30 June 2010".
	lineLabelRe = regexp.MustCompile(`^(?:[^:]{0,60}\b(?i:prepared|compiled|updated|published|issued|released|revised|date\s+of\s+(?:issue|publication):)(?:[^,:;\d]{0,40},)?\s+(?:on\s+)?|(?i:Published|Updated|Issued|Dated|Date|Compiled|As\s+of|Last\s+(?:updated|edited|revised|modified))(?:\s+on)?:?\s+)`)
	// A place opening the line: "Paris, ", "AlUla, ", "Nairobi/Brussels, ".
	linePlaceRe = regexp.MustCompile(`^\p{Lu}[\p{L}'’./ -]{1,30}?,\s+`)
	// The kind of text or its series before a separator: "CRS Insight |
	// November 15, 2005", "From the encyclopedia · Last edited 11 April
	// 2024".
	lineSeriesRe = regexp.MustCompile(`^[^|·]{1,40}\s[|·]\s+`)
	// The time after the date: ", 4:37 P.M. EDT".
	lineTimeRe = regexp.MustCompile(`,?\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?$`)
	// A weekday opening what is left: "Sunday, ", "Tuesday ".
	lineWeekdayRe = regexp.MustCompile(`^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+`)
	// What a dash adds after the date: " - Press release", " - 15:40".
	lineTailRe = regexp.MustCompile(`\s+[-–—|]\s+.{1,30}$`)
	// Places after the date: ", The Kremlin, Moscow", ", Almaty".
	lineTrailPlaceRe = regexp.MustCompile(`(?:,\s+\p{Lu}[\p{L}'’. -]{1,30}){1,2}$`)
	// Another calendar's date in brackets after it: " (21 Jumada
	// al-Awwal 1442 AH)".
	lineTrailAsideRe = regexp.MustCompile(`\s*\([^()]{1,40}\)$`)
	// A comma between a day-first date's month and year.
	monthCommaYearRe = regexp.MustCompile(`^(\d{1,2}\s+\p{L}+),\s+(\d{4})$`)
	// The Gregorian date a Hijri one is given with.
	correspondingRe = regexp.MustCompile(`(?i)\bcorresponding\s+to\s+(.+)$`)
	// Day-first numeric dates: "17.10.2015", "16/03/2015".
	dottedDateRe  = regexp.MustCompile(`^(\d{1,2})\.(\d{1,2})\.(\d{4})$`)
	slashedDateRe = regexp.MustCompile(`^(\d{1,2})/(\d{1,2})/(\d{4})$`)
)

// revisionRe is a line naming a page's last revision: "Last edited 15 July
// 2025", "From the encyclopedia · Last revised on 3 May 2024", "This
// article was last modified on 14 April 2002.". "Updated" alone is left
// out: news items print it over the day they tell.
var revisionRe = regexp.MustCompile(`(?im)^(?:[^\n|·]{0,40}\s[|·]\s+)?(?:last\s+(?:edited|revised)\b|This (?:article|page|entry) was last (?:revised|edited|modified)\b)`)

// revisedPage reports a line naming the page's last revision among its
// first blocks, where topDate looks for its date.
func revisedPage(blocks []block) bool {
	for i, b := range blocks {
		if i >= 8 {
			break
		}
		if revisionRe.MatchString(b.text) {
			return true
		}
	}
	return false
}

// entryAmong reports a block that opens with a date as the entries of a
// chronology do, with another such block two blocks away or nearer (an
// entry may open with a season: "Autumn 2008 to spring 2009 – …").
func entryAmong(blocks []block, i int) bool {
	if !entryLineRe.MatchString(blocks[i].text) {
		return false
	}
	for j := max(0, i-2); j <= min(len(blocks)-1, i+2); j++ {
		if j != i && entryLineRe.MatchString(blocks[j].text) {
			return true
		}
	}
	return false
}

// readDateLine reads a line that is a date line of one of those shapes.
func readDateLine(line string) (time.Time, string, bool) {
	s := strings.TrimSpace(line)
	if m := correspondingRe.FindStringSubmatch(s); m != nil {
		s = m[1]
	}
	s = lineSeriesRe.ReplaceAllString(s, "")
	s = lineLabelRe.ReplaceAllString(s, "")
	s = lineTrailAsideRe.ReplaceAllString(s, "")
	s = lineTimeRe.ReplaceAllString(s, "")
	// A place and its venue: "Geneva, Palais des Nations, ". A kind of
	// note before a label reads as a place: "Background note, updated".
	for k := 0; k < 2; k++ {
		s = linePlaceRe.ReplaceAllString(s, "")
	}
	s = lineLabelRe.ReplaceAllString(s, "")
	s = lineWeekdayRe.ReplaceAllString(s, "")
	s = strings.TrimSpace(lineTailRe.ReplaceAllString(s, ""))
	s = lineTrailPlaceRe.ReplaceAllString(s, "")
	s = monthCommaYearRe.ReplaceAllString(s, "$1 $2") // "13 December, 2019"
	if s == strings.TrimSpace(line) && !dottedDateRe.MatchString(s) && !slashedDateRe.MatchString(s) {
		return time.Time{}, "", false // nothing stripped: the plain forms are read elsewhere
	}
	if m := dottedDateRe.FindStringSubmatch(s); m != nil {
		return dayFirst(m[1], m[2], m[3], s)
	}
	if m := slashedDateRe.FindStringSubmatch(s); m != nil {
		// "03/04/2015" is read either way round: only a day over 12 says
		// which number is the day.
		if d, _ := strconv.Atoi(m[1]); d > 12 {
			return dayFirst(m[1], m[2], m[3], s)
		}
		return time.Time{}, "", false
	}
	if t, err := source.ParseDate(s); err == nil && strings.ContainsAny(s, "0123456789") {
		return t, s, true
	}
	return time.Time{}, "", false
}

// dayFirst builds the date of day d, month m, year y, written as text.
func dayFirst(d, m, y, text string) (time.Time, string, bool) {
	day, _ := strconv.Atoi(d)
	month, _ := strconv.Atoi(m)
	year, _ := strconv.Atoi(y)
	if month < 1 || month > 12 || day < 1 || day > 31 {
		return time.Time{}, "", false
	}
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day {
		return time.Time{}, "", false // 31.02.2015 is no day
	}
	return t, text, true
}

// sameDay reports whether a and b fall on the same calendar day, each in
// its own zone.
func sameDay(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}

func firstNonEmpty(values ...string) string {
	for _, v := range values {
		if v != "" {
			return v
		}
	}
	return ""
}

// isDateLine reports a line that is nothing but a date written out.
func isDateLine(line string) bool {
	line = strings.TrimSpace(line)
	if wordCount(line) > 6 || !strings.ContainsAny(line, "0123456789") {
		return false
	}
	_, err := source.ParseDate(line)
	return err == nil
}
