package extract

import "strings"

// Reference matter — an encyclopedia page's footnotes, bibliography and
// link lists — names authors, publishers and book titles, none of which the
// page is about. Its lines are treated like the document's not-entity
// spans: nothing is detected in them, and a catalog entity named only there
// is dropped.

// referenceHeadings open the sections a wiki page ends with; every line
// after one is reference matter.
var referenceHeadings = map[string]bool{
	"see also": true, "references": true, "bibliography": true, "external links": true,
	"further reading": true, "works cited": true, "notes and references": true,
	"citations": true, "footnotes": true, "sources": true, "general references": true,
}

// markReferenceLines flags every token of a reference line, and every
// token after the point where reference lines become the rule: a page's
// footnotes follow its text once its headings are gone, and not every
// footnote has a citation's shape.
func (s *scan) markReferenceLines() {
	type line struct {
		start, end int
		cite       bool
	}
	var lines []line
	text := s.doc.Text
	rest := -1 // byte offset where the reference matter starts
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		l := text[start:end]
		if strings.TrimSpace(l) != "" {
			if rest < 0 && start > 0 && referenceHeadings[strings.ToLower(strings.Trim(l, " \t#=*:"))] {
				rest = start
			}
			// A wiki page's category list closes its text: what follows
			// it are the page's notes.
			if rest < 0 && strings.HasPrefix(strings.TrimSpace(l), "Category:") {
				rest = end
			}
			lines = append(lines, line{start, end, citationLine(l)})
		}
		start = end + 1
	}
	for i := range lines {
		if rest >= 0 && lines[i].start >= rest {
			break
		}
		if !lines[i].cite {
			continue
		}
		n := 0
		for j := i; j < len(lines) && j < i+tailWindow; j++ {
			if lines[j].cite {
				n++
			}
		}
		if n >= tailCites {
			rest = lines[i].start
			break
		}
	}
	k := 0
	for _, l := range lines {
		for k < len(s.toks) && s.toks[k].start < l.start {
			k++
		}
		if !l.cite && (rest < 0 || l.start < rest) {
			continue
		}
		for ; k < len(s.toks) && s.toks[k].start < l.end; k++ {
			s.notEnt[k] = true
		}
	}
}

// A run of tailCites citation lines among tailWindow lines opens the
// footnotes: body paragraphs cite inline, not line after line.
const (
	tailWindow = 8
	tailCites  = 5
)

// citationLine reports whether a line has the shape of a reference: a
// numbered footnote ("[12] ..."), a bare address, an identifier or
// retrieval note (ISBN, "Retrieved 4 August 2016"), page numbers ("pp.
// 221–225", "p.625", "Page 457"), an author-year opening ("Shaffer, Brenda
// (2003).") or an author opening ("Farrokh, Kaveh. Iran at War").
func citationLine(line string) bool {
	t := strings.TrimSpace(strings.TrimLeft(line, " \t-*•#"))
	if len(t) > 2 && t[0] == '[' {
		i := 1
		for i < len(t) && t[i] >= '0' && t[i] <= '9' {
			i++
		}
		if i > 1 && i < len(t) && t[i] == ']' {
			return true
		}
	}
	if strings.Contains(t, "http://") || strings.Contains(t, "https://") {
		return true // an address: a source, not text
	}
	for _, mark := range citationMarks {
		for from := 0; ; {
			j := strings.Index(t[from:], mark)
			if j < 0 {
				break
			}
			j += from
			after := strings.TrimLeft(t[j+len(mark):], " :")
			if mark == "ISBN" || after != "" && (after[0] >= '0' && after[0] <= '9' || mark == "Retrieved" && monthOpening(after)) {
				return true
			}
			from = j + len(mark)
		}
	}
	return authorYear(t) || authorOpening(t)
}

// citationMarks are written only in references; all but ISBN must be
// followed by a number ("pp. 221", "Retrieved 1 October 2007").
var citationMarks = []string{"ISBN", "Retrieved", " pp.", " p.", "Page ", ", page ", ", pages ", "doi:", ", by "}

// monthOpening reports a text opening with an English month name.
func monthOpening(t string) bool {
	for _, m := range []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"} {
		if strings.HasPrefix(t, m) {
			return true
		}
	}
	return false
}

// authorYear reports a line opening "Surname, Given (Year)": capitalised
// words and a comma, then a year in parentheses, within the first words.
func authorYear(t string) bool {
	words := strings.Fields(t)
	comma := false
	for i, w := range words {
		if i >= 7 {
			return false
		}
		if len(w) >= 5 && w[0] == '(' && isYear(w[1:5]) {
			return comma && i >= 2
		}
		c := w[0]
		if !(c >= 'A' && c <= 'Z' || w == "and" || w == "&" || w == "de" || w == "van" || w == "von") {
			return false
		}
		if strings.HasSuffix(w, ",") {
			comma = true
		}
	}
	return false
}

// authorOpening reports a line opening "Surname, Given." — an author
// inverted for a bibliography ("Farrokh, Kaveh. Shadows in the Desert").
func authorOpening(t string) bool {
	words := strings.Fields(t)
	if len(words) < 3 {
		return false
	}
	a, b := words[0], words[1]
	return len(a) > 2 && a[0] >= 'A' && a[0] <= 'Z' && strings.HasSuffix(a, ",") &&
		len(b) > 2 && b[0] >= 'A' && b[0] <= 'Z' && strings.HasSuffix(b, ".") && strings.ToLower(b) != b &&
		!monthAbbreviations[strings.ToLower(strings.TrimSuffix(b, "."))]
}

// monthAbbreviations open a wire dateline's date ("PARIS, Jan. 27
// (Reuter) -"), which is no author's given name.
var monthAbbreviations = map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true}

// isYear reports four digits from 1500 to 2099.
func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s[0] == '1' && s[1] >= '5' || s[0] == '2' && s[1] == '0'
}
