package extract

import "testing"

// TestAttackOutcomeTargets: outcome verbs before what a state owns
// ("destroyed two Iranian oil platforms"), with the negatives.
func TestAttackOutcomeTargets(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"destroyed platforms", "In 1988, the [United States|country:united-states] destroyed two [Iranian|country:iran|demonym] oil platforms.",
			[]string{"ATTACKED country:united-states country:iran"}},
		{"sank a frigate", "In 1988, the [United States|country:united-states] sank an [Iranian|country:iran|demonym] frigate.",
			[]string{"ATTACKED country:united-states country:iran"}},
		{"damaged a refinery", "[Israel|country:israel] damaged an [Iranian|country:iran|demonym] refinery in 2025.",
			[]string{"ATTACKED country:israel country:iran"}},
		{"fired rockets at a state's base", "[Hezbollah|organization:hezbollah] fired rockets at an [Israeli|country:israel|demonym] army base.",
			[]string{"ATTACKED organization:hezbollah country:israel"}},
		{"launched missiles at a state's bases", "[Iran|country:iran] launched missiles at two [US|country:united-states|demonym] bases in Iraq.",
			[]string{"ATTACKED country:iran country:united-states"}},
		{"invaded a newly declared state", "In 1948, [Egypt|country:egypt] and [Syria|country:syria] invaded the newly declared [State of Israel|country:israel].",
			[]string{"ATTACKED country:egypt country:israel", "ATTACKED country:syria country:israel"}},
		{"destroyed its own stockpile", "[Libya|country:libya] destroyed several [Libyan|country:libya|demonym] chemical stockpiles.",
			nil},
		{"denied destroying platforms", "The [United States|country:united-states] never destroyed two [Iranian|country:iran|demonym] oil platforms.",
			nil},
		{"a plan to sink boats", "The [United States|country:united-states] plans to sink several [Iranian|country:iran|demonym] boats.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"ATTACKED"}, nil, tt.want)
		})
	}
}

// TestOwnAttacksIn: a state's attacks on something in a place.
func TestOwnAttacksIn(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"their attacks in a strait", "The [United States|country:united-states] acted against the [Iranian|country:iran|demonym] regime amid their unlawful attacks on commercial shipping in the [Strait of Hormuz|place:strait-of-hormuz].",
			[]string{"ATTACKED country:iran place:strait-of-hormuz"}},
		{"the owner too far back", "[Iran|country:iran] said many things over the long years of the war about their attacks on shipping in the [Strait of Hormuz|place:strait-of-hormuz].",
			nil},
		{"planned attacks", "[Iran|country:iran] threatened to resume their attacks on shipping in the [Strait of Hormuz|place:strait-of-hormuz].",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"ATTACKED"}, nil, tt.want)
		})
	}
}

// TestAttackWordingsFromProse: encyclopedia and news wordings of attacks,
// active and passive, with the negatives that must stay silent.
func TestAttackWordingsFromProse(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"launched an operation against a group named with its people's adjective", "[Turkey|country:turkey] on Wednesday launched a military operation against the Kurdish [People's Protection Units|organization:ypg].",
			[]string{"ATTACKED country:turkey organization:ypg"}},
		{"fired a number written with a comma of rockets into a state", "[Hezbollah|organization:hezbollah] fired about 4,000 rockets into northern [Israel|country:israel].",
			[]string{"ATTACKED organization:hezbollah country:israel"}},
		{"answered with strikes on a state", "The [Houthis|organization:houthis] answered with missile strikes on [Saudi Arabia|country:saudi-arabia].",
			[]string{"ATTACKED organization:houthis country:saudi-arabia"}},
		{"a state and its allies named with words struck a state", "[Saudi Arabia|country:saudi-arabia] and its Gulf Arab allies launched air strikes in [Yemen|country:yemen] on Thursday.",
			[]string{"ATTACKED country:saudi-arabia country:yemen"}},
		{"two states' armies launched an attack", "The war began when the [Egyptian|country:egypt|demonym] and [Syrian|country:syria|demonym] armies launched a coordinated surprise attack on [Israel|country:israel].",
			[]string{"ATTACKED country:egypt country:israel", "ATTACKED country:syria country:israel"}},
		{"a state's divisions attacked positions on a place", "[Syrian|country:syria|demonym] divisions attacked the positions on the [Golan Heights|place:golan].",
			[]string{"ATTACKED country:syria place:golan"}},
		{"a terminal on an island; after and, another clause", "[Iraqi|country:iraq|demonym] aircraft repeatedly hit the oil terminal on [Kharg Island|place:kharg], and [Iranian|country:iran|demonym] gunboats attacked [Kuwaiti|country:kuwait|demonym] tankers.",
			[]string{"ATTACKED country:iraq place:kharg", "ATTACKED country:iran country:kuwait"}},
		{"the group a state backs is what was struck, not the backer", "[Saudi Arabia|country:saudi-arabia] struck the [Iran|country:iran]-backed [Houthi|organization:houthis] militia.",
			[]string{"ATTACKED country:saudi-arabia organization:houthis"}},
		{"a backer of groups not named is no target", "[Israel|country:israel] struck [Iran|country:iran]-backed militias.",
			nil},
		{"launched an operation to do something is no attack on what follows", "[Oman|country:oman] launched an operation to rescue hostages in [Yemen|country:yemen].",
			nil},
		{"an attack with four words before its noun", "The [Houthis|organization:houthis] launched a large-scale missile and drone attack against [U.S.|country:us] and [UK|country:uk] naval forces in the [Red Sea|place:red-sea].",
			[]string{"ATTACKED organization:houthis country:us", "ATTACKED organization:houthis country:uk"}},
		{"a group's terrorists attacked a state's warships", "Since 2023, [Houthi|organization:houthis] terrorists attacked [U.S.|country:us] Navy warships 174 times.",
			[]string{"ATTACKED organization:houthis country:us"}},
		{"a state and its proxies conducted attacks", "[Iran|country:iran] and its proxies conducted more than 180 attacks against [U.S.|country:us] forces in the [Middle East|place:middle-east].",
			[]string{"ATTACKED country:iran country:us"}},
		{"sites of a state, then their names", "The [United States|country:us] struck three [Iranian|country:iran|demonym] nuclear sites, [Fordow|place:fordow], [Natanz|place:natanz] and [Isfahan|place:isfahan], on June 22, 2025.",
			[]string{"ATTACKED country:us country:iran", "ATTACKED country:us place:fordow", "ATTACKED country:us place:natanz", "ATTACKED country:us place:isfahan"}},
		{"a list that goes on is no apposition", "The [United States|country:us] struck [Iranian|country:iran|demonym] sites, [Fordow|place:fordow] and [Natanz|place:natanz] lie in ruins.",
			[]string{"ATTACKED country:us country:iran"}},
		{"a border post near a town", "Militants from [Jaish al-Adl|organization:jaish-al-adl] attacked a border post near [Saravan|place:saravan].",
			[]string{"ATTACKED organization:jaish-al-adl place:saravan"}},
		{"fought a group: each attacked the other", "[Israel|country:israel] fought [Hezbollah|organization:hezbollah] for 34 days.",
			[]string{"ATTACKED country:israel organization:hezbollah", "ATTACKED organization:hezbollah country:israel"}},
		{"forces fought against a group", "[Iraqi|country:iraq|demonym] forces fought against [ISIS|organization:isis] in 2016.",
			[]string{"ATTACKED country:iraq organization:isis", "ATTACKED organization:isis country:iraq"}},
		{"fought alongside is no fight", "[Britain|country:united-kingdom] fought alongside [France|country:france].",
			nil},
		{"used chemical weapons against a state's troops", "[Iraq|country:iraq] used chemical weapons against [Iranian|country:iran|demonym] troops.",
			[]string{"ATTACKED country:iraq country:iran"}},
		{"a group's targets in a city", "[Israeli|country:israel|demonym] jets struck [Hamas|organization:hamas] targets in [Khan Younis|place:khan-younis] overnight.",
			[]string{"ATTACKED country:israel organization:hamas", "ATTACKED country:israel place:khan-younis"}},
		{"a building in a capital named after its state's adjective", "[Israel|country:israel] struck a residential building in the [Qatari|country:qatar|demonym] capital [Doha|place:doha] on Tuesday.",
			[]string{"ATTACKED country:israel place:doha"}},
		{"a capital named after its state's adjective", "[US|country:united-states] warplanes struck the [Yemeni|country:yemen|demonym] capital [Sanaa|place:sanaa] on Saturday.",
			[]string{"ATTACKED country:united-states place:sanaa"}},
		{"a firm's facilities in two towns", "[Houthi|organization:houthis|demonym] forces launched drones at [Saudi Aramco|organization:saudi-aramco] facilities in [Abqaiq|place:abqaiq] and [Khurais|place:khurais].",
			[]string{"ATTACKED organization:houthis organization:saudi-aramco", "ATTACKED organization:houthis place:abqaiq", "ATTACKED organization:houthis place:khurais"}},
		{"a state's embassies in two cities", "On 7 August 1998 [al-Qaeda|organization:al-qaeda] bombed the [United States|country:united-states] embassies in [Nairobi|place:nairobi] and [Dar es Salaam|place:dar-es-salaam].",
			[]string{"ATTACKED organization:al-qaeda country:united-states", "ATTACKED organization:al-qaeda place:nairobi", "ATTACKED organization:al-qaeda place:dar-es-salaam"}},
		{"a body's headquarters at a town", "On 1 October 1985 [Israeli|country:israel|demonym] aircraft bombed the [PLO|organization:plo] headquarters at [Hammam Chott|place:hammam-chott].",
			[]string{"ATTACKED country:israel organization:plo", "ATTACKED country:israel place:hammam-chott"}},
		{"a state's bases in another state: the state only says where", "[Iran|country:iran] fired missiles at [US|country:united-states] bases in [Iraq|country:iraq].",
			[]string{"ATTACKED country:iran country:united-states"}},
		{"dropped barrel bombs on a city", "[Syria|country:syria] dropped barrel bombs on [Aleppo|place:aleppo].",
			[]string{"ATTACKED country:syria place:aleppo"}},
		{"used a state's aid against no one", "[Iraq|country:iraq] used weapons from [France|country:france] in the war.",
			nil},
		{"sent its army into a state", "[Britain|country:united-kingdom] sent its army into [Syria|country:syria] in 1941.",
			[]string{"ATTACKED country:united-kingdom country:syria"}},
		{"forces stormed a defensive line", "[Egyptian|country:egypt|demonym] forces stormed the [Bar Lev Line|place:bar-lev-line].",
			[]string{"ATTACKED country:egypt place:bar-lev-line"}},
		{"a state captured a territory", "[Israel|country:israel] captured the [Gaza Strip|place:gaza-strip] in 1967.",
			[]string{"ATTACKED country:israel place:gaza-strip"}},
		{"a group overran a city", "The [Islamic State|organization:islamic-state] overran [Mosul|place:mosul] in June 2014.",
			[]string{"ATTACKED organization:islamic-state place:mosul"}},
		{"seized a tanker is no attack on a place", "[Iran|country:iran] seized a tanker near [Hormuz|place:hormuz].",
			nil},
		{"sent troops to a state is no attack", "[Qatar|country:qatar] sent troops to [Bahrain|country:bahrain].",
			nil},
		{"a state's jets struck targets in another", "[Israeli|country:israel|demonym] jets struck targets in [Iran|country:iran] on October 26, 2024.",
			[]string{"ATTACKED country:israel country:iran"}},
		{"forces attacked a city", "[Iraqi|country:iraq|demonym] forces attacked the city of [Khorramshahr|place:khorramshahr] in 1980.",
			[]string{"ATTACKED country:iraq place:khorramshahr"}},
		{"drones and missiles launched at a state", "[Iran|country:iran] launched hundreds of drones and missiles at [Israel|country:israel] on April 13, 2024.",
			[]string{"ATTACKED country:iran country:israel"}},
		{"attacked by, passive", "[Kuwait|country:kuwait] was attacked by [Iraq|country:iraq] in August 1990.",
			[]string{"ATTACKED country:iraq country:kuwait"}},
		{"targets at a number of a group's sites", "The [United States|country:united-states] struck more than 60 targets at 16 [Houthi|organization:houthis] sites in 2024.",
			[]string{"ATTACKED country:united-states organization:houthis"}},
		{"the old quarters of a city shelled", "The [Syrian|country:syria|demonym] army shelled the old quarters of [Hama|place:hama] in February 1982.",
			[]string{"ATTACKED country:syria place:hama"}},
		{"two poisons dropped on a town", "On 16 March 1988 [Iraqi|country:iraq|demonym] aircraft dropped mustard gas and nerve agents on the town of [Halabja|place:halabja].",
			[]string{"ATTACKED country:iraq place:halabja"}},
		{"a state's towns bombed, such as one named", "[Egyptian|country:egypt|demonym] aircraft bombed [Saudi|country:saudi-arabia|demonym] border towns such as [Najran|place:najran].",
			[]string{"ATTACKED country:egypt country:saudi-arabia", "ATTACKED country:egypt place:najran"}},
		{"a list of cities attacked, passive, a capital among them", "[Haifa|place:haifa] and [Riyadh|place:riyadh|metonym=country:saudi-arabia] were attacked by [Iraq|country:iraq] in 1991.",
			[]string{"ATTACKED country:iraq place:haifa", "ATTACKED country:iraq place:riyadh"}},
		{"a state before a list of cities is no target of the passive", "[Iraq|country:iraq] said [Haifa|place:haifa] and [Acre|place:acre] were attacked by [Syria|country:syria].",
			[]string{"ATTACKED country:syria place:haifa", "ATTACKED country:syria place:acre"}},
		{"captured by, passive after what the target includes", "[East Jerusalem|place:east-jerusalem], including the Old City of [Jerusalem|place:jerusalem], was captured by [Jordan|country:jordan].",
			[]string{"ATTACKED country:jordan place:east-jerusalem"}},
		{"visited by, after what the target includes", "[East Jerusalem|place:east-jerusalem], including the Old City, was visited by [Jordan|country:jordan].",
			nil},
		{"raided the village of", "[Israeli|country:israel|demonym] forces raided the village of [Karameh|place:karameh] in 1968.",
			[]string{"ATTACKED country:israel place:karameh"}},
		{"bombings against a state's civilians", "[Hamas|organization:hamas] carried out suicide bombings against [Israeli|country:israel|demonym] civilians.",
			[]string{"ATTACKED organization:hamas country:israel"}},
		{"a state's civilians protected", "[Hamas|organization:hamas] protected [Israeli|country:israel|demonym] civilians.",
			nil},
		{"struck by, passive with an adverb", "[Saudi Arabia|country:saudi-arabia] was repeatedly struck by [Yemen|country:yemen] in 2019.",
			[]string{"ATTACKED country:yemen country:saudi-arabia"}},
		{"a passive denied", "[Israel|country:israel] was not attacked by [Iran|country:iran].",
			nil},
		{"a state's aircraft bombed another's cities", "During the war, [Iraqi|country:iraq|demonym] aircraft bombed [Iranian|country:iran|demonym] cities.",
			[]string{"ATTACKED country:iraq country:iran"}},
		{"clashes broke out between two states", "Clashes broke out between [Iran|country:iran] and [Afghanistan|country:afghanistan] in 1998.",
			[]string{"ATTACKED country:iran country:afghanistan", "ATTACKED country:afghanistan country:iran"}},
		{"forces clashed with troops", "[Iranian|country:iran|demonym] forces clashed with [Iraqi|country:iraq|demonym] troops near Basra in 1987.",
			[]string{"ATTACKED country:iran country:iraq", "ATTACKED country:iraq country:iran"}},
		{"clashes feared are no clashes", "[Iran|country:iran] feared that clashes could break out between [Iraq|country:iraq] and [Kuwait|country:kuwait].",
			nil},
		{"a clash of views with a state", "[France|country:france] would never have clashed with [Germany|country:germany] over the budget.",
			nil},
		{"captured by forces, passive", "[Khorramshahr|place:khorramshahr] was captured by [Iraqi|country:iraq|demonym] forces in October 1980.",
			[]string{"ATTACKED country:iraq place:khorramshahr"}},
		{"shelled by artillery, passive", "[Basra|place:basra] was shelled by [Iranian|country:iran|demonym] artillery in 1987.",
			[]string{"ATTACKED country:iran place:basra"}},
		{"came under attack from", "[Israel|country:israel] came under attack from [Iran|country:iran] on April 13, 2024.",
			[]string{"ATTACKED country:iran country:israel"}},
		{"a state's cities bombed, passive", "[Iraqi|country:iraq|demonym] cities were heavily bombed by the [United States|country:united-states] in 1991.",
			[]string{"ATTACKED country:united-states country:iraq"}},
		{"accused by is no attack", "[Iran|country:iran] was accused by the [United States|country:united-states] of attacking tankers.",
			nil},
		{"a state's cities that were not bombed", "[Iraqi|country:iraq|demonym] cities were never bombed by the [United States|country:united-states].",
			nil},
		{"missiles stand for no state, passive", "[Tehran|place:tehran] was bombarded by [Iraqi|country:iraq|demonym] missiles in 1988.",
			nil},
		{"a dispute is no clash of arms", "[France|country:france] clashed with [Germany|country:germany] over the budget.",
			nil},
		{"diplomatic clashes are no fighting", "Diplomatic clashes between [Iran|country:iran] and [Saudi Arabia|country:saudi-arabia] grew in 2016.",
			nil},
		{"an aircraft that flew is no attack", "[Iranian|country:iran|demonym] aircraft flew over [Iraq|country:iraq] in 1990.",
			nil},
		{"a state's drones are not its attack", "[Iranian|country:iran|demonym] drones struck [Ukraine|country:ukraine] in 2023.",
			nil},
		{"militias a state backs are not the state", "[Iranian|country:iran|demonym]-backed militias attacked [Syria|country:syria] in 2023.",
			nil},
		{"a launch that is no attack", "[Iran|country:iran] launched a satellite at [Russia|country:russia]'s request.",
			nil},
		{"an accusation is no attack", "[Israel|country:israel] accused [Iran|country:iran] of attacking a tanker.",
			nil},
		{"killed while firing: the deed told as a participle", "Three [Palestinian Islamic Jihad|organization:pij] operatives are killed while firing mortars into [Israel|country:israel] from [Gaza|place:gaza].",
			[]string{"ATTACKED organization:pij country:israel"}},
		{"a partner in an aside before the subject is no attacker", "In July 1974, under Prime Minister Ecevit in coalition with the religious [National Salvation Party|organization:msp], [Turkey|country:turkey] carried out the invasion of [Cyprus|country:cyprus].",
			[]string{"ATTACKED country:turkey country:cyprus"}},
		{"a state's aircraft struck", "[US|country:us] aircraft carried out airstrikes against [ISIL|organization:isil] in [Sirte|place:sirte].",
			[]string{"ATTACKED country:us organization:isil"}},
		{"positions in a city its state's adjective describes", "The [United States|country:us] launched airstrikes on [ISIL|organization:isil] positions in the [Libyan|country:libya|demonym] city of [Sirte|place:sirte].",
			[]string{"ATTACKED country:us organization:isil", "ATTACKED country:us place:sirte"}},
		{"killed when another struck them", "[Hamas|organization:hamas] militants were killed when [Israel|country:israel] struck their base.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"ATTACKED"}, nil, tt.want)
		})
	}
}

// TestAttackVenueIsNotTheOwnerOfTheTarget: "at US bases in Iraq" happened
// in Iraq.
func TestAttackVenueIsNotTheOwnerOfTheTarget(t *testing.T) {
	checkRelations(t, "", []string{"[Iran|country:iran] fired missiles at [US|country:united-states] bases in [Iraq|country:iraq] in January 2020."},
		[]string{"HELD_IN", "ATTACKED"}, nil, []string{"ATTACKED country:iran country:united-states", "HELD_IN event:attack:iran-united-states:2020-01 country:iraq"})
}

// TestLaunchedFromIsNoAttacker: where a weapon was launched from, or
// fighters came from, did not attack; the one who launched it did.
func TestLaunchedFromIsNoAttacker(t *testing.T) {
	for _, tt := range []struct {
		line string
		want []string
	}{
		{"A drone launched from [Iraq|country:iraq] struck a [US|country:united-states] base in [Jordan|country:jordan].", nil},
		{"Missiles fired from [Yemen|country:yemen] hit [Eilat|place:eilat].", nil},
		{"In March 2016 fighters coming from [Libya|country:libya] attacked the border town of [Ben Guerdane|place:ben-guerdane].", nil},
		{"Rebels crossing from [Sudan|country:sudan] attacked [Adré|place:adre].", nil},
		{"[Iran|country:iran] fired missiles from [Iraq|country:iraq] at [Israel|country:israel].", []string{"ATTACKED country:iran country:israel"}},
	} {
		checkRelations(t, "", []string{tt.line}, []string{"ATTACKED"}, nil, tt.want)
	}
}

// TestAttackPossessives: a state's attacks told as a possessive noun, in
// the singular or the plural, attacked what they were "of" or "on".
func TestAttackPossessives(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"an invasion of a state", "The war began with [Iraq|country:iraq]’s invasion of [Kuwait|country:kuwait].",
			[]string{"ATTACKED country:iraq country:kuwait"}},
		{"bombardments of a city, with an adjective", "[Iran|country:iran] retaliated for [Iraq|country:iraq]’s continuous bombardments of [Tehran|place:tehran].",
			[]string{"ATTACKED country:iraq place:tehran"}},
		{"a possessive of something else", "[Iraq|country:iraq]’s ambassador spoke of the bombardments of [Tehran|place:tehran].",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"ATTACKED"}, nil, tt.want)
		})
	}
}

// TestAttacksOverASpan: deeds told over a span of time ("between October
// 2023 and November 2024") make no event of the span's end, and their
// relation takes neither end as its date; one day of the span still does.
func TestAttacksOverASpan(t *testing.T) {
	checkEventCases(t, []string{"ATTACKED", "PARTICIPATED_IN"}, []eventCase{
		{name: "between two months",
			lines:     []string{"Between October 2023 and November 2024, [Iran|country:iran] conducted more than 180 attacks against [U.S.|country:us] forces in [Iraq|country:iraq]."},
			relations: []string{"ATTACKED country:iran country:us"}},
		{name: "from one month to another",
			lines:     []string{"From May to July 2019, [Iran|country:iran] attacked [Iraq|country:iraq]."},
			relations: []string{"ATTACKED country:iran country:iraq"}},
		{name: "one month",
			lines:     []string{"In November 2024, [Iran|country:iran] attacked [Iraq|country:iraq]."},
			events:    []string{"event:attack:iran-iraq:2024-11 kind=attack date=2024-11 datePrecision=month dateText=November 2024"},
			relations: []string{"ATTACKED country:iran country:iraq", "PARTICIPATED_IN country:iran event:attack:iran-iraq:2024-11"}},
	})
	checkUndated(t, checkRelations(t, "", []string{"Between October 2023 and November 2024, [Iran|country:iran] attacked [Iraq|country:iraq]."},
		[]string{"ATTACKED"}, nil, []string{"ATTACKED country:iran country:iraq"}))
	checkUndated(t, checkRelations(t, "", []string{"Between 1945 and the 29 November 1947 Partition vote, [British|country:united-kingdom|demonym] soldiers were targeted by [Irgun|organization:irgun]."},
		[]string{"ATTACKED"}, nil, []string{"ATTACKED organization:irgun country:united-kingdom"}))
}

// checkUndated fails for every relation of rs that carries a date.
func checkUndated(t *testing.T, rs relationSet) {
	t.Helper()
	for _, r := range rs.Relations {
		if d, dated := r.Props["dateText"]; dated {
			t.Errorf("%s %s -> %s dated %v, want no date", r.Type, r.From, r.To, d)
		}
	}
}

// TestAttackHeldInThePlaceStruck: an attack told by its verb was held in
// the place it struck; a state struck is no venue.
func TestAttackHeldInThePlaceStruck(t *testing.T) {
	tests := []struct {
		name, line string
		want       []string
	}{
		{"a town struck", "[Israeli|country:israel|demonym] aircraft bombed the town of [Flita|place:flita] on 18 March 2014.",
			[]string{"ATTACKED country:israel place:flita", "HELD_IN event:attack:flita-israel:2014-03-18 place:flita"}},
		{"a state struck", "[Iran|country:iran] attacked [Israel|country:israel] on 13 April 2024.",
			[]string{"ATTACKED country:iran country:israel"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"HELD_IN", "ATTACKED"}, nil, tt.want)
		})
	}
}
