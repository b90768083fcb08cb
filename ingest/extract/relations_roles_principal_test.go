package extract

import "testing"

func TestPrincipalCountryRoles(t *testing.T) {
	lebanon := []string{
		"[Lebanon|country:lebanon] held elections in 2005.",
		"[Lebanon|country:lebanon] then faced protests.",
		"The government of [Lebanon|country:lebanon] fell.",
		"Clashes broke out in the capital.",
		"Dozens of people died.",
		"The fighting ended in May.",
	}
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"became president, far from any state's name", append(append([]string{}, lebanon...),
			"As part of the accord, [Michel Suleiman|person:michel-suleiman] became president and a government was formed."),
			[]string{"HOLDS_ROLE person:michel-suleiman country:lebanon title=President"}},
		{"an emperor titled before the name", append(append([]string{}, lebanon...),
			"Emperor [Zorba Quxley|person:zorba-quxley|title=Emperor] died in 1913."),
			[]string{"HOLDS_ROLE person:zorba-quxley country:lebanon title=Emperor"}},
		{"a possessive presidential term", append(append([]string{}, lebanon...),
			"When [Émile Lahoud|person:emile-lahoud]'s presidential term ended in 2007, talks stalled."),
			[]string{"HOLDS_ROLE person:emile-lahoud country:lebanon title=President"}},
		{"a possessive premiership", append(append([]string{}, lebanon...),
			"During [Fouad Siniora|person:fouad-siniora]'s premiership, the army grew."),
			[]string{"HOLDS_ROLE person:fouad-siniora country:lebanon title=Prime Minister"}},
		{"the passage's own state named in the sentence", append(append([]string{}, lebanon...),
			"Protests in [Lebanon|country:lebanon] led to the resignation of President [Zorba Quxley|person:zorba-quxley|title=President]."),
			[]string{"HOLDS_ROLE person:zorba-quxley country:lebanon title=President"}},
		{"another state named nearby is not the passage's", append(append([]string{}, lebanon...),
			"In [Syria|country:syria], [Bashar al-Assad|person:bashar-al-assad] became president in 2000."),
			[]string{"HOLDS_ROLE person:bashar-al-assad country:syria title=President"}},
		{"a realm after the name is its office's", append(append([]string{}, lebanon...),
			"A power struggle between Shawar, King [Amalric I|person:amalric|title=King] of [Jerusalem|place:jerusalem], and the general Shirkuh followed."),
			nil},
		{"no state dominates", []string{
			"[Lebanon|country:lebanon] and [Syria|country:syria] signed a pact.",
			"[Syria|country:syria] and [Lebanon|country:lebanon] met again.",
			"Clashes broke out in the capital.",
			"Dozens of people died.",
			"The fighting ended in May.",
			"[Michel Suleiman|person:michel-suleiman] became president and a government was formed."},
			nil},
		{"a state named inside a catalog war's name counts", []string{
			"[Lebanon|country:lebanon] held elections in 2005.",
			"[Lebanon|country:lebanon] then faced protests.",
			"The [Lebanese Civil War|event:lebanese-civil-war] had ended in 1990.",
			"Dozens of people died.",
			"[Michel Suleiman|person:michel-suleiman] became president and a government was formed."},
			[]string{"HOLDS_ROLE person:michel-suleiman country:lebanon title=President"}},
		{"a state named too rarely", []string{
			"[Lebanon|country:lebanon] held elections in 2005.",
			"Clashes broke out in the capital.",
			"Dozens of people died.",
			"The fighting ended in May.",
			"[Michel Suleiman|person:michel-suleiman] became president and a government was formed."},
			nil},
		{"a state named twice and no other", []string{
			"[Israel|country:israel] held elections in 2006.",
			"Dozens of parties ran in [Israel|country:israel].",
			"He would make no compromise with the [Palestinians|country:palestine|demonym].",
			"In 2002, [Shaul Mofaz|person:shaul-mofaz] was appointed Defense Minister by the prime minister."},
			[]string{"HOLDS_ROLE person:shaul-mofaz country:israel title=Defense Minister"}},
		{"a state named twice beside another", []string{
			"[Israel|country:israel] held elections in 2006.",
			"Dozens of parties ran in [Israel|country:israel] and [Egypt|country:egypt].",
			"In 2002, [Shaul Mofaz|person:shaul-mofaz] was appointed Defense Minister by the prime minister."},
			nil},
		{"a cabinet office before the name", append(append([]string{}, lebanon...),
			"Interior Minister [Ziad Baroud|person:ziad-baroud|title=Interior Minister] had six seats."),
			[]string{"HOLDS_ROLE person:ziad-baroud country:lebanon title=Interior Minister"}},
		{"a presidency of something else is no office of state", append(append([]string{}, lebanon...),
			"[Michel Suleiman|person:michel-suleiman]'s presidential bid failed."),
			nil},
		{"a bare title that is no head of state", append(append([]string{}, lebanon...),
			"Later [Michel Suleiman|person:michel-suleiman] became chairman of the bank."),
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"HOLDS_ROLE"}, []string{"title"}, tt.want)
		})
	}
}

// TestPrincipalOffices: a head of state or government titled with no
// state holds office for the state the document is about.
func TestPrincipalOffices(t *testing.T) {
	iraq := []string{
		"[Iraq|country:iraq] became a republic in 1958.",
		"[Iraq|country:iraq] then joined the pact.",
		"The army of [Iraq|country:iraq] grew.",
	}
	tests := []struct {
		name  string
		lines []string
		desc  string // the catalog's description of the person, if any
		want  []string
	}{
		{"a title before the name", append(append([]string{}, iraq...),
			"In 1966, President [Abdul Salam Arif|person:abdul-salam-arif|title=President] died in a crash."),
			"", []string{"HOLDS_ROLE person:abdul-salam-arif country:iraq title=President"}},
		{"a lower-case title, another state after the name", append(append([]string{}, iraq...),
			"The prime minister [Nuri as-Said|person:nuri-as-said|title=prime minister] wanted [Kuwait|country:kuwait] to join."),
			"", []string{"HOLDS_ROLE person:nuri-as-said country:iraq title=Prime Minister"}},
		{"an office in parentheses", append(append([]string{}, iraq...),
			"The party took power under [Ahmed Hassan al-Bakr|person:ahmed-hassan-al-bakr] (prime minister)."),
			"", []string{"HOLDS_ROLE person:ahmed-hassan-al-bakr country:iraq title=Prime Minister"}},
		{"became president", append(append([]string{}, iraq...),
			"[Ahmed Hassan al-Bakr|person:ahmed-hassan-al-bakr] became president and chairman of the council."),
			"", []string{"HOLDS_ROLE person:ahmed-hassan-al-bakr country:iraq title=President"}},
		{"another state before the name", append(append([]string{}, iraq...),
			"In [Egypt|country:egypt], President [Gamal Abdel Nasser|person:gamal-abdel-nasser|title=President] spoke."),
			"", nil},
		{"the catalog describes the person with another state", append(append([]string{}, iraq...),
			"President [Joe Biden|person:joe-biden|title=President] spoke."),
			"46th president of the United States", nil},
		{"the catalog describes the person with the state", append(append([]string{}, iraq...),
			"President [Saddam Hussein|person:saddam-hussein|title=President] spoke."),
			"president of Iraq 1979–2003", []string{"HOLDS_ROLE person:saddam-hussein country:iraq title=President"}},
		{"a passage set before the common era", append(append([]string{}, iraq...),
			"In the seventh century BC, king [Zorba Quxar|person:zorba-quxar|title=king] ruled the Medes."),
			"", nil},
		{"a title that is no head's", append(append([]string{}, iraq...),
			"Colonel [Abdul Salam Arif|person:abdul-salam-arif|title=Colonel] spoke."),
			"", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, ents := markup(t, "", tt.lines...)
			if tt.desc != "" {
				for _, e := range ents.Entities {
					if e.Type == "Person" {
						e.Props = map[string]any{"description": tt.desc}
					}
				}
			}
			var got []string
			for _, r := range relate(doc, ents).Relations {
				if r.Type == "HOLDS_ROLE" {
					got = append(got, renderRelations([]relation{r}, "title")...)
				}
			}
			missing, extra := diffLines(got, tt.want)
			if len(missing) > 0 || len(extra) > 0 {
				t.Errorf("missing: %q\nextra:   %q", missing, extra)
			}
		})
	}
}

// An encyclopedia page names its state in its title and many neighbours
// in its body: the title's state, named most often, is the one it is about.
func TestPrincipalCountryFromTitle(t *testing.T) {
	lines := []string{
		"[Uzbekistan|country:uzbekistan] declared independence in 1991.",
		"[Uzbekistan|country:uzbekistan] joined the alliance and [Tajikistan|country:tajikistan] did not.",
		"Border talks with [Kyrgyzstan|country:kyrgyzstan] and [Tajikistan|country:tajikistan] dragged on.",
		"The government of [Uzbekistan|country:uzbekistan] closed the border with [Kyrgyzstan|country:kyrgyzstan].",
		"Clashes broke out in the capital.",
		"Dozens of people died.",
		"[Shavkat Mirziyoyev|person:mirziyoyev] became president in 2016.",
	}
	want := []string{"HOLDS_ROLE person:mirziyoyev country:uzbekistan title=President"}
	for _, tc := range []struct {
		title string
		want  []string
	}{
		{"History of independent Uzbekistan", want},
		{"Uzbek politics since 1991", want},
		{"Uzbekistan–Tajikistan relations", nil}, // two states: neither
		{"", nil},
		// A first line that is a sentence is no title.
		{"Uzbekistan declared independence from the Soviet Union on 31 August 1991 and then many other things happened.", nil},
	} {
		t.Run(tc.title, func(t *testing.T) {
			doc, ents := markup(t, "2024-06-04", lines...)
			doc.Title = tc.title
			ents.Entities["country:uzbekistan"].Demonyms = []string{"Uzbek"}
			var got []string
			for _, r := range relate(doc, ents).Relations {
				if r.Type == "HOLDS_ROLE" {
					got = append(got, renderRelations([]relation{r}, "title")...)
				}
			}
			if missing, extra := diffLines(got, tc.want); len(missing) > 0 || len(extra) > 0 {
				t.Errorf("title %q: missing %q, extra %q", tc.title, missing, extra)
			}
		})
	}
}

// TestOpeningCapitalOffices: a head or minister titled before the name in
// a sentence that opens in a capital ("In Baghdad, ") holds the office
// for the capital's state, when the document names that state.
func TestOpeningCapitalOffices(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "a minister in the capital the sentence opens with",
			text: "In Baghdad, Foreign Minister Zorbin Quax said the talks had failed. Iraq rejected the report.",
			want: []string{"HOLDS_ROLE person:zorbin-quax country:iraq"}},
		{name: "a minister who arrived in the capital",
			text: "Foreign Minister Zorbin Quax arrived in Baghdad. Iraq rejected the report.",
			not:  []string{"HOLDS_ROLE person:zorbin-quax country:iraq"}},
		{name: "another state named before the name",
			text: "In Baghdad, Egyptian officials and Foreign Minister Zorbin Quax met. Iraq rejected the report.",
			not:  []string{"HOLDS_ROLE person:zorbin-quax country:iraq"}},
	})
}
