package extract

import "sort"

// People who together opened a work, sat at a small summit or held a
// meeting met:
// "inaugurated … by Recep Tayyip Erdoğan and Ilham Aliyev", "hosted a
// tripartite summit in Asmara with President X and President Y". The
// sentence that tells the event must name them all; a gathering of more
// than three people is no meeting of each with each. Those who signed an
// agreement together are not said to have met: readers of encyclopedia
// articles on agreements do not list it.

// metAtKinds are the kinds of events whose few people met.
var metAtKinds = map[string]bool{"opening": true, "summit": true, "meeting": true}

// coParticipantsMet adds MET_WITH between the two or three people who took
// part in one event of metAtKinds, told in one sentence.
func (b *relBuilder) coParticipantsMet() {
	b.eachCoParticipants(func(r relation) bool {
		e, ok := b.events[r.To]
		if !ok {
			e, ok = b.ents.Entities[r.To]
		}
		if !ok || b.typeOf(r.From) != "Person" {
			return false
		}
		kind, _ := e.Props["kind"].(string)
		// A catalog summit has no kind of its own: its name tells it.
		return metAtKinds[kind] || kind == "" && namesWord(append([]string{e.Name}, e.Aliases...), "summit")
	}, func(v *sentView, parts []relation) {
		if len(parts) < 2 || len(parts) > 3 {
			return
		}
		// Who met whom at a meeting the sentence tells with its wording
		// ("held a meeting with the Ukrainian delegation", "a meeting
		// with Siad Barre and Mengistu") was read from it: a side's
		// members, or the two a third met, did not meet each other.
		if ev, built := b.events[parts[0].To]; built && ev.Props["kind"] == "meeting" && b.metToldIn(v) {
			return
		}
		for i := range parts {
			for j := i + 1; j < len(parts); j++ {
				b.addBetweenParticipants("MET_WITH", v, parts[i], parts[j])
			}
		}
	})
}

// eachCoParticipants calls do, event by event in id order, with the
// participations keep accepts, the first of each participant, when all of
// them are told in one sentence v.
func (b *relBuilder) eachCoParticipants(keep func(relation) bool, do func(v *sentView, parts []relation)) {
	byEvent := map[string][]relation{}
	seen := map[[2]string]bool{}
	for _, r := range b.rels {
		if r.Type != "PARTICIPATED_IN" || len(r.Evidence) == 0 || seen[[2]string{r.To, r.From}] || !keep(r) {
			continue
		}
		seen[[2]string{r.To, r.From}] = true
		byEvent[r.To] = append(byEvent[r.To], r)
	}
	ids := make([]string, 0, len(byEvent))
	for id := range byEvent {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		parts := byEvent[id]
		v := b.viewAt(parts[0].Evidence[0].Start)
		if v == nil {
			continue
		}
		same := true
		for _, p := range parts[1:] {
			if b.viewAt(p.Evidence[0].Start) != v {
				same = false
			}
		}
		if same {
			do(v, parts)
		}
	}
}

// addBetweenParticipants relates the participants of two participations
// by typ, with the span of both as evidence.
func (b *relBuilder) addBetweenParticipants(typ string, v *sentView, p, q relation) {
	a, c := p.Evidence[0], q.Evidence[0]
	b.add(typ, p.From, q.From, 0.7, nil, v, min(a.Start, c.Start), max(a.End, c.End))
}

// metToldIn reports a MET_WITH relation read from sentence v.
func (b *relBuilder) metToldIn(v *sentView) bool {
	for _, r := range b.rels {
		if r.Type != "MET_WITH" {
			continue
		}
		for _, e := range r.Evidence {
			if e.Start >= v.start && e.End <= v.end {
				return true
			}
		}
	}
	return false
}
