package extract

// Detected names are dropped where the text does not use them as names of
// what they would be. A place the catalog lacks is not taken from a
// sentence about antiquity or myth, nor from a naming phrase: "the ancient Greeks called it the
// Erythraean Sea" names an old name of a known place, or a place of a past
// the graph does not model. The catalog's own historical places still count.

// antiquityWords mark a sentence about antiquity or myth.
var antiquityWords = map[string]bool{
	"ancient": true, "antiquity": true, "classical": true, "mythology": true, "mythological": true,
	"myth": true, "legend": true, "legendary": true, "greeks": true, "romans": true, "herodotus": true,
	"bc": true, "bce": true, "b.c.": true, "b.c.e.": true, "millennium": true, "prehistoric": true,
	"medieval": true, "ptolemy": true, "strabo": true, "pliny": true, "arrian": true,
}

// namingWords put an alternative name after them ("known as X", "called X").
var namingWords = map[string]bool{
	"called": true, "named": true, "renamed": true, "dubbed": true, "formerly": true, "termed": true,
	"as": true, // "known as", "referred to as"
}

// filterDetected removes detected candidates the text does not name as
// such: places of antiquity sentences, naming phrases and publication
// names ("the Gulf of Zorba Review"), any name inside a quoted title or
// after a work's noun ("the film Desert of Zorba"), and a person whose
// name is a ruler's title before a name the catalog knows whole.
func (s *scan) filterDetected() {
	old := map[int]bool{}
	for i := range s.toks {
		if t := &s.toks[i]; t.kind == tkWord && antiquityWords[t.key] {
			old[t.sent] = true
		}
	}
	titled := s.quotedTitles()
	ships := s.quotedShipNames()
	// "Sultan al-Ashraf Qansuh al-Ghawri": a ruler's title before a name
	// the catalog knows whole is the title, not a given name "Sultan".
	known := map[[2]int]bool{}
	for _, c := range s.cands {
		if c.entry >= 0 && s.x.cat.entries[c.entry].Type == "Person" {
			known[[2]int{c.from, c.to}] = true
		}
	}
	out := s.cands[:0]
	for _, c := range s.cands {
		if c.entry < 0 && c.typ == "Person" && royalTitles[s.toks[c.from].key] && known[[2]int{c.from + 1, c.to}] {
			continue
		}
		if ships[c.from] {
			continue // the "Maersk Tigris" is a ship: no place, no company
		}
		if c.entry < 0 && (titled[c.from] || workNouns[s.tokKey(c.from-1)] && !s.toks[c.from-1].cap) {
			continue
		}
		if c.entry >= 0 && (s.placeInEventName(c) || s.demonymOfPeople(c) || s.languageAfterIn(c) || s.particleAfter(c) || s.currencyPrefix(c) || s.kindOfState(c)) {
			continue
		}
		if c.typ == "Place" && c.to == c.from+1 && monthShort[s.toks[c.from].key] && c.to < len(s.toks) && s.toks[c.to].digit {
			continue // a wire's dateline, "Maryland, Aug 18": a month, no town
		}
		if c.entry < 0 && c.typ == "Place" && (old[s.toks[c.from].sent] || s.afterNaming(c.from) ||
			publicationWords[s.toks[c.to-1].key] || c.to < len(s.toks) && publicationWords[s.toks[c.to].key] && s.toks[c.to].cap) {
			continue
		}
		out = append(out, c)
	}
	s.cands = out
}

// monthShort are the months as wire datelines write them, without a
// stop ("Aug 18").
var monthShort = map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true}

// publicationWords end the name of a periodical or a publisher: a place
// name before one names the publication ("Persian Gulf Review").
var publicationWords = map[string]bool{
	"review": true, "journal": true, "quarterly": true, "press": true, "magazine": true, "studies": true,
	"bulletin": true, "gazette": true, "times": true, "post": true, "tribune": true, "herald": true,
	"monitor": true, "chronicle": true, "digest": true, "daily": true, "weekly": true, "news": true,
	"publishers": true, "publishing": true, "books": true,
}

// workNouns name a work whose title follows them: "the film Desert of
// Zorba", "the novel Gulf of Quarra".
var workNouns = map[string]bool{
	"film": true, "movie": true, "book": true, "novel": true, "song": true, "album": true, "poem": true,
	"play": true, "documentary": true, "series": true, "opera": true, "painting": true, "essay": true,
	"article": true, "paper": true, "memoir": true, "anthology": true,
}

// quotedTitles marks the tokens inside quotation marks that hold a title
// rather than speech: a short quote in title case ("Voyage to the Gulf of
// Zorba"). A quote with a verb of speech in lower case is speech, and
// names in speech are mentions.
func (s *scan) quotedTitles() map[int]bool {
	var out map[int]bool
	open := -1
	for i := range s.toks {
		if s.toks[i].key != "\"" {
			continue
		}
		if open < 0 || !s.sameSent(open, i) {
			open = i
			continue
		}
		if s.titleCase(open+1, i) {
			if out == nil {
				out = map[int]bool{}
			}
			for k := open + 1; k < i; k++ {
				out[k] = true
			}
		}
		open = -1
	}
	return out
}

// titleCase reports whether tokens [from, to) are two to twelve words,
// each capitalised but for short function words.
func (s *scan) titleCase(from, to int) bool {
	words := 0
	for k := from; k < to; k++ {
		t := &s.toks[k]
		if t.kind != tkWord {
			if t.key == "." || t.key == "!" || t.key == ";" {
				return false
			}
			continue
		}
		words++
		if !t.cap && !t.digit && !titleSmallWords[t.key] {
			return false
		}
	}
	return words >= 3 && words <= 12
}

// titleSmallWords stay in lower case in a title.
var titleSmallWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "and": true, "or": true, "in": true, "on": true,
	"at": true, "to": true, "for": true, "from": true, "with": true, "by": true, "as": true, "vs": true,
}

// afterNaming reports a naming word before token i, across "the" and an
// adjective or two in lower case.
func (s *scan) afterNaming(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3 && s.sameSent(k, i); k-- {
		t := &s.toks[k]
		if t.kind != tkWord || t.cap {
			return false
		}
		if namingWords[t.key] {
			return t.key != "as" || s.tokKey(k-1) == "known" || s.tokKey(k-1) == "to"
		}
	}
	return false
}

// eventNameHeads end an event's name: a place right before one capitalised
// ("the Suez Crisis", "the Dhofar Rebellion") is part of the event's
// name, not a place the text speaks of. They are the heads the named-event
// rules build events from, so the name is not lost with the place.
var eventNameHeads = map[string]bool{
	"war": true, "conflict": true, "crisis": true, "rebellion": true, "revolution": true, "uprising": true,
	"intifada": true, "insurgency": true, "revolt": true,
}

// placeInEventName reports a catalog place written right before a
// capitalised event head.
func (s *scan) placeInEventName(c candidate) bool {
	if s.x.cat.entries[c.entry].Type != "Place" || c.to >= len(s.toks) || !s.sameSent(c.from, c.to) {
		return false
	}
	t := &s.toks[c.to]
	return t.kind == tkWord && t.cap && eventNameHeads[t.key]
}

// shipNouns name a vessel whose name may follow in quotation marks.
var shipNouns = map[string]bool{
	"vessel": true, "ship": true, "tanker": true, "freighter": true, "carrier": true, "boat": true,
	"destroyer": true, "frigate": true, "cruiser": true, "submarine": true, "yacht": true, "dhow": true,
	"ferry": true, "trawler": true, "containership": true, "supertanker": true, "warship": true,
}

// quotedShipNames marks the tokens of a quoted name of one to four
// capitalised words right after a ship noun: a cargo vessel, the "Maersk
// Tigris".
func (s *scan) quotedShipNames() map[int]bool {
	var out map[int]bool
	for i := range s.toks {
		if s.toks[i].key != "\"" {
			continue
		}
		k := i - 1
		for k >= 0 && i-k <= 3 && (s.toks[k].key == "the" || s.toks[k].key == ",") {
			k--
		}
		if k < 0 || !shipNouns[s.toks[k].key] || !s.sameSent(k, i) {
			continue
		}
		end := i + 1
		for end < len(s.toks) && end-i <= 5 && s.toks[end].key != "\"" {
			end++
		}
		if end >= len(s.toks) || s.toks[end].key != "\"" || end == i+1 || !s.titleCaseWords(i+1, end) {
			continue
		}
		if out == nil {
			out = map[int]bool{}
		}
		for n := i + 1; n < end; n++ {
			out[n] = true
		}
	}
	return out
}

// titleCaseWords reports tokens [i, j) whose words are all capitalised.
func (s *scan) titleCaseWords(i, j int) bool {
	for k := i; k < j; k++ {
		if t := &s.toks[k]; t.kind == tkWord && !t.cap && !t.digit {
			return false
		}
	}
	return true
}

// peopleNouns after a demonym make it describe people or firms, not stand
// for the state: "a Chilean businessman", "West German companies",
// "Iranian-American journalists". "Iranian officials" and "Turkish
// troops" act for their state and keep it.
var peopleNouns = map[string]bool{
	"businessman": true, "businesswoman": true, "businessmen": true, "journalist": true, "journalists": true,
	"citizen": true, "citizens": true, "national": true, "nationals": true, "man": true, "woman": true,
	"men": true, "women": true, "student": true, "students": true, "scientist": true, "scientists": true,
	"engineer": true, "engineers": true, "author": true, "writer": true, "poet": true, "novelist": true,
	"artist": true, "actor": true, "actress": true, "singer": true, "footballer": true, "athlete": true,
	"tourist": true, "tourists": true, "pilgrims": true, "workers": true, "expatriates": true,
	"immigrants": true, "descent": true, "origin": true, "ancestry": true, "companies": true, "firms": true,
	"businesses": true, "family": true, "families": true, "couple": true, "teenager": true, "children": true,
	// A demonym that is a language's name: "the French spelling".
	"language": true, "languages": true, "translation": true, "dialect": true, "speakers": true,
	"spelling": true, "transliteration": true, "rendering": true,
}

// languageAfterIn reports a catalog demonym after "in" that ends its
// phrase: "In French he is …", "written in Persian," name a language, not
// the state; "in Iranian waters" goes on and keeps it.
func (s *scan) languageAfterIn(c candidate) bool {
	if c.kind != formDemonym || c.from == 0 || s.toks[c.from-1].key != "in" || c.to-c.from != 1 {
		return false
	}
	if c.to >= len(s.toks) || !s.sameSent(c.from, c.to) {
		return true
	}
	t := &s.toks[c.to]
	return t.kind != tkWord && t.key != "-" && t.key != "'s" || languageFollowers[t.key]
}

// languageFollowers open a clause after "in French": a pronoun or a verb
// of being or naming.
var languageFollowers = map[string]bool{
	"he": true, "she": true, "it": true, "they": true, "is": true, "was": true, "are": true, "were": true,
	"as": true, "meaning": true, "means": true, "reads": true, "called": true,
}

// demonymOfPeople reports a catalog demonym right before a people noun.
func (s *scan) demonymOfPeople(c candidate) bool {
	if c.kind != formDemonym || c.to >= len(s.toks) || !s.sameSent(c.from, c.to) {
		return false
	}
	t := &s.toks[c.to]
	if s.glued(c.to) && gluedDescriptions[s.tokKey(c.to+1)] {
		return true // "French-language media", "Soviet-era tanks"
	}
	if t.kind != tkWord || t.cap || !peopleNouns[t.key] {
		return false
	}
	// "a Saudi national" is a citizen; "Saudi national security adviser"
	// is the state's office, "national" an adjective of what follows.
	return t.key != "national" || !s.sameSent(c.from, c.to+1) || !nationalThings[s.tokKey(c.to+1)]
}

// nationalThings follow "national" as an adjective: "Iraqi national
// security adviser", "the Iranian national team".
var nationalThings = map[string]bool{
	"security": true, "guard": true, "assembly": true, "council": true, "team": true, "teams": true,
	"interest": true, "interests": true, "unity": true, "army": true, "police": true, "intelligence": true,
	"defense": true, "defence": true, "oil": true, "airline": true, "carrier": true, "bank": true,
	"election": true, "elections": true, "dialogue": true, "reconciliation": true, "media": true,
	"television": true, "news": true, "parliament": true, "front": true, "committee": true,
	"congress": true, "sovereignty": true, "economy": true, "budget": true, "anthem": true, "flag": true,
}

// gluedDescriptions glued after a demonym make it describe a thing's
// language, period or make, not stand for the state.
var gluedDescriptions = map[string]bool{
	"language": true, "speaking": true, "era": true, "style": true, "made": true,
	"built": true, "designed": true,
}

// particleAfter reports a catalog name that goes on with a glued article
// and a name: "the Majlis al-Shura" (or "Majlis Al-Shura") of Oman is not
// the Majlis of Iran, and "Hezbollah al-Hejaz" is not Hezbollah.
func (s *scan) particleAfter(c candidate) bool {
	k := c.to
	return k+2 < len(s.toks) && s.class(k)&wcParticle != 0 && s.glued(k+1) && s.capWord(k+2) &&
		s.toks[c.to-1].end == s.toks[k].start-1 && s.x.cat.entries[c.entry].Type != "Person"
}

// currencyPrefix reports a country's short name glued to a currency sign:
// "US$3 million" is an amount, not the United States.
func (s *scan) currencyPrefix(c candidate) bool {
	k := c.to
	return k < len(s.toks) && s.toks[k].start == s.toks[k-1].end && (s.toks[k].key == "$" || s.toks[k].key == "€" || s.toks[k].key == "£")
}

// stateKinds end a catalog form that is also a kind of state: "Islamic
// Republic" is Iran, "an Islamic Republic" any state of that kind.
var stateKinds = map[string]bool{"republic": true, "kingdom": true, "emirate": true, "sultanate": true, "caliphate": true, "empire": true, "state": true}

// kindOfState reports a country form ending in a kind of state written
// after "a" or "an": "Pakistan became an Islamic Republic in 1956".
func (s *scan) kindOfState(c candidate) bool {
	if c.kind != formName || c.from == 0 || s.x.cat.entries[c.entry].Type != "Country" || !stateKinds[s.toks[c.to-1].key] {
		return false
	}
	a := s.toks[c.from-1].key
	return a == "a" || a == "an"
}
