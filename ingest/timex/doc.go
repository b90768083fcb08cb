// Package timex finds date expressions in English news and government text
// and normalizes them to ISO dates with a precision.
//
// Absolute expressions ("April 12, 2025", "12 April 2025", "April 2025",
// "2025", "2015-04-2", "mid-June 2025") resolve on their own. Relative ones
// ("today", "on Friday", "next Saturday", "earlier this month") and dates
// missing their year ("Apr. 12", "in June") resolve against an anchor, the
// document's publication date; without an anchor they are kept as raw text
// with precision unknown. Indefinite ones ("on a Saturday") and periods the
// graph model has no precision for ("last week") are always raw only.
//
// Weekdays, and dates missing their year, are resolved by tense: the words
// nearest before the expression in its sentence (else those after it) decide.
// A future cue ("will", "scheduled", "slated", "due", "expected", "plans",
// "next", "upcoming", "would", a present-tense "is"/"are") puts the date on or
// after the anchor; anything else, including no cue at all, puts it on or
// before the anchor, because news mostly reports what already happened. The
// anchor day itself counts on both sides: "on Friday" in a Friday article is
// that Friday. "next" and "last" are strict: "next Saturday" is 1 to 7 days
// after the anchor, "last Saturday" 1 to 7 days before.
//
// A history with no anchor writes its year once and goes on by month:
// InheritYears gives a month or day without its year the year of the last
// date of its paragraph that wrote one ("In July 1968, ...; in December,
// ..." is December 1968), when the story moves forward, and marks it
// Inherited.
//
// Slash dates ("4/12/25") are read only where the text makes their order
// clear: the order (month/day or day/month) is taken from the slash dates of
// the same text whose first or second number is above 12, and when that
// evidence is missing or contradicts itself every slash date stays raw.
package timex
