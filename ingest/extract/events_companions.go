package extract

import "regexp"

// Whoever went along with a participant took part too: "Steven Witkoff,
// accompanied by U.S. Ambassador to Oman Ana Escrogima, conducted talks
// today in Muscat", "Sharif, together with army chief Raheel Sharif,
// visited Riyadh on Monday". The companion is a person named right after
// the participant, set off as an aside or joined by "together with".

// reCompanion ends right before the companion.
var reCompanion = regexp.MustCompile(`^` + sp + `*(?:,` + sp + `*(?:who` + sp + `+was` + sp + `+|and` + sp + `+)?(?:accompanied|joined|flanked)` + sp + `+by|` + sp + `*,?` + sp + `*(?:together|along)` + sp + `+with)` + sp + `+(?:[^,;:()]{0,60}?` + sp + `+)?$`)

// companions adds the people who went along with a participant of an
// event of sentence v.
func (b *relBuilder) companions(v *sentView) {
	if !v.has("accompanied", "joined by", "flanked", "together with", "along with") {
		return
	}
	n := len(b.rels)
	for i := 0; i < n; i++ {
		r := b.rels[i]
		if r.Type != "PARTICIPATED_IN" || len(r.Evidence) == 0 || r.Evidence[0].Start < v.start || r.Evidence[0].End > v.end {
			continue
		}
		for k, a := range v.args {
			if a.id != r.From || a.typ != "Person" {
				continue
			}
			for _, c := range v.args[k+1:] {
				if c.typ != "Person" {
					continue
				}
				if reCompanion.MatchString(v.between(a.end, c.start)) && !irrealis.MatchString(v.between(a.end, c.start)) {
					b.add("PARTICIPATED_IN", c.id, r.To, 0.75, nil, v, a.start, c.end)
				}
				break
			}
		}
	}
}
