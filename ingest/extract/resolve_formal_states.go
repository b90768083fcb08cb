package extract

// A state is written by its formal name in statements and treaties: "the
// Republic of Niger", "the Federal Democratic Republic of Ethiopia", "the
// Hashemite Kingdom of Jordan", "the Republic of the Sudan". The catalog
// knows many such names as aliases, not all; the state's own name after
// the form is the state, and the form is part of its mention, so that
// "President of the Republic of Niger" reads as an office of Niger. A
// formal name the catalog knows as a state of its own ("the Kingdom of
// Iraq" of 1921–1958) is matched whole before this runs and is left alone.

// formalStateHeads are the heads of a state's formal name, before "of".
var formalStateHeads = map[string]bool{"republic": true, "kingdom": true, "state": true, "sultanate": true, "emirate": true,
	"principality": true, "federation": true, "confederation": true}

// maxFormWords is how many capitalised words may stand before the form's
// head ("Federal Democratic Republic").
const maxFormWords = 3

// formalStateNames widens each state's mention over the formal name
// written before it.
func (s *scan) formalStateNames(ms []pending) []pending {
	taken := s.taken(ms)
	for i := range ms {
		m := &ms[i]
		if m.typ != "Country" || m.demonym || m.metonym || m.entry < 0 {
			continue
		}
		k := m.from - 1
		if k >= 0 && s.toks[k].key == "the" && !s.toks[k].cap {
			k--
		}
		if k < 1 || s.toks[k].key != "of" || !s.sameSent(k, m.from) {
			continue
		}
		head := k - 1
		if taken[head] || !s.toks[head].cap || !formalStateHeads[s.toks[head].key] || !s.sameSent(head, k) {
			continue
		}
		from := head
		for j := head - 1; j >= 0 && head-j <= maxFormWords && s.sameSent(j, head); j-- {
			if taken[j] || !s.toks[j].cap || s.toks[j].kind != tkWord || s.class(j)&(wcTitle|wcStop|wcCalendar) != 0 {
				break
			}
			from = j
		}
		m.from = from
	}
	return ms
}
