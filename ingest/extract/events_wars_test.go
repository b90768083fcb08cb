package extract

import "testing"

// TestProseWars: wars, battles, invasions and attacks named in running
// prose, their dates, places and sides.
func TestProseWars(t *testing.T) {
	types := []string{"PARTICIPATED_IN", "HELD_IN"}
	tests := []struct {
		name      string
		lines     []string
		events    []string
		relations []string
	}{
		{"a year and a place before a lower-case conflict, with its sides",
			[]string{"In 2007, the camp became the center of the 2007 [Lebanon|country:lebanon] conflict between the [Lebanese Army|organization:lebanese-army] and [Hamas|organization:hamas]."},
			[]string{"event:war:2007-lebanon-conflict kind=war date=2007 datePrecision=year dateText=2007"},
			[]string{"PARTICIPATED_IN organization:lebanese-army event:war:2007-lebanon-conflict", "PARTICIPATED_IN organization:hamas event:war:2007-lebanon-conflict"}},
		{"a conflict in a state, started by a deed of force on a day of its year",
			[]string{"On 9 May 2008, [Hezbollah|organization:hezbollah] and [Amal|organization:amal-movement] forces seized western [Beirut|place:beirut], leading to the 2008 conflict in [Lebanon|country:lebanon]."},
			[]string{"event:war:2008-conflict-in-lebanon kind=war date=2008-05-09 datePrecision=day dateText=9 May 2008"},
			[]string{"PARTICIPATED_IN organization:hezbollah event:war:2008-conflict-in-lebanon", "PARTICIPATED_IN organization:amal-movement event:war:2008-conflict-in-lebanon"}},
		{"a state's civil war in lower case",
			[]string{"[Iran|country:iran] backed the government in the [Syrian|country:syria|demonym] civil war."},
			[]string{"event:war:syrian-civil-war kind=war"}, nil},
		{"a civil war of no state is no event",
			[]string{"The Great civil war was long."},
			nil, nil},
		{"a war that pitted sides against each other",
			[]string{"The [Lebanese|country:lebanon|demonym] Civil War pitted a coalition of Christian groups against the joint forces of the [PLO|organization:plo] and [Amal|organization:amal-movement]."},
			[]string{"event:war:lebanese-civil-war kind=war"},
			[]string{"PARTICIPATED_IN organization:plo event:war:lebanese-civil-war", "PARTICIPATED_IN organization:amal-movement event:war:lebanese-civil-war"}},
		{"a state entered a failed war",
			[]string{"[Iraq|country:iraq] entered the failed 1948 Arab–Israeli War."},
			[]string{"event:war:1948-arab-israeli-war kind=war date=1948 datePrecision=year dateText=1948"},
			[]string{"PARTICIPATED_IN country:iraq event:war:1948-arab-israeli-war"}},
		{"one side thoroughly defeated the other at a battle",
			[]string{"[Iraq|country:iraq] thoroughly defeated [Iran|country:iran] at the Battle of [Mount Handrin|place:mount-handrin]."},
			[]string{"event:battle:battle-of-mount-handrin kind=battle"},
			[]string{"PARTICIPATED_IN country:iraq event:battle:battle-of-mount-handrin", "PARTICIPATED_IN country:iran event:battle:battle-of-mount-handrin", "HELD_IN event:battle:battle-of-mount-handrin place:mount-handrin"}},
		{"a numbered war keeps its number after the",
			[]string{"[Iraq|country:iraq] fought the First Kurdish Iraqi War."},
			[]string{"event:war:first-kurdish-iraqi-war kind=war"},
			[]string{"PARTICIPATED_IN country:iraq event:war:first-kurdish-iraqi-war"}},
		{"sides that fought each other in a war",
			[]string{"[Israel|country:israel] fought [Egypt|country:egypt] and [Jordan|country:jordan] in the Six-Day War."},
			[]string{"event:war:six-day-war kind=war"},
			[]string{"PARTICIPATED_IN country:israel event:war:six-day-war", "PARTICIPATED_IN country:egypt event:war:six-day-war", "PARTICIPATED_IN country:jordan event:war:six-day-war"}},
		{"in the course of a war, a relative clause on it, and the states a deed took from",
			[]string{"In the course of the Six-Day War that broke out shortly thereafter, [Israel|country:israel] occupied the [Gaza Strip|place:gaza-strip] from [Egypt|country:egypt] and the [Golan Heights|place:golan-heights] from [Syria|country:syria]."},
			[]string{"event:war:six-day-war kind=war"},
			[]string{"PARTICIPATED_IN country:israel event:war:six-day-war", "PARTICIPATED_IN country:egypt event:war:six-day-war", "PARTICIPATED_IN country:syria event:war:six-day-war"}},
		{"a deed of force during a war",
			[]string{"During the Six-Day War, [Israel|country:israel] captured the [West Bank|place:west-bank]."},
			[]string{"event:war:six-day-war kind=war"},
			[]string{"PARTICIPATED_IN country:israel event:war:six-day-war"}},
		{"a deed of force closing with the war",
			[]string{"[Israel|country:israel] occupied the [West Bank|place:west-bank] during the Six-Day War."},
			[]string{"event:war:six-day-war kind=war"},
			[]string{"PARTICIPATED_IN country:israel event:war:six-day-war"}},
		{"support given during a war is no side",
			[]string{"During the Iran–Iraq War, [Qatar|country:qatar] supported [Iraq|country:iraq] financially."},
			[]string{"event:war:iran-iraq-war kind=war"},
			[]string{"PARTICIPATED_IN country:iraq event:war:iran-iraq-war"}},
		{"a denied deed during a war is no side",
			[]string{"During the Six-Day War, [Jordan|country:jordan] never attacked [Israel|country:israel]."},
			[]string{"event:war:six-day-war kind=war"}, nil},
		{"a battle named by its place, held there",
			[]string{"Tensions erupted in the 2007 Battle of [Gaza|place:gaza], after which [Hamas|organization:hamas] took control."},
			[]string{"event:battle:2007-battle-of-gaza kind=battle date=2007 datePrecision=year dateText=2007"},
			[]string{"HELD_IN event:battle:2007-battle-of-gaza place:gaza"}},
		{"a siege named by its city, held there",
			[]string{"[Israel|country:israel] laid the Siege of [Beirut|place:beirut] in 1982."},
			[]string{"event:battle:siege-of-beirut kind=battle date=1982 datePrecision=year dateText=1982"},
			[]string{"HELD_IN event:battle:siege-of-beirut place:beirut"}},
		{"a city's fall, capitalised, held there",
			[]string{"Looting spread after the Fall of [Baghdad|place:baghdad]."},
			[]string{"event:battle:fall-of-baghdad kind=battle"},
			[]string{"HELD_IN event:battle:fall-of-baghdad place:baghdad"}},
		{"the fall of a city in lower case is no name",
			[]string{"Looting spread after the fall of [Baghdad|place:baghdad]."},
			nil, nil},
		{"an ordinal is the intifada's own",
			[]string{"Hamas was founded soon after the First Intifada broke out."},
			[]string{"event:protest:first-intifada kind=protest"}, nil},
		{"a campaign with an Arabic article, dated by its year",
			[]string{"The attack occurred during the 1988 al-Anfal Campaign in the north."},
			[]string{"event:campaign:1988-al-anfal-campaign kind=campaign date=1988 datePrecision=year dateText=1988"}, nil},
		{"a revolution named with its article",
			[]string{"The assassination triggered the Cedar Revolution, a series of demonstrations."},
			[]string{"event:revolution:cedar-revolution kind=revolution"}, nil},
		{"an offensive named with its article, dated by the sentence",
			[]string{"[Iraq|country:iraq] launched the Quxbar Offensive in 1987."},
			[]string{"event:campaign:quxbar-offensive kind=campaign date=1987 datePrecision=year dateText=1987"},
			[]string{"PARTICIPATED_IN country:iraq event:campaign:quxbar-offensive"}},
		{"an offensive named in lower case after its place, held there",
			[]string{"The [Tikrit|place:tikrit] offensive began in March 2015."},
			[]string{"event:campaign:tikrit-offensive kind=campaign date=2015-03 datePrecision=month dateText=March 2015"},
			[]string{"HELD_IN event:campaign:tikrit-offensive place:tikrit"}},
		{"a counteroffensive named by its year and place",
			[]string{"The 2016 [Aleppo|place:aleppo] counteroffensive ended the siege."},
			[]string{"event:campaign:2016-aleppo-counteroffensive kind=campaign date=2016 datePrecision=year dateText=2016"},
			[]string{"HELD_IN event:campaign:2016-aleppo-counteroffensive place:aleppo"}},
		{"an offensive described by its side is no name",
			[]string{"The [Israeli|country:israel|demonym] offensive in [Gaza|place:gaza] went on."},
			nil, nil},
		{"an offensive inside a longer name is no event",
			[]string{"Both sides kept to the Strategic Offensive Reductions Treaty."},
			nil, nil},
		{"a campaign for something is a body",
			[]string{"He joined the Campaign for Nuclear Disarmament."},
			nil, nil},
		{"a revolution opening a sentence that goes on",
			[]string{"The Saur Revolution began in April 1978."},
			[]string{"event:revolution:saur-revolution kind=revolution date=1978-04 datePrecision=month dateText=April 1978"}, nil},
		{"a so-called revolution",
			[]string{"The military rose, as shown in the so-called Cedar Revolution in 2005."},
			[]string{"event:revolution:cedar-revolution kind=revolution date=2005 datePrecision=year dateText=2005"}, nil},
		{"a revolution opening a line alone may be a heading's",
			[]string{"The Saur Revolution"},
			nil, nil},
		{"a campaign opening a sentence whose next word is no verb",
			[]string{"The Anfal Campaign and its legacy."},
			nil, nil},
		{"a dated invasion by a state",
			[]string{"In 1982, the [PLO|organization:plo] attacks on [Israel|country:israel] led to an [Israeli|country:israel|demonym] invasion."},
			[]string{"event:invasion:israel-1982 kind=invasion date=1982 datePrecision=year dateText=1982"},
			[]string{"PARTICIPATED_IN country:israel event:invasion:israel-1982"}},
		{"an invasion of a named state",
			[]string{"[Iraq|country:iraq]'s invasion of [Kuwait|country:kuwait] shocked the region."},
			[]string{"event:invasion:iraq-kuwait kind=invasion"},
			[]string{"PARTICIPATED_IN country:iraq event:invasion:iraq-kuwait"}},
		{"a feared invasion is no event",
			[]string{"In 1990, [Saudi Arabia|country:saudi-arabia] feared an [Iraqi|country:iraq|demonym] invasion of [Kuwait|country:kuwait]."},
			nil, nil},
		{"an undated invasion of no named state is no event",
			[]string{"The [Israeli|country:israel|demonym] invasion was long."},
			nil, nil},
		{"an attack named by its place, dated by the sentence before",
			[]string{"On 16 March 1988, the town of [Halabja|place:halabja] was attacked with nerve agents.", "(see [Halabja|place:halabja] poison gas attack)"},
			[]string{"event:attack:halabja-poison-gas-attack kind=attack date=1988-03-16 datePrecision=day dateText=16 March 1988"},
			[]string{"HELD_IN event:attack:halabja-poison-gas-attack place:halabja"}},
		{"a clause before an attack word names no attack",
			[]string{"Forces in [Basra|place:basra] were hit by an attack."},
			nil, nil},
		{"an indefinite attack at a place is no named one",
			[]string{"They feared a [Riyadh|place:riyadh] attack."},
			nil, nil},
		{"a rebellion dated by the clause telling its start",
			[]string{"In the Dhofar Rebellion, which began in 1965, leftist forces were pitted against government troops."},
			[]string{"event:war:dhofar-rebellion kind=war date=1965 datePrecision=year dateText=1965"}, nil},
		{"a war against a side",
			[]string{"The rebels led the fight in the Jebel Akhdar War against [Said bin Taimur|person:said-bin-taimur]."},
			[]string{"event:war:jebel-akhdar-war kind=war"},
			[]string{"PARTICIPATED_IN person:said-bin-taimur event:war:jebel-akhdar-war"}},
		{"a side led in a war",
			[]string{"Its leaders led the [Imamate of Oman|organization:imamate-of-oman] in the Jebel Akhdar War."},
			[]string{"event:war:jebel-akhdar-war kind=war"},
			[]string{"PARTICIPATED_IN organization:imamate-of-oman event:war:jebel-akhdar-war"}},
		{"a war called for against a state is no side",
			[]string{"They would welcome the Gulf War against [Iran|country:iran]."},
			[]string{"event:war:gulf-war kind=war"}, nil},
		{"a lead sentence naming the war's sides",
			[]string{"The Six-Day War (also known as the June War) was a brief armed conflict fought between [Israel|country:israel] and a coalition of Arab states, primarily [Egypt|country:egypt], [Syria|country:syria] and [Jordan|country:jordan], from 5 to 10 June 1967."},
			[]string{"event:war:six-day-war kind=war"},
			[]string{"PARTICIPATED_IN country:israel event:war:six-day-war", "PARTICIPATED_IN country:egypt event:war:six-day-war", "PARTICIPATED_IN country:syria event:war:six-day-war", "PARTICIPATED_IN country:jordan event:war:six-day-war"}},
		{"a lead sentence's sides stop at its next clause",
			[]string{"The Six-Day War was a war between [Israel|country:israel] and [Egypt|country:egypt], after which [Qatar|country:qatar] sent aid."},
			[]string{"event:war:six-day-war kind=war"},
			[]string{"PARTICIPATED_IN country:israel event:war:six-day-war", "PARTICIPATED_IN country:egypt event:war:six-day-war"}},
		{"a group of sides that launched a war",
			[]string{"[Egypt|country:egypt] and [Syria|country:syria] launched the Yom Kippur War."},
			[]string{"event:war:yom-kippur-war kind=war"},
			[]string{"PARTICIPATED_IN country:egypt event:war:yom-kippur-war", "PARTICIPATED_IN country:syria event:war:yom-kippur-war"}},
		{"a group that would have joined a war is no side",
			[]string{"[Egypt|country:egypt] and [Syria|country:syria] would have joined the Yom Kippur War."},
			[]string{"event:war:yom-kippur-war kind=war"}, nil},
		{"a side defeated in a war",
			[]string{"[Egypt|country:egypt] and [Syria|country:syria] were decisively defeated in the Six-Day War."},
			[]string{"event:war:six-day-war kind=war"},
			[]string{"PARTICIPATED_IN country:egypt event:war:six-day-war", "PARTICIPATED_IN country:syria event:war:six-day-war"}},
		{"a possessor's involvement in a war",
			[]string{"[Iran|country:iran] opposed [Iraq|country:iraq]'s involvement in the Gulf War."},
			[]string{"event:war:gulf-war kind=war"},
			[]string{"PARTICIPATED_IN country:iraq event:war:gulf-war"}},
		{"a deed of force told in a relative clause after the war",
			[]string{"It followed the Six-Day War, in which [Israel|country:israel] captured the [Golan Heights|place:golan-heights]."},
			[]string{"event:war:six-day-war kind=war"},
			[]string{"PARTICIPATED_IN country:israel event:war:six-day-war"}},
		{"a war that broke out between two sides",
			[]string{"The Gulf War broke out between [Iraq|country:iraq] and [Kuwait|country:kuwait]."},
			[]string{"event:war:gulf-war kind=war"},
			[]string{"PARTICIPATED_IN country:iraq event:war:gulf-war", "PARTICIPATED_IN country:kuwait event:war:gulf-war"}},
		{"a war named after its head",
			[]string{"Egypt then began the War of Attrition."},
			[]string{"event:war:war-of-attrition kind=war"}, nil},
		{"an office of war is no war",
			[]string{"He was the Secretary of War of the United States."},
			nil, nil},
		{"an affair named by its two sides",
			[]string{"The [Iran|country:iran]–Contra affair broke in 1986."},
			[]string{"event:affair:iran-contra-affair kind=affair date=1986 datePrecision=year dateText=1986"}, nil},
		{"an affair named by one state alone says not which",
			[]string{"The [Iran|country:iran] affair was discussed."},
			nil, nil},
		{"a state that sent troops during a war",
			[]string{"During the [Syrian|country:syria|demonym] civil war, [Hezbollah|organization:hezbollah] sent thousands of fighters to [Syria|country:syria]."},
			[]string{"event:war:syrian-civil-war kind=war"},
			[]string{"PARTICIPATED_IN organization:hezbollah event:war:syrian-civil-war"}},
		{"a party that won seats in an election took part in it",
			[]string{"When [Hamas|organization:hamas] won a majority in the 2006 Palestinian legislative election, [Fatah|organization:fatah] refused to join."},
			[]string{"event:election:2006-palestinian-legislative-election kind=election date=2006 datePrecision=year dateText=2006"},
			[]string{"PARTICIPATED_IN organization:hamas event:election:2006-palestinian-legislative-election"}},
		{"elected, with an adverb and a reflexive, in an election",
			[]string{"[El-Sisi|person:abdel-fattah-el-sisi] then was himself elected head of state in the 2014 presidential election."},
			[]string{"event:election:2014-presidential-election kind=election date=2014 datePrecision=year dateText=2014"},
			[]string{"PARTICIPATED_IN person:abdel-fattah-el-sisi event:election:2014-presidential-election"}},
		{"a member elected during an election",
			[]string{"It followed the August 2007 presidential election, during which [AKP|organization:akp] member [Abdullah Gül|person:abdullah-gul] was elected President."},
			[]string{"event:election:2007-presidential-election kind=election date=2007 datePrecision=year dateText=2007"},
			[]string{"PARTICIPATED_IN person:abdullah-gul event:election:2007-presidential-election"}},
		{"an election that opens its sentence, and who won in it",
			[]string{"In the 2015 parliamentary elections of 1 November, the [Justice and Development Party|organization:akp] (AKP) won back the majority."},
			[]string{"event:election:2015-parliamentary-elections kind=election date=2015 datePrecision=year dateText=2015"},
			[]string{"PARTICIPATED_IN organization:akp event:election:2015-parliamentary-elections"}},
		{"an election opening its sentence with its month",
			[]string{"In the April 2019 election, [Likud|organization:likud] won 35 seats."},
			[]string{"event:election:2019-election kind=election date=2019 datePrecision=year dateText=2019"},
			[]string{"PARTICIPATED_IN organization:likud event:election:2019-election"}},
		{"a party that boycotted an election took no part in it",
			[]string{"[Fatah|organization:fatah] boycotted the 2006 Palestinian legislative election."},
			[]string{"event:election:2006-palestinian-legislative-election kind=election date=2006 datePrecision=year dateText=2006"},
			nil},
		{"fighting between two sides that led to a conflict, dated by its month",
			[]string{"In July 2014, a set of lethal incidents between [Hamas|organization:hamas] and [Israel|country:israel] led to the 2014 [Israel|country:israel]–[Gaza|place:gaza] conflict."},
			[]string{"event:war:2014-israel-gaza-conflict kind=war date=2014-07 datePrecision=month dateText=July 2014"},
			[]string{"PARTICIPATED_IN organization:hamas event:war:2014-israel-gaza-conflict", "PARTICIPATED_IN country:israel event:war:2014-israel-gaza-conflict"}},
		{"the side a place was captured from",
			[]string{"[Israel|country:israel] captured the [Gaza Strip|place:gaza-strip] from [Egypt|country:egypt] in the Six-Day War in 1967."},
			[]string{"event:war:six-day-war kind=war date=1967 datePrecision=year dateText=1967"},
			[]string{"PARTICIPATED_IN country:israel event:war:six-day-war", "PARTICIPATED_IN country:egypt event:war:six-day-war"}},
		{"the war of the sentence before, and a deed during it",
			[]string{"The Six-Day War began in June.", "During the war, [Israel|country:israel] captured the [Golan Heights|place:golan-heights]."},
			[]string{"event:war:six-day-war kind=war"},
			[]string{"PARTICIPATED_IN country:israel event:war:six-day-war"}},
		{"a group that took up arms when the war began",
			[]string{"The Quxar Rebellion began in 1963 when the [Quxar Liberation Front|organization:qlf] took up arms against the Sultan."},
			[]string{"event:war:quxar-rebellion kind=war date=1963 datePrecision=year dateText=1963"},
			[]string{"PARTICIPATED_IN organization:qlf event:war:quxar-rebellion"}},
		{"a body that led the campaign during the war",
			[]string{"The Quxar Rebellion began in 1963.", "During the rebellion, the [Special Air Service|organization:sas] led the campaign against the rebels."},
			[]string{"event:war:quxar-rebellion kind=war date=1963 datePrecision=year dateText=1963"},
			[]string{"PARTICIPATED_IN organization:sas event:war:quxar-rebellion"}},
		{"the war after two wars named is neither",
			[]string{"The Six-Day War and the Yom Kippur War were short.", "During the war, [Israel|country:israel] captured the [Golan Heights|place:golan-heights]."},
			[]string{"event:war:six-day-war kind=war", "event:war:yom-kippur-war kind=war"}, nil},
		{"the war in a place is another war",
			[]string{"The Six-Day War began in June.", "During the war in [Yemen|country:yemen], [Israel|country:israel] attacked [Iran|country:iran]."},
			[]string{"event:war:six-day-war kind=war"}, nil},
		{"a summit dated right after its name",
			[]string{"The [Arab League|organization:arab-league] Summit of May 1989 led to a committee."},
			[]string{"event:summit:arab-league-summit kind=summit date=1989-05 datePrecision=month dateText=May 1989"}, nil},
		{"the execution of a named person is an incident",
			[]string{"Protests followed the execution of [Nimr al-Nimr|person:nimr] in January 2016."},
			[]string{"event:incident:execution-of-nimr-al-nimr kind=incident date=2016-01 datePrecision=month dateText=January 2016"}, nil},
		{"the winner of an election told after it",
			[]string{"It won the 2012 presidential election, when its candidate [Mohamed Morsi|person:morsi] became president."},
			[]string{"event:election:2012-presidential-election kind=election date=2012 datePrecision=year dateText=2012"},
			[]string{"PARTICIPATED_IN person:morsi event:election:2012-presidential-election"}},
		{"a person elected in an election",
			[]string{"[Hassan Rouhani|person:rouhani] was elected president in the 2013 Iranian presidential election."},
			[]string{"event:election:2013-iranian-presidential-election kind=election date=2013 datePrecision=year dateText=2013"},
			[]string{"PARTICIPATED_IN person:rouhani event:election:2013-iranian-presidential-election"}},
		{"the side answered by a deed that led to a war",
			[]string{"On 12 July 2006, [Hezbollah|organization:hezbollah] launched a series of rocket attacks into [Israel|country:israel].", "[Israel|country:israel] responded with airstrikes on targets in [Lebanon|country:lebanon], resulting in the 2006 [Lebanon|country:lebanon] War."},
			[]string{"event:war:2006-lebanon-war kind=war date=2006 datePrecision=year dateText=2006"},
			[]string{"PARTICIPATED_IN organization:hezbollah event:war:2006-lebanon-war", "PARTICIPATED_IN country:israel event:war:2006-lebanon-war"}},
		{"a sentence before that tells no deed of force is not answered",
			[]string{"On 12 July 2006, [Hezbollah|organization:hezbollah] denounced [Israel|country:israel].", "[Israel|country:israel] responded with airstrikes on targets in [Lebanon|country:lebanon], resulting in the 2006 [Lebanon|country:lebanon] War."},
			[]string{"event:war:2006-lebanon-war kind=war date=2006 datePrecision=year dateText=2006"},
			[]string{"PARTICIPATED_IN country:israel event:war:2006-lebanon-war"}},
		{"the side a defeat in the war was against",
			[]string{"It stayed small until the 1967 Six-Day War, when Islamism rose after a resounding Arab defeat against [Israel|country:israel]."},
			[]string{"event:war:1967-six-day-war kind=war date=1967 datePrecision=year dateText=1967"},
			[]string{"PARTICIPATED_IN country:israel event:war:1967-six-day-war"}},
		{"a defeat told outside a clause about the war",
			[]string{"It stayed small until the 1967 Six-Day War and then suffered a defeat against [Israel|country:israel]."},
			[]string{"event:war:1967-six-day-war kind=war date=1967 datePrecision=year dateText=1967"}, nil},
		{"a revolution led by a person",
			[]string{"He returned after the Cedar Revolution, led by [Saad Hariri|person:saad-hariri], ended."},
			[]string{"event:revolution:cedar-revolution kind=revolution"},
			[]string{"PARTICIPATED_IN person:saad-hariri event:revolution:cedar-revolution"}},
		{"a revolution that could have been led by a person",
			[]string{"He feared the Cedar Revolution would be led by [Saad Hariri|person:saad-hariri]."},
			[]string{"event:revolution:cedar-revolution kind=revolution"}, nil},
		{"a mention cut short of a longer name takes no side",
			[]string{"The 2007 [Lebanon|country:lebanon] conflict between the [Lebanese Army|organization:lebanese-army] and [Fatah|organization:fatah] al-Islam ended."},
			[]string{"event:war:2007-lebanon-conflict kind=war date=2007 datePrecision=year dateText=2007"},
			[]string{"PARTICIPATED_IN organization:lebanese-army event:war:2007-lebanon-conflict"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEventRelations(t, "", tt.lines, types, tt.relations, tt.events)
		})
	}
}

// TestInvasionAttacks: the invader of a named state attacked it; a feared
// invasion attacked nobody.
func TestInvasionAttacks(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"an invasion of a named state", "[Iraq|country:iraq]'s invasion of [Kuwait|country:kuwait] shocked the region.",
			[]string{"ATTACKED country:iraq country:kuwait"}},
		{"a feared invasion", "In 1990, [Saudi Arabia|country:saudi-arabia] feared an [Iraqi|country:iraq|demonym] invasion of [Kuwait|country:kuwait].",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"ATTACKED"}, nil, tt.want)
		})
	}
}

// TestOperationDoers: the state whose strike an operation was.
func TestOperationDoers(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"a strike with the operation's name in brackets",
			"Osirak was destroyed on 7 June 1981 by an [Israeli|country:israel|demonym] air strike (Operation Opera).",
			[]string{"PARTICIPATED_IN country:israel event:attack:operation-opera"}},
		{"an operation launched by a state",
			"Operation Opera, launched by [Israel|country:israel], destroyed the reactor.",
			[]string{"PARTICIPATED_IN country:israel event:attack:operation-opera"}},
		{"an operation set off as a counteroffensive by a force",
			"Jenin was a combat zone in Operation Quxshield, a major military counteroffensive by the [Israel Defense Forces|organization:israel-defense-forces].",
			[]string{"PARTICIPATED_IN organization:israel-defense-forces event:attack:operation-quxshield"}},
		{"a state's involvement in an operation",
			"[Syria|country:syria]'s initial involvement in Operation Quxshield rolled into a war.",
			[]string{"PARTICIPATED_IN country:syria event:attack:operation-quxshield"}},
		{"an operation a body responded with",
			"[Mossad|organization:mossad] responded with Operation Quxwrath.",
			[]string{"PARTICIPATED_IN organization:mossad event:attack:operation-quxwrath"}},
		{"a state named near an operation without a strike word",
			"[Israel|country:israel] (Operation Opera) was criticised.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"PARTICIPATED_IN"}, nil, tt.want)
		})
	}
}

// TestLedInAWar: a leader who led forces in a catalog war took part in it;
// leading at something after a war is no part in it.
func TestLedInAWar(t *testing.T) {
	x := testExtractor(t)
	res := x.Extract(docOf("Mustafa Barzani led the Kurds in the First Kurdish Iraqi War.\nIsrael led the world in exports after the Six-Day War."))
	checkRelationKeys(t, res, []string{"PARTICIPATED_IN person:mustafa-barzani event:first-iraqi-kurdish-war"},
		[]string{"PARTICIPATED_IN country:israel event:six-day-war"})
}

// TestOperationInHeadline: a title-case headline writes its verb
// capitalised after an operation's name; the name ends before it.
func TestOperationInHeadline(t *testing.T) {
	x := testExtractor(t)
	res := x.Extract(docOf("Operation Quxward Outcast Grounds Iran’s Aviation Sector\nToday the United States continues Operation Quxward Outcast."))
	var events []string
	for _, e := range res.Entities {
		if e.Type == "Event" {
			events = append(events, e.Name)
		}
	}
	if len(events) != 1 || events[0] != "Operation Quxward Outcast" {
		t.Errorf("events: got %q, want the one operation", events)
	}
}
