package extract

import (
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/kg-project/kg/ingest/normalize"
	"github.com/kg-project/kg/ingest/syntax"
)

// candidate is a possible mention: tokens [from, to) naming a catalog entry
// or a detected entity. Candidates overlap; select keeps the best ones.
type candidate struct {
	from, to int
	entry    int    // catalog entry, or -1 for a detected entity
	typ      string // detected entities only
	name     string // detected entities only: the name to give the entity
	kind     formKind
	// single marks a detected person written with one name word ("Senator
	// Rubio", "Secretary Driscoll"): resolve finds whose name it is.
	single bool
	prio   int // breaks ties between candidates of equal length
}

// Priorities of candidates of equal length: the catalog beats patterns.
const (
	prioDetected = 1
	prioTyped    = 2 // detected with what the sentence says of its type
	prioCatalog  = 3
)

// scan is the per-document state of findEntities.
type scan struct {
	// nerKnown are the folded words of names found before the tagger's
	// (detect_ner.go).
	nerKnown map[string]bool
	x        *Extractor
	doc      normalize.Document
	toks     []token
	notEnt   []bool   // token lies in a not-entity span
	catTyp   []string // type of the catalog match covering each token
	// catFull marks tokens of a person's full catalog name: detection never
	// grows such a name ("God Bless Donald J. Trump").
	catFull []bool
	// lower holds the keys of words written in lower case somewhere in the
	// document: such a word opening a sentence is no name.
	lower map[string]bool
	cands []candidate
	cls   []wordClass // word class of each token
	// Filled by resolve: detected people's names and the words of every
	// full name, by entity id.
	names map[string]string
	// standalone holds the keys of capitalised words written alone,
	// built on first use.
	standalone map[string]bool
	// headedNames holds the key runs written before a place's head word,
	// built on first use (detect_place_gazetteer.go).
	headedNames map[string]bool
	// yearAt indexes the document's year tokens by year, built on first
	// use (detect_year_events.go).
	yearAt map[string][]int
	// states are the states the document speaks of, built on first use
	// (catalog_about.go).
	states    *docStates
	nameWords map[string][]string
	// docStates are the states the document names, set by resolve for
	// the titled one-word names (catalogRuler).
	docStates map[string]bool
	// fullAt holds, while bare surnames are resolved, where each person's
	// full name was written (tokens), for the one just named.
	fullAt map[string][]int
	// leadPerson is the first person named in full in the document's
	// opening sentences, and firstSentence the sentence where each person
	// is first named in full; both set by documentSurnames.
	leadPerson    string
	firstSentence map[string]int
}

// findEntities finds, resolves and returns the document's entity mentions.
func (x *Extractor) findEntities(doc normalize.Document) *entitySet {
	return x.findEntitiesParsed(doc, nil)
}

// findEntitiesParsed is findEntities with the parser's named-entity
// classes as one more detector (see detect_ner.go).
func (x *Extractor) findEntitiesParsed(doc normalize.Document, parse *syntax.Parse) *entitySet {
	s := &scan{x: x, doc: doc, toks: tokenize(doc.Text, doc.Sentences)}
	s.cls = make([]wordClass, len(s.toks))
	for i := range s.toks {
		t := &s.toks[i]
		t.vid = -1
		if w, ok := x.words[t.key]; ok {
			t.vid, s.cls[i] = w.vid, w.cls
			// "Salih Mutlu Şen": a word whose letters the key folded
			// ("şen" to "sen") is a name, not the English title it folds
			// into.
			if !isASCII(doc.Text[t.start:t.end]) {
				s.cls[i] &^= wcTitle | wcHonorific
			}
		}
		// "Alimardan bey Topchubashov", "Daniel arap Moi", "Akaki Ivanes
		// dze Chkhenkeli": a small "bey", "arap" or Georgian "dze" (son
		// of) goes inside the name like "bin"; a capital one ends it
		// ("Irgash Bey").
		if (t.key == "bey" || t.key == "arap" || t.key == "dze") && !t.cap {
			s.cls[i] |= wcParticle
		}
	}
	s.markNotEntities()
	s.unshoutLeads()
	s.lower = map[string]bool{}
	capKeys := map[string]bool{}
	for i := range s.toks {
		if t := &s.toks[i]; t.kind == tkWord && t.cap {
			capKeys[t.key] = true
		}
	}
	for i := range s.toks {
		if t := &s.toks[i]; t.kind == tkWord && !t.cap && !t.digit && capKeys[t.key] {
			s.lower[t.key] = true
		}
	}
	s.catalogCandidates()
	s.detect()
	if parse != nil {
		s.detectNER(parse)
	}
	s.filterDetected()
	s.echoDetected()
	chosen := s.selectCandidates()
	set := s.resolve(chosen)
	set.pairAgreements = x.pairAgreements
	x.placeHolders(set)
	return set
}

// placeHolders gives each place the states or territories that the
// gazetteer puts a town of its name (or of an alias) in.
func (x *Extractor) placeHolders(set *entitySet) {
	for _, e := range set.Entities {
		if e.Type != "Place" {
			continue
		}
		seen := map[string]bool{}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			for _, code := range x.gazetteer[foldKey(n)] {
				if id := x.holderIDs[code]; id != "" && id != e.ID && !seen[id] {
					seen[id] = true
					e.Holders = append(e.Holders, id)
				}
			}
		}
		sort.Strings(e.Holders)
	}
}

// markNotEntities flags the tokens inside the document's not-entity spans,
// and the category lists a wiki page ends with ("Category:Bodies of water
// of Iran Category:Borders of Oman"): navigation, not text.
func (s *scan) markNotEntities() {
	s.notEnt = make([]bool, len(s.toks))
	s.markCategoryLists()
	s.markReferenceLines()
	if len(s.doc.NotEntities) == 0 {
		return
	}
	spans := append([]normalize.Span(nil), s.doc.NotEntities...)
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	k := 0
	for i := range s.toks {
		for k < len(spans) && spans[k].End <= s.toks[i].start {
			k++
		}
		for j := k; j < len(spans) && spans[j].Start <= s.toks[i].start; j++ {
			if s.toks[i].end <= spans[j].End {
				s.notEnt[i] = true
				break
			}
		}
	}
}

// namedBodyHead reports a body's one-word catalog name ("Congress" for
// the United States Congress) written as the last word of another body's
// name: right after a capitalised word of its sentence that does not open
// it ("the First All-Kazakh Congress", "the Syrian National Congress").
func (s *scan) namedBodyHead(from, to int, entry int) bool {
	if to-from != 1 || from == 0 || s.x.cat.entries[entry].Type != "Organization" || s.class(from)&wcOrgHead == 0 && !bodyHeadWords[s.toks[from].key] {
		return false
	}
	// "the Congress of Berlin", "the Congress of Deputies": the word opens
	// another name.
	if next := to + 1; bodyHeadWords[s.toks[from].key] && s.tokKey(to) == "of" && (s.capWord(next) || s.tokKey(next) == "the" && s.capWord(next+1)) && s.sameSent(from, next) {
		return true
	}
	k := from - 1
	if !s.sameSent(k, from) || s.toks[k].kind != tkWord || !s.toks[k].cap || s.opensSentence(k) {
		return false
	}
	return s.class(k)&(wcStop|wcCalendar) == 0
}

// bodyHeadWords end the names of many bodies besides the one the catalog
// calls so.
var bodyHeadWords = map[string]bool{"congress": true, "senate": true, "duma": true, "sejm": true}

// catalogCandidates turns catalog matches into candidates.
func (s *scan) catalogCandidates() {
	s.catTyp = make([]string, len(s.toks))
	s.catFull = make([]bool, len(s.toks))
	matches := s.joinOverlaps(s.x.match.find(s.toks))
	// "the Palestinian terrorist group Black September", "Black September
	// gunmen": an event's name the document gives a group is the group's
	// wherever the document writes it.
	groups := map[int]bool{}
	starts := map[int]bool{}
	byStart := map[int]catalogMatch{}
	for _, m := range matches {
		starts[m.from] = true
		byStart[m.from] = m
	}
	for _, m := range matches {
		p := s.x.match.pats[m.pats[0]]
		if e := s.x.cat.entries[p.entry]; e.Type == "Event" && !eventHeadWord(e.Name) && s.groupContext(m.from, m.to) {
			groups[p.entry] = true
		}
	}
	for _, m := range matches {
		if s.shoutedWord(m.from, m.to) {
			continue
		}
		p := s.x.match.pats[m.pats[0]]
		entry, kind := p.entry, p.kind
		if s.x.cat.entries[entry].Type == "Person" && s.fatherInChain(m.from) {
			continue // "Faisal bin Abdulaziz" in "Saud bin Faisal bin Abdulaziz" is the father's name, not the man
		}
		if kind == formSurname && m.to-m.from == 1 && s.toks[m.from].upper && len(s.toks[m.from].key) <= 3 {
			continue // "XI Corps": a numeral in capitals, not Xi Jinping
		}
		if kind == formSurname && s.tokKey(m.from-1) == "the" && !s.modifiesNext(m.to-1) {
			continue // "fire mortars at the Eshkol, Sha'ar Hanegev region": a thing named after the man
		}
		if kind == formSurname && s.sameSent(m.from, m.to) && s.nameWord(m.to) && !starts[m.to] && !s.titleCased(m.from) {
			continue // "Nasser Mansour Hadi": the name goes on, it is someone else's ("Zarif Warns Washington" is a headline's)
		}
		if groups[entry] {
			s.cands = append(s.cands, candidate{from: m.from, to: m.to, entry: -1, typ: "Organization", name: s.x.cat.entries[entry].Name, prio: prioTyped})
			continue
		}
		if s.namedBodyHead(m.from, m.to, entry) {
			continue // "the First All-Kazakh Congress", "the Indian National Congress": another body
		}
		// "the Tunisian capital" is Tunis: a state's adjective between
		// "the" and "capital" names its capital city.
		if kind == formDemonym && s.tokKey(m.from-1) == "the" && s.tokKey(m.to) == "capital" && !s.toks[m.to].cap && s.sameSent(m.from, m.to) {
			if capID, ok := s.x.capOf[s.x.cat.entries[entry].ID]; ok && !s.capitalNamedAfter(m.to+1) {
				s.cands = append(s.cands, candidate{from: m.from, to: m.to + 1, entry: s.x.cat.byID[capID], kind: formName, prio: prioCatalog})
				for i := m.from; i <= m.to; i++ {
					s.catTyp[i] = "Place"
				}
				continue
			}
		}
		if kind == formMetonym && (s.locative(m.from) || s.opensDateline(m.from, m.to)) {
			// "in Washington" and a dateline's "WASHINGTON —" are the city,
			// not the government.
			if capID, ok := s.x.capOf[s.x.cat.entries[entry].ID]; ok {
				entry, kind = s.x.cat.byID[capID], formName
			}
		}
		to := m.to
		if k := s.stateTail(m, entry, kind, byStart); k > 0 {
			to = k
		}
		s.cands = append(s.cands, candidate{from: m.from, to: to, entry: entry, kind: kind, prio: prioCatalog})
		for i := m.from; i < to; i++ {
			s.catTyp[i] = s.x.cat.entries[entry].Type
			s.catFull[i] = kind == formName && s.catTyp[i] == "Person"
		}
	}
}

// stateTail returns where " of <state>" begins inside a catalog name of a
// person that is, without it, still a name of that person ("King Hassan
// II of Morocco", "Faisal I of Iraq"), else 0: the state stays a mention
// of its own, so the office the name is written with is read as held for it.
func (s *scan) stateTail(m catalogMatch, entry int, kind formKind, byStart map[int]catalogMatch) int {
	if kind != formName || s.x.cat.entries[entry].Type != "Person" {
		return 0
	}
	for k := m.from + 1; k < m.to-1; k++ {
		if s.toks[k].key != "of" {
			continue
		}
		st, ok := byStart[k+1]
		if !ok || st.to != m.to || s.x.cat.entries[s.x.match.pats[st.pats[0]].entry].Type != "Country" {
			return 0
		}
		if s.x.match.names(s.toks, m.from, k, entry) {
			return k
		}
		return 0
	}
	return 0
}

// joinOverlaps makes one match of two names of one entry that overlap:
// "Imam Ghalib Alhinai" holds the catalog's "Imam Ghalib" and "Ghalib
// Alhinai", and left as the first, "Alhinai" would go on alone to another
// man of that family. matches come ordered by start.
func (s *scan) joinOverlaps(matches []catalogMatch) []catalogMatch {
	out := matches[:0:0]
	for _, m := range matches {
		if n := len(out); n > 0 {
			prev := &out[n-1]
			p, q := s.x.match.pats[prev.pats[0]], s.x.match.pats[m.pats[0]]
			if m.from > prev.from && m.from < prev.to && m.to > prev.to && p.entry == q.entry && p.kind == formName && q.kind == formName {
				prev.to = m.to
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// capitalNamedAfter reports a city named right after "the Tunisian
// capital" ("the Syrian capital, Damascus", "the Iraqi capital Baghdad"):
// the name is the city's mention.
func (s *scan) capitalNamedAfter(i int) bool {
	if s.tokKey(i) == "," {
		i++
	}
	return i < len(s.toks) && s.toks[i].cap && s.toks[i].kind == tkWord
}

// eventHeadWord reports an event's name that says what kind of event it is
// ("Six-Day War", "Operation Opera"): such a name is never a group's.
func eventHeadWord(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		w = strings.Trim(w, ",.()")
		if _, ok := eventKinds[w]; ok || deedHeads[w] {
			return true
		}
	}
	return false
}

// deedHeads name kinds of event eventKinds does not list.
var deedHeads = map[string]bool{"wars": true, "battle": true, "siege": true, "operation": true, "attack": true,
	"attacks": true, "massacre": true, "bombing": true, "talks": true, "invasion": true, "coup": true,
	"offensive": true, "ceasefire": true, "truce": true, "games": true, "olympics": true}

// eventGroupNouns name a group right before or after its name.
var eventGroupNouns = map[string]bool{"group": true, "organization": true, "organisation": true, "faction": true,
	"gunmen": true, "militants": true, "members": true, "terrorists": true, "operatives": true, "commandos": true,
	"fighters": true, "cell": true, "guerrillas": true, "member": true}

// groupContext reports a name at [i, j) that a group noun stands right
// before ("the terrorist group X", "members of X") or right after ("X
// gunmen").
func (s *scan) groupContext(i, j int) bool {
	if j < len(s.toks) && s.sameSent(i, j) && eventGroupNouns[s.toks[j].key] && !s.toks[j].cap {
		return true
	}
	k := i - 1
	if s.tokKey(k) == "of" {
		k-- // "members of X", "a faction of X" stay with the nouns
		return k >= 0 && (s.tokKey(k) == "members" || s.tokKey(k) == "member") && s.sameSent(k, i)
	}
	return k >= 0 && s.sameSent(k, i) && eventGroupNouns[s.toks[k].key] && !s.toks[k].cap
}

// fatherInChain reports a name at i that follows a patronymic particle
// after another name: it names a father inside someone's chain.
func (s *scan) fatherInChain(i int) bool {
	return i >= 2 && patronymicParticles[s.toks[i-1].key] && !s.toks[i-1].cap && s.toks[i-2].cap && s.toks[i-2].kind == tkWord
}

// locativeWords put the place after them in a place phrase.
var locativeWords = map[string]bool{
	"in": true, "at": true, "from": true, "to": true, "near": true, "into": true,
	"outside": true, "around": true, "visit": true, "visited": true, "visiting": true,
	"of": true, "across": true, "throughout": true, "toward": true, "towards": true,
}

// locative reports whether the token at i follows a locative word.
func (s *scan) locative(i int) bool {
	return i > 0 && s.toks[i-1].kind == tkWord && locativeWords[s.toks[i-1].key]
}

// opensDateline reports a name in capitals opening a line and followed by
// what a wire dateline puts after its place: a dash, the wire's name in
// brackets, or the state after a comma ("WASHINGTON (Reuters) —").
func (s *scan) opensDateline(from, to int) bool {
	if from > 0 && !s.toks[from].newline || to >= len(s.toks) {
		return false
	}
	for i := from; i < to; i++ {
		if !s.toks[i].upper {
			return false
		}
	}
	switch s.toks[to].key {
	case "-", "(", ",":
		return true
	}
	return false
}

// selectCandidates keeps non-overlapping candidates: longer first, then the
// higher priority, then the earlier one. The order is total, so the result
// never depends on the order candidates were found in.
func (s *scan) selectCandidates() []candidate {
	c := s.cands
	slices.SortStableFunc(c, func(a, b candidate) int {
		if la, lb := a.to-a.from, b.to-b.from; la != lb {
			return lb - la
		}
		if a.prio != b.prio {
			return b.prio - a.prio
		}
		if a.from != b.from {
			return a.from - b.from
		}
		return a.entry - b.entry
	})
	taken := make([]bool, len(s.toks))
	var out []candidate
next:
	for _, cand := range c {
		for i := cand.from; i < cand.to; i++ {
			if taken[i] {
				continue next
			}
		}
		for i := cand.from; i < cand.to; i++ {
			taken[i] = true
		}
		out = append(out, cand)
	}
	slices.SortFunc(out, func(a, b candidate) int { return a.from - b.from })
	for i := range out {
		if out[i].typ == "Person" || out[i].entry >= 0 && s.x.cat.entries[out[i].entry].Type == "Person" {
			out[i].to = s.generationEnd(s.familyEnd(out[i].from, out[i].to, taken), taken)
			if from := s.peerStart(out[i].from, out[i].to, taken); from != out[i].from {
				out[i].from, out[i].single = from, false
				if out[i].entry < 0 {
					out[i].name = s.doc.Text[s.toks[from].start:s.toks[out[i].to-1].end]
				}
			}
		}
	}
	return out
}

// generationSuffixes are written after a person's name ("Lloyd J. Austin
// III", "Carlito G. Galvez, Jr."); they belong to the mention, so the
// words of the sentence around it read as they would without them.
var generationSuffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// generationEnd extends a person's mention ending at to over a
// generational suffix, with the comma before it and the full stop after
// it, when no other mention takes those tokens.
func (s *scan) generationEnd(to int, taken []bool) int {
	k := to
	if k < len(s.toks) && s.toks[k].key == "," && k+1 < len(s.toks) && generationSuffixes[s.toks[k+1].key] {
		k++
	}
	if k >= len(s.toks) || !generationSuffixes[s.toks[k].key] || !s.toks[k].cap || taken[k] || !s.sameSent(to-1, k) {
		return to
	}
	k++
	if k < len(s.toks) && s.toks[k].key == "." && s.toks[k].start == s.toks[k-1].end && s.sameSent(to-1, k) && !s.sentenceEndsAt(k) {
		k++
	}
	return k
}

// familyEnd extends a name written with "bin" or "ibn" that ends at to
// over the family name after it ("Sheikh Mohammed bin Zayed Al Nahyan",
// "Tahnoun bin Zayed al-Nahyan") when the catalog's form stopped short of
// it and no other mention takes it: the words around the mention then
// read as they would after the whole name ("…, met President Raisi").
func (s *scan) familyEnd(from, to int, taken []bool) int {
	// "Faisal I bin Al-Hussein bin Ali Al-Hashemi": a name matched inside
	// a longer chain is the father's, and the family name is the whole
	// chain's.
	for k := max(0, from-3); k < from; k++ {
		if patronymicParticles[s.toks[k].key] {
			return to
		}
	}
	patronymic := false
	for k := from; k < to; k++ {
		patronymic = patronymic || patronymicParticles[s.toks[k].key]
	}
	k := to
	if !patronymic || k >= len(s.toks) || s.toks[k].key != "al" || taken[k] || !s.sameSent(to-1, k) {
		return to
	}
	k++
	if k < len(s.toks) && s.toks[k].key == "-" && s.glued(k) {
		k++
	}
	if k >= len(s.toks) || s.toks[k].kind != tkWord || !s.toks[k].cap || taken[k] || !s.sameSent(to-1, k) {
		return to
	}
	return k + 1
}

// peerStart moves the start of a one-word name back over "Lord" or
// "Lady" before it: a peer is known by the title and the one name
// together ("Lord Canning", "Lord Salisbury"), as readers write him,
// where "Lord David Cameron" is a man with a full name of his own.
func (s *scan) peerStart(from, to int, taken []bool) int {
	k := from - 1
	if to-from != 1 || k < 0 || taken[k] || !s.toks[k].cap || !s.sameSent(k, from) || s.toks[k].key != "lord" && s.toks[k].key != "lady" {
		return from
	}
	return k
}

// sentenceEndsAt reports token k as the last of its sentence.
func (s *scan) sentenceEndsAt(k int) bool {
	return k+1 >= len(s.toks) || s.toks[k+1].sent != s.toks[k].sent
}

// build turns resolved mentions into the stage's entitySet.
func (s *scan) build(ms []pending) *entitySet {
	set := &entitySet{Entities: map[string]*entity{}}
	surfaces := map[string]map[string]bool{}
	for _, m := range ms {
		first := &s.toks[m.from]
		if first.sent < 0 {
			continue // outside every sentence: nothing could store it
		}
		start, end := first.start, s.toks[m.to-1].end
		men := mention{
			EntityID: m.id, Type: m.typ, Start: start, End: end, Sentence: first.sent,
			Text: s.doc.Text[start:end], Demonym: m.demonym, Anaphor: m.anaphor, Pronoun: m.pronoun,
			Title: m.title.text, TitleStart: m.title.start, TitleEnd: m.title.end, TitleOf: m.title.of,
		}
		if country, ok := s.x.capital[m.id]; ok && !s.locative(m.from) && !s.opensDateline(m.from, m.to) && !(m.to < len(s.toks) && s.toks[m.to].key == ",") && !s.placeNounAfter(m.to) {
			men.MetonymFor = country
		}
		set.Mentions = append(set.Mentions, men)
		if _, ok := set.Entities[m.id]; !ok {
			set.Entities[m.id] = s.newEntity(m)
			surfaces[m.id] = map[string]bool{}
		}
		if !m.demonym && !m.anaphor && !m.pronoun {
			surfaces[m.id][unshout(oneLine(men.Text))] = true // "JEWISH DEFENSE LEAGUE" is no other name
			if a, ok := regnalAlias(men); ok {
				surfaces[m.id][a] = true
			}
		}
	}
	for id, e := range set.Entities {
		for a := range surfaces[id] {
			if a != e.Name && !hasString(e.Aliases, a) {
				e.Aliases = append(e.Aliases, a)
			}
		}
		sort.Strings(e.Aliases)
	}
	slices.SortStableFunc(set.Mentions, func(a, b mention) int { return a.Start - b.Start })
	return set
}

// reRegnalName: a ruler's one name, with its number ("Victoria",
// "Menelik II").
var reRegnalName = regexp.MustCompile(`^\p{Lu}[\p{L}'’-]+(?:` + sp + `+[IVX]{1,5})?$`)

// regnalTitles are the titles a ruler known by one name is called by with
// that name: "Queen Victoria", "Pope Francis", "Emperor Menelik II".
var regnalTitles = map[string]bool{"King": true, "Queen": true, "Pope": true, "Emperor": true, "Empress": true,
	"Tsar": true, "Czar": true, "Kaiser": true, "Shah": true, "Sultan": true, "Khedive": true}

// regnalAlias is the name a ruler written with a title and one name is
// known by, title included ("Queen Victoria"), for the mention m.
func regnalAlias(m mention) (string, bool) {
	if m.Type != "Person" || !regnalTitles[m.Title] || m.TitleEnd > m.Start || !reRegnalName.MatchString(m.Text) {
		return "", false
	}
	return m.Title + " " + m.Text, true
}

// newEntity makes the entity a first mention names.
func (s *scan) newEntity(m pending) *entity {
	if m.entry >= 0 {
		return catalogEntity(s.x.cat.entries[m.entry])
	}
	return &entity{ID: m.id, Name: unshout(m.name), Type: m.typ, Props: map[string]any{}}
}

// catalogEntity is a fresh entity of a catalog entry.
func catalogEntity(e catalogEntry) *entity {
	ent := &entity{ID: e.ID, Name: e.Name, Type: e.Type, Aliases: append([]string(nil), e.Aliases...), Props: map[string]any{},
		Demonyms: e.Demonyms, Sides: e.Sides, Attacks: e.Attacks, Affiliations: e.Affiliations,
		CatalogDate: e.Date, Catalog: true, LocatedIn: e.LocatedIn, Capital: e.CapitalOf != ""}
	if e.Wikidata != "" {
		ent.Props["wikidata"] = e.Wikidata
	}
	if e.Description != "" {
		ent.Props["description"] = e.Description
	}
	return ent
}

// oneLine collapses the white space of a mention's text, copying only when
// there is something to collapse.
func oneLine(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '\n' || c == '\t' || c == '\r' || c == ' ' && i+1 < len(s) && s[i+1] == ' ' {
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}

// markCategoryLists flags every token from a "Category:" label to the end
// of its line.
func (s *scan) markCategoryLists() {
	in := false
	for i := range s.toks {
		if s.toks[i].newline {
			in = false
		}
		if !in && s.toks[i].key == "category" && s.toks[i].cap && s.tokKey(i+1) == ":" && i+2 < len(s.toks) && s.toks[i+2].start == s.toks[i+1].end {
			in = true
		}
		if in {
			s.notEnt[i] = true
		}
	}
}

// commonUpper are English words that are also catalog acronyms ("WHO",
// "US"): written in capitals among other capitals they are shouting.
var commonUpper = map[string]bool{"who": true, "us": true, "it": true, "am": true, "an": true, "as": true, "at": true,
	"be": true, "do": true, "go": true, "he": true, "in": true, "is": true, "me": true, "my": true, "no": true,
	"of": true, "on": true, "or": true, "so": true, "to": true, "up": true, "we": true, "all": true, "can": true,
	"may": true, "new": true, "now": true, "one": true, "our": true, "out": true, "see": true, "she": true,
	"the": true, "was": true, "win": true, "won": true, "yes": true, "act": true, "aid": true, "art": true,
	"end": true, "let": true, "own": true, "put": true, "say": true, "set": true, "top": true, "use": true,
	"way": true, "why": true, "ban": true, "hit": true}

// shoutedWord reports a one-token match of a common English word in
// capitals next to other words in capitals: "WHO" in "THE MAN WHO WON".
func (s *scan) shoutedWord(from, to int) bool {
	if to-from != 1 || !s.toks[from].upper || !commonUpper[s.toks[from].key] {
		return false
	}
	near := func(k int) bool {
		return k >= 0 && k < len(s.toks) && s.toks[k].kind == tkWord && s.toks[k].upper && s.toks[k].sent == s.toks[from].sent
	}
	return near(from-1) || near(from+1)
}

// placeNounAfter reports a lower-case noun of a kind of place at token i:
// "the Damascus suburb of Jobar" names the city as a place, not its
// government.
func (s *scan) placeNounAfter(i int) bool {
	return i < len(s.toks) && !s.toks[i].cap && s.class(i)&wcPlaceNoun != 0
}

// isASCII reports text made of ASCII bytes only.
func isASCII(text string) bool {
	for i := 0; i < len(text); i++ {
		if text[i] >= 0x80 {
			return false
		}
	}
	return true
}
