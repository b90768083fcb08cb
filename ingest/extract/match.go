package extract

// formKind says how a catalog form names its entity.
type formKind uint8

const (
	formName    formKind = iota // the name or an alias
	formSurname                 // a known person's surname alone
	formDemonym                 // a country's adjective or nationality noun
	formMetonym                 // a place name written for the state
)

// pattern is one catalog form as tokens.
type pattern struct {
	entry int
	kind  formKind
	// upperForm: some form of the pattern is written in capitals ("JCPOA").
	upperForm bool
	// need holds, per token, what the text token must satisfy: a form
	// token in capitals ("US", "IRGC", "U.S.") needs capitals in the text,
	// so "US" never matches "us"; a capitalised one needs a capital; a
	// lower-case one ("nuclear" in "Iran nuclear deal") takes any case.
	need []caseNeed
}

// caselessParticles are the particles of Arabic names, written in either
// case inside a name.
var caselessParticles = map[string]bool{"al": true, "el": true, "bin": true, "bint": true, "ibn": true}

type caseNeed uint8

const (
	needAny caseNeed = iota
	needCap
	needUpper
	needCamel // "AlUla": the capital inside the word too, so "Alula" is someone else
)

// matcher finds catalog forms in token streams: a trie over token keys,
// with the keys interned to small integers so one step is one map lookup.
type matcher struct {
	vocab map[string]int32
	edges map[uint64]int32 // (node<<32 | word id) → child node
	terms map[int32][]int32
	pats  []pattern
	nodes int32
}

func newMatcher() *matcher {
	return &matcher{vocab: map[string]int32{}, edges: map[uint64]int32{}, terms: map[int32][]int32{}, nodes: 1}
}

// add inserts one form of entry; forms that tokenize to nothing are ignored.
func (m *matcher) add(form string, entry int, kind formKind) {
	m.addTokens(tokenize(form, nil), entry, kind)
}

// addTokens inserts one form already split into tokens.
func (m *matcher) addTokens(toks []token, entry int, kind formKind) {
	if len(toks) == 0 {
		return
	}
	p := pattern{entry: entry, kind: kind, need: make([]caseNeed, len(toks)), upperForm: len(toks) == 1 && toks[0].upper}
	node := int32(0)
	for i, t := range toks {
		switch {
		case i > 0 && caselessParticles[t.key]:
			// "Qaboos bin Said Al Said" is written "al Said" as often:
			// a particle inside a name takes either case.
		case i == 0 && len(toks) > 1 && (t.key == "al" || t.key == "el"):
			// So does the article a name opens with: the catalog's
			// "Al-Qusayr" is written "retake al-Qusayr" in prose.
		case t.upper:
			p.need[i] = needUpper
		case t.camel:
			p.need[i] = needCamel
		case t.cap:
			p.need[i] = needCap
		}
		id, ok := m.vocab[t.key]
		if !ok {
			id = int32(len(m.vocab))
			m.vocab[t.key] = id
		}
		edge := uint64(node)<<32 | uint64(uint32(id))
		child, ok := m.edges[edge]
		if !ok {
			child = m.nodes
			m.nodes++
			m.edges[edge] = child
		}
		node = child
	}
	for _, existing := range m.terms[node] {
		q := m.pats[existing]
		if q.entry == entry && q.kind == kind {
			// The same words written in another case ("12-Day War",
			// "12-day war"): the form asks for the capitals both ask for.
			for i := range q.need {
				q.need[i] = eitherNeed(q.need[i], p.need[i])
			}
			q.upperForm = q.upperForm || p.upperForm
			return
		}
	}
	m.terms[node] = append(m.terms[node], int32(len(m.pats)))
	m.pats = append(m.pats, p)
}

// eitherNeed is what a text token needs to fit one of two forms' needs:
// "JCPOA" and "JCPoA" both take a capital first.
func eitherNeed(a, b caseNeed) caseNeed {
	if a == needCamel || b == needCamel {
		if a == needAny || b == needAny {
			return needAny
		}
		if a == b {
			return needCamel
		}
		return needCap
	}
	return min(a, b)
}

// catalogMatch is a catalog form found in the text: tokens [from, to).
type catalogMatch struct {
	from, to int
	pats     []int32 // the patterns that matched, all of the same length
}

// find returns, for every start, the longest match that stays inside one
// sentence.
func (m *matcher) find(toks []token) []catalogMatch {
	var out []catalogMatch
	for i := 0; i < len(toks); {
		if toks[i].vid < 0 || (i > 0 && joinsWord(toks, i)) {
			i++
			continue
		}
		node := int32(0)
		bestTo := -1
		var best []int32
		for j := i; j < len(toks); j++ {
			if toks[j].vid < 0 || toks[j].sent != toks[i].sent {
				break
			}
			child, ok := m.edges[uint64(node)<<32|uint64(uint32(toks[j].vid))]
			if !ok {
				break
			}
			node = child
			if ids, ok := m.terms[node]; ok {
				if ok := m.accept(toks, i, j+1, ids); len(ok) > 0 {
					bestTo, best = j+1, ok
				}
			}
		}
		if bestTo < 0 || (bestTo < len(toks) && joinsWord(toks, bestTo)) {
			i++
			continue
		}
		// Every start keeps its longest match, overlapping or not: the
		// candidates' selection picks the longest overall, so "Sayyid Badr"
		// does not hide "Badr bin Hamad Al Busaidi" that starts inside it.
		out = append(out, catalogMatch{from: i, to: bestTo, pats: best})
		i++
	}
	return out
}

// wordAcronyms are the acronyms some house styles write as words
// ("Unicef", "Nato", "Opec"). Others stay capitals only: written as a
// word, "Plan", "Swift" or "Sang" is an English word or a name.
var wordAcronyms = map[string]bool{
	"nato": true, "unicef": true, "unesco": true, "unrwa": true, "unifil": true, "opec": true, "oapec": true,
	"isis": true, "isil": true, "interpol": true, "aipac": true, "nasa": true, "fifa": true, "unhcr": true,
	"asean": true, "brics": true, "ocha": true, "irna": true, "savak": true, "sipri": true, "memri": true,
	"unocha": true, "unama": true, "unami": true, "unsc": true, "unga": true, "iaea": true, "irgc": true,
}

// accept filters the patterns ending at a trie node by their case needs.
func (m *matcher) accept(toks []token, from, to int, ids []int32) []int32 {
	var ok []int32
	for _, id := range ids {
		p := &m.pats[id]
		good := true
		for k, need := range p.need {
			t := &toks[from+k]
			if (need == needCap && !t.cap && !t.digit && t.kind == tkWord) || (need == needUpper && !t.upper && !(t.cap && len(p.need) == 1 && wordAcronyms[t.key])) || (need == needCamel && !t.camel && !t.upper) {
				good = false
				break
			}
		}
		if good && len(p.need) == 1 && !p.upperForm && toks[from].upper && inParens(toks, from) {
			// "Open Radio Access Network (ORAN)": a word in capitals in
			// parentheses is an acronym, not the town Oran, unless the
			// catalog writes the entity so ("(JCPOA)", "(UAE)").
			good = false
		}
		if good {
			ok = append(ok, id)
		}
	}
	return ok
}

// names reports whether toks[from, to) is, by itself, a form of entry with
// its case needs met.
func (m *matcher) names(toks []token, from, to, entry int) bool {
	node := int32(0)
	for j := from; j < to; j++ {
		if toks[j].vid < 0 {
			return false
		}
		child, ok := m.edges[uint64(node)<<32|uint64(uint32(toks[j].vid))]
		if !ok {
			return false
		}
		node = child
	}
	for _, id := range m.accept(toks, from, to, m.terms[node]) {
		if m.pats[id].entry == entry {
			return true
		}
	}
	return false
}

// inParens reports whether toks[i] stands alone between parentheses.
func inParens(toks []token, i int) bool {
	return i > 0 && i+1 < len(toks) && toks[i-1].key == "(" && toks[i+1].key == ")"
}

// joinsWord reports whether toks[i] is glued to the word before it with
// nothing between (the tokenizer splits such words only in rare cases, as
// after a dotted acronym): a match must not start or end inside a word.
func joinsWord(toks []token, i int) bool {
	prev, cur := &toks[i-1], &toks[i]
	return prev.end == cur.start && prev.kind == tkWord && cur.kind == tkWord
}
