package extract

import (
	_ "embed"
	"strings"
	"unicode"
)

// wordClass is a set of flags saying what a word can be in a name phrase.
type wordClass uint32

const (
	wcTitle         wordClass = 1 << iota // a title head: "minister", "senator", "sen."
	wcTitleMod                            // a word inside a title: "foreign", "special", "deputy"
	wcOrgHead                             // ends an organisation's name: "ministry", "council"
	wcPlaceHead                           // ends a place's name: "province", "strait"
	wcPlacePrefix                         // starts a place's name before "of": "strait", "gulf"
	wcAgreementHead                       // ends an agreement's name: "treaty", "accords"
	wcStop                                // capitalised only because it opens a sentence or heading
	wcCalendar                            // months and week days
	wcGiven                               // a common given name
	wcParticle                            // inside a name: "bin", "al", "de", "van"
	wcConnector                           // inside an organisation or title: "of", "for", "the", "and"
	wcSaying                              // a verb of saying after a name: "said", "told"
	wcRole                                // a lower-case role noun in an apposition: "fellow", "analyst"
	wcHonorific                           // a title that is evidence of a person on its own: "Mr.", "Sen."
	wcCountryHead                         // ends or opens a state's name: "empire", "kingdom"
	wcPlaceNoun                           // a kind of place: "village", "city", "province"
	wcNoName                              // a group, language or period word: no part of a person's name
)

//go:embed lexicon/given-names.txt
var givenNamesText string

// lexicon classifies folded word keys.
type lexicon map[string]wordClass

func (l lexicon) add(class wordClass, words string) {
	for _, w := range strings.Fields(words) {
		l[foldKey(w)] |= class
	}
}

// newLexicon builds the word classes. The lists are closed on purpose:
// detection only trusts words it knows the role of.
func newLexicon() lexicon {
	l := lexicon{}
	l.add(wcTitle, `president president-elect minister premier chancellor secretary secretary-general undersecretary under-secretary
		senator sen. sens. representative rep. reps. congressman congresswoman lawmaker envoy ambassador amb.
		consul consul-general
		spokesman spokeswoman spokesperson king queen prince princess emir amir sultan sheikh shaikh sayyid
		ayatollah leader speaker chairman chairwoman chairperson chair general gen. admiral adm. colonel col. commander
		cmdr. lieutenant lt. major maj. captain capt. sergeant sgt. brigadier brig. governor gov. mayor
		advisor adviser negotiator mr. ms. mrs. dr. prof. h.e. h.m. h.r.h. majesty highness excellency honourable honorable dato datuk samdech professor judge justice pope cardinal imam cleric
		diplomat coordinator director chief head pres. sec. deputy counselor counsellor attorney whip
		marshal commissioner councillor councilor rapporteur mediator founder ceo pastor reporter correspondent analyst fellow
		commentator columnist anchor editor journalist economist historian strategist pollster
		emperor empress pharaoh caliph khedive vizier viceroy tsar czar kaiser lady
		scholar emeritus officer ruler monarch crown vice-president vice shah spc. pfc. pvt. cpl.
		ssgt. spc pfc pvt cpl sgt dr mr mrs ms pres sen rep gov pm brig gen col lt maj capt adm cmdr
		mullah rabbi shaykh sheik hojatoleslam patriarch archbishop mawlawi maulana administrator d'affaires
		sir dame lord hajj haj count countess baron baroness marquess marquis viscount earl`)
	l.add(wcHonorific, `mr. ms. mrs. dr. prof. h.e. h.m. h.r.h. majesty highness excellency honourable honorable dato datuk samdech sen. rep. gen. adm. col. lt. maj. capt. sgt. brig. gov. amb.
		pres. cmdr. senator congressman congresswoman ayatollah sheikh shaikh sayyid emir sultan king queen
		prince princess president minister envoy ambassador secretary undersecretary chancellor premier speaker general
		admiral governor mayor spokesman spokeswoman spokesperson pope imam
		mullah rabbi shaykh sheik hojatoleslam patriarch archbishop mawlawi maulana sir dame lord hajj haj
		count countess baron baroness marquess marquis viscount earl`)
	l.add(wcTitleMod, `foreign prime deputy vice special acting former senior national security defense
		defence interior finance economy economic supreme state joint chiefs staff majority minority house
		senate conference top assistant under executive permanent presidential military nuclear lead chief
		mideast middle east press affairs energy treasury commerce war homeland intelligence trade
		republican democratic ranking principal first second crown high general foreign-policy policy
		relations armed services committee caucus head external internal islamic revolutionary guard corps
		navy army air force central command judiciary council parliament parliamentary speaker
		u.s. us un eu nato iaea white oil petroleum justice health education labor labour agriculture
		transportation veterans sheikh grand vice-presidential strategic regional ground forces quds spiritual religious political
		cabinet representative field bureau politburo transport tourism communications housing welfare charge
		information culture industry technology environment science planning infrastructure aviation`)
	l.add(wcOrgHead, `ministry council agency institute institution foundation endowment corps department
		committee party university college bank company corporation corp. inc. ltd. organization
		organisation commission association authority forces force army navy guard guards command
		coalition alliance movement front union court assembly parliament group center centre fund
		network brigade brigades battalion regiment division militia service services bureau secretariat
		board tribunal league society academy times post news radio television broadcasting airlines
		airways mission embassy consulate directorate caucus chamber exchange trust majlis knesset
		federation cooperation office school laboratory laboratories lab labs co co. llc plc
		gmbh jsc fze shipping airlines airline industries holding holdings initiative
		consortium partnership journal gazette tribune herald limited pte pvt dmcc fzco fzc l.l.c. s.a. b.v. n.v. bhd pjsc ojsc cjsc police fleet
		squadron observatory yeshiva seminary committees councils battalions press legion project
		squads companies`)
	l.add(wcPlaceHead, `province governorate district county island islands river sea ocean mountains
		desert valley peninsula strait canal airport basin plateau oblast prefecture region
		field dam base shrine mosque palace tower square bridge museum stadium mausoleum tomb temple
		cathedral causeway hospital prison refinery wall hotel building headquarters hall library shoal shoals reef reefs atoll
		pass railway gate castle lake harbor harbour crossing checkpoint terminal heights ridge
		fort fortress cemetery shipyard memorial monument`)
	l.add(wcPlacePrefix, `strait gulf sea bay port isle mount straits fort camp wadi jebel jabal lake`)
	l.add(wcCountryHead, `empire kingdom sultanate emirate caliphate khanate`)
	l.add(wcPlaceNoun, `village town city province district governorate region port capital
		suburb neighbourhood neighborhood area country island state county municipality
		mountains mountain valley oasis desert plain plains peninsula coast villages towns cities
		settlement kibbutz moshav outpost enclave township hamlet fortress citadel`)
	l.add(wcAgreementHead, `treaty treaties accord accords agreement agreements convention protocol pact charter memorandum declaration covenant`)
	l.add(wcStop, `the a an this that these those it its he she they we i you our their his her my your
		in on at by for from with without into onto over under after before during since until while when
		where what which who whom whose why how and or but nor so yet if as though although because
		despite such some many most more much all any each every both either neither no not none there
		here then now also even only just still however meanwhile moreover furthermore thus hence
		indeed instead rather today tonight tomorrow yesterday one two three four five six seven eight
		nine ten first second third last next new old other another same several few experts according
		leaders officials let please thank thanks god dear yes well like unlike following
		including regarding via per among between beyond toward towards against about above below
		across through throughout upon within ultimately furthermore overall understanding breaking
		amid amidst following prior early late later once again further together whether
		do does did done be is are was were been being have has had will would shall should can could
		may might must see read watch join share god satan allah lord administration government regime cabinet
`)
	// Words of groups, languages and periods: never part of a person's
	// name, though they may be part of an organisation's ("Syrian Arab
	// Coalition", "War Committee").
	l.add(wcNoName, `presidents ministers senators ambassadors leaders officials members kings rulers governments
		commanders generals envoys secretaries emirs advisers advisors
		kurds kurdish azeri azeris arabs arab arabic persians persian turkic baluch baloch lurs turkmen
		armenians assyrians jews jewish christians christian muslims muslim sunni sunnis shia shiite
		shiites islam zoroastrian zoroastrians catholic orthodox protestant hindu buddhist english
		latin language languages dialect revolution war wars operation battle crisis uprising era
		dynasty period age history literature school studies people peoples empire kingdom caliphate
		revolt rebellion campaign conquest invasion room rooms table dining chamber building avenue boulevard
		bible quran koran torah talmud gospel gospels scripture scriptures christianity judaism
		byzantine byzantines levantine zionist zionists democrat democrats cylinder framework
		women men workers youth students children veterans farmers meeting meetings debate debates
		session sessions summit summits conference conferences talks forum ceremony`)
	l.add(wcCalendar, `january february march april may june july august september october november
		december jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. monday tuesday wednesday
		thursday friday saturday sunday`)
	l.add(wcParticle, `bin bint ibn al el abu abd abdul de da di del della der van von le la du dos das ben den ter`)
	l.add(wcConnector, `of for the and on & to`)
	l.add(wcSaying, `said says say told tells wrote writes added adds stated states noted notes warned
		warns argued argues explained explains tweeted posted announced announces declared declares
		asserted asserts insisted insists confirmed confirms denied denies stressed stresses urged
		urges called calls emphasized emphasised emphasizes emphasises acknowledged acknowledges
		remarked remarks responded responds replied replies commented comments suggested suggests
		recalled recalls observed observes claimed claims believes believed thinks thought
		predicted predicts cautioned cautions reiterated reiterates underscored underscores
		met meets visited visits arrived arrives spoke speaks asked asks questioned interviewed`)
	l.add(wcRole, `fellow analyst professor director researcher scholar expert correspondent reporter
		editor author spokesman spokeswoman spokesperson adviser advisor president chairman chairwoman chairperson
		chair founder head member minister ambassador consul consul-general envoy official officer economist historian
		journalist commentator negotiator lecturer associate lawyer attorney secretary undersecretary leader chief
		commander coordinator representative deputy manager executive strategist consultant
		citizen national resident activist businessman businesswoman financier cleric
		sociologist anthropologist scientist psychologist columnist
		advisers advisors members partner speaker governor mayor premier diplomat emissary mediator
		commissioner administrator viceroy vizier`)
	for _, line := range strings.Split(givenNamesText, "\n") {
		if !strings.HasPrefix(line, "#") {
			l.add(wcGiven, line)
		}
	}
	return l
}

// isLetterOrDigit is unicode.IsLetter || unicode.IsDigit.
func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
