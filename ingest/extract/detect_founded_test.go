package extract

import "testing"

// TestFoundedBodies: an unknown name right after a verb of founding, or
// after the noun of its kind, is an organisation; a known city, a
// person's name and a word in lower case are not.
func TestFoundedBodies(t *testing.T) {
	x := testExtractor(t)
	checkDetection(t, x, []detectCase{
		{"founded X in a city", "A human-rights activist who founded Alkarama in Geneva was designated.", []string{"organization:alkarama"}, nil},
		{"co-founded X in a year", "In 1987 Ahmed Yassin co-founded Zorbax in Gaza.", []string{"organization:zorbax"}, nil},
		{"founded the kind (ACRONYM) X", "He founded the Swiss-based non-governmental organization (NGO) Alkarama.", []string{"organization:alkarama"}, nil},
		{"a city the catalog knows", "Al-Mansur founded Baghdad in 762.", []string{"place:baghdad"}, []string{"organization:baghdad"}},
		{"a person's possession", "He founded Ahmed Zorbani's school.", nil, []string{"organization:ahmed-zorbani"}},
	})
}
