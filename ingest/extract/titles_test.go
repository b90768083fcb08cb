package extract

import "testing"

func TestTitles(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, text, person string
		title, of          string
	}{
		{"possessive country", "Iran’s Foreign Minister Abbas Araghchi spoke.", "person:abbas-araghchi", "Foreign Minister", "country:iran"},
		{"a role both names share", "Ali Quxbeh and Zorba Quxley, both members of Hamas, were killed.", "person:ali-quxbeh", "member", "organization:hamas"},
		{"a role in the plural both names share", "Ali Quxbeh and Zorba Quxley, members of Hamas, were killed.", "person:ali-quxbeh", "member", "organization:hamas"},
		{"a role in the singular is the second name's", "Ali Quxbeh and Zorba Quxley, a member of Hamas, were killed.", "person:ali-quxbeh", "", ""},
		{"a name opening with a title word, in capitals", "AMIR HATAMI is the Commander of the Artesh.", "person:amir-hatami", "", ""},
		{"a title written with in between hyphens", "IRGC Commander-in-Chief Hossein Salami spoke.", "person:hossein-salami", "Commander-in-Chief", "organization:islamic-revolutionary-guard-corps"},
		{"a rank before the holders is no word of the title", "A strike killed high-ranking Lebanese Hezbollah commander Samir Kuntar.", "person:samir-kuntar", "commander", "organization:hezbollah"},
		{"a stance before the title is no holder", "The increasingly pro-Soviet President Nasser spoke.", "person:gamal-abdel-nasser", "President", ""},
		{"demonym country", "Iranian Foreign Minister Abbas Araghchi met them.", "person:abbas-araghchi", "Foreign Minister", "country:iran"},
		{"then before a possessive's title", "Iraq's then-president Saddam Hussein invaded Kuwait.", "person:saddam-hussein", "president", "country:iraq"},
		{"then, unhyphenated", "Iraq's then president Saddam Hussein invaded Kuwait.", "person:saddam-hussein", "president", "country:iraq"},
		{"acronym country", "U.S. Mideast Envoy Steve Witkoff arrived.", "person:steve-witkoff", "Mideast Envoy", "country:united-states"},
		{"country after the name", "As President Vladimir Putin of Russia said", "person:vladimir-putin", "President", "country:russia"},
		{"of-phrase names the holder", "the President of France Emmanuel Macron agreed", "person:emmanuel-macron", "President", "country:france"},
		{"of-phrase that is part of the title", "Secretary of State Marco Rubio said", "person:marco-rubio", "Secretary of State", ""},
		{"organisation before the title", "Senate Foreign Relations Committee Chair Jim Risch said", "person:jim-risch", "Chair", "organization:senate-foreign-relations-committee"},
		{"apposition role", "Karim Sadjadpour, a senior fellow at the Carnegie Endowment for International Peace, said", "person:karim-sadjadpour", "senior fellow", "organization:carnegie-endowment-for-international-peace"},
		{"long title with its organisation", "Chairman of the Joint Chiefs of Staff General Dan Caine said", "person:dan-caine", "Chairman of the Joint Chiefs of Staff General", "organization:joint-chiefs-of-staff"},
		{"honorific stays out of the title", "Omani Foreign Minister Sayyid Badr bin Hamad Al Busaidi shuttled", "person:badr-albusaidi", "Foreign Minister", "country:oman"},
		{"doctor between title and name", "Iranian Foreign Minister Dr. Abbas Araghchi met them.", "person:abbas-araghchi", "Foreign Minister", "country:iran"},
		{"and inside a title", "Brett McGurk and Special Presidential Coordinator for Global Infrastructure and Energy Security Amos Hochstein visited.", "person:amos-hochstein", "Special Presidential Coordinator for Global Infrastructure and Energy Security", ""},
		{"and inside a title after a place", "NSC Coordinator for the Middle East and North Africa Brett McGurk visited.", "person:brett-mcgurk", "Coordinator for the Middle East and North Africa", "organization:national-security-council"},
		{"the title of someone named before, then another's", "The Secretary and Deputy Commander Saddam Haftar discussed the plan.", "person:saddam-haftar", "Deputy Commander", ""},
		{"a long title to the President", "He was joined by Deputy Assistant to the President and Coordinator for the Middle East and North Africa Brett McGurk.", "person:brett-mcgurk", "Deputy Assistant to the President and Coordinator for the Middle East and North Africa", ""},
		{"a state before and then a title ends another phrase", "King Hussein of Jordan and President Bashar al-Assad spoke.", "person:bashar-al-assad", "President", ""},
		{"a state before and then another state's title ends another phrase", "a call between the Emir of Qatar and Iranian President Hassan Rouhani", "person:hassan-rouhani", "President", "country:iran"},
		{"a bare name before and is someone else's, not a word of the title", "a summit with Abdullah and Egyptian President Abdel Fattah el-Sisi in Cairo", "person:abdel-fattah-el-sisi", "President", "country:egypt"},
		{"an organisation after and is the same person's", "Secretary of Defense and CIA Director Leon Panetta spoke.", "person:leon-panetta", "Secretary of Defense and CIA Director", "organization:central-intelligence-agency"},
		{"an administrator", "NASA Administrator Jared Isaacman witnessed the signing.", "person:jared-isaacman", "Administrator", "organization:nasa"},
		{"a ministry's portfolio of two fields", "Türkiye’s Minister of Industry and Technology Mehmet Fatih Kacır signed the Accords.", "person:mehmet-fatih-kacir", "Minister of Industry and Technology", "country:turkey"},
		{"a state after of, then a name the catalog lacks", "National Security Advisor of India Ajit Doval met him.", "person:ajit-doval", "National Security Advisor", "country:india"},
		{"a ministry's state after of, then a name", "Minister of Foreign Affairs of Oman Zorba Quxley met him.", "person:zorba-quxley", "Minister of Foreign Affairs of Oman", "country:oman"},
		{"a brief after for is no holder", "Special Envoy for Yemen Tim Lenderking spoke.", "person:tim-lenderking", "Special Envoy for Yemen", ""},
		{"an unknown name after a title and its brief", "accompanied by U.S. Ambassador to Oman Ana Escrogima, he went", "person:ana-escrogima", "Ambassador to Oman", "country:united-states"},
		{"an adviser to a titled person", "Ali Shamkhani, an adviser to Supreme Leader Ali Khamenei, was wounded.", "person:ali-khamenei", "Supreme Leader", ""},
		{"an envoy to a region keeps its brief", "Special Envoy to the Middle East Steve Witkoff arrived.", "person:steve-witkoff", "Special Envoy to the Middle East", ""},
		{"an apposition's office with of staff", "Yitzhak Rabin, the chief of staff of the IDF, led the army.", "person:yitzhak-rabin", "chief of staff", "organization:israel-defense-forces"},
		{"then before an apposition's office", "Yitzhak Rabin, then chief of staff of the IDF, led the army.", "person:yitzhak-rabin", "chief of staff", "organization:israel-defense-forces"},
		{"shah", "In early 1979, Iran's Shah Mohammad Reza Pahlavi was overthrown.", "person:mohammad-reza-pahlavi", "Shah", "country:iran"},
		{"under in lower case ends the phrase", "Abdel Halim Khaddam was Vice President of Syria under Hafez al-Assad.", "person:hafez-al-assad", "", ""},
		{"a title after under", "Khaddam served under President Hafez al-Assad.", "person:hafez-al-assad", "President", ""},
		{"a rabbi between the title and the name", "He was blessed by Shas spiritual leader Rabbi Ovadia Yosef.", "person:ovadia-yosef", "spiritual leader", "organization:shas"},
		{"ranks abbreviated without periods", "Spokesman Brig Gen Effie Defrin said it.", "person:effie-defrin", "Spokesman Brig Gen", ""},
		{"plain title", "Special Envoy Steve Witkoff has been key.", "person:steve-witkoff", "Special Envoy", ""},
		{"honorific is no title", "Mr. Jared Kushner joined.", "person:jared-kushner", "", ""},
		{"no title", "Steve Witkoff left.", "person:steve-witkoff", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set := x.findEntities(docOf(tt.text))
			for _, m := range set.Mentions {
				if m.EntityID != tt.person {
					continue
				}
				if m.Title != tt.title || m.TitleOf != tt.of {
					t.Errorf("title: got %q of %q, want %q of %q", m.Title, m.TitleOf, tt.title, tt.of)
				}
				if m.Title != "" && tt.text[m.TitleStart:m.TitleEnd] != m.Title {
					t.Errorf("title span %q does not hold the title %q", tt.text[m.TitleStart:m.TitleEnd], m.Title)
				}
				return
			}
			t.Errorf("no mention of %s; got %v", tt.person, ids(set))
		})
	}
}

// TestTitleAfterAnotherHoldersState: "King Hamad of Bahrain and Prime
// Minister Netanyahu of Israel" — a title after "and" that begins with a
// modifier ("Prime") starts its own phrase, as one beginning with
// a title word does; the state before "and" is the first person's.
func TestTitleAfterAnotherHoldersState(t *testing.T) {
	x := testExtractor(t)
	checkRelationCases(t, x, []relationCase{
		{"king of a state and prime minister of another",
			"King Hamad bin Isa Al Khalifa of Bahrain and Prime Minister Benjamin Netanyahu of Israel met in Manama.\n",
			[]string{"HOLDS_ROLE person:benjamin-netanyahu country:israel", "MET_WITH person:benjamin-netanyahu person:hamad-bin-isa-al-khalifa"},
			[]string{"HOLDS_ROLE person:benjamin-netanyahu country:bahrain"}},
	})
}
