package extract

import (
	"regexp"
	"strings"
)

// A gunman's or a bomber's deed told by its victims, counted (one is "a
// civilian", "an American-Israeli dual citizen"), rather than by a target
// the graph knows: "On 9 October 2016 in Jerusalem, Musbah Abu Sbaih, a
// Hamas militant shot 8 people from a car", "a suicide bomber killed 15
// civilians in Haifa on 2 March 2003". The deed is an attack of
// its day, in which its doer takes part, held in the town the sentence
// names with "in". Undated deeds (a habit, a history's summary) are left
// alone, as are plans and denials.

// reShotPeople runs from the doer, perhaps set off by an apposition with
// no closing comma ("X, a Hamas militant shot") or followed by its men
// ("Hamas gunmen killed"), to the victims counted.
var reShotPeople = regexp.MustCompile(`^(?:` + sp + `*,` + sp + `+(?:an?|the)` + sp + `+(?:[\w'’-]+` + sp + `+){0,4}?|(?:` + sp + `+(?:suicide` + sp + `+)?(?:gunmen|gunman|militants?|fighters?|forces|troops|soldiers|bombers?|attackers?|terrorists?))?` + sp + `+)(?:(?:then|later|also|reportedly)` + sp + `+)?(?:shot(?:` + sp + `+dead)?|gunned` + sp + `+down|killed|stabbed|wounded|opened` + sp + `+fire` + sp + `+on)` + sp + `+(?:(?:(?:at` + sp + `+least|more` + sp + `+than|some|about)` + sp + `+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens` + sp + `+of|several)` + sp + `+(?:people|civilians|(?:[A-Z][a-z]+` + sp + `+)?(?:citizens|nationals)|[A-Z][a-z]+(?:ans|is|ese)|worshippers|worshipers|soldiers|police` + sp + `+officers|policemen|passengers|pedestrians|students|tourists|bystanders)|(?:an?|one)` + sp + `+(?:\p{Lu}[\w\x{00C0}-\x{024F}'’-]*` + sp + `+)?(?:dual` + sp + `+)?(?:citizen|civilian|soldier|police` + sp + `+officer|policeman|worshipp?er|passenger|pedestrian|student|tourist|bystander))\b`)

// shootings builds the attacks of reShotPeople.
func (b *relBuilder) shootings(v *sentView) {
	if !v.has("shot", "gunned", "killed", "stabbed", "wounded", "opened fire") {
		return
	}
	covered := 0 // "X, a Hamas militant shot": the body in the doer's apposition is none
	for _, a := range v.args {
		if !a.actor() || a.m.Demonym || a.start < covered {
			continue
		}
		loc := reShotPeople.FindStringIndex(v.between(a.end, v.end))
		if loc == nil || !shooter(v, a) {
			continue
		}
		end := a.end + loc[1]
		if r := v.between(end, min(v.end, end+3)); strings.HasPrefix(r, "'") || strings.HasPrefix(r, "’") {
			continue // "killed five Americans' hopes": the victims' something
		}
		covered = end
		if b.irrealisClause(v, a.start, end) {
			continue
		}
		// "killed 46 Americans in the October 7th massacre": the attack
		// the sentence names.
		if m, ok := b.namedAttackAfter(v, end); ok {
			b.add("PARTICIPATED_IN", a.id, m.EntityID, 0.75, nil, v, a.start, m.End)
			continue
		}
		id := b.makeEvent(v, eventSpec{kind: "attack", parts: []arg{a}, trigStart: a.end, trigEnd: end,
			start: a.start, end: end, needDate: true})
		if id == "" {
			continue
		}
		// "On 9 October 2016 in Jerusalem, X shot …": the town the
		// sentence puts the deed in, before or after the doer.
		if _, held := b.venue(v, eventSpec{trigStart: a.end, trigEnd: end, start: a.start, end: end}); !held {
			if town, ok := soleTownIn(v); ok {
				b.add("HELD_IN", id, town.EntityID, 0.75, nil, v, town.Start, end)
			}
		}
	}
}

// reInTheAttack runs from the victims to the attack that killed them.
var reInTheAttack = regexp.MustCompile(`^(?:` + sp + `+[^,;.]{0,40}?)?` + sp + `+(?:in|during)` + sp + `+(?:the` + sp + `+)?$`)

// namedAttackAfter is the attack event v names right after its victims,
// ending at pos.
func (b *relBuilder) namedAttackAfter(v *sentView, pos int) (mention, bool) {
	for _, m := range b.eventMentsOf(v) {
		if m.Start >= pos && reInTheAttack.MatchString(v.between(pos, m.Start)) && b.attackLike(m.EntityID) {
			return m, true
		}
	}
	return mention{}, false
}

// attackLike reports an attack event: one the rules built as such, or a
// catalog event whose name or an alias ends in an attack's word
// ("October 7 attacks", "Deir Yassin massacre").
func (b *relBuilder) attackLike(id string) bool {
	if e, ok := b.events[id]; ok {
		return e.Props["kind"] == "attack"
	}
	e, ok := b.ents.Entities[id]
	if !ok {
		return false
	}
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if f := strings.Fields(strings.ToLower(n)); len(f) > 0 && incidentKinds[f[len(f)-1]] == "attack" {
			return true
		}
	}
	return false
}

var (
	// What may stand before the doer in its clause: an article, words of a
	// title or a name ("Hamas militant").
	reShooterOpens = regexp.MustCompile(`^` + sp + `*(?:(?:[Tt]he|[Aa]n?)` + sp + `+)?(?:\p{Lu}[\w\x{00C0}-\x{024F}'’.-]*` + sp + `+)*$`)
	// "at a" before a town that names a site: "at a Tel Aviv shopping
	// center", "in a Jerusalem cafe".
	reSiteOfTown     = regexp.MustCompile(`\b(?:in|at|near|outside)` + sp + `+an?` + sp + `+$`)
	reLowerWordAfter = regexp.MustCompile(`^` + sp + `+[a-z]`)
	// "a suicide bomber linked to": the doer's men, named by their body.
	reMenLinkedTo = regexp.MustCompile(`\b(?:bombers?|gunm[ae]n|militants?|attackers?|assailants?)` + sp + `+(?:(?:linked|affiliated|belonging|loyal)` + sp + `+to|of|from)` + sp + `+(?:the` + sp + `+)?$`)
)

// shooter reports a doer that opens its clause ("On 2 March 2003, Hamas
// gunmen"), or the body its men are linked to ("a suicide bomber linked
// to Hamas"); "soldiers fighting Hamas" are not Hamas's.
func shooter(v *sentView, a arg) bool {
	prefix := v.between(v.start, a.start)
	if reMenLinkedTo.MatchString(prefix) {
		return true
	}
	if i := strings.LastIndexAny(prefix, ",;:—"); i >= 0 {
		prefix = prefix[i+1:]
	}
	return reShooterOpens.MatchString(reOpeningTime.ReplaceAllString(prefix, ""))
}

// soleTownIn is the one place of v written after "in" or "at", or
// naming the site there ("at a Tel Aviv shopping center").
func soleTownIn(v *sentView) (mention, bool) {
	var found mention
	n := 0
	for _, m := range v.ments {
		if m.Type != "Place" || m.Demonym {
			continue
		}
		before := v.between(runeStartFrom(v.text, max(v.start, m.Start-40)), m.Start)
		if !reVenueBefore.MatchString(before) && !(reSiteOfTown.MatchString(before) && reLowerWordAfter.MatchString(v.between(m.End, v.end))) {
			continue
		}
		if n == 0 || m.EntityID != found.EntityID {
			n++
		}
		found = m
	}
	return found, n == 1
}
