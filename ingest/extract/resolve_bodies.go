package extract

import (
	"regexp"
	"sort"
	"strings"
)

// The catalog knows the United States' Congress, Senate and House of
// Representatives by those names alone, and other states' parliaments bear
// them too: in a page on Libya's politics "Members of the House of
// Representatives and the New General National Congress signed a political
// agreement" are Libyan, not American. In a document about another state
// (the state its sentences name most, by a clear margin), not of the United
// States government, such a name written without the United States is a
// body of its own, named as written; "the U.S. Senate" stays the catalog's,
// and so does "Congress" where the document names an American official
// the catalog knows ("President Trump informed Congress of his intent to
// rescind Syria's designation").

// sharedBodyNames are the catalog ids of the United States' bodies whose
// bare names other states' bodies share.
var sharedBodyNames = map[string]bool{
	"organization:united-states-congress":                 true,
	"organization:united-states-senate":                   true,
	"organization:united-states-house-of-representatives": true,
}

// reNamesUS: a mention that names the United States itself.
var reNamesUS = regexp.MustCompile(`\b(?:U\.?S\.?|United States|American)\b`)

// localBodies gives the document's own state's bodies their own ids (see
// above).
func (s *scan) localBodies(ms []pending) {
	if usGovDocument(s.doc) {
		return
	}
	if p := principalOfPending(ms); p == "" || p == "country:united-states" || s.namesUSOfficial(ms) {
		return
	}
	for i := range ms {
		m := &ms[i]
		if !sharedBodyNames[m.id] || m.anaphor || m.pronoun {
			continue
		}
		if reNamesUS.MatchString(s.doc.Text[s.toks[m.from].start:s.toks[m.to-1].end]) {
			continue
		}
		s.asWritten(m)
	}
}

// asWritten makes a catalog mention an entity of its own, named as the
// text writes it without its article: the catalog's entry is not the one
// meant.
func (s *scan) asWritten(m *pending) {
	name := oneLine(s.doc.Text[s.toks[m.from].start:s.toks[m.to-1].end])
	name = strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The ")
	m.id, m.entry, m.name = entityTypes[m.typ]+":"+slug(name), -1, name
}

// principalOfPending is the country the document's mentions name most
// (demonyms included), when it leads the next by two to one and is named
// three times at least; "" when no state leads so. (The relation rules'
// principalCountry reads the same from the sentences' arguments, later.)
func principalOfPending(ms []pending) string {
	counts := map[string]int{}
	for _, m := range ms {
		if m.typ == "Country" && !m.metonym {
			counts[m.id]++
		}
	}
	best, first, second := "", 0, 0
	ids := make([]string, 0, len(counts))
	for id := range counts {
		ids = append(ids, id)
	}
	sort.Strings(ids) // ties go to the first id, whatever the map's order
	for _, id := range ids {
		if n := counts[id]; n > first {
			best, first, second = id, n, first
		} else if n > second {
			second = n
		}
	}
	if first < 3 || first < 2*second {
		return ""
	}
	return best
}

// reUSDescription: a catalog person's description as an American
// official ("45th and 47th president of the United States").
var reUSDescription = regexp.MustCompile(`(?i)\b(?:of the United States|United States|U\.S\.|US|American)\b`)

// namesUSOfficial reports a catalog person of the document described as
// an American official.
func (s *scan) namesUSOfficial(ms []pending) bool {
	for _, m := range ms {
		if m.typ == "Person" && m.entry >= 0 && reUSDescription.MatchString(s.x.cat.entries[m.entry].Description) {
			return true
		}
	}
	return false
}
