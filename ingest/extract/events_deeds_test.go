package extract

import "testing"

// TestDeedDoers: who carried out, planned or was responsible for a deed,
// or whose role in it the text names, took part in it; claims, denials
// and deeds that are no violent act give nothing.
func TestDeedDoers(t *testing.T) {
	const attacks = "event:september-11-attacks"
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"carried out, by a group",
			[]string{"[Al-Qaeda|organization:al-qaeda] carried out the [September 11 attacks|" + attacks + "]."},
			[]string{"PARTICIPATED_IN organization:al-qaeda " + attacks}},
		{"masterminded, by a person",
			[]string{"[Khalid Sheikh Mohammed|person:ksm] masterminded the [September 11 attacks|" + attacks + "]."},
			[]string{"PARTICIPATED_IN person:ksm " + attacks}},
		{"two planners coordinated",
			[]string{"[Osama bin Laden|person:obl] and [Khalid Sheikh Mohammed|person:ksm] planned the [September 11 attacks|" + attacks + "]."},
			[]string{"PARTICIPATED_IN person:obl " + attacks, "PARTICIPATED_IN person:ksm " + attacks}},
		{"responsible for, in the passive voice of blame",
			[]string{"[Hezbollah|organization:hezbollah] was responsible for the [1983 Beirut barracks bombings|event:beirut-barracks-bombings]."},
			[]string{"PARTICIPATED_IN organization:hezbollah event:beirut-barracks-bombings"}},
		{"claimed responsibility",
			[]string{"The [Houthis|organization:houthis] claimed responsibility for the [Abqaiq attack|event:abqaiq-attack] on Saturday."},
			[]string{"PARTICIPATED_IN organization:houthis event:abqaiq-attack"}},
		{"began a so-called operation",
			[]string{"In 1941, [Nazi Germany|country:germany] began the so-called [Operation Barbarossa|event:operation-barbarossa] and invaded the [Soviet Union|country:soviet-union]."},
			[]string{"PARTICIPATED_IN country:germany event:operation-barbarossa"}},
		{"commenced an operation",
			[]string{"On 6 October 1973, [Egypt|country:egypt] commenced [Operation Badr|event:operation-badr] to retake the [Sinai|place:sinai]."},
			[]string{"PARTICIPATED_IN country:egypt event:operation-badr"}},
		{"two states launched an operation",
			[]string{"The [United States|country:united-states] and [Britain|country:united-kingdom] launched [Operation Desert Fox|event:operation-desert-fox] in December 1998."},
			[]string{"PARTICIPATED_IN country:united-states event:operation-desert-fox", "PARTICIPATED_IN country:united-kingdom event:operation-desert-fox"}},
		{"an operation threatened is not launched",
			[]string{"[Israel|country:israel] has threatened to launch [Operation Northern Shield|event:operation-northern-shield]."},
			nil},
		{"an operation not launched",
			[]string{"[Iran|country:iran] did not launch [Operation True Promise|event:operation-true-promise]."},
			nil},
		{"an operation planned is not yet launched",
			[]string{"[Israel|country:israel] planned [Operation Opera|event:operation-opera] for months."},
			nil},
		{"a group's name with its head noun, the deed among others",
			[]string{"Under his leadership, the [al-Qaeda|organization:al-qaeda] organization was responsible for, in addition to the [September 11 attacks|" + attacks + "], many other attacks."},
			[]string{"PARTICIPATED_IN organization:al-qaeda " + attacks}},
		{"a possessor's role",
			[]string{"[Hamas|organization:hamas]'s role in the [October 7 attack|event:october-7-attack] was plain."},
			[]string{"PARTICIPATED_IN organization:hamas event:october-7-attack"}},
		{"his role, the sentence's subject",
			[]string{"[Osama bin Laden|person:obl] is best known for his role in masterminding the [September 11 attacks|" + attacks + "]."},
			[]string{"PARTICIPATED_IN person:obl " + attacks}},
		{"his involvement, an organisation between",
			[]string{"[Osama bin Laden|person:obl] was on the [FBI|organization:fbi]'s list for his involvement in the [1998 embassy bombings|event:embassy-bombings]."},
			[]string{"PARTICIPATED_IN person:obl event:embassy-bombings"}},
		{"his role, another person between",
			[]string{"[Ayman al-Zawahiri|person:zawahiri] praised [Osama bin Laden|person:obl] for his role in the [September 11 attacks|" + attacks + "]."},
			nil},
		{"a claim someone makes",
			[]string{"[Hassan Nasrallah|person:nasrallah] insists that [Israel|country:israel] was responsible for the [assassination of Hariri|event:assassination-of-hariri]."},
			nil},
		{"responsibility denied",
			[]string{"[Iran|country:iran] was not behind the [1983 Beirut barracks bombings|event:beirut-barracks-bombings]."},
			nil},
		{"a gathering is no deed",
			[]string{"[Oman|country:oman] organized the [Muscat Conference|event:muscat-conference]."},
			nil},
		{"planning a deed is not yet one",
			[]string{"[Al-Qaeda|organization:al-qaeda] wanted to carry out the [September 11 attacks|" + attacks + "]."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"PARTICIPATED_IN"}, nil, tt.want)
		})
	}
}

// TestGatheringActors: the actors right after a gathering the sentence
// opens with, doing something there, were at it.
func TestGatheringActors(t *testing.T) {
	const conf = "event:tehran-conference"
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"three leaders in apposition after a dash",
			[]string{"At the 1943 [Tehran Conference|" + conf + "], the Allied \"Big Three\"—[Joseph Stalin|person:stalin], [Franklin D. Roosevelt|person:fdr], and [Winston Churchill|person:churchill]—issued the Tehran Declaration."},
			[]string{"PARTICIPATED_IN person:stalin " + conf, "PARTICIPATED_IN person:fdr " + conf, "PARTICIPATED_IN person:churchill " + conf}},
		{"two leaders during a summit, a date before",
			[]string{"In 2019, during the [Hanoi Summit|event:hanoi-summit], [Donald Trump|person:trump] and [Kim Jong Un|person:kim] failed to reach a deal."},
			[]string{"PARTICIPATED_IN person:trump event:hanoi-summit", "PARTICIPATED_IN person:kim event:hanoi-summit"}},
		{"two leaders during a summit",
			[]string{"During the [Hanoi Summit|event:hanoi-summit], [Donald Trump|person:trump] and [Kim Jong Un|person:kim] discussed sanctions."},
			[]string{"PARTICIPATED_IN person:trump event:hanoi-summit", "PARTICIPATED_IN person:kim event:hanoi-summit"}},
		{"states at a conference",
			[]string{"At the [Madrid Conference|event:madrid-conference], [Israel|country:israel] and [Syria|country:syria] agreed to hold direct talks."},
			[]string{"PARTICIPATED_IN country:israel event:madrid-conference", "PARTICIPATED_IN country:syria event:madrid-conference"}},
		{"a war is no gathering",
			[]string{"During the [Gulf War|event:gulf-war], [Saudi Arabia|country:saudi-arabia] said it feared an attack."},
			nil},
		{"a possessor is no actor",
			[]string{"At the [Madrid Conference|event:madrid-conference], [Israel|country:israel]'s delegation walked out."},
			nil},
		{"what they did not do there",
			[]string{"At the [Madrid Conference|event:madrid-conference], [Israel|country:israel] and [Syria|country:syria] did not agree."},
			nil},
		{"a gathering inside the sentence",
			[]string{"[Israel|country:israel] later said that at the [Madrid Conference|event:madrid-conference], [Syria|country:syria] agreed to talks."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"PARTICIPATED_IN"}, nil, tt.want)
		})
	}
}

// TestCoPlotters: who staged a coup together with its subject, or the
// body the subject led, took part; a built coup is held where the text
// says it was staged.
func TestCoPlotters(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		types []string
		want  []string
	}{
		{"a body and a person coordinated",
			[]string{"In 1952, the [Free Officers|organization:free-officers] and [Gamal Abdel Nasser|person:nasser] staged a coup."},
			[]string{"PARTICIPATED_IN"},
			[]string{"PARTICIPATED_IN organization:free-officers event:coup:1952-coup", "PARTICIPATED_IN person:nasser event:coup:1952-coup"}},
		{"members of a body under a leader",
			[]string{"On 14 July 1958, members of the [Iraqi Army|organization:iraqi-army], under [Abd al-Karim Qasim|person:qasim], staged a coup to topple the monarchy."},
			[]string{"PARTICIPATED_IN"},
			[]string{"PARTICIPATED_IN organization:iraqi-army event:coup:1958-07-14-coup", "PARTICIPATED_IN person:qasim event:coup:1958-07-14-coup"}},
		{"a body named in quotes and a person",
			[]string{"On 1 April 1941, members of the \"[Golden Square|organization:golden-square]\" and [Rashid Ali|person:rashid-ali] staged a coup in [Baghdad|place:baghdad]."},
			[]string{"PARTICIPATED_IN"},
			[]string{"PARTICIPATED_IN organization:golden-square event:coup:1941-04-01-coup", "PARTICIPATED_IN person:rashid-ali event:coup:1941-04-01-coup"}},
		{"a body beside a leader, not under him",
			[]string{"In 1958, the [Iraqi Army|organization:iraqi-army] praised [Abd al-Karim Qasim|person:qasim], who staged a coup."},
			[]string{"PARTICIPATED_IN"},
			[]string{"PARTICIPATED_IN person:qasim event:coup:1958-coup"}}, // the one who staged it only
		{"a coup staged in a city",
			[]string{"In 1952, [Gamal Abdel Nasser|person:nasser] staged a coup in [Cairo|place:cairo]."},
			[]string{"HELD_IN"},
			[]string{"HELD_IN event:coup:1952-coup place:cairo"}},
		{"a coup denied, in a city",
			[]string{"In 1952, [Gamal Abdel Nasser|person:nasser] did not stage a coup in [Cairo|place:cairo]."},
			[]string{"HELD_IN", "PARTICIPATED_IN"},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, tt.types, nil, tt.want)
		})
	}
}

// TestGroupTakingPart: every member of a group that attended, sent envoys
// or troops to, or was represented at an event took part in it.
func TestGroupTakingPart(t *testing.T) {
	const conf = "event:algiers-conference"
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"delegates from two states attended",
			[]string{"Delegates from [Iran|country:iran] and [Iraq|country:iraq] attended the [Algiers Conference|" + conf + "] in 1975."},
			[]string{"PARTICIPATED_IN country:iran " + conf, "PARTICIPATED_IN country:iraq " + conf}},
		{"a delegation sent",
			[]string{"[Iran|country:iran] sent a delegation to the [Algiers Conference|" + conf + "]."},
			[]string{"PARTICIPATED_IN country:iran " + conf}},
		{"troops sent to a war by two states",
			[]string{"[Britain|country:united-kingdom] and [France|country:france] sent troops to the [Gulf War|event:gulf-war]."},
			[]string{"PARTICIPATED_IN country:united-kingdom event:gulf-war", "PARTICIPATED_IN country:france event:gulf-war"}},
		{"represented at, in the passive",
			[]string{"[Israel|country:israel] and [Egypt|country:egypt] were represented at the [Algiers Conference|" + conf + "]."},
			[]string{"PARTICIPATED_IN country:israel " + conf, "PARTICIPATED_IN country:egypt " + conf}},
		{"a delegation not sent",
			[]string{"[Syria|country:syria] did not send a delegation to the [Algiers Conference|" + conf + "]."},
			nil},
		{"a delegation refused",
			[]string{"[Iran|country:iran] refused to send envoys to the [Algiers Conference|" + conf + "]."},
			nil},
		{"troops sent to a place, not to the event",
			[]string{"[Britain|country:united-kingdom] sent troops to [Saudi Arabia|country:saudi-arabia] before the [Gulf War|event:gulf-war]."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"PARTICIPATED_IN"}, nil, tt.want)
		})
	}
}

// TestKnownAsDeed: the subjects of a clause told as "in what became known
// as E" took part in E, held where their force fell.
func TestKnownAsDeed(t *testing.T) {
	const inv = "event:anglo-soviet-invasion-of-iran"
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"two invaders of a state",
			[]string{"The [Soviet Union|country:soviet-union] and the [United Kingdom|country:united-kingdom] jointly invaded [Iran|country:iran] in August 1941, in what became known as the [Anglo-Soviet invasion of Iran|" + inv + "]."},
			[]string{"PARTICIPATED_IN country:soviet-union " + inv, "PARTICIPATED_IN country:united-kingdom " + inv, "HELD_IN " + inv + " country:iran"}},
		{"three states, a crisis, a year opening",
			[]string{"In 1956, [Britain|country:united-kingdom], [France|country:france] and [Israel|country:israel] invaded [Egypt|country:egypt] in what became known as the [Suez Crisis|event:suez-crisis]."},
			[]string{"PARTICIPATED_IN country:united-kingdom event:suez-crisis", "PARTICIPATED_IN country:france event:suez-crisis", "PARTICIPATED_IN country:israel event:suez-crisis", "HELD_IN event:suez-crisis country:egypt"}},
		{"the beginning of a war",
			[]string{"In 1961, [Mustafa Barzani|person:mustafa-barzani] began engaging government forces in what was the beginning of the [First Kurdish Iraqi War|event:first-kurdish-iraqi-war]."},
			[]string{"PARTICIPATED_IN person:mustafa-barzani event:first-kurdish-iraqi-war"}},
		{"a deed denied",
			[]string{"[Iran|country:iran] did not attack [Israel|country:israel] in what became known as the [October 7 attacks|event:october-7-attacks]."},
			nil},
		{"a possessor's people are not the state",
			[]string{"[Iraq|country:iraq]'s leaders praised [Kuwait|country:kuwait] in what became known as the [Suez Crisis|event:suez-crisis]."},
			nil},
		{"a name given without 'in what'",
			[]string{"[Israel|country:israel] invaded [Egypt|country:egypt]; historians later called it the [Suez Crisis|event:suez-crisis]."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"PARTICIPATED_IN", "HELD_IN"}, nil, tt.want)
		})
	}
}

// TestEventHostedBy: the group after "hosted by" or "mediated by" right
// after an event hosted or mediated it; only states and places host.
func TestEventHostedBy(t *testing.T) {
	const conf = "event:madrid-conference"
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"hosted by a state, in apposition",
			[]string{"The [Madrid Conference|" + conf + "], hosted by [Spain|country:spain], opened on October 30, 1991."},
			[]string{"HOSTED country:spain " + conf}},
		{"mediated by two states, in the passive",
			[]string{"The [Madrid Conference|" + conf + "] was mediated by the [United States|country:united-states] and the [Soviet Union|country:soviet-union]."},
			[]string{"MEDIATED country:united-states " + conf, "MEDIATED country:soviet-union " + conf}},
		{"a relative clause",
			[]string{"Talks were held during the [Madrid Conference|" + conf + "], which was hosted by [Spain|country:spain]."},
			[]string{"HOSTED country:spain " + conf}},
		{"a person does not host",
			[]string{"The [Madrid Conference|" + conf + "], hosted by [Felipe González|person:gonzalez], opened."},
			nil},
		{"hosting denied",
			[]string{"The [Madrid Conference|" + conf + "] was not hosted by [Spain|country:spain]."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"HOSTED", "MEDIATED"}, nil, tt.want)
		})
	}
}
