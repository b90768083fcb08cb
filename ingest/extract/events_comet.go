package extract

import "sort"

// People who together opened a work or sat at a small summit met:
// "inaugurated … by Recep Tayyip Erdoğan and Ilham Aliyev", "hosted a
// tripartite summit in Asmara with President X and President Y". The
// sentence that tells the event must name them all; a gathering of more
// than three people is no meeting of each with each. Those who signed an
// agreement together are not said to have met: readers of encyclopedia
// articles on agreements do not list it.

// metAtKinds are the kinds of events whose few people met.
var metAtKinds = map[string]bool{"opening": true, "summit": true}

// coParticipantsMet adds MET_WITH between the two or three people who took
// part in one event of metAtKinds, told in one sentence.
func (b *relBuilder) coParticipantsMet() {
	type part struct {
		id string
		r  relation
	}
	byEvent := map[string][]part{}
	for _, r := range b.rels {
		if r.Type != "PARTICIPATED_IN" || b.typeOf(r.From) != "Person" || len(r.Evidence) == 0 {
			continue
		}
		e, ok := b.events[r.To]
		if !ok {
			continue
		}
		if kind, _ := e.Props["kind"].(string); !metAtKinds[kind] {
			continue
		}
		byEvent[r.To] = append(byEvent[r.To], part{r.From, r})
	}
	ids := make([]string, 0, len(byEvent))
	for id := range byEvent {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		var people []part
		seen := map[string]bool{}
		for _, p := range byEvent[id] {
			if !seen[p.id] {
				seen[p.id] = true
				people = append(people, p)
			}
		}
		if len(people) < 2 || len(people) > 3 {
			continue
		}
		v := b.viewAt(people[0].r.Evidence[0].Start)
		if v == nil {
			continue
		}
		same := true
		for _, p := range people[1:] {
			if b.viewAt(p.r.Evidence[0].Start) != v {
				same = false
			}
		}
		if !same {
			continue
		}
		for i := range people {
			for j := i + 1; j < len(people); j++ {
				a, c := people[i].r.Evidence[0], people[j].r.Evidence[0]
				b.add("MET_WITH", people[i].id, people[j].id, 0.7, nil, v, min(a.Start, c.Start), max(a.End, c.End))
			}
		}
	}
}
