package extract

import (
	"regexp"
	"strings"
)

// Lists of a group's people named after a word for them, in encyclopedia
// and wire prose:
//
//   - after the group and the word: "five other Kurdish DEP members: A, B
//     and C", "Hamas members A and B were arrested", "three Hezbollah
//     commanders were killed: A, B and C";
//   - after "members of" the group: "four members of the Muslim
//     Brotherhood, A, B and C";
//   - opening the sentence after one about the group: "Fatah was founded
//     in 1959. The founders included A, then head of X; B; C; and D".
//
// Every person listed belongs to the group.

var (
	// reGroupPeopleWord follows the group: its people, then the list.
	reGroupPeopleWord = regexp.MustCompile(`^(?:['’]s)?` + sp + `+(?:(?:senior|top|leading|prominent|founding|jailed|exiled|detained|former|other|fellow|veteran|military|political)` + sp + `+)*(?:members|commanders|leaders|officials|operatives|fighters|militants|activists|lawmakers|deputies|MPs|founders|co-founders|cofounders|figures|ideologues)` + `(?:` + sp + `*(?::|,|—|–|--)` + sp + `*(?:(?:including|namely)` + sp + `+)?|` + sp + `+(?:were|was|have` + sp + `+been|had` + sp + `+been)` + sp + `+[a-z]+(?:` + sp + `+[a-z]+){0,2}` + sp + `*:` + sp + `*|` + sp + `+)$`)
	// reMembersOfGroup comes before the group: "members of the".
	reMembersOfGroup = regexp.MustCompile(`(?i)\b(?:members|commanders|leaders|officials|operatives|fighters|founders)` + sp + `+of` + sp + `+(?:the` + sp + `+)?$`)
	// reListAfterGroup joins the group to a list that names its people.
	reListAfterGroup = regexp.MustCompile(`^` + sp + `*(?::|,|—|–|--)` + sp + `*(?:(?:including|namely)` + sp + `+)?$`)
	// reFoundersOpen opens a sentence that lists a group's founders or
	// members after one about the group.
	reFoundersOpen = regexp.MustCompile(`^(?:(?:The|Its|Their)` + sp + `+)(?:(?:original|early|first|founding|other)` + sp + `+)*(?:founders|co-founders|founding` + sp + `+members|members|leaders)` + sp + `+(?:included|include|includes|were|are)` + sp + `*:?` + sp + `+$`)
	// reListSep separates two people of a list ("A, B and C"; "A; B; and C").
	reListSep = regexp.MustCompile(`^` + sp + `*(?:[,;]` + sp + `*)?(?:and` + sp + `+)?$`)
)

var (
	// "X and five other", "X and several other": the person is one more
	// of the group's people named next.
	reAndOthers = regexp.MustCompile(`^` + sp + `+and` + sp + `+(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|several|many|dozens` + sp + `+of|\d+)` + sp + `+)?other` + sp + `+(?:\p{Lu}[\w\x{00C0}-\x{024F}'’-]*` + sp + `+){0,2}$`)
	// The group's people right after the group: "DEP members".
	reGroupPeopleAfter = regexp.MustCompile(`^(?:['’]s)?` + sp + `+(?:(?:senior|top|leading|prominent|jailed|exiled|detained|former|veteran|military|political)` + sp + `+)*(?:members|commanders|leaders|officials|operatives|fighters|militants|activists|lawmakers|deputies|MPs)\b`)
)

// othersOfGroup finds AFFILIATED_WITH for "X and five other DEP members":
// X is one of the group's people too.
func (b *relBuilder) othersOfGroup(v *sentView) {
	for _, a := range v.args {
		if a.typ != "Person" || a.m.Anaphor {
			continue
		}
		for _, q := range v.ments {
			if q.Start < a.m.End || q.Demonym {
				continue
			}
			if q.Type == "Organization" && reAndOthers.MatchString(v.between(a.m.End, q.Start)) && reGroupPeopleAfter.MatchString(v.between(q.End, v.end)) {
				b.add("AFFILIATED_WITH", a.id, q.EntityID, 0.8, nil, v, a.m.Start, q.End)
			}
			break
		}
	}
}

// groupLists finds AFFILIATED_WITH for the lists of this file.
func (b *relBuilder) groupLists(v *sentView) {
	if v.has(" other ") {
		b.othersOfGroup(v)
	}
	if !v.has("member", "commander", "leader", "official", "operative", "fighter", "militant", "activist", "lawmaker", "deput", "MPs", "founder", "figure", "ideologue") {
		return
	}
	for _, m := range v.ments {
		if m.Type != "Organization" {
			continue
		}
		after := v.between(m.End, min(v.end, m.End+120))
		var people []arg
		if loc := reGroupPeopleWordPrefix(after); loc > 0 {
			people = listedPeople(v, m.End+loc)
		}
		if len(people) == 0 && reMembersOfGroup.MatchString(v.between(max(v.start, m.Start-20), m.Start)) {
			if objs := objectsAfter(v, m.End); len(objs) > 0 && objs[0].typ == "Person" && reListAfterGroup.MatchString(v.between(m.End, objs[0].start)) {
				people = listedPeople(v, objs[0].start)
			}
		}
		// "the fight against Islamic State militants, Saudi Foreign
		// Minister Adel al-Jubeir said": who said it, not a list.
		if len(people) > 0 && reSaidAfterVoice.MatchString(v.between(people[len(people)-1].end, v.end)) {
			continue
		}
		for _, p := range people {
			b.add("AFFILIATED_WITH", p.id, m.EntityID, 0.8, nil, v, m.Start, people[len(people)-1].end)
		}
	}
	// "The founders included A; B; and C", after a sentence naming one
	// group.
	if v.idx == 0 || len(v.args) == 0 {
		return
	}
	prev := b.views[v.idx-1]
	first := v.args[0]
	if first.typ != "Person" || !reFoundersOpen.MatchString(v.between(v.start, first.start)) {
		return
	}
	org := ""
	for _, m := range prev.ments {
		if m.Type != "Organization" {
			continue
		}
		if org != "" && org != m.EntityID {
			return // two groups: whose founders is not said
		}
		org = m.EntityID
	}
	if org == "" {
		return
	}
	people := listedPeople(v, first.start)
	for _, p := range people {
		b.add("AFFILIATED_WITH", p.id, org, 0.75, nil, v, first.start, people[len(people)-1].end)
	}
}

// reGroupPeopleWordPrefix is the length of the words between a group and
// the list of its people, or 0 when they are no such words. The list must
// start right after them.
func reGroupPeopleWordPrefix(after string) int {
	// The list's first name starts with a capital letter; try each cut
	// before one.
	for i := 1; i < len(after); i++ {
		if after[i] < 'A' || after[i] > 'Z' || (after[i-1] != ' ' && after[i-1] != '\u00a0' && after[i-1] != ':') {
			continue
		}
		if reGroupPeopleWord.MatchString(after[:i]) {
			return i
		}
	}
	return 0
}

// listedPeople reads the people of a list that starts with a person at
// pos: "A, B and C" or, with semicolons, "A, then head of X; B; and C",
// where a person's description runs to the next semicolon.
func listedPeople(v *sentView, pos int) []arg {
	var out []arg
	semi := strings.Contains(v.between(pos, v.end), ";")
	for _, a := range v.args {
		if a.start < pos {
			continue
		}
		if len(out) == 0 {
			if a.start != pos || a.typ != "Person" {
				return nil
			}
			out = append(out, a)
			continue
		}
		gap := v.between(out[len(out)-1].end, a.start)
		if reListSep.MatchString(gap) {
			if a.typ != "Person" {
				break
			}
			out = append(out, a)
			continue
		}
		// "A, then head of the GUPS at Cairo University; B": skip the
		// description, names in it included, to the semicolon.
		if !semi || strings.Count(gap, ";") == 0 {
			if semi && !strings.ContainsAny(gap, ".:") {
				continue
			}
			break
		}
		tail := gap[strings.LastIndex(gap, ";")+1:]
		if a.typ != "Person" || !reListSep.MatchString(tail) || strings.Count(gap, ";") > 1 {
			break
		}
		out = append(out, a)
	}
	return out
}
