package extract

import "testing"

// TestAtGatheringParticipants: the subject of a clause that did something
// at a gathering took part in it; an object, a plan, a war and a subject
// with no verb between it and the gathering give nothing.
func TestAtGatheringParticipants(t *testing.T) {
	const summit = "event:khartoum-summit"
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"two leaders came to terms at a summit, in a clause after a conjunction",
			"The war ended only after [Nasser|person:nasser] and [Faisal|person:faisal] came to terms at the [Khartoum summit|event:khartoum-summit].",
			[]string{"PARTICIPATED_IN person:nasser " + summit, "PARTICIPATED_IN person:faisal " + summit}},
		{"a state opening the sentence signed something on the sidelines of a summit",
			"[Oman|country:oman] signed a trade pact with Iraq on the sidelines of the [Khartoum summit|event:khartoum-summit].",
			[]string{"PARTICIPATED_IN country:oman " + summit}},
		{"one who will speak at a summit did not yet",
			"[Nasser|person:nasser] will speak at the [Khartoum summit|event:khartoum-summit].",
			nil},
		{"a war is no gathering",
			"[Nasser|person:nasser] lost troops at the [Six-Day War|event:six-day-war].",
			nil},
		{"a sentence opening at a summit, its body and month passed over",
			"At the [Khartoum summit|event:khartoum-summit] of the [Arab League|organization:arab-league] that August, [Nasser|person:nasser] and [Faisal|person:faisal] agreed on a mutual disengagement.",
			[]string{"PARTICIPATED_IN person:nasser " + summit, "PARTICIPATED_IN person:faisal " + summit}},
		{"a clause opening at a summit in mid-sentence, its venue passed over",
			"Mediation ended the fighting in March, and at the [Khartoum summit|event:khartoum-summit], held in [Khartoum|place:khartoum] at the end of that month, [Saleh|person:saleh] and [Ismail|person:ismail] pledged to unite.",
			[]string{"PARTICIPATED_IN person:saleh " + summit, "PARTICIPATED_IN person:ismail " + summit}},
		{"a sentence opening at a summit whose subject only plans",
			"At the [Khartoum summit|event:khartoum-summit], [Nasser|person:nasser] will propose a truce.",
			nil},
		{"no verb between the subject and the gathering",
			"[Nasser|person:nasser]'s speech at the [Khartoum summit|event:khartoum-summit] was long.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"PARTICIPATED_IN"}, nil, tt.want)
		})
	}
}
