package extract

// Armed groups of the region are often named in transliterated Arabic,
// opening with the word for what they are: "Jund al-Aqsa" (soldiers),
// "Jaysh al-Adl" (army), "Liwa al-Quds" (brigade), "Saraya Awliya al-Dam"
// (companies), "Katibat al-Imam Ali" (battalion), "Ansar al-Sharia"
// (supporters), "Harakat al-Nujaba" (movement). Such a head word, written
// with a capital and followed by the rest of the name (capitalised words
// and the article "al-"), names an organisation, whatever the words after
// it would be alone (a place, a given name). Inside parentheses or in
// italics such a name is the Arabic of a name the text uses ("Hamas is an
// acronym of _Harakat al-Muqawama al-Islamiyya_"), and before "(Arabic:"
// it is glossed by the name the text goes on to use ("Jaish al-Ta'ifa
// al-Mansurah (Arabic: ..., "Army of the Victorious Sect")"): neither is
// another organisation.

// arabicOrgHeads open an organisation's name in transliterated Arabic.
var arabicOrgHeads = map[string]bool{
	"jund": true, "jaysh": true, "jaish": true, "liwa": true, "liwaa": true, "saraya": true, "katibat": true,
	"kataib": true, "kata'ib": true, "ansar": true, "harakat": true, "jabhat": true, "tanzim": true, "hizb": true,
	"quwat": true, "firqat": true, "faylaq": true, "asa'ib": true, "majlis": true,
}

// detectArabicOrgs proposes the organisations of arabicOrgHeads.
func (s *scan) detectArabicOrgs() {
	for h := 0; h+1 < len(s.toks); h++ {
		t := &s.toks[h]
		if t.kind != tkWord || !t.cap || !arabicOrgHeads[t.key] || s.notEnt[h] || s.catTyp[h] != "" || s.inParentheses(h) {
			continue
		}
		end := s.arabicNameEnd(h)
		if end <= h+1 || s.glossed(h, end) {
			continue
		}
		s.cands = append(s.cands, candidate{from: h, to: end, entry: -1, typ: "Organization", name: s.spanText(h, end), prio: prioTyped})
	}
}

// arabicNameEnd is where the name opened by the head word at h ends: after
// its capitalised words and "al-" articles, not on a hyphen or an article.
func (s *scan) arabicNameEnd(h int) int {
	end := h + 1
	for end < len(s.toks) && end-h < 8 && s.sameSent(h, end) &&
		(s.glued(end) && end > h+1 || // the hyphen of "al-Aqsa"
			s.capWord(end) ||
			s.class(end)&wcParticle != 0 && end+1 < len(s.toks) && s.glued(end+1)) { // "al" of "al-Aqsa"
		end++
	}
	for end > h+1 && (s.toks[end-1].key == "-" || s.class(end-1)&wcParticle != 0) {
		end--
	}
	return end
}

// inParentheses reports whether token i lies inside a parenthesis opened
// earlier in its sentence.
func (s *scan) inParentheses(i int) bool {
	for k := i - 1; k >= 0 && s.toks[k].sent == s.toks[i].sent; k-- {
		switch s.toks[k].key {
		case ")":
			return false
		case "(":
			return true
		}
	}
	return false
}

// glossed reports a name in italics ("_Harakat al-Nujaba_"), followed by
// its Arabic in parentheses ("(Arabic: ..."), or in a sentence that speaks
// of the Arabic before it.
func (s *scan) glossed(from, to int) bool {
	text := s.doc.Text
	if a, b := s.toks[from].start, s.toks[to-1].end; a > 0 && text[a-1] == '_' || b < len(text) && text[b] == '_' {
		return true
	}
	if to+1 < len(s.toks) && s.toks[to].key == "(" && s.toks[to+1].key == "arabic" {
		return true
	}
	// "an acronym of the Arabic phrase ... or Harakat al-Muqawama".
	for k := from - 1; k >= 0 && s.toks[k].sent == s.toks[from].sent; k-- {
		if s.toks[k].key == "arabic" {
			return true
		}
	}
	return false
}
