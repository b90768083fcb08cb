package syntax

// Parse is the structure of one text.
type Parse struct {
	// Parser names the parser, its version and its settings. It is part of
	// the content hash of an extraction that read the parse, so that a
	// graph built with another parser, or with none, is rewritten.
	Parser    string     `json:"parser"`
	Sentences []Sentence `json:"sentences"`
}

// Sentence is one sentence as the parser split it.
type Sentence struct {
	Tokens []Token `json:"tokens"`
	// Arcs are the dependencies in Universal Dependencies form, enhanced
	// (a token may have several heads: "Iran and Oman met" gives "met" two
	// subjects). Head and Dep index Tokens; Head is -1 for the root.
	Arcs []Arc `json:"arcs"`
}

// Token is one word.
type Token struct {
	Start int    `json:"start"` // byte offset into the parsed text
	End   int    `json:"end"`
	Word  string `json:"word"`
	Lemma string `json:"lemma"`
	POS   string `json:"pos"` // Penn Treebank tag
	NER   string `json:"ner"` // the parser's entity class, "O" for none
}

// Arc is one dependency: Head governs Dep with relation Rel ("nsubj",
// "obj", "obl:with", "nmod:of", "appos", ...).
type Arc struct {
	Head int    `json:"head"`
	Dep  int    `json:"dep"`
	Rel  string `json:"rel"`
}

// Children returns the arcs headed by token i, in the parser's order.
func (s *Sentence) Children(i int) []Arc {
	var out []Arc
	for _, a := range s.Arcs {
		if a.Head == i {
			out = append(out, a)
		}
	}
	return out
}

// Heads returns the arcs whose dependent is token i.
func (s *Sentence) Heads(i int) []Arc {
	var out []Arc
	for _, a := range s.Arcs {
		if a.Dep == i {
			out = append(out, a)
		}
	}
	return out
}
