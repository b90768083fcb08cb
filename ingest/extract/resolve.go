package extract

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// pending is a mention being resolved: a token range and the entity it
// names.
type pending struct {
	from, to int
	id, typ  string
	entry    int    // catalog entry, -1 if detected
	name     string // detected entities: the entity's name
	demonym  bool
	metonym  bool // a country named by a place ("Washington")
	anaphor  bool // "the deal" for the agreement named before it
	pronoun  bool // "he" for the person the document is about
	// kindSurname marks a catalog person matched by a known surname alone.
	kindSurname bool
	title       titleInfo
}

// resolve turns the selected candidates into entities and mentions:
// catalog ids or "<type>:<slug>" ids, single names and bare surnames
// resolved to the full names of the document, acronyms bound to their
// expansions, titles attached, and not-entity spans filtered.
func (s *scan) resolve(chosen []candidate) *entitySet {
	var ms []pending
	var singles []candidate
	for _, c := range chosen {
		if c.single {
			singles = append(singles, c)
			continue
		}
		ms = append(ms, s.pendingFor(c))
	}
	people := s.documentSurnames(ms)
	s.names = map[string]string{}
	for _, m := range ms {
		if m.entry < 0 && m.name != "" {
			s.names[m.id] = m.name
		}
	}
	if birth, known := s.birthNames(ms), s.knownAsNames(ms); birth || known {
		people = s.documentSurnames(ms)
	}
	s.nameWords = s.personWords(ms)
	s.docStates = map[string]bool{}
	for _, m := range ms {
		if m.typ == "Country" {
			s.docStates[m.id] = true
		}
	}
	ms = s.preferDocumentPeople(ms, people)
	ms = s.patronymAddresses(ms)
	for _, c := range singles {
		if p, ok := s.resolveSingle(c, people); ok {
			ms = append(ms, p)
		}
	}
	ms = s.particleSurnames(ms, people)
	ms = s.compoundSurnames(ms, people)
	ms = s.bareSurnames(ms, people)
	s.surnamesTakenAsNames(ms, people)
	ms = s.spellingVariants(ms)
	ms = s.shortOrgNames(ms)
	ms = s.ofStateOrgNames(ms)
	ms = s.acronyms(ms)
	ms = s.formalStateNames(ms)
	ms = sortPending(ms)
	s.attachTitles(ms)
	ms = s.dropNotEntities(ms)
	ms = s.agreementAnaphors(ms)
	ms = s.titleAnaphors(ms)
	ms = s.rulerAnaphors(ms)
	ms = s.pronounAnaphors(ms)
	ms = s.localPronouns(ms)
	ms = s.groupAnaphors(ms)
	ms = s.saidItAnaphors(ms)
	s.yearsBeforeEvents(ms)
	s.localBodies(ms)
	s.eraBearers(ms)
	ms = s.earlierStates(ms)
	s.laterEvents(ms)
	return s.build(ms)
}

// yearsBeforeEvents makes a year written between "the" and a catalog
// event's name part of its mention: "the 1967 Six-Day War" is one phrase,
// and the rules that read the words before an event see "the" before it.
func (s *scan) yearsBeforeEvents(ms []pending) {
	taken := s.taken(ms)
	for i := range ms {
		m := &ms[i]
		if m.typ != "Event" || m.entry < 0 || m.from < 2 {
			continue
		}
		y := m.from - 1
		if t := s.toks[y]; t.kind == tkWord && t.digit && reYearToken.MatchString(t.key) && !taken[y] && s.tokKey(y-1) == "the" && s.sameSent(y, m.from) {
			m.from = y
		}
	}
}

// bareSurname is what a name is written as alone in the same document:
// its last word, or, after "bin", "bin" and that word. "Mohammed bin
// Laden" is "bin Laden" (another "bin Laden" of the document is then no
// longer only one person's); the word after "bin" alone is a father's
// given name, not a surname: "Crown Prince Sultan" is not Bandar bin
// Sultan, "Abdullah" is not Mutaib bin Abdullah.
func bareSurname(name string) string {
	sn := lastNameWord(name)
	if sn == "" {
		return ""
	}
	if words := strings.Fields(name); len(words) >= 3 && patronymicParticles[strings.ToLower(words[len(words)-2])] {
		return words[len(words)-2] + " " + sn
	}
	return sn
}

// reYearToken is a year of the common era's last five centuries.
var reYearToken = regexp.MustCompile(`^(?:1[5-9]|20)\d{2}$`)

// pendingFor resolves a candidate that names its entity in full.
func (s *scan) pendingFor(c candidate) pending {
	if c.entry >= 0 {
		e := s.x.cat.entries[c.entry]
		return pending{from: c.from, to: c.to, id: e.ID, typ: e.Type, entry: c.entry,
			demonym: c.kind == formDemonym, metonym: c.kind == formMetonym, kindSurname: c.kind == formSurname}
	}
	if entry, ok := s.x.catalogByName(c.typ, c.name); ok {
		e := s.x.cat.entries[entry]
		return pending{from: c.from, to: c.to, id: e.ID, typ: e.Type, entry: entry}
	}
	// "Qatari Foreign Affairs Ministry" is the catalog's "Qatari Foreign
	// Ministry".
	if short := strings.Replace(c.name, "Foreign Affairs Ministry", "Foreign Ministry", 1); short != c.name && c.typ == "Organization" {
		if entry, ok := s.x.catalogByName(c.typ, short); ok {
			e := s.x.cat.entries[entry]
			return pending{from: c.from, to: c.to, id: e.ID, typ: e.Type, entry: entry}
		}
	}
	// "US 5th Fleet": a country before a catalog organisation's name
	// names the same organisation.
	if k := c.from; c.typ == "Organization" && s.catTyp[k] == "Country" {
		for k < c.to && (s.catTyp[k] == "Country" || s.toks[k].kind == tkPoss) {
			k++
		}
		if k < c.to {
			if entry, ok := s.x.catalogByName(c.typ, s.spanText(k, c.to)); ok {
				e := s.x.cat.entries[entry]
				return pending{from: c.from, to: c.to, id: e.ID, typ: e.Type, entry: entry}
			}
		}
	}
	if entry, ok := s.catalogVariant(c); ok {
		e := s.x.cat.entries[entry]
		return pending{from: c.from, to: c.to, id: e.ID, typ: e.Type, entry: entry}
	}
	name := c.name
	if c.typ == "Organization" {
		name = trimCompanySuffix(name)
	}
	return pending{from: c.from, to: c.to, id: entityTypes[c.typ] + ":" + slug(name), typ: c.typ, entry: -1, name: name}
}

// catalogVariant finds the catalog entry a detected name writes another
// way: a person with middle initials or a generational suffix ("Kenneth F.
// McKenzie Jr." is "Kenneth McKenzie") or spelt another way ("Hafiz
// al-Asad" is "Hafez al-Assad", resolve_spellings.go), a division named
// with its kind ("Dhofar province" is Dhofar), an agreement whose
// kind follows "Treaty of" ("the Israel-Jordan Treaty of Peace" is the
// "Israel–Jordan peace treaty"), a state's body named after its state
// ("Foreign Ministry of Oman" is "Oman's Foreign Ministry") or with the
// state's possessive before it ("Iran's Atomic Energy Organization" is the
// "Atomic Energy Organization of Iran").
func (s *scan) catalogVariant(c candidate) (int, bool) {
	switch c.typ {
	case "Person":
		words := strings.Fields(c.name)
		kept := words[:0:0]
		for i, w := range words {
			if i > 0 && i < len(words)-1 && isInitial(w) || i == len(words)-1 && len(kept) >= 2 && nameSuffixes[strings.ToLower(strings.TrimRight(w, ","))] {
				continue
			}
			kept = append(kept, w)
		}
		if len(kept) >= 2 && len(kept) < len(words) {
			return s.x.catalogByName("Person", strings.Join(kept, " "))
		}
		if entry, ok := s.patronymicVariant(words); ok {
			return entry, true
		}
		return s.x.spellingVariant(c.name)
	case "Place":
		// "Dhofar province" is Dhofar, a governorate the catalog knows.
		if m := reDivisionAfter.FindStringSubmatch(c.name); m != nil {
			if entry, ok := s.x.catalogByName(c.typ, m[1]); ok && reDivisionDesc.MatchString(s.x.cat.entries[entry].Description) {
				return entry, true
			}
		}
	case "Agreement":
		// "the Israel-Jordan Treaty of Peace" is the "Israel–Jordan peace
		// treaty".
		if m := reTreatyOfKind.FindStringSubmatch(c.name); m != nil {
			return s.x.catalogByName(c.typ, m[1]+" "+strings.ToLower(m[3])+" "+strings.ToLower(m[2]))
		}
	case "Organization":
		if i := strings.LastIndex(c.name, " of "); i > 0 {
			if _, ok := s.x.catalogByName("Country", c.name[i+4:]); ok {
				if entry, ok := s.x.catalogByName(c.typ, c.name[i+4:]+"'s "+c.name[:i]); ok {
					return entry, true
				}
			}
		}
		if k := c.from - 1; k > 0 && s.toks[k].kind == tkPoss && s.catTyp[k-1] == "Country" {
			from := k - 1
			for from > 0 && s.catTyp[from-1] == "Country" && s.sameSent(from-1, k) {
				from--
			}
			country := s.spanText(from, k)
			if entry, ok := s.x.catalogByName(c.typ, c.name+" of "+country); ok {
				return entry, true
			}
			return s.x.catalogByName(c.typ, country+"'s "+c.name)
		}
	}
	return -1, false
}

// reDivisionAfter is a place named with the kind of division it is after
// it: "Dhofar province", "Anbar Governorate".
var reDivisionAfter = regexp.MustCompile(`^(.+?)` + sp + `+(?i:province|governorate|region|district)$`)

// reDivisionDesc is a catalog description of a state's division, not of
// a town: a town's province is another place.
var reDivisionDesc = regexp.MustCompile(`(?i)\b(?:province|governorate|region)\b`)

// reTreatyOfKind is an agreement named "<sides> Treaty of <kind>".
var reTreatyOfKind = regexp.MustCompile(`^(.+?)` + sp + `+(Treaty|Agreement|Accord)` + sp + `+of` + sp + `+(Peace|Friendship|Alliance)$`)

// patronymicVariant finds the catalog person an Arabic name written with
// its whole chain of fathers is known by: "Mohammed bin Salman bin
// Abdulaziz" is "Mohammed bin Salman" (the given name and the father's),
// "Osama bin Mohammed bin Awad bin Laden" is "Osama bin Laden" (the given
// name and the family's).
func (s *scan) patronymicVariant(words []string) (int, bool) {
	var links []int // the positions of "bin", "ibn", "bint"
	for i, w := range words {
		if i > 0 && i < len(words)-1 && patronymParticles[strings.ToLower(w)] {
			links = append(links, i)
		}
	}
	if len(links) < 2 {
		return -1, false
	}
	// The father's name first: the given name with a grandfather's
	// ("Khalid bin Abdulaziz" in "Khalid bin Salman bin Abdulaziz") is
	// his uncle's.
	if entry, ok := s.x.catalogByName("Person", strings.Join(words[:links[1]], " ")); ok {
		return entry, true
	}
	// The family's name only when the catalog knows it as one ("bin
	// Laden"): "Saud bin Abdulaziz" in "Saud bin Faisal bin Abdulaziz" is
	// a grandfather's, and King Saud another man.
	last := links[len(links)-1]
	entry, ok := s.x.catalogByName("Person", strings.Join(append([]string{words[0]}, words[last:]...), " "))
	if !ok {
		return -1, false
	}
	family := foldName(strings.Join(words[last:], " "))
	for _, sn := range s.x.cat.entries[entry].Surnames {
		if foldName(sn) == family {
			return entry, true
		}
	}
	return -1, false
}

// patronymParticles join a name to a father's name.
var patronymParticles = map[string]bool{"bin": true, "ibn": true, "bint": true, "ben": true}

// companySuffixes are dropped from detected organisation names, so "Golden
// Warrior Shipping Co., Ltd." and "Golden Warrior Shipping" are one.
var companySuffixes = map[string]bool{"co": true, "co.": true, "ltd": true, "ltd.": true, "inc": true, "inc.": true,
	"llc": true, "plc": true, "corp": true, "corp.": true, "gmbh": true, "jsc": true, "fze": true, "limited": true,
	"pte": true, "pte.": true, "pvt": true, "pvt.": true, "dmcc": true, "fzco": true, "fzc": true, "l.l.c.": true,
	"s.a.": true, "b.v.": true, "n.v.": true, "sdn": true, "sdn.": true, "bhd": true, "bhd.": true, "pjsc": true,
	"ojsc": true, "cjsc": true, "llp": true}

func trimCompanySuffix(name string) string {
	words := strings.Fields(name)
	for len(words) > 2 && companySuffixes[strings.ToLower(strings.TrimRight(words[len(words)-1], ","))] {
		words = words[:len(words)-1]
	}
	return strings.TrimRight(strings.Join(words, " "), ",")
}

// catalogByName finds a catalog entry of the given type having name as its
// name or an alias, compared as folded tokens.
func (x *Extractor) catalogByName(typ, name string) (int, bool) {
	i, ok := x.byName[typ+"|"+foldName(name)]
	return i, ok
}

// foldName is a name's comparison form: folded token keys, single spaces.
func foldName(name string) string {
	return foldTokens(tokenize(name, nil))
}

// foldTokens is foldName of a name already split into tokens.
func foldTokens(toks []token) string {
	keys := make([]string, 0, len(toks))
	for _, t := range toks {
		keys = append(keys, t.key)
	}
	return strings.Join(keys, " ")
}

// surnameRef is a way of writing a person of the document by surname.
type surnameRef struct {
	keys []string // folded tokens of the surname
	id   string
}

// documentSurnames indexes the surnames of the people named in full.
func (s *scan) documentSurnames(ms []pending) map[string][]surnameRef {
	people := map[string][]surnameRef{}
	seen := map[string]bool{}
	add := func(surname, id string) {
		toks := tokenize(surname, nil)
		if len(toks) == 0 {
			return
		}
		keys := make([]string, len(toks))
		for i, t := range toks {
			keys[i] = t.key
		}
		k := strings.Join(keys, " ") + "|" + id
		if seen[k] {
			return
		}
		seen[k] = true
		people[keys[0]] = append(people[keys[0]], surnameRef{keys: keys, id: id})
	}
	s.leadPerson = ""
	s.firstSentence = map[string]int{}
	for _, m := range ms {
		// A catalog surname written alone names no one in full, though
		// "al-Sharaa" is three tokens: read as a full name it would make
		// Ahmed al-Sharaa a person of a text that names Farouk al-Sharaa.
		if m.typ != "Person" || m.to-m.from < 2 || m.kindSurname {
			continue
		}
		if s.leadPerson == "" && s.toks[m.from].sent >= 0 && s.toks[m.from].sent < subjectFirstSentences {
			s.leadPerson = m.id
			// "Nuri Pasha al-Said (1888 – 15 July 1958) was …", then "Nuri
			// was born in Baghdad": a life calls its subject by the given
			// name too.
			if g := s.leadGivenName(m, ms); g != "" {
				add(g, m.id)
			}
		}
		if _, ok := s.firstSentence[m.id]; !ok {
			s.firstSentence[m.id] = s.toks[m.from].sent
		}
		// "Abdullah" after "King Abdullah II" in the same document: a
		// ruler's given name before the regnal number. Only here, not in
		// the catalog's surnames: "King Abdullah" of another text may be
		// another king.
		name := m.name
		if m.entry >= 0 {
			name = s.x.cat.entries[m.entry].Name
		}
		if g := regnalGivenName(name); g != "" {
			add(g, m.id)
		}
		if m.entry >= 0 {
			e := s.x.cat.entries[m.entry]
			for _, sn := range e.Surnames {
				add(sn, m.id)
			}
			// A person the catalog names by full name only, so that a bare
			// surname elsewhere stays another's ("Zamir" is Eyal Zamir),
			// is still the one "Zamir" means after "Zvi Zamir" in the
			// same document.
			if len(e.Surnames) == 1 && e.Surnames[0] == e.Name {
				if sn := bareSurname(e.Name); sn != "" {
					add(sn, m.id)
				}
			}
			continue
		}
		if sn := bareSurname(m.name); sn != "" {
			add(sn, m.id)
			// "Khalid bin Hamad al-Attiyah" is "bin Hamad al-Attiyah" too,
			// read from its particle on (resolve_particles.go).
			if words := strings.Fields(m.name); len(words) >= 4 && patronymicParticles[strings.ToLower(words[len(words)-3])] {
				add(strings.Join(words[len(words)-3:], " "), m.id)
			}
		}
		// The full name again, where nothing else says it is a name.
		add(m.name, m.id)
	}
	return people
}

// leadGivenName is the given name of the lead person m when the document
// is a life of them, its first sentences giving their years in a birth
// aside right after one of its mentions ms; else "". A title or a particle is no given
// name.
func (s *scan) leadGivenName(m pending, ms []pending) string {
	name := m.name
	if m.entry >= 0 {
		name = s.x.cat.entries[m.entry].Name
	}
	words := strings.Fields(name)
	if len(words) < 2 {
		return ""
	}
	g := words[0]
	if utf8.RuneCountInString(g) < 3 || !unicode.IsUpper([]rune(g)[0]) || patronymicParticles[strings.ToLower(g)] || strings.ContainsAny(g, ".-") {
		return ""
	}
	if c := s.x.lex[strings.ToLower(g)]; c&(wcTitle|wcHonorific|wcStop) != 0 {
		return ""
	}
	// "Nuri Pasha al-Said (Arabic: …; 1888 – 15 July 1958)": the life's
	// subject, under this name or a longer one with the same given name.
	for _, o := range ms {
		if o.typ != "Person" || s.toks[o.from].sent >= subjectFirstSentences || s.toks[o.from].key != strings.ToLower(g) {
			continue
		}
		end := s.toks[o.to-1].end
		if reBirthAside.MatchString(s.doc.Text[end:min(len(s.doc.Text), end+200)]) {
			return g
		}
	}
	return ""
}

// regnalGivenName is the given name of a ruler's name made of it and a
// regnal number ("Abdullah" of "Abdullah II"), else "".
func regnalGivenName(name string) string {
	if words := strings.Fields(name); len(words) == 2 && isRegnal(words[1]) {
		return words[0]
	}
	return ""
}

// candidatesFor lists the distinct people of the document whose surname is
// written at token i, with the surname's length in tokens.
//
// Two people sharing the surname make it nobody's, unless only one of them
// is known to the catalog: in a life of Osama bin Laden, "bin Laden" is
// Osama, not his father named once.
func (s *scan) surnameAt(i int, people map[string][]surnameRef) (id string, n int, ok bool) {
	var found []string
	length := 0
	for _, ref := range people[s.toks[i].key] {
		if i+len(ref.keys) > len(s.toks) {
			continue
		}
		match := true
		for k, key := range ref.keys {
			if s.toks[i+k].key != key {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		if len(ref.keys) > length {
			found, length = nil, len(ref.keys)
		}
		if len(ref.keys) == length && !hasString(found, ref.id) {
			found = append(found, ref.id)
		}
	}
	if len(found) > 1 {
		// One person the catalog knows among people it does not: the
		// well-known one is meant ("Bin Laden" beside his father).
		known := ""
		for _, id := range found {
			if _, ok := s.x.cat.byID[id]; ok {
				if known != "" {
					known = ""
					break
				}
				known = id
			}
		}
		if known != "" {
			return known, length, true
		}
	}
	if len(found) > 1 && s.leadOwns(found) {
		// Else the person the text opens with owns the surname: in a
		// life of Meir Kahane, "Kahane" is Meir, not a relative named
		// once.
		return s.leadPerson, length, true
	}
	if len(found) > 1 {
		if id, ok := s.justNamed(i, found); ok {
			return id, length, true
		}
	}
	if len(found) != 1 {
		return "", 0, false // nobody, or two people sharing the surname
	}
	return found[0], length, true
}

// nameOfPerson is the name of person id: the catalog's, or the one the
// document gave it.
func (s *scan) nameOfPerson(id string) string {
	if e, ok := s.x.cat.byID[id]; ok {
		return s.x.cat.entries[e].Name
	}
	return s.names[id]
}

// justNamed picks, of people sharing a surname, the one whose full name
// the sentence of token i or the one before wrote last, when no other of
// them was named there: "George W. Bush met him on the Truman Balcony. He
// visited Bush at his ranch" is George W., whatever George H. W. did
// before.
func (s *scan) justNamed(i int, ids []string) (string, bool) {
	// Kings of one name ("Zorab I", "Zorab II") leave "Zorab" nobody's.
	for _, id := range ids {
		if regnalGivenName(s.nameOfPerson(id)) != "" {
			return "", false
		}
	}
	sent := s.toks[i].sent
	best, bestAt := "", -1
	for _, id := range ids {
		for _, at := range s.fullAt[id] {
			if at >= i || s.toks[at].sent < sent-1 {
				continue
			}
			if best != "" && best != id {
				return "", false // two of them named just before
			}
			best, bestAt = id, max(bestAt, at)
		}
	}
	return best, best != ""
}

// leadOwns reports whether the lead person is one of ids and was named
// before every other: two senators named together in the first sentence
// share their surname with neither owning it.
func (s *scan) leadOwns(ids []string) bool {
	if s.leadPerson == "" || !hasString(ids, s.leadPerson) {
		return false
	}
	lead := s.firstSentence[s.leadPerson]
	for _, id := range ids {
		if id != s.leadPerson && s.firstSentence[id] <= lead {
			return false
		}
	}
	return true
}

// resolveSingle resolves a titled one-word name: a person of the document
// with that surname, else the one catalog person with it, else a new
// person of that name (the title is the evidence).
func (s *scan) resolveSingle(c candidate, people map[string][]surnameRef) (pending, bool) {
	// After a ruler's title the one word is a given or regnal name, never a
	// surname: "King Hussein" is not the Foreign Minister Fuad Hussein, and
	// "King Abdullah" not Yusuf bin Alawi bin Abdullah.
	royal := c.from > 0 && royalTitles[s.toks[c.from-1].key]
	if royal {
		if k, ok := s.rulerOfStateAfter(c); ok {
			e := s.x.cat.entries[k]
			return pending{from: c.from, to: c.to, id: e.ID, typ: e.Type, entry: k}, true
		}
		if id, ok := s.firstNameAt(c.from); ok {
			return s.personPending(c.from, c.to, id), true
		}
		if k, ok := s.catalogRuler(c); ok {
			e := s.x.cat.entries[k]
			return pending{from: c.from, to: c.to, id: e.ID, typ: e.Type, entry: k}, true
		}
	} else {
		if id, n, ok := s.surnameAt(c.from, people); ok && n == c.to-c.from {
			if k, ok := s.titledOtherBearer(c, id); ok {
				e := s.x.cat.entries[k]
				return pending{from: c.from, to: c.to, id: e.ID, typ: e.Type, entry: k}, true
			}
			return s.personPending(c.from, c.to, id), true
		}
		if id, ok := s.givenNameAt(c.from, people); ok {
			return s.personPending(c.from, c.to, id), true
		}
	}
	if ids := s.x.surname[s.toks[c.from].key]; len(ids) == 1 {
		e := s.x.cat.entries[ids[0]]
		if royal && !strings.HasPrefix(foldName(e.Name)+" ", s.toks[c.from].key+" ") {
			return s.pendingFor(candidate{from: c.from, to: c.to, entry: -1, typ: "Person", name: c.name}), true
		}
		return pending{from: c.from, to: c.to, id: e.ID, typ: e.Type, entry: ids[0]}, true
	} else if len(ids) > 1 {
		if k, ok := s.inOfficeThen(c, ids); ok {
			e := s.x.cat.entries[k]
			return pending{from: c.from, to: c.to, id: e.ID, typ: e.Type, entry: k}, true
		}
		return pending{}, false
	}
	return s.pendingFor(candidate{from: c.from, to: c.to, entry: -1, typ: "Person", name: c.name}), true
}

// catalogRuler: "King Abdullah" in a text that names Saudi Arabia is
// Abdullah bin Abdulaziz, the one ruler of that title and given name the
// catalog knows of a state the document names. Jordan's two King
// Abdullahs leave "King Abdullah" of a text about Jordan as the text
// names him, and so does a text naming both states.
func (s *scan) catalogRuler(c candidate) (int, bool) {
	if c.to-c.from != 1 {
		return -1, false
	}
	title := s.toks[c.from-1].key
	found := -1
	for _, e := range s.x.facts.rulers[foldName(s.text(c.from))] {
		m := reRulerDesc.FindStringSubmatch(e.Description)
		if !strings.EqualFold(m[1], title) && !(isEmir(m[1]) && isEmir(title)) {
			continue
		}
		k, ok := s.x.byName["Country|"+foldName(strings.TrimSpace(m[2]))]
		if !ok || !s.docStates[s.x.cat.entries[k].ID] {
			continue
		}
		if found >= 0 {
			return -1, false
		}
		found = s.x.cat.byID[e.ID]
	}
	return found, found >= 0
}

// rulerOfStateAfter: "Crown Prince Abdullah of Saudi Arabia" after "King
// Abdullah II" of Jordan is the catalog's one royal of that given name
// whose description names the state written after "of", unless the
// document's person of that given name is described so: the state says
// which Abdullah is meant, whatever the title.
func (s *scan) rulerOfStateAfter(c candidate) (int, bool) {
	if c.to-c.from != 1 || c.to+1 >= len(s.toks) || s.toks[c.to].key != "of" {
		return -1, false
	}
	state := -1
	for j := c.to + 1; j < min(len(s.toks), c.to+5); j++ {
		if k, ok := s.x.byName["Country|"+foldName(s.spanText(c.to+1, j+1))]; ok {
			state = k
		}
	}
	if state < 0 {
		return -1, false
	}
	names := func(k int) bool {
		m := reRulerDesc.FindStringSubmatch(s.x.cat.entries[k].Description)
		if m == nil {
			return false
		}
		d, ok := s.x.byName["Country|"+foldName(strings.TrimSpace(m[2]))]
		return ok && d == state
	}
	if id, ok := s.firstNameAt(c.from); ok {
		if k, known := s.x.cat.byID[id]; known && names(k) {
			return -1, false
		}
	}
	found := -1
	for _, e := range s.x.facts.rulers[foldName(s.text(c.from))] {
		k := s.x.cat.byID[e.ID]
		if !names(k) {
			continue
		}
		if found >= 0 {
			return -1, false
		}
		found = k
	}
	return found, found >= 0
}

// headOfStateTitles are the titles of titledOtherBearer.
var headOfStateTitles = map[string]bool{"president": true, "king": true, "queen": true, "emir": true, "amir": true, "sultan": true, "shah": true}

// titledOtherBearer: "President Mubarak" after "Gamal Mubarak". A person
// the catalog names by full name only is the one the bare surname means
// after that name in the document, unless the title before the surname is
// an office the catalog describes the one catalog bearer of the surname
// holding, and does not describe the document's person holding: that is
// Hosni Mubarak, president of Egypt. Only the offices of a head of state,
// which a description never leaves out, say so ("Mossad chief Zvi Zamir"
// is described as its director).
func (s *scan) titledOtherBearer(c candidate, id string) (int, bool) {
	if c.from == 0 || !headOfStateTitles[s.toks[c.from-1].key] {
		return -1, false
	}
	self, ok := s.x.cat.byID[id]
	if !ok {
		return -1, false
	}
	if e := s.x.cat.entries[self]; len(e.Surnames) != 1 || e.Surnames[0] != e.Name {
		return -1, false
	}
	ids := s.x.surname[s.toks[c.from].key]
	if len(ids) != 1 || ids[0] == self {
		return -1, false
	}
	title := s.toks[c.from-1].key
	describes := func(k int) bool {
		return slices.Contains(strings.Fields(strings.ToLower(s.x.cat.entries[k].Description)), title)
	}
	return ids[0], describes(ids[0]) && !describes(self)
}

// bareSurnames adds mentions of people of the document written by surname
// alone ("Araghchi was the lead negotiator").
func (s *scan) bareSurnames(ms []pending, people map[string][]surnameRef) []pending {
	if len(people) == 0 {
		return ms
	}
	taken := s.taken(ms)
	s.fullAt = map[string][]int{}
	for _, m := range ms {
		if m.typ == "Person" && m.to-m.from >= 2 {
			s.fullAt[m.id] = append(s.fullAt[m.id], m.from)
		}
	}
	defer func() { s.fullAt = nil }()
	for i := 0; i < len(s.toks); i++ {
		// "bin Laden", "Bin Laden": a surname may open with its particle,
		// in either case; it is then at least two words long.
		particle := s.class(i)&wcParticle != 0
		if taken[i] || !s.toks[i].cap && !particle || s.toks[i].kind != tkWord || !particle && s.commonOpener(i) {
			continue
		}
		id, n, ok := s.surnameAt(i, people)
		if !ok || !free(taken, i, i+n) || particle && n < 2 {
			continue
		}
		// "the Shah" is an office, not the surname of Reza Shah: the
		// ruler anaphors read it (resolve_rulers.go).
		if n == 1 && royalTitles[s.toks[i].key] && s.tokKey(i-1) == "the" {
			continue
		}
		// Another name word glued to it makes it someone else's name; a
		// heading's last word on the line before ("Background") is not
		// glued to it.
		if (i > 0 && s.sameSent(i-1, i) && s.nameWord(i-1) && !taken[i-1]) || s.capWord(i+n) && s.sameSent(i, i+n) && !(i+n < len(taken) && taken[i+n]) {
			continue
		}
		ms = append(ms, s.personPending(i, i+n, id))
		for k := i; k < i+n; k++ {
			taken[k] = true
		}
		i += n - 1
	}
	return ms
}

// acronyms binds "Name (ACR)" and "Name (“Short Name”)" so that the
// acronym or short name, there and later, is a mention of the named entity.
func (s *scan) acronyms(ms []pending) []pending {
	taken := s.taken(ms)
	type short struct {
		texts []string // the short form's tokens as written
		m     pending
	}
	byFirst := map[string][]short{}
	bound := map[string]bool{}
	bind := func(from, to int, m pending) {
		texts := make([]string, 0, to-from)
		for k := from; k < to; k++ {
			texts = append(texts, s.text(k))
		}
		key := strings.Join(texts, " ")
		if bound[key] {
			return
		}
		bound[key] = true
		byFirst[texts[0]] = append(byFirst[texts[0]], short{texts: texts, m: m})
	}
	for _, m := range ms {
		k := m.to
		// "Triliance Petrochemical Co. Ltd. (“Triliance”)": the mention
		// stops before the company suffixes.
		for n := 0; n < 4 && k+1 < len(s.toks) && (companySuffixes[s.toks[k].key] || s.toks[k].key == "." ||
			s.toks[k].key == "," && companySuffixes[s.toks[k+1].key]); n++ {
			k++
		}
		if k+2 >= len(s.toks) || s.toks[k].key != "(" {
			continue
		}
		if e := s.quotedShortName(k + 1); e > 0 {
			bind(k+2, e, m)
			continue
		}
		a := &s.toks[k+1]
		// A body may go by its name's initials in another language:
		// "Reporters Without Borders (RSF)", "the South Tyrolean People's
		// Party (SVP)".
		foreign := m.typ == "Organization" && m.to-m.from >= 2 && strings.EqualFold(s.text(k + 1)[:1], s.text(m.from)[:1])
		if m.typ == "Person" || s.toks[k+2].key != ")" || a.kind != tkWord || !a.upper || len(a.key) > 8 ||
			!initialsMatch(s.doc.Text, s.toks[m.from:m.to], s.text(k+1)) && !foreign {
			continue
		}
		bind(k+1, k+2, m)
	}
	if len(byFirst) == 0 {
		return ms
	}
	// "the GHF" found on its own (an acronym the detectors took for a new
	// organisation) is the expansion the text defined it as; so is an
	// acronym the catalog gives another body ("Reporters Without Borders
	// (RSF)": RSF is not the Rapid Support Forces in that text).
	for j := range ms {
		m := &ms[j]
		if m.entry >= 0 && !s.toks[m.from].upper || m.typ == "Person" || m.to-m.from != 1 {
			continue
		}
		for _, sh := range byFirst[s.text(m.from)] {
			if len(sh.texts) == 1 && sh.m.id != m.id && sh.m.from != m.from {
				m.id, m.typ, m.entry, m.name = sh.m.id, sh.m.typ, sh.m.entry, sh.m.name
				break
			}
		}
	}
	for i := 0; i < len(s.toks); i++ {
		if taken[i] || s.toks[i].kind != tkWord {
			continue
		}
		for _, sh := range byFirst[s.text(i)] {
			n := len(sh.texts)
			if i+n > len(s.toks) || !free(taken, i, i+n) || (n > 1 && !s.sameSent(i, i+n-1)) {
				continue
			}
			match := true
			for k := 1; k < n; k++ {
				if s.text(i+k) != sh.texts[k] {
					match = false
					break
				}
			}
			if !match || (i+n < len(s.toks) && s.capWord(i+n) && !taken[i+n]) {
				continue // part of a longer name
			}
			m := sh.m
			ms = append(ms, pending{from: i, to: i + n, id: m.id, typ: m.typ, entry: m.entry, name: m.name})
			for k := i; k < i+n; k++ {
				taken[k] = true
			}
			i += n - 1
			break
		}
	}
	return ms
}

// quotedShortName returns the end of a quoted short name of up to four
// capitalised words starting with the quote at q and closed by a quote and
// a parenthesis, or 0: the "(“Triliance”)" of sanctions notices.
func (s *scan) quotedShortName(q int) int {
	if q >= len(s.toks) || s.toks[q].key != "\"" {
		return 0
	}
	e := q + 1
	for e < len(s.toks) && e-q <= 4 && (s.capWord(e) || s.toks[e].digit && s.toks[e].kind == tkWord) {
		e++
	}
	if e == q+1 || s.tokKey(e) != "\"" || s.tokKey(e+1) != ")" {
		return 0
	}
	return e
}

// initialsMatch reports whether an acronym is made of the initials of a
// name's capitalised words, in order ("JCPOA" for "Joint Comprehensive
// Plan of Action"); letters may be skipped, not reordered.
func initialsMatch(text string, name []token, acronym string) bool {
	var initials []byte
	for _, t := range name {
		if t.kind == tkWord && t.cap {
			initials = append(initials, text[t.start])
		}
	}
	k := 0
	for i := 0; i < len(acronym) && k < len(initials); i++ {
		if acronym[i] == initials[k] {
			k++
		}
	}
	return len(initials) >= 2 && acronym[0] == initials[0] && k >= len(initials)-1
}

// dropNotEntities removes mentions inside not-entity spans unless their
// entity is named elsewhere in the document, a title introduces them, they
// name the holder in such a title, or they are an event heading the
// section about it.
func (s *scan) dropNotEntities(ms []pending) []pending {
	outside := map[string]bool{}
	for _, m := range ms {
		if !s.notEnt[m.from] {
			outside[m.id] = true
		}
	}
	// A signature line of a joint statement is set off like a heading:
	// "President of the Arab Republic of Egypt Abdel Fattah el-Sisi". The
	// state in a kept person's title is kept with the person.
	inTitle := func(m pending) bool {
		for _, p := range ms {
			if p.title.text != "" && p.title.of == m.id && s.toks[m.from].start >= p.title.start && s.toks[m.to-1].end <= s.toks[p.from].start {
				return true
			}
		}
		return false
	}
	out := ms[:0]
	for _, m := range ms {
		if s.notEnt[m.from] && !outside[m.id] && m.title.text == "" && !s.titledEvent(m) && !inTitle(m) && !s.headlineKnown(m) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// headlineKnown reports a catalog event or agreement named in the
// document's own title: "Trump and Kim pledge 'new relations' at
// Singapore summit" is about the summit, which the story calls "the
// meeting" after.
func (s *scan) headlineKnown(m pending) bool {
	if m.entry < 0 || m.typ != "Event" && m.typ != "Agreement" || s.doc.Title == "" {
		return false
	}
	sent := s.toks[m.from].sent
	if sent < 0 || sent >= len(s.doc.Sentences) {
		return false
	}
	sp := s.doc.Sentences[sent]
	return strings.TrimSpace(s.doc.Text[sp.Start:sp.End]) == strings.TrimSpace(s.doc.Title)
}

// taken marks the tokens already inside a mention.
func (s *scan) taken(ms []pending) []bool {
	t := make([]bool, len(s.toks))
	for _, m := range ms {
		for i := m.from; i < m.to; i++ {
			t[i] = true
		}
	}
	return t
}

func free(taken []bool, from, to int) bool {
	for i := from; i < to; i++ {
		if taken[i] {
			return false
		}
	}
	return true
}

func hasString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// personPending is a mention of a person of the document known by id.
func (s *scan) personPending(from, to int, id string) pending {
	p := pending{from: from, to: to, id: id, typ: "Person", entry: -1, name: s.names[id]}
	if e, ok := s.x.cat.byID[id]; ok {
		p.entry = e
	}
	return p
}

// preferDocumentPeople re-resolves catalog matches of a known surname
// alone: when the document names someone else of that surname in full
// ("Mohammad Hossein Shamkhani"), "Shamkhani" is that person, and when it
// names two, nobody.
func (s *scan) preferDocumentPeople(ms []pending, people map[string][]surnameRef) []pending {
	out := ms[:0]
	for _, m := range ms {
		if m.entry >= 0 && m.typ == "Person" && m.kindSurname {
			var ids []string
			for _, ref := range people[s.toks[m.from].key] {
				if len(ref.keys) == m.to-m.from && !hasString(ids, ref.id) {
					ids = append(ids, ref.id)
				}
			}
			if len(ids) > 1 {
				continue
			}
			if len(ids) == 1 && ids[0] != m.id && !s.titleFitsCatalog(m) {
				m = s.personPending(m.from, m.to, ids[0])
			}
		}
		out = append(out, m)
	}
	return out
}

// titleFitsCatalog reports a catalog surname written after a title the
// catalog describes its person by: "President Trump" is Donald Trump even
// in a text that names Melania Trump in full.
func (s *scan) titleFitsCatalog(m pending) bool {
	t := m.from - 1
	if t < 0 || s.toks[t].kind != tkWord || s.class(t)&wcTitle == 0 || !s.sameSent(t, m.from) {
		return false
	}
	if t > 0 && lesserOfficeWords[s.toks[t-1].key] {
		return false // "Deputy Commander Haftar" is not the commander
	}
	desc := strings.ToLower(s.x.cat.entries[m.entry].Description)
	return desc != "" && strings.Contains(desc, s.toks[t].key)
}

// lesserOfficeWords make the title after them another office.
var lesserOfficeWords = map[string]bool{"deputy": true, "vice": true, "assistant": true, "under": true, "associate": true, "lieutenant": true}

// givenNameAt resolves a titled single word that is another word of one
// document person's full name: "Sheikh Tamim", "Sheikh Jaber".
func (s *scan) givenNameAt(i int, people map[string][]surnameRef) (string, bool) {
	key := s.toks[i].key
	found := ""
	for id, words := range s.nameWords {
		if hasString(words, key) {
			if found != "" && found != id {
				return "", false
			}
			found = id
		}
	}
	return found, found != ""
}

// firstNameAt resolves a ruler's single name to the one document person
// whose name opens with it ("King Salman" after "Salman bin Abdulaziz").
func (s *scan) firstNameAt(i int) (string, bool) {
	key := s.toks[i].key
	found := ""
	for id, words := range s.nameWords {
		if len(words) > 0 && words[0] == key {
			if found != "" && found != id {
				return "", false
			}
			found = id
		}
	}
	return found, found != ""
}

// personWords lists, per person named in full, the words of the name.
func (s *scan) personWords(ms []pending) map[string][]string {
	words := map[string][]string{}
	for _, m := range ms {
		if m.typ != "Person" || m.to-m.from < 2 {
			continue
		}
		for k := m.from; k < m.to; k++ {
			t := &s.toks[k]
			if t.kind == tkWord && t.cap && s.class(k)&wcParticle == 0 && !hasString(words[m.id], t.key) {
				words[m.id] = append(words[m.id], t.key)
			}
		}
	}
	return words
}

// sortPending orders mentions by position, moving each (large) mention
// once rather than at every swap.
func sortPending(ms []pending) []pending {
	idx := make([]int32, len(ms))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortStableFunc(idx, func(a, b int32) int { return ms[a].from - ms[b].from })
	out := make([]pending, len(ms))
	for i, k := range idx {
		out[i] = ms[k]
	}
	return out
}

// shortOrgNames resolves a detected organisation written without its
// country ("the Foreign Ministry") to the one organisation of the document
// whose name ends the same way ("Iranian Foreign Ministry") or goes on
// with its country ("Foreign Ministry of Iran"); with two candidates it
// stays apart.
func (s *scan) shortOrgNames(ms []pending) []pending {
	longer := map[string][]string{} // folded name or alias → ids
	add := func(name, id string) {
		f := foldName(name)
		if !hasString(longer[f], id) {
			longer[f] = append(longer[f], id)
		}
	}
	for _, m := range ms {
		if m.typ != "Organization" {
			continue
		}
		if m.entry >= 0 {
			e := s.x.cat.entries[m.entry]
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				add(n, m.id)
			}
			continue
		}
		add(m.name, m.id)
	}
	for i, m := range ms {
		if m.typ != "Organization" || m.entry >= 0 || m.to-m.from < 2 || s.catTyp[m.from] != "" {
			continue
		}
		short := " " + foldName(m.name)
		var ids []string
		for name, owners := range longer {
			// "the Supreme Constitutional Court" of a text that named the
			// "Supreme Constitutional Court of Egypt" before is that court.
			if len(name) > len(short) && (strings.HasSuffix(name, short) || strings.HasPrefix(name, short[1:]+" of ")) {
				for _, id := range owners {
					if id != m.id && !hasString(ids, id) {
						ids = append(ids, id)
					}
				}
			}
		}
		if len(ids) == 1 {
			ms[i].id, ms[i].name = ids[0], ""
			if e, ok := s.x.cat.byID[ids[0]]; ok {
				ms[i].entry = e
			} else {
				ms[i].name = s.orgName(ms, ids[0])
			}
		}
	}
	return ms
}

// reBodyOfState splits a detected organisation's name at its last "of":
// "Armed Forces of Qatar".
var reBodyOfState = regexp.MustCompile(`^(.+)` + sp + `+of` + sp + `+(?:the` + sp + `+)?(\p{Lu}.*)$`)

// ofStateOrgNames resolves a detected organisation named "<body> of
// <state>" to the catalog's organisation named "<state> <body>" or
// "<demonym> <body>": "the Armed Forces of Qatar" are the Qatar Armed
// Forces, not a second body beside them.
func (s *scan) ofStateOrgNames(ms []pending) []pending {
	for i, m := range ms {
		if m.typ != "Organization" || m.entry >= 0 {
			continue
		}
		parts := reBodyOfState.FindStringSubmatch(m.name)
		if parts == nil {
			continue
		}
		k, ok := s.x.byName["Country|"+foldName(parts[2])]
		if !ok {
			continue
		}
		state := s.x.cat.entries[k]
		for _, q := range append(append([]string{state.Name}, state.Aliases...), state.Demonyms...) {
			if o, ok := s.x.byName["Organization|"+foldName(q+" "+parts[1])]; ok {
				ms[i].id, ms[i].name, ms[i].entry = s.x.cat.entries[o].ID, "", o
				break
			}
		}
	}
	return ms
}

// orgName is the name of a detected organisation of the document.
func (s *scan) orgName(ms []pending, id string) string {
	for _, m := range ms {
		if m.id == id && m.name != "" {
			return m.name
		}
	}
	return ""
}

// reYearsInOffice: the years of an office in a catalog description,
// "president of the United States 2001–2009", "prime minister of Lebanon
// 1992–1998 and 2000–2004", "Lebanese president since 2025".
var reYearsInOffice = regexp.MustCompile(`\b(1[89]\d{2}|20\d{2})[–-](1[89]\d{2}|20\d{2})\b|\bsince` + sp + `+(1[89]\d{2}|20\d{2})\b`)

// inOfficeThen picks, among catalog people who share a surname, the one
// the title before the name describes and who held office in the year the
// document was published: "President Bush" in a text of 2003 is George W.
// Bush. Undated, it is the one such person the title describes, if only
// one; with no title, none.
func (s *scan) inOfficeThen(c candidate, ids []int) (int, bool) {
	if c.from == 0 || s.toks[c.from-1].kind != tkWord || s.class(c.from-1)&wcTitle == 0 {
		return -1, false
	}
	title := s.toks[c.from-1].key
	year := s.doc.Published.Year()
	found := -1
	var described []int
	for _, k := range ids {
		desc := strings.ToLower(s.x.cat.entries[k].Description)
		if !slices.Contains(strings.Fields(desc), title) {
			continue
		}
		described = append(described, k)
		if s.doc.Published.IsZero() {
			continue
		}
		for _, m := range reYearsInOffice.FindAllStringSubmatch(desc, -1) {
			from, _ := strconv.Atoi(m[1])
			to, _ := strconv.Atoi(m[2])
			if m[3] != "" { // "since 2025"
				from, _ = strconv.Atoi(m[3])
				to = year
			}
			if from <= year && year <= to {
				if found >= 0 && found != k {
					return -1, false
				}
				found = k
			}
		}
	}
	// Undated, or none in office that year ("former President Clinton"):
	// the one of them the title describes ("President Clinton" is not
	// Hillary Clinton, who was secretary of state).
	if found < 0 && len(described) == 1 {
		found = described[0]
	}
	return found, found >= 0
}

// A surname some rule took for a name of its own ("Abdel-Shafi", read
// as a person before the page's "Haidar Abdel-Shafi" was known to own
// it) is that person's, when exactly one person of the document has it
// as surname. So is a place guessed from a list ("Before flying to
// Tehran, Roosevelt and Churchill had met"): a surname of the page's
// people is theirs before it is a town's.
func (s *scan) surnamesTakenAsNames(ms []pending, people map[string][]surnameRef) {
	for k := range ms {
		m := &ms[k]
		// "King Hussar of Zorbia": a ruler's one name after his title is
		// his own.
		if m.typ != "Person" && m.typ != "Place" || m.entry >= 0 || m.anaphor || m.pronoun || s.class(m.from-1)&(wcTitle|wcHonorific) != 0 {
			continue
		}
		keys := make([]string, 0, m.to-m.from)
		for i := m.from; i < m.to; i++ {
			keys = append(keys, s.toks[i].key)
		}
		owner := ""
		for _, ref := range people[keys[0]] {
			if ref.id == m.id || !slices.Equal(ref.keys, keys) {
				continue
			}
			if owner != "" && owner != ref.id {
				owner = "-"
				break
			}
			owner = ref.id
		}
		if owner == "" || owner == "-" || len(strings.Fields(s.nameOfPerson(owner))) <= len(strings.Fields(m.name)) {
			continue
		}
		*m = s.personPending(m.from, m.to, owner)
	}
}
