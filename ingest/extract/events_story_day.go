package extract

import (
	"regexp"
	"time"

	"github.com/kg-project/kg/ingest/timex"
)

// A dated news item about the day's events tells a meeting in the past
// tense without a day of its own ("Clinton ... met President Mohamed
// Morsi before the announcement"): it took place the day the item
// reports. An item counts as a story of its day only when every date it
// gives up to that sentence lies within a few days of its publication; an
// encyclopedia page or a background passage, whose dates run back years,
// never does.

// storyDayWindow is how far from publication a date of a story of the day
// may lie.
const storyDayWindow = 7 * 24 * time.Hour

// reNotOnce: right before a past verb, a word that makes the deed a habit
// or a deed of some earlier time ("has met", "had met", "often met").
var reNotOnce = regexp.MustCompile(`(?i)\b(?:has|have|had|having|often|usually|regularly|repeatedly|previously|once|never|not|also\s+previously)` + sp + `+(?:\w+` + sp + `+)?$`)

// rePastDeedVerb is the verb of a meeting or a journey in the past tense.
var rePastDeedVerb = regexp.MustCompile(`(?i)^(?:met|held|convened|hosted|received|welcomed|conferred|talked|sat|visited|arrived|travell?ed|flew)\b`)

// storyDay is the publication day of a dated news item whose sentence v
// tells a deed, its verb starting at verbStart, in the past tense.
func (b *relBuilder) storyDay(v *sentView, verbStart int) (timex.Expr, bool) {
	day, ok := b.publicationDate()
	if !ok || !rePastDeedVerb.MatchString(v.between(verbStart, v.end)) || reNotOnce.MatchString(v.between(max(v.start, verbStart-24), verbStart)) ||
		reHabit.MatchString(v.between(verbStart, v.end)) {
		return timex.Expr{}, false
	}
	if !b.storyOfTheDay(v) {
		return timex.Expr{}, false
	}
	return day, true
}

// storyOfTheDay reports a dated document every date of which, up to
// sentence v, lies within a few days of its publication. The first
// sentence with a date far from it is found once per document.
func (b *relBuilder) storyOfTheDay(v *sentView) bool {
	if b.doc.Published.IsZero() {
		return false
	}
	if !b.storyKnown {
		b.storyEnd, b.storyKnown = len(b.views), true
	scan:
		for _, w := range b.views {
			for _, d := range w.dates {
				if !d.Resolved() || d.Start < w.start || d.Start >= w.end {
					continue
				}
				if lag, ok := b.publicationLag(d); !ok || lag > storyDayWindow || -lag > storyDayWindow {
					b.storyEnd = w.idx
					break scan
				}
			}
		}
	}
	return v.idx < b.storyEnd
}

// publicationLag is how long before the document's publication the day d
// lies (negative after it); ok is false for a date that is no resolved
// day or a document with no date.
func (b *relBuilder) publicationLag(d timex.Expr) (time.Duration, bool) {
	if b.doc.Published.IsZero() || d.Precision != timex.Day || !d.Resolved() {
		return 0, false
	}
	t, err := time.Parse("2006-01-02", d.Value)
	if err != nil {
		return 0, false
	}
	return b.doc.Published.Sub(t), true
}
