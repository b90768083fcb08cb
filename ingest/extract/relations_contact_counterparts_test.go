package extract

import "testing"

// TestCounterparts: "X met his Omani counterpart Y" is a meeting with Y,
// who holds X's office for Oman.
func TestCounterparts(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"met his counterpart, named right after",
			"[Iranian|country:iran|demonym] Foreign Minister [Abbas Araghchi|person:abbas-araghchi|title=Foreign Minister] met his [Omani|country:oman|demonym] counterpart [Badr Albusaidi|person:badr-albusaidi] in Muscat.",
			[]string{"MET_WITH person:abbas-araghchi person:badr-albusaidi", "HOLDS_ROLE person:abbas-araghchi country:iran title=Foreign Minister", "HOLDS_ROLE person:badr-albusaidi country:oman title=Foreign Minister"}},
		{"met with his counterpart, named after a comma",
			"[Abbas Araghchi|person:abbas-araghchi] met with his [Omani|country:oman|demonym] counterpart, [Badr Albusaidi|person:badr-albusaidi].",
			[]string{"MET_WITH person:abbas-araghchi person:badr-albusaidi"}},
		{"a counterpart praised is not met",
			"[Abbas Araghchi|person:abbas-araghchi] praised his [Omani|country:oman|demonym] counterpart [Badr Albusaidi|person:badr-albusaidi].",
			nil},
		{"a counterpart the subject may meet",
			"[Abbas Araghchi|person:abbas-araghchi] may meet his [Omani|country:oman|demonym] counterpart [Badr Albusaidi|person:badr-albusaidi].",
			nil},
		{"a Secretary of State's counterpart is a foreign minister",
			"[U.S.|country:united-states] Secretary of State [Antony Blinken|person:antony-blinken|title=Secretary of State] met his [Omani|country:oman|demonym] counterpart, [Badr Albusaidi|person:badr-albusaidi].",
			[]string{"MET_WITH person:antony-blinken person:badr-albusaidi", "HOLDS_ROLE person:antony-blinken country:united-states title=Secretary of State", "HOLDS_ROLE person:badr-albusaidi country:oman title=Foreign Minister"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"MET_WITH", "HOLDS_ROLE"}, []string{"title"}, tt.want)
		})
	}
}

// TestCounterpartsWithAnyVerb: a counterpart invited or thanked holds the
// office the document gave the subject, for the counterpart's state.
func TestCounterpartsWithAnyVerb(t *testing.T) {
	opener := "[U.S.|country:united-states] National Security Advisor [Jake Sullivan|person:jake-sullivan|title=National Security Advisor] spoke."
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"invited his counterpart, the subject's office told before", []string{opener,
			"Mr. [Sullivan|person:jake-sullivan] invited his [Israeli|country:israel|demonym] counterpart, [Meir Ben-Shabbat|person:meir-ben-shabbat], to visit."},
			[]string{"HOLDS_ROLE person:jake-sullivan country:united-states title=National Security Advisor", "HOLDS_ROLE person:meir-ben-shabbat country:israel title=National Security Advisor"}},
		{"a subject with no office told", []string{
			"[Zorba Quxley|person:zorba-quxley] invited his [Israeli|country:israel|demonym] counterpart, [Meir Ben-Shabbat|person:meir-ben-shabbat], to visit."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"HOLDS_ROLE"}, []string{"title"}, tt.want)
		})
	}
}

// TestCounterpartsNamedFirst: "Y, his Indian counterpart" after an office
// holder X: Y holds X's office for India. An honorific before X ("Sheikh")
// is no office.
func TestCounterpartsNamedFirst(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"the counterpart of an office given in apposition",
			"He met Sheikh [Tahnoun bin Zayed|person:tahnoun|title=Sheikh], the National Security Advisor of the [United Arab Emirates|country:uae], and [Ajit Doval|person:doval], his [Indian|country:india|demonym] counterpart.",
			[]string{"HOLDS_ROLE person:tahnoun country:uae title=National Security Advisor", "HOLDS_ROLE person:doval country:india title=National Security Advisor"}},
		{"no office before, no counterpart's office",
			"He met [Ajit Doval|person:doval], his [Indian|country:india|demonym] counterpart.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"HOLDS_ROLE"}, []string{"title"}, tt.want)
		})
	}
}
