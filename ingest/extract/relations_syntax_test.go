package extract

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/ingest/syntax"
	"github.com/kg-project/kg/ingest/syntax/corenlp"
)

// recordedParse returns the parse of text recorded in testdata/syntax by a
// real CoreNLP server. With -update and KG_TEST_CORENLP_URL set, the text
// is parsed again and the record rewritten, like any golden file.
func recordedParse(t *testing.T, text string) *syntax.Parse {
	t.Helper()
	sum := sha256.Sum256([]byte(text))
	file := filepath.Join("testdata", "syntax", hex.EncodeToString(sum[:8])+".json")
	if url := os.Getenv("KG_TEST_CORENLP_URL"); url != "" && updatingGolden() {
		c, err := corenlp.New(url, time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		p, err := c.Parse(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.MarshalIndent(struct {
			Text  string       `json:"text"`
			Parse syntax.Parse `json:"parse"`
		}{text, p}, "", " ")
		if err := os.WriteFile(file, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("no recorded parse of %q (record it with -update and KG_TEST_CORENLP_URL): %v", text, err)
	}
	var rec struct {
		Text  string       `json:"text"`
		Parse syntax.Parse `json:"parse"`
	}
	if err := json.Unmarshal(b, &rec); err != nil || rec.Text != text {
		t.Fatalf("%s: not the record of %q (%v)", file, text, err)
	}
	return &rec.Parse
}

// syntaxCase is a text with the relations the parse must add and the ones
// it must not give, as "TYPE from -> to" with entity names.
type syntaxCase struct {
	name, text string
	want       []string
	absent     []string
}

func TestSyntaxRelations(t *testing.T) {
	x := testExtractor(t)
	tests := []syntaxCase{
		{name: "subject and object far apart",
			text: "Israel, which had warned for months that it would act, struck Iran on Friday.",
			want: []string{"ATTACKED Israel -> Iran"}},
		{name: "passive with agent",
			text: "Osirak was destroyed on 7 June 1981 by an Israeli air strike.",
			want: []string{"ATTACKED Israel -> Osirak"}},
		{name: "negated",
			text:   "Israel, which had warned for months that it would act, did not strike Iran on Friday.",
			absent: []string{"ATTACKED Israel -> Iran"}},
		{name: "only threatened",
			text:   "Israel, which had warned for months, threatened to strike Iran on Friday.",
			absent: []string{"ATTACKED Israel -> Iran"}},
		{name: "modal",
			text:   "Israel, which had warned for months, could strike Iran on Friday.",
			absent: []string{"ATTACKED Israel -> Iran"}},
		{name: "held meetings with, other words between",
			text: "Ahead of the ceremony President Trump held separate meetings in the Oval Office with Netanyahu and the Emirati foreign minister.",
			want: []string{"MET_WITH Benjamin Netanyahu -> Donald Trump"}},
		{name: "talks held in person over nothing named, other words between",
			text:   "Ahead of the dinner President Trump held long talks in the Oval Office with Netanyahu and the Emirati foreign minister.",
			want:   []string{"MET_WITH Benjamin Netanyahu -> Donald Trump"},
			absent: []string{"NEGOTIATED_WITH Benjamin Netanyahu -> Donald Trump"}},
		{name: "nuclear talks held in person, other words between",
			text: "Ahead of the dinner President Trump held nuclear talks in the Oval Office with Netanyahu and the Emirati foreign minister.",
			want: []string{"NEGOTIATED_WITH Benjamin Netanyahu -> Donald Trump"}},
		{name: "member by copula, other words between",
			text: "Leyla Zana, elected to parliament in 1991 from Diyarbakir, is a member of the Democracy Party.",
			want: []string{"AFFILIATED_WITH Leyla Zana -> Democracy Party"}},
		{name: "an infinitive is no fact",
			text:   "The Western powers have long pressed India, which holds a large arsenal, to sign the Comprehensive Nuclear-Test-Ban Treaty.",
			absent: []string{"PARTY_TO India -> Comprehensive Nuclear-Test-Ban Treaty"}},
		{name: "a founder in apposition",
			text: "This includes Abd Al-Rahman al-Nuaimi, a Qatari citizen and a human-rights activist who founded Alkarama in Geneva.",
			want: []string{"AFFILIATED_WITH Abd Al-Rahman al-Nuaimi -> Alkarama"}},
		{name: "a place of a kind of place",
			text: "In 1980 the conflict reached the capital, and fighting closed Mehrabad Airport of Tehran for weeks.",
			want: []string{"LOCATED_IN Mehrabad Airport -> Tehran"}},
		{name: "the demonym's village of a place",
			text: "Fatah fighters gathered in the Jordanian village of Karameh, where the group kept its headquarters.",
			want: []string{"LOCATED_IN Karameh -> Jordan"}},
		{name: "group noun stands for its state",
			text: "On Sunday, Iranian forces, acting on orders from Tehran, attacked Israel.",
			want: []string{"ATTACKED Iran -> Israel"}},
		{name: "a people is not its state",
			text:   "On Sunday, Iranian students, acting on their own, attacked Israel in a petition.",
			absent: []string{"ATTACKED Iran -> Israel"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := docOf(tt.text)
			got := renderNamed(x.ExtractParsed(doc, recordedParse(t, tt.text)))
			checkPresent(t, got, tt.want, tt.absent)
		})
	}
}

// TestSyntaxAddsOnly checks that a parse only adds: every relation the
// rules find without it is still there with it.
func TestSyntaxAddsOnly(t *testing.T) {
	x := testExtractor(t)
	text := "Iranian Foreign Minister Abbas Araghchi met U.S. envoy Steve Witkoff in Muscat on Saturday. Oman hosted the talks."
	doc := docOf(text)
	plain := renderNamed(x.Extract(doc))
	parsed := renderNamed(x.ExtractParsed(doc, recordedParse(t, text)))
	for r := range plain {
		if !parsed[r] {
			t.Errorf("%q lost with the parse", r)
		}
	}
}

func renderNamed(r Result) map[string]bool {
	names := map[string]string{}
	for _, e := range r.Entities {
		names[e.ID] = e.Name
	}
	out := map[string]bool{}
	for _, rel := range r.Relations {
		out[rel.Type+" "+names[rel.From]+" -> "+names[rel.To]] = true
	}
	return out
}

// checkPresent fails t for every line of want missing from got and every
// line of absent in it.
func checkPresent(t *testing.T, got map[string]bool, want, absent []string) {
	t.Helper()
	for _, w := range want {
		if !got[w] {
			t.Errorf("missing %q; got %v", w, keys(got))
		}
	}
	for _, a := range absent {
		if got[a] {
			t.Errorf("found %q, want none", a)
		}
	}
}

func keys(m map[string]bool) string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return strings.Join(out, "; ")
}

// updatingGolden reports whether -update was given (the flag is declared
// by the evaluation tests of this test binary).
func updatingGolden() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// TestNERCandidates checks which of the tagger's names become entities:
// names nothing else found do; titles, fragments of a name found, and a
// name's native form in a gloss do not.
func TestNERCandidates(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, text string
		want       []string // "Type Name"
		absent     []string
	}{
		{name: "a town no pattern knows",
			text: "Fighting spread to Tunceli and the villages around it.",
			want: []string{"Place Tunceli"}},
		{name: "a title is not a person",
			text:   "The Crown Prince received the delegation in the afternoon.",
			absent: []string{"Person Crown Prince"}},
		{name: "native form in a gloss",
			text:   "The Kurdistan Workers' Party or PKK (Kurdish: _Partiya Karkerên Kurdistanê_) is a militant organization.",
			absent: []string{"Person Partiya Karkerên Kurdistanê", "Organization Partiya Karkerên Kurdistanê"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := x.ExtractParsed(docOf(tt.text), recordedParse(t, tt.text))
			got := map[string]bool{}
			for _, e := range res.Entities {
				got[e.Type+" "+e.Name] = true
			}
			checkPresent(t, got, tt.want, tt.absent)
		})
	}
}

// TestContentHashNamesTheParser checks that an extraction's content hash
// tells apart no parse and parses by different parsers: re-ingesting with
// the parser switched on, off or changed must rewrite the documents.
func TestContentHashNamesTheParser(t *testing.T) {
	x := testExtractor(t)
	doc := docOf("Oman hosted the talks.")
	p := syntax.Parse{Parser: "a 1"}
	q := syntax.Parse{Parser: "a 2"}
	hashes := map[string]string{
		"none":   x.Extract(doc).Document.ContentHash,
		"parser": x.ExtractParsed(doc, &p).Document.ContentHash,
		"other":  x.ExtractParsed(doc, &q).Document.ContentHash,
	}
	seen := map[string]string{}
	for k, h := range hashes {
		if prev, dup := seen[h]; dup {
			t.Errorf("%s and %s give the same content hash", k, prev)
		}
		seen[h] = k
	}
	if again := x.ExtractParsed(doc, &p).Document.ContentHash; again != hashes["parser"] {
		t.Error("the same parse gives another hash")
	}
}
