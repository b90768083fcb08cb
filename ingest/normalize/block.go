package normalize

import "strings"

// blockKind says how a block of text takes part in sentence splitting.
type blockKind int

const (
	// blockParagraph is running text, split into sentences.
	blockParagraph blockKind = iota
	// blockHeading is one sentence of its own and never yields entities alone.
	blockHeading
	// blockItem is a list item: its start and end are sentence boundaries.
	blockItem
)

// block is one paragraph, heading or list item of a document's main text,
// with inline markup already removed and white space collapsed to single
// spaces.
type block struct {
	kind  blockKind
	level int // heading level; 0 when the source has none (plain text)
	text  string
	// notEntity marks text kept for reading that must not yield entities by
	// itself (a bare link in a list, a caption).
	notEntity bool
}

// assembled is the text built from blocks with its sentence and
// not-entity spans.
type assembled struct {
	text        string
	sentences   []Span
	notEntities []Span
}

// assemble joins blocks with blank lines, so every block boundary is a hard
// sentence boundary, and records where each sentence lies.
func assemble(blocks []block) assembled {
	var b strings.Builder
	var out assembled
	for _, bl := range blocks {
		text := strings.TrimSpace(bl.text)
		if text == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		base := b.Len()
		b.WriteString(text)
		if bl.kind == blockHeading {
			sp := Span{base, base + len(text)}
			out.sentences = append(out.sentences, sp)
			out.notEntities = append(out.notEntities, sp)
			continue
		}
		for _, sp := range splitSentences(text) {
			out.sentences = append(out.sentences, Span{sp.Start + base, sp.End + base})
		}
		if bl.notEntity {
			out.notEntities = append(out.notEntities, Span{base, base + len(text)})
		}
	}
	out.text = b.String()
	return out
}

// collapseSpace replaces every run of white space by one space and trims.
func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
