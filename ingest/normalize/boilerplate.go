package normalize

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// The boilerplate rules below are generic page-furniture patterns (captions,
// author boxes, social blocks, reader prompts, link sections), not strings
// of any one page. Each takes and returns the block list, so they compose
// and can be tested one by one.
var boilerplateRules = []func([]block) []block{
	dropWikiArtefact,
	dropLinkSections,
	dropRepeated,
	dropCaptions,
	dropProfiles,
	dropFurniture,
	dropReaderPrompts,
	dropTrailingLabels,
}

func removeBoilerplate(blocks []block) []block {
	for _, rule := range boilerplateRules {
		blocks = rule(blocks)
	}
	return blocks
}

// dropWikiArtefact removes the tail of an image caption that encyclopedia
// text dumps leave in front of the article ("... to the south.]]").
func dropWikiArtefact(blocks []block) []block {
	if len(blocks) > 0 && strings.HasSuffix(blocks[0].text, "]]") && !strings.Contains(blocks[0].text, "[[") {
		return blocks[1:]
	}
	return blocks
}

// linkSectionRe names sections that list other pages rather than tell the
// story; their items would lend their dates and names to this document.
var linkSectionRe = regexp.MustCompile(`(?i)^(?:related(?: (?:articles|posts|stories|content|items|links|news|coverage))?|sources?|see also|contents|table of contents|in this article|references|external links|further reading|read more|more (?:from|on) .{1,40}|recommended(?: for you)?|you (?:may|might) also like|notes|footnotes|citations|bibliography|comments|share this(?: article)?|tags|changes|revisions|version history)\s*:?$`)

// dropLinkSections removes a heading that names a link section together with
// everything up to the next heading of the same or a higher level.
func dropLinkSections(blocks []block) []block {
	var out []block
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		if b.kind != blockHeading || !linkSectionRe.MatchString(b.text) {
			out = append(out, b)
			continue
		}
		j := i + 1
		for j < len(blocks) && !(blocks[j].kind == blockHeading && (b.level == 0 || blocks[j].level == 0 || blocks[j].level <= b.level)) {
			j++
		}
		i = j - 1
	}
	return out
}

// dropRepeated removes short blocks repeated back to back: image captions
// and widgets print twice (alt text, then caption), article paragraphs do
// not. Only neighbours count, since a transcript may repeat a line ("QUESTION:
// The Japanese —") far apart. When flattening glued such a caption to the
// end of the previous paragraph, it is cut from there too.
func dropRepeated(blocks []block) []block {
	repeated := map[string]bool{}
	for i := 1; i < len(blocks); i++ {
		b := blocks[i]
		if b.kind != blockHeading && b.text == blocks[i-1].text && wordCount(b.text) <= 30 {
			repeated[b.text] = true
		}
	}
	if len(repeated) == 0 {
		return blocks
	}
	var out []block
	for _, b := range blocks {
		if b.kind != blockHeading && repeated[b.text] {
			continue
		}
		for text := range repeated {
			if len(b.text) > len(text) && strings.HasSuffix(b.text, " "+text) {
				b.text = strings.TrimSpace(strings.TrimSuffix(b.text, text))
			}
		}
		out = append(out, b)
	}
	return out
}

// dropCaptions removes short "Name | Site | Tagline" lines, the shape of
// image captions and listicle titles.
func dropCaptions(blocks []block) []block {
	var out []block
	for _, b := range blocks {
		if strings.Contains(b.text, " | ") && wordCount(b.text) <= 20 && !endsSentence(b.text) {
			continue
		}
		out = append(out, b)
	}
	return out
}

// keyValueRe matches a "Key : value" profile line.
var keyValueRe = regexp.MustCompile(`^([A-Za-z][A-Za-z ]{0,24}?)\s*:\s*\S`)

// profileKeys are the fields of author boxes and social-media cards.
var profileKeys = map[string]bool{
	"name": true, "username": true, "user name": true, "email": true, "e-mail": true,
	"birthdate": true, "birthday": true, "born": true, "address": true, "phone": true,
	"company": true, "job": true, "bio": true, "url": true, "website": true,
	"followers": true, "following": true, "likes": true, "posts": true, "location": true,
	"joined": true, "occupation": true, "age": true, "handle": true,
}

// dropProfiles removes runs of "Key : value" lines in which profile fields
// dominate (author boxes, social cards), and the short labels around them
// ("Detail Author:", "Socials", "instagram:").
func dropProfiles(blocks []block) []block {
	drop := make([]bool, len(blocks))
	for i := 0; i < len(blocks); {
		j, profile := i, 0
		for j < len(blocks) {
			m := keyValueRe.FindStringSubmatch(blocks[j].text)
			if m == nil || wordCount(blocks[j].text) > 60 {
				break
			}
			if profileKeys[strings.ToLower(strings.TrimSpace(m[1]))] {
				profile++
			}
			j++
		}
		if j-i >= 2 && profile*2 >= j-i && profile >= 2 {
			for k := i; k < j; k++ {
				drop[k] = true
			}
		}
		if j == i {
			j++
		}
		i = j
	}
	// Labels next to a dropped run belong to it.
	for changed := true; changed; {
		changed = false
		for i := range blocks {
			if drop[i] || !isLabel(blocks[i].text) {
				continue
			}
			if (i > 0 && drop[i-1]) || (i+1 < len(blocks) && drop[i+1]) {
				drop[i] = true
				changed = true
			}
		}
	}
	var out []block
	for i, b := range blocks {
		if !drop[i] {
			out = append(out, b)
		}
	}
	return out
}

// isLabel reports a short line that only introduces what follows:
// "Detail Author:", "Socials", "facebook:".
func isLabel(text string) bool {
	return wordCount(text) <= 3 && !endsSentence(text) && utf8.RuneCountInString(text) <= 40
}

// furnitureRe matches whole blocks of page furniture.
var furnitureRe = regexp.MustCompile(`(?i)^(?:advertisement|sponsored|share(?: (?:this|on \w+))?|follow us(?: on \w+)?|socials?|print|email|tweet|read more|continue reading|click here.*|sign up.*newsletter.*|subscribe.*|skip to (?:main )?content|back to top|image(?: credit)?:.*|photo(?: credit)?:.*|(?:facebook|twitter|x|instagram|tiktok|linkedin|youtube|whatsapp|telegram|reddit|pinterest)\s*:?)\.?$`)

// cookieRe spots cookie and consent notices.
var cookieRe = regexp.MustCompile(`(?i)\bcookies?\b.*\b(?:accept|consent|agree|privacy|browsing|experience)\b|\b(?:accept|consent|agree)\b.*\bcookies?\b`)

// dropFurniture removes share buttons, "Read more" links, newsletter and
// cookie notices.
func dropFurniture(blocks []block) []block {
	var out []block
	for _, b := range blocks {
		// Furniture is short; testing long paragraphs costs time for nothing.
		words := wordCount(b.text)
		if words <= 12 && furnitureRe.MatchString(b.text) {
			continue
		}
		if words <= 80 && strings.Contains(strings.ToLower(b.text), "cookie") && cookieRe.MatchString(b.text) {
			continue
		}
		out = append(out, b)
	}
	return out
}

// readerPrompts are phrases of sentences that address the reader instead
// of reporting: comment prompts, newsletter pitches, "explore our articles".
// Plain substrings of the lower-cased text: a regexp with these
// alternatives cost more than the rest of normalization on long texts.
var readerPrompts = []string{
	"what are your thoughts", "share your thoughts", "share your insights", "share your views",
	"share your opinion", "share your comments", "share your experience", "join the conversation",
	"join the discussion", "in the comments", "leave a comment", "let us know",
	"subscribe to our", "sign up for our", "follow us on", "explore our other",
	"don't forget to share", "don’t forget to share",
}

func isReaderPrompt(text string) bool {
	lower := strings.ToLower(text)
	for _, p := range readerPrompts {
		if strings.Contains(lower, p) {
			return true
		}
	}
	return false
}

// dropReaderPrompts cuts a paragraph at its first sentence that addresses
// the reader: such prompts close an article, and the questions after them
// are part of the same pitch.
func dropReaderPrompts(blocks []block) []block {
	var out []block
	for _, b := range blocks {
		// One match over the block first: splitting every paragraph into
		// sentences to test each costs more than the rest of normalization.
		if b.kind == blockHeading || !isReaderPrompt(b.text) {
			out = append(out, b)
			continue
		}
		for _, sp := range splitSentences(b.text) {
			if isReaderPrompt(b.text[sp.Start:sp.End]) {
				b.text = strings.TrimSpace(b.text[:sp.Start])
				break
			}
		}
		if b.text != "" {
			out = append(out, b)
		}
	}
	return out
}

// dropTrailingLabels removes what is left of page furniture at the end of a
// document: short lines without any sentence punctuation ("###", "Tags",
// "Share on X"), and headings with nothing under them.
//
// A joint statement's signatures are kept: "President of the Arab
// Republic of Egypt Abdel Fattah el-Sisi" under the text names who made
// it, whatever emphasis set it off like a heading. So is a closing list of
// office holders ("Ahmed Kattan, Saudi ambassador to Egypt (2011–2017)"),
// and a closing list under a heading that names what it lists
// ("Memberships").
func dropTrailingLabels(blocks []block) []block {
	// A closing list under a heading that says what it lists
	// ("Memberships", "State visits") is the page's content.
	for i := len(blocks) - 1; i >= 0 && i >= len(blocks)-40; i-- {
		if blocks[i].kind == blockHeading {
			if contentListRe.MatchString(blocks[i].text) && i < len(blocks)-1 {
				return blocks
			}
			break
		}
	}
	for len(blocks) > 0 {
		last := blocks[len(blocks)-1]
		if signatureRe.MatchString(last.text) && wordCount(last.text) <= 16 || personLineRe.MatchString(last.text) {
			break
		}
		if last.kind == blockHeading || (wordCount(last.text) <= 8 && !strings.ContainsAny(last.text, ".!?…")) {
			blocks = blocks[:len(blocks)-1]
			continue
		}
		break
	}
	return blocks
}

// contentListRe names the lists an encyclopedia page closes with that
// hold its facts: the bodies a state belongs to, its visits, treaties,
// envoys and office holders.
var contentListRe = regexp.MustCompile(`(?i)^(?:memberships?|membership (?:of|in) .{1,60}|(?:international )?(?:organi[sz]ations|memberships)|diplomatic missions|embassies|ambassadors|envoys|(?:[a-z-]+ ){0,3}visits(?: (?:and|&) (?:[a-z-]+ ){0,2}(?:meetings|talks))?|treaties(?: and agreements)?|agreements|office ?holders|heads of (?:state|government)|list of .{1,60})\s*:?$`)

// personLineRe is a line of a list of office holders that closes an
// encyclopedia page: a name of two capitalised words or more, a comma and
// a description in lower case ("Ahmed Kattan, Saudi ambassador to Egypt
// (2011–2017)"), not a label ("Share on Facebook, Twitter").
var personLineRe = regexp.MustCompile(`^(?:[-*•]\s*)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)+,\s+(?:\p{Lu}[\p{L}-]*\s+)*\p{Ll}+\b`)

// signatureRe is a signature line: an office of a state or body, then the
// signatory's name.
var signatureRe = regexp.MustCompile(`^(?:(?:His|Her) (?:Royal )?(?:Majesty|Highness) )?(?:President|Vice President|Prime Minister|Amir|Emir|King|Queen|Sultan|Crown Prince|Chancellor|Federal Chancellor|Minister|Foreign Minister|Secretary|Secretary of State|Secretary-General|Secretary General|High Representative) (?:[A-Za-z-]+ )*?of the [A-Z].* [A-Z][\w'’.-]+$`)

func wordCount(s string) int {
	return len(strings.Fields(s))
}

// endsSentence reports text whose last character closes a sentence.
func endsSentence(text string) bool {
	text = strings.TrimRight(text, closers)
	last, _ := utf8.DecodeLastRuneInString(text)
	return strings.ContainsRune(".!?…", last)
}
