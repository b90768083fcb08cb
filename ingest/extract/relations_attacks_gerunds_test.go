package extract

import "testing"

// TestGerundAttacks: a gerund later in a clause of war struck what it
// names, for the clause's subject; with the negatives.
func TestGerundAttacks(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"launched an operation, bombing a plant at", "On 13 June 2025 [Israel|country:israel] launched [Operation Rising Lion|event:operation-rising-lion] against [Iran|country:iran]'s nuclear programme, bombing the enrichment plant at [Natanz|place:natanz] and killing a commander.",
			[]string{"ATTACKED country:israel country:iran", "ATTACKED country:israel place:natanz"}},
		{"joined the campaign, striking a list", "The [United States|country:united-states] joined the campaign on 22 June 2025 with [Operation Midnight Hammer|event:operation-midnight-hammer], striking [Fordow|place:fordow], [Natanz|place:natanz] and [Isfahan|place:isfahan].",
			[]string{"ATTACKED country:united-states place:fordow", "ATTACKED country:united-states place:natanz", "ATTACKED country:united-states place:isfahan"}},
		{"a clause after while", "[Israel|country:israel] answered with a ground offensive, while [Hezbollah|organization:hezbollah] fired about 4,000 rockets, hitting [Haifa|place:haifa] among other cities.",
			[]string{"ATTACKED organization:hezbollah place:haifa"}},
		{"killing commanders in airstrikes on", "The fighting began on Tuesday when [Israel|country:israel] launched an operation, killing three senior [Islamic Jihad|organization:palestinian-islamic-jihad] commanders in airstrikes on [Gaza City|place:gaza-city] and [Rafah|place:rafah].",
			[]string{"ATTACKED country:israel place:gaza-city", "ATTACKED country:israel place:rafah"}},
		{"joined the war by shelling", "[Jordan|country:jordan], whose King [Hussein|person:hussein] had signed a defence pact with [Cairo|place:cairo] only a week earlier, joined the war that afternoon by shelling [West Jerusalem|place:west-jerusalem].",
			[]string{"ATTACKED country:jordan place:west-jerusalem"}},
		{"after a dateline, the subject's men, attacking places including", "JERUSALEM — [Hamas|organization:hamas] gunmen infiltrated southern [Israel|country:israel] on Saturday, attacking army posts and communities including [Sderot|place:sderot] and [Kibbutz Be'eri|place:beeri].",
			[]string{"ATTACKED organization:hamas place:sderot", "ATTACKED organization:hamas place:beeri"}},
		{"the gerund of another clause's subject", "[Israel|country:israel] launched an operation, but [Hamas|organization:hamas] fought back, hitting [Sderot|place:sderot].",
			nil},
		{"a relative clause between", "[Iran|country:iran] fired missiles at the base, which the militias had used, striking [Erbil|place:erbil].",
			nil},
		{"no verb of war after the subject", "[Qatar|country:qatar] hosted the talks, hitting [Doha|place:doha]'s hotels with delegations.",
			nil},
		{"a subject inside the sentence", "Officials said that [Israel|country:israel] launched strikes, hitting [Beirut|place:beirut].",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"ATTACKED"}, nil, tt.want)
		})
	}
}
