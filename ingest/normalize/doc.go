// Package normalize turns a source.Item into a Document: the document's main
// text with markup and boilerplate removed, its title and publication date,
// and the byte spans of its sentences.
package normalize
