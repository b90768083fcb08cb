package extract

import "strings"

// Detection finds entities the catalog lacks, precision first: a name is
// only taken with evidence — a title before it, a given name, a verb of
// saying, an apposition, a later bare surname, or the head word of an
// organisation, place or agreement.

// detect adds the candidates of every detection pattern.
func (s *scan) detect() {
	s.detectPeople()
	s.detectPersonPairs()
	s.detectHeaded()
	s.detectStateForms()
	s.detectFrameworks()
	s.detectPairAgreements()
	s.detectSignedPairs()
	s.detectLowerTreaties()
	s.detectResolutions()
	s.detectLowerAgreements()
	s.detectSubjectDeals()
	s.detectOrganizations()
	s.detectOrgNouns()
	s.detectOrgsBeforeNouns()
	s.detectFounded()
	s.detectAcronymOrgs()
	s.detectSpelledBodies()
	s.detectPlacePrefixes()
	s.detectPlacePhrases()
	s.detectDatelines()
	s.detectShoutedNames()
	s.detectPlaceVerbs()
	s.detectPlacePreps()
	s.detectGazetteerPlaces()
	s.detectArticlePlaces()
	s.detectPlaceFacilities()
	s.detectRoutes()
	s.detectPlaceAppositions()
	s.detectPlaceLists()
	s.detectOrgLists()
	s.detectArabicOrgs()
	s.detectYearEvents()
	s.detectSharedHeads()
}

func (s *scan) class(i int) wordClass {
	if i < 0 || i >= len(s.cls) {
		return 0
	}
	return s.cls[i]
}

// sameSent reports whether tokens i and j (in either order) lie in one
// sentence with no line break between them.
func (s *scan) sameSent(i, j int) bool {
	if i > j {
		i, j = j, i
	}
	if i < 0 || j >= len(s.toks) || s.toks[i].sent != s.toks[j].sent {
		return false
	}
	for k := i + 1; k <= j; k++ {
		if s.toks[k].newline {
			return false
		}
	}
	return true
}

// nameWord reports whether token i can be part of a person's name.
func (s *scan) nameWord(i int) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	t := &s.toks[i]
	if t.kind != tkWord || !t.cap || t.digit || strings.ContainsAny(t.key, "0123456789") || t.upper && len(t.key) > 2 && !strings.Contains(t.key, ".") {
		return false
	}
	return s.cls[i]&(wcStop|wcNoName|wcCalendar|wcTitle|wcTitleMod|wcOrgHead|wcPlaceHead|wcPlacePrefix|wcAgreementHead) == 0
}

// capWord is a capitalised word that is not shouting (all capitals, more
// than three letters) — the material of organisation and place names.
func (s *scan) capWord(i int) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	t := &s.toks[i]
	return t.kind == tkWord && t.cap && !(t.upper && len(t.key) > 4 && s.catTyp[i] == "" && !strings.Contains(t.key, "."))
}

// glued reports whether toks[i] is a hyphen written without spaces between
// two words ("Ki-moon", "al-Busaidi").
func (s *scan) glued(i int) bool {
	if i <= 0 || i+1 >= len(s.toks) || s.toks[i].key != "-" {
		return false
	}
	// En and em dashes join clauses ("Trump—Iran"), not name parts.
	if t := s.text(i); t == "–" || t == "—" || t == "―" {
		return false
	}
	return s.toks[i-1].end == s.toks[i].start && s.toks[i].end == s.toks[i+1].start
}

// detectDatelines proposes the place of a wire dateline: a line opening
// with a name in capitals and a dash ("MUSCAT —", "ARAK, Iran —").
func (s *scan) detectDatelines() {
	for i := range s.toks {
		if !(i == 0 || s.toks[i].newline) || !s.toks[i].upper || s.toks[i].kind != tkWord || s.catTyp[i] != "" {
			continue
		}
		j := i + 1
		for j < len(s.toks) && s.toks[j].upper && s.toks[j].kind == tkWord && j-i < 3 {
			j++
		}
		k := j
		if k < len(s.toks) && s.toks[k].key == "," && k+1 < len(s.toks) && s.catTyp[k+1] != "" {
			k += 2
			for k < len(s.toks) && s.catTyp[k] != "" && s.catTyp[k] == s.catTyp[k-1] {
				k++
			}
		}
		if k < len(s.toks) && s.toks[k].key == "-" && !s.glued(k) {
			s.cands = append(s.cands, candidate{from: i, to: j, entry: -1, typ: "Place", name: titleCase(s.spanText(i, j)), prio: prioDetected})
		}
	}
}

// text is token i as written.
func (s *scan) text(i int) string { return s.doc.Text[s.toks[i].start:s.toks[i].end] }

// spanText is the text of tokens [i, j) with white space collapsed and
// line breaks removed.
func (s *scan) spanText(i, j int) string {
	return strings.Join(strings.Fields(s.doc.Text[s.toks[i].start:s.toks[j-1].end]), " ")
}

// titleCase turns "ABU DHABI" into "Abu Dhabi".
func titleCase(upper string) string {
	words := strings.Fields(strings.ToLower(upper))
	for i, w := range words {
		if w != "" {
			words[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.Join(words, " ")
}
