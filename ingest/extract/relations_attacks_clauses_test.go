package extract

import "testing"

// TestAttackClauses: attacks told around a place, a gerund, a reply or the
// target's own troops, with the look-alikes that must stay silent.
func TestAttackClauses(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"a headline in the present, the attacker's place between", "[Houthi rebels|organization:houthis] in [Yemen|country:yemen] fire a ballistic missile at [King Khalid International Airport|place:king-khalid-international-airport] in [Riyadh|place:riyadh].",
			[]string{"ATTACKED organization:houthis place:king-khalid-international-airport"}},
		{"the attacker's place before a state's facilities", "[Houthi rebels|organization:houthis] in [Yemen|country:yemen] fired missiles at [Saudi|country:saudi-arabia|demonym] oil facilities.",
			[]string{"ATTACKED organization:houthis country:saudi-arabia"}},
		{"the attacker's place is no attacker", "[Hezbollah|organization:hezbollah] in [Lebanon|country:lebanon] fired rockets into northern [Israel|country:israel].",
			[]string{"ATTACKED organization:hezbollah country:israel"}},
		{"a place of an attacker that only talks", "[Houthi rebels|organization:houthis] in [Yemen|country:yemen] met envoys from [Oman|country:oman].",
			nil},
		{"retaliated by launching missiles", "[Iran|country:iran] retaliated by launching missiles at [US|country:united-states] bases.",
			[]string{"ATTACKED country:iran country:united-states"}},
		{"responded with airstrikes on targets in", "[Israel|country:israel] responded with airstrikes and artillery fire on targets in [Lebanon|country:lebanon].",
			[]string{"ATTACKED country:israel country:lebanon"}},
		{"responded with sanctions is no attack", "[China|country:china] responded with sanctions on [Lithuania|country:lithuania].",
			nil},
		{"a reply that was only threatened", "[Iran|country:iran] threatened to respond by launching missiles at [Israel|country:israel].",
			nil},
		{"a gerund after an invasion", "[Iraq|country:iraq] invaded [Iran|country:iran], first attacking [Mehrabad Airport|place:mehrabad-airport] and then entering [Khuzestan|place:khuzestan].",
			[]string{"ATTACKED country:iraq country:iran", "ATTACKED country:iraq place:mehrabad-airport"}},
		{"a gerund of words after a visit", "[China|country:china] visited [Russia|country:russia], attacking [Japan|country:japan] in a speech.",
			nil},
		{"attacks from a place on a state", "The [PLO|organization:palestine-liberation-organization] attacks from [Lebanon|country:lebanon] on [Israel|country:israel] led to a war.",
			[]string{"ATTACKED organization:palestine-liberation-organization country:israel"}},
		{"attacks a clause after a place tells of are not the group's", "[United States|country:united-states] strikes [Kataib Hezbollah|organization:kh] sites in [Iraq|country:iraq] after attacks on [American|country:united-states|demonym] troops.",
			[]string{"ATTACKED country:united-states organization:kh"}},
		{"cyber attacks from a place", "The [Russian|country:russia|demonym] cyber attacks from [Moscow|place:moscow] on [Estonia|country:estonia] were reported.",
			nil},
		{"troops hit by attacks by a state", "[Iraq|country:iraq]'s troops began to suffer losses from human wave attacks by [Iran|country:iran].",
			[]string{"ATTACKED country:iran country:iraq"}},
		{"at the hands of a navy", "[Iraq|country:iraq]'s oil industry suffered at the hands of the [Iranian|country:iran|demonym] navy.",
			[]string{"ATTACKED country:iran country:iraq"}},
		{"at the hands of sanctions is no attack", "[Iran|country:iran]'s economy suffered at the hands of [US|country:united-states] sanctions.",
			nil},
		{"a series of rocket attacks and raids into a state's territory", "On 12 July 2006, [Hezbollah|organization:hezbollah] launched a series of rocket attacks and raids into [Israeli|country:israel|demonym] territory.",
			[]string{"ATTACKED organization:hezbollah country:israel"}},
		{"an invasion of a state", "The [Israeli|country:israel|demonym] invasion of [Lebanon|country:lebanon] began in 1982.",
			[]string{"ATTACKED country:israel country:lebanon"}},
		{"partners in a dash parenthesis attack, supporters do not", "[U.S.|country:united-states] military forces—together with the [United Kingdom|country:united-kingdom] and with support from [Australia|country:australia] and [Canada|country:canada]—conducted strikes against targets in [Yemen|country:yemen] used by [Houthi rebels|organization:houthis].",
			[]string{"ATTACKED country:united-states country:yemen", "ATTACKED country:united-kingdom country:yemen"}},
		{"supporters between commas", "The [United States|country:united-states], with support from [Canada|country:canada], conducted strikes against [Houthi|organization:houthis] targets.",
			[]string{"ATTACKED country:united-states organization:houthis"}},
		{"a parenthesis before a verb of words", "The [United States|country:united-states], with support from [Canada|country:canada], condemned strikes against [Syria|country:syria].",
			nil},
		{"a parenthesis before a denied attack", "The [United States|country:united-states], together with [Canada|country:canada], did not conduct strikes against [Syria|country:syria].",
			nil},
		{"two adjectives before strikes", "[US|country:united-states] and [British|country:united-kingdom|demonym] strikes on [Houthi|organization:houthis] targets continued.",
			[]string{"ATTACKED country:united-states organization:houthis", "ATTACKED country:united-kingdom organization:houthis"}},
		{"shelling of a list of cities", "[Israeli|country:israel|demonym] shelling of the cities of [Port Said|place:port-said], [Ismailia|place:ismailia], and [Suez|place:suez] led to casualties.",
			[]string{"ATTACKED country:israel place:port-said", "ATTACKED country:israel place:ismailia", "ATTACKED country:israel place:suez"}},
		{"a list of targets stops at a demonym", "[US|country:united-states] strikes on [Iraq|country:iraq] and [Iranian|country:iran|demonym] oil prices rose.",
			[]string{"ATTACKED country:united-states country:iraq"}},
		{"talks between, then strikes", "Talks between [Iran|country:iran] and [US|country:united-states] strikes on [Syria|country:syria] stalled.",
			[]string{"ATTACKED country:united-states country:syria"}},
		{"a possessive with modifiers before strikes on a state's airfields", "[Israel|country:israel]'s pre-emptive strikes against [Egyptian|country:egypt|demonym] airfields began the war.",
			[]string{"ATTACKED country:israel country:egypt"}},
		{"a response to attacks is not the attacker's", "[Iran|country:iran]'s response to attacks on [Israel|country:israel] was muted.",
			nil},
		{"resumed airstrikes, present tense of a headline", "[Israel|country:israel] resumes airstrikes on [Gaza|place:gaza].",
			[]string{"ATTACKED country:israel place:gaza"}},
		{"a passive in the present", "[Gaza|place:gaza] is struck by [Israel|country:israel] again.",
			[]string{"ATTACKED country:israel place:gaza"}},
		{"captured a territory", "In 1967, [Israel|country:israel] captured the [Sinai Peninsula|place:sinai-peninsula] from [Egypt|country:egypt].",
			[]string{"ATTACKED country:israel place:sinai-peninsula"}},
		{"a territory not captured", "[Israel|country:israel] never captured [Damascus|place:damascus].",
			nil},
		{"attacked each other's tankers", "During the war, [Iraq|country:iraq] and [Iran|country:iran] attacked each other's tankers.",
			[]string{"ATTACKED country:iraq country:iran", "ATTACKED country:iran country:iraq"}},
		{"praised each other", "[Iraq|country:iraq] and [Iran|country:iran] praised each other.",
			nil},
		{"a war fought against a state", "[Iraq|country:iraq] fought a long war against [Iran|country:iran] from 1980 to 1988.",
			[]string{"ATTACKED country:iraq country:iran", "ATTACKED country:iran country:iraq"}},
		{"went to war with", "In 1967, [Israel|country:israel] went to war with [Egypt|country:egypt].",
			[]string{"ATTACKED country:israel country:egypt", "ATTACKED country:egypt country:israel"}},
		{"a war threatened", "[Israel|country:israel] threatened to go to war with [Egypt|country:egypt].",
			nil},
		{"a war of words", "[Iran|country:iran] waged a war of words with [Israel|country:israel].",
			nil},
		{"an operation launched against a state's platforms", "The [United States|country:united-states] launched [Operation Praying Mantis|event:operation-praying-mantis] against [Iranian|country:iran|demonym] oil platforms.",
			[]string{"ATTACKED country:united-states country:iran"}},
		{"an operation to evacuate from a state", "The [United States|country:united-states] launched [Operation Eagle Claw|event:operation-eagle-claw] to rescue hostages in [Iran|country:iran].",
			nil},
		{"a state's army invaded", "In 1990, [Iraq|country:iraq]'s army invaded [Kuwait|country:kuwait].",
			[]string{"ATTACKED country:iraq country:kuwait"}},
		{"a state's proxies are not the state", "[Iran|country:iran]'s proxies attacked [Israel|country:israel].",
			nil},
		{"a state's army that trained", "[Iraq|country:iraq]'s army trained with [Jordan|country:jordan].",
			nil},
		{"the invasion of a state by another", "The invasion of [Kuwait|country:kuwait] by [Iraq|country:iraq] began in 1990.",
			[]string{"ATTACKED country:iraq country:kuwait"}},
		{"attacks on a state by a group", "Attacks on [Israel|country:israel] by [Hezbollah|organization:hezbollah] rose.",
			[]string{"ATTACKED organization:hezbollah country:israel"}},
		{"cyber attacks on a state by another", "Cyber attacks on [Iran|country:iran] by [Israel|country:israel] rose.",
			nil},
		{"a visit of a state by a minister is no attack", "The recognition of [Kuwait|country:kuwait] by [Iraq|country:iraq] came in 1963.",
			nil},
		{"a state which another invaded", "[Kuwait|country:kuwait], which [Iraq|country:iraq] invaded in 1990, was freed.",
			[]string{"ATTACKED country:iraq country:kuwait"}},
		{"a state which another recognised", "[Kuwait|country:kuwait], which [Iraq|country:iraq] recognized in 1963, is small.",
			nil},
		{"a second verb attacks", "[Hezbollah|organization:hezbollah] crossed the border and attacked [Israel|country:israel] in 2006.",
			[]string{"ATTACKED organization:hezbollah country:israel"}},
		{"a second verb that is no attack", "[Iran|country:iran] crossed the border and visited [Iraq|country:iraq].",
			nil},
		{"a second verb only planned", "[Iran|country:iran] massed troops and planned to attack [Iraq|country:iraq].",
			nil},
		{"unleashed a barrage of rockets", "[Hamas|organization:hamas] unleashed a barrage of rockets at [Israel|country:israel].",
			[]string{"ATTACKED organization:hamas country:israel"}},
		{"fired from a place into a state", "[Hamas|organization:hamas] fired rockets from [Gaza|place:gaza] into [Israel|country:israel].",
			[]string{"ATTACKED organization:hamas country:israel"}},
		{"flew from a place into a state", "[Iran|country:iran] flew envoys from [Muscat|place:muscat] into [Geneva|place:geneva].",
			nil},
		{"two sides fought a war", "In 2006, [Israel|country:israel] and [Hezbollah|organization:hezbollah] fought a 34-day war.",
			[]string{"ATTACKED country:israel organization:hezbollah", "ATTACKED organization:hezbollah country:israel"}},
		{"an operation in a territory", "[Israel|country:israel] launched [Operation Protective Edge|event:operation-protective-edge] in the [Gaza Strip|place:gaza-strip].",
			[]string{"ATTACKED country:israel place:gaza-strip"}},
		{"a state's Air Force destroyed", "[Israel|country:israel] destroyed the [Egyptian|country:egypt|demonym] Air Force on the ground.",
			[]string{"ATTACKED country:israel country:egypt"}},
		{"a state's shelling of a city", "[Jordan|country:jordan]'s shelling of [West Jerusalem|place:west-jerusalem] began on 5 June.",
			[]string{"ATTACKED country:jordan place:west-jerusalem"}},
		{"a group's incursion into a state", "[Hezbollah|organization:hezbollah]'s cross-border incursion into [Israel|country:israel] started the war.",
			[]string{"ATTACKED organization:hezbollah country:israel"}},
		{"conquered a city", "In 1967, [Israel|country:israel] conquered [East Jerusalem|place:east-jerusalem].",
			[]string{"ATTACKED country:israel place:east-jerusalem"}},
		{"a state's support for the shelling of a city", "[Iran|country:iran]'s support for the shelling of [Haifa|place:haifa] was denied.",
			nil},
		{"an invasion feared", "[Syria|country:syria] feared an [Israeli|country:israel|demonym] invasion of [Lebanon|country:lebanon].",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"ATTACKED"}, nil, tt.want)
		})
	}
}

// TestAttackSeriesIsNoEvent: a series of attacks gives ATTACKED but not
// one dated attack event.
func TestAttackSeriesIsNoEvent(t *testing.T) {
	rs := checkRelations(t, "", []string{"On 12 July 2006, [Hezbollah|organization:hezbollah] launched a series of rocket attacks on [Israel|country:israel]."},
		[]string{"ATTACKED"}, nil, []string{"ATTACKED organization:hezbollah country:israel"})
	if len(rs.Events) != 0 {
		t.Errorf("events: got %d, want none", len(rs.Events))
	}
	rs = checkRelations(t, "", []string{"On 12 July 2006, [Hezbollah|organization:hezbollah] launched a rocket attack on [Israel|country:israel]."},
		[]string{"ATTACKED"}, nil, []string{"ATTACKED organization:hezbollah country:israel"})
	if len(rs.Events) != 1 {
		t.Errorf("events: got %d, want one", len(rs.Events))
	}
}
