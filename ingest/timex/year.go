package timex

import "strings"

// Words that make a following four-digit number a label or a quantity rather
// than a year: "Executive Order 1979", "more than 2000", "section 1701".
var notYearBefore = map[string]bool{
	"order": true, "u.s.c.": true, "no.": true, "nos.": true, "number": true,
	"resolution": true, "section": true, "article": true, "flight": true,
	"code": true, "p.": true, "pp.": true, "page": true, "pages": true,
	"than": true, "approximately": true, "nearly": true, "almost": true,
	"least": true, "about": true, "some": true, "over": true, "only": true,
	"just": true, "route": true, "highway": true, "room": true, "suite": true,
}

// Count nouns that make a preceding four-digit number a quantity: "2000 troops".
var notYearAfter = map[string]bool{
	"people": true, "troops": true, "soldiers": true, "centrifuges": true,
	"tons": true, "tonnes": true, "kilograms": true, "kg": true, "km": true,
	"kilometers": true, "kilometres": true, "miles": true, "barrels": true,
	"missiles": true, "drones": true, "casualties": true, "deaths": true,
	"dead": true, "prisoners": true, "sorties": true, "targets": true,
	"flights": true, "warships": true, "members": true, "employees": true,
	"men": true, "women": true, "percent": true, "meters": true,
	"metres": true, "feet": true, "times": true, "hours": true, "dollars": true,
	"units": true, "fighters": true, "civilians": true, "refugees": true,
}

// Prepositions that let a year before 1900 through: "in 1501", "since 1826".
var oldYearBefore = map[string]bool{
	"in": true, "since": true, "from": true, "until": true, "till": true,
	"by": true, "of": true, "before": true, "after": true, "circa": true,
	"c.": true, "year": true, "around": true, "during": true,
}

// isYear decides whether the four digits at [start, end) are a year.
func (r resolver) isYear(start, end int) bool {
	t := r.text
	y := atoi(t[start:end])
	if !plausibleYear(y) {
		return false
	}
	if start > 0 {
		switch p := t[start-1]; {
		case p == '/' || p == '$' || p == '#' || p == '_' || isAlnum(p):
			return false
		case (p == ',' || p == '.') && start > 1 && isDigit(t[start-2]):
			return false
		}
	}
	if end < len(t) {
		switch n := t[end]; {
		case n == '/' || n == '%' || n == '_' || isAlnum(n):
			return false
		case (n == ',' || n == '.') && end+1 < len(t) && isDigit(t[end+1]):
			return false
		}
	}
	before := strings.ToLower(wordBefore(t, start))
	if notYearBefore[before] {
		return false
	}
	after := strings.ToLower(wordAfter(t, end))
	if notYearAfter[after] {
		return false
	}
	if y < 1900 || y > 2100 {
		switch after {
		case "ad", "bc", "bce", "ce":
			return true
		}
		return oldYearBefore[before]
	}
	return true
}

// wordBefore returns the whitespace-separated word ending before i, with
// trailing punctuation other than a dot removed.
func wordBefore(t string, i int) string {
	j := i
	for j > 0 && (t[j-1] == ' ' || t[j-1] == '\n' || t[j-1] == '\t' || t[j-1] == '(') {
		j--
	}
	k := j
	for k > 0 && t[k-1] != ' ' && t[k-1] != '\n' && t[k-1] != '\t' && t[k-1] != '(' {
		k--
	}
	return strings.TrimRight(t[k:j], ",;:")
}

// wordAfter returns the letters of the word starting after i and its spaces.
func wordAfter(t string, i int) string {
	j := i
	for j < len(t) && (t[j] == ' ' || t[j] == '\n' || t[j] == '\t') {
		j++
	}
	k := j
	for k < len(t) && isAlnum(t[k]) {
		k++
	}
	return t[j:k]
}
