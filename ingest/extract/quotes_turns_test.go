package extract

import "testing"

func TestSpeakerTurns(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a transcript label opens a turn", []string{
			"Remarks.\n", "SECRETARY [BLINKEN|person:antony-blinken]: Well, first on [Russia|country:russia] and its war.\n", "QUESTION: Thank you, sir."},
			[]string{"STATED person:antony-blinken country:russia"}},
		{"a label alone on its line, the words after it", []string{
			"Remarks.\n", "MR [PRICE|person:ned-price]:\n", "Let us turn to [Iran|country:iran] and its programme now."},
			[]string{"STATED person:ned-price country:iran"}},
		{"deeds listed under names are no turns", []string{
			"Actions on the Houthis.\n", "[BIDEN|person:joe-biden]: Removed the [Houthis|organization:houthis] from the list.\n",
			"[TRUMP|person:donald-trump]: Immediately re-designated the [Houthis|organization:houthis] as terrorists.\n",
			"[TRUMP|person:donald-trump]: Sent aircraft carriers to the region.\n"},
			nil},
		{"a courtesy in a turn states nothing", []string{
			"Secretary of State [Antony Blinken|person:antony-blinken|title=Secretary of State] of the [United States|country:united-states] spoke.\n",
			"SECRETARY [BLINKEN|person:antony-blinken]: Nice to see you.\n", "QUESTION: Thank you, sir."},
			nil},
		{"a long turn naming nothing is about the speaker's state", []string{
			"Secretary of State [Antony Blinken|person:antony-blinken|title=Secretary of State] of the [United States|country:united-states] spoke.\n",
			"SECRETARY [BLINKEN|person:antony-blinken]: We will keep working with our partners on every one of these questions for as long as it takes.\n", "QUESTION: Thank you, sir."},
			[]string{"STATED person:antony-blinken country:united-states"}},
		{"a label without a named speaker gives nothing", []string{
			"Remarks.\n", "QUESTION: What about [Iran|country:iran] and the talks?"},
			nil},
		{"a label in the middle of a line is no label", []string{
			"He said SECRETARY [BLINKEN|person:antony-blinken]: no to [Iran|country:iran] today."},
			nil},
		{"an attributed introduction and its statement", []string{
			"The below is attributable to Spokesperson [Ned Price|person:ned-price|title=Spokesperson]:\n",
			"Secretary [Blinken|person:antony-blinken|title=Secretary] spoke today with [Estonia|country:estonia]'s minister."},
			[]string{"STATED person:ned-price person:antony-blinken"}},
		{"a speaker introducing a quote on the next line", []string{
			"Senator [Jim Banks|person:jim-banks|title=Senator] on the strikes:\n",
			"The strikes on [Iran|country:iran] were a success for peace."},
			[]string{"STATED person:jim-banks country:iran"}},
		{"a list introduced by a meeting is no statement", []string{
			"Secretary [Rubio|person:marco-rubio|title=Secretary] met the following leaders:\n",
			"The ministers of [Iran|country:iran] and [Oman|country:oman] were there."},
			nil},
		{"a council the speaker addressed is no speaker", []string{
			"[Bhutto|person:bhutto] aggressively maintained at the session of the [United Nations Security Council|organization:unsc]:\n",
			"After 1974, [Pakistan|country:pakistan] redoubled its effort on uranium."},
			nil},
		{"according to an organisation, with its words after", []string{
			"According to the [IAEA|organization:iaea]:\n",
			"The inspectors in [Iran|country:iran] found more uranium."},
			[]string{"STATED organization:iaea country:iran"}},
		{"an address to an organisation introduces nothing", []string{
			"The minister spoke to the [IAEA|organization:iaea]:\n",
			"The inspectors in [Iran|country:iran] found more uranium."},
			nil},
		{"an organisation reports that", []string{
			"The [IAEA|organization:iaea] reported that [Iran|country:iran] had enriched uranium."},
			[]string{"STATED organization:iaea country:iran"}},
		{"an organisation that reported nothing yet", []string{
			"The [IAEA|organization:iaea] has not reported that [Iran|country:iran] enriched uranium."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"STATED"}, nil, tt.want)
		})
	}
}
