package extract

import "testing"

// TestAttendedEvents: "X attended the summit" is the one summit named just
// before; other events, hedges and qualified nouns give nothing.
func TestAttendedEvents(t *testing.T) {
	const summit = "The 2023 [Arab League|organization:arab-league] summit was held in [Jeddah|place:jeddah]."
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a state attended the summit of the sentence before",
			[]string{summit, "[Syria|country:syria] attended the summit for the first time in years."},
			[]string{"PARTICIPATED_IN country:syria event:summit:2023-arab-league-summit"}},
		{"ministers from states took part in it",
			[]string{summit, "Ministers from [Egypt|country:egypt] and [Jordan|country:jordan] took part in the summit."},
			[]string{"PARTICIPATED_IN country:egypt event:summit:2023-arab-league-summit", "PARTICIPATED_IN country:jordan event:summit:2023-arab-league-summit"}},
		{"a summit of something else is that summit, not the one before",
			[]string{summit, "[Syria|country:syria] attended the summit of the [G7|organization:g7]."},
			[]string{"PARTICIPATED_IN country:syria event:meeting:g7-summit"}},
		{"the story's one summit, sentences before",
			[]string{summit, "", "Crowds gathered outside.", "", "[Syria|country:syria] attended the summit for the first time in years."},
			[]string{"PARTICIPATED_IN country:syria event:summit:2023-arab-league-summit"}},
		{"two summits sentences before: which is not said",
			[]string{summit, "The 2024 [Arab League|organization:arab-league] summit was held in [Manama|place:manama].", "", "Crowds gathered outside.", "[Syria|country:syria] attended the summit for the first time in years."},
			nil},
		{"two summits near, one far: which is not said",
			[]string{summit, "", "Crowds gathered outside.", "The 2024 [Arab League|organization:arab-league] summit was held in [Manama|place:manama] and the 2025 [Arab League|organization:arab-league] summit was held in [Baghdad|place:baghdad].", "[Syria|country:syria] attended the summit for the first time in years."},
			nil},
		{"addressed the delegates of the summit before",
			[]string{summit, "[Tony Blair|person:tony-blair] and [Amr Moussa|person:amr-moussa] also addressed the delegates."},
			[]string{"PARTICIPATED_IN person:tony-blair event:summit:2023-arab-league-summit", "PARTICIPATED_IN person:amr-moussa event:summit:2023-arab-league-summit"}},
		{"a summit refused",
			[]string{summit, "[Syria|country:syria] refused to attend the summit."},
			nil},
		{"no summit named before",
			[]string{"[Syria|country:syria] attended the summit."},
			nil},
		{"a conference is no summit",
			[]string{summit, "[Syria|country:syria] attended the conference."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"PARTICIPATED_IN"}, nil, tt.want)
		})
	}
}

// TestWitnessedSigning: "the signing" is the signing the sentences before
// told of; who witnessed it took part, and where it was is its venue.
func TestWitnessedSigning(t *testing.T) {
	const signed = "Minister [Mehmet Fatih Kacır|person:kacir] signed the [Artemis Accords|agreement:artemis] on August 31, 2026."
	const signing = "event:agreement:artemis:2026-08-31"
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"witnessed at a ceremony at a building",
			[]string{signed, "Administrator [Jared Isaacman|person:isaacman|title=Administrator] witnessed and celebrated the signing at a ceremony at the [NASA Headquarters|place:nasa-hq]."},
			[]string{"PARTICIPATED_IN person:kacir " + signing, "PARTICIPATED_IN person:isaacman " + signing, "HELD_IN " + signing + " place:nasa-hq"}},
		{"attended it in a city",
			[]string{signed, "[Jared Isaacman|person:isaacman] attended the signing in [Washington|place:washington]."},
			[]string{"PARTICIPATED_IN person:kacir " + signing, "PARTICIPATED_IN person:isaacman " + signing, "HELD_IN " + signing + " place:washington"}},
		{"no signing told before",
			[]string{"[Jared Isaacman|person:isaacman] witnessed the signing at the [NASA Headquarters|place:nasa-hq]."},
			nil},
		{"a place of something else",
			[]string{signed, "[Jared Isaacman|person:isaacman] witnessed the signing and flew to [Houston|place:houston]."},
			[]string{"PARTICIPATED_IN person:kacir " + signing, "PARTICIPATED_IN person:isaacman " + signing}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"PARTICIPATED_IN", "HELD_IN"}, nil, tt.want)
		})
	}
}

// TestListedAttenders: the people a list of participants names took part
// in the event just told of; what follows the list, and a list with no
// event before it, give nothing.
func TestListedAttenders(t *testing.T) {
	const summit = "The 2023 [Arab League|organization:arab-league] summit was held in [Jeddah|place:jeddah]."
	const event = "event:summit:2023-arab-league-summit"
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"participating were",
			[]string{summit, "Participating were President [Zorba Quxley|person:zq|title=President] and Foreign Minister [Quxar Zorbani|person:qz|title=Foreign Minister]."},
			[]string{"PARTICIPATED_IN person:zq " + event, "PARTICIPATED_IN person:qz " + event}},
		{"participants included, with the holders of their titles",
			[]string{summit, "Participants included King [Zorba Quxley|person:zq|title=King] of [Jordan|country:jordan], [Qatar|country:qatar]'s Emir [Quxar Zorbani|person:qz|title=Emir] and [Zed Quxton|person:zd]."},
			[]string{"PARTICIPATED_IN person:zq " + event, "PARTICIPATED_IN person:qz " + event, "PARTICIPATED_IN person:zd " + event}},
		{"the summit was attended by",
			[]string{summit, "The summit was attended by [Zorba Quxley|person:zq] and [Quxar Zorbani|person:qz]."},
			[]string{"PARTICIPATED_IN person:zq " + event, "PARTICIPATED_IN person:qz " + event}},
		{"participants included states and bodies",
			[]string{summit, "Participants included the [European Union|organization:eu], [China|country:china], [Egypt|country:egypt] and [Iranian|country:iran|demonym] diplomats."},
			[]string{"PARTICIPATED_IN organization:eu " + event, "PARTICIPATED_IN country:china " + event, "PARTICIPATED_IN country:egypt " + event}},
		{"countries took part, among them states and their envoys",
			[]string{summit, "More than forty countries and organizations took part, among them [Saudi Arabia|country:saudi-arabia], represented by Foreign Minister [Quxar Zorbani|person:qz|title=Foreign Minister], and [Syria|country:syria], whose delegation was headed by [Zorba Quxley|person:zq]."},
			[]string{"PARTICIPATED_IN country:saudi-arabia " + event, "PARTICIPATED_IN person:qz " + event, "PARTICIPATED_IN country:syria " + event, "PARTICIPATED_IN person:zq " + event}},
		{"countries took part in another kind of event: not the summit",
			[]string{summit, "Twelve countries took part in the talks, including [Syria|country:syria]."},
			nil},
		{"a clause after the list is not the list",
			[]string{summit, "Participating were [Zorba Quxley|person:zq], who was received by [Quxar Zorbani|person:qz]."},
			[]string{"PARTICIPATED_IN person:zq " + event}},
		{"a conference was attended by: not the summit",
			[]string{summit, "The conference was attended by [Zorba Quxley|person:zq]."},
			nil},
		{"no event before",
			[]string{"Participating were [Zorba Quxley|person:zq] and [Quxar Zorbani|person:qz]."},
			nil},
		{"people named before the opener",
			[]string{summit, "[Zorba Quxley|person:zq] said participating were few."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"PARTICIPATED_IN"}, nil, tt.want)
		})
	}
}

// TestAttendedByAside: those listed after ", attended by" right after an
// event took part in it (the passive of a clause is events_passive_doers.go's);
// a list after something else, or a planned attendance, gives nothing.
func TestAttendedByAside(t *testing.T) {
	const summit = "event:khartoum-summit"
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"a summit of a month, attended by three",
			"The [Khartoum summit|event:khartoum-summit] of August 1967, attended by [Nasser|person:nasser], King [Faisal|person:faisal|title=King] and the [PLO|organization:plo], adopted the Three Noes.",
			[]string{"PARTICIPATED_IN person:nasser " + summit, "PARTICIPATED_IN person:faisal " + summit, "PARTICIPATED_IN organization:plo " + summit}},
		{"which was attended by",
			"The [Khartoum summit|event:khartoum-summit], which was attended by [Nasser|person:nasser], ended.",
			[]string{"PARTICIPATED_IN person:nasser " + summit}},
		{"chaired by",
			"The [Khartoum summit|event:khartoum-summit] of August 1967, chaired by [Mohamed Mahgoub|person:mahgoub], adopted the Three Noes.",
			[]string{"PARTICIPATED_IN person:mahgoub " + summit}},
		{"was attended by",
			"The [Khartoum summit|event:khartoum-summit] of August 1967 was attended by [Nasser|person:nasser] and [Mohamed Mahgoub|person:mahgoub].",
			[]string{"PARTICIPATED_IN person:nasser " + summit, "PARTICIPATED_IN person:mahgoub " + summit}},
		{"an office before its holder, and by another",
			"The [Khartoum summit|event:khartoum-summit] of August 1967, attended by the [Saudi|country:sa|demonym] foreign minister, Prince [Faisal bin Farhan|person:faisal|title=Prince], and by President [Nasser|person:nasser|title=President], adopted the Three Noes.",
			[]string{"PARTICIPATED_IN person:faisal " + summit, "PARTICIPATED_IN person:nasser " + summit}},
		{"a resolution attended by no one",
			"The [Khartoum summit|event:khartoum-summit] adopted a resolution, later endorsed by [Nasser|person:nasser].",
			nil},
		{"an attendance to come",
			"The [Khartoum summit|event:khartoum-summit], to be attended by [Nasser|person:nasser], will open.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"PARTICIPATED_IN"}, nil, tt.want)
		})
	}
}

// TestAttendedByIt: "It was chaired … and attended by …" right after the
// sentence of one event tells who took part in it; with two events before,
// or none, it tells nothing.
func TestAttendedByIt(t *testing.T) {
	const summit = "event:khartoum-summit"
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"chaired by a person and attended by representatives of states",
			[]string{"The [Khartoum summit|event:khartoum-summit] opened in August 1967.",
				"It was chaired by [Mohamed Mahgoub|person:mahgoub], and attended by representatives of [Egypt|country:egypt], [Jordan|country:jordan] and [Syria|country:syria]."},
			[]string{"PARTICIPATED_IN person:mahgoub " + summit, "PARTICIPATED_IN country:egypt " + summit, "PARTICIPATED_IN country:jordan " + summit, "PARTICIPATED_IN country:syria " + summit}},
		{"the meeting was attended by",
			[]string{"The [Khartoum summit|event:khartoum-summit] opened in August 1967.",
				"The meeting was also attended by [Nasser|person:nasser]."},
			[]string{"PARTICIPATED_IN person:nasser " + summit}},
		{"two events before",
			[]string{"The [Khartoum summit|event:khartoum-summit] followed the [Six-Day War|event:six-day-war].",
				"It was attended by [Nasser|person:nasser]."},
			nil},
		{"no event before",
			[]string{"[Nasser|person:nasser] flew to Khartoum.",
				"It was attended by [King Faisal|person:faisal]."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"PARTICIPATED_IN"}, nil, tt.want)
		})
	}
}

// TestAttendedListsAndChairs: the states and bodies listed after "were
// represented at the meeting:" took part in it, and so did the one who
// chaired it with its host.
func TestAttendedListsAndChairs(t *testing.T) {
	const ev = "event:summit:2023-arab-league-summit"
	const summit = "The 2023 [Arab League|organization:arab-league] summit was held in [Jeddah|place:jeddah]."
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a list after the colon",
			[]string{summit, "The following members were represented at the summit: [Albania|country:albania], the [Netherlands|country:netherlands] and [INTERPOL|organization:interpol]."},
			[]string{"PARTICIPATED_IN country:albania " + ev, "PARTICIPATED_IN country:netherlands " + ev, "PARTICIPATED_IN organization:interpol " + ev}},
		{"no list without the colon",
			[]string{summit, "The following members were represented at the summit held by [Albania|country:albania]."},
			nil},
		{"chaired with",
			[]string{summit, "[Faisal bin Farhan|person:faisal] co-chaired the summit with [Antony Blinken|person:blinken]."},
			[]string{"PARTICIPATED_IN person:blinken " + ev}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"PARTICIPATED_IN"}, nil, tt.want)
		})
	}
}

// TestAttendedNamed: who attended a gathering the sentence names took part
// in it, with those it was attended with and its host's person; those
// closing a clause about the gathering it opened with attended it too.
func TestAttendedNamed(t *testing.T) {
	checkEventCases(t, []string{"PARTICIPATED_IN", "HOSTED"}, []eventCase{
		{"attended the first summit, with others", "2025-12-01",
			[]string{"[Shavkat Mirziyoyev|person:mirziyoyev] attended the first [EU–Central Asia summit|event:eu-central-asia-summit] in [Samarkand|place:samarkand] on 3–4 April 2025 with [António Costa|person:costa] and [Ursula von der Leyen|person:vdl]."},
			nil,
			[]string{"PARTICIPATED_IN person:mirziyoyev event:eu-central-asia-summit", "PARTICIPATED_IN person:costa event:eu-central-asia-summit", "PARTICIPATED_IN person:vdl event:eu-central-asia-summit"}},
		{"attended a second summit, hosted by a president", "2025-12-01",
			[]string{"On 6 November 2025 [Kassym-Jomart Tokayev|person:tokayev] attended a second [C5+1 summit|event:c5-summit] at the [White House|organization:wh], hosted by President [Donald Trump|person:trump|title=President]."},
			nil,
			[]string{"PARTICIPATED_IN person:tokayev event:c5-summit", "PARTICIPATED_IN person:trump event:c5-summit"}},
		{"those who attended close the clause", "2025-12-01",
			[]string{"The [Samarkand summit|event:samarkand-summit] was held on 15 September 2022; [Xi Jinping|person:xi] and [Narendra Modi|person:modi] attended."},
			nil,
			[]string{"PARTICIPATED_IN person:xi event:samarkand-summit", "PARTICIPATED_IN person:modi event:samarkand-summit"}},
		{"was attending a summit", "2025-12-01",
			[]string{"Amin seized power while President [Milton Obote|person:obote|title=President] was attending the [Commonwealth summit|event:commonwealth-summit] in [Singapore|country:singapore]."},
			nil,
			[]string{"PARTICIPATED_IN person:obote event:commonwealth-summit"}},
		{"who opened a conference after its place and day", "2025-12-01",
			[]string{"The [Ninth Ministerial Conference|event:ninth-ministerial-conference] of the Heart of Asia–Istanbul Process was held in [Dushanbe|place:dushanbe] on 30 March 2021, opened by [Rahmon|person:rahmon] and [Afghan|country:afghanistan|demonym] President [Ashraf Ghani|person:ghani|title=President]."},
			nil,
			[]string{"PARTICIPATED_IN person:rahmon event:ninth-ministerial-conference", "PARTICIPATED_IN person:ghani event:ninth-ministerial-conference"}},
		{"the subject of a sentence opening at a summit", "2025-12-01",
			[]string{"At the [Bucharest summit|event:bucharest-summit] of April 2008, [NATO|organization:nato] leaders declared that [Georgia|country:georgia] would join."},
			nil,
			[]string{"PARTICIPATED_IN organization:nato event:bucharest-summit"}},
	})
}

// TestAttendedWhich: those a relative clause after a gathering says
// attended it, each for a state, took part in it.
func TestAttendedWhich(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "each for a state",
			text: "The rift closed at the 41st GCC summit in AlUla on 5 January 2021, which Crown Prince Salman bin Hamad Al Khalifa attended for Bahrain and Emir Tamim bin Hamad Al Thani for Qatar.",
			want: []string{"PARTICIPATED_IN person:salman-bin-hamad-al-khalifa event:summit:41st-gcc-summit", "PARTICIPATED_IN person:tamim-bin-hamad-al-thani event:summit:41st-gcc-summit"}},
	})
}

// TestAttendedCeremony: "the ceremony" is the signing the story told of;
// who attended it, who opened it, who was among its guests and those who
// "did" as well took part in it.
func TestAttendedCeremony(t *testing.T) {
	const signing = "event:agreement:treaty-of-zorba:2015-12-17"
	const signed = "On 17 December 2015 Libya and Tunisia signed the Treaty of Zorba in Skhirat.\n"
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "attended, as did the ministers of states",
			text: signed + "Salaheddine Mezouar attended the ceremony, as did the foreign ministers of Italy, Spain and Qatar.",
			want: []string{"PARTICIPATED_IN person:salaheddine-mezouar " + signing, "PARTICIPATED_IN country:italy " + signing,
				"PARTICIPATED_IN country:spain " + signing, "PARTICIPATED_IN country:qatar " + signing}},
		{name: "among the leaders at the ceremony",
			text: signed + "Paul Kagame and Benjamin Mkapa were among the leaders at the ceremony.",
			want: []string{"PARTICIPATED_IN person:paul-kagame " + signing, "PARTICIPATED_IN person:benjamin-mkapa " + signing}},
		{name: "the signing ceremony was attended by",
			text: signed + "The signing ceremony, held in a hotel, was attended by Paul Kagame.",
			want: []string{"PARTICIPATED_IN person:paul-kagame " + signing}},
		{name: "opened the ceremony",
			text: signed + "Salaheddine Mezouar opened the ceremony with a short speech.",
			want: []string{"PARTICIPATED_IN person:salaheddine-mezouar " + signing}},
		{name: "no signing told of: no ceremony to attend",
			text: "Salaheddine Mezouar attended the ceremony, as did the foreign ministers of Italy and Spain.",
			not:  []string{"PARTICIPATED_IN country:italy " + signing}},
	})
}
