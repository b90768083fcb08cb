package extract

import "strings"

// One person written in several transliterations in one document: "Osama
// bin Laden", "Usama bin Ladin", "Oussama ben Laden". Each word of one
// spelling has the consonants of the other's and differs from it by a few
// letters; particles ("bin", "ben", "ibn") are one word. Two catalog
// people are never one, and names of unequal length are left apart: "Saud
// bin Faisal bin Abdulaziz" and "Saud bin Abdulaziz" are two men.

// particleForms fold the spellings of a name particle.
var particleForms = map[string]string{
	"bin": "bin", "ben": "bin", "ibn": "bin", "bn": "bin",
	"al": "al", "el": "al", "ul": "al",
	"abu": "abu", "abou": "abu", "abo": "abu",
	"abd": "abd", "abdel": "abdul", "abdul": "abdul", "abdal": "abdul",
}

// spellingVariants gives every person of ms written another way (another
// spelling, or the name with middle names) the id and name of the form the
// catalog knows or, failing that, of the one the document uses most.
func (s *scan) spellingVariants(ms []pending) []pending {
	type person struct {
		id, name string
		entry    int
		count    int
		// written are the other forms the document writes a catalog
		// person in ("Usama bin Ladin", which resolve_spellings.go gives
		// to Osama bin Laden): "Ussamah bin Ladin" is a variant of those.
		written []string
	}
	var people []*person
	byID := map[string]*person{}
	for _, m := range ms {
		if m.typ != "Person" || m.demonym {
			continue
		}
		p := byID[m.id]
		if p == nil {
			name := m.name
			if m.entry >= 0 {
				name = s.x.cat.entries[m.entry].Name
			}
			p = &person{id: m.id, name: name, entry: m.entry}
			byID[m.id] = p
			people = append(people, p)
		}
		p.count++
		if w := s.spanText(m.from, m.to); m.entry >= 0 && w != p.name && !hasString(p.written, w) {
			p.written = append(p.written, w)
		}
	}
	variant := func(a, b *person) bool {
		for _, x := range append([]string{a.name}, a.written...) {
			for _, y := range append([]string{b.name}, b.written...) {
				if spellingVariant(x, y) || fullerName(x, y) || fullerName(y, x) {
					return true
				}
			}
		}
		return false
	}
	// Spellings join in groups, a group through any pair of its members
	// ("Usama" links "Osama" and "Ussamah"), at most one catalog person
	// in each.
	group := map[*person]*person{}
	var root func(p *person) *person
	root = func(p *person) *person {
		if q, ok := group[p]; ok && q != p {
			return root(q)
		}
		return p
	}
	catalogOf := func(r *person) bool {
		for _, p := range people {
			if root(p) == r && p.entry >= 0 {
				return true
			}
		}
		return false
	}
	for i, a := range people {
		for _, b := range people[i+1:] {
			ra, rb := root(a), root(b)
			if ra == rb || catalogOf(ra) && catalogOf(rb) || !variant(a, b) {
				continue
			}
			group[rb] = ra
		}
	}
	into := map[string]*person{}
	best := map[*person]*person{}
	for _, p := range people {
		r := root(p)
		k := best[r]
		if k == nil || p.entry >= 0 && k.entry < 0 || (p.entry >= 0) == (k.entry >= 0) && p.count > k.count {
			best[r] = p
		}
	}
	for _, p := range people {
		if k := best[root(p)]; k != p {
			into[p.id] = k
		}
	}
	if len(into) == 0 {
		return ms
	}
	for i := range ms {
		if p := into[ms[i].id]; p != nil && ms[i].typ == "Person" {
			ms[i].id, ms[i].name, ms[i].entry = p.id, p.name, p.entry
		}
	}
	return ms
}

// fullerName reports a name that is another with middle names added:
// "Meir David Hakohen Kahane" for "Meir Kahane". Both open and close with
// the same words, and every word of the short one is in the long one, in
// order.
func fullerName(long, short string) bool {
	wl, ws := strings.Split(slug(long), "-"), strings.Split(slug(short), "-")
	if len(ws) < 2 || len(wl) <= len(ws) || wl[0] != ws[0] || wl[len(wl)-1] != ws[len(ws)-1] || len(ws[len(ws)-1]) < 4 {
		return false
	}
	// "Saud bin Abdulaziz" is not "Saud bin Faisal bin Abdulaziz": a
	// chain of fathers' names left out may be a generation.
	if particleForms[ws[len(ws)-2]] == "bin" {
		return false
	}
	k := 0
	for _, w := range wl {
		if k < len(ws) && w == ws[k] {
			k++
		}
	}
	return k == len(ws)
}

// spellingVariant reports two names of as many words, not the same, whose
// words are the same particle or transliterations of one word.
func spellingVariant(a, b string) bool {
	wa, wb := strings.Split(slug(a), "-"), strings.Split(slug(b), "-")
	if len(wa) < 2 || len(wa) != len(wb) || strings.Join(wa, " ") == strings.Join(wb, " ") {
		return false
	}
	if len(wa[len(wa)-1]) < 4 || len(wb[len(wb)-1]) < 4 {
		return false // short surnames are too alike to tell
	}
	for i := range wa {
		x, y := wa[i], wb[i]
		if x == y {
			continue
		}
		px, okx := particleForms[x]
		py, oky := particleForms[y]
		if okx || oky {
			if px != py {
				return false
			}
			continue
		}
		if len(x) < 5 || len(y) < 5 || consonants(x) != consonants(y) || editDistance(x, y) > max(1, (len(x)+len(y))/6) {
			return false
		}
	}
	return true
}

// consonants is a word's consonant skeleton, doubled letters once and a
// final "h" after a vowel dropped: "ussamah" and "osama" are both "sm".
func consonants(w string) string {
	if len(w) > 2 && w[len(w)-1] == 'h' && strings.ContainsRune("aeiou", rune(w[len(w)-2])) {
		w = w[:len(w)-1]
	}
	var b strings.Builder
	var last rune
	for _, r := range w {
		if strings.ContainsRune("aeiouy", r) || r == last {
			continue
		}
		b.WriteRune(r)
		last = r
	}
	return b.String()
}

// editDistance is the Levenshtein distance of two words.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	row := make([]int, len(rb)+1)
	for j := range row {
		row[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		prev := row[0]
		row[0] = i
		for j := 1; j <= len(rb); j++ {
			cur := row[j]
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			row[j] = min(row[j]+1, row[j-1]+1, prev+cost)
			prev = cur
		}
	}
	return row[len(rb)]
}
