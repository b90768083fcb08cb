package extract

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/ingest/normalize"
)

func TestRoles(t *testing.T) {
	types := []string{"HOLDS_ROLE", "AFFILIATED_WITH"}
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"possessive qualifier", []string{
			"[Iran|country:iran]'s Foreign Minister [Abbas Araghchi|person:abbas-araghchi|title=Foreign Minister] spoke."},
			[]string{"HOLDS_ROLE person:abbas-araghchi country:iran title=Foreign Minister"}},
		{"an apposed office of a body described before its name", []string{
			"[Ali Salem al-Beidh|person:beidh], general secretary of the ruling [Yemeni Socialist Party|organization:ysp], spoke."},
			[]string{"HOLDS_ROLE person:beidh organization:ysp title=General Secretary"}},
		{"two apposed offices, the last the body's", []string{
			"[Nabih Berri|person:berri], the speaker of parliament and leader of the [Amal Movement|organization:amal], spoke."},
			[]string{"HOLDS_ROLE person:berri organization:amal title=Leader"}},
		{"demonym qualifier", []string{
			"[Iranian|country:iran|demonym] Foreign Minister [Abbas Araghchi|person:abbas-araghchi|title=Foreign Minister] spoke."},
			[]string{"HOLDS_ROLE person:abbas-araghchi country:iran title=Foreign Minister"}},
		// The movement is his all the same (relations_party_people.go).
		{"what a person is is no office of a body", []string{
			"The [Quxar Movement|organization:qm] of Shi'ite cleric [Zorba Quxley|person:zq|title=cleric;titleof=organization:qm] won."},
			[]string{"AFFILIATED_WITH person:zq organization:qm"}},
		{"a journalist of an outlet", []string{
			"[Al Jazeera|organization:aj] journalist [Zorba Quxley|person:zq|title=journalist] was arrested."},
			[]string{"AFFILIATED_WITH person:zq organization:aj title=Journalist"}},
		{"a name's honorific is no office", []string{
			"Sheikh [Zorba Quxley|person:zq|title=Sheikh] of [Qatar|country:qatar] spoke."},
			nil},
		{"a stance is no qualifier", []string{
			"The pro-[Soviet|country:soviet-union|demonym] President [Zorba Quxley|person:zq|title=President] of [Egypt|country:egypt] spoke."},
			[]string{"HOLDS_ROLE person:zq country:egypt title=President"}},
		{"country qualifier with a region word the title lacks", []string{
			"Talks with [U.S.|country:united-states] Mideast envoy [Steve Witkoff|person:steve-witkoff|title=envoy] resumed."},
			[]string{"HOLDS_ROLE person:steve-witkoff country:united-states title=Mideast Envoy"}},
		{"an acronym in parentheses qualifies", []string{
			"[UN Office for the Coordination of Humanitarian Affairs|organization:ocha] ([UNOCHA|organization:ocha]) spokesperson [Jens Larkey|person:jens-larkey|title=spokesperson] said so."},
			[]string{"HOLDS_ROLE person:jens-larkey organization:ocha title=Spokesperson"}},
		{"another name in parentheses does not", []string{
			"[Military Intelligence Directorate|organization:aman] ([Israel|country:israel]) head [Amos Yadlin|person:amos-yadlin|title=head] spoke."},
			nil},
		{"of after the name", []string{
			"As President [Vladimir Putin|person:vladimir-putin|title=President] of [Russia|country:russia] articulated, war looms."},
			[]string{"HOLDS_ROLE person:vladimir-putin country:russia title=President"}},
		{"country inside the title", []string{
			"We, the President of [France|country:france] [Emmanuel Macron|person:emmanuel-macron|title=President of France], met."},
			[]string{"HOLDS_ROLE person:emmanuel-macron country:france title=President"}},
		{"an ancient people's general holds no office in today's state", []string{
			"The court of Darius III (336–330 BC) was taken by [Macedonian|country:north-macedonia|demonym] general [Parmenion|person:parmenion|title=general]."},
			nil},
		{"a general of a century before the common era", []string{
			"In the middle of the 2nd century BCE the [Syrian|country:syria|demonym] General [Bacchides|person:bacchides|title=General] built forts."},
			nil},
		{"a modern general of a state holds its office", []string{
			"In 1990 the [Macedonian|country:north-macedonia|demonym] general [Parmenion|person:parmenion|title=general] resigned."},
			[]string{"HOLDS_ROLE person:parmenion country:north-macedonia title=General"}},
		{"possessive apposition", []string{
			"[Badr Albusaidi|person:badr-albusaidi], [Oman|country:oman]'s foreign minister, said talks went well."},
			[]string{"HOLDS_ROLE person:badr-albusaidi country:oman title=Foreign Minister"}},
		{"apposition with of", []string{
			"[Badr Albusaidi|person:badr-albusaidi], the foreign minister of [Oman|country:oman], said so."},
			[]string{"HOLDS_ROLE person:badr-albusaidi country:oman title=Foreign Minister"}},
		{"title-case office in apposition", []string{
			"[Ali Khamenei|person:ali-khamenei], the Supreme Leader of [Iran|country:iran], spoke."},
			[]string{"HOLDS_ROLE person:ali-khamenei country:iran title=Supreme Leader"}},
		{"a commander-in-chief told with a copula", []string{
			"[Ahmad Vahidi|person:ahmad-vahidi] is the Commander-in-Chief of the [IRGC|organization:irgc]."},
			[]string{"HOLDS_ROLE person:ahmad-vahidi organization:irgc title=Commander-in-Chief"}},
		{"a short name in brackets after the full one", []string{
			"[AHMAD VAHIDI|person:ahmad-vahidi] ([VAHIDI|person:ahmad-vahidi]) is the Commander of the [IRGC|organization:irgc]."},
			[]string{"HOLDS_ROLE person:ahmad-vahidi organization:irgc title=Commander"}},
		{"another person in brackets is no short name", []string{
			"[Zorba Quxley|person:zorba-quxley] ([Ali Quxbeh|person:ali-quxbeh]) is the Commander of the [IRGC|organization:irgc]."},
			nil},
		{"the group's kind noun between the office and the name", []string{
			"[Menachem Begin|person:menachem-begin] was the leader of the Zionist militant group [Irgun|organization:irgun]."},
			[]string{"HOLDS_ROLE person:menachem-begin organization:irgun title=Leader"}},
		{"the group's kind noun in an apposition", []string{
			"[Menachem Begin|person:menachem-begin], the commander of the underground [Irgun|organization:irgun], spoke."},
			[]string{"HOLDS_ROLE person:menachem-begin organization:irgun title=Commander"}},
		{"a kind noun after a word that is no office", []string{
			"[Ahmed Yassin|person:ahmed-yassin] was a critic of the militant group [Hamas|organization:hamas]."},
			nil},
		{"a Palestinian office is held for the Palestinian Authority the document names", []string{
			"The [Palestinian Authority|organization:palestinian-authority] held elections.",
			"The [Palestinian|country:palestine|demonym] President [Mahmoud Abbas|person:mahmoud-abbas|title=President] spoke."},
			[]string{"HOLDS_ROLE person:mahmoud-abbas organization:palestinian-authority title=President"}},
		{"a Palestinian office, no Authority named", []string{
			"The [Palestinian|country:palestine|demonym] President [Mahmoud Abbas|person:mahmoud-abbas|title=President] spoke."},
			[]string{"HOLDS_ROLE person:mahmoud-abbas country:palestine title=President"}},
		{"elected to a title-case office", []string{
			"[Hassan Rouhani|person:hassan-rouhani] was elected President of [Iran|country:iran] in 2013."},
			[]string{"HOLDS_ROLE person:hassan-rouhani country:iran title=President"}},
		{"served as a state's ambassador", []string{
			"[Mohammad Javad Zarif|person:mohammad-javad-zarif] served as [Iran|country:iran]'s ambassador to the [United Nations|organization:united-nations]."},
			[]string{"HOLDS_ROLE person:mohammad-javad-zarif country:iran title=Ambassador"}},
		{"two head words make one title", []string{
			"[Ali Bagheri Kani|person:ali-bagheri-kani], [Iran|country:iran]'s deputy foreign minister, spoke."},
			[]string{"HOLDS_ROLE person:ali-bagheri-kani country:iran title=Deputy Foreign Minister"}},
		{"apposition with a demonym and a department", []string{
			"[Manouchehr Mottaki|person:manouchehr-mottaki], the [Iranian|country:iran|demonym] Minister of Foreign Affairs, announces talks."},
			[]string{"HOLDS_ROLE person:manouchehr-mottaki country:iran title=Minister of Foreign Affairs"}},
		{"apposition with a demonym and a rank before the office", []string{
			"Annan met [Tariq Aziz|person:tariq-aziz], the [Iraqi|country:iraq|demonym] deputy prime minister, which reopened the sites."},
			[]string{"HOLDS_ROLE person:tariq-aziz country:iraq title=Deputy Prime Minister"}},
		{"apposition with a demonym and two offices coordinated keeps the first", []string{
			"[Tariq Aziz|person:tariq-aziz], the [Iraqi|country:iraq|demonym] official and the minister, spoke."},
			[]string{"HOLDS_ROLE person:tariq-aziz country:iraq title=Official"}},
		{"a state before the first of a group qualifies the titles after it", []string{
			"[Pakistani|country:pakistan|demonym] prime minister [Nawaz Sharif|person:nawaz-sharif|title=prime minister] and army chief General [Raheel Sharif|person:raheel-sharif|title=army chief General] will visit."},
			[]string{"HOLDS_ROLE person:nawaz-sharif country:pakistan title=Prime Minister", "HOLDS_ROLE person:raheel-sharif country:pakistan title=Army Chief General"}},
		{"a member with a state of its own ends the sharing", []string{
			"[Iranian|country:iran|demonym] President [Masoud Pezeshkian|person:masoud-pezeshkian|title=President] and [Omani|country:oman|demonym] Foreign Minister [Badr Albusaidi|person:badr-albusaidi|title=Foreign Minister] met."},
			[]string{"HOLDS_ROLE person:masoud-pezeshkian country:iran title=President", "HOLDS_ROLE person:badr-albusaidi country:oman title=Foreign Minister"}},
		{"a state after the first of a group is its own", []string{
			"King [Hussein|person:hussein|title=King] of [Jordan|country:jordan] and President [Bashar al-Assad|person:bashar-al-assad|title=President] spoke."},
			[]string{"HOLDS_ROLE person:hussein country:jordan title=King"}},
		{"a founder is affiliated with the organisation", []string{
			"[Ahmed Yassin|person:ahmed-yassin], a co-founder of [Hamas|organization:hamas], spoke."},
			[]string{"AFFILIATED_WITH person:ahmed-yassin organization:hamas title=Co-founder"}},
		{"affiliation at a think tank", []string{
			"[Karim Sadjadpour|person:karim-sadjadpour], a senior fellow at the [Carnegie Endowment for International Peace|organization:carnegie-endowment-for-international-peace], who focuses on Iran, spoke."},
			[]string{"AFFILIATED_WITH person:karim-sadjadpour organization:carnegie-endowment-for-international-peace title=Senior Fellow"}},
		{"an office only the United States has", []string{
			"Assistant to the President for National Security Affairs [Jake Sullivan|person:jake-sullivan|title=Assistant to the President for National Security Affairs] traveled to [Israel|country:israel].",
			"Deputy Secretary of Commerce [Don Graves|person:don-graves|title=Deputy Secretary of Commerce] went with him.",
			"The [United States|country:united-states] stands with [Israel|country:israel]."},
			[]string{"HOLDS_ROLE person:jake-sullivan country:united-states title=Assistant to the President for National Security Affairs",
				"HOLDS_ROLE person:don-graves country:united-states title=Deputy Secretary of Commerce"}},
		{"a pharaoh's office", []string{
			"It was erected for [Egyptian|country:egypt|demonym] Pharaoh [Merneptah|person:merneptah|title=Pharaoh]."},
			[]string{"HOLDS_ROLE person:merneptah country:egypt title=Pharaoh"}},
		{"a columnist is affiliated with the paper", []string{
			"[New York Times|organization:new-york-times] columnist [Bret Stephens|person:bret-stephens|title=columnist] wrote it."},
			[]string{"AFFILIATED_WITH person:bret-stephens organization:new-york-times title=Columnist"}},
		{"office at an organisation", []string{
			"[IAEA|organization:iaea] Director General [Rafael Grossi|person:rafael-grossi|title=Director General] visited."},
			[]string{"HOLDS_ROLE person:rafael-grossi organization:iaea title=Director General"}},
		{"title of the text's own making", []string{
			"[Iran|country:iran]'s Foreign Minister [Abbas Araghchi|person:abbas-araghchi|title=Foreign Minister;titleof=country:iran] spoke."},
			[]string{"HOLDS_ROLE person:abbas-araghchi country:iran title=Foreign Minister"}},
		{"US-only title", []string{
			"Secretary of State [Marco Rubio|person:marco-rubio|title=Secretary of State] spoke about the [United States|country:united-states]."},
			[]string{"HOLDS_ROLE person:marco-rubio country:united-states title=Secretary of State"}},
		{"senator", []string{
			"Sen. [Jim Banks|person:jim-banks|title=Sen.]: I trust the [United States|country:united-states]."},
			[]string{"HOLDS_ROLE person:jim-banks country:united-states title=Senator"}},
		{"side cue after", []string{
			"Special Envoy [Steve Witkoff|person:steve-witkoff|title=Special Envoy] has been a key figure on the [U.S.|country:united-states] side, engaging with [Iranian|country:iran|demonym] officials."},
			[]string{"HOLDS_ROLE person:steve-witkoff country:united-states title=Special Envoy"}},
		{"a side cue tells its own clause only", []string{
			"Foreign Minister [Yigal Allon|person:allon|title=Foreign Minister] sat with Rabin; on the [Egyptian|country:egypt|demonym] side, Foreign Minister [Ismail Fahmy|person:fahmy|title=Foreign Minister] worked on the text."},
			[]string{"HOLDS_ROLE person:fahmy country:egypt title=Foreign Minister"}},
		{"front cue before", []string{
			"On the [Iranian|country:iran|demonym] front, Foreign Minister [Abbas Araghchi|person:abbas-araghchi|title=Foreign Minister] has served as the lead negotiator."},
			[]string{"HOLDS_ROLE person:abbas-araghchi country:iran title=Foreign Minister"}},
		{"head of state speaking for the country named before", []string{
			"This was evident in a parade, where [Iran|country:iran] displayed tanks.",
			"During this display, President [Masoud Pezeshkian|person:masoud-pezeshkian|title=President] declared the country's armed forces a foundation of peace."},
			[]string{"HOLDS_ROLE person:masoud-pezeshkian country:iran title=President"}},
		{"a leader's title before an unknown name, one state named before", []string{
			"[Pakistan|country:pakistan] signed the accords on Thursday.",
			"Prime Minister [Mohammed Khan Quxejo|person:quxejo|title=Prime Minister] did not insist on that condition."},
			[]string{"HOLDS_ROLE person:quxejo country:pakistan title=Prime Minister"}},

		{"office before an organisation, rank after it", []string{
			"Chairman of the [Joint Chiefs of Staff|organization:joint-chiefs-of-staff] General [Dan Caine|person:dan-caine|title=General] spoke."},
			[]string{"HOLDS_ROLE person:dan-caine organization:joint-chiefs-of-staff title=Chairman"}},
		{"office of a state, then the name", []string{
			"He met the Minister of Foreign Affairs of [Iraq|country:iraq], HE Dr [Ibrahim Al-Ja’afari|person:ibrahim-al-jaafari], in Canberra."},
			[]string{"HOLDS_ROLE person:ibrahim-al-jaafari country:iraq title=Minister of Foreign Affairs"}},
		{"who heads", []string{
			"[Rafael Grossi|person:rafael-grossi], who heads the [International Atomic Energy Agency|organization:iaea], visited."},
			[]string{"HOLDS_ROLE person:rafael-grossi organization:iaea title=Head"}},
		{"installed as ruler of a state", []string{
			"In 1869, [Isa bin Ali Al Khalifa|person:isa-bin-ali-al-khalifa] was installed as ruler of [Bahrain|country:bahrain] by the British."},
			[]string{"HOLDS_ROLE person:isa-bin-ali-al-khalifa country:bahrain title=Ruler"}},
		{"appointed office of", []string{
			"[Abbas Araghchi|person:abbas-araghchi] was appointed foreign minister of [Iran|country:iran] in 2024."},
			[]string{"HOLDS_ROLE person:abbas-araghchi country:iran title=Foreign Minister"}},
		{"became a state's office", []string{
			"[Masoud Pezeshkian|person:masoud-pezeshkian] became [Iran|country:iran]'s president in July."},
			[]string{"HOLDS_ROLE person:masoud-pezeshkian country:iran title=President"}},
		{"became the office of a state", []string{
			"[Masoud Pezeshkian|person:masoud-pezeshkian] became president of [Iran|country:iran] in 2024."},
			[]string{"HOLDS_ROLE person:masoud-pezeshkian country:iran title=President"}},
		{"became the first holder of an old office", []string{
			"[Ahmed Quxani|person:ahmed-quxani] became the first Hakim of [Bahrain|country:bahrain]."},
			[]string{"HOLDS_ROLE person:ahmed-quxani country:bahrain title=Hakim"}},
		{"a high commissioner in apposition", []string{
			"[Henri Zorbel|person:henri-zorbel], the high commissioner of [Vichy France|country:vichy-france], surrendered."},
			[]string{"HOLDS_ROLE person:henri-zorbel country:vichy-france title=High Commissioner"}},
		{"former office", []string{
			"Former [Iranian|country:iran|demonym] President [Mahmoud Ahmadinejad|person:mahmoud-ahmadinejad|title=Former Iranian President] spoke."},
			[]string{"HOLDS_ROLE person:mahmoud-ahmadinejad country:iran title=President"}},
		{"leader who withdrew the state", []string{
			"President [Donald Trump|person:donald-trump|title=President] withdrew the [U.S.|country:united-states] from the [JCPOA|agreement:jcpoa]."},
			[]string{"HOLDS_ROLE person:donald-trump country:united-states title=President"}},

		// Negative cases.
		{"a statement is no office", []string{
			"Statement of [Iran|country:iran] [Abbas Araghchi|person:abbas-araghchi] follows."},
			nil},
		{"honorific is no role", []string{
			"Mr. [Jared Kushner|person:jared-kushner|title=Mr.] of the [United States|country:united-states] attended."},
			nil},
		{"possessive without title", []string{
			"[Iran|country:iran]'s [Abbas Araghchi|person:abbas-araghchi] spoke."},
			nil},
		{"nationality of an analyst is no role", []string{
			"[Iranian|country:iran|demonym] analyst [Sara Bazoobandi|person:sara-bazoobandi|title=analyst] wrote."},
			nil},
		{"unqualified president outside a government text", []string{
			"President [Donald Trump|person:donald-trump|title=President] spoke about [Iran|country:iran] and the [United States|country:united-states]."},
			nil},
		{"two side cues are ambiguous", []string{
			"Envoy [Steve Witkoff|person:steve-witkoff|title=Envoy] on the [U.S.|country:united-states] side met envoys on the [Iranian|country:iran|demonym] side."},
			nil},
		{"the country's with two countries around", []string{
			"[Iran|country:iran] and [Israel|country:israel] traded threats.",
			"President [Isaac Herzog|person:isaac-herzog|title=President] praised the country's army."},
			nil},
		{"a leader's title before an unknown name, another state named after it", []string{
			"[Australia|country:australia] sent troops on Thursday.",
			"The deployment follows a request from Prime Minister Sir [Allan Quxemaza|person:quxemaza|title=Prime Minister], and the [Solomon Islands|country:solomon-islands] parliament passed a law."},
			nil},
		{"a leader's title before an unknown name, two states named before", []string{
			"[Pakistan|country:pakistan] and [Afghanistan|country:afghanistan] signed the accords on Thursday.",
			"Prime Minister [Mohammed Khan Quxejo|person:quxejo|title=Prime Minister] did not insist on that condition."},
			nil},
		{"apposition in a list is no role", []string{
			"[Abbas Araghchi|person:abbas-araghchi], [Oman|country:oman] and [Qatar|country:qatar] were present."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, types, []string{"title"}, tt.want)
		})
	}
}

func TestRolesFromDescriptions(t *testing.T) {
	tests := []struct {
		name string
		desc string
		want []string
	}{
		{"president of a named state", "president of Iran 2021–2024", []string{"HOLDS_ROLE person:x country:iran title=President"}},
		{"US prefix", "US president", []string{"HOLDS_ROLE person:x country:united-states title=President"}},
		{"another office", "foreign minister of Iran", nil},
		{"former office", "former president of Iran", nil},
		{"state not in the document", "president of France", nil},
		{"no description", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, ents := markup(t, "",
				"We call upon President [Raisi|person:x|title=President] to return to talks with the [United States|country:united-states] and [Iran|country:iran]'s neighbours.")
			ents.Entities["person:x"].Props = map[string]any{"description": tt.desc}
			var roles []relation
			for _, r := range relate(doc, ents).Relations {
				if r.Type == "HOLDS_ROLE" {
					roles = append(roles, r)
				}
			}
			got := renderRelations(roles, "title")
			if missing, extra := diffLines(got, tt.want); len(missing)+len(extra) > 0 {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestRolesInGovernmentText(t *testing.T) {
	doc, ents := markup(t, "2025-11-23",
		"Today, Secretary [Rubio|person:marco-rubio|title=Secretary] and Special Envoy [Witkoff|person:steve-witkoff|title=Special Envoy] held a meeting with the [Ukrainian|country:ukraine|demonym] delegation.",
		"The [United States|country:united-states] is committed to peace.")
	tests := []struct {
		name string
		url  string
		want []string
	}{
		{"government text", "https://www.whitehouse.gov/briefings-statements/2025/11/readout/", []string{
			"HOLDS_ROLE person:marco-rubio country:united-states title=Secretary",
			"HOLDS_ROLE person:steve-witkoff country:united-states title=Special Envoy",
		}},
		{"any other text", "https://example.com/news/readout", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := doc
			d.URL = tt.url
			got := renderRelations(relationsOfType(relate(d, ents), "HOLDS_ROLE"), "title")
			if missing, extra := diffLines(got, tt.want); len(missing)+len(extra) > 0 {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestForeignOfficesInGovernmentText: a White House readout about another
// state names that state's offices without the state, and names the
// United States as its own voice.
func TestForeignOfficesInGovernmentText(t *testing.T) {
	doc, ents := markup(t, "2022-10-11",
		"President [Biden|person:joe-biden|title=President] spoke today with President [Michel Aoun|person:michel-aoun|title=President] of [Lebanon|country:lebanon].",
		"President [Biden|person:joe-biden|title=President] thanked President [Aoun|person:michel-aoun|title=President], Speaker of Parliament [Nabih Berri|person:nabih-berri|title=Speaker of Parliament], and Prime Minister [Najib Mikati|person:najib-mikati|title=Prime Minister].",
		"The [United States|country:united-states] will remain a partner of [Lebanon|country:lebanon], and [Lebanon|country:lebanon] of the [United States|country:united-states].")
	doc.URL = "https://www.whitehouse.gov/briefing-room/statements-releases/2022/10/11/readout/"
	got := renderRelations(relationsOfType(relate(doc, ents), "HOLDS_ROLE"), "title")
	want := []string{
		"HOLDS_ROLE person:michel-aoun country:lebanon title=President",
		"HOLDS_ROLE person:nabih-berri country:lebanon title=Speaker of Parliament",
		"HOLDS_ROLE person:najib-mikati country:lebanon title=Prime Minister",
	}
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("missing %q in %q", w, got)
		}
	}
	for _, g := range got {
		if strings.HasPrefix(g, "HOLDS_ROLE person:michel-aoun country:united-states") {
			t.Errorf("Lebanon's president holds a United States office: %q", g)
		}
	}
}

// TestLedSideAndUSOnlyTitles: "National Security Advisor" is a US-only
// title, but not for the one the text says led the Israeli side, nor for one
// the text placed in Israel's office already.
func TestLedSideAndUSOnlyTitles(t *testing.T) {
	doc, ents := markup(t, "2024-04-01",
		"The [Israeli|country:israel|demonym] side was chaired by National Security Advisor [Tzachi Hanegbi|person:tzachi-hanegbi|title=National Security Advisor].",
		"[Israeli|country:israel|demonym] National Security Advisor [Meir Ben-Shabbat|person:meir-ben-shabbat|title=National Security Advisor] came.",
		"Later, National Security Advisor [Meir Ben-Shabbat|person:meir-ben-shabbat|title=National Security Advisor] left.",
		"The [United States|country:united-states] welcomed them.")
	got := renderRelations(relationsOfType(relate(doc, ents), "HOLDS_ROLE"))
	want := []string{"HOLDS_ROLE person:meir-ben-shabbat country:israel", "HOLDS_ROLE person:tzachi-hanegbi country:israel"}
	if missing, extra := diffLines(got, want); len(missing)+len(extra) > 0 {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestParliamentTitlesOfAnotherState: "Representative" and "Attorney
// General" are offices of other states' governments too; in a text about
// another state they are not the United States'.
func TestParliamentTitlesOfAnotherState(t *testing.T) {
	for _, tt := range []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a representative in a text about Jordan", []string{
			"[Jordan|country:jordan] is a kingdom; [Jordan|country:jordan]'s parliament has two houses.",
			"[Jordan|country:jordan] keeps its ties with the [United States|country:united-states].",
			"In September 2013 Representative [Talal al-Sharif|person:talal-al-sharif|title=Representative] tried to shoot a colleague."}, nil},
		{"a representative in a text about the United States", []string{
			"The [United States|country:united-states] Congress met.",
			"Representative [Ilhan Omar|person:ilhan-omar|title=Representative] spoke."},
			[]string{"HOLDS_ROLE person:ilhan-omar country:united-states"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc, ents := markup(t, "2024-04-01", tt.lines...)
			got := renderRelations(relationsOfType(relate(doc, ents), "HOLDS_ROLE"))
			if missing, extra := diffLines(got, tt.want); len(missing)+len(extra) > 0 {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestUnknownPresidentInGovernmentText: the catalog knows the presidents of
// the United States; a president a US government text names without a
// state is not one of them.
func TestUnknownPresidentInGovernmentText(t *testing.T) {
	doc, ents := markup(t, "2021-12-13",
		"In Baghdad, McGurk met with President [Barham Quxali|person:barham-quxali|title=President].",
		"The [United States|country:united-states] welcomed it.")
	doc.URL = "https://www.whitehouse.gov/briefing-room/statements-releases/2021/12/13/x/"
	if got := renderRelations(relationsOfType(relate(doc, ents), "HOLDS_ROLE")); len(got) != 0 {
		t.Errorf("got %q, want no United States office", got)
	}
}

func TestCanonTitleOrdinals(t *testing.T) {
	tests := []struct{ in, want string }{
		{"first representative", "Representative"},
		{"the 45th president", "President"},
		{"the fifteenth Emir", "Emir"},
		{"the twenty-first president", "President"},
		{"First Vice President", "First Vice President"},
		{"first lady", "First Lady"},
		{"also prime minister", "Prime Minister"},
		{"the present Secretary General", "Secretary General"},
		{"outgoing president", "President"},
		{"second", "Second"},
		{"Supreme Leader Ayatollah", "Supreme Leader"},
		{"Foreign Minister Sheikh", "Foreign Minister"},
		{"Prime Minister Dr.", "Prime Minister"},
		{"Grand Ayatollah", "Grand Ayatollah"},
		{"Foreign Minister Prince", "Foreign Minister"},
		{"Crown Prince", "Crown Prince"},
		{"Prince", "Prince"},
		{"acting chargé d'affaires", "Chargé d'Affaires"},
		{"chargé d’affaires", "Chargé d’Affaires"},
		{"and its war minister", "War Minister"},
		{"the first female prime minister", "Prime Minister"},
		{"popularly elected as prime minister", "Prime Minister"},
		{"most powerful military commander", "Military Commander"},
		{"top diplomat", "Diplomat"},
		{"Most Reverend Archbishop", "Most Reverend Archbishop"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := canonTitle(tt.in); got != tt.want {
				t.Errorf("canonTitle(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestDescribedRole: a title the text gives, tied to the state the
// catalog's description names, by name or demonym, while its term lasts.
func TestDescribedRole(t *testing.T) {
	tests := []struct {
		name, desc, title, published string
		want                         string
	}{
		{"demonym opens the description", "Saudi foreign minister", "Foreign Minister", "2023-04-14", "country:saudi-arabia"},
		{"head before of", "Saudi defence minister", "Minister of Defense", "2023-04-14", "country:saudi-arabia"},
		{"adviser spelt either way", "Israeli national security adviser 2021–2023", "National Security Advisor", "2021-10-05", "country:israel"},
		{"term over", "Israeli national security adviser 2021–2023", "National Security Advisor", "2025-01-01", ""},
		{"other title", "Saudi foreign minister", "President", "2023-04-14", ""},
		{"former office", "former Saudi foreign minister", "Foreign Minister", "2023-04-14", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pub, err := time.Parse("2006-01-02", tt.published)
			if err != nil {
				t.Fatal(err)
			}
			b := &relBuilder{
				doc: normalize.Document{Published: pub},
				ents: &entitySet{Entities: map[string]*entity{
					"person:p":             {ID: "person:p", Type: "Person", Props: map[string]any{"description": tt.desc}},
					"country:saudi-arabia": {ID: "country:saudi-arabia", Name: "Saudi Arabia", Type: "Country", Demonyms: []string{"Saudi", "Saudi Arabian"}},
					"country:israel":       {ID: "country:israel", Name: "Israel", Type: "Country", Demonyms: []string{"Israeli"}},
				}},
			}
			got, _ := b.describedRole("person:p", tt.title)
			if got != tt.want {
				t.Errorf("describedRole(%q, %q) = %q, want %q", tt.desc, tt.title, got, tt.want)
			}
		})
	}
}

func TestPlausibleTitle(t *testing.T) {
	tests := []struct {
		title string
		want  bool
	}{
		{"Foreign Minister", true},
		{"Secretary of the Treasury", true},
		{"Ambassador to Oman", true},
		{"Constitution defines the President", false},
		{"Constitution Defines the President", false},
	}
	for _, tt := range tests {
		if got := plausibleTitle(tt.title); got != tt.want {
			t.Errorf("plausibleTitle(%q) = %v, want %v", tt.title, got, tt.want)
		}
	}
}

// TestGovernmentTextVoiceAndCatalog: in a State Department release an
// unqualified "Spokesperson" is the department's own, even when the
// catalog describes the person without the state's name; a president the
// catalog describes as another state's, or another state's ministry
// spokesperson, is not made the United States'.
func TestGovernmentTextVoiceAndCatalog(t *testing.T) {
	x := testExtractor(t)
	doc := docOf("The following is attributable to Spokesperson Ned Price:\n" +
		"The United States welcomes the talks with Lebanon.\n" +
		"Secretary Blinken thanked President Michel Aoun for his leadership.\n" +
		"Quxland welcomes all efforts, foreign ministry spokesperson Zorbi Quxan said on Tuesday.")
	doc.URL = "https://www.state.gov/secretary-blinkens-meeting/"
	got := pairsOfType(x.Extract(doc), "HOLDS_ROLE")
	if !slices.Contains(got, "person:ned-price country:united-states") {
		t.Errorf("the department's spokesperson holds no US office: %v", got)
	}
	if slices.Contains(got, "person:michel-aoun country:united-states") {
		t.Errorf("Lebanon's president holds a US office: %v", got)
	}
	// A "foreign ministry spokesperson" speaks for a ministry, and the
	// United States has none.
	if slices.Contains(got, "person:zorbi-quxan country:united-states") {
		t.Errorf("a ministry's spokesperson holds a US office: %v", got)
	}
}

// TestReportersBeat: a body named inside a reporter's title is the beat
// the reporter covers, not the employer; the network before it is.
func TestReportersBeat(t *testing.T) {
	x := testExtractor(t)
	checkRelationCases(t, x, []relationCase{
		{name: "a network and a beat", text: "ABC News Chief White House Correspondent Mary Zorbel asked a question.",
			want: []string{"AFFILIATED_WITH person:mary-zorbel organization:abc-news"},
			not:  []string{"AFFILIATED_WITH person:mary-zorbel organization:white-house"}},
		{name: "a beat alone", text: "Chief White House Correspondent Peter Quxley asked.",
			not: []string{"AFFILIATED_WITH person:peter-quxley organization:white-house"}},
		{name: "an office of the body", text: "White House Press Secretary Karoline Leavitt spoke.",
			want: []string{"HOLDS_ROLE person:karoline-leavitt organization:white-house"}},
	})
}

// TestFirstOfficeNamed: two offices of one person for one state are one
// relation; it keeps the title the text names first unless a later one is
// told with much more certainty.
func TestFirstOfficeNamed(t *testing.T) {
	x := testExtractor(t)
	res := x.Extract(docOf("Kamal Quxani (born 1960) is an Iranian diplomat who served as Minister of Foreign Affairs of Iran from 2013 to 2021. " +
		"He was Iran's Ambassador to the United Nations from 2002 to 2007, and Quxani, Iran's Ambassador, spoke often."))
	for _, r := range res.Relations {
		if r.Type == "HOLDS_ROLE" && r.From == "person:kamal-quxani" && r.To == "country:iran" {
			if got := r.Properties["title"]; got != "Minister of Foreign Affairs" {
				t.Errorf("title %q, want the office named first", got)
			}
			return
		}
	}
	t.Errorf("no office for Iran: %v", pairsOfType(res, "HOLDS_ROLE"))
}

// TestScholarsAffiliations: a scholar named by a discipline works at the
// university of the apposition; it is no office of it.
func TestScholarsAffiliations(t *testing.T) {
	x := testExtractor(t)
	checkRelationCases(t, x, []relationCase{
		{name: "a sociologist at a university",
			text: "Zorbo Quxlani, a sociologist at Quxton University, criticized it.",
			want: []string{"AFFILIATED_WITH person:zorbo-quxlani organization:quxton-university"},
			not:  []string{"HOLDS_ROLE person:zorbo-quxlani organization:quxton-university"}},
	})
}

// TestChargeDAffaires: a chargé d'affaires holds the office for the state
// written before the title.
func TestChargeDAffaires(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{"the state's adjective, acting and the title", "The Iranian acting chargé d'affaires Morteza Sanubari was summoned.",
			[]string{"HOLDS_ROLE person:morteza-sanubari country:iran"}, nil},
		{"the title set off after the name", "Pyotr Volokovykh, the Russian chargé d'affaires, was summoned.",
			[]string{"HOLDS_ROLE person:pyotr-volokovykh country:russia"}, nil},
		{"a charge dropped names no office", "The court dropped the charge against Ali Musa of Iran.",
			nil, []string{"HOLDS_ROLE person:ali-musa country:iran"}},
	})
}
