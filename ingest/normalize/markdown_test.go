package normalize

import (
	"reflect"
	"testing"
)

func TestSplitRunInHeading(t *testing.T) {
	tests := []struct {
		name, in, heading, rest string
	}{
		{
			"heading runs into paragraph",
			"A Deep-Rooted Enmity: The Historical Context The narrative of US-Iran relations is deeply etched. This pivotal event transformed Iran.",
			"A Deep-Rooted Enmity: The Historical Context",
			"The narrative of US-Iran relations is deeply etched. This pivotal event transformed Iran.",
		},
		{
			"minor words inside the title",
			"Challenges and Obstacles on the Path to Peace Despite the pressing need for dialogue, talks stall. Trust is low.",
			"Challenges and Obstacles on the Path to Peace",
			"Despite the pressing need for dialogue, talks stall. Trust is low.",
		},
		{
			"paragraph opening with a minor word",
			"The Imperative for Dialogue: Why Talks Matter Now In an increasingly volatile world, the urgency is apparent. War looms.",
			"The Imperative for Dialogue: Why Talks Matter Now",
			"In an increasingly volatile world, the urgency is apparent. War looms.",
		},
		{
			"short heading left alone",
			"Readout of Peace Talks in Geneva",
			"Readout of Peace Talks in Geneva", "",
		},
		{
			"a headline whose subject is a titled name is not cut inside the name",
			"The Foreign Minister of Iran Mohammad Javad Zarif says that the missile program is not up for discussion. This comes as John Kerry said so.",
			"The Foreign Minister of Iran Mohammad Javad Zarif says that the missile program is not up for discussion. This comes as John Kerry said so.", "",
		},
		{
			"a headline opening with the name of a state is not cut after its second word",
			"The United States launches airstrikes on ISIL positions in the city of Sirte. Libyan Prime Minister Fayez al-Sarraj says the strikes worked.",
			"The United States launches airstrikes on ISIL positions in the city of Sirte. Libyan Prime Minister Fayez al-Sarraj says the strikes worked.", "",
		},
		{
			"one-sentence headline left alone",
			"Europe and the United States lift sanctions imposed on Iran regarding its nuclear programme, and the plan begins.",
			"Europe and the United States lift sanctions imposed on Iran regarding its nuclear programme, and the plan begins.", "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, r := splitRunInHeading(tt.in)
			if h != tt.heading || r != tt.rest {
				t.Errorf("got (%q, %q), want (%q, %q)", h, r, tt.heading, tt.rest)
			}
		})
	}
}

func TestRenderInline(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"link becomes its text", "President Trump has [never wavered](https://x.com/a) in his stance", "President Trump has never wavered in his stance"},
		{"image dropped", "Before ![map of Oman](img.png) after", "Before after"},
		{"emphasis removed", "**Bold** and *italic* and __strong__ and _em_", "Bold and italic and strong and em"},
		{"underscore inside names kept", "file snake_case_name", "file snake_case_name"},
		{"html tags stripped, entities decoded", "Tom &amp; <b>Jerry</b><br/>met", "Tom & Jerrymet"},
		{"citations removed", "Iran is in Asia.[2][3] It is large.[citation needed]", "Iran is in Asia. It is large."},
		{"escaped characters", `1\. not a list \*star\*`, "1. not a list *star*"},
		{"link with parentheses in target", "[Vienna](https://en.wikipedia.org/wiki/Vienna_(city)) talks", "Vienna talks"},
		{"inline code", "run `kg ingest` now", "run kg ingest now"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := renderInline(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestMarkdownBlocks(t *testing.T) {
	type want struct {
		kind      blockKind
		text      string
		notEntity bool
	}
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{
			"headings, paragraphs, lists",
			"# Talks\n\nEnvoys met in\nMuscat.\n\n- First item\n  continued\n- [CNN](http://cnn.com)\n",
			[]want{{blockHeading, "Talks", false}, {blockParagraph, "Envoys met in Muscat.", false}, {blockItem, "First item continued", false}, {blockItem, "CNN", true}},
		},
		{
			"table of contents on one line removed",
			"Intro sentence here.\n**Table of Contents:** * [A](#a) * [B](#b) * [C](#c)\n## A Title\n",
			[]want{{blockParagraph, "Intro sentence here.", false}, {blockHeading, "A Title", false}},
		},
		{
			"table of contents as a list removed",
			"- [History](#history)\n- [Talks](#talks)\n\nText.",
			[]want{{blockParagraph, "Text.", false}},
		},
		{
			"run-in heading in the middle of a line",
			"End of intro. ## Glimmers of Hope: Positive Signals While the road is hard, talks go on. Hope remains.",
			[]want{{blockParagraph, "End of intro.", false}, {blockHeading, "Glimmers of Hope: Positive Signals", false}, {blockParagraph, "While the road is hard, talks go on. Hope remains.", false}},
		},
		{
			"code fence dropped, setext heading read",
			"Title\n=====\n\n```\ncode here\n```\nBody text.",
			[]want{{blockHeading, "Title", false}, {blockParagraph, "Body text.", false}},
		},
		{
			"table rows become items",
			"| Name | Role |\n|---|---|\n| Araghchi | Foreign Minister |\n",
			[]want{{blockItem, "Name; Role", false}, {blockItem, "Araghchi; Foreign Minister", false}},
		},
		{
			"headline sentence kept as prose",
			"# Iran, the United States, the United Kingdom, France, Russia, China, Germany, and the European Union reach a breakthrough agreement on a framework.",
			[]want{{blockParagraph, "Iran, the United States, the United Kingdom, France, Russia, China, Germany, and the European Union reach a breakthrough agreement on a framework.", false}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []want
			for _, b := range markdownBlocks(tt.in) {
				got = append(got, want{b.kind, b.text, b.notEntity})
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestFrontMatter(t *testing.T) {
	in := "---\ndate: '2025-06-17'\npublished_time: 2025-06-17 08:19:09-04:00\ntitle: \"Joint Statement of\\\n  \\ the Leaders on\\_Iran\"\nsource_url: https://example.org/a\n---\nBody."
	fm, rest := splitFrontMatter(in)
	if fm.title != "Joint Statement of the Leaders on Iran" || fm.published != "2025-06-17 08:19:09-04:00" || fm.url != "https://example.org/a" || rest != "Body." {
		t.Errorf("got %+v rest %q", fm, rest)
	}
	if fm, rest := splitFrontMatter("No front matter.\n---\n"); fm.title != "" || rest != "No front matter.\n---\n" {
		t.Errorf("got %+v rest %q, want the body untouched", fm, rest)
	}
}

func TestLooksLikeMarkdown(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Intro.\n## Heading\nText with **bold** words.", true},
		{"Intro. ## Run-in Heading Text. And [a](#b) link.", true},
		{"Plain text about 3 # signs and a * star.", false},
		{"IRAN, also called PERSIA,[1] is a country.", false},
	}
	for _, tt := range tests {
		if got := looksLikeMarkdown(tt.in); got != tt.want {
			t.Errorf("looksLikeMarkdown(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
