package extract

import "testing"

// TestSanctionHeadlines: news items write sanctions in the simple present.
func TestSanctionHeadlines(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"reimposes sanctions on", "The [United States|country:united-states] reimposes sanctions on [Iran|country:iran].",
			[]string{"SANCTIONED country:united-states country:iran"}},
		{"a present-tense verb with the target right after", "The [European Union|organization:european-union] sanctions [Iran|country:iran] over drone transfers.",
			[]string{"SANCTIONED organization:european-union country:iran"}},
		{"designates a company", "The [United States|country:united-states] designates [Golden Warrior Shipping|organization:golden-warrior-shipping].",
			[]string{"SANCTIONED country:united-states organization:golden-warrior-shipping"}},
		{"an adverb after the auxiliary", "The [Department of State|organization:department-of-state] is concurrently designating [Zhonghe Shipping|organization:zhonghe-shipping].",
			[]string{"SANCTIONED organization:department-of-state organization:zhonghe-shipping"}},
		{"a target based in a place written before it", "The [Department of State|organization:department-of-state] is designating Hong Kong-based [Zhonghe Shipping|organization:zhonghe-shipping].",
			[]string{"SANCTIONED organization:department-of-state organization:zhonghe-shipping"}},
		{"a state's own sanctions on another", "He also strengthened [Washington|country:united-states]'s own sanctions against [Iran|country:iran].",
			[]string{"SANCTIONED country:united-states country:iran"}},
		{"sanctions a state may reimpose are a threat", "The [United States|country:united-states] may reimpose sanctions on [Iran|country:iran].",
			nil},
		{"sanctions as a noun before another verb", "The [United States|country:united-states] sanctions relief for [Iran|country:iran] was debated.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"SANCTIONED"}, nil, tt.want)
		})
	}
}

// TestSanctionPhrases: sanctions written as a noun phrase, designations
// and lists, and the target written as a role's holder or left to the
// sentence before.
func TestSanctionPhrases(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"bodies listed after a count of X-based bodies",
			[]string{"The [United States|country:united-states] also sanctioned three [Iran|country:iran]-based exchange houses — [Quxar and Partners|organization:quxar-and-partners], [Zorba and Partners|organization:zorba-and-partners], and [Lemmy and Partners|organization:lemmy-and-partners] — along with their managers."},
			[]string{"SANCTIONED country:united-states organization:quxar-and-partners", "SANCTIONED country:united-states organization:zorba-and-partners", "SANCTIONED country:united-states organization:lemmy-and-partners"}},
		{"a second target after an aside on the first",
			[]string{"The [Treasury Department|organization:us-treasury] concurrently sanctioned the [Fatemiyoun Division|organization:fatemiyoun], an [Iran|country:iran]-backed militia of [Afghan|country:afghanistan|demonym] fighters, and [Maher al-Assad|person:maher-al-assad], commander of the [Syrian Arab Army|organization:saa]'s [4th Division|organization:4th-division], for obstructing a ceasefire."},
			[]string{"SANCTIONED organization:us-treasury organization:fatemiyoun", "SANCTIONED organization:us-treasury person:maher-al-assad"}},
		{"its leaders after a designation's terms",
			[]string{"The [Department of State|organization:us-state-department] has designated [Asa'ib Ahl al-Haq|organization:aah] as a Foreign Terrorist Organization, and its leaders, the brothers [Qays al-Khazali|person:qays] and [Laith al-Khazali|person:laith], as Specially Designated Global Terrorists."},
			[]string{"SANCTIONED organization:us-state-department organization:aah", "SANCTIONED organization:us-state-department person:qays", "SANCTIONED organization:us-state-department person:laith"}},
		{"after an aside, a clause of its own is no target",
			[]string{"The [Treasury|organization:us-treasury] sanctioned [Hamas|organization:hamas], which rules [Gaza|place:gaza], and [Iran|country:iran] condemned the move."},
			[]string{"SANCTIONED organization:us-treasury organization:hamas"}},
		{"sanctions on an X-based bank are on the bank",
			[]string{"Today’s [U.S. Department of the Treasury|organization:us-treasury] sanctions on [Türkiye|country:turkey]-based [Golden Quxar Bank|organization:golden-quxar-bank] mark the latest step."},
			[]string{"SANCTIONED organization:us-treasury organization:golden-quxar-bank"}},
		{"restrictive measures are the EU's sanctions",
			[]string{"The [EU|organization:european-union] adopted new restrictive measures against [Iran|country:iran]."},
			[]string{"SANCTIONED organization:european-union country:iran"}},
		{"visa restrictions on the members of two bodies",
			[]string{"Today, the [Department of State|organization:us-state-department] is imposing visa restrictions on members of the [PLO|organization:plo] and the [Palestinian Authority|organization:palestinian-authority]."},
			[]string{"SANCTIONED organization:us-state-department organization:plo", "SANCTIONED organization:us-state-department organization:palestinian-authority"}},
		{"restrictions a state lifted are no sanction",
			[]string{"The [EU|organization:european-union] lifted restrictive measures against [Iran|country:iran]."},
			nil},
		{"leaders approve sanctions with a place and an aside before the target",
			[]string{"[European Union|organization:european-union] leaders approve sanctions in [Brussels|place:brussels], including bans on investments and oil/gas technology transfers, against [Iran|country:iran], harsher than recent sanctions imposed by the [United Nations|organization:united-nations]."},
			[]string{"SANCTIONED organization:european-union country:iran", "SANCTIONED organization:united-nations country:iran"}},
		{"sanctions by a state whose target is the one of the sentence before",
			[]string{"The [European Union|organization:european-union] approved new sanctions on [Iran|country:iran].", "[Russia|country:russia] calls these and sanctions by the [United States|country:united-states] \"unacceptable\"."},
			[]string{"SANCTIONED organization:european-union country:iran", "SANCTIONED country:united-states country:iran"}},
		{"foreign ministers adopt a round of sanctions",
			[]string{"[EU|organization:european-union] foreign ministers adopted a new round of sanctions against [Syria|country:syria]."},
			[]string{"SANCTIONED organization:european-union country:syria"}},
		{"sanctions on a number of a state's companies",
			[]string{"The [United States|country:united-states] imposed sanctions on three [Iranian|country:iran|demonym] oil companies."},
			[]string{"SANCTIONED country:united-states country:iran"}},
		{"sanctioned a number of a state's banks",
			[]string{"The [United States|country:united-states] sanctioned two [Iranian|country:iran|demonym] banks."},
			[]string{"SANCTIONED country:united-states country:iran"}},
		{"an arms embargo",
			[]string{"The [UN Security Council|organization:un-security-council] imposed an arms embargo on [Iran|country:iran]."},
			[]string{"SANCTIONED organization:un-security-council country:iran"}},
		{"sanctions on a state's minister sanction the minister",
			[]string{"The [United States|country:united-states] imposed sanctions on [Iran|country:iran]'s oil minister, [Rostam Ghasemi|person:rostam-ghasemi]."},
			[]string{"SANCTIONED country:united-states person:rostam-ghasemi"}},
		{"an organisation's financier",
			[]string{"[OFAC|organization:ofac] sanctioned [Hizballah|organization:hizballah] financier [Mohammad Qasir|person:mohammad-qasir]."},
			[]string{"SANCTIONED organization:ofac person:mohammad-qasir"}},
		{"renewing a designation",
			[]string{"Today, the [Department of the Treasury|organization:department-of-the-treasury] is renewing its designation of [Hizballah|organization:hizballah] for its actions."},
			[]string{"SANCTIONED organization:department-of-the-treasury organization:hizballah"}},
		{"a hyphenated organisation designated as",
			[]string{"The [Department of State|organization:department-of-state] designated the [Islamic Revolutionary Guard Corps-Qods Force|organization:irgc-qf] as a Foreign Terrorist Organization on April 8, 2019."},
			[]string{"SANCTIONED organization:department-of-state organization:irgc-qf"}},
		{"placed on a list of terrorist organizations",
			[]string{"The [United States|country:united-states] placed [Hezbollah|organization:hezbollah] on its list of Foreign Terrorist Organizations in 1997."},
			[]string{"SANCTIONED country:united-states organization:hezbollah"}},
		{"declared a terrorist organization",
			[]string{"The [Arab League|organization:arab-league] declared [Hezbollah|organization:hezbollah] a terrorist organization."},
			[]string{"SANCTIONED organization:arab-league organization:hezbollah"}},
		{"a name set off by commas, then was sanctioned by",
			[]string{"Another Qatari citizen, [Kalifa Mohammed Turki Subayi|person:subayi], was sanctioned by the [US Treasury|organization:treasury] on June 5, 2008."},
			[]string{"SANCTIONED organization:treasury person:subayi"}},
		{"designated by several countries",
			[]string{"[Hezbollah|organization:hezbollah], or parts of it, has been designated a terrorist organization by several countries, including the [United States|country:united-states] and [Canada|country:canada]."},
			[]string{"SANCTIONED country:united-states organization:hezbollah", "SANCTIONED country:canada organization:hezbollah"}},
		{"a military wing designated",
			[]string{"[Hezbollah|organization:hezbollah]'s military wing was designated by the [European Union|organization:european-union] in 2013."},
			[]string{"SANCTIONED organization:european-union organization:hezbollah"}},
		{"hit with sanctions by",
			[]string{"[Iran|country:iran] was hit with new sanctions by the [European Union|organization:european-union]."},
			[]string{"SANCTIONED organization:european-union country:iran"}},
		{"sanctions imposed by X on Y",
			[]string{"Sanctions imposed by the [United States|country:united-states] on [Iran|country:iran] hurt its economy."},
			[]string{"SANCTIONED country:united-states country:iran"}},
		{"sanctions imposed on Y by X",
			[]string{"The sanctions imposed on [Iran|country:iran] by the [United Nations|organization:united-nations] remain in force."},
			[]string{"SANCTIONED organization:united-nations country:iran"}},
		{"a state answering sanctions is their target",
			[]string{"[Iran|country:iran] halts oil exports to [France|country:france] in retaliation for [EU|organization:european-union] sanctions."},
			[]string{"SANCTIONED organization:european-union country:iran"}},
		{"a state answering sanctions by",
			[]string{"[Iran|country:iran] halts oil exports to [France|country:france] in response to sanctions by the [European Union|organization:european-union]."},
			[]string{"SANCTIONED organization:european-union country:iran"}},
		{"sanctions on the answering state's own industry",
			[]string{"[Iran|country:iran] stops selling oil to [France|country:france], in retaliation for [European Union|organization:european-union] sanctions on its oil industry."},
			[]string{"SANCTIONED organization:european-union country:iran"}},
		{"in response to new sanctions",
			[]string{"[Iran|country:iran]'s oil ministry halts crude sales to British companies in response to new [EU|organization:european-union] sanctions."},
			[]string{"SANCTIONED organization:european-union country:iran"}},
		{"the second of two verbs of the subject",
			[]string{"In 1979, the [United States|country:united-states] froze Iranian assets and imposed an embargo against [Iran|country:iran]."},
			[]string{"SANCTIONED country:united-states country:iran"}},
		{"an object's prepositional phrase is no subject",
			[]string{"The [European Union|organization:european-union] cut off [Russia|country:russia] from payment systems and imposed sanctions on [Belarus|country:belarus]."},
			nil},
		{"a headline's verb",
			[]string{"[U.S.|country:united-states] Sanctions [Hizballah|organization:hizballah]"},
			[]string{"SANCTIONED country:united-states organization:hizballah"}},
		{"an organisation's financiers are not the organisation", []string{"The [United States|country:united-states] sanctioned [Hizballah|organization:hizballah] financiers."}, nil},
		{"a headline's imposes sanctions on",
			[]string{"[Treasury|organization:treasury] Imposes New Sanctions on [Iran|country:iran]'s Oil Sector"},
			[]string{"SANCTIONED organization:treasury country:iran"}},
		{"a travel ban",
			[]string{"The [European Union|organization:european-union] imposed a travel ban on [Rostam Ghasemi|person:rostam-ghasemi]."},
			[]string{"SANCTIONED organization:european-union person:rostam-ghasemi"}},
		{"the designation of Y as by X",
			[]string{"The designation of [Hezbollah|organization:hezbollah] as a Foreign Terrorist Organization by the [Department of State|organization:department-of-state] dates from 1997."},
			[]string{"SANCTIONED organization:department-of-state organization:hezbollah"}},
		{"sanctions on Y by X without a participle",
			[]string{"New sanctions on [Iran|country:iran] by the [European Union|organization:european-union] took effect."},
			[]string{"SANCTIONED organization:european-union country:iran"}},
		{"named a state sponsor of terrorism by",
			[]string{"[Syria|country:syria] was named a state sponsor of terrorism by the [United States|country:united-states] in 1979."},
			[]string{"SANCTIONED country:united-states country:syria"}},
		{"a headline noun is no verb", []string{"[U.S.|country:united-states] Sanctions Relief for [Iran|country:iran]"}, nil},
		{"named a negotiator by", []string{"[Oman|country:oman] was named a mediator by the [United States|country:united-states]."}, nil},
		{"have all designated",
			[]string{"[Argentina|country:argentina], [Paraguay|country:paraguay], and [Ecuador|country:ecuador] have all designated [Hizballah|organization:hizballah] as a terrorist organization."},
			[]string{"SANCTIONED country:argentina organization:hizballah", "SANCTIONED country:paraguay organization:hizballah", "SANCTIONED country:ecuador organization:hizballah"}},
		{"a state's decision to designate",
			[]string{"We welcome [Argentina|country:argentina]'s decision to designate [Hamas|organization:hamas] as a terrorist organization."},
			[]string{"SANCTIONED country:argentina organization:hamas"}},
		{"decisions by states to designate",
			[]string{"We commend the decisions by [Paraguay|country:paraguay] and [Ecuador|country:ecuador] to designate [Hizballah|organization:hizballah]."},
			[]string{"SANCTIONED country:paraguay organization:hizballah", "SANCTIONED country:ecuador organization:hizballah"}},
		{"a state's listing of",
			[]string{"The [United Kingdom|country:united-kingdom]'s listing of [Hezbollah|organization:hezbollah] came in 2019."},
			[]string{"SANCTIONED country:united-kingdom organization:hezbollah"}},
		{"designated with an aside before by",
			[]string{"[Hezbollah|organization:hezbollah] is designated as a terrorist organization, in whole or in part, by the [United States|country:united-states]."},
			[]string{"SANCTIONED country:united-states organization:hezbollah"}},
		{"asked to designate is no designation", []string{"The [United States|country:united-states] asked [Brazil|country:brazil] to designate [Hizballah|organization:hizballah]."}, nil},
		{"an embargo on a state's oil",
			[]string{"The [European Union|organization:european-union] imposed an embargo on [Iranian|country:iran|demonym] oil in January."},
			[]string{"SANCTIONED organization:european-union country:iran"}},
		{"a state's sanctions on another's banks",
			[]string{"The [EU|organization:european-union]'s sanctions on [Iranian|country:iran|demonym] banks took effect."},
			[]string{"SANCTIONED organization:european-union country:iran"}},
		{"a ban on a state",
			[]string{"The [European Union|organization:european-union] imposed an oil ban on [Iran|country:iran]."},
			[]string{"SANCTIONED organization:european-union country:iran"}},
		{"lifting an embargo on a state's oil", []string{"The [European Union|organization:european-union] lifted its embargo on [Iranian|country:iran|demonym] oil."}, nil},
		{"a ban on a state's music is not on its economy", []string{"The [European Union|organization:european-union] imposed a ban on [Iranian|country:iran|demonym] music."}, nil},
		{"a government designated",
			[]string{"The [U.S.|country:united-states] Government has designated [Hizballah|organization:hizballah] as a Foreign Terrorist Organization."},
			[]string{"SANCTIONED country:united-states organization:hizballah"}},
		{"which the state designated",
			[]string{"[Hizballah|organization:hizballah], which the [United States|country:united-states] designated in 1997, remains armed."},
			[]string{"SANCTIONED country:united-states organization:hizballah"}},
		{"a parenthetical designated by",
			[]string{"[Hizballah|organization:hizballah] (designated by the [United States|country:united-states] in 1997) remains armed."},
			[]string{"SANCTIONED country:united-states organization:hizballah"}},
		{"which the state did not designate", []string{"[Hizballah|organization:hizballah], which the [United States|country:united-states] never designated, remains armed."}, nil},
		{"which the state met", []string{"[Hizballah|organization:hizballah], which the [United States|country:united-states] designated officials to meet, remains armed."}, nil},
		{"a body based in a state is the one designated",
			[]string{"The [Department of State|organization:state] is designating the [Iran|country:iran]-based [Fars News Agency|organization:fars]."},
			[]string{"SANCTIONED organization:state organization:fars"}},
		{"a relative clause's object is not the designated one: the name before the clause is",
			[]string{"[Hezbollah|organization:hezbollah], which is backed by [Iran|country:iran], was designated by the [United States|country:united-states] in 1997."},
			[]string{"SANCTIONED country:united-states organization:hezbollah"}},
		{"a decision to ban a state's oil",
			[]string{"[Iran|country:iran] halts oil sales to [France|country:france] in response to the [European Union|organization:european-union]'s decision to ban [Iranian|country:iran|demonym] oil imports."},
			[]string{"SANCTIONED organization:european-union country:iran"}},
		{"leaders agree to ban a state's oil",
			[]string{"[EU|organization:european-union] leaders agreed to ban [Iranian|country:iran|demonym] oil imports from July."},
			[]string{"SANCTIONED organization:european-union country:iran"}},
		{"a ban a state considers", []string{"The [European Union|organization:european-union] is considering whether to ban [Iranian|country:iran|demonym] oil imports."}, nil},
		{"a ban a state's partner urged", []string{"The [United States|country:united-states] urged [India|country:india] to ban [Iranian|country:iran|demonym] oil imports."}, nil},
		{"sanctions were imposed by two authors against",
			[]string{"Further economic sanctions were imposed by [Israel|country:israel] and the European [Quartet|organization:quartet] against [Hamas|organization:hamas]."},
			[]string{"SANCTIONED country:israel organization:hamas", "SANCTIONED organization:quartet organization:hamas"}},
		{"a participle after the subject's first verb",
			[]string{"The [UN Security Council|organization:un-security-council] adopted [Resolution 1737|agreement:resolution-1737], imposing sanctions on [Iran|country:iran]."},
			[]string{"SANCTIONED organization:un-security-council country:iran"}},
		{"sanctions against Y were imposed by X",
			[]string{"The sanctions against [Iran|country:iran] were imposed by the [UN Security Council|organization:un-security-council] in 2006."},
			[]string{"SANCTIONED organization:un-security-council country:iran"}},
		{"proscribed",
			[]string{"The [United Kingdom|country:united-kingdom] proscribed [Hezbollah|organization:hezbollah] in its entirety in 2019."},
			[]string{"SANCTIONED country:united-kingdom organization:hezbollah"}},
		{"banned an organisation",
			[]string{"In 2013, [Egypt|country:egypt] banned the [Muslim Brotherhood|organization:muslim-brotherhood]."},
			[]string{"SANCTIONED country:egypt organization:muslim-brotherhood"}},
		{"banned an organisation from an activity", []string{"[Israel|country:israel] banned [Hamas|organization:hamas] from running in the elections."}, nil},
		{"banned a state", []string{"[FIFA|organization:fifa] banned [Russia|country:russia] in 2022."}, nil},
		{"a participle that blocks sanctions", []string{"[Russia|country:russia] vetoed the draft, blocking sanctions on [Syria|country:syria]."}, nil},
		{"a third party complying is no target", []string{"[Japan|country:japan] cut oil imports from [Iran|country:iran] in response to sanctions by the [United States|country:united-states]."}, nil},
		{"placed under sanctions",
			[]string{"[Iraq|country:iraq] was placed under [United Nations|organization:united-nations] sanctions after invading [Kuwait|country:kuwait]."},
			[]string{"SANCTIONED organization:united-nations country:iraq"}},
		{"targeted with sanctions",
			[]string{"The [United States|country:united-states] targeted [Mahan Air|organization:mahan-air] with new sanctions."},
			[]string{"SANCTIONED country:united-states organization:mahan-air"}},
		{"subjected to an embargo",
			[]string{"The [United Nations|organization:united-nations] subjected [Iraq|country:iraq] to a trade embargo."},
			[]string{"SANCTIONED organization:united-nations country:iraq"}},
		{"placed under sanctions by the subject",
			[]string{"The [European Union|organization:european-union] placed [Belarus|country:belarus] under sanctions in 2020."},
			[]string{"SANCTIONED organization:european-union country:belarus"}},
		{"targeted with strikes is no sanction", []string{"The [United States|country:united-states] targeted [Kata'ib Hizballah|organization:kataib-hizballah] with airstrikes."}, nil},
		{"placed on a list that is not a sanctions list", []string{"[UNESCO|organization:unesco] placed [Iran|country:iran] on its heritage list."}, nil},
		{"a state's sanctions whose target is the one of the sentence before",
			[]string{"The [European Union|organization:european-union] approved new sanctions on [Iran|country:iran].", "[Russia|country:russia] called [U.S.|country:united-states] sanctions \"unacceptable\"."},
			[]string{"SANCTIONED organization:european-union country:iran", "SANCTIONED country:united-states country:iran"}},
		{"a state's sanctions with no sanctions before", []string{"[Russia|country:russia] called [U.S.|country:united-states] sanctions \"unacceptable\"."}, nil},
		{"a weekday before the subject",
			[]string{"On Monday [Washington|place:washington|metonym=country:united-states] sanctioned [Mahan Air|organization:mahan-air]."},
			[]string{"SANCTIONED country:united-states organization:mahan-air"}},
		{"a state under sanctions",
			[]string{"[Iran|country:iran], already under [United Nations|organization:united-nations] sanctions, continued enrichment."},
			[]string{"SANCTIONED organization:united-nations country:iran"}},

		{"lifted sanctions are none", []string{"The [European Union|organization:european-union] lifted sanctions on [Iran|country:iran]."}, nil},
		{"eased sanctions are none", []string{"The [European Union|organization:european-union] announced the easing of sanctions on [Iran|country:iran]."}, nil},
		{"the lifting of sanctions imposed by", []string{"The [European Union|organization:european-union] welcomed the lifting of sanctions imposed by the [United Nations|organization:united-nations] on [Iran|country:iran]."}, nil},
		{"negated", []string{"The [United States|country:united-states] did not impose sanctions on [Iraq|country:iraq]."}, nil},
		{"threatened", []string{"The [United States|country:united-states] threatened to impose sanctions on [Iraq|country:iraq]."}, nil},
		{"failed to approve", []string{"The [UN Security Council|organization:un-security-council] failed to approve sanctions on [Syria|country:syria]."}, nil},
		{"a name the catalog knows only in part", []string{"Kata'ib [Hizballah|organization:hizballah] was designated as a Foreign Terrorist Organization by the [Department of State|organization:department-of-state] in 2009."}, nil},
		{"a list that is not a sanctions list", []string{"The [United Nations|organization:united-nations] added [South Sudan|country:south-sudan] to the list of member states."}, nil},
		{"sanctions by a state with no target written", []string{"Sanctions by the [United States|country:united-states] have hurt the economy."}, nil},
		{"sanctions by a state after two targets",
			[]string{"The [European Union|organization:european-union] imposed sanctions on [Iran|country:iran] and the [United States|country:united-states] imposed sanctions on [Syria|country:syria].", "[Russia|country:russia] condemned sanctions by the [United Kingdom|country:united-kingdom]."},
			[]string{"SANCTIONED organization:european-union country:iran", "SANCTIONED country:united-states country:syria"}},
		{"a state condemning sanctions is not said to be their target", []string{"[Russia|country:russia] condemned [U.S.|country:united-states] sanctions."}, nil},
		{"sanctioned as approved", []string{"[Iran|country:iran]'s higher education is sanctioned by the [Ministry of Science|organization:ministry-of-science]."}, nil},
		{"a threat in response to sanctions", []string{"[Iran|country:iran] threatened to close the strait in response to [EU|organization:european-union] sanctions."}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"SANCTIONED"}, nil, tt.want)
		})
	}
}

// TestSanctionClauses: two sanctioning clauses in one sentence.
func TestSanctionClauses(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"a coordinated subject after another clause's subject",
			"[Russia|country:russia] said the [European Union|organization:european-union] and the [United States|country:united-states] imposed sanctions on [Iran|country:iran].",
			[]string{"SANCTIONED organization:european-union country:iran", "SANCTIONED country:united-states country:iran"}},
		{"a second clause's subject is not the first clause's object",
			"The [European Union|organization:european-union] sanctioned [Iran|country:iran] and the [United States|country:united-states] sanctioned [Syria|country:syria].",
			[]string{"SANCTIONED organization:european-union country:iran", "SANCTIONED country:united-states country:syria"}},
		{"a coordinated object that starts a clause of its own",
			"The [European Union|organization:european-union] sanctioned [Iran|country:iran], and [Russia|country:russia] condemned the move.",
			[]string{"SANCTIONED organization:european-union country:iran"}},
		{"coordinated objects",
			"The [European Union|organization:european-union] sanctioned [Iran|country:iran] and [Russia|country:russia] over drone transfers.",
			[]string{"SANCTIONED organization:european-union country:iran", "SANCTIONED organization:european-union country:russia"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"SANCTIONED"}, nil, tt.want)
		})
	}
}

// TestSanctionTopic: "it" or "the group" designated, resolved to the one
// organisation named just before.
func TestSanctionTopic(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"it is considered a terrorist organization by governments",
			[]string{"Today, the main backers of the [Muslim Brotherhood|organization:muslim-brotherhood] are [Qatar|country:qatar] and [Turkey|country:turkey].", "As of 2015, it is considered a terrorist organization by the governments of [Bahrain|country:bahrain], [Egypt|country:egypt] and [Russia|country:russia]."},
			[]string{"SANCTIONED country:bahrain organization:muslim-brotherhood", "SANCTIONED country:egypt organization:muslim-brotherhood", "SANCTIONED country:russia organization:muslim-brotherhood"}},
		{"the group was banned in a state",
			[]string{"The [Muslim Brotherhood|organization:muslim-brotherhood] won several elections.", "The group was then banned in [Egypt|country:egypt] and declared a terrorist organization."},
			[]string{"SANCTIONED country:egypt organization:muslim-brotherhood"}},
		{"two organisations before: which one is not written",
			[]string{"[Hamas|organization:hamas] is backed by [Hezbollah|organization:hezbollah].", "It is designated a terrorist organization by [Canada|country:canada]."},
			nil},
		{"it is not considered", []string{"The [Muslim Brotherhood|organization:muslim-brotherhood] won elections.", "It is not considered a terrorist organization by [Qatar|country:qatar]."}, nil},
		{"the group was founded in a state", []string{"The [Muslim Brotherhood|organization:muslim-brotherhood] won elections.", "The group was founded in [Egypt|country:egypt] in 1928."}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"SANCTIONED"}, nil, tt.want)
		})
	}
}

// TestActionTargets: in a United States government release, "today's
// action targets X" is the United States' sanction on X.
func TestActionTargets(t *testing.T) {
	doc, ents := markup(t, "2026-07-10",
		"Today’s action targets [Ali Quxari|person:ali-quxari], a Dubai-based national.",
		"The [United States|country:united-states] will act.")
	doc.URL = "https://www.state.gov/release/"
	got := renderRelations(relationsOfType(relate(doc, ents), "SANCTIONED"))
	if len(got) != 1 || got[0] != "SANCTIONED country:united-states person:ali-quxari" {
		t.Errorf("got %q, want the United States' sanction on the person", got)
	}
}
