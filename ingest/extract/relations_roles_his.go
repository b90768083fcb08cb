package extract

import "regexp"

// An office told as a leader's own: "Mrs Margaret Thatcher and her new
// Foreign Secretary, Mr Francis Pym"; "His Foreign Secretary, Perfecto
// Yasay, welcomed the award" after a sentence about President Duterte;
// "His defence minister, Peter Dutton, said". A head of government's
// minister is his state's minister: the office holds for the state the
// leader holds his own office for. The leader is the last person named
// before "his" or "her" in the sentence, else the first of the sentence
// before (its subject, as a rule); one whose office the text has not tied to a state gives
// nothing.

// reHisOffice is a minister's or envoy's office right before the person,
// owned by "his" or "her".
var reHisOffice = regexp.MustCompile(`(?i)\b(?:his|her)` + sp + `+(?:(?:new|own|top|chief|senior)` + sp + `+)?((?:foreign|defen[cs]e|interior|home|finance|trade|economy|justice|war)` + sp + `+(?:minister|secretary)|secretary` + sp + `+of` + sp + `+state|national` + sp + `+security` + sp + `+advis[eo]r|chancellor` + sp + `+of` + sp + `+the` + sp + `+exchequer|vice` + sp + `+president|deputy` + sp + `+prime` + sp + `+minister|chief` + sp + `+of` + sp + `+staff|ambassador(?:` + sp + `+to` + sp + `+[\p{L}. ]{2,30}?)?|special` + sp + `+envoy|envoy)` + sp + `*,?` + sp + `*(?:(?:Mr|Mrs|Ms|Dr)\.?` + sp + `+)?$`)

// officeWords are the offices reHisOffice reads after "his" or "her".
const officeWords = `((?:foreign|defen[cs]e|interior|home|finance|trade|economy|justice|war)` + sp + `+(?:minister|secretary)|secretary` + sp + `+of` + sp + `+state|national` + sp + `+security` + sp + `+advis[eo]r|chancellor` + sp + `+of` + sp + `+the` + sp + `+exchequer|vice` + sp + `+president|deputy` + sp + `+prime` + sp + `+minister|chief` + sp + `+of` + sp + `+staff|special` + sp + `+envoy|envoy)`

// reLeadersOffice: right after a leader's name, the office of someone
// else the leader has ("President Nixon's national security adviser").
var reLeadersOffice = regexp.MustCompile(`(?i)^['’]s` + sp + `+(?:(?:new|own|top|chief|senior)` + sp + `+)?` + officeWords + `\b`)

// leadersOffices reads an office owned by a leader named with it:
// "Henry Kissinger, President Nixon's national security adviser, and …",
// "President Nixon's national security adviser, Henry Kissinger, …". The
// office holds for the state the text or the catalog made the leader
// head of.
func (b *relBuilder) leadersOffices(v *sentView) {
	if !v.has("'s", "’s") {
		return
	}
	for i, l := range v.args {
		if l.typ != "Person" {
			continue
		}
		loc := reLeadersOffice.FindStringSubmatchIndex(v.between(l.m.End, v.end))
		if loc == nil {
			continue
		}
		officeEnd := l.m.End + loc[1]
		var holder *arg
		// The holder set off before the leader's title, or after the office.
		if i > 0 && v.args[i-1].typ == "Person" && reApposLead.MatchString(v.between(v.args[i-1].m.End, l.start)) {
			holder = &v.args[i-1]
		} else if i+1 < len(v.args) && v.args[i+1].typ == "Person" && reCommaName.MatchString(v.between(officeEnd, v.args[i+1].m.Start)) {
			holder = &v.args[i+1]
		}
		if holder == nil || b.irrealisClause(v, min(holder.start, l.start), max(holder.end, officeEnd)) {
			continue
		}
		for _, r := range b.rels {
			if r.Type == "HOLDS_ROLE" && r.From == l.id && b.typeOf(r.To) == "Country" && leaderOffices.MatchString(relTitle(r)) {
				b.addRole(holder.id, r.To, canonTitle(v.between(l.m.End+loc[2], l.m.End+loc[3])), 0.7, v, min(holder.start, l.start), max(holder.m.End, officeEnd))
				break
			}
		}
	}
}

// leaderOffices are the offices whose holder's ministers are his state's.
var leaderOffices = regexp.MustCompile(`(?i)\b(?:president|prime` + sp + `+minister|premier|chancellor|king|queen|emir|sultan|shah|leader|head` + sp + `+of` + sp + `+(?:state|government))\b`)

// hisOffices reads reHisOffice for the people of v.
func (b *relBuilder) hisOffices(v *sentView, prev *sentView) {
	if !v.has("his ", "her ") {
		return
	}
	for _, a := range v.args {
		if a.typ != "Person" {
			continue
		}
		loc := matchBefore(v, a.m.Start, 60, reHisOffice)
		if loc == nil {
			continue
		}
		pron := loc[0]
		state, ok := b.leaderState(v, prev, pron)
		if !ok || b.irrealisClause(v, pron, a.m.End) {
			continue
		}
		b.addRole(a.id, state, canonTitle(v.between(loc[2], loc[3])), 0.7, v, pron, a.m.End)
	}
}

// leaderState is the state of the leader "his" or "her" at pos stands
// for: the last person before pos in v, else the first of prev, when the
// text has made that person a head of state or government of a state.
func (b *relBuilder) leaderState(v, prev *sentView, pos int) (string, bool) {
	var leader string
	for _, a := range v.args {
		if a.typ == "Person" && a.m.End <= pos {
			leader = a.id
		}
	}
	if leader == "" && prev != nil {
		for _, a := range prev.args {
			if a.typ == "Person" {
				leader = a.id // the sentence's subject, as a rule its first person
				break
			}
		}
	}
	if leader == "" {
		return "", false
	}
	for _, r := range b.rels {
		if r.Type == "HOLDS_ROLE" && r.From == leader && b.typeOf(r.To) == "Country" && leaderOffices.MatchString(relTitle(r)) {
			return r.To, true
		}
	}
	return "", false
}

// relTitle is the title a HOLDS_ROLE relation records, or "".
func relTitle(r relation) string {
	t, _ := r.Props["title"].(string)
	return t
}
