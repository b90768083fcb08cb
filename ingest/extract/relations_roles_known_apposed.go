package extract

import (
	"regexp"
	"strings"
)

// Encyclopedias and the British press tell a known person's office near
// the name but not as a title written before it: "the prime minister,
// Margaret Thatcher, told the Commons", "with the Secretary of State, Mike
// Pompeo, looking on", "Waldheim, then UN Secretary-General, said",
// "Chernomyrdin, who was prime minister at the time". As for a title
// before the name (knownRoles), the catalog's description of the person
// says whose office it is ("prime minister of the United Kingdom"): the
// relation is kept only when the description holds the text's title and
// the document names that state or body. The text says the office; the
// catalog only says whose.
//
// The office must lie within nearOfficeReach bytes of the name with no
// other person between (in "Prime Minister Begin met Thatcher" the office
// is Begin's), and a bare "minister" or "general" is too loose to be
// matched to a description's longer office.

// nearOfficeReach bounds the distance between a name and its office.
const nearOfficeReach = 50

// reOfficeWord is one word of a possible office.
var reOfficeWord = regexp.MustCompile(`[\p{L}-]+`)

// looseOffices are one-word offices too loose for the rule above.
// Prince and princess are ranks of birth, not offices.
var looseOffices = map[string]bool{"minister": true, "general": true, "member": true, "official": true, "leader": true, "head": true, "chief": true, "deputy": true, "prince": true, "princess": true}

// territorialOffice: a governor's description names the territory
// governed ("governor-general of Algeria"), not the state whose office it
// is (France's), so the description cannot say whose it is.
var territorialOffice = regexp.MustCompile(`(?i)^(?:governor(?:-general)?|viceroy|resident|commissioner|administrator)$`)

// nearbyKnownOffice is the office of known person a told near the name,
// the state or body its description gives it for and the extent of name
// and office, or "" when there is none. Longer offices are tried first
// ("Foreign Minister" before "Minister").
func (b *relBuilder) nearbyKnownOffice(v *sentView, a arg, desc string) (title, of string, start, end int) {
	lo, hi := max(v.start, a.m.Start-nearOfficeReach), min(v.end, a.m.End+nearOfficeReach)
	var words [][2]int // byte ranges into the document text
	for _, loc := range reOfficeWord.FindAllStringIndex(v.between(lo, hi), -1) {
		s, e := lo+loc[0], lo+loc[1]
		if e <= a.m.Start || s >= a.m.End {
			words = append(words, [2]int{s, e})
		}
	}
	for n := 4; n >= 1; n-- {
		for i := 0; i+n <= len(words); i++ {
			s, e := words[i][0], words[i+n-1][1]
			if s < a.m.Start && e > a.m.Start || b.personBetween(v, min(e, a.m.End), max(s, a.m.Start)) {
				continue // across the name, or another's office
			}
			t := canonTitle(v.between(s, e))
			if !isTitle(t) || notAnOffice(t) || !strings.Contains(t, " ") && looseOffices[strings.ToLower(t)] || territorialOffice.MatchString(titleHead(t)) {
				continue
			}
			if of := b.describedOffice(desc, t); of != "" {
				return t, of, min(s, a.m.Start), max(e, a.m.End)
			}
		}
	}
	return "", "", 0, 0
}
