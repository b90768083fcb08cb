package extract

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/ingest/normalize"
)

// markup builds a document and its entity set by hand, so the relation
// rules are tested without the entity stage. Each line is one sentence;
// a mention is written [text|id] or [text|id|opt;opt], with options
// title=<the title written right before the mention>, titleof=<id>,
// demonym, metonym=<id>. The type comes from the id's prefix.
func markup(t testing.TB, published string, lines ...string) (normalize.Document, *entitySet) {
	t.Helper()
	doc := normalize.Document{ID: "doc:test", Locator: "test"}
	if published != "" {
		p, err := time.Parse("2006-01-02", published)
		if err != nil {
			t.Fatal(err)
		}
		doc.Published = p
	}
	ents := &entitySet{Entities: map[string]*entity{}}
	var text strings.Builder
	re := regexp.MustCompile(`\[([^|\]]+)\|([^|\]]+)(?:\|([^\]]*))?\]`)
	for si, line := range lines {
		if si > 0 {
			text.WriteString(" ")
		}
		start := text.Len()
		last := 0
		for _, m := range re.FindAllStringSubmatchIndex(line, -1) {
			text.WriteString(line[last:m[0]])
			surface, id := line[m[2]:m[3]], line[m[4]:m[5]]
			ms := text.Len()
			text.WriteString(surface)
			prefix, _, _ := strings.Cut(id, ":")
			typ := ""
			for k, p := range entityTypes {
				if p == prefix {
					typ = k
				}
			}
			if typ == "" {
				t.Fatalf("mention %q: id %q has no known type prefix", surface, id)
			}
			mt := mention{EntityID: id, Type: typ, Start: ms, End: text.Len(), Sentence: si, Text: surface}
			if m[6] >= 0 {
				for _, opt := range strings.Split(line[m[6]:m[7]], ";") {
					k, val, _ := strings.Cut(opt, "=")
					switch k {
					case "title":
						written := text.String()[:ms]
						i := strings.LastIndex(written, val)
						if i < 0 {
							t.Fatalf("title %q not written before %q", val, surface)
						}
						mt.Title, mt.TitleStart, mt.TitleEnd = val, i, i+len(val)
					case "titleof":
						mt.TitleOf = val
					case "demonym":
						mt.Demonym = true
					case "pronoun":
						mt.Pronoun = true
					case "metonym":
						mt.MetonymFor = val
					default:
						t.Fatalf("unknown option %q", opt)
					}
				}
			}
			ents.Mentions = append(ents.Mentions, mt)
			if _, ok := ents.Entities[id]; !ok {
				ents.Entities[id] = &entity{ID: id, Name: nameFromID(id), Type: typ}
			}
			last = m[1]
		}
		text.WriteString(line[last:])
		doc.Sentences = append(doc.Sentences, normalize.Span{Start: start, End: text.Len()})
	}
	doc.Text = text.String()
	return doc, ents
}

// nameFromID turns "country:united-states" into "United States".
func nameFromID(id string) string {
	_, local, _ := strings.Cut(id, ":")
	words := strings.Split(local, "-")
	for i, w := range words {
		if w != "" {
			words[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.Join(words, " ")
}

// renderRelations prints relations one per line, sorted:
// "TYPE from to key=value ...", with the properties listed in keys.
func renderRelations(rs []relation, keys ...string) []string {
	var out []string
	for _, r := range rs {
		var b strings.Builder
		fmt.Fprintf(&b, "%s %s %s", r.Type, r.From, r.To)
		for _, k := range keys {
			if v, ok := r.Props[k]; ok {
				fmt.Fprintf(&b, " %s=%v", k, v)
			}
		}
		out = append(out, b.String())
	}
	sort.Strings(out)
	return out
}

// diffLines reports what is missing from got and what is extra in it.
func diffLines(got, want []string) (missing, extra []string) {
	g, w := map[string]int{}, map[string]int{}
	for _, s := range got {
		g[s]++
	}
	for _, s := range want {
		w[s]++
	}
	for _, s := range want {
		if g[s] == 0 {
			missing = append(missing, s)
		}
	}
	for _, s := range got {
		if w[s] == 0 {
			extra = append(extra, s)
		}
	}
	return missing, extra
}

// checkRelations runs the relation rules and compares the relations of the
// given types (all when types is empty) with want.
func checkRelations(t *testing.T, published string, lines []string, types []string, keys []string, want []string) relationSet {
	t.Helper()
	doc, ents := markup(t, published, lines...)
	rs := relate(doc, ents)
	var keep []relation
	for _, r := range rs.Relations {
		if len(types) == 0 || typeIn(types, r.Type) {
			keep = append(keep, r)
		}
	}
	got := renderRelations(keep, keys...)
	missing, extra := diffLines(got, want)
	if len(missing) > 0 || len(extra) > 0 {
		t.Errorf("relations of %q:\nmissing: %q\nextra:   %q\ngot:     %q", strings.Join(lines, " "), missing, extra, got)
	}
	for _, r := range rs.Relations {
		for _, e := range r.Evidence {
			if e.Start < 0 || e.End > len(doc.Text) || e.Start >= e.End {
				t.Errorf("%s %s %s: evidence [%d,%d) outside the text", r.Type, r.From, r.To, e.Start, e.End)
			}
		}
	}
	return rs
}

// relationKeys is the set of a result's relations as "TYPE from to".
func relationKeys(res Result) map[string]bool {
	got := map[string]bool{}
	for _, r := range res.Relations {
		got[r.Type+" "+r.From+" "+r.To] = true
	}
	return got
}

// checkRelationKeys reports every relation of want ("TYPE from to") that
// res lacks and every one of not that it has.
func checkRelationKeys(t *testing.T, res Result, want, not []string) {
	t.Helper()
	got := relationKeys(res)
	for _, k := range want {
		if !got[k] {
			t.Errorf("missing %s; got %v", k, got)
		}
	}
	for _, k := range not {
		if got[k] {
			t.Errorf("unexpected %s", k)
		}
	}
}

// relationCase is one text and the relation keys it must and must not
// give (see relationKeys).
type relationCase struct {
	name, text string
	want, not  []string
}

// checkRelationCases extracts each case's text as a document of its own
// and checks its relation keys.
func checkRelationCases(t *testing.T, x *Extractor, cases []relationCase) {
	t.Helper()
	checkRelationCasesIn(t, x, cases, "", "")
}

// checkRelationCasesIn is checkRelationCases for documents with a title
// and a publication day ("" for none).
func checkRelationCasesIn(t *testing.T, x *Extractor, cases []relationCase, title, published string) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			doc := docPublished(t, tt.text, published)
			doc.Title = title
			checkRelationKeys(t, x.Extract(doc), tt.want, tt.not)
		})
	}
}

// relationsOfType are the relations of one type in rs.
func relationsOfType(rs relationSet, typ string) []relation {
	var out []relation
	for _, r := range rs.Relations {
		if r.Type == typ {
			out = append(out, r)
		}
	}
	return out
}

// pairsOfType are the "from to" pairs of a result's relations of one type.
func pairsOfType(res Result, typ string) []string {
	var out []string
	for _, r := range res.Relations {
		if r.Type == typ {
			out = append(out, r.From+" "+r.To)
		}
	}
	return out
}

// markedCase is a row of the relation tables written with marked-up
// entities: the lines of an undated document and its relations of the
// checked types.
type markedCase struct {
	name  string
	lines []string
	want  []string
}

// checkMarkedCases runs checkRelations on every case, one subtest each.
func checkMarkedCases(t *testing.T, types []string, cases []markedCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, types, nil, tt.want)
		})
	}
}

// takesPartIn reports a PARTICIPATED_IN relation into the event id.
func takesPartIn(rels []relation, id string) bool {
	for _, r := range rels {
		if r.Type == "PARTICIPATED_IN" && r.To == id {
			return true
		}
	}
	return false
}
