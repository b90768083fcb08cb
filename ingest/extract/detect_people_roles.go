package extract

// A role noun in lower case says the name next to it is a person's, as a
// title does: "Hizballah operative Quxar Zorbani", "IRGC-QF official
// Quxley Zorbani", "the financier Zorbo Quxlan"; so does a predicate that
// gives a name a role: "Quxar Zorbani is a senior Hamas official".

// personRoleNouns stand right before a person's name in designations and
// wire copy.
var personRoleNouns = map[string]bool{
	"operative": true, "official": true, "financier": true, "facilitator": true, "commander": true,
	"militant": true, "fighter": true, "member": true, "leader": true, "businessman": true,
	"businesswoman": true, "cleric": true, "activist": true, "journalist": true, "lawmaker": true,
	"politician": true, "diplomat": true, "negotiator": true, "officer": true, "agent": true,
	"courier": true, "smuggler": true, "accountant": true, "executive": true, "ideologue": true,
	"preacher": true, "dissident": true, "spokesman": true, "spokeswoman": true, "envoy": true,
	"director": true, "founder": true, "chief": true, "head": true, "representative": true,
	"co-founder": true, "cofounder": true, "recruiter": true,
	// People a news story names by what befell them: "Belgian aid worker
	// Olivier Vandecasteele", "French tourist Benjamin Brière".
	"worker": true, "tourist": true, "researcher": true, "hostage": true, "detainee": true,
	"prisoner": true, "citizen": true, "volunteer": true, "contractor": true, "engineer": true,
	"sailor": true, "pilot": true,
	// The nouns of a life that encyclopedias open with: "X was an Iraqi
	// general", "X is a Kurdish politician and writer".
	"general": true, "soldier": true, "statesman": true, "stateswoman": true, "writer": true,
	"poet": true, "author": true, "scholar": true, "historian": true, "economist": true,
	"lawyer": true, "physician": true, "jurist": true, "theologian": true, "philosopher": true,
	"nationalist": true, "revolutionary": true, "guerrilla": true, "jihadist": true, "novelist": true,
	"academic": true, "banker": true, "aristocrat": true, "monarch": true, "ruler": true,
}

// roleModifiers may stand between a determiner and a role noun.
var roleModifiers = map[string]bool{
	"senior": true, "top": true, "former": true, "veteran": true, "prominent": true, "key": true,
	"longtime": true, "military": true, "political": true, "financial": true, "religious": true,
	"local": true, "regional": true, "high-ranking": true, "alleged": true, "suspected": true,
	"notorious": true, "wanted": true, "fellow": true, "deputy": true, "chief": true, "opposition": true,
	"aid": true, "charity": true, "humanitarian": true, "dual": true, "american": true, "detained": true,
}

// roleNounBefore reports a role noun right before the name starting at i,
// itself after an organisation, a state, a possessive, a capitalised word
// or a role modifier: "Hizballah operative", "Iran's envoy", "senior
// official". After "the" only a noun that is no adjective counts: "the
// official Twitter account" is no person.
func (s *scan) roleNounBefore(i int) bool {
	r := i - 1
	if r < 1 || !s.sameSent(r-1, i) || s.toks[r].kind != tkWord || s.toks[r].cap || !personRoleNouns[s.toks[r].key] {
		return false
	}
	p := &s.toks[r-1]
	switch {
	case p.kind == tkPoss, s.catTyp[r-1] == "Organization", s.catTyp[r-1] == "Country":
		return true
	case p.kind == tkWord && p.cap && !s.sentenceStart(r-1) && s.class(r-1)&wcStop == 0:
		return true
	case p.kind == tkWord && roleModifiers[p.key]:
		return true
	case p.key == "the":
		return s.toks[r].key != "official" && s.toks[r].key != "head" && s.toks[r].key != "chief" && s.toks[r].key != "member"
	}
	return false
}

// isRole reports "is a senior Hamas official", "was the group's
// commander" right after the name ending before j.
func (s *scan) isRole(j int) bool {
	if k := s.tokKey(j); k != "is" && k != "was" {
		return false
	}
	k := j + 1
	if d := s.tokKey(k); d != "a" && d != "an" && d != "the" {
		return false
	}
	for n := k + 1; n < len(s.toks) && n <= k+5 && s.sameSent(j, n); n++ {
		t := &s.toks[n]
		switch {
		case t.kind == tkPoss:
			continue
		case t.kind != tkWord:
			return false
		case !t.cap && personRoleNouns[t.key]:
			return s.tokKey(n+1) != "in" // "a leader in the field" is no role
		case !t.cap && !roleModifiers[t.key]:
			return false
		}
	}
	return false
}

// ledByForce reports a name right after what a force or movement was
// led by: "the Yugoslav Partisans led by Josip Broz Tito", "opposition
// forces led by Tengiz Kitovani", "a militia led by Sangak Safarov". A
// state or body leading is a name the catalog or the organisation rules
// know; two or three name words the catalog lacks are a leader's name.
func (s *scan) ledByForce(i int) bool {
	if i < 3 || s.tokKey(i-1) != "by" || !s.sameSent(i-3, i) {
		return false
	}
	switch s.tokKey(i - 2) {
	case "led", "commanded", "headed":
	default:
		return false
	}
	return forceNouns[s.tokKey(i-3)] || s.toks[i-3].cap && s.toks[i-3].kind == tkWord && !s.sentenceStart(i-3)
}

// forceNouns are the bodies of fighters or followers a leader leads.
var forceNouns = map[string]bool{"forces": true, "troops": true, "army": true, "militia": true, "militias": true, "rebels": true,
	"fighters": true, "guerrillas": true, "insurgents": true, "partisans": true, "movement": true, "faction": true, "group": true,
	"officers": true, "protesters": true, "opposition": true, "column": true, "columns": true, "expedition": true, "units": true}

// succeededAs reports a name [i, j) that someone succeeded or replaced in
// an office, or that succeeded to it: "Rashidov succeeded Sabir Kamalov as
// First Secretary", "He was succeeded as First Secretary by Inamzhon
// Usmankhodzhayev", "the talks opened with Ramiro Píriz-Ballón as the
// special envoy".
func (s *scan) succeededAs(i, j int) bool {
	if i < 2 || !s.sameSent(i-2, i) {
		return false
	}
	before, after := s.tokKey(i-1), s.tokKey(j)
	switch {
	case (successionVerbs[before] || before == "with") && after == "as":
		k := j + 1
		if s.tokKey(k) == "the" || s.tokKey(k) == "a" || s.tokKey(k) == "its" || s.tokKey(k) == "his" {
			k++
		}
		return k < len(s.toks) && s.sameSent(j, k) && s.class(k)&(wcTitle|wcTitleMod|wcRole) != 0
	case before == "by" && successionVerbs[s.tokKey(i-2)]:
		return true
	case before == "by" && s.class(i-2)&(wcTitle|wcRole) != 0:
		// "succeeded as First Secretary by X": the office between.
		for k := i - 2; k > 0 && i-k < 6 && s.sameSent(k, i); k-- {
			if s.tokKey(k) == "as" {
				return successionVerbs[s.tokKey(k-1)]
			}
		}
	}
	return false
}

// successionVerbs hand an office from one holder to the next.
var successionVerbs = map[string]bool{"succeeded": true, "succeeds": true, "replaced": true, "replaces": true}
