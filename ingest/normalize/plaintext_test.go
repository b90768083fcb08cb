package normalize

import "testing"

// TestCleanPlainImageFiles: the file names of images that wiki text dumps
// leave behind go, with the words around them kept as they were.
func TestCleanPlainImageFiles(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"before a sentence", "Shahbandar_Cafe.jpg Baghdad and southern Iraq remained under Ottoman rule.",
			"Baghdad and southern Iraq remained under Ottoman rule."},
		{"two in a row, then a caption", "Gaza_closure_December_2012.jpg Gaza_City.JPG skyline, 2007]] History",
			"skyline, 2007]] History"},
		{"a dotted file name inside a sentence", "The picture UNEF.Canada.Panama.74.jpeg shows UN peacekeepers.",
			"The picture shows UN peacekeepers."},
		{"a web address and an abbreviation stay", "See example.org and the U.S. site.",
			"See example.org and the U.S. site."},
		{"a word ending in a format's letters stays", "He read the svg and the Jpeg formats.",
			"He read the svg and the Jpeg formats."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cleanPlain(tt.in); got != tt.want {
				t.Errorf("cleanPlain(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestWikiHeadings: a wiki heading left on a line of its own in a text
// dump ("== Background ==") is a heading of its words alone; equals signs
// inside a paragraph stay.
func TestWikiHeadings(t *testing.T) {
	blocks := textBlocks("Relations are close.\n\n== Selected bilateral visits ==\n\nThe sum a == b holds.")
	want := []block{
		{kind: blockParagraph, text: "Relations are close."},
		{kind: blockHeading, text: "Selected bilateral visits"},
		{kind: blockParagraph, text: "The sum a == b holds."},
	}
	if len(blocks) != len(want) {
		t.Fatalf("got %d blocks %+v, want %+v", len(blocks), blocks, want)
	}
	for i := range want {
		if blocks[i].kind != want[i].kind || blocks[i].text != want[i].text {
			t.Errorf("block %d: got %+v, want %+v", i, blocks[i], want[i])
		}
	}
}

// TestLineBlocks: a text dump of a web page writes a section's heading on
// the line over its first paragraph, and a list one item a line without
// bullets; both are blocks of their own, while wrapped prose stays one
// paragraph.
func TestLineBlocks(t *testing.T) {
	blocks := textBlocks("Relations are close.\n\n" +
		"History\nTurkey was the first state to recognise Azerbaijan, in 1991.\n\n" +
		"A paragraph of prose wrapped by its writer\nruns on in lower case on the next line.\n\n" +
		"Short line\nand a wrapped sentence after it goes on.\n\n" +
		"Visits\nHeydar Aliyev to Ankara, February 1994\nAbdullah Gül to Baku, August 2010")
	want := []block{
		{kind: blockParagraph, text: "Relations are close."},
		{kind: blockHeading, text: "History"},
		{kind: blockParagraph, text: "Turkey was the first state to recognise Azerbaijan, in 1991."},
		{kind: blockParagraph, text: "A paragraph of prose wrapped by its writer runs on in lower case on the next line."},
		{kind: blockParagraph, text: "Short line and a wrapped sentence after it goes on."},
		{kind: blockHeading, text: "Visits"},
		{kind: blockItem, text: "Heydar Aliyev to Ankara, February 1994"},
		{kind: blockItem, text: "Abdullah Gül to Baku, August 2010"},
	}
	if len(blocks) != len(want) {
		t.Fatalf("got %d blocks %+v, want %d", len(blocks), blocks, len(want))
	}
	for i := range want {
		if blocks[i].kind != want[i].kind || blocks[i].text != want[i].text {
			t.Errorf("block %d: got %+v, want %+v", i, blocks[i], want[i])
		}
	}
}
