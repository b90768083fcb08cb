package extract

import "testing"

// TestAttackCampaigns: an insurgency or war launched against a side, and an
// occupation by arms, are attacks; a campaign of words, a threat or a denial
// is none.
func TestAttackCampaigns(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"launched an armed insurgency against", []string{
			"The [PKK|organization:pkk] launched an armed insurgency against [Turkey|country:turkey] in 1984."},
			[]string{"ATTACKED organization:pkk country:turkey"}},
		{"began an insurgency, a year first", []string{
			"In 1984 the [PKK|organization:pkk] began an insurgency against [Turkey|country:turkey]."},
			[]string{"ATTACKED organization:pkk country:turkey"}},
		{"started a war on", []string{
			"[Iraq|country:iraq] started a war on [Iran|country:iran] in September 1980."},
			[]string{"ATTACKED country:iraq country:iran"}},
		{"led a bombing campaign against", []string{
			"The [United States|country:united-states] led a bombing campaign against the [Islamic State|organization:islamic-state]."},
			[]string{"ATTACKED country:united-states organization:islamic-state"}},
		{"forces occupied a city", []string{
			"[British|country:united-kingdom|demonym] forces occupied [Baghdad|place:baghdad] in 1917."},
			[]string{"ATTACKED country:united-kingdom place:baghdad"}},
		{"occupied the entire peninsula", []string{
			"[Israel|country:israel] occupied the entire [Sinai Peninsula|place:sinai] in 1967."},
			[]string{"ATTACKED country:israel place:sinai"}},
		{"occupied much of the territory", []string{
			"[Israel|country:israel] occupied much of the [West Bank|place:west-bank] in 1967."},
			[]string{"ATTACKED country:israel place:west-bank"}},
		{"a state occupied a state", []string{
			"The [United States|country:united-states] occupied [Iraq|country:iraq] in 2003."},
			[]string{"ATTACKED country:united-states country:iraq"}},
		{"a second verb after an irregular first one", []string{
			"In 1941, [Germany|country:germany] broke the pact and invaded the [Soviet Union|country:soviet-union]."},
			[]string{"ATTACKED country:germany country:soviet-union"}},
		{"a second verb after a named operation", []string{
			"In 1941, [Nazi Germany|country:germany] began the so-called [Operation Barbarossa|event:barbarossa] and invaded the [Soviet Union|country:soviet-union], breaking the pact."},
			[]string{"ATTACKED country:germany country:soviet-union"}},
		{"a second verb after a named agreement", []string{
			"[Egypt|country:egypt] signed the [Camp David Accords|agreement:camp-david] and then attacked [Libya|country:libya]."},
			[]string{"ATTACKED country:egypt country:libya"}},
		{"a second verb that hopes to invade", []string{
			"[Germany|country:germany] began talks and hoped to invade the [Soviet Union|country:soviet-union]."},
			nil},
		{"a second verb denied", []string{
			"[Iran|country:iran] took the decision and did not attack [Israel|country:israel]."},
			nil},
		{"a city was occupied by a state's forces", []string{
			"[Baghdad|place:baghdad] was occupied by [British|country:united-kingdom|demonym] forces in 1917."},
			[]string{"ATTACKED country:united-kingdom place:baghdad"}},
		{"a city fell to a group", []string{
			"[Mosul|place:mosul] fell to the [Islamic State|organization:islamic-state] in 2014."},
			[]string{"ATTACKED organization:islamic-state place:mosul"}},
		{"a city was besieged by a state", []string{
			"[Beirut|place:beirut] was besieged by [Israel|country:israel] in 1982."},
			[]string{"ATTACKED country:israel place:beirut"}},
		{"a city sacked by a people's state", []string{
			"[Baghdad|place:baghdad] was sacked by the [Mongols|country:mongol-empire] in 1258."},
			[]string{"ATTACKED country:mongol-empire place:baghdad"}},
		{"a state razed a city", []string{
			"The [Mongols|country:mongol-empire] razed [Aleppo|place:aleppo]."},
			[]string{"ATTACKED country:mongol-empire place:aleppo"}},
		{"a city besieged by a state's force", []string{
			"[Cairo|place:cairo] was besieged by a [British|country:united-kingdom|demonym] force in 1801."},
			[]string{"ATTACKED country:united-kingdom place:cairo"}},
		{"a state's air force struck a city", []string{
			"The [Iranian|country:iran|demonym] air force struck [Kirkuk|place:kirkuk]."},
			[]string{"ATTACKED country:iran place:kirkuk"}},
		{"a city sacked by a man is no state's attack", []string{
			"[Baghdad|place:baghdad] was sacked by a man named [Zorba Quxley|person:zorba-quxley]."},
			nil},
		{"a city was visited by a state's president", []string{
			"[Baghdad|place:baghdad] was visited by [Iran|country:iran]'s president."},
			nil},
		{"a diplomatic campaign is no attack", []string{
			"[Iran|country:iran] launched a diplomatic campaign against [Israel|country:israel]."},
			nil},
		{"a campaign at the UN is no attack", []string{
			"The [United States|country:united-states] launched a campaign against [Iran|country:iran] at the UN."},
			nil},
		{"threatened to launch a war", []string{
			"[Iran|country:iran] threatened to launch a war against [Israel|country:israel]."},
			nil},
		{"did not launch a war", []string{
			"[Iran|country:iran] did not launch a war against [Israel|country:israel]."},
			nil},
		{"an occupied place named after the state", []string{
			"[Israel|country:israel] and the occupied [West Bank|place:west-bank] were calm."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"ATTACKED"}, nil, tt.want)
		})
	}
}
