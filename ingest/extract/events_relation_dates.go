package extract

import (
	"math"
	"regexp"
	"strconv"
	"strings"
)

// A relation to an event takes the date its sentence gives, and a
// sentence may give several: "from the 1948 Arab–Israeli War, Egyptian
// Revolution of 1952, Suez Crisis, North Yemen Civil War, …" dated Egypt's
// part in the Suez Crisis and the North Yemen Civil War 1952; "grew to
// about 12,000 by April 1946 … the 1948 Arab−Israeli War" dated Syria's part
// in that war 1946. Nobody takes part in an event before it begins, nor
// after a war the catalog ends; such a date belongs to something else the
// sentence tells, and the relation keeps none. The event's own date is
// left as it is.

// eventDatedTypes are the relations whose date is the event's time: its
// participants, venue, host and mediator.
var eventDatedTypes = map[string]bool{"PARTICIPATED_IN": true, "HELD_IN": true, "HOSTED": true, "MEDIATED": true}

// reDescShortEnd finds a range's two-digit end in a catalog description
// ("1990–91"); reDescOpen a span it leaves open ("from 2014").
var (
	reDescShortEnd = regexp.MustCompile(`\b(1[0-9]|20)([0-9]{2})\s*[–-]\s*([0-9]{2})\b`)
	reDescOpen     = regexp.MustCompile(`\b(?:from|since)\s+(?:[A-Z][a-z]+\s+)?(?:[0-9]{1,2}\s+)?(?:1[0-9]{3}|20[0-9]{2})\s*$`)
)

// datesWithinEvents takes the date off each relation to an event dated in
// a year the event had not begun or had ended (see above).
func (b *relBuilder) datesWithinEvents() {
	for i := range b.rels {
		r := &b.rels[i]
		if !eventDatedTypes[r.Type] {
			continue
		}
		d, ok := r.Props["date"].(string)
		if !ok {
			continue
		}
		ev := r.To
		if r.Type == "HELD_IN" {
			ev = r.From
		}
		first, last, ok := b.eventYears(ev)
		if !ok {
			continue
		}
		if y, err := strconv.Atoi(d[:min(4, len(d))]); err == nil && (y < first || y > last) {
			delete(r.Props, "date")
			delete(r.Props, "datePrecision")
			delete(r.Props, "dateText")
		}
	}
}

// eventYears gives the first and last year of a dated event. A catalog
// event lasts to the last year its description gives ("war between Israel
// and Egypt, 1967–1970"), or on without end when the description gives
// none or opens a span ("from 2014"). Any other event lasts its own year,
// but a war, a campaign or talks the text built, which it may date by
// their start only, last on.
func (b *relBuilder) eventYears(id string) (first, last int, ok bool) {
	e := b.ents.Entities[id]
	if e == nil {
		e = b.events[id]
	}
	if e == nil || e.Type != "Event" {
		return 0, 0, false
	}
	d, _ := e.Props["date"].(string)
	if len(d) < 4 {
		return 0, 0, false
	}
	first, err := strconv.Atoi(d[:4])
	if err != nil {
		return 0, 0, false
	}
	last = first
	if e.CatalogDate != "" {
		desc, _ := e.Props["description"].(string)
		_, lastGiven, given := yearSpan(desc)
		if !given || reDescOpen.MatchString(strings.TrimRight(desc, ". ")) {
			return first, math.MaxInt, true
		}
		last = max(last, lastGiven)
		for _, m := range reDescShortEnd.FindAllStringSubmatch(desc, -1) {
			century, _ := strconv.Atoi(m[1])
			if n, _ := strconv.Atoi(m[3]); century*100+n > last {
				last = century*100 + n
			}
		}
		return first, last, true
	}
	if reWarWord.MatchString(e.Name) || reLongEvent.MatchString(e.Name) {
		return first, math.MaxInt, true
	}
	return first, last, true
}

// reLongEvent: events other than wars that may last years.
var reLongEvent = regexp.MustCompile(`(?i)\b(?:campaign|talks|process|crisis|occupation|negotiations|uprising|revolution|intervention|operation|mission|blockade|embargo|sanctions)\b`)
