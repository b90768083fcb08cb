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
