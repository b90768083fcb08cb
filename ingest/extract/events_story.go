package extract

import (
	"regexp"
	"strings"
	"time"
)

// What the two story rules share (events_story_signing.go,
// events_story_gathering.go): a news story tells its event in its lead,
// then who came and where across its sentences.

// reStoryYear: a year, which dates a sentence as history rather than as
// the story's day.
var reStoryYear = regexp.MustCompile(`\b(?:1[5-9]|20)\d\d\b`)

// reOfficeHeldOf: before a state or body that only says whose office or
// post someone holds ("Permanent Representative of Syria to the United
// Nations", "Special Envoy for Syria").
var reOfficeHeldOf = regexp.MustCompile(`\b(?:of|to|for|on|from|at)` + sp + `+(?:the` + sp + `+)?$`)

// actorsAfter are the people, states and bodies w names after a cue that
// ends at pos ("in the presence of", "also present were"), up to the
// first of enders: not a possessive's owner nor a state or body that only
// says whose office someone holds, and only people when peopleOnly.
func actorsAfter(w *sentView, pos int, enders string, peopleOnly bool) []arg {
	end := w.end
	if k := strings.IndexAny(w.between(pos, w.end), enders); k >= 0 {
		end = pos + k
	}
	var out []arg
	for _, a := range w.args {
		if a.start < pos || a.end > end || !a.actor() || rePossessiveStart.MatchString(w.between(a.end, w.end)) ||
			a.typ != "Person" && (peopleOnly || reOfficeHeldOf.MatchString(w.between(max(pos, a.start-12), a.start))) {
			continue
		}
		out = append(out, a)
	}
	return out
}

// hasVenue reports a HELD_IN of event id already found.
func (b *relBuilder) hasVenue(id string) bool {
	for _, r := range b.rels {
		if r.Type == "HELD_IN" && r.From == id {
			return true
		}
	}
	return false
}

// venueTold adds HELD_IN for event id at the first place, from sentence
// lead on among the sentences tells accepts, that re matches right before
// (within reach bytes), and reports whether it found one.
func (b *relBuilder) venueTold(id string, lead *sentView, tells func(*sentView) bool, re *regexp.Regexp, reach int, conf float64) bool {
	for _, w := range b.views {
		if w.idx < lead.idx || !tells(w) {
			continue
		}
		for _, m := range w.ments {
			if m.Type != "Place" || m.Demonym || b.irrealisClause(w, m.Start, m.End) {
				continue
			}
			lo := max(w.start, m.Start-reach)
			if loc := re.FindStringIndex(w.between(lo, m.Start)); loc != nil {
				b.add("HELD_IN", id, m.EntityID, conf, nil, w, lo+loc[0], m.End)
				return true
			}
		}
	}
	return false
}

// toldOfTheDay reports a sentence that tells the story's day: a word of the
// day ("yesterday", "on Friday") or a date of the week the story was
// published ("On the afternoon of July 16" in a release of July 16, "On
// 5 December 1994" in one of 6 December). Government releases date their
// leads so, without a dateline or a weekday.
func (b *relBuilder) toldOfTheDay(v *sentView) bool {
	if reStoryDay.MatchString(v.between(v.start, v.end)) {
		return true
	}
	for _, d := range v.dates {
		if lag, ok := b.publicationLag(d); ok && lag >= -24*time.Hour && lag <= storyDayWindow {
			return true
		}
	}
	return false
}

// storyLead is the story's lead: its first storyLeadSentences sentences
// of prose. Lines above it that end in no stop (an issuing ministry's
// name, a headline, a date line) are not read as the lead.
func (b *relBuilder) storyLead() []*sentView {
	var lead []*sentView
	for _, v := range b.views {
		if len(lead) == storyLeadSentences {
			break
		}
		text := strings.TrimRight(v.between(v.start, v.end), " \t\n\"'”’)")
		if len(lead) == 0 && (text == "" || !strings.ContainsAny(text[len(text)-1:], ".!?:;")) {
			continue
		}
		lead = append(lead, v)
	}
	return lead
}
