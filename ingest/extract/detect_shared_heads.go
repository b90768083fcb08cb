package extract

// Encyclopedia prose names several events or treaties of one kind under
// one plural head: "the congresses of Troppau, Laibach and Verona", "the
// battles of Lexington and Concord", "the treaties of Tilsit". Each name
// of the list, with the head in the singular before it, is a catalog
// entry's name ("Congress of Troppau"): the list's names are mentions of
// those entries, not of the towns. Only names the catalog knows so are
// read; "the battles of the Somme and Verdun" gives those the catalog has.

// sharedHeads maps a plural head to the singular a catalog name opens with.
var sharedHeads = map[string]string{
	"congresses": "Congress", "conferences": "Conference", "treaties": "Treaty", "battles": "Battle",
	"sieges": "Siege", "councils": "Council", "conventions": "Convention", "peaces": "Peace",
}

// prioSharedHead beats the town a listed name also is: in "the congresses
// of Troppau and Laibach", "Laibach" is the congress.
const prioSharedHead = prioCatalog + 1

// detectSharedHeads proposes the catalog events and agreements of such
// lists.
func (s *scan) detectSharedHeads() {
	for h := 0; h+2 < len(s.toks); h++ {
		head, ok := sharedHeads[s.toks[h].key]
		if !ok || s.notEnt[h] || s.tokKey(h+1) != "of" || !s.sameSent(h, h+2) {
			continue
		}
		k := h + 2
		if s.tokKey(k) == "the" {
			k++
		}
		for k < len(s.toks) && s.sameSent(h, k) {
			from, to := k, k
			for to < len(s.toks) && to-from < 3 && s.capWord(to) && s.sameSent(h, to) {
				to++
			}
			if to == from {
				break
			}
			name := head + " of " + s.spanText(from, to)
			entry, ok := s.catalogEntryNamed(name)
			if ok {
				s.cands = append(s.cands, candidate{from: from, to: to, entry: entry, kind: formName, prio: prioSharedHead})
			}
			// The list goes on after ", ", " and " or ", and ", perhaps
			// with "the" again.
			k = to
			if s.tokKey(k) == "," {
				k++
			}
			if s.tokKey(k) == "and" {
				k++
			}
			if k == to {
				break
			}
			if s.tokKey(k) == "the" {
				k++
			}
		}
	}
}

// catalogEntryNamed is the catalog event or agreement of that name.
func (s *scan) catalogEntryNamed(name string) (int, bool) {
	for _, typ := range []string{"Event", "Agreement"} {
		if i, ok := s.x.byName[typ+"|"+foldName(name)]; ok {
			return i, true
		}
	}
	return 0, false
}
