package extract

import "testing"

// TestAttacksMore: an invasion "of" launched by a state, a target hit by a
// state's weapon, attacks told with the attack as subject; and the
// look-alikes.
func TestAttacksMore(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"launched an air campaign targeting a state's programmes", []string{
			"The conflict began when [Israel|country:israel] launched an air campaign targeting [Iran|country:iran]'s nuclear programme."},
			[]string{"ATTACKED country:israel country:iran"}},
		{"a diplomatic campaign is no attack", []string{
			"[Iran|country:iran] launched a diplomatic campaign targeting [Israel|country:israel]."},
			nil},
		{"a state's forces came under gunfire from a group", []string{
			"[Israel|country:israel]'s forces came under heavy gunfire from [Hezbollah|organization:hezbollah]."},
			[]string{"ATTACKED organization:hezbollah country:israel"}},
		{"strikes on plural places, the names after including", []string{
			"[Israel|country:israel] launched airstrikes on three Houthi-controlled ports, including [Hodeidah|place:hodeidah], [Ras Isa|place:ras-isa] and [Salif|place:salif], on Monday."},
			[]string{"ATTACKED country:israel place:hodeidah", "ATTACKED country:israel place:ras-isa", "ATTACKED country:israel place:salif"}},
		{"a visit to plural places is no attack", []string{
			"[Israel|country:israel] visited three cities, including [Tehran|place:tehran] and [Tabriz|place:tabriz]."},
			nil},
		{"a word of a name is no modality of the clause", []string{
			"[Israel|country:israel] struck [Camp Hope|place:camp-hope] in 2024."},
			[]string{"ATTACKED country:israel place:camp-hope"}},
		{"targets in and around a town", []string{
			"[Russian|country:russia|demonym] aircraft had bombed targets in and around the town of [Gori|place:gori]."},
			[]string{"ATTACKED country:russia place:gori"}},
		{"seized a town", []string{
			"The [Saudi|country:saudi-arabia|demonym] army seized the town of [Khafji|place:khafji]."},
			[]string{"ATTACKED country:saudi-arabia place:khafji"}},
		{"recaptured a peninsula", []string{
			"[Iranian|country:iran|demonym] forces recaptured the [Faw Peninsula|place:faw] in 1988."},
			[]string{"ATTACKED country:iran place:faw"}},
		{"besieged a fort", []string{
			"The [Ottoman|country:ottoman-empire|demonym] army besieged the fort at [Al Wajbah|place:al-wajbah]."},
			[]string{"ATTACKED country:ottoman-empire place:al-wajbah"}},
		{"a seized tanker is no attack on the state it sails for", []string{
			"[Iran|country:iran] seized the [British|country:united-kingdom|demonym] tanker Stena Impero."},
			nil},
		{"captured sailors are no attack on their state", []string{
			"[Iran|country:iran] captured [British|country:united-kingdom|demonym] sailors in 2007."},
			nil},
		{"launched an invasion of", []string{
			"[Iraq|country:iraq] launched a full-scale invasion of [Iran|country:iran]."},
			[]string{"ATTACKED country:iraq country:iran"}},
		{"began the bombardment of a city", []string{
			"[Israel|country:israel] began the bombardment of [Beirut|place:beirut]."},
			[]string{"ATTACKED country:israel place:beirut"}},
		{"considered an invasion is no attack", []string{
			"[Iraq|country:iraq] considered an invasion of [Kuwait|country:kuwait]."},
			nil},
		{"launched a review of is no attack", []string{
			"[Iran|country:iran] launched a review of [Iraq|country:iraq] policy."},
			nil},
		{"destroyed by a state's air strike", []string{
			"The [Osirak|place:osirak] reactor was destroyed by an [Israeli|country:israel|demonym] air strike in 1981."},
			[]string{"ATTACKED country:israel place:osirak"}},
		{"damaged by a state's jets", []string{
			"[Natanz|place:natanz] was badly damaged by [Israeli|country:israel|demonym] jets."},
			[]string{"ATTACKED country:israel place:natanz"}},
		{"hit by a delegation is no attack", []string{
			"[Natanz|place:natanz] was visited by an [Iranian|country:iran|demonym] delegation."},
			nil},
		{"strikes against a group were conducted by two states", []string{
			"The strikes against the [Houthis|organization:houthis] in [Yemen|country:yemen] were conducted by the [United States|country:united-states] and the [United Kingdom|country:united-kingdom]."},
			[]string{"ATTACKED country:united-states organization:houthis", "ATTACKED country:united-kingdom organization:houthis"}},
		{"airstrikes on a place were carried out", []string{
			"Airstrikes on [Gaza|place:gaza] were carried out by [Israel|country:israel] on Monday."},
			[]string{"ATTACKED country:israel place:gaza"}},
		{"a capital struck, its state never named", []string{
			"[Israeli|country:israel|demonym] jets struck [Beirut|place:beirut|metonym=country:lebanon] on Monday."},
			[]string{"ATTACKED country:israel place:beirut"}},
		{"a capital struck, its state named: the city is what was hit", []string{
			"[Lebanon|country:lebanon] protested after [Israel|country:israel] struck [Beirut|place:beirut|metonym=country:lebanon]."},
			[]string{"ATTACKED country:israel place:beirut"}},
		{"missile attacks against a capital", []string{
			"[Iran|country:iran] launched a number of missile attacks against [Baghdad|place:baghdad|metonym=country:iraq] in retaliation.",
			"[Iraq|country:iraq] protested."},
			[]string{"ATTACKED country:iran place:baghdad"}},
		{"attacks were not conducted", []string{
			"Attacks on [Iran|country:iran] were not conducted by the [United States|country:united-states]."},
			nil},
		{"talks on a state were conducted by", []string{
			"Talks on [Iran|country:iran] were conducted by the [United States|country:united-states]."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"ATTACKED"}, nil, tt.want)
		})
	}
}

// TestNominalDemonyms: a demonym with no plural, after "the" and before a
// verb or the end of its phrase, is the people of its state acting ("the
// British bombed Baghdad"); before a noun it qualifies it and is no actor.
func TestNominalDemonyms(t *testing.T) {
	checkMarkedCases(t, []string{"ATTACKED"}, []markedCase{
		{"the people before a verb", []string{
			"The [British|country:united-kingdom|demonym] bombed [Baghdad|place:baghdad] in 1941."},
			[]string{"ATTACKED country:united-kingdom place:baghdad"}},
		{"the people as a passive's agent", []string{
			"[Baghdad|place:baghdad] was captured by the [British|country:united-kingdom|demonym] in 1917."},
			[]string{"ATTACKED country:united-kingdom place:baghdad"}},
		{"an adjective before its noun", []string{
			"The [British|country:united-kingdom|demonym] embassy staff left [Baghdad|place:baghdad] in 1941."},
			nil},
		{"no article: an adjective", []string{
			"[British|country:united-kingdom|demonym] officials said [Baghdad|place:baghdad] was calm."},
			nil},
	})
}

// TestLedMilitants: militants a group leads are the group's ("Hamas-led
// militants attacked southern Israel"); militants a state backs are not the
// state's.
func TestLedMilitants(t *testing.T) {
	checkMarkedCases(t, []string{"ATTACKED"}, []markedCase{
		{"led militants", []string{
			"[Hamas|organization:hamas]-led militants attacked southern [Israel|country:israel]."},
			[]string{"ATTACKED organization:hamas country:israel"}},
		{"backed militants", []string{
			"[Iran|country:iran]-backed militants attacked [Erbil|place:erbil]."},
			nil},
	})
}

// TestSingularStrikeNouns: one airstrike or raid on a target is an attack
// as the plural is ("an Israeli airstrike on Hezbollah", "the 1973 Israeli
// raid on Lebanon").
func TestSingularStrikeNouns(t *testing.T) {
	checkMarkedCases(t, []string{"ATTACKED"}, []markedCase{
		{"an airstrike on a group", []string{
			"An [Israeli|country:israel|demonym] airstrike on [Hezbollah|organization:hezbollah]'s headquarters killed ten."},
			[]string{"ATTACKED country:israel organization:hezbollah"}},
		{"a raid on a state", []string{
			"It responded with the 1973 [Israeli|country:israel|demonym] raid on [Lebanon|country:lebanon]."},
			[]string{"ATTACKED country:israel country:lebanon"}},
		{"an air strike feared", []string{
			"Officials fear an [Israeli|country:israel|demonym] air strike on [Lebanon|country:lebanon]."},
			nil},
	})
}
