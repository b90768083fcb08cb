package extract

import (
	"regexp"
	"strings"
)

// Evidence for a person's name that needs no title: an Arabic patronymic
// inside the name ("Talib bin Ali Alhinai") or a kinship apposition after
// it ("Talib Alhinai, the brother of the Imam").

// patronymicParticles join a given name to the father's: only people bear
// them ("bin", "bint", "ibn"). "Abu" and "al" are left out: they open
// kunyas and place names too.
var patronymicParticles = map[string]bool{"bin": true, "bint": true, "ibn": true}

// kinNouns name a family tie; ", the brother of …" after a name makes it a
// person's.
var kinNouns = map[string]bool{
	"brother": true, "sister": true, "son": true, "daughter": true, "father": true, "mother": true,
	"wife": true, "husband": true, "widow": true, "widower": true, "nephew": true, "niece": true,
	"uncle": true, "aunt": true, "cousin": true, "grandson": true, "granddaughter": true,
	"grandfather": true, "grandmother": true, "half-brother": true, "half-sister": true,
	"stepson": true, "stepfather": true, "son-in-law": true, "brother-in-law": true, "father-in-law": true,
}

// kinOrder are the words allowed between the comma and the kinship noun.
var kinOrder = map[string]bool{
	"the": true, "a": true, "his": true, "her": true, "their": true, "elder": true, "younger": true,
	"eldest": true, "youngest": true, "older": true, "late": true, "only": true, "second": true,
	"third": true, "first": true, "eldest-born": true, "half": true,
}

// patronymic reports a lower-case "bin", "bint" or "ibn" between two name
// words of [i, j).
func (s *scan) patronymic(i, j int) bool {
	for k := i + 1; k < j-1; k++ {
		if patronymicParticles[s.toks[k].key] && !s.toks[k].cap && s.nameWord(k-1) && (s.nameWord(k+1) || s.toks[k+1].cap && titleGivenNames[s.toks[k+1].key]) {
			return true
		}
	}
	return false
}

// kinAfter reports ", the brother of", ", son of", ", his wife," after the
// name ending before token j.
func (s *scan) kinAfter(j int) bool {
	if s.tokKey(j) != "," {
		return false
	}
	k := j + 1
	for n := 0; n < 3 && k < len(s.toks) && kinOrder[s.toks[k].key] && !s.toks[k].cap; n++ {
		k++
	}
	if k >= len(s.toks) || s.toks[k].cap || !s.sameSent(j, k) {
		return false
	}
	key := s.toks[k].key
	// "half-brother", "brother-in-law" are tokens joined by hyphens.
	for n := k + 1; n+1 < len(s.toks) && s.glued(n) && n-k < 5; n += 2 {
		key += "-" + s.toks[n+1].key
		k = n + 1
	}
	next := s.tokKey(k + 1)
	if successionNouns[key] {
		// "Irv Rubin, the successor to Kahane": who follows whom in an
		// office is a person.
		return next == "to" || next == "of" || next == "as"
	}
	if !kinNouns[key] {
		return false
	}
	return next == "of" || next == "," || next == "and"
}

// successionNouns place a person in a line of office holders.
var successionNouns = map[string]bool{"successor": true, "predecessor": true}

// counterpartNouns are the descriptor nouns of one person in a line of
// office or a pair of offices, set off before the name.
var counterpartNouns = map[string]bool{"counterpart": true, "successor": true, "predecessor": true}

// descriptorNouns are lower-case nouns that describe a person and may
// stand right before the name ("his aide Farouk Yazdani", "the activist
// Zeinab Qatrani") without being titles a role is held by.
var descriptorNouns = map[string]bool{
	"aide": true, "aides": true, "activist": true, "dissident": true, "businessman": true,
	"businesswoman": true, "tycoon": true, "poet": true, "writer": true, "novelist": true,
	"journalist": true, "blogger": true, "scientist": true, "physicist": true, "philosopher": true,
	"theologian": true, "preacher": true, "militant": true, "fighter": true, "gunman": true,
	"bomber": true, "hostage": true, "prisoner": true, "detainee": true, "defector": true,
	"politician": true, "lawmaker": true, "diplomat": true, "candidate": true, "opponent": true,
	"rival": true, "successor": true, "predecessor": true, "ally": true, "associate": true,
	"bodyguard": true, "assassin": true, "financier": true, "facilitator": true, "smuggler": true,
	"counterpart": true, "suspect": true, "victim": true,
}

// ageAfter reports an age set off by commas after the name ending before
// token j: "Zorbo Quxley, 45, was arrested" — only a person has one.
func (s *scan) ageAfter(j int) bool {
	if s.tokKey(j) != "," || j+2 >= len(s.toks) || s.tokKey(j+2) != "," || !s.sameSent(j, j+2) {
		return false
	}
	n := s.toks[j+1].key
	if len(n) < 1 || len(n) > 3 {
		return false
	}
	age := 0
	for _, r := range n {
		if r < '0' || r > '9' {
			return false
		}
		age = age*10 + int(r-'0')
	}
	return age >= 14 && age <= 110
}

// kinBefore reports a person's description right before token i: a
// kinship noun after a possessive ("his son Quorab Zahlawi", "Qassimi's
// brother"), a kinship noun with "of" ("the son of Zorab Qassimi"), or a
// lower-case descriptor noun ("his aide Farouk Yazdani").
func (s *scan) kinBefore(i int) bool {
	if i < 2 || !s.sameSent(i-2, i) {
		return false
	}
	prev := &s.toks[i-1]
	if prev.key == "of" && !s.toks[i-2].cap && kinNouns[s.toks[i-2].key] {
		return true
	}
	// "His mother, Alia Ghanem, was …": a possessed kinship noun set off
	// before the name.
	if prev.key == "," && i >= 3 && !s.toks[i-2].cap && kinNouns[s.toks[i-2].key] && s.sameSent(i-3, i) {
		switch q := s.toks[i-3]; {
		case q.key == "his" || q.key == "her" || q.key == "their" || q.kind == tkPoss:
			return true
		}
	}
	// "his Jordanian counterpart, Abdelsalam al-Majali,", "his successor,
	// Saad …": a person's counterpart or successor set off before the name.
	if prev.key == "," && i >= 4 && counterpartNouns[s.toks[i-2].key] && s.sameSent(i-4, i) {
		q := s.toks[i-3]
		if q.key == "his" || q.key == "her" || q.key == "their" || q.kind == tkPoss ||
			q.cap && (s.toks[i-4].key == "his" || s.toks[i-4].key == "her" || s.toks[i-4].key == "their") {
			return true
		}
	}
	if prev.kind != tkWord || prev.cap {
		return false
	}
	if descriptorNouns[prev.key] {
		return true
	}
	if !kinNouns[prev.key] {
		return false
	}
	switch s.toks[i-2].key {
	case "his", "her", "their", "'s", "whose", "the", "a":
		return true
	}
	return s.toks[i-2].kind == tkPoss
}

// describedOther reports a known surname written as another person's given
// name after a lower-case role or description: "Hamas leader Zarif
// Qudsani" is not Mohammad Javad Zarif. The next word must be a name word
// the catalog does not know.
func (s *scan) describedOther(i, j int) bool {
	if j-i < 2 || s.catTyp[i+1] != "" || i < 1 || !s.sameSent(i-1, j-1) {
		return false
	}
	prev := &s.toks[i-1]
	if prev.kind != tkWord || prev.cap {
		return false
	}
	return s.class(i-1)&(wcRole|wcTitle) != 0 || descriptorNouns[prev.key] || kinNouns[prev.key]
}

// lifeNouns are what only a person has: "the assassination of X", "X's
// funeral", "X's widow".
var lifeNouns = map[string]bool{
	"assassination": true, "murder": true, "execution": true, "funeral": true, "burial": true,
	"death": true, "widow": true, "widower": true, "assassins": true, "assassin": true, "killers": true,
	"biography": true, "memoirs": true, "birthplace": true, "successor": true, "predecessor": true,
	"resignation": true, "inauguration": true, "kidnapping": true, "abduction": true,
}

// lifeAround reports a person's life noun with "of" before the name at
// [i, j) or a possessive and a life or kinship noun after it ("Quorab
// Zahlavi's successor"), or an encyclopedia's "(born …)" after it.
func (s *scan) lifeAround(i, j int) bool {
	if i >= 2 && s.tokKey(i-1) == "of" && !s.toks[i-2].cap && lifeNouns[s.toks[i-2].key] && s.sameSent(i-2, i) {
		return true
	}
	if j+1 < len(s.toks) && s.toks[j].kind == tkPoss && s.sameSent(i, j+1) {
		if n := s.toks[j+1].key; !s.toks[j+1].cap && (lifeNouns[n] || kinNouns[n]) {
			return true
		}
	}
	if s.personPredicate(i, j) {
		return true
	}
	if j < len(s.toks) && isRegnal(s.text(j)) && s.tokKey(j+1) == "(" {
		j++ // "Haile Selassie I (…)": a regnal number before the aside
	}
	if s.tokKey(j) == "(" && s.sameSent(i, j+1) {
		switch n := s.tokKey(j + 1); n {
		case "born", "née", "nee":
			return true
		}
		// "(Arabic: …)" and "(1920 – 1990)" follow the names of groups
		// and states as well; a birth told further in, or the days of a
		// birth and a death opening a paragraph, follow people's only.
		aside := s.doc.Text[s.toks[j].start:]
		if k := strings.IndexByte(aside, ')'); k > 0 && k < 240 {
			aside = aside[:k]
			if reBornInAside.MatchString(aside) || s.paragraphOpens(i) && reLifeDays.MatchString(aside) {
				return true
			}
		}
	}
	return false
}

var (
	// reBornInAside: "(Ge'ez: …; born Lij Tafari Makonnen; 1892 – 1975)".
	reBornInAside = regexp.MustCompile(`[;,][\s\x{00A0}]*born\b`)
	// reLifeDays: the days of a birth and a death with a dash between
	// them, "16 June 1929 – 29 September 2020" or "June 16, 1929 –
	// September 29, 2020"; one of them may be a year alone, perhaps
	// approximate ("c. 1827 – 15 February 1897"), the other not.
	reLifeDays = regexp.MustCompile(`(?:` + lifeDay + `|` + lifeYear + `)[\s\x{00A0}]*[–—-][\s\x{00A0}]*(?:` + lifeDay + `)|(?:` + lifeDay + `)[\s\x{00A0}]*[–—-][\s\x{00A0}]*` + lifeYear + `\b`)
)

// lifeDay is a day written in full, lifeYear a year alone.
const (
	lifeDay  = `\b\d{1,2}[\s\x{00A0}]+` + monthName + `[\s\x{00A0}]+\d{3,4}|\b` + monthName + `[\s\x{00A0}]+\d{1,2},[\s\x{00A0}]*\d{3,4}`
	lifeYear = `(?:\b(?:c\.|ca\.|circa)[\s\x{00A0}]*)?\b\d{3,4}`
)

// personDeeds are done to or by people only: "Zorba Quxley was
// assassinated", "Zorba Quxley died in 1990". A state or a group is not
// born, assassinated or crowned, and does not die or abdicate.
var personDeeds = map[string]bool{
	"born": true, "assassinated": true, "executed": true, "hanged": true, "crowned": true, "knighted": true,
	"sworn": true, "kidnapped": true, "abducted": true, "widowed": true, "buried": true, "martyred": true,
}

// personActs are verbs whose subject is a person.
var personActs = map[string]bool{"died": true, "abdicated": true, "resigned": true, "married": true}

// personPredicate reports a person-only verb right after the name ending
// before token j.
func (s *scan) personPredicate(i, j int) bool {
	if j >= len(s.toks) || !s.sameSent(i, j) {
		return false
	}
	k := j
	if personActs[s.tokKey(k)] {
		return true
	}
	switch s.tokKey(k) {
	case "was", "had", "is":
		k++
		if s.tokKey(k) == "been" {
			k++
		}
		return k < len(s.toks) && s.sameSent(i, k) && personDeeds[s.tokKey(k)] && !s.toks[k].cap
	}
	return false
}
