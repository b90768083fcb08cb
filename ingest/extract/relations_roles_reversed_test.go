package extract

import "testing"

func TestReversedRoles(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"possessive title, then the name", []string{
			"[Iran|country:iran]'s foreign minister, [Abbas Araghchi|person:abbas-araghchi], arrived in [Muscat|place:muscat]."},
			[]string{"HOLDS_ROLE person:abbas-araghchi country:iran title=Foreign Minister"}},
		{"demonym title, then the name and a verb", []string{
			"The [American|country:united-states|demonym] president, [Barack Obama|person:barack-obama] said little."},
			[]string{"HOLDS_ROLE person:barack-obama country:united-states title=President"}},
		{"a secretary of state, then the name", []string{
			"They signed before the [US|country:united-states] Secretary of State, [Colin Powell|person:colin-powell]."},
			[]string{"HOLDS_ROLE person:colin-powell country:united-states title=Secretary of State"}},
		{"a rank between the office and the name", []string{
			"The [Egyptian|country:egypt|demonym] Chief of Intelligence, General [Omar Suleiman|person:omar-suleiman|title=General], played a role."},
			[]string{"HOLDS_ROLE person:omar-suleiman country:egypt title=Chief of Intelligence"}},
		{"an organisation led by", []string{
			"[Hamas|organization:hamas], led by [Yahya Sinwar|person:yahya-sinwar], attacked [Israel|country:israel]."},
			[]string{"HOLDS_ROLE person:yahya-sinwar organization:hamas title=Leader"}},
		{"a force commanded by a qualified officer", []string{
			"[Jordan|country:jordan]'s [Arab Legion|organization:arab-legion], commanded by the [British|country:united-kingdom|demonym] officer [John Bagot Glubb|person:glubb|title=officer], captured the city."},
			[]string{"HOLDS_ROLE person:glubb organization:arab-legion title=Commander", "HOLDS_ROLE person:glubb country:united-kingdom title=Officer"}},
		{"a force under its leader", []string{
			"The [Arab Legion|organization:arab-legion] under [Glubb Pasha|person:glubb] held Latrun."},
			[]string{"HOLDS_ROLE person:glubb organization:arab-legion title=Leader"}},
		{"a state under its ruler is no body's office", []string{
			"[Iraq|country:iraq] under [Saddam Hussein|person:saddam-hussein] invaded [Kuwait|country:kuwait]."},
			nil},
		{"an organisation led by an incumbent office holder", []string{
			"The [State of Law Coalition|organization:state-of-law], led by incumbent Prime Minister [Nouri al-Maliki|person:nouri-al-maliki|title=Prime Minister], won 89 seats."},
			[]string{"HOLDS_ROLE person:nouri-al-maliki organization:state-of-law title=Leader"}},
		{"a party of a list, led by after a dash", []string{
			"[Patriotic Union of Kurdistan|organization:puk] ([PUK|organization:puk]) – led by [Bafel Talabani|person:bafel-talabani]"},
			[]string{"HOLDS_ROLE person:bafel-talabani organization:puk title=Leader"}},
		{"an office with its portfolio, at a body", []string{
			"[Seyyed Mahdi Farahi|person:farahi] is the Deputy Defense Minister for Industrial and Research Affairs at [MODAFL|organization:modafl]."},
			[]string{"HOLDS_ROLE person:farahi organization:modafl title=Deputy Defense Minister"}},
		{"an office of a state, then a copula and the name", []string{
			"The current Prime Minister of [Iraq|country:iraq] is [Adil Abdul-Mahdi|person:adil-abdul-mahdi], who holds power."},
			[]string{"HOLDS_ROLE person:adil-abdul-mahdi country:iraq title=Prime Minister"}},
		{"no office before the copula", []string{
			"The ally of [Iran|country:iran] is [Hassan Nasrallah|person:hassan-nasrallah]."},
			nil},
		{"a demonym's ambassador posted to a state, then the name", []string{
			"The [Nepalese|country:nepal|demonym] ambassador to [Qatar|country:qatar], [Maya Kumari Sharma|person:maya-kumari-sharma], described it."},
			[]string{"HOLDS_ROLE person:maya-kumari-sharma country:nepal title=Ambassador"}},
		{"a body's special envoy for a state, then the name", []string{
			"The [UN|organization:united-nations] Special Envoy for [Syria|country:syria], [Staffan de Mistura|person:staffan-de-mistura], convened the talks."},
			[]string{"HOLDS_ROLE person:staffan-de-mistura organization:united-nations title=Special Envoy"}},
		{"a body's envoy with no posting is left to other rules", []string{
			"The [UN|organization:united-nations] spoke of [Syria|country:syria], [Staffan de Mistura|person:staffan-de-mistura] said."},
			nil},
		{"the group led by, in apposition", []string{
			"[Al-Qaeda in Iraq|organization:aqi], the group led by [Abu Musab al-Zarqawi|person:zarqawi], claims responsibility for the attacks."},
			[]string{"HOLDS_ROLE person:zarqawi organization:aqi title=Leader"}},
		{"which does something and is led by", []string{
			"The [Fatah Alliance|organization:fatah-alliance], which groups paramilitary factions and is led by [Hadi al-Amiri|person:amiri], lost seats."},
			[]string{"HOLDS_ROLE person:amiri organization:fatah-alliance title=Leader"}},
		{"which is headed by", []string{
			"The [Palestine Liberation Organization|organization:plo], which is headed by [Mahmoud Abbas|person:mahmoud-abbas], agreed."},
			[]string{"HOLDS_ROLE person:mahmoud-abbas organization:plo title=Head"}},
		{"an organisation will be chaired by", []string{
			"The [Board of Peace|organization:board-of-peace] will be chaired by [Donald Trump|person:donald-trump]."},
			[]string{"HOLDS_ROLE person:donald-trump organization:board-of-peace title=Chairman"}},
		{"a person will chair an organisation", []string{
			"[Donald Trump|person:donald-trump] will chair the [Board of Peace|organization:board-of-peace]."},
			[]string{"HOLDS_ROLE person:donald-trump organization:board-of-peace title=Chairman"}},
		{"a person may chair an organisation", []string{
			"[Donald Trump|person:donald-trump] may chair the [Board of Peace|organization:board-of-peace]."},
			nil},
		{"an apposition, then who led a body", []string{
			"[Mohammad Mosaddegh|person:mosaddegh], a veteran politician who led the [National Front|organization:national-front], became prime minister."},
			[]string{"HOLDS_ROLE person:mosaddegh organization:national-front title=Leader"}},
		{"an apposition naming another, who led a body", []string{
			"[Mohammad Mosaddegh|person:mosaddegh], a friend of the man who led the [National Front|organization:national-front], spoke."},
			nil},
		{"a body's acronym, then led by a general", []string{
			"The [Sudanese Armed Forces|organization:saf] ([SAF|organization:saf]), led by General [Abdel Fattah al-Burhan|person:burhan|title=General], fought the paramilitaries."},
			[]string{"HOLDS_ROLE person:burhan organization:saf title=General"}},
		{"a body under a rank written with a hyphen", []string{
			"The palace was shelled by ships of the [Royal Navy|organization:royal-navy] under Rear-Admiral [Harry Rawson|person:rawson|title=Rear-Admiral]."},
			[]string{"HOLDS_ROLE person:rawson organization:royal-navy title=Rear-Admiral"}},
		{"a body's acronym, then commanded by", []string{
			"The [Islamic Salvation Army|organization:ais] ([AIS|organization:ais]), commanded by [Madani Mezrag|person:mezrag], opposed the GIA."},
			[]string{"HOLDS_ROLE person:mezrag organization:ais title=Commander"}},
		{"a person led an organisation for years", []string{
			"[Hassan Nasrallah|person:hassan-nasrallah] led [Hezbollah|organization:hezbollah] from 1992 until 2024."},
			[]string{"HOLDS_ROLE person:hassan-nasrallah organization:hezbollah title=Leader"}},
		{"served as, then the state", []string{
			"[Mahmoud Ahmadinejad|person:mahmoud-ahmadinejad] served as president of [Iran|country:iran] from 2005 to 2013."},
			[]string{"HOLDS_ROLE person:mahmoud-ahmadinejad country:iran title=President"}},
		{"served several times as, then the state", []string{
			"[Rafic Hariri|person:rafic-hariri] served five times as prime minister of [Lebanon|country:lebanon]."},
			[]string{"HOLDS_ROLE person:rafic-hariri country:lebanon title=Prime Minister"}},
		{"who later became an office of a state", []string{
			"Members included [Yitzhak Shamir|person:yitzhak-shamir], who later became Prime Minister of [Israel|country:israel]."},
			[]string{"HOLDS_ROLE person:yitzhak-shamir country:israel title=Prime Minister"}},
		{"a style of address between the office and the name", []string{
			"Sullivan met [Bahrain|country:bahrain]'s Prime Minister, His Royal Highness [Salman bin Hamad Al Khalifa|person:salman-bin-hamad-al-khalifa], today."},
			[]string{"HOLDS_ROLE person:salman-bin-hamad-al-khalifa country:bahrain title=Prime Minister"}},
		{"congratulated on an election to an office of a state", []string{
			"I extend my congratulations to [Isaac Herzog|person:isaac-herzog] on his election to serve as the 11th President of the [State of Israel|country:israel]."},
			[]string{"HOLDS_ROLE person:isaac-herzog country:israel title=President"}},
		{"served as an office for a state", []string{
			"[Abbas Araghchi|person:abbas-araghchi] served as the chief negotiator for [Iran|country:iran] in 2015."},
			[]string{"HOLDS_ROLE person:abbas-araghchi country:iran title=Chief Negotiator"}},
		{"who was, then the state", []string{
			"[Nouri al-Maliki|person:nouri-al-maliki], who was prime minister of [Iraq|country:iraq], met [Joe Biden|person:joe-biden]."},
			[]string{"HOLDS_ROLE person:nouri-al-maliki country:iraq title=Prime Minister"}},
		{"reelected to an office of a state", []string{
			"[Mahmoud Ahmadinejad|person:mahmoud-ahmadinejad] is reelected as the President of [Iran|country:iran]."},
			[]string{"HOLDS_ROLE person:mahmoud-ahmadinejad country:iran title=President"}},
		{"a description, then who served as an office of a state", []string{
			"[Ariel Sharon|person:ariel-sharon] was an [Israeli|country:israel|demonym] general and politician who served as the 11th Prime Minister of [Israel|country:israel] from 2001."},
			[]string{"HOLDS_ROLE person:ariel-sharon country:israel title=Prime Minister"}},
		{"a demonym office, then a name with its style", []string{
			"Nuri told the [British|country:uk|demonym] ambassador, Sir [Henry Mack|person:mack|title=Sir], that they had lost a treaty."},
			[]string{"HOLDS_ROLE person:mack country:uk title=Ambassador"}},
		{"a description, then who served an office many times", []string{
			"[Nuri al-Said|person:nuri] (December 1888 – 15 July 1958) was an [Iraqi|country:iraq|demonym] soldier and politician who served fourteen times as Prime Minister of [Iraq|country:iraq] between 1930 and 1958."},
			[]string{"HOLDS_ROLE person:nuri country:iraq title=Prime Minister"}},
		{"the other name after the birth aside, then a description and an office", []string{
			"[Nouri Kamil al-Maliki|person:maliki] (born 20 June 1950), also known as [Jawad al-Maliki|person:maliki], is an [Iraqi|country:iraq|demonym] politician who was Prime Minister of [Iraq|country:iraq] from 2006 to 2014."},
			[]string{"HOLDS_ROLE person:maliki country:iraq title=Prime Minister"}},
		{"another spelling after the birth aside, then a description and an office", []string{
			"[Mohammad Mosaddegh|person:mosaddegh] (16 June 1882 – 5 March 1967), also spelled Mossadegh, was an [Iranian|country:iran|demonym] statesman who served as the Prime Minister of [Iran|country:iran] from 1951 until 1953."},
			[]string{"HOLDS_ROLE person:mosaddegh country:iran title=Prime Minister"}},
		{"a description, then the chairman of a state's government under its long name", []string{
			"[Noe Zhordania|person:zhordania] (14 January 1868 – 11 January 1953) was a [Georgian|country:georgia|demonym] journalist and politician who served as chairman of the government of the Democratic Republic of [Georgia|country:georgia] from June 1918."},
			[]string{"HOLDS_ROLE person:zhordania country:georgia title=Chairman of the Government"}},
		{"the president of a state's council of ministers", []string{
			"[Pierre Quxley|person:quxley] served as president of the council of ministers of [Lebanon|country:lebanon] in 1950."},
			[]string{"HOLDS_ROLE person:quxley country:lebanon title=President of the Council of Ministers"}},
		{"a description, then who was twice an office", []string{
			"[Abdulaziz Kamilov|person:kamilov] (born 16 November 1947) is an [Uzbek|country:uzbekistan|demonym] diplomat who was twice Minister of Foreign Affairs of [Uzbekistan|country:uzbekistan], from 1994 to 2003."},
			[]string{"HOLDS_ROLE person:kamilov country:uzbekistan title=Minister of Foreign Affairs"}},
		{"a birth name inside the birth aside", []string{
			"[Moshe Sharett|person:sharett] (born [Moshe Shertok|person:shertok]; 15 October 1894 – 7 July 1965) was the first Foreign Minister of [Israel|country:israel], from 1948 to 1956."},
			[]string{"HOLDS_ROLE person:sharett country:israel title=Foreign Minister"}},
		{"a birth aside, a description, then who served as an office of a body", []string{
			"[Ali Larijani|person:ali-larijani] (born 3 June 1957) is an [Iranian|country:iran|demonym] conservative politician and philosopher who served as the chairman of the [Parliament of Iran|organization:majlis] from 2008 to 2020."},
			[]string{"HOLDS_ROLE person:ali-larijani organization:majlis title=Chairman"}},
		{"a description with a demonym, then who served as an office and no state", []string{
			"[Zorbo Quxley|person:zorbo-quxley] is an [Israeli|country:israel|demonym] politician who served as Minister of Defense from 2001 to 2003."},
			[]string{"HOLDS_ROLE person:zorbo-quxley country:israel title=Minister of Defense"}},
		{"a description with the family's origin and a long description, then who served as", []string{
			"[Zorbo Quxley|person:zorbo-quxley] was an [Egyptian|country:egypt|demonym] statesman of Armenian origin who served as the first Prime Minister of [Egypt|country:egypt] from 1878."},
			[]string{"HOLDS_ROLE person:zorbo-quxley country:egypt title=Prime Minister"}},
		{"a description of seven words, then who has been", []string{
			"[Zorbo Quxley|person:zorbo-quxley] is a [South Sudanese|country:south-sudan|demonym] politician and former guerrilla commander who has been the President of [South Sudan|country:south-sudan] since 2011."},
			[]string{"HOLDS_ROLE person:zorbo-quxley country:south-sudan title=President"}},
		{"elected chairperson of a body", []string{
			"In 2024 [Zorbo Quxley|person:zorbo-quxley] was elected chairperson of the [African Union|organization:african-union]."},
			[]string{"HOLDS_ROLE person:zorbo-quxley organization:african-union title=Chairperson"}},
		{"vice-chairman of a body", []string{
			"In 1969 [Zorbo Quxley|person:zorbo-quxley] became vice-chairman of the [Revolutionary Command Council|organization:rcc]."},
			[]string{"HOLDS_ROLE person:zorbo-quxley organization:rcc title=Vice-chairman"}},
		{"became an office named by its state's adjective", []string{
			"In 1983 [Zorbo Quxley|person:zorbo-quxley] became [Saudi|country:saudi-arabia|demonym] ambassador to the [United States|country:united-states]."},
			[]string{"HOLDS_ROLE person:zorbo-quxley country:saudi-arabia title=Ambassador"}},
		{"appointed, after an apposition, to an office named by its state's adjective", []string{
			"Their daughter, [Zorba Quxley|person:zorba-quxley], was appointed [Saudi|country:saudi-arabia|demonym] ambassador in 2019."},
			[]string{"HOLDS_ROLE person:zorba-quxley country:saudi-arabia title=Ambassador"}},
		{"a state's adjective before what a person was is no office", []string{
			"[Zorbo Quxley|person:zorbo-quxley] is a [Saudi|country:saudi-arabia|demonym] diplomat."},
			nil},
		{"two demonyms in the description say no one state", []string{
			"[Zorbo Quxley|person:zorbo-quxley] is an [Israeli|country:israel|demonym]-[American|country:united-states|demonym] politician who served as Minister of Defense."},
			nil},
		{"a description, then who has been an office", []string{
			"[Recep Tayyip Erdoğan|person:erdogan] (born 26 February 1954) is a [Turkish|country:turkey|demonym] politician who has been the 12th president of [Turkey|country:turkey] since 2014."},
			[]string{"HOLDS_ROLE person:erdogan country:turkey title=President"}},
		{"a description, then who became an office", []string{
			"[Ali Larijani|person:ali-larijani] is an [Iranian|country:iran|demonym] politician who became the speaker of the [Parliament of Iran|organization:majlis] in 2008."},
			[]string{"HOLDS_ROLE person:ali-larijani organization:majlis title=Speaker"}},
		{"a description, then who was an office of a body", []string{
			"[Hassan Nasrallah|person:hassan-nasrallah] was a [Lebanese|country:lebanon|demonym] Shia cleric and militant leader who was Secretary-General of [Hezbollah|organization:hezbollah] from February 1992."},
			[]string{"HOLDS_ROLE person:hassan-nasrallah organization:hezbollah title=Secretary-General"}},
		{"a description with a demonym, then who was an office and no state", []string{
			"[Zorbo Quxley|person:zorbo-quxley] is an [Algerian|country:algeria|demonym] diplomat who was Minister of Foreign Affairs from 1963 to 1979."},
			[]string{"HOLDS_ROLE person:zorbo-quxley country:algeria title=Minister of Foreign Affairs"}},
		{"who was a tie to an office's holder", []string{
			"[Ali Larijani|person:ali-larijani] is an [Iranian|country:iran|demonym] politician who was the son-in-law of the President of [Iran|country:iran]."},
			nil},
		{"a life aside between the name and the office of a state", []string{
			"[Sabah Al-Ahmad|person:sabah] (Arabic: صباح الأحمد; 16 June 1929 – 29 September 2020) was the fifteenth Emir of [Kuwait|country:kuwait], reigning from 2006."},
			[]string{"HOLDS_ROLE person:sabah country:kuwait title=Emir"}},
		{"a regnal number and a life aside before the office", []string{
			"[Haile Selassie|person:haile-selassie] I (born Lij Tafari; 1892 – 1975) was Emperor of [Ethiopia|country:ethiopia] from 1930 to 1974."},
			[]string{"HOLDS_ROLE person:haile-selassie country:ethiopia title=Emperor"}},
		{"who became a tie to an office's holder", []string{
			"[Ali Larijani|person:ali-larijani] is an [Iranian|country:iran|demonym] politician who became the friend of the President of [Iran|country:iran]."},
			nil},
		{"a description naming someone else, who served", []string{
			"[Ariel Sharon|person:ariel-sharon] was a friend of a man who served as Prime Minister of [Israel|country:israel]."},
			nil},
		{"an office coordinated with a description", []string{
			"[Yitzhak Shamir|person:yitzhak-shamir] was an [Israeli|country:israel|demonym] politician and the seventh Prime Minister of [Israel|country:israel]."},
			[]string{"HOLDS_ROLE person:yitzhak-shamir country:israel title=Prime Minister"}},
		{"an office coordinated with a description naming someone else", []string{
			"[Rafik Hariri|person:rafik-hariri] was a friend of Chirac and Prime Minister of [Lebanon|country:lebanon]."},
			nil},
		{"a department after the office", []string{
			"[Ariel Sharon|person:ariel-sharon] served as Minister of Defense of [Israel|country:israel]."},
			[]string{"HOLDS_ROLE person:ariel-sharon country:israel title=Minister of Defense"}},
		{"a figure ordinal before the office", []string{
			"[Ariel Sharon|person:ariel-sharon] was the 11th Prime Minister of [Israel|country:israel]."},
			[]string{"HOLDS_ROLE person:ariel-sharon country:israel title=Prime Minister"}},
		{"who served as, set off by commas: the clause is no part of the title", []string{
			"[Ariel Sharon|person:ariel-sharon], who served as Prime Minister of [Israel|country:israel], died in 2014."},
			[]string{"HOLDS_ROLE person:ariel-sharon country:israel title=Prime Minister"}},
		{"elected to a body as head of a party", []string{
			"[Menachem Begin|person:menachem-begin] was elected to the first [Knesset|organization:knesset] as head of [Herut|organization:herut]."},
			[]string{"HOLDS_ROLE person:menachem-begin organization:herut title=Head"}},
		{"elected to a body, a word that is no office", []string{
			"[Menachem Begin|person:menachem-begin] was elected to the first [Knesset|organization:knesset] as a critic of [Herut|organization:herut]."},
			nil},
		{"became the elected imam of a state", []string{
			"[Ghalib Alhinai|person:ghalib-alhinai] became the elected Imam of the [Imamate of Oman|country:imamate-of-oman] in May 1954."},
			[]string{"HOLDS_ROLE person:ghalib-alhinai country:imamate-of-oman title=Imam"}},
		{"served as regent of a state", []string{
			"[Abd al-Ilah|person:abd-al-ilah] served as Regent of [Iraq|country:iraq] until 1953."},
			[]string{"HOLDS_ROLE person:abd-al-ilah country:iraq title=Regent"}},
		{"elected by others to an office, past an apposition", []string{
			"The parliament elected [Najib Mikati|person:najib-mikati], the candidate for the [March 8 Alliance|organization:march-8-alliance], Prime Minister of [Lebanon|country:lebanon]."},
			[]string{"HOLDS_ROLE person:najib-mikati country:lebanon title=Prime Minister"}},
		{"elected, then a clause about another office", []string{
			"The parliament elected [Najib Mikati|person:najib-mikati], who then praised the Speaker of [Lebanon|country:lebanon]."},
			nil},
		{"its first president, after the body's founding", []string{
			"The [Palestinian Authority|organization:palestinian-authority] was established in 1994.",
			"[Yasser Arafat|person:yasser-arafat] became its first president."},
			[]string{"HOLDS_ROLE person:yasser-arafat organization:palestinian-authority title=President"}},
		{"its president, after a sentence about something else", []string{
			"[Israel|country:israel] praised the accord.",
			"[Yasser Arafat|person:yasser-arafat] became its first president."},
			nil},
		{"a copula and a word that is no office", []string{
			"[Nouri al-Maliki|person:nouri-al-maliki] was a critic of [Iraq|country:iraq]."},
			nil},
		{"an office one might serve in", []string{
			"[Nouri al-Maliki|person:nouri-al-maliki] could serve as prime minister of [Iraq|country:iraq]."},
			nil},
		{"succeeded another as", []string{
			"In 2013, [Hassan Rouhani|person:hassan-rouhani] succeeded [Mahmoud Ahmadinejad|person:mahmoud-ahmadinejad] as president of [Iran|country:iran]."},
			[]string{"HOLDS_ROLE person:hassan-rouhani country:iran title=President", "HOLDS_ROLE person:mahmoud-ahmadinejad country:iran title=President"}},
		{"might succeed another", []string{
			"[Hassan Rouhani|person:hassan-rouhani] hoped he succeeded [Mahmoud Ahmadinejad|person:mahmoud-ahmadinejad] as president of [Iran|country:iran]."},
			nil},
		{"a list whose first item is an office", []string{
			"[Iran|country:iran]'s foreign minister, [Abbas Araghchi|person:abbas-araghchi] and [Badr Albusaidi|person:badr-albusaidi] met."},
			nil},
		{"leading an organisation's fighters is no office", []string{
			"[Yahya Sinwar|person:yahya-sinwar] led [Hamas|organization:hamas] fighters into [Israel|country:israel]."},
			nil},
		{"leading an organisation's attack is no office", []string{
			"[Yahya Sinwar|person:yahya-sinwar] led [Hamas|organization:hamas]'s attack."},
			nil},
		{"a state after led by is no organisation", []string{
			"The coalition, led by [Saudi Arabia|country:saudi-arabia], struck [Yemen|country:yemen]."},
			nil},
		{"an organisation that could be led by", []string{
			"[Hamas|organization:hamas], which could be led by [Khaled Mashal|person:khaled-mashal], refused."},
			nil},
		{"a word that is no title between the state and the name", []string{
			"[Iran|country:iran]'s talks, [Abbas Araghchi|person:abbas-araghchi] said, went well."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"HOLDS_ROLE"}, []string{"title"}, tt.want)
		})
	}
}

// TestPostedAndClauseOffices: an office with its posting before a name, an
// office after "who served as", and an office of a body a state owns.
func TestPostedAndClauseOffices(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "an ambassador to a body, then the name",
			text: "Iran's ambassador to the United Nations, Amir Saeid Iravani, wrote a letter.",
			want: []string{"HOLDS_ROLE person:amir-saeid-iravani country:iran"},
			not:  []string{"HOLDS_ROLE person:amir-saeid-iravani organization:united-nations"}},
		{name: "who served as an office of a state's body",
			text: "Ali Shamkhani, who served as secretary of Iran's Supreme National Security Council, was sanctioned.",
			want: []string{"HOLDS_ROLE person:ali-shamkhani organization:supreme-national-security-council"},
			not:  []string{"HOLDS_ROLE person:ali-shamkhani country:iran"}},
		{name: "a coordinator of the White House",
			text: "Brett McGurk, the White House coordinator for the Middle East, traveled to Riyadh.",
			want: []string{"HOLDS_ROLE person:brett-mcgurk organization:white-house"}},
		{name: "a second office told after the first one's span",
			text: "Heydar Aliyev was First Secretary of the Communist Party of Azerbaijan from 1969 to 1982 and the third President of Azerbaijan from 1993 to 2003.",
			want: []string{"HOLDS_ROLE person:heydar-aliyev organization:communist-party-of-azerbaijan", "HOLDS_ROLE person:heydar-aliyev country:azerbaijan"}},
		{name: "a later office of another body",
			text: "Kofi Annan was Secretary-General of the United Nations from 1997 to 2006 and later Joint Special Representative of the Arab League for Syria.",
			want: []string{"HOLDS_ROLE person:kofi-annan organization:arab-league"}},
		{name: "a state named after the first office is no second office",
			text: "Ali Akbar Velayati was Foreign Minister of Iran from 1981 to 1997 and Iraq was at war with it.",
			not:  []string{"HOLDS_ROLE person:ali-akbar-velayati country:iraq"}},
	})
}

// TestClauseIsNoTitle: "who served as" is no part of the office's title.
func TestClauseIsNoTitle(t *testing.T) {
	res := testExtractor(t).Extract(docOf("Ali Shamkhani, who served as secretary of the Supreme National Security Council, was sanctioned."))
	for _, r := range res.Relations {
		if r.Type == "HOLDS_ROLE" && r.Properties["title"] != "Secretary" {
			t.Errorf("title %q, want Secretary", r.Properties["title"])
		}
	}
}

// TestOfficeSetOffIsThePerson: "met Egypt's foreign minister, Badr
// Abdelatty," met the minister, not Egypt.
func TestOfficeSetOffIsThePerson(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "met a state's minister set off by commas",
			text: "Sheikh Tamim met Egypt's foreign minister, Badr Abdelatty, in Doha.",
			want: []string{"MET_WITH person:badr-abdelatty person:tamim-bin-hamad-al-thani", "HOLDS_ROLE person:badr-abdelatty country:egypt"},
			not:  []string{"PARTICIPATED_IN country:egypt event:meeting:egypt-tamim-bin-hamad-al-thani"}},
		{name: "received a state's minister set off by commas",
			text: "Sheikh Tamim received Egypt's foreign minister, Badr Abdelatty, in Doha.",
			want: []string{"MET_WITH person:badr-abdelatty person:tamim-bin-hamad-al-thani"}},
	})
}

// TestBirthAsideDatesNoOffice: the birth date in a biography's opening
// parenthesis is no date of the office its sentence tells.
func TestBirthAsideDatesNoOffice(t *testing.T) {
	checkRelations(t, "", []string{
		"[Ali Larijani|person:ali-larijani] (born 3 June 1957) is an [Iranian|country:iran|demonym] politician who served as the chairman of the [Parliament of Iran|organization:majlis]."},
		[]string{"HOLDS_ROLE"}, []string{"title", "date"}, []string{"HOLDS_ROLE person:ali-larijani organization:majlis title=Chairman"})
}

// TestMinisterForAPortfolio: "Minister for Foreign Affairs" is an office
// as "Minister of Foreign Affairs" is.
func TestMinisterForAPortfolio(t *testing.T) {
	checkRelations(t, "", []string{"Meanwhile [France|country:france]'s Minister for Foreign Affairs, [Philippe Douste-Blazy|person:pdb], stressed that the truce held."},
		[]string{"HOLDS_ROLE"}, []string{"title"}, []string{"HOLDS_ROLE person:pdb country:france title=Minister for Foreign Affairs"})
}
