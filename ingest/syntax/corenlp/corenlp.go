package corenlp

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/kg-project/kg/ingest/syntax"
)

// Annotators are the CoreNLP stages a parse runs: tokens, sentences, parts
// of speech, lemmas, named-entity classes and the dependency parse.
const Annotators = "tokenize,ssplit,pos,lemma,ner,depparse"

// settings are the server properties of every request. The tagger runs
// its three-class model only (person, organisation, location): CoreNLP's
// default adds two more models and a fine-grained pass that, measured on
// the seed article, cost 11 of the 14 seconds a parse took.
var settings = map[string]string{
	"annotators":   Annotators,
	"outputFormat": "json",
	"ner.model":    "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz",
	// Dates and numbers are read by package timex; CoreNLP's own would
	// only cost time.
	"ner.useSUTime":               "false",
	"ner.applyNumericClassifiers": "false",
	"ner.applyFineGrained":        "false",
	"ner.buildEntityMentions":     "false",
	// A blank line ends a sentence, as the normalizer's headings do.
	"ssplit.newlineIsSentenceBreak": "two",
}

// Version is the CoreNLP release whose server tools/corenlp runs (its
// pom.xml pins it); a parse records it.
const Version = "4.5.10"

// Settings identifies what a parse is made with (annotators and models);
// a cache of parses keys on it.
func Settings() string {
	b, _ := json.Marshal(settings) // map keys are sorted: a stable string
	return string(b)
}

// maxChunk bounds the bytes sent in one request: the server refuses texts
// over 100,000 characters, and a long request risks its time limit.
const maxChunk = 40000

// Client talks to one CoreNLP server.
type Client struct {
	base string // scheme and host, for messages
	url  string
	http *http.Client
}

// New returns a client for the server at baseURL (http://host:port). Every
// request gives up after timeout.
func New(baseURL string, timeout time.Duration) (*Client, error) {
	u, err := url.Parse(baseURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("corenlp: parser URL %q: want http://host:port", baseURL)
	}
	base := u.Scheme + "://" + u.Host
	u.Path = "/"
	u.RawQuery = url.Values{"properties": {Settings()}}.Encode()
	return &Client{base: base, url: u.String(), http: &http.Client{Timeout: timeout}}, nil
}

// Ping checks that the server answers.
func (c *Client) Ping(ctx context.Context) error {
	_, err := c.Parse(ctx, "Oman hosted the talks.")
	return err
}

// Parse parses text. Token offsets are bytes into text. A text longer than
// one request allows is sent in pieces cut at paragraph breaks.
func (c *Client) Parse(ctx context.Context, text string) (syntax.Parse, error) {
	out := syntax.Parse{Parser: "corenlp " + Version + " " + Settings()}
	for _, ch := range chunks(text, maxChunk) {
		p, err := c.parseOne(ctx, text[ch[0]:ch[1]])
		if err != nil {
			return syntax.Parse{}, err
		}
		for _, s := range p.Sentences {
			for i := range s.Tokens {
				s.Tokens[i].Start += ch[0]
				s.Tokens[i].End += ch[0]
			}
			out.Sentences = append(out.Sentences, s)
		}
	}
	return out, nil
}

func (c *Client) parseOne(ctx context.Context, text string) (syntax.Parse, error) {
	if strings.TrimSpace(text) == "" {
		return syntax.Parse{}, nil
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url, strings.NewReader(text))
	if err != nil {
		return syntax.Parse{}, fmt.Errorf("corenlp: %w", err)
	}
	req.Header.Set("Content-Type", "text/plain; charset=utf-8")
	resp, err := c.http.Do(req)
	if err != nil {
		// The request URL carries the whole configuration in its query;
		// the error names the server only.
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return syntax.Parse{}, fmt.Errorf("corenlp: parse at %s: %w", c.base, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 256<<20))
	if err != nil {
		return syntax.Parse{}, fmt.Errorf("corenlp: read answer: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		return syntax.Parse{}, fmt.Errorf("corenlp: parse: server said %s: %s", resp.Status, firstLine(body))
	}
	return decode(body, text)
}

// answer is the part of CoreNLP's JSON output kg reads.
type answer struct {
	Sentences []struct {
		Tokens []struct {
			Word  string `json:"word"`
			Lemma string `json:"lemma"`
			POS   string `json:"pos"`
			NER   string `json:"ner"`
			Begin int    `json:"characterOffsetBegin"`
			End   int    `json:"characterOffsetEnd"`
		} `json:"tokens"`
		Deps []struct {
			Rel string `json:"dep"`
			Gov int    `json:"governor"`
			Dep int    `json:"dependent"`
		} `json:"enhancedPlusPlusDependencies"`
	} `json:"sentences"`
}

// decode turns CoreNLP's JSON into a Parse. CoreNLP counts offsets in
// UTF-16 code units (Java chars); they become byte offsets into text.
func decode(body []byte, text string) (syntax.Parse, error) {
	var a answer
	if err := json.NewDecoder(bytes.NewReader(body)).Decode(&a); err != nil {
		return syntax.Parse{}, fmt.Errorf("corenlp: decode answer: %w", err)
	}
	toByte := utf16ToByte(text)
	var p syntax.Parse
	for si, s := range a.Sentences {
		out := syntax.Sentence{Tokens: make([]syntax.Token, len(s.Tokens))}
		for i, t := range s.Tokens {
			if t.Begin < 0 || t.End < t.Begin || t.End >= len(toByte) {
				return syntax.Parse{}, fmt.Errorf("corenlp: sentence %d token %d: offsets %d-%d outside the text", si, i, t.Begin, t.End)
			}
			out.Tokens[i] = syntax.Token{Start: toByte[t.Begin], End: toByte[t.End], Word: t.Word, Lemma: t.Lemma, POS: t.POS, NER: t.NER}
		}
		for _, d := range s.Deps {
			// CoreNLP numbers tokens from 1 and the root 0.
			head, dep := d.Gov-1, d.Dep-1
			if dep < 0 || dep >= len(out.Tokens) || head < -1 || head >= len(out.Tokens) {
				return syntax.Parse{}, fmt.Errorf("corenlp: sentence %d: arc %s %d→%d outside the sentence", si, d.Rel, d.Gov, d.Dep)
			}
			out.Arcs = append(out.Arcs, syntax.Arc{Head: head, Dep: dep, Rel: d.Rel})
		}
		p.Sentences = append(p.Sentences, out)
	}
	return p, nil
}

// utf16ToByte maps every UTF-16 offset of text (one past the end included)
// to its byte offset. An offset inside a surrogate pair maps to the start of
// its rune.
func utf16ToByte(text string) []int {
	m := make([]int, 0, len(text)+1)
	for i, r := range text {
		m = append(m, i)
		if r >= 0x10000 {
			m = append(m, i)
		}
	}
	return append(m, len(text))
}

// chunks cuts text into [start, end) pieces of at most max bytes, at the
// last paragraph break (else line break, else space) before the limit.
func chunks(text string, max int) [][2]int {
	var out [][2]int
	for start := 0; start < len(text); {
		end := start + max
		if end >= len(text) {
			out = append(out, [2]int{start, len(text)})
			break
		}
		piece := text[start:end]
		cut := -1
		for _, sep := range []string{"\n\n", "\n", " "} {
			if i := strings.LastIndex(piece, sep); i > 0 {
				cut = i + len(sep)
				break
			}
		}
		if cut <= 0 {
			// No break at all: cut at a rune boundary.
			cut = max
			for cut > 0 && !utf8.RuneStart(text[start+cut]) {
				cut--
			}
		}
		out = append(out, [2]int{start, start + cut})
		start += cut
	}
	return out
}

func firstLine(b []byte) string {
	s := strings.TrimSpace(string(b))
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	if len(s) > 200 {
		s = s[:200]
	}
	return s
}
