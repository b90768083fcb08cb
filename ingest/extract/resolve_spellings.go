package extract

import "strings"

// A person the catalog knows is often written another way: "Hafiz
// al-Asad" for Hafez al-Assad, "Massoud Barzani" for Masoud Barzani,
// "Esmail Baghaei" for Esmaeil Baghaei. Transliterations from Arabic and
// Persian differ mostly in doubled letters and in "e" against "i", so a
// detected full name is compared with the catalog's names in a form that
// writes doubled letters once and "e" as "i". Only whole names of two
// words or more are compared, and only a spelling that one catalog person
// alone bears resolves: "Hasan ibn Ali" stays apart from "Husayn ibn Ali",
// whose vowels differ.

// spellingKey is a name's form for comparing spellings.
func spellingKey(name string) string {
	key := strings.ReplaceAll(foldName(name), "'", "")
	var b strings.Builder
	b.Grow(len(key))
	var prev rune
	for _, r := range key {
		if r == 'e' {
			r = 'i'
		}
		if r == prev && r != ' ' {
			continue
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// indexSpellings maps the spelling keys of the catalog people's names and
// aliases of two words or more to their entries; a key two people share
// maps to -1.
func indexSpellings(cat *catalog) map[string]int {
	out := map[string]int{}
	for i, e := range cat.entries {
		if e.Type != "Person" {
			continue
		}
		for _, form := range append([]string{e.Name}, e.Aliases...) {
			if len(strings.Fields(form)) < 2 {
				continue
			}
			k := spellingKey(form)
			if prev, ok := out[k]; ok && prev != i {
				out[k] = -1
				continue
			}
			out[k] = i
		}
	}
	return out
}

// spellingVariant finds the catalog person a detected full name spells
// another way.
func (x *Extractor) spellingVariant(name string) (int, bool) {
	if len(strings.Fields(name)) < 2 {
		return -1, false
	}
	i, ok := x.spellings[spellingKey(name)]
	return i, ok && i >= 0
}
