// Package normalize turns a source.Item into a Document: the document's main
// text with markup and boilerplate removed, its title and publication date,
// and the byte spans of its sentences.
//
// Bodies are parsed by kind into blocks (paragraphs, headings, list items):
// HTML pages through readability, HTML fragments (feed entries, JSON
// records) directly; Markdown with its YAML front matter; plain text by
// blank lines, or as Markdown when it uses Markdown syntax, as text copied
// from web pages often does. Headings that flattened text ran into their
// first paragraph ("## Context The narrative of ...") are split off.
//
// Boilerplate rules then drop blocks by shape, not by the strings of any
// one site: link sections (Related, Sources, See also, References),
// captions repeated back to back, "a | b | c" captions, key : value author
// and social-media boxes with their labels, share and cookie furniture,
// sentences that address the reader ("What are your thoughts ...") with
// the rest of their paragraph, trailing labels, tables of contents, and the
// "...]]" artefact of wiki dumps.
//
// Blocks are joined with blank lines, so every block boundary is a sentence
// boundary. Headings, and list items or paragraphs that are only a link, are
// recorded in NotEntities: they are kept for reading but must not yield
// entities by themselves. Sentence splitting knows title abbreviations
// ("Mr.", "Sen.", "Gen."), initials ("Donald J. Trump"), dotted acronyms
// ("U.S."), "Jan. 5" and "No. 5", decimals, and quotes closing after the
// stop.
//
// The date comes from the item (feed or JSON field), else from front matter
// or meta tags, else from a dateline ("WASHINGTON, April 12, 2025 —") or a
// bare date line near the top; a date line one day before the item's
// stamp is the page's day of issue (the stamp is in UTC). A headline with
// its date on the line under it, one paragraph to Markdown and plain text,
// is parted into the headline (kept as prose) and the date line. The title
// comes from the item, front matter or og:title/readability/<title>, else
// the first heading, else the first sentence.
package normalize
