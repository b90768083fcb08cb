package corenlp

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/kg-project/kg/ingest/syntax"
	"github.com/kg-project/kg/ingest/syntax/corenlp/corenlptest"
)

func TestChunks(t *testing.T) {
	tests := []struct {
		name string
		text string
		max  int
		want [][2]int
	}{
		{name: "empty", text: "", max: 10, want: nil},
		{name: "shorter than the limit", text: "Oman hosted.", max: 40, want: [][2]int{{0, 12}}},
		{name: "exactly the limit", text: "0123456789", max: 10, want: [][2]int{{0, 10}}},
		{name: "paragraph break before a line break", text: "aaa\n\nbb\ncc dd", max: 12, want: [][2]int{{0, 5}, {5, 13}}},
		{name: "line break before a space", text: "aaa bb\ncc dd", max: 10, want: [][2]int{{0, 7}, {7, 12}}},
		{name: "space when nothing else", text: "aaa bbb ccc", max: 9, want: [][2]int{{0, 8}, {8, 11}}},
		{name: "last break before the limit", text: "a\n\nb\n\nc\n\ndddd", max: 8, want: [][2]int{{0, 6}, {6, 13}}},
		{name: "no break: cut at the limit", text: "abcdefghij", max: 4, want: [][2]int{{0, 4}, {4, 8}, {8, 10}}},
		// é is 2 bytes, so a cut at 5 bytes would split the third one.
		{name: "no break: cut at a rune start", text: "ééééé", max: 5, want: [][2]int{{0, 4}, {4, 8}, {8, 10}}},
		{name: "a break at the very start is no cut", text: " abcdefgh", max: 4, want: [][2]int{{0, 4}, {4, 8}, {8, 9}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := chunks(tt.text, tt.max)
			if !slices.Equal(got, tt.want) {
				t.Errorf("chunks(%q, %d) = %v, want %v", tt.text, tt.max, got, tt.want)
			}
			checkCover(t, tt.text, tt.max, got)
		})
	}
}

// TestChunksCoverLongText cuts a text of many paragraphs, with multi-byte
// runes everywhere, at the client's real limit.
func TestChunksCoverLongText(t *testing.T) {
	text := longText(3 * maxChunk)
	got := chunks(text, maxChunk)
	if len(got) < 3 {
		t.Fatalf("%d bytes cut into %d pieces, want at least 3", len(text), len(got))
	}
	checkCover(t, text, maxChunk, got)
	for _, c := range got[:len(got)-1] {
		if !strings.HasSuffix(text[c[0]:c[1]], "\n\n") {
			t.Errorf("piece %v does not end at a paragraph break: %q", c, text[c[1]-20:c[1]])
		}
	}
}

// checkCover fails t unless the pieces cover text from start to end, in
// order, without gaps, each of at most max bytes and cut between runes.
func checkCover(t *testing.T, text string, max int, pieces [][2]int) {
	t.Helper()
	at := 0
	for _, c := range pieces {
		if c[0] != at || c[1] <= c[0] || c[1]-c[0] > max {
			t.Fatalf("piece %v after byte %d: want a piece starting there, of 1 to %d bytes", c, at, max)
		}
		if !utf8.ValidString(text[c[0]:c[1]]) {
			t.Errorf("piece %v cuts a rune", c)
		}
		at = c[1]
	}
	if at != len(text) {
		t.Errorf("pieces end at byte %d of %d", at, len(text))
	}
}

func TestUTF16ToByte(t *testing.T) {
	tests := []struct {
		text string
		want []int
	}{
		{"", []int{0}},
		{"abc", []int{0, 1, 2, 3}},
		{"é", []int{0, 2}},              // 2 bytes, 1 UTF-16 unit
		{"Ḥa", []int{0, 3, 4}},          // 3 bytes, 1 unit
		{"—", []int{0, 3}},              // em dash
		{"😀", []int{0, 0, 4}},           // 4 bytes, a surrogate pair: the middle maps to the rune's start
		{"a😀b", []int{0, 1, 1, 5, 6}},   // ...and the rune after it is at the right place
		{"𝔸𝔹", []int{0, 0, 4, 4, 8}},    // two pairs in a row
		{"e\u0301t", []int{0, 1, 3, 4}}, // a combining accent is a unit of its own
		{"\x00\n\t", []int{0, 1, 2, 3}}, // control characters count like letters
		{"Oman’s", []int{0, 1, 2, 3, 4, 7, 8}},
	}
	for _, tt := range tests {
		if got := utf16ToByte(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("utf16ToByte(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestDecodeRecordedAnswer decodes a CoreNLP 4.5.10 answer recorded, with
// the client's settings, for testdata/muscat.txt (two paragraphs; a 3-byte
// letter, an em dash, curly apostrophes and an emoji outside the 16-bit
// range).
func TestDecodeRecordedAnswer(t *testing.T) {
	text := readFile(t, "testdata/muscat.txt")
	p, err := decode([]byte(readFile(t, "testdata/muscat.json")), text)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Sentences) != 2 {
		t.Fatalf("%d sentences, want 2", len(p.Sentences))
	}
	checkTokens(t, text, p)
	s := p.Sentences[0]
	var words []string
	for _, tok := range s.Tokens {
		words = append(words, tok.Word)
	}
	want := "Araghchi ’s envoy — Ḥasan Rouhani met Oman ’s Badr Albusaidi in Muscat 😀 today ."
	if got := strings.Join(words, " "); got != want {
		t.Errorf("words %q, want %q", got, want)
	}
	emoji := s.Tokens[13]
	if text[emoji.Start:emoji.End] != "😀" || s.Tokens[14].Start != emoji.End+1 {
		t.Errorf("emoji at %d-%d, next token at %d: offsets after a surrogate pair are off", emoji.Start, emoji.End, s.Tokens[14].Start)
	}
	if tok := s.Tokens[6]; tok.Word != "met" || tok.Lemma != "meet" || tok.POS != "VBD" {
		t.Errorf("token 6 = %+v, want met/meet/VBD", tok)
	}
	if tok := s.Tokens[12]; tok.NER != "LOCATION" {
		t.Errorf("Muscat has NER %q, want LOCATION", tok.NER)
	}
	checkMet(t, s, 6)
	// The second paragraph's offsets count the first one and the break.
	if tok := p.Sentences[1].Tokens[0]; text[tok.Start:tok.End] != "Oman" || tok.Start != strings.Index(text, "Oman hosted") {
		t.Errorf("second sentence starts at %d (%q)", tok.Start, text[tok.Start:tok.End])
	}
	if root := p.Sentences[1].Heads(1); len(root) != 1 || root[0].Head != -1 || root[0].Rel != "ROOT" {
		t.Errorf("heads of 'hosted' = %+v, want the root (-1)", root)
	}
}

func TestDecodeRejectsBadAnswers(t *testing.T) {
	tok := func(b, e int) string {
		return fmt.Sprintf(`{"word":"x","characterOffsetBegin":%d,"characterOffsetEnd":%d}`, b, e)
	}
	sentence := func(toks, deps string) string {
		return `{"sentences":[{"tokens":[` + toks + `],"enhancedPlusPlusDependencies":[` + deps + `]}]}`
	}
	text := "ab 😀"
	tests := []struct {
		name, body, want string
	}{
		{"not JSON", `<html>`, "decode answer"},
		{"end past the text", sentence(tok(0, 6), ""), "outside the text"},
		{"negative start", sentence(tok(-1, 1), ""), "outside the text"},
		{"end before start", sentence(tok(2, 1), ""), "outside the text"},
		{"dependent past the sentence", sentence(tok(0, 2), `{"dep":"obj","governor":1,"dependent":2}`), "outside the sentence"},
		{"governor past the sentence", sentence(tok(0, 2), `{"dep":"obj","governor":2,"dependent":1}`), "outside the sentence"},
		{"dependent is the root", sentence(tok(0, 2), `{"dep":"obj","governor":1,"dependent":0}`), "outside the sentence"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := decode([]byte(tt.body), text)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want an error mentioning %q", err, tt.want)
			}
		})
	}
	// The last offset, one past the end in UTF-16 units, is inside.
	p, err := decode([]byte(sentence(tok(0, 2)+","+tok(3, 5), `{"dep":"ROOT","governor":0,"dependent":1}`)), text)
	if err != nil {
		t.Fatal(err)
	}
	if got := p.Sentences[0].Tokens[1]; got.Start != 3 || got.End != len(text) {
		t.Errorf("last token at %d-%d, want 3-%d", got.Start, got.End, len(text))
	}
}

func testClient(t *testing.T) *Client {
	t.Helper()
	c, err := New(corenlptest.URL(t), 5*time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestParseNonASCII(t *testing.T) {
	c := testClient(t)
	text := "Araghchi’s envoy — Ḥasan Rouhani met Oman’s Badr Albusaidi in Muscat 😀 on 12 April.\n\n" +
		"“The talks were constructive,” said the Omani foreign minister (Albusaidi) in Genève."
	p, err := c.Parse(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Sentences) != 2 {
		t.Fatalf("%d sentences, want 2", len(p.Sentences))
	}
	if !strings.HasPrefix(p.Parser, "corenlp "+Version+" {") {
		t.Errorf("parse made by %q, want the version and settings", p.Parser)
	}
	checkTokens(t, text, p)
	for i, tok := range p.Sentences[0].Tokens {
		if tok.Word == "met" {
			checkMet(t, p.Sentences[0], i)
			return
		}
	}
	t.Errorf("no token 'met' in %+v", p.Sentences[0].Tokens)
}

func TestParseLongText(t *testing.T) {
	c := testClient(t)
	text := longText(maxChunk + 5000)
	if n := len(chunks(text, maxChunk)); n < 2 {
		t.Fatalf("the text goes in %d request, want several", n)
	}
	start := time.Now()
	p, err := c.Parse(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("parsed %d bytes in %s: %d sentences", len(text), time.Since(start).Round(time.Millisecond), len(p.Sentences))
	checkTokens(t, text, p)
	paragraphs := strings.Count(text, "\n\n") + 1
	if len(p.Sentences) < 2*paragraphs {
		t.Errorf("%d sentences for %d paragraphs of 3 sentences", len(p.Sentences), paragraphs)
	}
	last := p.Sentences[len(p.Sentences)-1].Tokens
	if end := last[len(last)-1].End; end != len(text) {
		t.Errorf("the last token ends at byte %d of %d: the end of the text was not parsed", end, len(text))
	}
}

// checkTokens fails t unless every token's offsets are inside text, after
// the token before, and its word is what the text holds there (or a usual
// normalisation of it).
func checkTokens(t *testing.T, text string, p syntax.Parse) {
	t.Helper()
	at, bad := 0, 0
	for si, s := range p.Sentences {
		if len(s.Tokens) == 0 {
			t.Errorf("sentence %d has no tokens", si)
		}
		for ti, tok := range s.Tokens {
			if tok.Start < at || tok.End <= tok.Start || tok.End > len(text) {
				t.Fatalf("sentence %d token %d %q at %d-%d, after byte %d of %d", si, ti, tok.Word, tok.Start, tok.End, at, len(text))
			}
			at = tok.End
			if got := text[tok.Start:tok.End]; got != tok.Word && normalized(got) != tok.Word {
				if bad++; bad <= 10 {
					t.Errorf("sentence %d token %d: text %q at %d-%d, word %q", si, ti, got, tok.Start, tok.End, tok.Word)
				}
			}
		}
		for _, a := range s.Arcs {
			if a.Dep < 0 || a.Dep >= len(s.Tokens) || a.Head < -1 || a.Head >= len(s.Tokens) {
				t.Fatalf("sentence %d: arc %+v outside its %d tokens", si, a, len(s.Tokens))
			}
		}
	}
}

// normalized is what CoreNLP's English tokenizer may turn a piece of text
// into: brackets as Penn Treebank names, quotes as ASCII.
func normalized(s string) string {
	switch s {
	case "(":
		return "-LRB-"
	case ")":
		return "-RRB-"
	case "[":
		return "-LSB-"
	case "]":
		return "-RSB-"
	case "{":
		return "-LCB-"
	case "}":
		return "-RCB-"
	case "“", "”", "„":
		return `"`
	}
	return strings.NewReplacer("’", "'", "‘", "'").Replace(s)
}

// checkMet fails t unless token i ("met") has a subject and an object.
func checkMet(t *testing.T, s syntax.Sentence, i int) {
	t.Helper()
	rels := map[string]string{}
	for _, a := range s.Children(i) {
		rels[a.Rel] = s.Tokens[a.Dep].Word
	}
	if rels["nsubj"] == "" || rels["obj"] == "" {
		t.Errorf("'met' has dependents %v, want an nsubj and an obj", rels)
	}
}

// longText returns paragraphs of three sentences, with multi-byte runes in
// each, until the text is at least n bytes.
func longText(n int) string {
	var b strings.Builder
	for i := 1; b.Len() < n; i++ {
		if i > 1 {
			b.WriteString("\n\n")
		}
		fmt.Fprintf(&b, "In round %d, Araghchi’s envoy — Ḥasan Rouhani met Oman’s Badr Albusaidi in Muscat. "+
			"The talks, hosted by Oman, lasted %d hours; the White House called them “constructive”. "+
			"Witkoff told reporters in Genève that the next round would follow.", i, i%7+2)
	}
	return b.String()
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
