package normalize

import (
	"reflect"
	"testing"
)

func para(texts ...string) []block {
	var out []block
	for _, t := range texts {
		out = append(out, block{kind: blockParagraph, text: t})
	}
	return out
}

func texts(blocks []block) []string {
	out := []string{}
	for _, b := range blocks {
		out = append(out, b.text)
	}
	return out
}

func TestBoilerplateRules(t *testing.T) {
	heading := func(level int, text string) block { return block{kind: blockHeading, level: level, text: text} }
	tests := []struct {
		name string
		rule func([]block) []block
		in   []block
		want []string
	}{
		{
			"wiki caption artefact dropped", dropWikiArtefact,
			para("to the south.]]", "The strait is narrow."),
			[]string{"The strait is narrow."},
		},
		{
			"wiki link kept when balanced", dropWikiArtefact,
			para("See [[Oman]]", "Text."),
			[]string{"See [[Oman]]", "Text."},
		},
		{
			"related section dropped up to the next heading", dropLinkSections,
			[]block{heading(2, "Talks"), para("Envoys met.")[0], heading(3, "Related:"), para("Old story one.")[0], para("Old story two.")[0], heading(2, "Outlook"), para("More talks.")[0]},
			[]string{"Talks", "Envoys met.", "Outlook", "More talks."},
		},
		{
			"a news item's list of its earlier versions dropped", dropLinkSections,
			[]block{heading(1, "Israel shoots down a drone."), heading(3, "Changes:"), para("1. Israel shoots down a drone. (First version)")[0], heading(3, "Related:"), para("Old story.")[0]},
			[]string{"Israel shoots down a drone."},
		},
		{
			"see also in plain text runs to the next heading", dropLinkSections,
			[]block{heading(0, "See also"), para("- List of topics")[0], heading(0, "Economy"), para("Oil.")[0]},
			[]string{"Economy", "Oil."},
		},
		{
			"back-to-back captions dropped and cut from the paragraph they were glued to", dropRepeated,
			para("Talks will go on. USA Map. Political map of the US", "USA Map. Political map of the US", "USA Map. Political map of the US", "Maps | Photos finder", "Maps | Photos finder"),
			[]string{"Talks will go on."},
		},
		{
			"lines repeated far apart are kept", dropRepeated,
			para("QUESTION: The Japanese —", "SECRETARY: Go ahead.", "QUESTION: The Japanese —"),
			[]string{"QUESTION: The Japanese —", "SECRETARY: Go ahead.", "QUESTION: The Japanese —"},
		},
		{
			"pipe-separated caption dropped", dropCaptions,
			para("United States Map Maps | Images and Photos finder", "Rubio said so | and more."),
			[]string{"Rubio said so | and more."},
		},
		{
			"author box and social cards dropped with their labels", dropProfiles,
			para("The talks ended.", "Detail Author:", "Name : Jane Roe", "Username : jroe", "Email : j@example.com",
				"Company : Acme", "Socials", "instagram:", "url : https://instagram.com/jroe", "username : jroe", "followers : 12", "facebook:"),
			[]string{"The talks ended."},
		},
		{
			"key-value facts that are not a profile are kept", dropProfiles,
			para("Date: April 12, 2025", "Venue: Muscat", "Delegations: Iran and the United States"),
			[]string{"Date: April 12, 2025", "Venue: Muscat", "Delegations: Iran and the United States"},
		},
		{
			"share buttons, read more and cookie notice dropped", dropFurniture,
			para("Share on Facebook", "Read more", "We use cookies to improve your experience. Accept all", "Twitter:", "Oman hosted the talks."),
			[]string{"Oman hosted the talks."},
		},
		{
			"reader prompt cuts the rest of the paragraph", dropReaderPrompts,
			para("Peace continues. What are your thoughts on this? Do you agree? Share your insights below.", "Join the conversation in the comments!"),
			[]string{"Peace continues."},
		},
		{
			"a question in reporting is kept", dropReaderPrompts,
			para("Will Iran return to talks? Araghchi said yes."),
			[]string{"Will Iran return to talks? Araghchi said yes."},
		},
		{
			"trailing labels and empty headings dropped, short quotes kept", dropTrailingLabels,
			append(para("“Iran cannot go nuclear.” (11/4/11)", "###"), heading(2, "Tags")),
			[]string{"“Iran cannot go nuclear.” (11/4/11)"},
		},
		{
			"a joint statement's signatures are kept", dropTrailingLabels,
			append(para("The talks must resume."), heading(0, "President of the United States Joe Biden"), heading(0, "Amir of the State of Qatar HH Sheikh Tamim bin Hamad Al Thani"), heading(0, "###")),
			[]string{"The talks must resume.", "President of the United States Joe Biden", "Amir of the State of Qatar HH Sheikh Tamim bin Hamad Al Thani"},
		},
		{
			"a closing list of office holders is kept, a list of labels is not", dropTrailingLabels,
			append(append(para("Relations are close."), heading(2, "Diplomacy")), para("Ahmed Kattan, Saudi ambassador to Egypt (2011–2017)", "Nasser Hamdy, Egyptian ambassador to Saudi Arabia (2016–)", "Share on Facebook, Twitter", "Related Articles, Latest News")...),
			[]string{"Relations are close.", "Diplomacy", "Ahmed Kattan, Saudi ambassador to Egypt (2011–2017)", "Nasser Hamdy, Egyptian ambassador to Saudi Arabia (2016–)"},
		},
		{
			"a closing list of memberships is kept, labels under another heading are not", dropTrailingLabels,
			append(append(para("Relations are close."), heading(2, "Memberships")), para("United Nations (since 1956)", "Arab League", "African Union")...),
			[]string{"Relations are close.", "Memberships", "United Nations (since 1956)", "Arab League", "African Union"},
		},
		{
			"a closing list of diplomatic visits is kept", dropTrailingLabels,
			append(append(para("Relations are close."), heading(2, "Diplomatic visits")), para("Nursultan Nazarbayev to Beijing, October 1993", "Xi Jinping to Astana, September 2013")...),
			[]string{"Relations are close.", "Diplomatic visits", "Nursultan Nazarbayev to Beijing, October 1993", "Xi Jinping to Astana, September 2013"},
		},
		{
			"a closing list of selected bilateral visits is kept", dropTrailingLabels,
			append(append(para("Relations are close."), heading(2, "Selected bilateral visits")), para("Heydar Aliyev to Tbilisi, March 1996", "Ilham Aliyev to Tbilisi, May 2004")...),
			[]string{"Relations are close.", "Selected bilateral visits", "Heydar Aliyev to Tbilisi, March 1996", "Ilham Aliyev to Tbilisi, May 2004"},
		},
		{
			"labels under a heading that names no list are dropped", dropTrailingLabels,
			append(append(para("Relations are close."), heading(2, "Follow us")), para("Facebook", "Twitter")...),
			[]string{"Relations are close."},
		},
		{
			"an office alone is no signature", dropTrailingLabels,
			append(para("The talks must resume."), heading(2, "Office of the Spokesperson")),
			[]string{"The talks must resume."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := texts(tt.rule(tt.in)); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
