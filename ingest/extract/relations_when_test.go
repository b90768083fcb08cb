package extract

import "testing"

// TestVerbsAfterADay: a time adverbial between a subject and its verb
// ("X on Thursday sanctioned Y"), an attacker's forces before the verb,
// and the attack verbs of headlines; and the look-alikes.
func TestVerbsAfterADay(t *testing.T) {
	types := []string{"SANCTIONED", "ATTACKED", "WITHDREW_FROM", "PARTY_TO"}
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"sanctioned after a weekday", []string{
			"The [U.S. Treasury Department|organization:treasury] on Thursday sanctioned [Hezbollah|organization:hezbollah]."},
			[]string{"SANCTIONED organization:treasury organization:hezbollah"}},
		{"imposed sanctions after a weekday", []string{
			"The [United States|country:united-states] on Thursday imposed sanctions on [Hezbollah|organization:hezbollah]."},
			[]string{"SANCTIONED country:united-states organization:hezbollah"}},
		{"struck after a weekday", []string{
			"[Israel|country:israel] on Friday struck [Iran|country:iran]'s nuclear facilities."},
			[]string{"ATTACKED country:israel country:iran"}},
		{"withdrew after a year", []string{
			"The [United States|country:united-states] in 2018 withdrew from the [JCPOA|agreement:jcpoa]."},
			[]string{"WITHDREW_FROM country:united-states agreement:jcpoa"}},
		{"signed after a date", []string{
			"[Morocco|country:morocco] on December 10, 2020 joined the [Abraham Accords|agreement:abraham-accords]."},
			[]string{"PARTY_TO country:morocco agreement:abraham-accords"}},
		{"a state's forces struck", []string{
			"[U.S.|country:united-states] forces struck three [Iranian|country:iran|demonym] nuclear sites."},
			[]string{"ATTACKED country:united-states country:iran"}},
		{"a group's militants attacked", []string{
			"[Hamas|organization:hamas] militants attacked [Israel|country:israel] on October 7."},
			[]string{"ATTACKED organization:hamas country:israel"}},
		{"target in a headline", []string{
			"[Houthis|organization:houthis] target [Israel|country:israel] with ballistic missile."},
			[]string{"ATTACKED organization:houthis country:israel"}},
		{"has been bombarding", []string{
			"[Russia|country:russia] has been bombarding [Ukraine|country:ukraine] since 2022."},
			[]string{"ATTACKED country:russia country:ukraine"}},
		{"strikes inside", []string{
			"[Pakistan|country:pakistan] carried out strikes inside [Iran|country:iran]."},
			[]string{"ATTACKED country:pakistan country:iran"}},
		{"retaliated with missiles", []string{
			"[Iran|country:iran] retaliated with a barrage of ballistic missiles against [Israel|country:israel]."},
			[]string{"ATTACKED country:iran country:israel"}},
		{"redesignated, passive", []string{
			"The [Houthis|organization:houthis] were redesignated as a Foreign Terrorist Organization by the [State Department|organization:state-department]."},
			[]string{"SANCTIONED organization:state-department organization:houthis"}},
		{"redesignated, active", []string{
			"The [State Department|organization:state-department] redesignated the [Houthis|organization:houthis] as a terrorist group."},
			[]string{"SANCTIONED organization:state-department organization:houthis"}},

		// Negative cases.
		{"a redesignation rejected", []string{
			"The [State Department|organization:state-department] refused to redesignate the [Houthis|organization:houthis]."},
			nil},
		{"a weekday before a speech verb", []string{
			"[Israel|country:israel] on Friday said [Iran|country:iran] would pay."},
			nil},
		{"the object of a relative clause is no subject (nothing is found here)", []string{
			"[Israel|country:israel]'s army, which invaded [Lebanon|country:lebanon] in 1982, attacked [Syria|country:syria]."},
			nil},
		{"a group backed by a state is not the state", []string{
			"[Iran|country:iran]-backed militias attacked [U.S.|country:united-states] forces."},
			nil},
		{"a state's proxies are not the state", []string{
			"[Iran|country:iran]'s proxies attacked [Israel|country:israel]."},
			nil},
		{"a denied strike after a weekday", []string{
			"[Israel|country:israel] on Friday did not strike [Iran|country:iran]."},
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkRelations(t, "2025-06-20", tc.lines, types, nil, tc.want)
		})
	}
}
