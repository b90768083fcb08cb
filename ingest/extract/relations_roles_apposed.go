package extract

import (
	"regexp"
	"strings"
)

// An office set off after a person with its state or organisation written
// as a modifier: "Rafael Grossi, the IAEA director general", "Jens
// Stoltenberg, the NATO Secretary General", "Steve Witkoff, the U.S.
// special envoy to the Middle East", "Bashar al-Assad, the former Syrian
// president", "Naim Qassem, Hezbollah's secretary-general". A state's or
// organisation's name that carries its own "'s" (a catalog alias) is read
// like a possessive.

var (
	// Between the person and the qualifier: ", the former ".
	reApposedLead = regexp.MustCompile(`^` + sp + `*,` + sp + `+(?:(?:the|its)` + sp + `+)?(?:(?:former|late|then|current|outgoing|incoming|acting|interim|new|longtime|veteran|deputy)` + sp + `+)?$`)
	// After the qualifier: the office, ending where the apposition or
	// the office's object ends.
	reApposedOffice = regexp.MustCompile(`^(?:['’]s)?` + sp + `+((?:[A-Za-z][\w-]*` + sp + `+){0,3}?(?i:` + apposedHeads + `))(?:` + sp + `*[,.;:)]|` + sp + `+(?:to|for|of|in|at|on|who|and|said|says|told|tells|has|had|was|is|will|would)\b|` + sp + `*$)`)
)

// reOfficeAtBody: the body an office is held at, right after it.
var reOfficeAtBody = regexp.MustCompile(`^` + sp + `+(?:at|of|with)` + sp + `+(?:the` + sp + `+)?$`)

// apposedHeads are the offices this rule reads: offices of a state or an
// organisation, not occupations ("analyst", "official").
const apposedHeads = `minister|president|vice[- ]president|envoy|ambassador|charg[ée]` + sp + `+d['’]affaires|consul[- ]general|consul|secretary[- ]general|secretary|spokesperson|spokesman|spokeswoman|chief` + sp + `+negotiator|negotiator|chief|head|leader|king|queen|sultan|emir|amir|crown` + sp + `+prince|chancellor|premier|commander|director[- ]general|director|chairman|chairwoman|chair|governor|speaker|coordinator|supreme` + sp + `+leader`

// apposedRoles finds HOLDS_ROLE for the appositions of this file.
func (b *relBuilder) apposedRoles(v *sentView) {
	b.officeThenName(v)
	b.secondOffice(v)
	for i, p := range v.ments {
		if p.Type != "Person" || i+1 >= len(v.ments) {
			continue
		}
		q := v.ments[i+1]
		if !isQualifier(q) || q.Start < p.End || !reApposedLead.MatchString(v.between(p.End, q.Start)) {
			continue
		}
		after := v.between(q.End, v.end)
		loc := reApposedOffice.FindStringSubmatchIndex(after)
		if loc == nil {
			continue
		}
		office := after[loc[2]:loc[3]]
		// "Antony Blinken, UAE Minister of Foreign Affairs Abdullah bin
		// Zayed": the office opens the title of the next person of a list.
		if i+2 < len(v.ments) && v.ments[i+2].Type == "Person" && v.ments[i+2].Title != "" &&
			v.ments[i+2].TitleStart >= q.End && v.ments[i+2].TitleStart <= q.End+loc[3] {
			continue
		}
		// "the U.S. Navy commander": a capitalised word that is no
		// modifier of an office makes the qualifier part of a longer name.
		if continuesName(v.text, q.End) && !officeModifiersOnly(office) {
			continue
		}
		// "Ali Vaez, Iran project director at the International Crisis
		// Group": the state names the brief; the office is the body's.
		if body, ok := nextMention(v, q.End+loc[3]); ok && body.Type == "Organization" && reOfficeAtBody.MatchString(v.between(q.End+loc[3], body.Start)) {
			b.addRole(p.EntityID, body.EntityID, canonTitle(v.between(q.Start, q.End+loc[3])), 0.85, v, p.Start, body.End)
			continue
		}
		b.addRole(p.EntityID, q.EntityID, canonTitle(office), 0.9, v, p.Start, q.End+loc[3])
	}
}

// reOfficeModifier: the words an office's name may hold before its head.
var reOfficeModifier = regexp.MustCompile(`(?i)^(?:special|deputy|senior|chief|foreign|defen[cs]e|prime|vice|assistant|acting|principal|national|security|state|supreme|under|first|general|permanent|presidential|top|lead|interim)$`)

// officeModifiersOnly reports an office whose words before its head are
// all modifiers of an office ("Special Envoy", "Secretary General").
func officeModifiersOnly(office string) bool {
	words := strings.Fields(office)
	for i, w := range words {
		if roleHeadWord.MatchString(strings.ToLower(w)) && i > 0 || i == len(words)-1 {
			break
		}
		if !reOfficeModifier.MatchString(w) && !roleHeadWord.MatchString(strings.ToLower(w)) {
			return false
		}
	}
	return true
}

var (
	// "the foreign minister of": a lower-case office before its state,
	// then ", X" (capitalised offices are read by officeBefore).
	reLowerOfficeOf = regexp.MustCompile(`(?i)(?:^|\bthe` + sp + `+)((?:[a-z][\w-]*` + sp + `+){0,2}?(?:` + apposedHeads + `))` + sp + `+of` + sp + `+(?:the` + sp + `+)?$`)
	reCommaName     = regexp.MustCompile(`^` + sp + `*,` + sp + `+(?:(?:HE|H\.E\.|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Sheikh|Sayyid)` + sp + `+)*$`)
	// " and leader of": a second office coordinated with the first.
	reAndOfficeOf = regexp.MustCompile(`^` + sp + `+and` + sp + `+(?:the` + sp + `+|a` + sp + `+)?` + roleNoun + sp + `+(?:of|at|for)` + sp + `+(?:the` + sp + `+)?$`)
)

// reOwnerGap: between an owner and the body it owns, "'s", when the
// owner's mention did not take it.
var reOwnerGap = regexp.MustCompile(`^(?:['’]s)?` + sp + `+$`)

// officeThenName: "The foreign minister of Oman, Badr Albusaidi, hosted
// the talks". An office that completes another noun ("the son of the
// foreign minister of Oman, X") names someone else.
func (b *relBuilder) officeThenName(v *sentView) {
	for i, q := range v.ments {
		if !isQualifier(q) || q.Demonym || i+1 >= len(v.ments) {
			continue
		}
		p := v.ments[i+1]
		if p.Type != "Person" || p.Start < q.End || !reCommaName.MatchString(v.between(q.End, p.Start)) {
			continue
		}
		// "The commander of the IRGC's Quds Force, Esmail Qaani": the
		// office is of the body the owner's possessive names.
		from := q.Start
		if i > 0 && isQualifier(v.ments[i-1]) && reOwnerGap.MatchString(v.between(v.ments[i-1].End, q.Start)) {
			from = v.ments[i-1].Start
		}
		lo := max(v.start, from-60)
		before := v.between(lo, from)
		loc := reLowerOfficeOf.FindStringSubmatchIndex(before)
		if loc == nil || reOfBefore.MatchString(v.between(v.start, lo+loc[2])) {
			continue
		}
		b.addRole(p.EntityID, q.EntityID, canonTitle(before[loc[2]:loc[3]]), 0.9, v, lo+loc[2], p.End)
	}
}

// secondOffice: "Mahmoud Abbas, president of the Palestinian Authority and
// leader of Fatah": the second office after an apposed first one.
func (b *relBuilder) secondOffice(v *sentView) {
	for i, p := range v.ments {
		if p.Type != "Person" || i+2 >= len(v.ments) {
			continue
		}
		q, q2 := v.ments[i+1], v.ments[i+2]
		if !isQualifier(q) || !isQualifier(q2) || q.Start < p.End || q2.Start < q.End ||
			!reApposOf.MatchString(v.between(p.End, q.Start)) {
			continue
		}
		gap := v.between(q.End, q2.Start)
		loc := reAndOfficeOf.FindStringSubmatchIndex(gap)
		if loc == nil || continuesName(v.text, q2.End) {
			continue
		}
		b.addRole(p.EntityID, q2.EntityID, canonTitle(gap[loc[2]:loc[3]]), 0.85, v, p.Start, q2.End)
	}
}

// reCopulaThenAnd: "was the secretary of the Supreme National Security
// Council from 2005 to 2007 and": a first office told with a copula, then
// "and" before a state's possessive office.
var reCopulaThenAnd = regexp.MustCompile(`^` + sp + `+(?:(?:also|later|then)` + sp + `+)?(?:was|is|became|served` + sp + `+as)` + sp + `+(?:the|a|an)` + sp + `+[^,;.()]{1,80}?` + sp + `+and` + sp + `+$`)

// andPossessiveOffice: "He was the secretary of the Supreme National
// Security Council from 2005 to 2007 and Iran's chief nuclear negotiator":
// the second office, held for the state whose possessive names it.
func (b *relBuilder) andPossessiveOffice(v *sentView) {
	for _, a := range v.args {
		if a.typ != "Person" {
			continue
		}
		for _, q := range v.ments {
			if q.Start < a.m.End || q.Type != "Country" || q.Demonym {
				continue
			}
			if !reCopulaThenAnd.MatchString(v.between(a.m.End, q.Start)) {
				continue
			}
			loc := reApposPossessive.FindStringSubmatchIndex(v.between(q.End, v.end))
			if loc == nil || b.irrealisClause(v, a.start, q.End+loc[1]) {
				continue
			}
			after := v.between(q.End, v.end)
			b.addRole(a.id, q.EntityID, canonTitle(after[loc[2]:loc[3]]), 0.8, v, a.m.Start, q.End+loc[1])
		}
	}
}

// reAdviserTo: ", a senior adviser to President": an office held by
// serving a titled person.
var reAdviserTo = regexp.MustCompile(`^` + sp + `*,` + sp + `+(?:(?:a|an|the)` + sp + `+)?((?:(?:senior|chief|top|special|deputy|principal|national` + sp + `+security|foreign` + sp + `+policy|political|military|economic)` + sp + `+){0,2}(?:adviser|advisor|aide|counselor|counsellor|envoy|spokesperson|spokesman|spokeswoman))` + sp + `+(?:to|of|for)` + sp + `+(?:(?:President|Prime` + sp + `+Minister|King|Emir|Sultan|Crown` + sp + `+Prince|Supreme` + sp + `+Leader)` + sp + `+)?$`)

// reAdviserOf: "'s chief Mideast adviser" after the one advised, set off
// by a comma after the adviser's name.
var reAdviserOf = regexp.MustCompile(`^['’]s` + sp + `+((?:(?:senior|chief|top|special|deputy|principal|longtime|long-time|national` + sp + `+security|foreign` + sp + `+policy|political|military|economic|Mideast|Middle` + sp + `+East)` + sp + `+){0,3}(?:adviser|advisor|aide|counselor|counsellor|envoy|spokesperson|spokesman|spokeswoman))\b`)

// reAdviserBefore: "'s Special Envoy for the Middle East, " between the one
// advised and the adviser's name.
var reAdviserBefore = regexp.MustCompile(`^['’]s` + sp + `+((?:(?i:senior|chief|top|special|deputy|principal|presidential|personal|national` + sp + `+security|foreign` + sp + `+policy|political|military|economic|mideast|middle` + sp + `+east)` + sp + `+){0,3}(?i:adviser|advisor|aide|counselor|counsellor|envoy|spokesperson|spokesman|spokeswoman)(?:` + sp + `+(?:for|to|on)` + sp + `+(?:the` + sp + `+)?\p{Lu}[\w-]*(?:` + sp + `+\p{Lu}[\w-]*){0,3})?)` + sp + `*,` + sp + `+$`)

// advisersOf: "Jared Kushner, a senior adviser to President Trump", "said
// Kushner, Trump's chief Mideast adviser": the
// adviser holds the office for the state or organisation the one advised
// holds an office for (read after every role of the document is known).
func (b *relBuilder) advisersOf() {
	for _, v := range b.views {
		b.advisersAfter(v)
		for i, p := range v.ments {
			if p.Type != "Person" || i+1 >= len(v.ments) {
				continue
			}
			q := v.ments[i+1]
			if q.Type != "Person" || q.Start < p.End || q.EntityID == p.EntityID {
				continue
			}
			gap := v.between(p.End, q.Start)
			if loc := reAdviserTo.FindStringSubmatchIndex(gap); loc != nil {
				if boss, ok := b.roleOf[q.EntityID]; ok {
					b.addRole(p.EntityID, boss.of, canonTitle(gap[loc[2]:loc[3]]), 0.75, v, p.Start, q.End)
				}
				continue
			}
			// "said Kushner, Trump's chief Mideast adviser".
			if !reApposComma.MatchString(gap) {
				continue
			}
			after := v.between(q.End, v.end)
			if loc := reAdviserOf.FindStringSubmatchIndex(after); loc != nil {
				if boss, ok := b.roleOf[q.EntityID]; ok {
					b.addRole(p.EntityID, boss.of, canonTitle(after[loc[2]:loc[3]]), 0.75, v, p.Start, q.End+loc[1])
				}
			}
		}
	}
}

// advisersAfter reads "President Trump's Special Envoy for the Middle
// East, Steve Witkoff": the one advised first, the office's object (a
// place, a state) between, the adviser's name after the comma.
func (b *relBuilder) advisersAfter(v *sentView) {
	for i, p := range v.ments {
		if p.Type != "Person" {
			continue
		}
		boss, ok := b.roleOf[p.EntityID]
		if !ok {
			continue
		}
		for _, q := range v.ments[i+1:] {
			if q.Type != "Person" {
				if q.Type == "Place" || q.Type == "Country" {
					continue // the office's object
				}
				break
			}
			gap := v.between(p.End, q.Start)
			if loc := reAdviserBefore.FindStringSubmatchIndex(gap); loc != nil && q.EntityID != p.EntityID {
				b.addRole(q.EntityID, boss.of, canonTitle(gap[loc[2]:loc[3]]), 0.75, v, p.Start, q.End)
			}
			break
		}
	}
}
