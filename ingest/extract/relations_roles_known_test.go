package extract

import "testing"

// TestKnownRoles: a title before a catalog person's name holds the office
// for the body the catalog's description gives with that title, when the
// document names the body.
func TestKnownRoles(t *testing.T) {
	x := testExtractor(t)
	tests := []relationCase{
		{"the state after the title", "Prime Minister Netanyahu spoke on Sunday about Israel.",
			[]string{"HOLDS_ROLE person:benjamin-netanyahu country:israel"}, nil},
		{"an organisation after the title", "Secretary-General Guterres called for calm at the United Nations.",
			[]string{"HOLDS_ROLE person:antonio-guterres organization:united-nations"}, nil},
		{"a ruler's title inside the name", "After the invasion of Iran, Reza Shah was forced to abdicate.",
			[]string{"HOLDS_ROLE person:reza-shah country:iran"}, nil},
		{"an earlier office the description gives with its years", "Turkey mediated. The talks were led by an adviser to Prime Minister Recep Tayyip Erdogan.",
			[]string{"HOLDS_ROLE person:recep-tayyip-erdogan country:turkey"}, nil},
		{"a British spelling of the office", "In Israel, Defence Minister Ehud Barak said so.",
			[]string{"HOLDS_ROLE person:ehud-barak country:israel"}, nil},
		{"the second of two offices a description lists", "President Shimon Peres spoke about Israel.",
			[]string{"HOLDS_ROLE person:shimon-peres country:israel"}, nil},
		{"a state the document does not name", "Prime Minister Netanyahu spoke on Sunday.",
			nil, []string{"HOLDS_ROLE person:benjamin-netanyahu country:israel"}},
		{"a title the description does not hold", "General Netanyahu spoke on Sunday about Israel.",
			nil, []string{"HOLDS_ROLE person:benjamin-netanyahu country:israel"}},
		{"an office the text gives with its state", "Iranian Foreign Minister Abbas Araghchi met Omani officials in Iran.",
			[]string{"HOLDS_ROLE person:abbas-araghchi country:iran"}, nil},
		{"what a person is, not an office", "Saudi Arabia executed Shia cleric Sheikh Nimr al-Nimr.",
			nil, []string{"HOLDS_ROLE person:nimr-al-nimr country:saudi-arabia"}},
		{"an office set off after the name", "The Sultanate of Oman hosted the talks. Sayyid Badr bin Hamad Albusaidi, Minister of Foreign Affairs, conveyed messages.",
			[]string{"HOLDS_ROLE person:badr-albusaidi country:oman"}, nil},
		{"an office set off after the name that the description does not hold", "The Sultanate of Oman hosted the talks. Sayyid Badr bin Hamad Albusaidi, Minister of Finance, conveyed messages.",
			nil, []string{"HOLDS_ROLE person:badr-albusaidi country:oman"}},
		{"another office the text gives with its holder", "Relations between Egypt and Turkey collapsed after the army removed President Mohamed Morsi, a leader of the Muslim Brotherhood, on 3 July 2013.",
			[]string{"HOLDS_ROLE person:mohamed-morsi country:egypt", "HOLDS_ROLE person:mohamed-morsi organization:muslim-brotherhood"}, nil},
	}
	checkRelationCases(t, x, tests)
}

// TestDescribedOffice: the body a description names beside a title.
func TestDescribedOffice(t *testing.T) {
	x := testExtractor(t)
	b := &relBuilder{ents: x.findEntities(docOf("Iran, Israel, Hezbollah and the United States."))}
	tests := []struct{ desc, title, want string }{
		{"prime minister of Israel 2001–2006", "Prime Minister", "country:israel"},
		{"Iranian foreign minister", "Foreign Minister", "country:iran"},
		{"Hezbollah secretary-general", "Secretary-General", "organization:hezbollah"},
		{"US secretary of state and national security advisor", "Secretary of State", "country:united-states"},
		{"vice president of Iran", "President", ""},
		{"president of Egypt", "President", ""},
	}
	for _, tt := range tests {
		if got := b.describedOffice(tt.desc, tt.title); got != tt.want {
			t.Errorf("describedOffice(%q, %q) = %q, want %q", tt.desc, tt.title, got, tt.want)
		}
	}
}

// TestBureauTitles: "political bureau chief" and "politburo chief" are
// offices of the organisation named before them.
func TestBureauTitles(t *testing.T) {
	x := testExtractor(t)
	checkRelationCases(t, x, []relationCase{
		{"political bureau chief", "Hamas political bureau chief Zorbin Haniyeh met Qatari officials.",
			[]string{"HOLDS_ROLE person:zorbin-haniyeh organization:hamas"}, nil},
		{"politburo chief", "Hamas politburo chief Zorbin Haniyeh met Qatari officials.",
			[]string{"HOLDS_ROLE person:zorbin-haniyeh organization:hamas"}, nil},
	})
}

// TestNearbyKnownOffices: an office told near a catalog person's name but
// not as a title before it holds for the body the description gives,
// when no other person stands between and the office is not a bare word.
func TestNearbyKnownOffices(t *testing.T) {
	x := testExtractor(t)
	checkRelationCases(t, x, []relationCase{
		{"the office set off before the name", "In the United Kingdom, the prime minister, Margaret Thatcher, condemned the raid.",
			[]string{"HOLDS_ROLE person:margaret-thatcher country:united-kingdom"}, nil},
		{"the office set off before the name, its body in the sentence before", "The United Nations met. In 1973 the secretary-general, Kurt Waldheim, sent an envoy.",
			[]string{"HOLDS_ROLE person:kurt-waldheim organization:united-nations"}, nil},
		{"a relative clause", "Egypt and Israel met. Anwar Sadat, who had become president in 1970, flew to Jerusalem.",
			[]string{"HOLDS_ROLE person:anwar-sadat country:egypt"}, nil},
		{"the office told as what the person was", "In the United Kingdom, as prime minister Margaret Thatcher condemned the raid.",
			[]string{"HOLDS_ROLE person:margaret-thatcher country:united-kingdom"}, nil},
		{"the office after the name", "Khalilzad signed for the United States, with Pompeo as secretary of state looking on.",
			[]string{"HOLDS_ROLE person:mike-pompeo country:united-states"}, nil},
		{"another person's office", "In the United Kingdom, the prime minister, Tony Blair, received Margaret Thatcher.",
			nil, []string{"HOLDS_ROLE person:margaret-thatcher country:united-kingdom"}},
		{"an office the description does not hold", "In the United Kingdom, the foreign secretary, Margaret Thatcher, spoke.",
			nil, []string{"HOLDS_ROLE person:margaret-thatcher country:united-kingdom"}},
		{"a governor, whose description names the territory governed", "France took Algeria. Thomas Robert Bugeaud returned as governor-general in 1841.",
			nil, []string{"HOLDS_ROLE person:thomas-robert-bugeaud country:algeria"}},
		{"a bare minister", "In Israel, the minister, Shimon Peres, spoke.",
			nil, []string{"HOLDS_ROLE person:shimon-peres country:israel"}},
		{"an office beyond the name's reach", "The prime minister of the country, as everyone in the United Kingdom knew well, was Margaret Thatcher.",
			nil, []string{"HOLDS_ROLE person:margaret-thatcher country:united-kingdom"}},
	})
}
