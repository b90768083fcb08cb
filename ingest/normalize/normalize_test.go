package normalize

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kg-project/kg/ingest/source"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// readItems reads a test input through the source package, as the
// pipeline does.
func readItems(t testing.TB, path string) []source.Item {
	t.Helper()
	var items []source.Item
	for item, err := range source.Read(context.Background(), []string{path}, source.Options{}) {
		if err != nil {
			t.Fatalf("read %s: %v", path, err)
		}
		items = append(items, item)
	}
	return items
}

// goldenDoc is the golden form of a Document: spans carry their text so a
// reviewer can read the file.
type goldenDoc struct {
	ID            string       `json:"id"`
	Locator       string       `json:"locator"`
	URL           string       `json:"url,omitempty"`
	Title         string       `json:"title"`
	Published     string       `json:"published,omitempty"`
	PublishedText string       `json:"publishedText,omitempty"`
	Kind          string       `json:"kind"`
	Text          string       `json:"text"`
	Sentences     []goldenSpan `json:"sentences"`
	NotEntities   []goldenSpan `json:"notEntities"`
}

type goldenSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

func toGolden(d Document) goldenDoc {
	g := goldenDoc{ID: d.ID, Locator: d.Locator, URL: d.URL, Title: d.Title,
		PublishedText: d.PublishedText, Kind: d.Kind, Text: d.Text}
	if !d.Published.IsZero() {
		g.Published = d.Published.UTC().Format("2006-01-02T15:04:05Z")
	}
	spans := func(ss []Span) []goldenSpan {
		out := []goldenSpan{}
		for _, s := range ss {
			out = append(out, goldenSpan{s.Start, s.End, d.Text[s.Start:s.End]})
		}
		return out
	}
	g.Sentences, g.NotEntities = spans(d.Sentences), spans(d.NotEntities)
	return g
}

func TestGolden(t *testing.T) {
	inputs := []string{
		"seed.txt", "wh-readout-geneva.md", "statedept-shamkhani.json",
		"statedept-feed.xml", "wikipedia-mozilla.html",
	}
	for _, in := range inputs {
		t.Run(in, func(t *testing.T) {
			var docs []goldenDoc
			for _, item := range readItems(t, filepath.Join("testdata", in)) {
				d, err := Normalize(item)
				if err != nil {
					t.Fatalf("normalize %s: %v", item.Locator, err)
				}
				checkSpans(t, d)
				docs = append(docs, toGolden(d))
			}
			got, err := json.MarshalIndent(docs, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", "golden", in+".json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("read golden file (run go test -update): %v", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("output differs from %s; run go test -update and review the diff", golden)
			}
		})
	}
}

// checkSpans asserts the span invariants every Document must keep.
func checkSpans(t *testing.T, d Document) {
	t.Helper()
	prev := 0
	for i, s := range d.Sentences {
		if s.Start < prev || s.End <= s.Start || s.End > len(d.Text) {
			t.Fatalf("sentence %d %v out of order or range (text %d bytes)", i, s, len(d.Text))
		}
		text := d.Text[s.Start:s.End]
		if strings.TrimSpace(text) != text || strings.Contains(text, "\n") {
			t.Errorf("sentence %d %q has edge space or a newline", i, text)
		}
		prev = s.End
	}
	for _, s := range d.NotEntities {
		if s.Start < 0 || s.End > len(d.Text) || s.End <= s.Start {
			t.Errorf("not-entity span %v out of range", s)
		}
	}
}

func TestSeedArticle(t *testing.T) {
	items := readItems(t, "testdata/seed.txt")
	d, err := Normalize(items[0])
	if err != nil {
		t.Fatal(err)
	}
	for _, gone := range []string{
		"Table of Contents", "Mapas de Estados Unidos", "Atlas del Mundo", "Danial Spinka",
		"Walker, Feeney and Thiel", "Lake Caesar", "instagram", "powlowski",
		"What are your thoughts", "USA Map", "Images and Photos finder", "##", "**", "](#",
	} {
		if strings.Contains(d.Text, gone) {
			t.Errorf("normalized seed still contains %q", gone)
		}
	}
	for _, kept := range []string{
		"Special Envoy Steve Witkoff", "April 12, 2025", "Karim Sadjadpour",
		"the conversation for peace continues.",
	} {
		if !strings.Contains(d.Text, kept) {
			t.Errorf("normalized seed lost %q", kept)
		}
	}
	if d.Title != "US-Iran Peace Talks: Bridging Divides, Building Futures" {
		t.Errorf("got title %q", d.Title)
	}
	// Run-in headings are their own sentences and never lead into the text.
	wantHeadings := []string{
		"A Deep-Rooted Enmity: The Historical Context",
		"The Imperative for Dialogue: Why Talks Matter Now",
		"Challenges and Obstacles on the Path to Peace",
		"The Substance of Negotiations: Beyond the Nuclear Deal",
		"Conclusion: The Long Road Ahead",
	}
	notEntity := map[string]bool{}
	for _, s := range d.NotEntities {
		notEntity[d.Text[s.Start:s.End]] = true
	}
	sentences := map[string]bool{}
	for _, s := range d.Sentences {
		sentences[d.Text[s.Start:s.End]] = true
	}
	for _, h := range wantHeadings {
		if !notEntity[h] || !sentences[h] {
			t.Errorf("heading %q: got not-entity %v, sentence %v; want both", h, notEntity[h], sentences[h])
		}
	}
	if !sentences["The narrative of US-Iran relations is deeply etched with decades of enmity, primarily stemming from the 1979 Islamic Revolution."] {
		t.Errorf("the first sentence after a run-in heading was not split off")
	}
}

func TestNormalizeMetadata(t *testing.T) {
	tests := []struct {
		file, title, published, url string
	}{
		{"testdata/wh-readout-geneva.md", "Readout of Peace Talks in Geneva", "2025-11-24T02:24:00Z", "https://www.whitehouse.gov/briefings-statements/2025/11/readout-of-peace-talks-in-geneva/"},
		{"testdata/statedept-shamkhani.json", "Iran: Dismantling Shamkhani’s Illicit Shipping Empire", "2026-07-14T23:34:59Z", "https://www.state.gov/releases/office-of-the-spokesperson/2026/07/iran-dismantling-shamkhanis-illicit-shipping-empire/"},
		{"testdata/wikipedia-mozilla.html", "Mozilla - Wikipedia", "", "https://en.wikipedia.org/wiki/Mozilla"},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.file), func(t *testing.T) {
			d, err := Normalize(readItems(t, tt.file)[0])
			if err != nil {
				t.Fatal(err)
			}
			pub := ""
			if !d.Published.IsZero() {
				pub = d.Published.UTC().Format("2006-01-02T15:04:05Z")
			}
			if d.Title != tt.title || pub != tt.published || d.URL != tt.url {
				t.Errorf("got %q %q %q, want %q %q %q", d.Title, pub, d.URL, tt.title, tt.published, tt.url)
			}
			if d.ID != DocumentID(tt.file) || !strings.HasPrefix(d.ID, "doc:") || len(d.ID) != 20 {
				t.Errorf("got id %q", d.ID)
			}
		})
	}
}

func TestDocumentID(t *testing.T) {
	// sha256("a") = ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb
	if got := DocumentID("a"); got != "doc:ca978112ca1bbdca" {
		t.Errorf("got %q, want doc:ca978112ca1bbdca", got)
	}
}

func TestNormalizeFailures(t *testing.T) {
	tests := []struct {
		name string
		item source.Item
		want string
	}{
		{"invalid UTF-8", source.Item{Locator: "x.txt", Kind: source.KindText, Body: []byte("a\xffb")}, "normalize x.txt: invalid UTF-8"},
		{"only markup", source.Item{Locator: "y.html", Kind: source.KindHTML, Body: []byte("<script>x()</script><nav>Home</nav>")}, "normalize y.html: no text left"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Normalize(tt.item)
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("got %v, want %q", err, tt.want)
			}
		})
	}
}

func TestWikipediaDump(t *testing.T) {
	d, err := Normalize(readItems(t, "testdata/wikipedia-iran.txt")[0])
	if err != nil {
		t.Fatal(err)
	}
	for _, gone := range []string{"[1]", "[citation needed]", "Category:", "External links"} {
		if strings.Contains(d.Text, gone) {
			t.Errorf("text still contains %q", gone)
		}
	}
	if !strings.HasPrefix(d.Text, "IRAN, also called PERSIA, and officially the ISLAMIC REPUBLIC OF IRAN, is a country in Western Asia.") {
		t.Errorf("got start %q", d.Text[:100])
	}
}

func BenchmarkNormalizeWikipediaIran(b *testing.B) {
	item := readItems(b, "testdata/wikipedia-iran.txt")[0]
	b.SetBytes(int64(len(item.Body)))
	for b.Loop() {
		if _, err := Normalize(item); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkNormalizeMozillaHTML(b *testing.B) {
	item := readItems(b, "testdata/wikipedia-mozilla.html")[0]
	b.SetBytes(int64(len(item.Body)))
	for b.Loop() {
		if _, err := Normalize(item); err != nil {
			b.Fatal(err)
		}
	}
}

// A news item can consist of its headline alone; its text is then the
// headline, and a section label under it is still dropped with its list.
func TestHeadlineOnlyDocument(t *testing.T) {
	tests := []struct {
		name, body, wantText string
	}{
		{"short headline", "---\ntitle: X\n---\n\n# Iran and six world powers reach a deal in Geneva\n",
			"Iran and six world powers reach a deal in Geneva"},
		{"dated item with sources", "### [2013-11-24](/news/2013/11/24/index.md)\n\n# Talks between Iran and the P5+1 resume in Vienna\n\n### Source:\n\n1. [BBC](http://www.bbc.co.uk/news/x)\n",
			"Talks between Iran and the P5+1 resume in Vienna"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Normalize(source.Item{Locator: "item.md", Kind: source.KindMarkdown, Body: []byte(tt.body)})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasSuffix(strings.TrimSpace(doc.Text), tt.wantText) {
				t.Errorf("text %q, want it to end with the headline %q", doc.Text, tt.wantText)
			}
			if strings.Contains(doc.Text, "BBC") {
				t.Errorf("the source list was kept: %q", doc.Text)
			}
			for _, s := range doc.NotEntities {
				if doc.Text[s.Start:s.End] == tt.wantText {
					t.Errorf("the headline is masked as a heading")
				}
			}
		})
	}
	if _, err := Normalize(source.Item{Locator: "h.md", Kind: source.KindMarkdown, Body: []byte("## Source:\n")}); err == nil {
		t.Errorf("a lone section label gave a document")
	}
}

// A headline over its date line: the headline is the title and stays prose,
// the date dates the document and is no part of the headline's sentence;
// deeper down, or with more than a date on its line, nothing is parted.
func TestHeadlineOverDateLine(t *testing.T) {
	const long = "Secretary Blinken's Meeting with Saudi Crown Prince and Prime Minister Mohammed bin Salman in Al-Ula"
	tests := []struct {
		name               string
		kind               source.Kind
		body               string
		wantTitle, wantPub string
		wantFirst          string // the first sentence of the text
	}{
		{"markdown, a long headline", source.KindMarkdown, long + "\nJanuary 8, 2024\n\nThe Secretary met today with the Crown Prince.",
			long, "2024-01-08", long},
		{"plain text", source.KindText, "Kingdom hosts meeting between U.S. and Russian delegations\nFebruary 18, 2025\n\nSaudi Arabia today hosted a meeting.",
			"Kingdom hosts meeting between U.S. and Russian delegations", "2025-02-18", "Kingdom hosts meeting between U.S. and Russian delegations"},
		{"a wire archive's date line, with its time and zone", source.KindText, "Ahmadinejad declared winner\nSat Jun 13, 2009 5:12pm EDT\n\nTEHRAN (Reuters) - Iran voted.",
			"Ahmadinejad declared winner", "2009-06-13", "Ahmadinejad declared winner"},
		{"a line with more than a date", source.KindText, "Talks in Muscat\nheld on April 12, 2025 by the two envoys\n\nThe envoys met.",
			"Talks in Muscat held on April 12, 2025 by the two envoys", "", "Talks in Muscat held on April 12, 2025 by the two envoys"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Normalize(source.Item{Locator: "x", Kind: tt.kind, Body: []byte(tt.body)})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Title != tt.wantTitle {
				t.Errorf("title %q, want %q", doc.Title, tt.wantTitle)
			}
			pub := ""
			if !doc.Published.IsZero() {
				pub = doc.Published.Format("2006-01-02")
			}
			if pub != tt.wantPub {
				t.Errorf("published %q, want %q", pub, tt.wantPub)
			}
			first := doc.Text[doc.Sentences[0].Start:doc.Sentences[0].End]
			if first != tt.wantFirst {
				t.Errorf("first sentence %q, want %q", first, tt.wantFirst)
			}
			for _, s := range doc.NotEntities {
				if s.Start < doc.Sentences[0].End && s.End > doc.Sentences[0].Start {
					t.Errorf("the headline is masked as a heading")
				}
			}
		})
	}
	// Deep in a text, a paragraph ending in a date line is left whole.
	body := "One.\n\nTwo.\n\nThree.\n\nThe envoys met in Muscat\nApril 12, 2025\n\nFive."
	doc, err := Normalize(source.Item{Locator: "x", Kind: source.KindMarkdown, Body: []byte(body)})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Text, "Muscat April 12, 2025") {
		t.Errorf("a paragraph deep in the text was parted: %q", doc.Text)
	}
}

// Plain text's blocks: a stack of short capitalised lines at a release's
// head ("Media Note / Office of the Spokesperson / April 11, 2023") is one
// block per line, so no sentence runs from one line into the next; a
// bulleted list is one item per bullet, the line before it a heading of
// its own. Wrapped prose, whose lines run on in lower case, stays one
// paragraph, and a dash inside running text is left alone.
func TestPlainTextBlocks(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string // sentences that must be there
		never      string   // text no sentence may hold
	}{
		{"a release's head", "Joint Statement\n\nMedia Note\nOffice of the Spokesperson\nApril 11, 2023\n\nSecretary Blinken spoke today.",
			[]string{"Media Note", "Office of the Spokesperson"}, "Note Office"},
		{"wrapped prose", "Joint Statement\n\nThe talks were held in Muscat\non Saturday, the envoys said.",
			[]string{"The talks were held in Muscat on Saturday, the envoys said."}, ""},
		{"a portal's day", "June 13, 2009 (Saturday)\n\nArmed conflicts and attacks\n- Somali Civil War\n  - Fighters shell positions in Mogadishu. (Garowe Online)\n- Boko Haram insurgency\n  - Boko Haram kills 20 people.",
			[]string{"Armed conflicts and attacks", "Somali Civil War", "Fighters shell positions in Mogadishu.", "Boko Haram insurgency", "Boko Haram kills 20 people."}, ""},
		{"a chronology under year headings", "Timeline\n\n1998\n6 May – Forces clash near Badme. Each side accuses the other.\n13 May – The council declares\nthat Eritrea has committed aggression.\n\n1999\n6 February – Ethiopia launches Operation Sunset.",
			[]string{"1998", "6 May – Forces clash near Badme.", "Each side accuses the other.", "13 May – The council declares that Eritrea has committed aggression.", "6 February – Ethiopia launches Operation Sunset."}, "Badme. Each"},
		{"a chronology's entries in other forms", "Timeline\n\nAug. 8, 2005 - Iran restarts work at Isfahan.\n13 June 2018: The offensive begins.\nOct 2001 - Strikes begin.",
			[]string{"Aug. 8, 2005 - Iran restarts work at Isfahan.", "13 June 2018: The offensive begins.", "Oct 2001 - Strikes begin."}, "Isfahan. 13"},
		{"a dash that carries a sentence on", "Joint Statement\n\nThe talks were held in Muscat on Saturday, and the envoys\n- both of them - said more would come.\nThey met again later.",
			[]string{"The talks were held in Muscat on Saturday, and the envoys - both of them - said more would come."}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Normalize(source.Item{Locator: "x.txt", Kind: source.KindText, Body: []byte(tt.body)})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range doc.Sentences {
				got = append(got, doc.Text[s.Start:s.End])
			}
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("no sentence %q in %q", w, got)
				}
			}
			for _, s := range got {
				if tt.never != "" && strings.Contains(s, tt.never) {
					t.Errorf("sentence %q runs across lines", s)
				}
			}
		})
	}
}
