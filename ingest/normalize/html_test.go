package normalize

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/ingest/source"
)

func TestHTMLMetadata(t *testing.T) {
	page := func(head string) string {
		return "<html><head>" + head + "</head><body><article><p>Envoys met in Muscat on Saturday for talks.</p></article></body></html>"
	}
	tests := []struct {
		name, head, title, published string
	}{
		{"article published time", `<title>T - Site</title><meta property="article:published_time" content="2025-04-12T10:00:00Z">`, "", "2025-04-12T10:00:00Z"},
		{"og published time and og title", `<meta property="og:title" content="Talks resume"><meta property="og:published_time" content="2025-04-13">`, "Talks resume", "2025-04-13"},
		{"name date", `<meta name="date" content="2025-04-14">`, "", "2025-04-14"},
		{"dublin core", `<meta name="DC.date" content="2025-04-15">`, "", "2025-04-15"},
		{"article time wins over date", `<meta name="date" content="2020-01-01"><meta property="article:published_time" content="2025-04-16">`, "", "2025-04-16"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			meta, _ := htmlBlocks(page(tt.head))
			if meta.published != tt.published || (tt.title != "" && meta.title != tt.title) {
				t.Errorf("got title %q published %q, want %q %q", meta.title, meta.published, tt.title, tt.published)
			}
		})
	}
	t.Run("time element", func(t *testing.T) {
		meta, _ := htmlBlocks(`<p>Posted <time datetime="2025-04-17T08:00:00Z">Thursday</time></p><p>Text.</p>`)
		if meta.published != "2025-04-17T08:00:00Z" {
			t.Errorf("got %q", meta.published)
		}
	})
}

func TestHTMLBlocks(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{
			"furniture dropped, boundaries kept",
			`<nav><a href="/">Home</a></nav><script>var x=1;</script><style>p{}</style>
			<h2>Talks in Oman</h2><p>Witkoff met <b>Araghchi</b>.</p><p>They agreed<br>to meet again.</p>
			<figure><img src="m.png"><figcaption>Map of Oman</figcaption></figure><footer>© Site</footer>`,
			[]string{"Talks in Oman", "Witkoff met Araghchi.", "They agreed", "to meet again."},
		},
		{
			"broken markup still yields text",
			`<div><p>Unclosed paragraph <b>bold <i>both</b> text<p>Second`,
			[]string{"Unclosed paragraph bold both text", "Second"},
		},
		{
			"hidden elements and table-of-contents links dropped",
			`<ul><li><a href="#h">History</a></li></ul><div style="display: none">Hidden</div><p aria-hidden="true">Icon</p><p>Kept.</p>`,
			[]string{"Kept."},
		},
		{
			"list items and table rows",
			`<ul><li>First point.</li><li>Second point.</li></ul><table><tr><th>Signed</th><td>14 July 2015</td></tr></table>`,
			[]string{"First point.", "Second point.", "Signed; 14 July 2015"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, blocks := htmlBlocks(tt.in)
			got := texts(blocks)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestHTMLPageKeepsArticleOnly(t *testing.T) {
	nav := strings.Repeat(`<li><a href="/section">Section link</a></li>`, 30)
	body := `<html><head><title>Talks | News</title></head><body>
	<header><ul>` + nav + `</ul></header>
	<div class="content"><article><h1>Talks in Muscat</h1>` +
		`<p>Special Envoy Steve Witkoff and Foreign Minister Abbas Araghchi met in Muscat, where Oman's foreign minister carried messages between the two delegations for several hours.</p>
		<p>Both sides described the atmosphere as constructive and agreed to hold a second round of talks in Rome the following week, according to officials.</p>
		<p>The talks were the first between the two governments since the United States withdrew from the nuclear agreement seven years earlier.</p>
		<p>Analysts in the region said the choice of Oman as a venue reflected its long record of quiet mediation between Washington and Tehran.</p>` +
		`</article></div>
	<div class="sidebar related"><h3>Related</h3><ul><li><a href="/x">Other story</a></li></ul></div>
	<footer><p>Cookie notice: we use cookies. Accept?</p></footer></body></html>`
	d, err := Normalize(source.Item{Locator: "page.html", Kind: source.KindHTML, Body: []byte(body)})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.Text, "Special Envoy Steve Witkoff") || !strings.Contains(d.Text, "Tehran.") {
		t.Errorf("article text lost: %q", d.Text)
	}
	if !strings.HasPrefix(d.Text, "Talks in Muscat\n\nSpecial Envoy") {
		t.Errorf("heading not kept as its own block: %.60q", d.Text)
	}
	for _, gone := range []string{"Section link", "Other story", "Cookie", "Related"} {
		if strings.Contains(d.Text, gone) {
			t.Errorf("text still holds %q", gone)
		}
	}
}
