package extract

import "testing"

// TestStatementDelegations: a statement on one meeting names it once or
// twice (with its town in its title, without it in its body) and tells
// its delegations paragraphs later: who took part, whose delegation was
// headed by whom (the verb left out after the first), and who represented
// a state, told with a title that holds another state.
func TestStatementDelegations(t *testing.T) {
	const meeting = "event:meeting:international-meeting-on-zorbia"
	const opening = "Joint Statement on the International Meeting on Zorbia in Astana, January 23-24, 2017\n\n" +
		"On January 23-24, 2017, an International Meeting on Zorbia took place in Astana.\n\n" +
		"The talks were held behind closed doors.\n\n"
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "the meeting under two names is one",
			text: opening + "Taking part were delegations of the Government of Syria, headed by Bashar al-Jaafari, and of the armed opposition, headed by Mohammad Alloush.",
			want: []string{"PARTICIPATED_IN country:syria " + meeting, "PARTICIPATED_IN person:bashar-al-jaafari " + meeting,
				"PARTICIPATED_IN person:mohammad-alloush " + meeting, "HELD_IN " + meeting + " place:astana"},
			not: []string{"PARTICIPATED_IN country:syria event:meeting:international-meeting-on-zorbia-in-astana"}},
		{name: "delegations headed by, the verb left out after the first",
			text: opening + "The Russian delegation was headed by Special Presidential Envoy for the Syrian settlement Alexander Lavrentiev, the Iranian delegation by Deputy Foreign Minister Hossein Jaberi Ansari, and the Turkish delegation by Sedat Önal.",
			want: []string{"PARTICIPATED_IN country:russia " + meeting, "PARTICIPATED_IN person:alexander-lavrentiev " + meeting,
				"PARTICIPATED_IN country:iran " + meeting, "PARTICIPATED_IN person:hossein-jaberi-ansari " + meeting,
				"PARTICIPATED_IN country:turkey " + meeting, "PARTICIPATED_IN person:sedat-onal " + meeting}},
		{name: "no verb told: no delegation read",
			text: opening + "The Russian delegation by the lake, the Iranian delegation by Hossein Jaberi Ansari.",
			not:  []string{"PARTICIPATED_IN person:hossein-jaberi-ansari " + meeting}},
		{name: "represented by a titled envoy, sentences after the meeting",
			text: opening + "The United States was represented by its Ambassador to Kazakhstan, George Krol.",
			want: []string{"PARTICIPATED_IN country:united-states " + meeting, "PARTICIPATED_IN person:george-krol " + meeting},
			not:  []string{"PARTICIPATED_IN country:kazakhstan " + meeting}},
		{name: "two meetings told: which one is not said",
			text: opening + "In 2016 the Geneva Conference on Quxland was held in Geneva.\n\nThe United States was represented by its Ambassador to Kazakhstan, George Krol.",
			not:  []string{"PARTICIPATED_IN person:george-krol " + meeting}},
	})
}
