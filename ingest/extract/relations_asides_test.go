package extract

import "testing"

// TestAsides: a clause set off by commas after a sentence's subject does
// not hide what the subject did; a list of names is no aside.
func TestAsides(t *testing.T) {
	tests := []struct {
		name  string
		types []string
		lines []string
		want  []string
	}{
		{"a participle clause naming other states", []string{"ATTACKED"}, []string{
			"[Britain|country:uk], fearing that [Nazi Germany|country:germany] would gain control of [Lebanon|country:lebanon] by pressure on the [Vichy|country:vichy] government, sent its army into [Syria|country:syria]."},
			[]string{"ATTACKED country:uk country:syria"}},
		{"a relative clause", []string{"ATTACKED"}, []string{
			"[Iran|country:iran], which had warned [Washington|country:us] for weeks, struck [Israel|country:israel] on Saturday."},
			[]string{"ATTACKED country:iran country:israel"}},
		{"an office given after the aside", []string{"HOLDS_ROLE"}, []string{
			"[Kamal Kharazi|person:kharazi], who had studied in [Houston|place:houston] for years, was appointed foreign minister of [Iran|country:iran] in 1997."},
			[]string{"HOLDS_ROLE person:kharazi country:iran"}},
		{"an office in apposition", []string{"PARTY_TO"}, []string{
			"[Yasser Arafat|person:arafat], chairman of the [PLO|organization:plo], signed the [Oslo Accords|agreement:oslo] with [Yitzhak Rabin|person:rabin], the prime minister of [Israel|country:israel], in 1993."},
			[]string{"PARTY_TO organization:plo agreement:oslo", "PARTY_TO country:israel agreement:oslo"}},
		{"a name further on is one of a list", []string{"ATTACKED"}, []string{
			"Forces of [Jordan|country:jordan], [Egypt|country:egypt], the [Syrian|country:syria] army of the north, struck [Israel|country:israel]."},
			nil},
		{"no verb after the aside: only the name before the verb", []string{"ATTACKED"}, []string{
			"[Iran|country:iran], the largest Shia state, and [Iraq|country:iraq] struck [Israel|country:israel]."},
			[]string{"ATTACKED country:iraq country:israel"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, tt.types, nil, tt.want)
		})
	}
}
