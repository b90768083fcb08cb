package extract

import "testing"

func TestActions(t *testing.T) {
	types := []string{"ATTACKED", "SANCTIONED", "WITHDREW_FROM", "PARTY_TO"}
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		// ATTACKED
		{"possessive attack against", []string{
			"We condemn [Iran|country:iran]’s direct and unprecedented attack against [Israel|country:israel]."},
			[]string{"ATTACKED country:iran country:israel"}},
		{"fired towards", []string{
			"[Iran|country:iran] fired hundreds of drones and missiles towards [Israel|country:israel]."},
			[]string{"ATTACKED country:iran country:israel"}},
		{"exchange of attacks goes both ways", []string{
			"A prime example is the recent exchange of fresh attacks between [Iran|country:iran] and [Israel|country:israel] early on a Saturday."},
			[]string{"ATTACKED country:iran country:israel", "ATTACKED country:israel country:iran"}},
		{"adjective attacker, possessive target", []string{
			"After [U.S.|country:united-states] strikes on [Iran|country:iran]'s nuclear sites, oil rose."},
			[]string{"ATTACKED country:united-states country:iran"}},
		{"demonym attacker", []string{
			"[Israeli|country:israel|demonym] airstrikes on [Iran|country:iran] continued."},
			[]string{"ATTACKED country:israel country:iran"}},
		{"launched strikes on", []string{
			"[Israel|country:israel] launched deadly airstrikes on [Iran|country:iran]."},
			[]string{"ATTACKED country:israel country:iran"}},
		{"passive", []string{
			"[Natanz|place:natanz] was struck by [Israel|country:israel]."},
			[]string{"ATTACKED country:israel place:natanz"}},
		{"took unilateral action against", []string{
			"Tonight, [Israel|country:israel] took unilateral action against [Iran|country:iran]."},
			[]string{"ATTACKED country:israel country:iran"}},
		{"several places struck", []string{
			"[Israel|country:israel] struck [Natanz|place:natanz] and [Fordow|place:fordow]."},
			[]string{"ATTACKED country:israel place:fordow", "ATTACKED country:israel place:natanz"}},
		{"site in a country", []string{
			"On 6 September 2007, [Israel|country:israel] bombed an officially unidentified site in [Syria|country:syria]."},
			[]string{"ATTACKED country:israel country:syria"}},
		{"army invaded a province", []string{
			"The [Iraqi|country:iraq|demonym] army invaded the western [Iranian|country:iran|demonym] province of [Khuzestan|place:khuzestan]."},
			[]string{"ATTACKED country:iraq place:khuzestan"}},
		{"adverb and demonym target", []string{
			"The [United States|country:united-states] successfully struck [Iranian|country:iran|demonym] nuclear sites."},
			[]string{"ATTACKED country:united-states country:iran"}},
		{"attacks by on", []string{
			"Drone attacks by the [Houthis|organization:houthis] on [Saudi Arabia|country:saudi-arabia] continued."},
			[]string{"ATTACKED organization:houthis country:saudi-arabia"}},
		{"possessive invasion of", []string{
			"[Iraq|country:iraq]'s invasion of [Kuwait|country:kuwait] began the war."},
			[]string{"ATTACKED country:iraq country:kuwait"}},
		{"possessor of something else", []string{
			"It served [America|country:united-states]'s national security to order strikes on [Iran|country:iran]."},
			nil},
		{"shot down a state's drone", []string{
			"[Iran|country:iran] shot down a [U.S.|country:united-states] drone over the strait."},
			[]string{"ATTACKED country:iran country:united-states"}},
		{"hit a state's name that is no target", []string{
			"[Iran|country:iran] hit a [U.S.|country:united-states] record in oil exports."},
			nil},
		{"attack without a target", []string{
			"This followed [Israel|country:israel]'s launch of deadly airstrikes it said were in response to [Iranian|country:iran|demonym] aggression."},
			nil},
		{"not involved in strikes", []string{
			"The [United States|country:united-states] is not involved in strikes against [Iran|country:iran]."},
			nil},
		{"threat is no attack", []string{
			"[Iran|country:iran] could attack [Israel|country:israel] if provoked."},
			nil},

		// SANCTIONED
		{"sanctioned", []string{
			"The [Department of the Treasury|organization:us-department-of-the-treasury] sanctioned [Mohammad Hossein Shamkhani|person:mohammad-hossein-shamkhani]."},
			[]string{"SANCTIONED organization:us-department-of-the-treasury person:mohammad-hossein-shamkhani"}},
		{"imposed sanctions on", []string{
			"The [European Union|organization:european-union] imposed new sanctions on [Iran|country:iran]."},
			[]string{"SANCTIONED organization:european-union country:iran"}},
		{"designated", []string{
			"network of [U.S.|country:united-states]-designated [Mohammad Hossein Shamkhani|person:mohammad-hossein-shamkhani], which serves Iran."},
			[]string{"SANCTIONED country:united-states person:mohammad-hossein-shamkhani"}},
		{"sanctions noun after the sanctioning state", []string{
			"[U.S.|country:united-states] sanctions on [Iran|country:iran] have hurt its economy."},
			[]string{"SANCTIONED country:united-states country:iran"}},
		{"acronym before the verb", []string{
			"The [Office of Foreign Assets Control|organization:ofac] ([OFAC|organization:ofac]) designated [Mohammad Hossein Shamkhani|person:mohammad-hossein-shamkhani] today."},
			[]string{"SANCTIONED organization:ofac person:mohammad-hossein-shamkhani"}},
		{"which was sanctioned by", []string{
			"[Sepehr Energy|organization:sepehr-energy], which was sanctioned by the [United States|country:united-states] in 2019, ships oil."},
			[]string{"SANCTIONED country:united-states organization:sepehr-energy"}},
		{"possessed object", []string{
			"The [United States|country:united-states] designated [Iran|country:iran]’s [Islamic Revolutionary Guard Corps|organization:irgc] as a terrorist group."},
			[]string{"SANCTIONED country:united-states organization:irgc"}},
		{"pronoun subject in a list of deeds", []string{
			"[United States|country:united-states] President [Donald Trump|person:donald-trump|title=President] built on his first term, when he withdrew from the deal, imposed maximum pressure, and designated [Iran|country:iran]’s [Islamic Revolutionary Guard Corps|organization:irgc] as a terrorist group."},
			[]string{"SANCTIONED country:united-states organization:irgc"}},
		{"maximum pressure", []string{
			"The [United States|country:united-states] restored maximum pressure on [Iran|country:iran]."},
			[]string{"SANCTIONED country:united-states country:iran"}},
		{"pronoun with two people is ambiguous", []string{
			"[Donald Trump|person:donald-trump] told [Benjamin Netanyahu|person:benjamin-netanyahu] that he designated [Hamas|organization:hamas]."},
			nil},
		{"will consider sanctions", []string{
			"The [United States|country:united-states] will consider fresh sanctions against [Iran|country:iran]."},
			nil},
		{"sanctions lifted is no sanctioning", []string{
			"The [United States|country:united-states] lifted sanctions on [Iran|country:iran]."},
			nil},

		// WITHDREW_FROM
		{"from which", []string{
			"This is compounded by the [JCPOA|agreement:jcpoa], from which the [U.S.|country:united-states] unilaterally withdrew, creating a hurdle."},
			[]string{"WITHDREW_FROM country:united-states agreement:jcpoa"}},
		{"withdrew from", []string{
			"In 2018 the [United States|country:united-states] withdrew from the [JCPOA|agreement:jcpoa]."},
			[]string{"WITHDREW_FROM country:united-states agreement:jcpoa"}},
		{"pronoun with the sentence's only person", []string{
			"President [Trump|person:donald-trump|title=President] is building on his record, when he withdrew from the flawed [Iran nuclear deal|agreement:jcpoa]."},
			[]string{"WITHDREW_FROM person:donald-trump agreement:jcpoa"}},
		{"possessive withdrawal", []string{
			"The [United States|country:united-states]' withdrawal from the [JCPOA|agreement:jcpoa] hurt trust."},
			nil},
		{"threat to quit", []string{
			"[Iran|country:iran] threatened it would quit the [JCPOA|agreement:jcpoa]."},
			nil},

		// PARTY_TO
		{"signed", []string{
			"[Iran|country:iran] signed the [Joint Plan of Action|agreement:jpoa] in Geneva."},
			[]string{"PARTY_TO country:iran agreement:jpoa"}},
		{"commitments under", []string{
			"The agency says [Iran|country:iran] has complied with its commitments under the [Joint Comprehensive Plan of Action|agreement:jcpoa]."},
			[]string{"PARTY_TO country:iran agreement:jcpoa"}},
		{"return to compliance", []string{
			"A solution provides for the return of [Iran|country:iran] and the [U.S.|country:united-states] to full compliance with the [JCPOA|agreement:jcpoa]."},
			[]string{"PARTY_TO country:iran agreement:jcpoa", "PARTY_TO country:united-states agreement:jcpoa"}},
		{"signed by", []string{
			"The [Algiers Accords|agreement:algiers-accords], signed by [Iran|country:iran] and the [United States|country:united-states], ended the crisis."},
			[]string{"PARTY_TO country:iran agreement:algiers-accords", "PARTY_TO country:united-states agreement:algiers-accords"}},
		{"signs an agreement with", []string{
			"[Iran|country:iran] signs an [interim agreement|agreement:jpoa] with the [P5+1|organization:p5-plus-1]."},
			[]string{"PARTY_TO country:iran agreement:jpoa", "PARTY_TO organization:p5-plus-1 agreement:jpoa"}},
		{"agreement reached between", []string{
			"The [Joint Comprehensive Plan of Action|agreement:jcpoa], an agreement reached between [Iran|country:iran] and the [P5+1|organization:p5-plus-1], was created on 14 July 2015."},
			[]string{"PARTY_TO country:iran agreement:jcpoa", "PARTY_TO organization:p5-plus-1 agreement:jcpoa"}},
		{"came to an agreement", []string{
			"On 14 July 2015, [Tehran|place:tehran|metonym=country:iran] and the [P5+1|organization:p5-plus-1] came to a historic agreement ([Joint Comprehensive Plan of Action|agreement:jcpoa]) to end sanctions."},
			[]string{"PARTY_TO country:iran agreement:jcpoa", "PARTY_TO organization:p5-plus-1 agreement:jcpoa"}},
		{"led to impose sanctions", []string{
			"This has led the [United Nations Security Council|organization:unsc] to impose sanctions against [Iran|country:iran]."},
			[]string{"SANCTIONED organization:unsc country:iran"}},
		{"threatened to sanction", []string{
			"The [United States|country:united-states] threatened to impose sanctions on [Iraq|country:iraq]."},
			nil},
		{"refused to sign", []string{
			"[Iran|country:iran] refused to sign the [Additional Protocol|agreement:additional-protocol]."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, types, nil, tt.want)
		})
	}
}
