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
		{"a possessive presidential term", append(append([]string{}, lebanon...),
			"When [Émile Lahoud|person:emile-lahoud]'s presidential term ended in 2007, talks stalled."),
			[]string{"HOLDS_ROLE person:emile-lahoud country:lebanon title=President"}},
		{"a possessive premiership", append(append([]string{}, lebanon...),
			"During [Fouad Siniora|person:fouad-siniora]'s premiership, the army grew."),
			[]string{"HOLDS_ROLE person:fouad-siniora country:lebanon title=Prime Minister"}},
		{"another state named nearby is not the passage's", append(append([]string{}, lebanon...),
			"In [Syria|country:syria], [Bashar al-Assad|person:bashar-al-assad] became president in 2000."),
			[]string{"HOLDS_ROLE person:bashar-al-assad country:syria title=President"}},
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
