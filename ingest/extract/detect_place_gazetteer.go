package extract

import (
	_ "embed"
	"strings"
	"sync"
)

// The gazetteer (lexicon/gazetteer.txt, written by tools/gazetteer from
// GeoNames) holds the names of the world's towns of 15,000 people or more
// and of the Middle East's of 1,000 or more, each with the codes of the
// states or territories holding a town of that name
// (lexicon/gazetteer-holders.txt names them). A name there is a place only
// where the sentence puts a place: after a preposition of place ("housed
// in Kiel", "fled to Mahdia"). Alone it proves nothing: towns are named
// after people, saints and ordinary words.

var (
	//go:embed lexicon/gazetteer.txt
	gazetteerText string
	//go:embed lexicon/gazetteer-holders.txt
	gazetteerHoldersText string
)

// gazetteer maps a town's folded name to the codes of what holds the
// towns bearing it ("PS-GZ" for Rafah in Gaza, "EG" for Rafah in Egypt).
type gazetteer map[string][]string

// has reports whether a town bears the folded name.
func (g gazetteer) has(key string) bool { return len(g[key]) > 0 }

// loadGazetteer reads the gazetteer once; every extractor shares the one
// read-only map.
var loadGazetteer = sync.OnceValue(func() gazetteer {
	g := gazetteer{}
	for _, line := range strings.Split(gazetteerText, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, codes, _ := strings.Cut(line, "\t")
		key := foldKey(strings.TrimSpace(name))
		g[key] = append(g[key], strings.Split(strings.TrimSpace(codes), ",")...)
	}
	return g
})

// gazetteerHolders maps the gazetteer's codes to the names of the states
// and territories they stand for.
func gazetteerHolders() map[string]string {
	names := map[string]string{}
	for _, line := range strings.Split(gazetteerHoldersText, "\n") {
		if code, name, ok := strings.Cut(line, "\t"); ok && !strings.HasPrefix(line, "#") {
			names[code] = strings.TrimSpace(name)
		}
	}
	return names
}

// gazetteerPreps put a place right after them.
var gazetteerPreps = map[string]bool{
	"in": true, "at": true, "near": true, "from": true, "to": true, "into": true, "outside": true,
	"inside": true, "across": true, "toward": true, "towards": true, "via": true, "around": true,
}

// phraseEnders follow a noun phrase, never a noun's modifier: the verbs
// of its subject, the function words after it and the adverbs of time
// that end a place's phrase. "from Angora rabbits" (a noun, none of
// these) makes the name a modifier; "in Kiel on Friday", "the Games
// against them", "The Games continued" (a verb in -ed) end it.
var phraseEnders = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`is was were are has had have will would can could may might must should
		said says say and or but nor of on in at near by for from with without to into onto over under
		against alongside after before during since until while when where which who whom whose that than
		as then now also too again ago the a an this these those its their his her our last earlier later
		today yesterday tonight overnight`) {
		phraseEnders[w] = true
	}
}

// gazetteerTakingVerbs put a place right after them as their object, as
// histories of wars tell it: "captured Jijiga", "retook Gode", "besieged
// Harar".
var gazetteerTakingVerbs = map[string]bool{
	"captured": true, "seized": true, "retook": true, "recaptured": true, "occupied": true, "besieged": true,
	"shelled": true, "stormed": true, "liberated": true, "overran": true, "bombarded": true, "evacuated": true,
}

// gazetteerPersonCues are the words before a preposition that make what
// follows it a person or a source, whatever town bears the name:
// "according to Dallas", "spoke to Houston", "a letter from Lincoln".
var gazetteerPersonCues = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`according spoke speaking talked talking said wrote written writing sent
		letter letters message messages appeal appealed replied responded reply response answered listened
		introduced thanks due owing congratulations condolences`) {
		gazetteerPersonCues[w+" to"] = true
	}
	for _, w := range strings.Fields(`statement statements letter letters message messages call calls visit visits
		request requests response remarks words quote quotes tweet tweets post posts greetings congratulations
		condolences report reports interview`) {
		gazetteerPersonCues[w+" from"] = true
	}
	for _, w := range strings.Fields(`look looked looking looks aimed directed jab swipe laughed hit hits`) {
		gazetteerPersonCues[w+" at"] = true
	}
}

// gazetteerOfNouns put a place after "of": "north of Kirkuk", "the
// outskirts of Mahdia".
var gazetteerOfNouns = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northeast": true, "northwest": true,
	"southeast": true, "southwest": true, "north-east": true, "north-west": true, "south-east": true,
	"south-west": true, "outskirts": true, "suburbs": true, "suburb": true, "centre": true, "center": true,
	"edge": true, "heart": true, "streets": true, "districts": true, "neighbourhoods": true, "neighborhoods": true,
	"provinces": true, "towns": true, "cities": true, "villages": true, "municipalities": true,
}

// detectGazetteerPlaces proposes one to three name words the gazetteer
// knows, right after a preposition of place, a verb of taking one or a
// direction's "of".
func (s *scan) detectGazetteerPlaces() {
	s.detectGazetteerBased()
	for i := range s.toks {
		t := &s.toks[i]
		apposed := s.capitalApposed(i)
		if (t.kind != tkWord || t.cap) && !apposed || s.notEnt[i] ||
			!gazetteerPreps[t.key] && !gazetteerTakingVerbs[t.key] && !(t.key == "of" && gazetteerOfNouns[s.tokKey(i-1)]) && !apposed ||
			gazetteerPersonCues[s.tokKey(i-1)+" "+t.key] {
			continue
		}
		k := i + 1
		if k >= len(s.toks) || !s.sameSent(i, k) || !s.nameWord(k) || s.catTyp[k] != "" || s.class(k)&wcGiven != 0 ||
			holyMonths[s.tokKey(k)] || feasts[s.tokKey(k)] {
			continue
		}
		// The longest run of name words, hyphens glued inside, that the
		// gazetteer knows and nothing capitalised goes on from.
		for j := s.gazetteerRunEnd(k); j > k; j-- {
			if !s.x.gazetteer.has(foldKey(s.spanText(k, j))) || !s.placeEnds(j) {
				continue
			}
			if s.namedWithHead(k, j) {
				break // "the Makran district" names it: the rules for such names tie the two
			}
			if j == k+1 && (s.lower[s.toks[k].key] || s.x.surname[s.toks[k].key] != nil) {
				break // a word the document writes in lower case, or a known person's surname
			}
			s.cands = append(s.cands, candidate{from: k, to: j, entry: -1, typ: "Place", name: s.spanText(k, j), prio: prioDetected})
			break
		}
	}
}

// detectGazetteerBased proposes a town the gazetteer knows glued to
// "-based": "a Mahdia-based group".
func (s *scan) detectGazetteerBased() {
	for i := 2; i < len(s.toks); i++ {
		if s.toks[i].key != "based" || !s.glued(i-1) {
			continue
		}
		for k := max(0, i-4); k < i-1; k++ {
			if s.nameWord(k) && s.catTyp[k] == "" && !s.notEnt[k] && !s.nameWord(k-1) && s.sameSent(k, i) &&
				s.x.gazetteer.has(foldKey(s.spanText(k, i-1))) {
				s.cands = append(s.cands, candidate{from: k, to: i - 1, entry: -1, typ: "Place", name: s.spanText(k, i-1), prio: prioDetected})
				break
			}
		}
	}
}

// namedWithHead reports whether the document writes the name of tokens
// [k, j) before a kind of place or a place's head word ("Makran
// district", "Idlib Governorate"). The names so written are gathered once
// a document, on the first call.
func (s *scan) namedWithHead(k, j int) bool {
	if s.headedNames == nil {
		s.headedNames = map[string]bool{}
		for i := range s.toks {
			if s.class(i)&(wcPlaceHead|wcPlaceNoun) == 0 {
				continue
			}
			// Gazetteer names run to three words, hyphens and particles
			// glued in: five tokens at most.
			for from := i - 1; from >= 0 && from >= i-5; from-- {
				s.headedNames[s.keysOf(from, i)] = true
			}
		}
	}
	return s.headedNames[s.keysOf(k, j)]
}

// keysOf joins the keys of tokens [i, j).
func (s *scan) keysOf(i, j int) string {
	keys := make([]string, 0, j-i)
	for _, t := range s.toks[i:j] {
		keys = append(keys, t.key)
	}
	return strings.Join(keys, " ")
}

// gazetteerRunEnd returns the end of up to three name words from k, with
// glued hyphens and lower-case particles inside ("Deir ez-Zor").
func (s *scan) gazetteerRunEnd(k int) int {
	j, words := k, 0
	for j < len(s.toks) && words < 3 && s.sameSent(k, j) {
		switch {
		case s.nameWord(j) && s.catTyp[j] == "":
			j++
			words++
		case j > k && s.glued(j) && s.toks[j+1].kind == tkWord:
			j += 2
		case j > k && s.class(j)&wcParticle != 0 && s.nameWord(j+1) && s.sameSent(k, j+1):
			j += 2
			words++
		default:
			return j
		}
	}
	return j
}

// placeEnds reports whether a place's name may end before token j: at the
// end of the sentence, before punctuation or a possessive, or before a
// lower-case word that cannot be the noun it modifies.
func (s *scan) placeEnds(j int) bool {
	if j >= len(s.toks) || !s.sameSent(j-1, j) {
		return true
	}
	t := &s.toks[j]
	switch {
	case t.kind == tkPoss:
		return true
	case t.kind != tkWord:
		return t.key != "-"
	case t.cap:
		return false
	}
	return phraseEnders[t.key] || strings.HasSuffix(t.key, "ed")
}

// capitalApposed reports the comma of "the capital, Bujumbura,": what
// follows it is the capital's name.
func (s *scan) capitalApposed(i int) bool {
	return s.toks[i].key == "," && s.tokKey(i-1) == "capital" && s.tokKey(i-2) == "the" && s.sameSent(i-2, i)
}
