package extract

import (
	"strings"
	"testing"
)

func TestReportedSpeech(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"clause, speaker said", []string{
			"[Iran|country:iran] is ready to resume talks, [Abbas Araghchi|person:abbas-araghchi] said on Monday."},
			[]string{"STATED person:abbas-araghchi country:iran"}},
		{"clause, the organisation said in a statement", []string{
			"The strikes destroyed a facility near [Isfahan|place:isfahan], the [Pentagon|organization:pentagon] said in a statement."},
			[]string{"STATED organization:pentagon place:isfahan"}},
		{"clause, speaker told reporters", []string{
			"Talks with [Oman|country:oman] will continue, [Abbas Araghchi|person:abbas-araghchi] told reporters in Tehran."},
			[]string{"STATED person:abbas-araghchi country:oman"}},
		{"clause, said speaker with an apposition", []string{
			"The talks were constructive, said [Steve Witkoff|person:steve-witkoff], the envoy of [Donald Trump|person:donald-trump]."},
			// The clause names no one: the first entity after the speaker.
			[]string{"STATED person:steve-witkoff person:donald-trump"}},
		{"responds that", []string{
			"[Hassan Rouhani|person:rouhani] responds that [Iran|country:iran] will stay in the deal for now."},
			[]string{"STATED person:rouhani country:iran"}},
		{"vows that, after an apposition", []string{
			"Iran's Supreme Leader, [Ali Khamenei|person:khamenei], vows that [Israel|country:israel] will be punished."},
			[]string{"STATED person:khamenei country:israel"}},
		{"a relative clause on the speaker before the verb", []string{
			"[Muqtada al-Sadr|person:sadr], who did not stand as a candidate, says [Iraq|country:iraq] needs a cross-sectarian coalition."},
			[]string{"STATED person:sadr country:iraq"}},
		{"called for, after a linking aside", []string{
			"[Yasser Arafat|person:arafat], for his part, called for an immediate withdrawal of [Israel|country:israel] from the towns."},
			[]string{"STATED person:arafat country:israel"}},
		{"protests against a named person demanded", []string{
			"Protests led by groups opposed to Prime Minister [Fouad Siniora|person:siniora] demanded a unity government in [Lebanon|country:lebanon]."},
			nil},
		{"a list of speakers set off by dashes say", []string{
			"The leaders of the three states — [Emmanuel Macron|person:macron], [Angela Merkel|person:merkel] and [Theresa May|person:may] — say in a joint statement that [Iran|country:iran] must keep its commitments."},
			[]string{"STATED person:macron country:iran", "STATED person:merkel country:iran", "STATED person:may country:iran"}},
		{"where it was said is no part of the clause", []string{
			"[Abbas Araghchi|person:abbas-araghchi] told reporters in [Tehran|place:tehran] that [Oman|country:oman] would host the talks."},
			[]string{"STATED person:abbas-araghchi country:oman"}},
		{"a clause naming nothing is not about where it was said", []string{
			"[Iran|country:iran] and [Oman|country:oman] met in [Muscat|place:muscat].",
			"[Abbas Araghchi|person:abbas-araghchi] told reporters in [Tehran|place:tehran] that the talks were useful."},
			[]string{"STATED person:abbas-araghchi country:iran"}},
		{"where it was announced is no topic", []string{
			"[Donald Trump|person:trump] announced on [Truth Social|organization:truth-social] that [Israel|country:israel] and [Iran|country:iran] had agreed to a ceasefire."},
			[]string{"STATED person:trump country:israel"}},
		{"stressed the importance of, and lauded", []string{
			"[Marco Rubio|person:rubio] stressed the importance of the integration of [Syria|country:syria]’s minority groups."},
			[]string{"STATED person:rubio country:syria"}},
		{"lauded a state's progress", []string{
			"[Marco Rubio|person:rubio] lauded [Syria|country:syria]’s progress with the [IAEA|organization:iaea]."},
			[]string{"STATED person:rubio country:syria"}},
		{"stressed a point is no statement of it", []string{
			"[Marco Rubio|person:rubio] stressed [Syria|country:syria]’s army with new sanctions."},
			nil},
		{"according to before the clause", []string{
			"According to the [IAEA|organization:iaea], [Iran|country:iran] has enriched uranium to 60 percent."},
			[]string{"STATED organization:iaea country:iran"}},
		{"according to after the clause", []string{
			"[Iran|country:iran] has enriched uranium to 60 percent, according to the [IAEA|organization:iaea]."},
			[]string{"STATED organization:iaea country:iran"}},
		{"an apposition between speaker and verb", []string{
			"[Esmaeil Baghaei|person:esmaeil-baghaei], the ministry's spokesman, told a weekly news conference that [Iran|country:iran] was ready."},
			[]string{"STATED person:esmaeil-baghaei country:iran"}},
		{"a statement naming nothing is about the document's subject", []string{
			"[Iran|country:iran] and [Oman|country:oman] held talks. [Iran|country:iran] sent a delegation.",
			"The talks were useful, [Abbas Araghchi|person:abbas-araghchi] said."},
			[]string{"STATED person:abbas-araghchi country:iran"}},
		{"a quote naming nothing is about the document's subject", []string{
			"[Iran|country:iran] and [Oman|country:oman] held talks. [Iran|country:iran] sent a delegation.",
			"“The talks were useful,” said [Abbas Araghchi|person:abbas-araghchi]."},
			[]string{"STATED person:abbas-araghchi country:iran quote=The talks were useful,"}},
		{"an organisation's spokesperson", []string{
			"A [State Department|organization:state-department] spokesperson said the [United States|country:united-states] would respond."},
			[]string{"STATED organization:state-department country:united-states"}},
		{"a spokesperson for an organisation", []string{
			"A spokesperson for the [European Union|organization:eu] said [Iran|country:iran] must comply."},
			[]string{"STATED organization:eu country:iran"}},
		{"an organisation's officials", []string{
			"[Hamas|organization:hamas] officials said [Israel|country:israel] had violated the ceasefire."},
			[]string{"STATED organization:hamas country:israel"}},
		{"a statement issued", []string{
			"The [Foreign Ministry of Qatar|organization:qatar-mofa] issued a statement welcoming the agreement between [Israel|country:israel] and [Hamas|organization:hamas]."},
			[]string{"STATED organization:qatar-mofa country:israel"}},
		{"saying after the subject's clause", []string{
			"[Ali Khamenei|person:ali-khamenei] rejected the offer on Monday, saying [Iran|country:iran] would never surrender."},
			[]string{"STATED person:ali-khamenei country:iran"}},

		// Negative cases.
		{"saying after an object that may be its subject", []string{
			"[Donald Trump|person:donald-trump] met [Benjamin Netanyahu|person:benjamin-netanyahu], saying [Israel|country:israel] would win."},
			nil},
		{"an organisation's members are no voice", []string{
			"[Hamas|organization:hamas] fighters attacked [Israel|country:israel]."},
			nil},
		{"a statement read, not issued", []string{
			"[Hamas|organization:hamas] rejected the statement by [Israel|country:israel]."},
			nil},
		{"an adverbial, not a clause, before the speaker", []string{
			"In [Tehran|place:tehran], [Abbas Araghchi|person:abbas-araghchi] said."},
			nil},
		{"a list before the speaker", []string{
			"[Iran|country:iran], [Iraq|country:iraq] and [Syria|country:syria], [Abbas Araghchi|person:abbas-araghchi] said."},
			nil},
		{"the speaker's verb opens a clause of its own", []string{
			"If talks fail, [Donald Trump|person:donald-trump] said [Iran|country:iran] would pay."},
			[]string{"STATED person:donald-trump country:iran"}},
		{"an apposition holding another speaker", []string{
			"[Abbas Araghchi|person:abbas-araghchi], who met [Steve Witkoff|person:steve-witkoff], said the talks went well."},
			nil},
		{"an adjunct is no clause", []string{
			"[Iran|country:iran] held talks.",
			"[Abbas Araghchi|person:abbas-araghchi], the minister, said on Friday."},
			nil},
		{"a decree is no statement", []string{
			"[Fatah|organization:fatah] fought the army. [Fatah|organization:fatah] lost.",
			"King [Hussein|person:hussein-of-jordan] declared martial law."},
			nil},
		{"a war declared is no statement", []string{
			"In 1996, [Osama bin Laden|person:osama-bin-laden] declared a war against the [United States|country:united-states]."},
			nil},
		{"nothing else named anywhere", []string{
			"The talks were useful, [Abbas Araghchi|person:abbas-araghchi] said."},
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkRelations(t, "2025-04-14", tc.lines, []string{"STATED"}, []string{"quote"}, tc.want)
		})
	}
}

// TestDecreeIsNoStatement: what a ruler declares by decree ("declared
// martial law") is no statement, whatever the sentence names before it.
func TestDecreeIsNoStatement(t *testing.T) {
	x := testExtractor(t)
	res := x.Extract(docOf("In 1970, the Jordanian government moved to regain control over its territory, and the next day, King Hussein declared martial law."))
	for k := range relationKeys(res) {
		if strings.HasPrefix(k, "STATED ") {
			t.Errorf("found %s", k)
		}
	}
}

// TestReportedSpeechDates: what was said before its speaker tells its own
// dates; the statement is dated by its attribution.
func TestReportedSpeechDates(t *testing.T) {
	for _, tc := range []struct {
		name string
		line string
		want []string
	}{
		{"a date in what was said", "[Iran|country:iran] will be invited to talks in [Vienna|place:vienna] on Friday, the [State Department|organization:united-states-department-of-state] said.",
			[]string{"STATED organization:united-states-department-of-state country:iran"}},
		{"a date in the attribution", "[Iran|country:iran] will be invited to talks in [Vienna|place:vienna], the [State Department|organization:united-states-department-of-state] said on Tuesday.",
			[]string{"STATED organization:united-states-department-of-state country:iran date=2025-04-08"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkRelations(t, "2025-04-14", []string{tc.line}, []string{"STATED"}, []string{"date"}, tc.want)
		})
	}
}
