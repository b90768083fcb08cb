package extract

import "testing"

// TestMediatedSidesNegotiated: the two sides of talks someone mediated
// negotiated with each other; talks nobody mediated, and a mediation
// between three, give no such pair here.
func TestMediatedSidesNegotiated(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"a premier mediated between two leaders",
			"The [Soviet|country:ussr|demonym] premier, [Alexei Kosygin|person:kosygin], mediated between the [Indian|country:india|demonym] prime minister, [Lal Bahadur Shastri|person:shastri], and the president of [Pakistan|country:pakistan], [Ayub Khan|person:ayub], in January 1966.",
			[]string{"NEGOTIATED_WITH person:ayub person:shastri"}},
		{"a mediation between three sides names no pair",
			"[Norway|country:norway] mediated between [Sudan|country:sudan], [Uganda|country:uganda] and [Kenya|country:kenya] in January 1999.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"NEGOTIATED_WITH"}, nil, tt.want)
		})
	}
}
