package normalize

import (
	"bytes"
	"regexp"
	"strings"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// fullPageRe tells a whole page from a fragment (a feed entry's or a JSON
// record's HTML): only whole pages go through readability, which needs
// the page around the article to score it and may discard a fragment's
// short paragraphs.
var fullPageRe = regexp.MustCompile(`(?i)<(?:html|body)[\s>]`)

// htmlBlocks extracts the main text of an HTML page or fragment as blocks,
// and the title, date and canonical URL its head declares.
func htmlBlocks(body string) (metadata, []block) {
	doc, err := html.Parse(strings.NewReader(body))
	if err != nil {
		// x/net/html recovers from any markup; this is an I/O error on a
		// string reader, which cannot happen, but keep the text anyway.
		return metadata{}, textBlocks(body)
	}
	meta, titleTag := headMetadata(doc)
	root := doc
	if fullPageRe.MatchString(body) {
		if article, err := readability.FromDocument(doc, nil); err == nil && article.Node != nil {
			if meta.title == "" {
				// Readability's title drops the " - Site" suffix of <title>.
				meta.title = article.Title()
			}
			if meta.published == "" {
				if t, err := article.PublishedTime(); err == nil {
					meta.published = t.Format("2006-01-02T15:04:05Z07:00")
				}
			}
			if hasText(article.Node) {
				root = article.Node
			}
		}
	}
	if meta.title == "" {
		meta.title = titleTag
	}
	var w htmlWalker
	w.walk(root)
	w.flush()
	return meta, w.blocks
}

// headMetadata reads the og:title, publication date and canonical URL from
// meta tags and the first <time datetime>, and returns <title> apart: it
// is the weakest title source, often suffixed with the site name.
func headMetadata(doc *html.Node) (metadata, string) {
	var meta metadata
	var titleTag, ogTitle, timeTag string
	dates := map[string]string{}
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch elemAtom(n) {
			case atom.Title:
				if titleTag == "" {
					titleTag = collapseSpace(textOf(n))
				}
			case atom.Meta:
				key := strings.ToLower(attr(n, "property"))
				if key == "" {
					key = strings.ToLower(attr(n, "name"))
				}
				if key == "" {
					key = strings.ToLower(attr(n, "itemprop"))
				}
				content := strings.TrimSpace(attr(n, "content"))
				switch key {
				case "og:title", "twitter:title":
					if ogTitle == "" {
						ogTitle = content
					}
				case "og:url":
					if meta.url == "" {
						meta.url = content
					}
				case "article:published_time", "og:published_time", "datepublished", "date",
					"dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "pubdate", "publish-date", "sailthru.date":
					if dates[key] == "" {
						dates[key] = content
					}
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && attr(n, "href") != "" {
					meta.url = attr(n, "href")
				}
			case atom.Time:
				if timeTag == "" {
					timeTag = strings.TrimSpace(attr(n, "datetime"))
				}
			case atom.Script, atom.Style:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
	meta.title = ogTitle
	for _, k := range []string{"article:published_time", "og:published_time", "datepublished", "dc.date.issued", "dc.date", "dcterms.date", "dcterms.created", "date", "pubdate", "publish-date", "sailthru.date"} {
		if dates[k] != "" {
			meta.published = dates[k]
			break
		}
	}
	if meta.published == "" {
		meta.published = timeTag
	}
	return meta, titleTag
}

// htmlWalker turns an element tree into blocks. Block elements end the
// current block; headings and list items become blocks of their kind;
// navigation, forms, scripts and captions are skipped.
type htmlWalker struct {
	blocks   []block
	cur      strings.Builder
	kind     blockKind
	level    int
	linkText int
	// anchorLinks counts links to fragments of the same page in the
	// current block: a list item that is one is a table-of-contents entry.
	anchorLinks int
	inRow       bool
}

// skipped elements carry page furniture, not article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Nav: true,
	atom.Footer: true, atom.Aside: true, atom.Form: true, atom.Button: true,
	atom.Iframe: true, atom.Svg: true, atom.Figcaption: true, atom.Select: true,
	atom.Template: true, atom.Head: true, atom.Input: true, atom.Textarea: true,
	atom.Sup: true, // footnote markers
}

// blockElements end the text before them and start a new block.
var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true,
	atom.Main: true, atom.Blockquote: true, atom.Pre: true, atom.Table: true,
	atom.Tr: true, atom.Td: true, atom.Th: true, atom.Ul: true, atom.Ol: true,
	atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Figure: true, atom.Br: true,
	atom.Hr: true, atom.Header: true, atom.Address: true, atom.Caption: true,
	atom.Details: true, atom.Summary: true, atom.Center: true,
}

var headingLevel = map[atom.Atom]int{
	atom.H1: 1, atom.H2: 2, atom.H3: 3, atom.H4: 4, atom.H5: 5, atom.H6: 6,
}

func (w *htmlWalker) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.cur.WriteString(n.Data)
		return
	case html.CommentNode:
		return
	case html.ElementNode:
		a := elemAtom(n)
		if skipped[a] || isHidden(n) {
			return
		}
		if level, ok := headingLevel[a]; ok {
			w.flush()
			w.kind, w.level = blockHeading, level
			w.children(n)
			w.flush()
			return
		}
		if a == atom.Li {
			w.flush()
			w.kind = blockItem
			w.children(n)
			w.flush()
			return
		}
		if a == atom.A {
			before := w.cur.Len()
			w.children(n)
			w.linkText += len(strings.TrimSpace(w.cur.String()[before:]))
			if strings.HasPrefix(attr(n, "href"), "#") {
				w.anchorLinks++
			}
			return
		}
		if a == atom.Table && hasClass(n, "navbox", "metadata", "toc", "mbox", "ambox", "sidebar") {
			return // navigation and maintenance boxes
		}
		if a == atom.Tr {
			// A table row reads as one line, its cells separated.
			w.flush()
			w.kind, w.inRow = blockItem, true
			w.children(n)
			w.inRow = false
			w.flush()
			return
		}
		if w.inRow && (a == atom.Td || a == atom.Th) {
			if strings.TrimSpace(w.cur.String()) != "" {
				w.cur.WriteString("; ")
			}
			w.children(n)
			return
		}
		if blockElements[a] {
			w.flush()
			w.children(n)
			w.flush()
			return
		}
		// Inline elements (span, em, strong, ...) may sit without spaces
		// between them; a space keeps "<span>A</span><span>B</span>" apart
		// only where the source had one, so nothing is added here.
	}
	w.children(n)
}

func (w *htmlWalker) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
}

// flush ends the current block.
func (w *htmlWalker) flush() {
	raw := w.cur.String()
	w.cur.Reset()
	kind, level, linkText, anchors := w.kind, w.level, w.linkText, w.anchorLinks
	if w.inRow {
		return // a row ends only at its </tr>
	}
	w.kind, w.level, w.linkText, w.anchorLinks = blockParagraph, 0, 0, 0
	text := collapseSpace(citationRe.ReplaceAllString(raw, ""))
	text = strings.ReplaceAll(text, " ; ", "; ")
	if text == "" {
		return
	}
	b := block{kind: kind, level: level, text: text}
	if kind == blockHeading && isHeadlineSentence(text) {
		b.kind = blockParagraph
	}
	if linkText > 0 && linkText*10 >= len(strings.TrimSpace(raw))*9 {
		if anchors > 0 {
			return // a table-of-contents entry
		}
		b.notEntity = true
	}
	w.blocks = append(w.blocks, b)
}

// isHidden reports elements the page hides from readers.
func isHidden(n *html.Node) bool {
	if _, ok := attrOK(n, "hidden"); ok || strings.EqualFold(attr(n, "aria-hidden"), "true") {
		return true
	}
	style := strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", "")
	return strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden")
}

// elemAtom returns n's tag as an atom. Readability renames and rebuilds
// elements without setting DataAtom, so the name is looked up again.
func elemAtom(n *html.Node) atom.Atom {
	if n.DataAtom != 0 {
		return n.DataAtom
	}
	return atom.Lookup([]byte(strings.ToLower(n.Data)))
}

// hasClass reports whether n's class attribute holds one of the names.
func hasClass(n *html.Node, names ...string) bool {
	for _, c := range strings.Fields(attr(n, "class")) {
		for _, name := range names {
			if strings.EqualFold(c, name) {
				return true
			}
		}
	}
	return false
}

func hasText(n *html.Node) bool {
	return strings.TrimSpace(textOf(n)) != ""
}

func textOf(n *html.Node) string {
	var b bytes.Buffer
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		if n.Type == html.ElementNode && (elemAtom(n) == atom.Script || elemAtom(n) == atom.Style) {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(n)
	return b.String()
}

func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val, true
		}
	}
	return "", false
}
