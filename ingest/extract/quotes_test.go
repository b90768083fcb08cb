package extract

import (
	"reflect"
	"testing"
)

func TestQuotes(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"name, colon, quote", []string{
			"Senate Majority Leader [John Thune|person:john-thune|title=Senate Majority Leader]: “The regime in [Iran|country:iran] has rejected all diplomatic pathways to peace.",
			"It must be stopped.”"},
			[]string{"STATED person:john-thune country:iran quote=The regime in Iran has rejected all diplomatic pathways to peace. It must be stopped."}},
		{"with a name remarking that", []string{
			"He had a long police record, with [Yossi Melman|person:yossi-melman] remarking that [Sbaih|person:sbaih] had a “record of involvement in provocations”."},
			[]string{"STATED person:yossi-melman person:sbaih quote=record of involvement in provocations"}},
		{"a participle further on makes no nearer name the speaker", []string{
			"[Leyla Zana|person:leyla-zana] caused an uproar in the [Turkish Parliament|organization:tbmm] after adding a sentence to her oath: “I take this oath for the brotherhood of the peoples.”"},
			nil},
		{"quote then speaker said", []string{
			"“We will not negotiate under threat with [Washington|place:washington|metonym=country:united-states],” [Abbas Araghchi|person:abbas-araghchi] said on Friday."},
			[]string{"STATED person:abbas-araghchi country:united-states quote=We will not negotiate under threat with Washington,"}},
		{"quote then said speaker", []string{
			"“The talks with [Iran|country:iran] were constructive,” said [Steve Witkoff|person:steve-witkoff]."},
			[]string{"STATED person:steve-witkoff country:iran quote=The talks with Iran were constructive,"}},
		{"as expressed by, target in the reporting clause", []string{
			"The overarching goal, as expressed by Senator [Rubio|person:marco-rubio|title=Senator], is that the [United States|country:united-states] hopes the talks will “lead to peace.”"},
			[]string{
				"HOLDS_ROLE person:marco-rubio country:united-states",
				"STATED person:marco-rubio country:united-states quote=lead to peace.",
			}},
		{"stating that, target in the reporting clause", []string{
			"Political figures like Senator [Rubio|person:marco-rubio|title=Senator] have expressed hope, stating that the [United States|country:united-states] hopes the talks will “lead to peace.”"},
			[]string{
				"HOLDS_ROLE person:marco-rubio country:united-states",
				"STATED person:marco-rubio country:united-states quote=lead to peace.",
			}},
		{"no entity anywhere: the speaker's state", []string{
			"[Iran|country:iran]'s Foreign Minister [Abbas Araghchi|person:abbas-araghchi|title=Foreign Minister] said: “Peace is possible now.”"},
			[]string{
				"HOLDS_ROLE person:abbas-araghchi country:iran",
				"STATED person:abbas-araghchi country:iran quote=Peace is possible now.",
			}},
		{"indirect speech", []string{
			"As President [Vladimir Putin|person:vladimir-putin|title=President] of [Russia|country:russia] articulated, there is a concern that conflicts over [Ukraine|country:ukraine] could spark a war."},
			[]string{
				"HOLDS_ROLE person:vladimir-putin country:russia",
				"STATED person:vladimir-putin country:ukraine",
			}},

		{"reported claim with that", []string{
			"[Hezbollah|organization:hezbollah] leader [Hassan Nasrallah|person:hassan-nasrallah|title=leader] insists that [Israel|country:israel] was responsible."},
			[]string{"HOLDS_ROLE person:hassan-nasrallah organization:hezbollah", "STATED person:hassan-nasrallah country:israel"}},
		{"told someone that", []string{
			"Special Envoy [Steve Witkoff|person:steve-witkoff|title=Special Envoy] underscored to Dr. Araghchi that [Iran|country:iran] must choose."},
			[]string{"STATED person:steve-witkoff country:iran"}},
		{"the organisation after a partial quote", []string{
			"Ships forced it “further into [Iranian|country:iran|demonym] waters,” the [Pentagon|organization:pentagon] said."},
			[]string{"STATED organization:pentagon country:iran quote=further into Iranian waters,"}},
		{"thanked someone", []string{
			"Mr. [Jake Sullivan|person:jake-sullivan] thanked Foreign Minister [Ayman Safadi|person:ayman-safadi|title=Foreign Minister] for [Jordan|country:jordan]’s efforts."},
			[]string{"STATED person:jake-sullivan person:ayman-safadi"}},
		{"told reporters", []string{
			"Spokesman [Esmaeil Baghaei|person:esmaeil-baghaei|title=Spokesman] told reporters the talks with the [United States|country:united-states] were constructive."},
			[]string{"STATED person:esmaeil-baghaei country:united-states"}},
		{"informed someone that", []string{
			"[Edward Ross|person:edward-ross] informed the sheikh that he had no right to protect tribes in [Qatar|country:qatar]."},
			[]string{"STATED person:edward-ross country:qatar"}},
		{"made it apparent that", []string{
			"[Edward Ross|person:edward-ross] made it apparent that the sheikh should not interfere in [Qatar|country:qatar]."},
			[]string{"STATED person:edward-ross country:qatar"}},
		{"urged a state", []string{
			"[Iranian|country:iran|demonym] President [Masoud Pezeshkian|person:masoud-pezeshkian|title=President] urged the [United States|country:united-states] to lift sanctions."},
			[]string{"HOLDS_ROLE person:masoud-pezeshkian country:iran", "STATED person:masoud-pezeshkian country:united-states"}},
		{"denied urging is no statement", []string{
			"[Masoud Pezeshkian|person:masoud-pezeshkian] never urged the [United States|country:united-states] to lift sanctions."},
			nil},
		{"noting without that is no statement", []string{
			"[Riyadh Ibrahim|person:riyadh-ibrahim] noted the progress of [Iraq|country:iraq]."},
			nil},
		{"a statement published whole between quotation marks is the document's voice", []string{
			"“Secretary [Rubio|person:marco-rubio|title=Secretary] explained that [Iran|country:iran] must stop.”"},
			[]string{"STATED person:marco-rubio country:iran"}},
		{"a denunciation", []string{
			"[Michel Aoun|person:michel-aoun] denounced the [Taif Agreement|agreement:taif] as a surrender."},
			[]string{"STATED person:michel-aoun agreement:taif"}},
		{"a criticism", []string{
			"[Shimon Peres|person:shimon-peres] criticised the timing of [Operation Opera|event:operation-opera]."},
			[]string{"STATED person:shimon-peres event:operation-opera"}},
		{"joint statement condemns", []string{
			"We, the Leaders of the [G7|organization:g7], unequivocally condemn in the strongest terms [Iran|country:iran]’s attack against [Israel|country:israel]."},
			[]string{"STATED organization:g7 country:iran"}},

		{"the speaker's own organisation is the last resort", []string{
			"[IAEA|organization:iaea] Director General [Yukiya Amano|person:yukiya-amano|title=Director General] said in 2009 he had seen no evidence in [IAEA|organization:iaea] documents that [Iran|country:iran] was building weapons."},
			[]string{"HOLDS_ROLE person:yukiya-amano organization:iaea", "STATED person:yukiya-amano country:iran"}},

		{"accusation", []string{
			"[Iran|country:iran]'s Foreign Minister [Abbas Araghchi|person:abbas-araghchi|title=Foreign Minister] accused [Israel|country:israel] of sabotage."},
			[]string{"HOLDS_ROLE person:abbas-araghchi country:iran", "STATED person:abbas-araghchi country:israel"}},

		// Negative cases.
		{"reference title after a colon", []string{
			"[Middle East Institute|organization:middle-east-institute]: “[Iran|country:iran] Nuclear Agreement and Middle East Relations”"},
			nil},
		{"speech reported inside a quote", []string{
			"[Karoline Leavitt|person:karoline-leavitt]: “From the beginning, President [Trump|person:donald-trump|title=President] stated this would dismantle the [Iranian|country:iran|demonym] regime.”"},
			[]string{"STATED person:karoline-leavitt person:donald-trump quote=From the beginning, President Trump stated this would dismantle the Iranian regime."}},
		{"unnamed speaker", []string{
			"“A threat of bombing against [Iran|country:iran] is an affront to peace,” as one analyst wrote on social media."},
			nil},
		{"pronoun speaker", []string{
			"“We met [Iran|country:iran] halfway,” he said."},
			nil},
		{"scare quote", []string{
			"[Abbas Araghchi|person:abbas-araghchi] called the talks “friendly.”"},
			nil},
		{"nothing to be about", []string{
			"[Jim Banks|person:jim-banks]: “I trust the President!”"},
			nil},
		{"a name in what the speaker said is no speaker", []string{
			"In May, [Steve Witkoff|person:steve-witkoff] said [Hamas|organization:hamas] had sought “totally unacceptable” amendments."},
			[]string{"STATED person:steve-witkoff organization:hamas quote=totally unacceptable"}},
		{"a speaker who thought", []string{
			"His envoy [Steve Witkoff|person:steve-witkoff] thought a deal with [Hamas|organization:hamas] was “very close”."},
			[]string{"STATED person:steve-witkoff organization:hamas quote=very close"}},
		{"whom it was told is no topic", []string{
			"[Nader Ramadan|person:nader-ramadan] told the [BBC|organization:bbc] that it felt like “everything got worse” for [Gaza|place:gaza]."},
			[]string{"STATED person:nader-ramadan place:gaza quote=everything got worse"}},
		{"an earlier name with no speech verb of its own is no speaker", []string{
			"[Iran|country:iran] met [Steve Witkoff|person:steve-witkoff], who found it “a good start for [Oman|country:oman]”."},
			nil},
		{"one who called it so is the speaker", []string{
			"[Iran|country:iran] met [Steve Witkoff|person:steve-witkoff], who called it “a good start for [Oman|country:oman]”."},
			[]string{"STATED person:steve-witkoff country:oman quote=a good start for Oman"}},
		{"where an ambassador is posted comes before the speaker's own state", []string{
			"The [Nepalese|country:nepal|demonym] ambassador to [Qatar|country:qatar], [Maya Kumari Sharma|person:maya-kumari-sharma], described the emirate as an “open jail”."},
			[]string{"HOLDS_ROLE person:maya-kumari-sharma country:nepal", "STATED person:maya-kumari-sharma country:qatar quote=open jail"}},
		{"a body's member states are no statement", []string{
			"Among [Arab League|organization:arab-league] states, [Syria|country:syria] continues to have good relations with [Iraq|country:iraq]."},
			nil},
		{"a name before a passive speech verb is no speaker", []string{
			"As a member of the [Non-Aligned Movement|organization:non-aligned-movement], [Saudi Arabia|country:saudi-arabia] was once described as leading the “Pro-Western Camp”."},
			nil},
		{"a judging verb makes a quoted word the speaker's", []string{
			"[Vitaly Churkin|person:churkin] accuses [Georgia|country:georgia] of “aggression”."},
			[]string{"STATED person:churkin country:georgia quote=aggression"}},
		{"a quoted word after a speech verb is the speaker's", []string{
			"[Carl Bildt|person:bildt] says [Iran|country:iran] is “concerned”."},
			[]string{"STATED person:bildt country:iran quote=concerned"}},
		{"a quoted word alone is a scare quote", []string{
			"The so-called “moderates” of [Iran|country:iran] lost."},
			nil},
		{"the medium of an aside is no speaker", []string{
			"[Mikheil Saakashvili|person:saakashvili], speaking on [CNN|organization:cnn], says “[Russia|country:russia] is fighting a war with us”."},
			[]string{"STATED person:saakashvili country:russia quote=Russia is fighting a war with us"}},
		{"names inside an aside on the speaker are no speakers", []string{
			"[Carl Bildt|person:bildt], whose country takes over the presidency of the [Council of the European Union|organization:council-eu] on July 1, says [Iran|country:iran] is “deeply concerned”."},
			[]string{"STATED person:bildt country:iran quote=deeply concerned"}},
		{"a body inside the apposition on a speaker is no speaker", []string{
			"Briefing members, [Roza Otunbayeva|person:otunbayeva], the Special Representative for [Afghanistan|country:afghanistan] and head of [UNAMA|organization:unama], said that two million had returned from [Iran|country:iran]."},
			[]string{"HOLDS_ROLE person:otunbayeva country:afghanistan", "HOLDS_ROLE person:otunbayeva organization:unama", "STATED person:otunbayeva country:iran"}},
		{"a question ends a sentence before its speaker", []string{
			"“What are we fighting for in [Gaza|place:gaza]?”",
			"[Moshe Gafni|person:moshe-gafni] told parliament."},
			[]string{"STATED person:moshe-gafni place:gaza quote=What are we fighting for in Gaza?"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"STATED", "HOLDS_ROLE"}, []string{"quote"}, tt.want)
		})
	}
}

func TestQuoteDates(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"date in the attribution", []string{
			"“We will talk to [Iran|country:iran] again,” [Steve Witkoff|person:steve-witkoff] said on Friday."},
			[]string{"STATED person:steve-witkoff country:iran date=2025-04-11"}},
		{"the year a sum is reckoned in dates nothing", []string{
			"According to [Perry Anderson|person:perry-anderson], refugees in [Gaza|place:gaza] have suffered US$300 billion in property losses, at 2008–09 prices."},
			[]string{"STATED person:perry-anderson place:gaza"}},
		{"a date in an aside on the speaker is the aside's", []string{
			"[Carl Bildt|person:carl-bildt], whose country takes over the presidency on July 1, said [Iran|country:iran] must explain the count."},
			[]string{"STATED person:carl-bildt country:iran"}},
		{"a news item's present tense is its day", []string{
			"[Steve Witkoff|person:steve-witkoff] says [Iran|country:iran] must decide soon."},
			[]string{"STATED person:steve-witkoff country:iran date=2025-04-16"}},
		{"dates inside the quote are the quote's", []string{
			"[Steve Witkoff|person:steve-witkoff] said: “In 2015 [Iran|country:iran] signed a deal.”"},
			[]string{"STATED person:steve-witkoff country:iran"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "2025-04-16", tt.lines, []string{"STATED"}, []string{"date"}, tt.want)
		})
	}
}

func TestFindQuotes(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []quoteSpan
	}{
		{"curly", "a “b c” d", []quoteSpan{{2, 11}}},
		{"straight pairs", `x "a b" y "c d"`, []quoteSpan{{2, 7}, {10, 15}}},
		{"unclosed quote before a blank line", "“a b\n\nc” d", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := findQuotes(tt.text); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("findQuotes(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestBylineStatement(t *testing.T) {
	types := []string{"STATED"}
	checkRelations(t, "2026-08-24", []string{
		"[Marco Rubio|person:marco-rubio], Secretary of State",
		"Press Statement",
		"Today, I authorized the rescission of [Syria|country:syria]’s designation.",
	}, types, nil, []string{"STATED person:marco-rubio country:syria"})
	// No first person: the byline only signs a report.
	checkRelations(t, "2026-08-24", []string{
		"[Marco Rubio|person:marco-rubio], Secretary of State",
		"The Department rescinded [Syria|country:syria]’s designation.",
	}, types, nil, nil)
	// A name opening a sentence with a comma and lower-case words is no byline.
	checkRelations(t, "2026-08-24", []string{
		"[Marco Rubio|person:marco-rubio], who spoke today",
		"I think [Syria|country:syria] changed.",
	}, types, nil, nil)
}

// TestQuotePostingIsTheSpeakersOwn: where an office is posted is the
// statement's topic only when the office is the speaker's.
func TestQuotePostingIsTheSpeakersOwn(t *testing.T) {
	x := testExtractor(t)
	checkRelationCases(t, x, []relationCase{
		{name: "another's posting earlier in the sentence",
			text: `The man who attacked the residence of the Iranian ambassador to Austria had "radical sympathies", the Interior Ministry said on Tuesday.`,
			not:  []string{"STATED organization:interior-ministry country:austria"}},
	})
}

// TestTitleAuthorStatement: a first-person text whose title names its
// author ("Remarks by President Biden on …") is that person's statement;
// without the first person, or with a title naming no one of the text, it
// is none.
func TestTitleAuthorStatement(t *testing.T) {
	lines := []string{"Earlier today I spoke with Prime Minister [Benjamin Netanyahu|person:netanyahu] of [Israel|country:israel].", "[Joseph R. Biden Jr.|person:joe-biden]"}
	tests := []struct {
		name, title string
		lines       []string
		want        bool
	}{
		{"remarks by the author", "Remarks by President Biden on the Middle East", lines, true},
		{"a statement from the author", "Statement from President Joe Biden on Coalition Strikes", lines, true},
		{"no first person", "Remarks by President Biden on the Middle East", []string{"The President spoke with Prime Minister [Benjamin Netanyahu|person:netanyahu] of [Israel|country:israel].", "[Joseph R. Biden Jr.|person:joe-biden]"}, false},
		{"a title naming no one of the text", "Remarks by Secretary Kerry on the Middle East", lines, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, ents := markup(t, "2021-05-20", tt.lines...)
			doc.Title = tt.title
			got := false
			for _, r := range relate(doc, ents).Relations {
				if r.Type == "STATED" && r.From == "person:joe-biden" {
					got = true
				}
			}
			if got != tt.want {
				t.Errorf("STATED by person:joe-biden: got %v, want %v", got, tt.want)
			}
		})
	}
}
