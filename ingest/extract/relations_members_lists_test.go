package extract

import "testing"

// TestGroupLists: people listed after a word for a group's people, after
// "members of" the group, or opening the sentence after one about the
// group, belong to it; people the group merely met or spoke to do not.
func TestGroupLists(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a person and five other members", []string{
			"Parliament lifted the immunity of [Leyla Zana|person:leyla-zana] and five other Kurdish [DEP|organization:dep] members."},
			[]string{"AFFILIATED_WITH person:leyla-zana organization:dep"}},
		{"a person and other critics of a group", []string{
			"[Ali Hassan|person:ali-hassan] and other [Hamas|organization:hamas] critics spoke."},
			nil},
		{"members, colon, list", []string{
			"Parliament lifted the immunity of five other Kurdish [DEP|organization:dep] members: [Hatip Dicle|person:hatip-dicle], [Ahmet Turk|person:ahmet-turk] and [Orhan Dogan|person:orhan-dogan]."},
			[]string{"AFFILIATED_WITH person:hatip-dicle organization:dep", "AFFILIATED_WITH person:ahmet-turk organization:dep", "AFFILIATED_WITH person:orhan-dogan organization:dep"}},
		{"commanders were killed, colon, list", []string{
			"Three [Hezbollah|organization:hezbollah] commanders were killed: [Ali Karaki|person:ali-karaki], [Fuad Shukr|person:fuad-shukr] and [Ibrahim Aqil|person:ibrahim-aqil]."},
			[]string{"AFFILIATED_WITH person:ali-karaki organization:hezbollah", "AFFILIATED_WITH person:fuad-shukr organization:hezbollah", "AFFILIATED_WITH person:ibrahim-aqil organization:hezbollah"}},
		{"members before two names", []string{
			"[Hamas|organization:hamas] members [Ali Hassan|person:ali-hassan] and [Omar Saleh|person:omar-saleh] were arrested."},
			[]string{"AFFILIATED_WITH person:ali-hassan organization:hamas", "AFFILIATED_WITH person:omar-saleh organization:hamas"}},
		{"the speaker after the group's fighters is no member", []string{
			"They will join the fight against [Islamic State|organization:isis] militants, Saudi Foreign Minister [Adel al-Jubeir|person:jubeir|title=Saudi Foreign Minister] said."},
			nil},
		{"members of the group, then the list", []string{
			"The court jailed four members of the [Muslim Brotherhood|organization:mb], [Ali Hassan|person:ali-hassan], [Omar Saleh|person:omar-saleh] and [Samir Adel|person:samir-adel]."},
			[]string{"AFFILIATED_WITH person:ali-hassan organization:mb", "AFFILIATED_WITH person:omar-saleh organization:mb", "AFFILIATED_WITH person:samir-adel organization:mb"}},
		{"founders after a sentence about the group, semicolons and a description", []string{
			"[Fatah|organization:fatah] was founded in 1959.",
			"The founders included [Yasser Arafat|person:yasser-arafat], then head of the [General Union of Palestinian Students|organization:gups] at Cairo University; [Salah Khalaf|person:salah-khalaf]; [Khalil al-Wazir|person:khalil-al-wazir]; and [Khaled Yashruti|person:khaled-yashruti], then head in Beirut."},
			[]string{"AFFILIATED_WITH person:yasser-arafat organization:fatah", "AFFILIATED_WITH person:salah-khalaf organization:fatah",
				"AFFILIATED_WITH person:khalil-al-wazir organization:fatah", "AFFILIATED_WITH person:khaled-yashruti organization:fatah"}},
		{"its founders included", []string{
			"[Hamas|organization:hamas] was founded in 1987.",
			"Its founders included [Ahmed Yassin|person:ahmed-yassin] and [Abdel Aziz al-Rantisi|person:rantisi]."},
			[]string{"AFFILIATED_WITH person:ahmed-yassin organization:hamas", "AFFILIATED_WITH person:rantisi organization:hamas"}},
		{"two groups before: whose founders is not said", []string{
			"[Hamas|organization:hamas] and [Fatah|organization:fatah] met in Cairo.",
			"The leaders included [Ali Hassan|person:ali-hassan] and [Omar Saleh|person:omar-saleh]."},
			nil},
		{"officials met a person", []string{
			"[Hamas|organization:hamas] officials met [Ali Hassan|person:ali-hassan] in Cairo."},
			nil},
		{"officials told a person", []string{
			"[Hamas|organization:hamas] officials told [Ali Hassan|person:ali-hassan] that talks would resume."},
			nil},
		{"leaders, a state said", []string{
			"[Hamas|organization:hamas] leaders, [Israel|country:israel] said, were in Doha."},
			nil},
		{"members of one group list another's man", []string{
			"Members of [Hamas|organization:hamas], [Fatah|organization:fatah] and [Ali Hassan|person:ali-hassan] met."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"AFFILIATED_WITH"}, nil, tt.want)
		})
	}
}
