package extract

import (
	"regexp"
	"strings"
)

// An office of the body a sentence is about, told with "its": "The ANO is
// named after its founder Abu Nidal", "Hamas was led by its founder Ahmed
// Yassin", "Chad became independent under François Tombalbaye, its first
// president" (a state, its head's offices only). "its" is the body or
// state the sentence opens with, when no other state or body is named
// between the two.

// reItsRole is the office right before the person: "its founder", "its
// late leader".
var reItsRole = regexp.MustCompile(`\bits` + sp + `+(?:(?:first|late|former|current|longtime|long-time|new|then|own)` + sp + `+)?(founder|co-founder|leader|chairman|chairwoman|president|commander|head|chief|secretary-general|spokesman|spokesperson)` + sp + `*,?` + sp + `*$`)

// reItsRoleAfter is the office right after the person: ", its first
// president".
var reItsRoleAfter = regexp.MustCompile(`^` + sp + `*,` + sp + `+its` + sp + `+(?:(?:first|late|former|current|longtime|long-time|new|then|last)` + sp + `+)?(founder|leader|chairman|chairwoman|president|prime` + sp + `+minister|(?:foreign|defen[cs]e|interior|finance)` + sp + `+minister|king|emir|sultan|ruler|commander|head|chief|secretary-general|spokesman|spokesperson|ambassador|envoy|(?:plenipotentiary` + sp + `+)?representative)\b`)

// reStateOffice: the offices "its" gives a state: its heads, ministers
// and the envoys it sends ("Germany was represented by X, its ambassador
// in Madrid").
var reStateOffice = regexp.MustCompile(`(?i)^(?:president|prime` + sp + `+minister|(?:foreign|defen[cs]e|interior|finance)` + sp + `+minister|king|emir|sultan|ruler|leader|head|ambassador|envoy|(?:plenipotentiary` + sp + `+)?representative)$`)

// reOpener: what may stand before the organisation a sentence opens with.
var reOpener = regexp.MustCompile(`^(?:(?:The|the)` + sp + `+)?$`)

// itsRoles reads reItsRole for the people of v.
func (b *relBuilder) itsRoles(v *sentView) {
	if !v.has(" its ") || len(v.ments) < 2 {
		return
	}
	org := v.ments[0]
	state := org.Type == "Country" && !org.Demonym
	if org.Type != "Organization" && !state || !reOpener.MatchString(v.between(v.start, org.Start)) {
		return
	}
	for _, a := range v.args {
		if a.typ != "Person" || a.m.Start <= org.End {
			continue
		}
		lo := max(org.End, a.m.Start-60)
		loc := reItsRole.FindStringSubmatchIndex(v.between(lo, a.m.Start))
		if loc == nil {
			// "Chad became independent under François Tombalbaye, its first
			// president": the office told after the person.
			after := v.between(a.m.End, min(v.end, a.m.End+60))
			if l := reItsRoleAfter.FindStringSubmatchIndex(after); l != nil {
				lo, loc = a.m.End, []int{0, l[1], l[2], l[3]}
			} else {
				continue
			}
		}
		if state && !reStateOffice.MatchString(v.between(lo+loc[2], lo+loc[3])) {
			continue // a state's founder or spokesman is no office of it
		}
		if bodyBetween(v, org.End, a.m.Start) {
			continue // another body between: "its" may be that one's
		}
		if !b.irrealisClause(v, org.Start, a.m.End) {
			b.addRole(a.id, org.EntityID, canonTitle(v.between(lo+loc[2], lo+loc[3])), 0.75, v, org.Start, max(a.m.End, lo+loc[3]))
		}
	}
}

// An office of the body the sentence before was about: "Yemen's Houthi
// movement ... claimed responsibility. Its military spokesman, Yahya
// Saree, told ...". "Its" opens the sentence; the body is the subject the
// sentence before opens with (the possessed one of "Yemen's Houthi
// movement").
var reItsRoleOpens = regexp.MustCompile(`^(?:Its` + sp + `+)(?:(?:first|late|former|current|longtime|long-time|new|then|own|military|political|senior|top)` + sp + `+){0,2}((?:(?:deputy|chief|foreign|defen[cs]e|interior|prime)` + sp + `+){0,2}(?:founder|co-founder|leader|chairman|chairwoman|president|commander|head|chief|secretary-general|secretary` + sp + `+general|spokesman|spokesperson|spokeswoman|director|minister|ambassador|envoy|king|emir|amir|sultan|ruler))` + sp + `*,?` + sp + `*(?:(?:Sheikh|Shaikh|Sayyid|Prince|Dr\.|Mr\.)` + sp + `+)*$`)

// reOwnedOpens: the subject named as a state's or body's own, "Yemen's".
var reOwnedOpens = regexp.MustCompile(`^['’]s` + sp + `+(?:the` + sp + `+)?$`)

// itsRolesBefore reads reItsRoleOpens for the first person of v.
func (b *relBuilder) itsRolesBefore(v *sentView) {
	if v.idx == 0 || len(v.args) == 0 || !v.has("its ") {
		return
	}
	a := v.args[0]
	loc := reItsRoleOpens.FindStringSubmatchIndex(v.between(v.start, a.m.Start))
	if a.typ != "Person" || loc == nil {
		return
	}
	prev := b.views[v.idx-1]
	if len(prev.ments) == 0 || !reOpener.MatchString(prev.between(prev.start, prev.ments[0].Start)) {
		return
	}
	owner := prev.ments[0]
	if len(prev.ments) > 1 && reOwnedOpens.MatchString(prev.between(owner.End, prev.ments[1].Start)) {
		owner = prev.ments[1] // "Yemen's Houthi movement"
	}
	if owner.Demonym || owner.Type != "Organization" && !(owner.Type == "Country" && reStateOfficeOpens.MatchString(v.between(v.start, a.m.Start))) {
		return
	}
	if !b.irrealisClause(v, v.start, a.m.End) {
		b.addRole(a.id, owner.EntityID, canonTitle(v.between(v.start+loc[2], v.start+loc[3])), 0.7, v, v.start, a.m.End)
	}
}

// reStateOfficeOpens: "Its foreign minister, X," after a sentence that
// opens with a state holds an office of that state; a state's spokesman
// or commander ("Israel struck Gaza. Its spokesman, X, said") speaks for
// its army, not for the state.
var reStateOfficeOpens = regexp.MustCompile(`^Its` + sp + `+(?:(?:new|current|former|then)` + sp + `+)?(?:(?:foreign|defen[cs]e|interior|finance|oil|energy|deputy|prime)` + sp + `+minister|minister` + sp + `+of` + sp + `+[a-z]+(?:` + sp + `+affairs)?|president|ambassador|envoy|king|emir|amir|sultan|ruler)` + sp + `*,?` + sp + `*(?:(?:Sheikh|Shaikh|Sayyid|Prince|Dr\.|Mr\.)` + sp + `+)*$`)

// "declared Egypt a republic, with Naguib as its first President and
// Nasser as deputy prime minister": offices given with "with … as", of the
// state or body the clause named last before "with".
var (
	reWithBefore = regexp.MustCompile(`\bwith` + sp + `+$`)
	reAsItsRole  = regexp.MustCompile(`^` + sp + `+as` + sp + `+(?:(?:its|their)` + sp + `+)?(?:(?:first|new|sole|interim)` + sp + `+)?` + roleNoun + `(?:` + sp + `*[,;.]|` + sp + `+(?:and|from|until|in|on)\b)`)
	reAndBefore  = regexp.MustCompile(`^` + sp + `+and` + sp + `+$`)
	// reAsideBeforeAs: an aside set off by commas after the person, with
	// "as" after it.
	reAsideBeforeAs = regexp.MustCompile(`^` + sp + `*,[^,;()]{1,60},`)
)

// withAsRoles finds HOLDS_ROLE for the wording above.
func (b *relBuilder) withAsRoles(v *sentView) {
	if !v.has(" as ") || !v.has("with ") {
		return
	}
	for i, a := range v.args {
		if a.typ != "Person" || i == 0 || !reWithBefore.MatchString(v.between(max(v.start, a.start-6), a.start)) {
			continue
		}
		// "with Isaias Afwerki, the leader of the EPLF, as its president":
		// an aside on the person may stand before "as".
		at := a.m.End
		if l := reAsideBeforeAs.FindStringIndex(v.between(at, v.end)); l != nil {
			at += l[1]
		}
		loc := reAsItsRole.FindStringSubmatchIndex(v.between(at, v.end))
		if loc == nil {
			continue
		}
		var owner *arg
		for k := i - 1; k >= 0; k-- {
			if o := v.args[k]; (o.typ == "Country" || o.typ == "Organization") && !o.m.Demonym {
				owner = &v.args[k]
				break
			}
		}
		if owner == nil || b.irrealisOffice(v, owner.start, a.m.End+loc[1]) {
			continue
		}
		b.addRole(a.id, owner.id, canonTitle(v.between(at+loc[2], at+loc[3])), 0.7, v, owner.start, at+loc[3])
		// "… and Nasser as deputy prime minister": the list goes on.
		end := at + loc[3]
		for _, c := range v.args[i+1:] {
			if c.typ != "Person" || !reAndBefore.MatchString(v.between(end, c.start)) {
				break
			}
			l := reAsItsRole.FindStringSubmatchIndex(v.between(c.m.End, v.end))
			if l == nil {
				break
			}
			b.addRole(c.id, owner.id, canonTitle(v.between(c.m.End+l[2], c.m.End+l[3])), 0.7, v, owner.start, c.m.End+l[3])
			end = c.m.End + l[3]
		}
	}
}

// "a first round of talks hosted by the Sultanate of Oman and facilitated
// by its Foreign Minister, Badr Albusaidi": "its" is the state or body
// named last before it, when no more than "and" and a participle stand
// between: a noun between may be what "its" stands for ("the bank and its
// chairman"), and a time may close a clause whose subject it is ("the
// republic was crushed by the army in 1946 and its president was
// hanged"). The subject of a clause may also own the office in a clause
// of time after it: "Sudan joined them on 6 January 2021, when its justice
// minister Nasredin Abdulbari signed".
var (
	reItsAnyRole = regexp.MustCompile(`\bits` + sp + `+(?:(?:first|late|former|current|new|then|own)` + sp + `+)?` + roleNoun + sp + `*,?` + sp + `*(?:(?:Sheikh|Shaikh|Sayyid|Prince|Dr\.|Mr\.|Ms\.|H\.E\.|His` + sp + `+(?:Royal` + sp + `+)?(?:Highness|Majesty|Excellency))` + sp + `+)*$`)
	reItsJoin    = regexp.MustCompile(`^` + sp + `*,?` + sp + `*(?:and|or|as` + sp + `+well` + sp + `+as)` + sp + `+(?:(?:also|later|then)` + sp + `+)?(?:[a-z]+(?:ed|en|ing)` + sp + `+(?:by|with|to|for)` + sp + `+)?$`)
	reArticleIn  = regexp.MustCompile(`\b(?:the|an?)\b`)
	reItsWhen    = regexp.MustCompile(`^[^;:()]{0,80}?,?` + sp + `+(?:when|where|after|as|while)` + sp + `+$`)
)

// itsNearestRoles reads reItsAnyRole for the people of v.
func (b *relBuilder) itsNearestRoles(v *sentView) {
	if !v.has("its ") {
		return
	}
	for _, a := range v.args {
		if a.typ != "Person" {
			continue
		}
		lo := max(v.start, a.m.Start-80)
		loc := reItsAnyRole.FindStringSubmatchIndex(v.between(lo, a.m.Start))
		its := 0
		if loc == nil {
			// "…, and Nuri was named its prime minister": the office
			// after the person, "its" the body named before the person.
			l := reNamedItsRole.FindStringSubmatchIndex(v.between(a.m.End, v.end))
			if l == nil {
				continue
			}
			lo, loc, its = a.m.End, l, a.m.Start
		} else {
			its = lo + loc[0]
		}
		var owner *mention
		for k := range v.ments {
			if v.ments[k].End <= its {
				owner = &v.ments[k]
			}
		}
		if owner == nil || owner.Type != "Country" && owner.Type != "Organization" || owner.Demonym {
			continue
		}
		gap := v.between(owner.End, its)
		opens := reClauseOpensBefore.MatchString(v.between(max(v.start, owner.Start-12), owner.Start)) || strings.TrimSpace(v.between(v.start, owner.Start)) == ""
		if !reItsJoin.MatchString(gap) && !(opens && reItsWhen.MatchString(gap) && !reArticleIn.MatchString(gap)) {
			continue
		}
		if !b.irrealisOffice(v, owner.Start, a.m.End) {
			b.addRole(a.id, owner.EntityID, canonTitle(v.between(lo+loc[2], lo+loc[3])), 0.7, v, owner.Start, max(a.m.End, lo+loc[3]))
		}
	}
}

// reNamedItsRole: an office given with "its" after the person: " was
// named its prime minister", " became its first president".
var reNamedItsRole = regexp.MustCompile(`^` + sp + `+(?:was|were|became|had` + sp + `+been)` + sp + `+(?:(?:named|appointed|elected|made|chosen|installed)` + sp + `+(?:as` + sp + `+)?)?its` + sp + `+(?:(?:first|new|sole|interim|last)` + sp + `+)?` + roleNoun + `\b`)

// bodyBetween reports a state or body named in [from, to) of v: "France
// was represented by X and Germany by Y, its ambassador": "its" may be
// Germany's.
func bodyBetween(v *sentView, from, to int) bool {
	for _, m := range v.ments {
		if m.Start >= from && m.End <= to && (m.Type == "Organization" || m.Type == "Country") {
			return true
		}
	}
	return false
}
