package extract

import "testing"

func TestExpressedStances(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"expressed a state's support for", []string{
			"Mr. [Sullivan|person:jake-sullivan] also expressed [U.S.|country:united-states] support for [Jordan|country:jordan]."},
			[]string{"STATED person:jake-sullivan country:jordan"}},
		{"reaffirmed his side's commitment to a state's security", []string{
			"Mr. [Sullivan|person:jake-sullivan] reaffirmed [President Biden|person:joe-biden]'s unwavering commitment to [Israel|country:israel]'s security."},
			[]string{"STATED person:jake-sullivan country:israel"}},
		{"the administration named for its president is the speaker's side", []string{
			"Mr. [Sullivan|person:jake-sullivan] reaffirmed the [Biden|person:joe-biden]-Harris administration's commitment to [Israel|country:israel]'s security."},
			[]string{"STATED person:jake-sullivan country:israel"}},
		{"an affirmed stance is not dated by what it affirms", []string{
			"[Joe Biden|person:joe-biden] underscored his commitment to a two-state solution on the 1967 lines for [Israel|country:israel]."},
			[]string{"STATED person:joe-biden country:israel"}},
		{"underscored the importance of", []string{
			"[Jake Sullivan|person:jake-sullivan] underscored the importance of human rights in [Saudi Arabia|country:saudi-arabia]."},
			[]string{"STATED person:jake-sullivan country:saudi-arabia"}},
		{"stressed a point with no stance noun is not read here", []string{
			"[Jake Sullivan|person:jake-sullivan] stressed the fields of [Saudi Arabia|country:saudi-arabia]."},
			nil},
		{"conveyed deep appreciation to", []string{
			"[Joe Biden|person:joe-biden] conveyed his deep appreciation to [Qatar|country:qatar] for its mediation."},
			[]string{"STATED person:joe-biden country:qatar"}},
		{"voiced concern about", []string{
			"On Monday [Antony Blinken|person:antony-blinken] voiced serious concern about [Iran|country:iran]'s enrichment."},
			[]string{"STATED person:antony-blinken country:iran"}},
		{"the purpose of a call", []string{
			"[Joe Biden|person:joe-biden] spoke today with Amir [Tamim bin Hamad|person:tamim-bin-hamad] to express his appreciation to [Qatar|country:qatar]."},
			[]string{"STATED person:joe-biden country:qatar"}},
		{"an organisation offers condolences", []string{
			"The [European Union|organization:european-union] offered its condolences to [Turkey|country:turkey] after the earthquake."},
			[]string{"STATED organization:european-union country:turkey"}},
		{"wrote on social media that", []string{
			"[Donald Trump|person:donald-trump] wrote on social media that [Iran|country:iran] must make a deal."},
			[]string{"STATED person:donald-trump country:iran"}},
		{"a name ending a relative clause is not the one who denies", []string{
			"The interior minister [Bruno Merk|person:bruno-merk], who headed the crisis centre with police chief [Manfred Schreiber|person:manfred-schreiber], denies that an [Israeli|country:israel|demonym] offer ever existed."},
			[]string{"STATED person:bruno-merk country:israel"}},
		{"what was said ends where another's clause begins", []string{
			"[Iran|country:iran] and [Oman|country:oman] held talks.", "[Iran|country:iran] made an offer.",
			"[Javad Zarif|person:javad-zarif] said the talks failed, while [Israel|country:israel] stayed silent."},
			[]string{"STATED person:javad-zarif country:iran"}},
		{"denied that", []string{
			"[Abbas Araghchi|person:abbas-araghchi] denied that [Iran|country:iran] sought weapons."},
			[]string{"STATED person:abbas-araghchi country:iran"}},
		{"a letter written to someone is no statement about a clause", []string{
			"[Donald Trump|person:donald-trump] wrote a letter to [Ali Khamenei|person:ali-khamenei]."},
			nil},
		{"a demand in a headline's present tense", []string{
			"[Mahmoud Ahmadinejad|person:mahmoud-ahmadinejad] is reelected, although opposition leader [Mir-Hossein Mousavi|person:mir-hossein-mousavi] demands a recount."},
			[]string{"STATED person:mir-hossein-mousavi person:mahmoud-ahmadinejad"}},
		{"called for the release of", []string{
			"[Antony Blinken|person:antony-blinken] called for the release of [Robert Levinson|person:robert-levinson]."},
			[]string{"STATED person:antony-blinken person:robert-levinson"}},
		{"a demand after an aside on the speaker", []string{
			"[French|country:france|demonym] President [Jacques Chirac|person:chirac|title=President], a close friend of the family, calls for an inquiry in [Lebanon|country:lebanon] into \"this odious attack\"."},
			[]string{"STATED person:chirac country:lebanon"}},
		{"a demand not made", []string{
			"[Antony Blinken|person:antony-blinken] did not demand a recount in [Iran|country:iran]."},
			nil},
		{"someone called for by name is no caller", []string{
			"[Antony Blinken|person:antony-blinken] was called for an interview in [Iran|country:iran]."},
			nil},
		{"a name inside the subject is no speaker", []string{
			"Protests by groups opposed to Prime Minister [Fouad Siniora|person:fouad-siniora] demanded a new government in [Lebanon|country:lebanon]."},
			nil},
		{"an offer of money is no statement", []string{
			"[Joe Biden|person:joe-biden] offered a loan to [Jordan|country:jordan]."},
			nil},
		{"an extended deadline is no statement", []string{
			"The [European Union|organization:european-union] extended the deadline for [Iran|country:iran]."},
			nil},
		{"a stance not expressed", []string{
			"[Joe Biden|person:joe-biden] did not express support for [Israel|country:israel]."},
			nil},
		{"a stance that might be expressed", []string{
			"[Joe Biden|person:joe-biden] would express support for [Israel|country:israel]."},
			nil},
		{"a call that was only planned to express", []string{
			"[Joe Biden|person:joe-biden] will call [Tamim bin Hamad|person:tamim-bin-hamad] to express his thanks to [Qatar|country:qatar]."},
			nil},
		{"a call hoped to express", []string{
			"[Joe Biden|person:joe-biden] called [Tamim bin Hamad|person:tamim-bin-hamad], hoping to express his thanks to [Qatar|country:qatar]."},
			nil},
		{"support expressed by someone else", []string{
			"[Joe Biden|person:joe-biden] arrived, and many expressed support for [Israel|country:israel]."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"STATED"}, []string{"date"}, tt.want)
		})
	}
}
