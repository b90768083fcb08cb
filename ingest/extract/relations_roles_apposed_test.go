package extract

import "testing"

// TestApposedRoles: an office after a person with its state or
// organisation as a modifier; and the look-alikes.
func TestApposedRoles(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"an organisation's acronym before the office", []string{
			"[Rafael Grossi|person:rafael-grossi], the [IAEA|organization:iaea] director general, visited Tehran."},
			[]string{"HOLDS_ROLE person:rafael-grossi organization:iaea title=Director General"}},
		{"a state that names the brief of an office at a body", []string{
			"[Ali Vaez|person:ali-vaez], [Iran|country:iran] project director at the [International Crisis Group|organization:icg], spoke."},
			[]string{"HOLDS_ROLE person:ali-vaez organization:icg title=Iran Project Director"}},
		{"a state's consul-general in a city", []string{
			"[Roger Short|person:roger-short], [Britain|country:united-kingdom]'s consul-general in [Istanbul|place:istanbul], was among the dead."},
			[]string{"HOLDS_ROLE person:roger-short country:united-kingdom title=Consul-general"}},
		{"a capitalised office", []string{
			"[Jens Stoltenberg|person:jens-stoltenberg], the [NATO|organization:nato] Secretary General, spoke on Monday."},
			[]string{"HOLDS_ROLE person:jens-stoltenberg organization:nato title=Secretary General"}},
		{"a state's abbreviation and the office's object", []string{
			"[Steve Witkoff|person:steve-witkoff], the [U.S.|country:united-states] special envoy to the Middle East, led the delegation."},
			[]string{"HOLDS_ROLE person:steve-witkoff country:united-states title=Special Envoy"}},
		{"a former office after a demonym", []string{
			"[Bashar al-Assad|person:bashar-al-assad], the former [Syrian|country:syria|demonym] president, fled to Moscow."},
			[]string{"HOLDS_ROLE person:bashar-al-assad country:syria title=President"}},
		{"a state's body named by its demonym", []string{
			"[Gholam-Ali Haddad-Adel|person:haddad-adel], former Speaker of the [Iranian|country:iran|demonym] parliament, withdrew."},
			[]string{"HOLDS_ROLE person:haddad-adel country:iran title=Speaker"}},
		{"a name carrying its possessive", []string{
			"[Naim Qassem|person:naim-qassem], [Hezbollah's|organization:hezbollah] secretary-general, gave a speech."},
			[]string{"HOLDS_ROLE person:naim-qassem organization:hezbollah title=Secretary-general"}},

		// Negative cases.
		{"the office of the next person of a list", []string{
			"Present were [Zorba Quxley|person:zq], [UAE|country:uae] Minister of Foreign Affairs [Quxar Zorbani|person:qz|title=Minister of Foreign Affairs;titleof=country:uae], and others."},
			[]string{"HOLDS_ROLE person:qz country:uae title=Minister of Foreign Affairs"}},
		{"a demonym's officer, not its body", []string{
			"[John Quxley|person:john-quxley], the adviser of the [Iranian|country:iran|demonym] army officer, spoke."},
			nil},
		{"a longer name's part is no qualifier", []string{
			"[Brad Cooper|person:brad-cooper], the [U.S.|country:united-states] Navy commander, spoke."},
			nil},
		{"an occupation is no office", []string{
			"[Ali Vaez|person:ali-vaez], the [Crisis Group|organization:crisis-group] analyst, said talks were possible."},
			nil},
		{"a citizen holds no office", []string{
			"[John Smith|person:john-smith], the [U.S.|country:united-states] citizen, was released."},
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkRelations(t, "", tc.lines, []string{"HOLDS_ROLE"}, []string{"title"}, tc.want)
		})
	}
}

// TestOfficesAround: a lower-case office before its state and the name, a
// second office coordinated with an apposed one, succession of a kinsman,
// an appointment in a relative clause; and the look-alikes.
func TestOfficesAround(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"the office of a state, then the name", []string{
			"The foreign minister of [Oman|country:oman], [Badr Albusaidi|person:badr-albusaidi], hosted the talks."},
			[]string{"HOLDS_ROLE person:badr-albusaidi country:oman title=Foreign Minister"}},
		{"the office of a body an owner's possessive names, then the name", []string{
			"The commander of the [IRGC|organization:irgc]'s [Quds Force|organization:quds-force], [Esmail Qaani|person:esmail-qaani], denied it."},
			[]string{"HOLDS_ROLE person:esmail-qaani organization:quds-force title=Commander"}},
		{"a state's office held in a relative clause", []string{
			"[Hossein Amir-Abdollahian|person:amir-abdollahian], who served as [Iran|country:iran]'s foreign minister until his death, met the envoy."},
			[]string{"HOLDS_ROLE person:amir-abdollahian country:iran title=Foreign Minister"}},
		{"a relative clause that met an office holder holds none", []string{
			"[Abbas Araghchi|person:abbas-araghchi], who met [Oman|country:oman]'s foreign minister, left."},
			nil},
		{"a first office with a copula, then a state's possessive office", []string{
			"[Ali Larijani|person:ali-larijani] was the secretary of the [Supreme National Security Council|organization:snsc] from 2005 to 2007 and [Iran|country:iran]'s chief nuclear negotiator."},
			[]string{"HOLDS_ROLE person:ali-larijani country:iran title=Chief Nuclear Negotiator", "HOLDS_ROLE person:ali-larijani organization:snsc title=Secretary"}},
		{"meeting an office holder and a state's minister holds neither", []string{
			"[Ali Larijani|person:ali-larijani] met the secretary of the council and [Iran|country:iran]'s foreign minister."},
			nil},
		{"a second office coordinated", []string{
			"[Mahmoud Abbas|person:mahmoud-abbas], president of the [Palestinian Authority|organization:palestinian-authority] and leader of [Fatah|organization:fatah], spoke."},
			[]string{
				"HOLDS_ROLE person:mahmoud-abbas organization:palestinian-authority title=President",
				"HOLDS_ROLE person:mahmoud-abbas organization:fatah title=Leader",
			}},
		{"succeeded his father as", []string{
			"[Qaboos bin Said|person:qaboos-bin-said] succeeded his father [Said bin Taimur|person:said-bin-taimur] as Sultan of [Oman|country:oman] in 1970."},
			[]string{
				"HOLDS_ROLE person:qaboos-bin-said country:oman title=Sultan",
				"HOLDS_ROLE person:said-bin-taimur country:oman title=Sultan",
			}},
		{"elected in a relative clause", []string{
			"[Ebrahim Raisi|person:ebrahim-raisi], who was elected president of [Iran|country:iran] in 2021, died in a crash."},
			[]string{"HOLDS_ROLE person:ebrahim-raisi country:iran title=President"}},

		{"a capitalised office appointed to, in a passage about one state", []string{
			"[Iran|country:iran] held elections. [Iran|country:iran] voted. [Iran|country:iran] waited.",
			"In 1951, [Mohammad Mosaddegh|person:mohammad-mosaddegh] was appointed as the Prime Minister."},
			[]string{"HOLDS_ROLE person:mohammad-mosaddegh country:iran title=Prime Minister"}},

		// Negative cases.
		{"an office completing another noun", []string{
			"The son of the foreign minister of [Oman|country:oman], [Ahmed Said|person:ahmed-said], spoke."},
			nil},
		{"succeeded someone's father is no kinship of the subject", []string{
			"[Qaboos bin Said|person:qaboos-bin-said] visited his father [Said bin Taimur|person:said-bin-taimur] in London."},
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkRelations(t, "", tc.lines, []string{"HOLDS_ROLE"}, []string{"title"}, tc.want)
		})
	}
}

// TestAdvisersOf: an adviser holds the office for the state of the one he
// advises; and the look-alikes.
func TestAdvisersOf(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a senior adviser to a president", []string{
			"[United States|country:united-states] President [Donald Trump|person:donald-trump|title=President] spoke.",
			"[Jared Kushner|person:jared-kushner], a senior adviser to President [Donald Trump|person:donald-trump|title=President], visited Jerusalem."},
			[]string{
				"HOLDS_ROLE person:donald-trump country:united-states title=President",
				"HOLDS_ROLE person:jared-kushner country:united-states title=Senior Adviser",
			}},
		{"the president's adviser, after the name", []string{
			"[United States|country:united-states] President [Donald Trump|person:donald-trump|title=President] spoke.",
			"We must seize that optimism, said [Jared Kushner|person:jared-kushner], [Trump|person:donald-trump]’s chief Mideast adviser."},
			[]string{
				"HOLDS_ROLE person:donald-trump country:united-states title=President",
				"HOLDS_ROLE person:jared-kushner country:united-states title=Chief Mideast Adviser",
			}},
		{"the president's envoy before the name, with the envoy's region", []string{
			"[United States|country:united-states] President [Donald Trump|person:donald-trump|title=President] spoke.",
			"The delegation was headed by [Trump|person:donald-trump]'s Special Envoy for the [Middle East|place:middle-east], [Steve Witkoff|person:steve-witkoff]."},
			[]string{
				"HOLDS_ROLE person:donald-trump country:united-states title=President",
				"HOLDS_ROLE person:steve-witkoff country:united-states title=Special Envoy for the Middle East",
			}},

		// Negative cases.
		{"the one advised holds no known office", []string{
			"[Jared Kushner|person:jared-kushner], a senior adviser to [Donald Trump|person:donald-trump], visited Jerusalem."},
			nil},
		{"a critic is no adviser", []string{
			"[United States|country:united-states] President [Donald Trump|person:donald-trump|title=President] spoke.",
			"[John Bolton|person:john-bolton], a fierce critic of President [Donald Trump|person:donald-trump|title=President], spoke."},
			[]string{"HOLDS_ROLE person:donald-trump country:united-states title=President"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkRelations(t, "", tc.lines, []string{"HOLDS_ROLE"}, []string{"title"}, tc.want)
		})
	}
}
