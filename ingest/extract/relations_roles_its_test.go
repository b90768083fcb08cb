package extract

import "testing"

// TestItsRoles: "its founder X" is an office of the body the sentence
// opens with.
func TestItsRoles(t *testing.T) {
	tests := []struct {
		name  string
		types []string
		lines []string
		want  []string
	}{
		{"named after its founder", []string{"AFFILIATED_WITH"}, []string{
			"The [ANO|organization:ano] is named after its founder [Abu Nidal|person:abu-nidal]."},
			[]string{"AFFILIATED_WITH person:abu-nidal organization:ano title=Founder"}},
		{"led by its leader", []string{"HOLDS_ROLE"}, []string{
			"[Hamas|organization:hamas] was led by its late leader [Ahmed Yassin|person:ahmed-yassin]."},
			[]string{"HOLDS_ROLE person:ahmed-yassin organization:hamas title=Leader"}},
		{"another body between: its leader is that body's, not the first", []string{"HOLDS_ROLE"}, []string{
			"[Hamas|organization:hamas] met [Fatah|organization:fatah] and its leader [Mahmoud Abbas|person:mahmoud-abbas]."},
			[]string{"HOLDS_ROLE person:mahmoud-abbas organization:fatah title=Leader"}},
		{"a state's first president, told after the name", []string{"HOLDS_ROLE"}, []string{
			"[Chad|country:chad] became independent in 1960 under [François Tombalbaye|person:tombalbaye], its first president."},
			[]string{"HOLDS_ROLE person:tombalbaye country:chad title=President"}},
		{"a state's envoy, told after the name, posted elsewhere", []string{"HOLDS_ROLE"}, []string{
			"[Soviet Russia|country:soviet-russia] was represented by [Yakov Ganetsky|person:ganetsky], its plenipotentiary representative in [Latvia|country:latvia]."},
			[]string{"HOLDS_ROLE person:ganetsky country:soviet-russia title=Plenipotentiary Representative"}},
		{"a state named between: its ambassador may be that one's", []string{"HOLDS_ROLE"}, []string{
			"[France|country:france] was represented by [Paul Révoil|person:revoil] and [Germany|country:germany] by [Joseph von Radowitz|person:radowitz], its ambassador in [Madrid|place:madrid]."},
			nil},
		{"a state's founder is no office of it", []string{"HOLDS_ROLE"}, []string{
			"[Chad|country:chad] honours [François Tombalbaye|person:tombalbaye], its founder."},
			nil},
		{"a sentence that does not open with the body", []string{"HOLDS_ROLE"}, []string{
			"In Gaza, [Hamas|organization:hamas] praised its leader [Ahmed Yassin|person:ahmed-yassin]."},
			nil},
		{"its spokesman opens the sentence after the body's", []string{"HOLDS_ROLE"}, []string{
			"[Yemen|country:yemen]'s [Houthi movement|organization:houthis] claimed responsibility for the attack.",
			"Its military spokesman, [Yahya Saree|person:yahya-saree], said ten drones had been launched."},
			[]string{"HOLDS_ROLE person:yahya-saree organization:houthis title=Spokesman"}},
		{"its foreign minister after a state's sentence is the state's", []string{"HOLDS_ROLE"}, []string{
			"[Qatar|country:qatar] denies the accusations.",
			"Its foreign minister, Sheikh [Mohammed bin Abdulrahman|person:mba], said on Wednesday that the country was isolated."},
			[]string{"HOLDS_ROLE person:mba country:qatar title=Foreign Minister"}},
		{"its spokesman after a state's sentence is not the state's", []string{"HOLDS_ROLE"}, []string{
			"[Israel|country:israel] struck [Gaza|place:gaza] on Monday.",
			"Its spokesman, [Daniel Hagari|person:daniel-hagari], said the strikes would go on."},
			nil},
		{"its spokesman after a sentence not opening with the body", []string{"HOLDS_ROLE"}, []string{
			"On Monday the strike was claimed by the [Houthi movement|organization:houthis].",
			"Its spokesman, [Yahya Saree|person:yahya-saree], said more would come."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, tt.types, []string{"title"}, tt.want)
		})
	}
}

// TestWithAsRoles: "with X as its first President and Y as deputy prime
// minister" are offices of the state the clause named before "with".
func TestWithAsRoles(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"with one as its office and another as another",
			"The council declared [Egypt|country:egypt] a republic in 1953, with [Mohamed Naguib|person:naguib] as its first President and [Gamal Abdel Nasser|person:nasser] as deputy prime minister.",
			[]string{"HOLDS_ROLE person:naguib country:egypt title=President", "HOLDS_ROLE person:nasser country:egypt title=Deputy Prime Minister"}},
		{"an aside on the person before its office",
			"[Eritrea|country:eritrea] declared independence on 24 May 1993, with [Isaias Afwerki|person:isaias], the leader of the [EPLF|organization:eplf], as its president.",
			[]string{"HOLDS_ROLE person:isaias country:eritrea title=President", "HOLDS_ROLE person:isaias organization:eplf title=Leader"}},
		{"with someone as no office",
			"[Israel|country:israel] met [Egypt|country:egypt], with [Anwar Sadat|person:sadat] as a friend.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"HOLDS_ROLE"}, []string{"title"}, tt.want)
		})
	}
}
