package extract

import "strings"

// A text names an agreement once ("the Joint Comprehensive Plan of
// Action") and then takes it up as "the deal" or "the agreement". Those
// anaphors are mentions of the agreement, so that the rules reading "the
// United States withdrew from the agreement" find the agreement they need.
// They are resolved only where no other agreement could be meant.

// agreementNouns are the nouns of an agreement anaphor.
var agreementNouns = map[string]bool{"agreement": true, "deal": true, "accord": true, "treaty": true, "pact": true}

// headedNouns take up only an agreement whose name ends in them: "the
// Accords" after "the Artemis Accords", "the Convention" after "the
// Chemical Weapons Convention"; a "protocol" or a "declaration" is not
// any agreement.
var headedNouns = map[string]bool{"accords": true, "agreements": true, "convention": true, "protocol": true,
	"memorandum": true, "declaration": true, "charter": true}

// anaphorModifiers may stand between "the" and the noun: "the nuclear
// deal", "the 2015 agreement".
var anaphorModifiers = map[string]bool{"nuclear": true, "interim": true, "final": true, "landmark": true,
	"historic": true, "original": true, "framework": true, "iran": true, "international": true, "multilateral": true}

// anaphorWindow is how many sentences back the named agreement may be.
const anaphorWindow = 3

// agreementAnaphors adds a mention for every "the [modifier] agreement"
// whose antecedent is certain: one agreement named in the last few
// sentences (or earlier in the same one), no other agreement named there,
// and no new one introduced since ("an agreement", "a new deal"). A noun
// followed by "between" or "to" opens a description of its own ("the
// agreement between Saudi Arabia and Iran", "the deal to restore ties") and
// is left alone. ms must be sorted by token.
func (s *scan) agreementAnaphors(ms []pending) []pending {
	taken := make([]bool, len(s.toks))
	for _, m := range ms {
		for k := m.from; k < m.to && k < len(taken); k++ {
			taken[k] = true
		}
	}
	var out []pending
	next := 0 // ms[:next] start before the token being looked at
	for i := 0; i+1 < len(s.toks); i++ {
		for next < len(ms) && ms[next].from < i {
			next++
		}
		if s.toks[i].key != "the" || s.notEnt[i] {
			continue
		}
		j := i + 1
		if anaphorModifiers[s.toks[j].key] || s.toks[j].digit {
			j++
		}
		if j >= len(s.toks) || taken[j] || !agreementNouns[s.toks[j].key] && !headedNouns[s.toks[j].key] || s.toks[j].cap && j > i+1 {
			continue
		}
		// "the pact on 24 March 1959": a date after "on" opens no description.
		if k := s.tokKey(j + 1); k == "between" || k == "to" && s.tokKey(j+2) != "date" || k == "on" && s.tokKey(j+2) != "iran" && s.tokKey(j+2) != "behalf" && !s.dateWordAt(j+2) {
			continue
		}
		sent := s.toks[i].sent
		if sent < 0 {
			continue
		}
		ante, ok := s.agreementAntecedent(ms[:next], i, sent)
		if !ok || headedNouns[s.toks[j].key] && !endsInWord(s.pendingName(ante), s.toks[j].key) {
			// "The protocol was signed by …" two paragraphs after the
			// Alma-Ata Protocol, the Belovezha Accords told between: the
			// one agreement of the document so far named with the noun.
			if ante, ok = s.soleHeadedAgreement(ms[:next], s.toks[j].key); !ok {
				continue
			}
		}
		out = append(out, pending{from: i + 1, to: j + 1, id: ante.id, typ: ante.typ, entry: ante.entry, name: ante.name, anaphor: true})
	}
	out = append(out, s.itAgreements(ms, taken)...)
	if len(out) == 0 {
		return ms
	}
	return sortPending(append(ms, out...))
}

// itMadeVerbs: what "It was …" tells of an agreement being made.
var itMadeVerbs = map[string]bool{"signed": true, "concluded": true, "negotiated": true, "ratified": true,
	"agreed": true, "drafted": true, "brokered": true, "adopted": true}

// itAgreements reads "It" opening a sentence that tells how an agreement
// was made ("It was concluded between …") as the agreement the sentence
// before opens with ("The Treaty of Lausanne was a peace treaty …").
func (s *scan) itAgreements(ms []pending, taken []bool) []pending {
	var out []pending
	for i := 0; i+2 < len(s.toks); i++ {
		if s.toks[i].key != "it" || !s.toks[i].cap || taken[i] || !s.opensSentence(i) {
			continue
		}
		j := i + 1
		if s.toks[j].key == "had" && s.tokKey(j+1) == "been" {
			j++
		}
		if k := s.toks[j].key; k != "was" && k != "is" && k != "been" || !itMadeVerbs[s.tokKey(j+1)] {
			continue
		}
		sent := s.toks[i].sent
		var ante pending
		found := false
		for _, m := range ms {
			if s.toks[m.from].sent == sent-1 && !m.anaphor {
				ante, found = m, true
				break
			}
		}
		if !found || ante.typ != "Agreement" || !s.leadsSentence(ante.from) {
			continue
		}
		out = append(out, pending{from: i, to: i + 1, id: ante.id, typ: ante.typ, entry: ante.entry, name: ante.name, anaphor: true})
	}
	return out
}

// leadsSentence reports a mention at token k that opens its sentence, "The"
// allowed before it.
func (s *scan) leadsSentence(k int) bool {
	return s.opensSentence(k) || k > 0 && s.toks[k-1].key == "the" && s.opensSentence(k-1)
}

// agreementAntecedent returns the one agreement named in before within the
// window, when nothing between it and token at says a new one came up.
func (s *scan) agreementAntecedent(before []pending, at, sent int) (pending, bool) {
	var ante pending
	found := false
	for k := len(before) - 1; k >= 0; k-- {
		m := before[k]
		if m.typ != "Agreement" || m.anaphor {
			continue
		}
		if s.toks[m.from].sent < sent-anaphorWindow {
			break
		}
		if found && m.id != ante.id {
			return pending{}, false
		}
		if !found {
			ante, found = m, true
		}
	}
	if !found {
		return pending{}, false
	}
	for k := ante.to; k < at; k++ {
		if key := s.toks[k].key; (key == "a" || key == "an" || key == "new" || key == "another") && s.introducesAgreement(k+1) {
			return pending{}, false
		}
	}
	return ante, true
}

// soleHeadedAgreement is the one agreement of before whose name ends in
// the headed noun ("Alma-Ata Protocol" for "the protocol"), when there is
// exactly one.
func (s *scan) soleHeadedAgreement(before []pending, noun string) (pending, bool) {
	if !headedNouns[noun] {
		return pending{}, false
	}
	var ante pending
	found := false
	for _, m := range before {
		if m.typ != "Agreement" || m.anaphor || !endsInWord(s.pendingName(m), noun) {
			continue
		}
		if found && m.id != ante.id {
			return pending{}, false
		}
		ante, found = m, true
	}
	return ante, found
}

// introducesAgreement reports an agreement noun at k or one word later:
// "an agreement", "a new deal".
func (s *scan) introducesAgreement(k int) bool {
	return agreementNouns[s.tokKey(k)] || agreementNouns[s.tokKey(k+1)]
}

// A readout names its people once with their title ("Secretary Rubio",
// "Special Envoy Witkoff") and then by the title alone: "The Secretary
// met with ...", "the Special Envoy underscored ...". Such a title is a
// mention of the one person of the document who bears it; when two people
// bear titles with the same head word ("President Trump", "President
// Aoun") it is left alone.

// maxTitleAnaphor is the longest title phrase read after "the".
const maxTitleAnaphor = 5

// titleAnaphors adds a mention for every capitalised "the <Title>" whose
// head word belongs to the title of exactly one person named before it.
// ms must be sorted by token and carry their titles.
func (s *scan) titleAnaphors(ms []pending) []pending {
	taken := make([]bool, len(s.toks))
	for _, m := range ms {
		for k := m.from; k < m.to && k < len(taken); k++ {
			taken[k] = true
		}
	}
	var out []pending
	next := 0
	holders := map[string]map[string]pending{} // title head → person id → first mention
	for i := 0; i+1 < len(s.toks); i++ {
		for next < len(ms) && ms[next].from < i {
			m := ms[next]
			if m.typ == "Person" && m.title.text != "" && !m.anaphor {
				h := strings.ToLower(titleHead(m.title.text))
				if holders[h] == nil {
					holders[h] = map[string]pending{}
				}
				if _, ok := holders[h][m.id]; !ok {
					holders[h][m.id] = m
				}
			}
			next++
		}
		if s.toks[i].key != "the" || s.notEnt[i] || s.toks[i].sent < 0 {
			continue
		}
		j := s.titlePhraseEnd(i+1, taken)
		if j == i+1 {
			continue
		}
		h := s.toks[j-1].key
		for k := i + 1; k < j; k++ {
			if s.toks[k].key == "of" && k > i+1 {
				h = s.toks[k-1].key
				break
			}
		}
		people := holders[h]
		if len(people) != 1 {
			continue
		}
		for _, p := range people {
			// "King Salman of Saudi Arabia ... the King of Jordan": an
			// office of another state is another person's; one whose
			// office the text gave with no state may still be "the
			// President of the United States".
			if of, ok := s.heldOfAfter(ms, j); ok && p.title.of != "" && of != p.title.of {
				continue
			}
			out = append(out, pending{from: i + 1, to: j, id: p.id, typ: p.typ, entry: p.entry, name: p.name, anaphor: true})
		}
	}
	if len(out) == 0 {
		return ms
	}
	return sortPending(append(ms, out...))
}

// heldOfAfter is the id of the state or body named in "of (the) X" at
// token j, the end of a title phrase.
func (s *scan) heldOfAfter(ms []pending, j int) (string, bool) {
	if s.tokKey(j) != "of" {
		return "", false
	}
	k := j + 1
	if s.tokKey(k) == "the" {
		k++
	}
	for _, m := range ms {
		if m.from == k && isHolder(m.typ) {
			return m.id, true
		}
	}
	return "", false
}

// titlePhraseEnd returns the end of a capitalised title phrase starting at
// i ("Secretary", "Special Envoy", "Secretary of State"), or i when there is
// none: a title word must end it, and no name may follow it.
func (s *scan) titlePhraseEnd(i int, taken []bool) int {
	end := i
	for k := i; k < len(s.toks) && k-i < maxTitleAnaphor && s.sameSent(i, k) && !taken[k]; k++ {
		t := &s.toks[k]
		if t.kind != tkWord {
			break
		}
		if t.key == "of" && k > i {
			continue
		}
		if !t.cap || s.class(k)&(wcTitle|wcTitleMod) == 0 && s.catTyp[k] == "" {
			break
		}
		if s.class(k)&wcTitle != 0 && !honorificsOnly[t.key] {
			end = k + 1
		}
	}
	if end == i {
		return i
	}
	// "the Secretary General António Guterres": a name follows, so the
	// title is that name's, not an anaphor.
	if end < len(s.toks) && s.toks[end].cap && s.toks[end].kind == tkWord && s.sameSent(i, end) {
		return i
	}
	return end
}

// pendingName is the name of m's entity: the catalog's, or the one read
// off the text.
func (s *scan) pendingName(m pending) string {
	if m.entry >= 0 {
		return s.x.cat.entries[m.entry].Name
	}
	return m.name
}

// endsInWord reports a name whose last word is w, compared without case:
// "Artemis Accords" ends in "accords".
func endsInWord(name, w string) bool {
	f := strings.Fields(name)
	return len(f) > 0 && strings.EqualFold(f[len(f)-1], w)
}

// dateWordAt reports a day's number, a month or a weekday at token k.
func (s *scan) dateWordAt(k int) bool {
	return k < len(s.toks) && (s.toks[k].digit || s.class(k)&wcCalendar != 0)
}
