package extract

import (
	"regexp"
	"strings"
)

// Membership gives AFFILIATED_WITH from a person to an organisation the
// text says they belong to, in the wordings membership lists take:
//
//   - an apposition: "X, a member of Y", "X, a Y member", "X, a Fatah man";
//   - a list after the organisation: "Y's members include A, B and C",
//     "the members of Y are A, B and C", "Y will include A, B and C";
//   - a list before it: "A, B and C will serve on Y", "A and B joined Y".
//
// Offices (leader, founder, spokesman of Y) are roles and stay with the
// role rules; membership is what is left when no office is named.

var (
	// After a person: ", a member of the", ", a senior member of".
	reMemberOf = regexp.MustCompile(`^` + sp + `*,` + sp + `+(?:a|an|the)` + sp + `+(?:(?:senior|leading|founding|prominent|longtime|former|board|permanent|full)` + sp + `+)*(?:member|members)` + sp + `+of` + sp + `+(?:the` + sp + `+)?$`)
	// After a person and before the organisation: ", a " ("a Fatah man").
	// ", a Pakistani national and senior " ("... al-Qaeda officer"): a
	// first description coordinated before it.
	reMemberAdj = regexp.MustCompile(`^` + sp + `*,` + sp + `+(?:a|an)` + sp + `+(?:(?:[a-zA-Z][\w-]*` + sp + `+){1,3}and` + sp + `+(?:an?` + sp + `+)?)?(?:(?:senior|leading|prominent|longtime|former|top|veteran)` + sp + `+)*$`)
	// After the organisation in "a Fatah man".
	reMemberNoun = regexp.MustCompile(`^` + sp + `+(?:(?:political|military|senior|local)` + sp + `+)?(?:member|man|woman|loyalist|activist|militant|supporter|official|officer|operative|fighter|politician|figure|cleric|ideologue|financier|recruiter|lawmaker|legislator)\b`)
	// "X, a senior Hamas commander": an office in the organisation.
	reOfficeNoun = regexp.MustCompile(`^` + sp + `+(?:(?:political|military)` + sp + `+)?(commander|leader|spokesman|spokeswoman|spokesperson|negotiator|chief)\b`)
	// "Hamas official Osama Hamdan", "IDF soldier Gilad Shalit", "Israel
	// Defense Forces (IDF) soldier Michael Levin", "PLO moderate Issam
	// Sartawi": the organisation's man named after his standing in it.
	reOrgMemberBefore = regexp.MustCompile(`^\)?` + sp + `+(?:(?:senior|top|veteran|leading|prominent|former|exiled|jailed)` + sp + `+)*(?:official|operative|militant|activist|fighter|politician|figure|cleric|ideologue|lawmaker|legislator|member|financier|facilitator|recruiter|courier|smuggler|agent|co-founder|cofounder|soldier|reservist|commando|officer|pilot|moderate|hardliner|dissident|stalwart|loyalist)` + sp + `+$`)
	// Ending a sentence, a list announced with a colon: "The Board's
	// founding members are:", "Y will be composed of the following
	// members:".
	reMembersColon = regexp.MustCompile(`(?i)(?:\bmembers?|\binclude|\bincludes|\bcomprise|\bcomprises|\bcomprised` + sp + `+of|\bcomposed` + sp + `+of|\bconsist` + sp + `+of|\bconsists` + sp + `+of|\bare|\bwill` + sp + `+be)` + sp + `*(?:the` + sp + `+following` + sp + `*(?:members|individuals|leaders)?` + sp + `*)?:` + sp + `*$`)
	// Between the organisation and the people listed after it.
	reMembersInclude = regexp.MustCompile(`^(?:['’]s` + sp + `+(?:(?:other|founding|new|board)` + sp + `+)?members|` + sp + `*,?` + sp + `*(?:whose` + sp + `+members)|` + sp + `+(?:will|would)` + sp + `+(?:also` + sp + `+)?)` + sp + `*(?:will` + sp + `+)?(?:include|includes|included|are|were|comprise|comprises|consist` + sp + `+of)` + sp + `*:?` + sp + `+$|^` + sp + `+(?:will` + sp + `+|would` + sp + `+)?(?:include|includes|included|comprises|comprised|consists` + sp + `+of|consisted` + sp + `+of|(?:is|are|will` + sp + `+be)` + sp + `+(?:composed|comprised|made` + sp + `+up)` + sp + `+of)` + sp + `*:?` + sp + `+$`)
	// Before the organisation: "the members of (the)".
	reMembersOfBefore = regexp.MustCompile(`(?i)\bmembers` + sp + `+of` + sp + `+(?:the` + sp + `+)?$`)
	// After the organisation in "the members of Y are A, B".
	reMembersAre = regexp.MustCompile(`^` + sp + `+(?:are|were|will` + sp + `+be|include|included)` + sp + `*:?` + sp + `+$`)
	// reObjectBefore: a preposition right before a group makes it no
	// clause's subject.
	reObjectBefore = regexp.MustCompile(`\b(?:by|from|against|with|to|for)` + sp + `+(?:the` + sp + `+)?$`)
	// Between the people listed and the organisation.
	reServeOn = regexp.MustCompile(`^` + sp + `*,?` + sp + `*(?:(?:will|would|shall|also|now|each)` + sp + `+)*(?:serve|serves|served|sit|sits|sat|joined|join|joins|(?:was|were|have` + sp + `+been|has` + sp + `+been)` + sp + `+(?:appointed|named|elected)` + sp + `+(?:to|as` + sp + `+members` + sp + `+of))` + sp + `+(?:on` + sp + `+)?(?:the` + sp + `+)?$`)
)

func (b *relBuilder) memberships(v *sentView) {
	b.orgMembersBefore(v)
	b.groupLists(v)
	b.ownBodies(v)
	b.underLeaders(v)
	b.statesUnderRulers(v)
	b.forcesCommanders(v)
	b.copulaMemberships(v)
	b.joinedBodies(v)
	b.memberAsides(v)
	if !v.has("member", "man", "loyalist", "activist", "militant", "supporter", "official", "officer", "financier", "recruiter", "operative", "fighter", "politician", "figure", "cleric", "ideologue", "lawmaker", "legislator", "soldier", "reservist", "commando", "pilot", "include", "compris", "consist", "compos", "serve", "sit", "sat", "join", "appoint", "named", "elected") {
		return
	}
	for _, a := range v.args {
		if a.typ != "Person" {
			continue
		}
		next, ok := nextMention(v, a.end)
		if !ok || next.Type != "Organization" {
			continue
		}
		gap := v.between(a.end, next.Start)
		if reMemberOf.MatchString(gap) || reMemberAdj.MatchString(gap) && reMemberNoun.MatchString(v.between(next.End, v.end)) {
			b.add("AFFILIATED_WITH", a.id, next.EntityID, 0.8, nil, v, a.start, next.End)
		}
	}
	for _, m := range v.ments {
		if m.Type != "Organization" {
			continue
		}
		people, ok := b.peopleAfter(v, m.End, reMembersInclude)
		// "Those released by the Houthis included X": the group is no
		// subject of "included".
		if ok && reObjectBefore.MatchString(v.between(max(v.start, m.Start-20), m.Start)) {
			ok = false
		}
		if !ok && reMembersOfBefore.MatchString(v.between(max(v.start, m.Start-20), m.Start)) {
			people, ok = b.peopleAfter(v, m.End, reMembersAre)
		}
		if ok {
			for _, p := range people {
				b.add("AFFILIATED_WITH", p.id, m.EntityID, 0.8, nil, v, m.Start, people[len(people)-1].end)
			}
		}
	}
	for _, g := range groups(v) {
		people := argsOf(v, g)
		last := people[len(people)-1]
		next, ok := nextMention(v, last.end)
		if !ok || next.Type != "Organization" || !reServeOn.MatchString(v.between(last.end, next.Start)) {
			continue
		}
		for _, p := range people {
			if p.typ == "Person" {
				b.add("AFFILIATED_WITH", p.id, next.EntityID, 0.8, nil, v, people[0].start, next.End)
			}
		}
	}
}

// listedMembers reads a membership list set out one member to a line after
// a sentence announcing it with a colon ("The Executive Board will be
// composed of:"): the organisation is the last one that sentence names,
// and every following sentence that opens with a person adds a member,
// until one does not.
func (b *relBuilder) listedMembers() {
	for i, v := range b.views {
		// The announcing sentence ends with the colon: only its last
		// words are read.
		text := strings.TrimRight(v.between(v.start, v.end), " \t\n\u00a0")
		if !strings.HasSuffix(text, ":") || !reMembersColon.MatchString(text[max(0, len(text)-80):]) {
			continue
		}
		org := ""
		for _, m := range v.ments {
			if m.Type == "Organization" {
				org = m.EntityID
			}
		}
		if org == "" {
			continue
		}
		for _, item := range b.views[i+1:] {
			if len(item.args) == 0 || item.args[0].typ != "Person" || item.args[0].start-item.start > 4 {
				break
			}
			p := item.args[0]
			b.add("AFFILIATED_WITH", p.id, org, 0.75, nil, item, p.start, p.end)
		}
	}
}

// peopleAfter returns the people listed right after pos when the words
// between match re: "Y's members include A, B and C".
func (b *relBuilder) peopleAfter(v *sentView, pos int, re *regexp.Regexp) ([]arg, bool) {
	objs := objectsAfter(v, pos)
	if len(objs) == 0 || !re.MatchString(v.between(pos, objs[0].start)) {
		return nil, false
	}
	var people []arg
	for _, o := range objs {
		if o.typ == "Person" {
			people = append(people, o)
		}
	}
	return people, len(people) > 0
}

// orgMembersBefore finds "Hamas official Osama Hamdan" (an organisation,
// a word for one of its people, then the person) and "X, a senior Hamas
// commander" (an office in it after the person).
func (b *relBuilder) orgMembersBefore(v *sentView) {
	for _, a := range v.args {
		if a.typ != "Person" || a.m.Anaphor {
			continue
		}
		q, ok := prevMention(v, a.m.Start)
		if ok && q.Type == "Organization" && reOrgMemberBefore.MatchString(v.between(q.End, a.m.Start)) {
			b.add("AFFILIATED_WITH", a.id, q.EntityID, 0.8, nil, v, q.Start, a.m.End)
		}
		next, ok := nextMention(v, a.end)
		if !ok || next.Type != "Organization" || !reMemberAdj.MatchString(v.between(a.end, next.Start)) {
			continue
		}
		after := v.between(next.End, v.end)
		if loc := reOfficeNoun.FindStringSubmatchIndex(after); loc != nil {
			b.addRole(a.id, next.EntityID, canonTitle(after[loc[2]:loc[3]]), 0.8, v, a.start, next.End+loc[1])
		}
	}
}
