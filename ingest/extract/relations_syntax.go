package extract

import (
	"sort"
	"strings"

	"github.com/kg-project/kg/ingest/syntax"
)

// Relations from the dependency parse. The pattern rules read the words
// between two mentions, so they miss a fact whenever the wording puts
// anything unexpected there ("Israel, which had warned for months, struck
// Iran"). A parser links a verb to its subject and object however far
// apart they are, so the rules here are stated on grammatical roles
// instead: the subject of "strike" attacked its object, whatever lies
// between. They run after the pattern rules and only add; a fact both find
// merges into one relation with both spans as evidence.
//
// Every rule needs both ends to be entities the entity stage found (or a
// group noun such as "forces" or "government" owned by one: "Iranian
// forces" stands for Iran), and skips clauses that are negated,
// hypothetical or only intended ("did not attack", "could strike",
// "threatened to strike", "if Iran attacks").

// synSentence is one parsed sentence with the entity each token names.
type synSentence struct {
	s    *syntax.Sentence
	ent  []string // entity id per token, "" for none
	dem  []bool   // the token's mention is a demonym ("Iranian")
	kids [][]syntax.Arc
	head [][]syntax.Arc
}

// bargaining reports a sentence whose talks bargain over something (see
// reBargaining).
func (ss *synSentence) bargaining(text string) bool {
	toks := ss.s.Tokens
	if len(toks) == 0 || toks[0].Start < 0 || toks[len(toks)-1].End > len(text) || toks[0].Start > toks[len(toks)-1].End {
		return false
	}
	return reBargaining.MatchString(text[toks[0].Start:toks[len(toks)-1].End])
}

// syntaxRelations reads relations off the dependency parse.
func (b *relBuilder) syntaxRelations(parse *syntax.Parse) {
	ments := append(append([]mention(nil), b.ents.Mentions...), b.evMent...)
	sort.SliceStable(ments, func(i, j int) bool { return ments[i].Start < ments[j].Start })
	for si := range parse.Sentences {
		ss := b.synSentence(&parse.Sentences[si], ments)
		for i, t := range ss.s.Tokens {
			switch {
			case strings.HasPrefix(t.POS, "VB"):
				b.verbFrames(ss, i)
			case strings.HasPrefix(t.POS, "NN"):
				b.nounFrames(ss, i)
			}
		}
	}
}

// synSentence ties the tokens of s to the mentions covering them.
func (b *relBuilder) synSentence(s *syntax.Sentence, ments []mention) *synSentence {
	n := len(s.Tokens)
	ss := &synSentence{s: s, ent: make([]string, n), dem: make([]bool, n), kids: make([][]syntax.Arc, n), head: make([][]syntax.Arc, n)}
	for _, a := range s.Arcs {
		if a.Head >= 0 {
			ss.kids[a.Head] = append(ss.kids[a.Head], a)
		}
		ss.head[a.Dep] = append(ss.head[a.Dep], a)
	}
	if n == 0 {
		return ss
	}
	lo := sort.Search(len(ments), func(k int) bool { return ments[k].End > s.Tokens[0].Start })
	for i, t := range s.Tokens {
		for k := lo; k < len(ments) && ments[k].Start < t.End; k++ {
			m := ments[k]
			if m.Start <= t.Start && t.End <= m.End {
				ss.ent[i], ss.dem[i] = m.EntityID, m.Demonym
				break
			}
		}
	}
	return ss
}

// groupNouns stand for the state or organisation that owns them: "Iranian
// forces", "the Israeli government", "Hamas militants".
var groupNouns = map[string]bool{
	"force": true, "military": true, "army": true, "navy": true, "troops": true, "troop": true,
	"government": true, "regime": true, "authority": true, "administration": true,
	"militant": true, "fighter": true, "jet": true, "warplane": true, "aircraft": true,
	"missile": true, "drone": true, "artillery": true, "soldier": true, "official": true,
	"diplomat": true, "delegation": true, "negotiator": true, "leadership": true,
}

// actor is the entity token i stands for: its own mention, else the owner
// of a group noun. Demonyms count only through a group noun.
func (b *relBuilder) actor(ss *synSentence, i int) string {
	if id := ss.ent[i]; id != "" {
		if ss.dem[i] && !ss.owned(i) {
			return ""
		}
		return id
	}
	if id := b.apposed(ss, i); id != "" {
		return id
	}
	if l := strings.ToLower(ss.s.Tokens[i].Lemma); !groupNouns[l] && !attackNouns[l] {
		return ""
	}
	for _, a := range ss.kids[i] {
		switch a.Rel {
		case "amod", "compound", "nmod:poss", "nmod:of":
			if id := ss.ent[a.Dep]; id != "" {
				if t := b.typeOf(id); t == "Country" || t == "Organization" {
					return id
				}
			}
		}
	}
	return ""
}

// apposed is the entity a noun is in apposition to: "al-Nuaimi, a Qatari
// citizen and an activist who founded Alkarama" makes "citizen" and
// "activist" (the subjects of "founded") stand for al-Nuaimi.
func (b *relBuilder) apposed(ss *synSentence, i int) string {
	for _, a := range ss.head[i] {
		if a.Rel == "appos" {
			if id := ss.ent[a.Head]; id != "" && !ss.dem[a.Head] {
				return id
			}
		}
	}
	return ""
}

// owned reports whether a demonym token is itself the head of its phrase
// ("the Iranians attacked") rather than a modifier.
func (ss *synSentence) owned(i int) bool {
	for _, a := range ss.head[i] {
		if a.Rel == "amod" || a.Rel == "compound" {
			return false
		}
	}
	return true
}

// args returns the actors of token i's dependents whose relation starts
// with one of prefixes ("nsubj" matches nsubj and nsubj:xsubj, not
// nsubj:pass, which is asked for by its full name).
func (b *relBuilder) args(ss *synSentence, i int, rels ...string) []int {
	var out []int
	for _, a := range ss.kids[i] {
		for _, r := range rels {
			if a.Rel == r || (strings.HasPrefix(a.Rel, r+":") && !strings.HasSuffix(a.Rel, ":pass") && r != "obl" && r != "nmod") {
				out = append(out, a.Dep)
			}
		}
	}
	return out
}

// unreal reports whether the clause of verb i does not state a fact:
// negated, under a modal, conditional, or the complement of an intention.
func (ss *synSentence) unreal(i int) bool {
	for _, a := range ss.kids[i] {
		w := strings.ToLower(ss.s.Tokens[a.Dep].Word)
		switch a.Rel {
		case "advmod":
			if w == "not" || w == "never" || w == "n't" {
				return true
			}
		case "aux":
			switch w {
			case "would", "could", "might", "may", "should", "must", "can", "will", "shall", "'ll":
				return true
			}
		case "mark":
			if w == "if" || w == "unless" || w == "whether" {
				return true
			}
		}
	}
	for _, a := range ss.head[i] {
		if a.Rel == "xcomp" {
			// "pressed India to sign the treaty", "agreed to withdraw": an
			// infinitive says what is wanted, not what happened.
			return true
		}
		if a.Rel != "ccomp" {
			continue
		}
		switch strings.ToLower(ss.s.Tokens[a.Head].Lemma) {
		case "threaten", "plan", "want", "seek", "vow", "refuse", "decline", "hope", "intend",
			"try", "attempt", "propose", "consider", "deny", "warn", "urge", "call", "ask", "fail":
			return true
		}
		if ss.unreal(a.Head) {
			return true
		}
	}
	return false
}

// verbFrame says what a verb's subject and object become.
type verbFrame struct {
	typ string
	// objRels are the dependents read as the object ("obj", "obl:with").
	objRels []string
	conf    float64
}

// verbFrames maps a verb's lemma to the relations its arguments take.
var verbFrames = map[string][]verbFrame{
	"attack":    {{"ATTACKED", []string{"obj"}, 0.8}},
	"strike":    {{"ATTACKED", []string{"obj"}, 0.8}},
	"bomb":      {{"ATTACKED", []string{"obj"}, 0.8}},
	"shell":     {{"ATTACKED", []string{"obj"}, 0.75}},
	"raid":      {{"ATTACKED", []string{"obj"}, 0.8}},
	"invade":    {{"ATTACKED", []string{"obj"}, 0.8}},
	"target":    {{"ATTACKED", []string{"obj"}, 0.7}},
	"storm":     {{"ATTACKED", []string{"obj"}, 0.7}},
	"bombard":   {{"ATTACKED", []string{"obj"}, 0.8}},
	"sanction":  {{"SANCTIONED", []string{"obj"}, 0.8}},
	"designate": {{"SANCTIONED", []string{"obj"}, 0.7}},
	"blacklist": {{"SANCTIONED", []string{"obj"}, 0.8}},
	"meet":      {{"MET_WITH", []string{"obj", "obl:with"}, 0.8}},
	"negotiate": {{"NEGOTIATED_WITH", []string{"obl:with"}, 0.8}},
	"sign":      {{"PARTY_TO", []string{"obj"}, 0.75}},
	"ratify":    {{"PARTY_TO", []string{"obj"}, 0.8}},
	"accede":    {{"PARTY_TO", []string{"obl:to"}, 0.8}},
	"withdraw":  {{"WITHDREW_FROM", []string{"obl:from"}, 0.8}},
	"exit":      {{"WITHDREW_FROM", []string{"obj"}, 0.75}},
	"abandon":   {{"WITHDREW_FROM", []string{"obj"}, 0.7}},
	"host":      {{"HOSTED", []string{"obj"}, 0.8}},
	"mediate":   {{"MEDIATED", []string{"obj"}, 0.8}},
	"broker":    {{"MEDIATED", []string{"obj"}, 0.8}},
	"attend":    {{"PARTICIPATED_IN", []string{"obj"}, 0.8}},
	"join":      {{"AFFILIATED_WITH", []string{"obj"}, 0.7}, {"PARTY_TO", []string{"obj"}, 0.7}},
	"found":     {{"AFFILIATED_WITH", []string{"obj"}, 0.7}},
	"destroy":   {{"ATTACKED", []string{"obj"}, 0.7}},
	"damage":    {{"ATTACKED", []string{"obj"}, 0.7}},
	"fire":      {{"ATTACKED", []string{"obl:at", "obl:on"}, 0.7}},
	"launch":    {{"ATTACKED", []string{"obl:at", "obl:on", "obl:against"}, 0.7}},
	"occupy":    {{"ATTACKED", []string{"obj"}, 0.7}},
	"besiege":   {{"ATTACKED", []string{"obj"}, 0.7}},
}

// meetingNouns are what a light verb holds with someone: "held talks with
// Y", "had a meeting with Y". Talks are negotiation, the rest contact.
var meetingNouns = map[string]string{
	"talk": "NEGOTIATED_WITH", "talks": "NEGOTIATED_WITH", "negotiation": "NEGOTIATED_WITH",
	"meeting": "MET_WITH", "discussion": "MET_WITH", "consultation": "MET_WITH",
	"conversation": "MET_WITH", "call": "MET_WITH", "summit": "MET_WITH",
}

// lightVerbs carry a meeting noun: the subject is one side.
var lightVerbs = map[string]bool{
	"hold": true, "have": true, "conduct": true, "begin": true, "start": true, "open": true,
	"resume": true, "conclude": true, "launch": true, "enter": true,
}

// sanctionNouns are imposed on their target: "imposed sanctions on Iran".
var sanctionNouns = map[string]bool{"sanction": true, "embargo": true, "penalty": true, "restriction": true}

// verbFrames relates the subject and object of verb i.
func (b *relBuilder) verbFrames(ss *synSentence, i int) {
	lemma := strings.ToLower(ss.s.Tokens[i].Lemma)
	if lightVerbs[lemma] || lemma == "impose" {
		if !ss.unreal(i) {
			b.heldWith(ss, i, lemma)
		}
	}
	frames, ok := verbFrames[lemma]
	if !ok || ss.unreal(i) {
		return
	}
	passive := len(b.args(ss, i, "nsubj:pass")) > 0
	for _, f := range frames {
		var subj, obj []int
		if passive {
			// "Iran was attacked by Israel": the agent is the doer.
			subj = b.args(ss, i, "obl:agent", "obl:by")
			if containsRel(f.objRels, "obj") {
				obj = b.args(ss, i, "nsubj:pass")
			}
		} else {
			subj = b.args(ss, i, "nsubj")
			obj = b.args(ss, i, f.objRels...)
		}
		for _, s := range subj {
			from := b.actor(ss, s)
			for _, o := range obj {
				to := b.actor(ss, o)
				b.addSyntax(ss, f.typ, from, to, f.conf, i, s, o)
			}
		}
	}
}

func containsRel(rels []string, r string) bool {
	for _, x := range rels {
		if x == r {
			return true
		}
	}
	return false
}

// attackNouns are nouns of an attack whose "on"/"against" dependent is
// the target: "Israel's strikes on Iran", "Israeli attacks against Gaza".
var attackNouns = map[string]bool{
	"attack": true, "strike": true, "airstrike": true, "bombing": true, "raid": true,
	"invasion": true, "assault": true, "offensive": true, "bombardment": true,
}

// nounFrames reads relations around noun i: attacks by their owner, and
// the roles and places of appositions and copulas.
func (b *relBuilder) nounFrames(ss *synSentence, i int) {
	lemma := strings.ToLower(ss.s.Tokens[i].Lemma)
	if attackNouns[lemma] {
		var doers []int
		for _, a := range ss.kids[i] {
			switch a.Rel {
			case "nmod:poss", "amod", "nmod:by", "compound":
				doers = append(doers, a.Dep)
			}
		}
		targets := b.args(ss, i, "nmod:on", "nmod:against")
		for _, d := range doers {
			for _, t := range targets {
				b.addSyntax(ss, "ATTACKED", b.actor(ss, d), b.actor(ss, t), 0.75, i, d, t)
			}
		}
		return
	}
	if placeNouns[lemma] {
		b.placeOfNoun(ss, i)
	}
	if id := ss.ent[i]; id != "" && b.typeOf(id) == "Place" {
		b.placeIn(ss, i, id, lemma)
	}
	// The entity the noun describes: "X, a member of Y" (appos) or "X is
	// a member of Y" (nsubj of a copular noun).
	var subjects []int
	for _, a := range ss.head[i] {
		switch a.Rel {
		case "appos":
			subjects = append(subjects, a.Head)
		case "compound":
			// "al-Qaeda's deputy Ayman al-Zawahiri": the title noun
			// modifies the name.
			if ss.ent[a.Head] != "" && ss.ent[i] == "" {
				subjects = append(subjects, a.Head)
			}
		case "conj:and":
			// "X, a Yemeni politician and founding member of Y".
			for _, h := range ss.head[a.Head] {
				if h.Rel == "appos" {
					subjects = append(subjects, h.Head)
				}
			}
		}
	}
	if hasCop(ss, i) {
		subjects = append(subjects, b.args(ss, i, "nsubj")...)
	}
	if len(subjects) == 0 {
		return
	}
	for _, s := range subjects {
		id := ss.ent[s]
		if id == "" || ss.dem[s] {
			continue
		}
		switch b.typeOf(id) {
		case "Person":
			b.personNoun(ss, i, lemma, s, id)
		case "Place":
			b.placeNoun(ss, i, lemma, s, id)
		}
	}
}

func hasCop(ss *synSentence, i int) bool {
	for _, a := range ss.kids[i] {
		if a.Rel == "cop" {
			return true
		}
	}
	return false
}

// memberNouns make their holder a member of the organisation they name:
// "a senior fellow at the Carnegie Endowment", "a member of Hamas".
var memberNouns = map[string]bool{
	"member": true, "fellow": true, "militant": true, "operative": true, "official": true,
	"commander": true, "activist": true, "analyst": true, "researcher": true, "scholar": true,
	"lawmaker": true, "deputy": true, "cofounder": true, "co-founder": true, "founder": true,
	"leader": true, "ideologue": true, "financier": true, "fighter": true, "agent": true,
	"employee": true, "director": true, "professor": true, "economist": true, "correspondent": true,
}

// personNoun relates person id (token s) to the organisation of the
// member noun i describing them.
func (b *relBuilder) personNoun(ss *synSentence, i int, lemma string, s int, id string) {
	if !memberNouns[lemma] {
		return
	}
	for _, a := range ss.kids[i] {
		switch a.Rel {
		case "nmod:of", "nmod:at", "nmod:with", "nmod:in", "nmod:for", "nmod:poss", "compound":
		default:
			continue
		}
		org := ss.ent[a.Dep]
		if org == "" || b.typeOf(org) != "Organization" {
			continue
		}
		b.addSyntax(ss, "AFFILIATED_WITH", id, org, 0.75, i, s, a.Dep)
	}
}

// placeNouns describe a place: "Makran, a region of Pakistan".
var placeNouns = map[string]bool{
	"city": true, "town": true, "village": true, "region": true, "province": true, "district": true,
	"port": true, "island": true, "capital": true, "area": true, "neighborhood": true,
	"neighbourhood": true, "suburb": true, "base": true, "airport": true, "governorate": true,
	"state": true, "county": true, "municipality": true, "camp": true, "site": true, "facility": true,
}

// placeNoun relates place id (token s) to the place or country the noun i
// describing it is in.
func (b *relBuilder) placeNoun(ss *synSentence, i int, lemma string, s int, id string) {
	if !placeNouns[lemma] {
		return
	}
	for _, a := range ss.kids[i] {
		if a.Rel != "nmod:in" && a.Rel != "nmod:of" {
			continue
		}
		in := ss.ent[a.Dep]
		if in == "" || ss.dem[a.Dep] {
			continue
		}
		b.addSyntax(ss, "LOCATED_IN", id, in, 0.75, i, s, a.Dep)
	}
}

// addSyntax records a relation read off the parse, with the smallest span
// covering the trigger and both arguments as evidence. Both ends must sit
// in the same sentence of the document.
func (b *relBuilder) addSyntax(ss *synSentence, typ, from, to string, conf float64, trigger, x, y int) {
	if from == "" || to == "" || from == to {
		return
	}
	toks := ss.s.Tokens
	start, end := toks[trigger].Start, toks[trigger].End
	for _, k := range []int{x, y} {
		start, end = min(start, toks[k].Start), max(end, toks[k].End)
	}
	v := b.viewAt(start)
	if v == nil || end > v.end {
		return
	}
	// The span covers whatever the sentence puts between the words; a
	// date inside it ("elected in 1991") is no date of a standing fact.
	b.undated = standing[typ]
	b.add(typ, from, to, conf, nil, v, start, end)
	b.undated = false
}

// heldWith reads a light verb's noun object: "X held talks with Y" (the
// with-phrase may hang on the verb or the noun), and "X imposed sanctions
// on Y".
func (b *relBuilder) heldWith(ss *synSentence, i int, lemma string) {
	subj := b.args(ss, i, "nsubj")
	for _, o := range b.args(ss, i, "obj") {
		noun := strings.ToLower(ss.s.Tokens[o].Lemma)
		var typ string
		var others []int
		switch {
		case lemma == "impose" && sanctionNouns[noun]:
			typ = "SANCTIONED"
			others = append(b.args(ss, o, "nmod:on", "nmod:against"), b.args(ss, i, "obl:on", "obl:against")...)
		case lemma != "impose" && meetingNouns[noun] != "":
			typ = meetingNouns[noun]
			others = append(b.args(ss, o, "nmod:with"), b.args(ss, i, "obl:with")...)
		default:
			continue
		}
		for _, s := range subj {
			for _, w := range others {
				from, to := b.actor(ss, s), b.actor(ss, w)
				if typ != "SANCTIONED" {
					from, to = b.sameLevelIDs(from, to)
				}
				t := typ
				// People holding talks over nothing named met (see
				// reBargaining).
				if t == "NEGOTIATED_WITH" && b.typeOf(from) == "Person" && b.typeOf(to) == "Person" && !ss.bargaining(b.doc.Text) {
					t = "MET_WITH"
				}
				b.addSyntax(ss, t, from, to, 0.75, o, s, w)
			}
		}
	}
}

// sameLevelIDs is sameLevel for bare ids: a person meeting a state stands
// for the state they hold a role for.
func (b *relBuilder) sameLevelIDs(from, to string) (string, string) {
	if from == "" || to == "" {
		return "", ""
	}
	fp, tp := b.typeOf(from) == "Person", b.typeOf(to) == "Person"
	if fp == tp {
		return from, to
	}
	state := func(id string) string {
		if b.typeOf(id) != "Person" {
			return id
		}
		if r, ok := b.roleOf[id]; ok && b.typeOf(r.of) == "Country" {
			return r.of
		}
		return ""
	}
	return state(from), state(to)
}

// placeOfNoun reads "the Jordanian village of Karameh" and "the port of
// Gwadar in Pakistan": the place named after "of" lies in the state of the
// demonym or the place after "in".
func (b *relBuilder) placeOfNoun(ss *synSentence, i int) {
	var place int = -1
	for _, a := range ss.kids[i] {
		if a.Rel == "nmod:of" {
			if id := ss.ent[a.Dep]; id != "" && b.typeOf(id) == "Place" {
				place = a.Dep
			}
		}
	}
	if place < 0 {
		return
	}
	for _, a := range ss.kids[i] {
		in := ss.ent[a.Dep]
		if in == "" {
			continue
		}
		if (a.Rel == "amod" && ss.dem[a.Dep] && b.typeOf(in) == "Country") || a.Rel == "nmod:in" {
			b.addSyntax(ss, "LOCATED_IN", ss.ent[place], in, 0.75, i, place, a.Dep)
		}
	}
}

// placeIn reads a place with the place it lies in after "in", or after
// "of" when the place's name ends with a kind of place: "Mehrabad Airport
// of Tehran", "Natanz in Iran".
func (b *relBuilder) placeIn(ss *synSentence, i int, id, lemma string) {
	for _, a := range ss.kids[i] {
		if a.Rel != "nmod:in" && !(a.Rel == "nmod:of" && placeNouns[lemma]) {
			continue
		}
		in := ss.ent[a.Dep]
		if in == "" || ss.dem[a.Dep] {
			continue
		}
		b.addSyntax(ss, "LOCATED_IN", id, in, 0.7, i, i, a.Dep)
	}
}
