package timex

import (
	"testing"
	"time"
)

// TestInheritYears: a month or day without its year takes the year of the
// last date of its paragraph that wrote one, told forward; other
// expressions are left as they were.
func TestInheritYears(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a month after a month and year",
			"In July 1968, the PFLP hijacked a plane; in December, two gunmen shot at another.",
			"July 1968=1968-07/month; December=1968-12/month"},
		{"a day after a year",
			"In 1893 the column advanced, and on 25 March the troops came under fire.",
			"1893=1893/year; 25 March=1893-03-25/day"},
		{"a later sentence of the paragraph is told in its year",
			"In 1893 the column advanced. On 25 March the troops came under fire.",
			"1893=1893/year; 25 March=1893-03-25/day"},
		{"a month before the last one stays raw",
			"In December 1968 the raid took place. In March the talks began.",
			"December 1968=1968-12/month; March=/unknown"},
		{"a new paragraph forgets the year",
			"In July 1968 a plane was hijacked\n\nIn December gunmen shot at another.",
			"July 1968=1968-07/month; December=/unknown"},
		{"no year before",
			"In December gunmen shot at a plane. It happened in 1968.",
			"December=/unknown; 1968=1968/year"},
		{"an impossible day stays raw",
			"In 1970 the war ended, and on February 29 the treaty was signed.",
			"1970=1970/year; February 29=/unknown"},
	}
	checkYearRule(t, tests, func(text string) []Expr { return InheritYears(text, Find(text, time.Time{})) })
}

// TestYearHeadings: a chronology's days and months written without a year
// take the year of the heading line above them, even when the text has a
// publication date that would give them another.
func TestYearHeadings(t *testing.T) {
	published := time.Date(1997, 6, 27, 0, 0, 0, 0, time.UTC)
	tests := []struct{ name, text, want string }{
		{"days under two headings",
			"1994\n\nApril 5 - The first round opens.\n\n1995\n\nMay 26 - The fourth round closes.",
			"1994=1994/year; April 5=1994-04-05/day; 1995=1995/year; May 26=1995-05-26/day"},
		{"a range of days under a heading", "2012\n\n10-11 March - Annan holds talks in Damascus.",
			"2012=2012/year; 10-11 March=2012-03-10/day"},
		{"a range of days written month first under a heading", "2022\n\nJuly 15-16 - Biden visits Saudi Arabia.",
			"2022=2022/year; July 15-16=2022-07-15/day"},
		{"a heading with a colon and a month alone",
			"1996:\nIn December the sides met.",
			"1996=1996/year; December=1996-12/month"},
		{"a year written with the day keeps its own",
			"1994\n\n12 May 1995 - The truce is extended.",
			"1994=1994/year; 12 May 1995=1995-05-12/day"},
		{"a year inside a sentence is no heading",
			"The war of 1994 ended.\n\nApril 5 - The first round opens.",
			"1994=1994/year; April 5=1997-04-05/day"},
	}
	checkYearRule(t, tests, func(text string) []Expr { return YearHeadings(text, Find(text, published)) })
}

// TestNarrativeYears: on a dated page, a month or day without its year
// takes the year of the last day or month its paragraph wrote, when that
// lies three years or more before the year the page's date gives it; a
// year alone, another paragraph or a recent date leaves it as read.
func TestNarrativeYears(t *testing.T) {
	published := time.Date(2025, 8, 12, 0, 0, 0, 0, time.UTC)
	tests := []struct{ name, text, want string }{
		{"a day after a day of the paragraph's year",
			"On 4 November 2017 Hariri resigned. Macron flew to Riyadh on 9 November.",
			"4 November 2017=2017-11-04/day; 9 November=2017-11-09/day"},
		{"a month before the last one is of the next year",
			"In December 2017 the crisis began. On 3 January the envoy arrived.",
			"December 2017=2017-12/month; 3 January=2018-01-03/day"},
		{"a year alone is background",
			"The territories were occupied in 1967. On 22 March the leader was killed.",
			"1967=1967/year; 22 March=2025-03-22/day"},
		{"another paragraph keeps the page's year",
			"On 4 November 2017 Hariri resigned.\n\nMacron flew to Riyadh on 9 November.",
			"4 November 2017=2017-11-04/day; 9 November=2024-11-09/day"},
		{"a recent date keeps the page's year",
			"Talks were held in April 2024. On 3 May the sides met again.",
			"April 2024=2024-04/month; 3 May=2025-05-03/day"},
	}
	checkYearRule(t, tests, func(text string) []Expr { return NarrativeYears(text, Find(text, published), false) })
}

// TestRevisedNarrativeYears: on a page dated by its last revision, the
// narrative's year reaches across paragraphs and holds from the year
// before the page's on; a year alone still keeps the year the page's date
// gives.
func TestRevisedNarrativeYears(t *testing.T) {
	published := time.Date(2025, 7, 15, 0, 0, 0, 0, time.UTC)
	tests := []struct{ name, text, want string }{
		{"a later section's day is of the lead's year",
			"On the night of 15 July 2016 soldiers closed the bridge.\n\nReactions\n\nPutin telephoned Erdoğan on 17 July.",
			"15 July 2016=2016-07-15/day; 17 July=2016-07-17/day"},
		{"a month before the last one is of the next year",
			"In December 2017 the crisis began.\n\nOn 3 January the envoy arrived.",
			"December 2017=2017-12/month; 3 January=2018-01-03/day"},
		{"a day of the year before is of the narrative's year too",
			"The earthquake of 6 February 2023 struck.\n\nThe minister travelled to Ankara on 15 February.",
			"6 February 2023=2023-02-06/day; 15 February=2023-02-15/day"},
		{"a day of the page's own year keeps it",
			"Talks were held in April 2025.\n\nOn 3 May the sides met again.",
			"April 2025=2025-04/month; 3 May=2025-05-03/day"},
		{"a year alone is background",
			"The territories were occupied in 1967.\n\nOn 22 March the leader was killed.",
			"1967=1967/year; 22 March=2025-03-22/day"},
		{"a day of a month dated to its day before keeps that day's year",
			"The summit was held on 15–16 September 2022.\n\nIt was his first trip since January 2020, after the summit of September 2021.\n\nOn 15 September Putin met Xi.",
			"15–16 September 2022=2022-09-15/day; January 2020=2020-01/month; September 2021=2021-09/month; 15 September=2022-09-15/day"},
		{"a month alone follows the last date",
			"The summit was held on 15–16 September 2022.\n\nThe crisis began in March 2020.\n\nIn September the envoy resigned.",
			"15–16 September 2022=2022-09-15/day; March 2020=2020-03/month; September=2020-09/month"},
	}
	checkYearRule(t, tests, func(text string) []Expr { return NarrativeYears(text, Find(text, published), true) })
}

// checkYearRule runs a table of texts through a rule that gives years to
// the expressions Find read, comparing what it renders.
func checkYearRule(t *testing.T, tests []struct{ name, text, want string }, rule func(text string) []Expr) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := render(rule(tt.text)); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}
