package extract

import (
	"regexp"
	"strings"
)

// Asides: a clause set off by commas between a name and what it did.
// "Britain, fearing that Nazi Germany would gain full control of Lebanon,
// sent its army into Syria" says that Britain sent its army into Syria; the
// rules, which read the words between two names, see "Nazi Germany" and
// "Lebanon" in the way. An aside view of such a sentence blanks the clause
// out (offsets kept), and the sentence rules read it as well as the sentence
// itself.

// reAside is the clause right after a name: it opens with a lower-case word
// (group 1: a relative word, a participle, an article, an office: "who
// had", "fearing that", "the largest", "chairman of the PLO") and ends at a
// comma before a verb (group 2). It holds no comma itself: a list of names
// is no aside.
var reAside = regexp.MustCompile(`^` + sp + `*,` + sp + `+([a-z]+)` + sp + `+[^,;:()"“”\[\]]{3,200}?,` + sp + `+([a-z]+)\b`)

// notAside: openers of what is a list or a further argument, not an aside.
var notAside = map[string]bool{"including": true, "excluding": true, "according": true, "along": true, "together": true, "joined": true, "accompanied": true, "left": true, "right": true, "seated": true, "pictured": true,
	"and": true, "or": true, "but": true, "nor": true, "as": true, "plus": true, "with": true, "alongside": true}

// asideVerb reports a word that can be the verb of the name before the
// aside: a past tense, a present tense of the third person, or one of the
// common irregular ones.
func asideVerb(w string) bool {
	switch w {
	case "said", "says", "sent", "took", "led", "became", "began", "made", "met", "fought", "won", "lost", "held",
		"went", "came", "gave", "told", "rose", "fell", "struck", "saw", "brought", "built", "sought", "kept",
		"found", "was", "were", "is", "are", "has", "had", "have", "will", "would", "could", "can", "did", "does",
		"withdrew", "drove", "ran", "shot", "spoke", "wrote", "left":
		return true
	}
	if strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") {
		return false
	}
	return len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s"))
}

// asideViews gives, for each sentence with an aside after one of its
// actors, the sentence with the aside blanked out. The blanked text is one
// copy of the document shared by those views: asides do not overlap.
func asideViews(views []*sentView, ents *entitySet) []*sentView {
	var spans [][2]int
	for _, v := range views {
		if !strings.Contains(v.lower, ", ") {
			continue
		}
		// Only the sentence's first name, its subject: a name further on
		// is more often one of a list.
		if len(v.args) < 2 {
			continue
		}
		a := v.args[0]
		if !a.actor() || a.m.Demonym {
			continue
		}
		// From the name itself: an office in apposition ("Yasser Arafat,
		// chairman of the PLO,") is part of its argument.
		end := a.m.End
		loc := reAside.FindStringSubmatchIndex(v.between(end, v.end))
		if loc == nil || notAside[v.between(end+loc[2], end+loc[3])] || !asideVerb(v.between(end+loc[4], end+loc[5])) {
			continue
		}
		spans = append(spans, [2]int{end, end + loc[4]}) // up to the verb
	}
	if len(spans) == 0 {
		return nil
	}
	text := []byte(views[0].text)
	for _, s := range spans {
		for i := s[0]; i < s[1]-1; i++ {
			text[i] = ' ' // byte for byte, so every offset holds
		}
	}
	blank := string(text)
	var out []*sentView
	si := 0
	for _, v := range views {
		if si >= len(spans) || spans[si][0] >= v.end {
			continue
		}
		s := spans[si]
		si++
		w := &sentView{text: blank, idx: v.idx, start: v.start, end: v.end}
		for _, m := range v.ments {
			if m.End <= s[0] || m.Start >= s[1] {
				w.ments = append(w.ments, m)
			}
		}
		for _, d := range v.dates {
			if d.End <= s[0] || d.Start >= s[1] {
				w.dates = append(w.dates, d)
			}
		}
		w.args = buildArgs(blank, ents, w.ments)
		w.lower = strings.ToLower(blank[v.start:v.end])

		out = append(out, w)
	}
	return out
}
