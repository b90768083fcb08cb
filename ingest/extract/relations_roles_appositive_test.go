package extract

import "testing"

func TestAppositiveRolesAndAffiliations(t *testing.T) {
	types := []string{"HOLDS_ROLE", "AFFILIATED_WITH"}
	us := "[United States|country:united-states]"
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a byline: a title only one government has", []string{
			"[Antony J. Blinken|person:antony-blinken], Secretary of State\n", "The " + us + " acted."},
			[]string{"HOLDS_ROLE person:antony-blinken country:united-states title=Secretary of State"}},
		{"a byline with a title many governments have is no role outside their texts", []string{
			"[Jane Roe|person:jane-roe], Foreign Minister\n", "The " + us + " acted."},
			nil},
		{"a release of the Spokesperson's office: its spokesperson", []string{
			"Office of the Spokesperson\n", "The below is attributable to Spokesperson [Ned Price|person:ned-price|title=Spokesperson]:", "The " + us + " acted."},
			[]string{"HOLDS_ROLE person:ned-price country:united-states title=Spokesperson"}},
		{"a title only one government has, set off before the name", []string{
			"The " + us + " recognised the republics; the Secretary of State, [James Baker|person:james-baker], later visited each capital."},
			[]string{"HOLDS_ROLE person:james-baker country:united-states title=Secretary of State"}},
		{"our special envoy", []string{
			"Our Special Envoy, [Tim Lenderking|person:tim-lenderking], travelled with the " + us + " team."},
			[]string{"HOLDS_ROLE person:tim-lenderking country:united-states title=Special Envoy"}},
		{"the office's object is part of the title, not its holder", []string{
			"[UN|organization:united-nations] Special Envoy for [Yemen|country:yemen] [Hans Grundberg|person:hans-grundberg|title=Special Envoy for Yemen;titleof=organization:united-nations] spoke."},
			[]string{"HOLDS_ROLE person:hans-grundberg organization:united-nations title=Special Envoy for Yemen"}},
		{"an appositive role with its object", []string{
			"[Amir Saeid Iravani|person:amir-saeid-iravani], [Iran|country:iran]'s ambassador to the [UN|organization:united-nations], spoke."},
			[]string{"HOLDS_ROLE person:amir-saeid-iravani country:iran title=Ambassador"}},
		{"an office written in lower case before the organisation and the name", []string{
			"The director general of the [IAEA|organization:iaea], [Rafael Grossi|person:rafael-grossi], visited."},
			[]string{"HOLDS_ROLE person:rafael-grossi organization:iaea title=Director General"}},
		{"a verb before an office is not part of it", []string{
			"He met the Minister of Foreign Affairs of [Iraq|country:iraq], HE Dr [Ibrahim Al-Ja’afari|person:ibrahim-al-jaafari], in Canberra."},
			[]string{"HOLDS_ROLE person:ibrahim-al-jaafari country:iraq title=Minister of Foreign Affairs"}},
		{"elected president, the one state of the passage", []string{
			"[Iran|country:iran] voted.", "In 2005, [Mahmoud Ahmadinejad|person:mahmoud-ahmadinejad] was elected president."},
			[]string{"HOLDS_ROLE person:mahmoud-ahmadinejad country:iran title=President"}},
		{"elected president with two states around is no role", []string{
			"[Iran|country:iran] and [Iraq|country:iraq] voted.", "In 2005, [Mahmoud Ahmadinejad|person:mahmoud-ahmadinejad] was elected president."},
			nil},
		{"elected president of a body is no head of state", []string{
			"[Iran|country:iran] voted.", "[Ali Larijani|person:ali-larijani] was elected president of the assembly."},
			nil},
		{"an organisation's possessive", []string{
			"[CNN|organization:cnn]'s [Christiane Amanpour|person:christiane-amanpour] asked."},
			[]string{"AFFILIATED_WITH person:christiane-amanpour organization:cnn"}},
		{"a state's possessive names no employer", []string{
			"[Iran|country:iran]'s [Abbas Araghchi|person:abbas-araghchi] answered."},
			nil},
		{"of an organisation", []string{
			"[Ali Vaez|person:ali-vaez] of the [International Crisis Group|organization:crisis-group] said so."},
			[]string{"AFFILIATED_WITH person:ali-vaez organization:crisis-group"}},
		{"from a news organisation", []string{
			"It is [Pamala Falk|person:pamala-falk] from [CBS News|organization:cbs-news]."},
			[]string{"AFFILIATED_WITH person:pamala-falk organization:cbs-news"}},
		{"a letter from a person to an organisation is no affiliation", []string{
			"A letter from [Abbas Araghchi|person:abbas-araghchi] to the [UN|organization:united-nations] arrived."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, types, []string{"title"}, tt.want)
		})
	}
}

// TestUNOnlyTitles: an office only the United Nations has is held for it
// when the text names it, written before the name or set off after it;
// "Spokesperson for Secretary-General X" is no office of X's.
func TestUNOnlyTitles(t *testing.T) {
	un := "The [United Nations|organization:united-nations] said so."
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"before the name", []string{un, "Under-Secretary-General [Valerie Amos|person:amos|title=Under-Secretary-General] said aid was ready."},
			[]string{"HOLDS_ROLE person:amos organization:united-nations title=Under-Secretary-General"}},
		{"a long office after the name", []string{un, "[Martin Griffiths|person:griffiths], the Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator, said aid was ready."},
			[]string{"HOLDS_ROLE person:griffiths organization:united-nations title=Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator"}},
		{"the Secretary-General's representative posted to a state", []string{un, "[Roza Otunbayeva|person:otunbayeva], the Secretary-General's Special Representative for [Afghanistan|country:afghanistan], said more had returned."},
			[]string{"HOLDS_ROLE person:otunbayeva organization:united-nations title=Secretary-General's Special Representative"}},
		{"no United Nations named", []string{"Under-Secretary-General [Valerie Amos|person:amos|title=Under-Secretary-General] said aid was ready."},
			nil},
		{"the office a spokesperson serves", []string{un, "Spokesperson for Secretary-General [António Guterres|person:guterres|title=Spokesperson for Secretary-General] spoke."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"HOLDS_ROLE"}, []string{"title"}, tt.want)
		})
	}
}
