package extract

import "strings"

// titleInfo is the title or role written with a person's mention.
type titleInfo struct {
	text       string // "Foreign Minister"; empty for a bare honorific
	start, end int    // bytes
	of         string // id of the country or organisation it is held for
	// honorific marks "Mr.", "Dr.", "Sen." and other words that prove a
	// person is named even when they carry no role worth recording.
	honorific bool
}

// honorificsOnly are titles that say someone is a person, not what they do.
var honorificsOnly = map[string]bool{"mr.": true, "ms.": true, "mrs.": true, "dr.": true, "prof.": true, "mr": true, "ms": true, "mrs": true, "dr": true, "h.e.": true, "h.m.": true, "h.r.h.": true, "majesty": true, "highness": true, "excellency": true, "honourable": true, "honorable": true, "dato": true, "datuk": true, "samdech": true}

// stylesOfAddress are the honorifics of a style ("His Majesty", "H.E."):
// they say a person is named, and are part of neither the name nor the
// title.
var stylesOfAddress = map[string]bool{"h.e.": true, "h.m.": true, "h.r.h.": true, "majesty": true, "highness": true, "excellency": true, "honourable": true, "honorable": true}

// knightlyStyles are styles written between an office and a name
// ("Prime Minister Sir Julius Chan", "Foreign Secretary Lord
// Carrington"): the name's, no word of the office.
var knightlyStyles = map[string]bool{"sir": true, "dame": true, "lord": true, "lady": true}

// nameHonorifics open a name in this region's usage rather than state a
// role.
var nameHonorifics = map[string]bool{"sayyid": true, "sayyed": true, "seyed": true, "seyyed": true, "sheikh": true, "shaikh": true, "rabbi": true}

// attachTitles fills the title of every person mention that has one.
func (s *scan) attachTitles(ms []pending) {
	at := make([]int, len(s.toks))
	for i := range at {
		at[i] = -1
	}
	for k, m := range ms {
		for i := m.from; i < m.to; i++ {
			at[i] = k
		}
	}
	for k := range ms {
		if ms[k].typ != "Person" || ms[k].demonym {
			continue
		}
		t, ok := s.titleBefore(ms[k].from, at, ms)
		if !ok {
			t, ok = s.roleTitle(ms[k].to, at, ms)
		}
		if !ok {
			t, ok = s.titleInside(ms[k], at, ms)
		}
		if !ok {
			continue
		}
		// "President Vladimir Putin of Russia"
		if to := ms[k].to; t.of == "" && to+1 < len(s.toks) && s.toks[to].key == "of" {
			if q := at[to+1]; q >= 0 && isHolder(ms[q].typ) {
				t.of = ms[q].id
			}
		}
		ms[k].title = t
		// "Zorba Quxley and Ali Quxbeh, both members of Hamas": the person
		// before "and" holds it too.
		if k > 0 && ms[k-1].typ == "Person" && ms[k-1].title.text == "" && s.sharedRole(ms[k-1], ms[k]) {
			ms[k-1].title = t
		}
	}
}

// titleLinks join an office to what it serves: "Assistant to the President".
var titleLinks = map[string]bool{"to": true, "of": true, "for": true}

// sharedRole reports two people joined by "and" whose apposition after
// the second opens with "both" or "all", or names the role in the plural
// ("X and Y, members of Hamas").
func (s *scan) sharedRole(a, b pending) bool {
	if b.from != a.to+1 || s.toks[a.to].key != "and" || b.to+1 >= len(s.toks) || s.toks[b.to].key != "," {
		return false
	}
	if k := s.toks[b.to+1].key; k == "both" || k == "all" {
		return true
	}
	from, end, ok := s.roleAfter(b.to)
	if !ok || end-from < 1 {
		return false
	}
	key := s.toks[end-1].key
	w, known := s.x.words[strings.TrimSuffix(key, "s")]
	return strings.HasSuffix(key, "s") && known && w.cls&wcRole != 0
}

// titleInside reads the title a catalog name opens with ("King Salman",
// an alias of Salman bin Abdulaziz) as if it stood before the name, so
// "Saudi Arabia's King Salman" holds the office as "King Salman of Saudi
// Arabia" does.
func (s *scan) titleInside(m pending, at []int, ms []pending) (titleInfo, bool) {
	j := m.from
	for j < m.to-1 && s.toks[j].cap && s.class(j)&wcTitle != 0 {
		j++
	}
	if j == m.from {
		return titleInfo{}, false
	}
	// "Amir Hatami": a word that may be a title opens the name itself.
	name := m.name
	if m.entry >= 0 {
		name = s.x.cat.entries[m.entry].Name
	}
	// Written in capitals too: "AMIR HATAMI (HATAMI) is the Commander".
	if strings.HasPrefix(strings.ToLower(name)+" ", strings.ToLower(s.text(m.from))+" ") {
		return titleInfo{}, false
	}
	saved := append([]int(nil), at[m.from:j]...)
	for i := m.from; i < j; i++ {
		at[i] = -1
	}
	t, ok := s.titleBefore(j, at, ms)
	copy(at[m.from:j], saved)
	return t, ok
}

func isHolder(typ string) bool { return typ == "Country" || typ == "Organization" }

// notOfficeOf are lower-case nouns that, before "of" and a title, name
// what belongs to the titled person, not an office: "the army of Sultan
// Selim", "the forces of Shah Ismail", "the son of King Hussein".
var notOfficeOf = map[string]bool{
	"army": true, "armies": true, "forces": true, "troops": true, "fleet": true, "navy": true, "men": true,
	"soldiers": true, "followers": true, "supporters": true, "son": true, "sons": true, "daughter": true,
	"wife": true, "widow": true, "brother": true, "sister": true, "father": true, "mother": true,
	"nephew": true, "grandson": true, "cousin": true, "court": true, "envoys": true, "emissary": true,
}

// maxTitleWords bounds the tokens a title before a name may span:
// "Deputy Assistant to the President and Coordinator for the Middle East
// and North Africa" takes fourteen.
const maxTitleWords = 16

// titleBefore reads the title phrase that ends right before token from.
func (s *scan) titleBefore(from int, at []int, ms []pending) (titleInfo, bool) {
	var t titleInfo
	// The phrase: title words of any case, capitalised words and
	// connectors between them, and country or organisation mentions.
	r := from
	for k := from - 1; k >= 0 && from-k <= maxTitleWords && s.sameSent(k, from); k-- {
		tok := &s.toks[k]
		inHolder := at[k] >= 0 && (isHolder(ms[at[k]].typ) || ms[at[k]].typ == "Place")
		switch {
		case at[k] >= 0 && ms[at[k]].typ == "Person":
		// "Vice President of Syria under Hafez al-Assad": "under" in lower
		// case is the preposition, not the "Under" of "Under Secretary".
		case tok.key == "under" && !tok.cap:
		// "Meeting King Abdullah II of Jordan in Sochi, Putin …": a
		// participle opening the sentence is capitalised for its place,
		// no word of the title.
		case tok.cap && strings.HasSuffix(tok.key, "ing") && s.sentenceStart(k) && s.class(k)&(wcTitle|wcTitleMod) == 0 && !inHolder:
		case tok.kind == tkWord && (s.class(k)&(wcTitle|wcTitleMod) != 0 || inHolder || tok.cap && s.class(k)&wcStop == 0):
			r = k
			continue
		// "Iraq's then-president Saddam Hussein": "then" dates the
		// office, it is no word of the title.
		case tok.key == "then" && r < from && r-k <= 2:
			r = k
			continue
		// "an adviser to Supreme Leader Ali Khamenei": a lower-case title
		// before "to" and a capitalised one after it are two people's;
		// the name's is the one after ("Special Envoy to the Middle East",
		// "Ambassador to Israel" stay whole).
		case tok.key == "to" && k > 0 && r == k+1 && s.toks[r].cap && s.class(r)&(wcTitle|wcTitleMod) != 0 &&
			!s.toks[k-1].cap && s.class(k-1)&wcTitle != 0:
		// "the Ottoman army of Sultan Selim I", "the son of King Hussein":
		// what is the person's, not a word of the office.
		case tok.key == "of" && k > 0 && !s.toks[k-1].cap && notOfficeOf[s.toks[k-1].key]:
		case (tok.key == "of" || tok.key == "the" || tok.key == "for" || tok.key == "to" || s.glued(k)) && k > 0 && r-k <= 2 && r < from:
			continue
		// "Commander-in-Chief": "in" between two glued hyphens.
		case tok.key == "in" && k > 0 && s.glued(k-1) && s.glued(k+1) && r == k+2:
			r = k
			continue
		// "Coordinator for Global Infrastructure and Energy Security":
		// "and" between two capitalised words of one title.
		// A name before an "and" that a title word or a state follows
		// ends another person's phrase: "King Hussein of Jordan and
		// President Assad", "the Emir of Qatar and Iranian President
		// Rouhani".
		// "The Secretary and Deputy Commander Haftar": one title word
		// after "the", then "and" and another title, is someone the text
		// named before and the person after.
		// ("Assistant to the President and Coordinator" is one title.)
		case tok.key == "and" && r == k+1 && k > 1 && s.toks[k-2].key == "the" && s.class(k-1)&wcTitle != 0 &&
			s.class(k+1)&(wcTitle|wcTitleMod) != 0 && (k < 3 || !titleLinks[s.toks[k-3].key]):
		case tok.key == "and" && r == k+1 && k > 0 && s.toks[k-1].cap && s.toks[k-1].kind == tkWord && s.sameSent(k-1, from) &&
			(at[k-1] < 0 || ms[at[k-1]].typ != "Person") &&
			!(at[k-1] >= 0 && (s.class(k+1)&(wcTitle|wcTitleMod) != 0 || at[k+1] >= 0 && isHolder(ms[at[k+1]].typ))):
			continue
		}
		break
	}
	// "with Abdullah and Egyptian President Sisi": words before an "and"
	// with no title word, state or brief among them are someone else's
	// name, no part of the title.
	for k := r; k < from; k++ {
		if s.toks[k].key != "and" {
			continue
		}
		named := k > r
		for j := r; j < k; j++ {
			if s.class(j)&(wcTitle|wcTitleMod) != 0 || at[j] >= 0 || s.toks[j].kind != tkWord || !s.toks[j].cap {
				named = false
				break
			}
		}
		if named {
			r = k + 1
		}
		break
	}
	lead := r // where the phrase began, for a possessive before it
	// "high-ranking Lebanese Hezbollah commander": the rank is no word of
	// the office, and the holders come after it.
	if r+2 < from && s.glued(r+1) && s.toks[r+2].key == "ranking" {
		r += 3
	}
	for r < from && (s.toks[r].key == "of" || s.toks[r].key == "the" || s.toks[r].key == "for" || s.toks[r].key == "to" || s.toks[r].key == "and" || s.toks[r].key == "then" || s.toks[r].kind != tkWord) {
		r++
	}
	if r == from {
		return t, false
	}
	// Honorifics that belong to the name ("Foreign Minister Sayyid Badr",
	// "Foreign Minister Dr. Abbas Araghchi") are no part of the title.
	last := from
	// "Prime Minister Sir Allan Kemakeza": a knighthood's style too.
	for last-1 > r && (nameHonorifics[s.toks[last-1].key] || honorificsOnly[s.toks[last-1].key] || knightlyStyles[s.toks[last-1].key]) {
		last--
	}
	// The head: the last title word, followed by nothing or by "of …".
	h := -1
	for k := last - 1; k >= r; k-- {
		if s.class(k)&wcTitle != 0 && (k == last-1 || s.toks[k+1].key == "of" || s.toks[k+1].key == "for" || s.toks[k+1].key == "to") {
			h = k
			break
		}
	}
	if h < 0 {
		return t, false
	}
	if honorificsOnly[s.toks[h].key] && (h == from-1 || h == last-1) {
		t.honorific = true
	}
	// Leading country or organisation: "Iranian Foreign Minister",
	// "U.S. Mideast Envoy", "Iran's Foreign Minister".
	start := r
	// "H.E. Foreign Minister", "His Royal Highness Crown Prince": a style
	// of address before the title is no part of it.
	for k := h - 1; k >= start; k-- {
		if stylesOfAddress[s.toks[k].key] {
			start = k + 1
			break
		}
	}
	for start < h && at[start] >= 0 && isHolder(ms[at[start]].typ) {
		// "the pro-Soviet President Nasser": a stance, not his state.
		if stanceBefore(s.doc.Text, s.toks[ms[at[start]].from].start) {
			start = ms[at[start]].to
			continue
		}
		t.of = ms[at[start]].id
		start = ms[at[start]].to
	}
	if t.of == "" && lead >= 2 && s.toks[lead-1].kind == tkPoss && at[lead-2] >= 0 && isHolder(ms[at[lead-2]].typ) {
		t.of = ms[at[lead-2]].id
	}
	end := last
	// "Special Envoy for Yemen", "Ambassador to Oman": a state after
	// "for" or "to" is the office's brief, not the state it is held
	// for; the title keeps it.
	portfolio := h < last-1 && (s.toks[h+1].key == "for" || s.toks[h+1].key == "to")
	if h < last-1 && !portfolio {
		// "President of France": the tail names the holder.
		k := h + 2
		if k < from && s.toks[k].key == "the" {
			k++
		}
		if q := at[k]; q >= 0 && isHolder(ms[q].typ) && ms[q].to == last && t.of == "" {
			t.of = ms[q].id
			end = h + 1
		}
	}
	if portfolio && t.of == "" {
		// "Minister for Foreign Affairs of Finland": the brief comes
		// first, the holder after "of" at the title's end.
		for k := last - 1; k > h+2; k-- {
			if q := at[k]; q >= 0 && isHolder(ms[q].typ) && !ms[q].demonym && ms[q].to == last && ms[q].from == k {
				of := k - 1
				if s.toks[of].key == "the" {
					of--
				}
				if s.toks[of].key == "of" {
					t.of = ms[q].id
					end = of
				}
				break
			}
		}
	}
	if t.of == "" {
		// "Chairman of the Joint Chiefs of Staff General": the holder
		// named inside the title.
		for k := start; k < end && !(portfolio && k > h); k++ {
			if at[k] >= 0 && isHolder(ms[at[k]].typ) && !ms[at[k]].demonym {
				t.of = ms[at[k]].id
				break
			}
		}
	}
	if start >= end {
		// The holder's name took the whole phrase: no title is left.
		return titleInfo{}, false
	}
	if !t.honorific {
		t.start, t.end = s.toks[start].start, s.toks[end-1].end
		t.text = strings.Join(strings.Fields(s.doc.Text[t.start:t.end]), " ")
	}
	return t, true
}

// roleTitle reads an apposition's role after a name: ", a senior fellow at
// the Carnegie Endowment" gives "senior fellow", held at the Endowment.
func (s *scan) roleTitle(to int, at []int, ms []pending) (titleInfo, bool) {
	from, end, ok := s.roleAfter(to)
	if !ok {
		return titleInfo{}, false
	}
	t := titleInfo{start: s.toks[from].start, end: s.toks[end-1].end}
	t.text = strings.Join(strings.Fields(s.doc.Text[t.start:t.end]), " ")
	// "both members of Hamas": each holds the role in the singular.
	if key := s.toks[end-1].key; strings.HasSuffix(key, "s") {
		if w, ok := s.x.words[strings.TrimSuffix(key, "s")]; ok && w.cls&wcRole != 0 {
			t.text = strings.TrimSuffix(t.text, "s")
			t.end-- // the span holds the title: "member" of "members"
		}
	}
	k := end
	if k < len(s.toks) && (s.toks[k].key == "at" || s.toks[k].key == "of" || s.toks[k].key == "with" || s.toks[k].key == "for") {
		k++
		if k < len(s.toks) && s.toks[k].key == "the" {
			k++
		}
		if k < len(s.toks) && at[k] >= 0 && isHolder(ms[at[k]].typ) {
			t.of = ms[at[k]].id
			// "secretary of Iran's Supreme National Security Council":
			// the body the state owns.
			if e := ms[at[k]].to; s.tokKey(e) == "'s" || s.tokKey(e) == "’s" {
				if o := e + 1; o < len(s.toks) && at[o] >= 0 && ms[at[o]].typ == "Organization" {
					t.of = ms[at[o]].id
				}
			}
		}
	}
	return t, true
}
