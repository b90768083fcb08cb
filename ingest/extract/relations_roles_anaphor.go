package extract

import "regexp"

// An office told of a body or state the sentence named before, by its
// kind: "NATO would have a case for air strikes, which Javier Solana, the
// alliance's Secretary-General, was authorised to order"; "Burundi's war
// began when officers assassinated Melchior Ndadaye, the country's first
// elected Hutu president"; "Hamas rejected the plan, and X, the group's
// political chief, said so". "The alliance's", "the country's" and "the
// group's" are the last state (for a state's kind) or body (for a body's)
// named before the person in the sentence, else in the sentence before.

// reKindOffice follows the person: ", the alliance's Secretary-General".
var reKindOffice = regexp.MustCompile(`^` + sp + `*,` + sp + `*the` + sp + `+(country|nation|state|kingdom|republic|alliance|bloc|union|organi[sz]ation|group|movement|party|militia)['’]s` + sp + `+` + roleNoun)

// stateReferents are the kinds that refer to a state; the others refer to a
// body.
var stateReferents = map[string]bool{"country": true, "nation": true, "state": true, "kingdom": true, "republic": true}

// kindOffices reads reKindOffice for the people of v; prev is the
// sentence before, or nil.
func (b *relBuilder) kindOffices(v, prev *sentView) {
	if !v.has("'s ", "’s ") {
		return
	}
	for _, a := range v.args {
		if a.typ != "Person" {
			continue
		}
		l := reKindOffice.FindStringSubmatchIndex(v.between(a.m.End, v.end))
		if l == nil {
			continue
		}
		typ := "Organization"
		if stateReferents[v.between(a.m.End+l[2], a.m.End+l[3])] {
			typ = "Country"
		}
		of := lastOfType(v, typ, a.start)
		if of == "" && prev != nil {
			of = lastOfType(prev, typ, prev.end)
		}
		if of == "" || b.irrealisClause(v, a.start, a.m.End+l[1]) {
			continue
		}
		end := a.m.End + l[5]
		if g := reGluedTail.FindStringIndex(v.between(end, v.end)); g != nil {
			end += g[1] // "Secretary-General"
		}
		b.addRole(a.id, of, canonTitle(officeHead(v.between(a.m.End+l[4], end))), 0.7, v, a.start, end)
	}
}

// reGluedTail: a word glued to the office by a hyphen, "-General".
var reGluedTail = regexp.MustCompile(`^-\p{L}+`)

// lastOfType is the entity of the last mention of type typ in v before
// pos, not a demonym, or "".
func lastOfType(v *sentView, typ string, pos int) string {
	of := ""
	for _, m := range v.ments {
		if m.Type == typ && !m.Demonym && m.End <= pos {
			of = m.EntityID
		}
	}
	return of
}

// reOfficeHeadWords: the words of an office phrase that are part of the
// office ("first elected Hutu president" is a president).
var reOfficeHeadWords = regexp.MustCompile(`(?i)(?:(?:deputy|vice|prime|foreign|defen[cs]e|interior|finance|political|military|supreme|chief|secretary|under|assistant|general|special)[\s-]+)*\S+$`)

// officeHead is the office of a phrase without the words that describe
// the holder: "first elected Hutu president" is "president", "political
// chief" stays.
func officeHead(phrase string) string {
	if m := reOfficeHeadWords.FindString(phrase); m != "" {
		return m
	}
	return phrase
}
