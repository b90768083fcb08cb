package extract

import "regexp"

// A meeting told as the occasion of what its subject did: "Fidel Castro,
// who had tried to reconcile the two governments at a meeting with Barre
// and Mengistu in Aden in March 1977, said …", "In March 1977 Castro tried
// to reconcile them at a meeting with Barre and Mengistu". The subject of
// the clause met those named after "with", at a meeting of its day, held
// where the sentence says.

// reAtMeetingWith: right before those met.
var reAtMeetingWith = regexp.MustCompile(`\bat` + sp + `+an?` + sp + `+(?:[\w-]+` + sp + `+)?meeting` + sp + `+with` + sp + `+(?:the` + sp + `+)?$`)

// meetingsWith builds the meetings v tells by "at a meeting with".
func (b *relBuilder) meetingsWith(v *sentView) {
	if !v.has("meeting with") {
		return
	}
	gs := groups(v)
	for gi, g := range gs {
		met := argsOf(v, g)
		first := met[0]
		loc := reAtMeetingWith.FindStringIndex(v.between(max(v.start, first.start-40), first.start))
		if loc == nil || gi == 0 {
			continue
		}
		trig := max(v.start, first.start-40) + loc[0]
		// The subject: the person opening the sentence or its clause
		// after a date, with no other person before the phrase.
		var subj *arg
		for i := range v.args {
			a := &v.args[i]
			if a.end > trig {
				break
			}
			if a.typ == "Person" {
				if subj != nil {
					subj = nil
					break
				}
				subj = a
			}
		}
		if subj == nil || !reMeetingSubjectOpens.MatchString(v.between(v.start, subj.start)) || b.irrealisClause(v, subj.start, trig) {
			continue
		}
		var people []arg
		for _, a := range met {
			if a.typ == "Person" && a.id != subj.id {
				people = append(people, a)
			}
		}
		if len(people) == 0 {
			continue
		}
		end := met[len(met)-1].end
		for _, p := range people {
			b.add("MET_WITH", subj.id, p.id, 0.75, nil, v, subj.start, end)
		}
		b.makeEvent(v, eventSpec{kind: "meeting", parts: append([]arg{*subj}, people...), trigStart: trig, trigEnd: first.start,
			start: subj.start, end: end, needDate: true})
	}
}

// reMeetingSubjectOpens: what may stand before the subject of the clause
// that tells the meeting: nothing, or its date ("In March 1977").
var reMeetingSubjectOpens = regexp.MustCompile(`^(?:` + sp + `*(?:In|On)` + sp + `+[^,;.]{1,24}?,?` + sp + `*)?$`)
