package extract

// News reports a state or a body's own word on its deeds: "The US
// military said it struck Houthi targets", "Israel says it killed a
// Hezbollah commander", "Hamas said on Monday that it had fired rockets".
// The "it" right after such a speech verb is the speaker, so the rules
// that read deeds find their doer. Only a state or an organisation, only
// when it is the speech verb's subject (nothing but a few words of time
// or manner between them), and only "it" as the reported clause's
// subject. Like the group anaphors it is no name.

// saidItVerbs are the speech verbs of such a report.
var saidItVerbs = map[string]bool{
	"said": true, "says": true, "announced": true, "announces": true, "claimed": true, "claims": true,
	"stated": true, "states": true, "confirmed": true, "confirms": true, "reported": true, "reports": true,
	"added": true, "insisted": true, "insists": true, "acknowledged": true, "admitted": true,
}

// maxSaidGap bounds the words between the speaker and the verb ("said on
// Monday", "said in a statement").
const maxSaidGap = 5

// saidItAnaphors adds a mention of the speaker for every "it" that opens
// the clause reported by a state or an organisation. ms must be sorted.
func (s *scan) saidItAnaphors(ms []pending) []pending {
	taken := s.taken(ms)
	var out []pending
	for i := 2; i < len(s.toks); i++ {
		t := &s.toks[i]
		if t.key != "it" || t.cap || taken[i] || s.notEnt[i] || t.sent < 0 {
			continue
		}
		// "said it", "said that it", "said on Monday it".
		v := i - 1
		if s.toks[v].key == "that" {
			v--
		}
		sp, ok := s.speakerBefore(ms, v, i)
		if !ok {
			continue
		}
		out = append(out, pending{from: i, to: i + 1, id: sp.id, typ: sp.typ, entry: sp.entry, name: sp.name, anaphor: true})
	}
	if len(out) == 0 {
		return ms
	}
	return sortPending(append(ms, out...))
}

// speakerBefore finds the state or organisation whose speech verb stands
// at or shortly before token v, in the sentence of token i.
func (s *scan) speakerBefore(ms []pending, v, i int) (pending, bool) {
	// The verb, possibly followed by a short phrase of time or place:
	// "said on Monday", "said in a statement".
	verb := -1
	for k := v; k >= 0 && v-k <= maxSaidGap && s.sameSent(k, i); k-- {
		if saidItVerbs[s.toks[k].key] {
			verb = k
			break
		}
	}
	if verb < 1 {
		return pending{}, false
	}
	for j := len(ms) - 1; j >= 0; j-- {
		m := ms[j]
		if m.to > verb {
			continue
		}
		if verb-m.to > maxSaidGap || !s.sameSent(m.from, i) || m.typ != "Country" && m.typ != "Organization" || m.demonym {
			return pending{}, false
		}
		// Only adverbs, "also" and the like between the speaker and its
		// verb, no other verb or name.
		for k := m.to; k < verb; k++ {
			if s.toks[k].cap || s.toks[k].key == "," || s.toks[k].key == "and" {
				return pending{}, false
			}
		}
		return m, true
	}
	return pending{}, false
}
