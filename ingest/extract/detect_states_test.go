package extract

import "testing"

// TestDetectionStatesAndAgreementNames covers historic states named by
// their form of government, agreements named with dash-joined names or
// capitalised modifiers only, and frameworks a text implements.
func TestDetectionStatesAndAgreementNames(t *testing.T) {
	x := testExtractor(t)
	tests := []detectCase{
		{"a republic named after a land", "The Republic of Quxland was declared in 1946.", []string{"country:republic-of-quxland"}, []string{"place:quxland"}},
		{"a republic named after a known city", "Kurdish leaders founded the Republic of Mahabad in 1946.", []string{"country:republic-of-mahabad"}, []string{"place:mahabad"}},
		{"a republic keeps its adjective", "The Kurdish Republic of Zorbat was crushed.", []string{"country:kurdish-republic-of-zorbat"}, nil},
		{"a people's government", "Troops entered the capital of the People's Government of Azerbaijan.", []string{"country:peoples-government-of-azerbaijan"}, []string{"country:azerbaijan"}},
		{"a known state's republic is the state", "The Republic of Turkey joined NATO.", []string{"country:turkey"}, []string{"country:republic-of-turkey"}},
		{"a known state's people's republic is the state", "He served the People's Republic of Bangladesh.", []string{"country:bangladesh"}, []string{"country:peoples-republic-of-bangladesh"}},
		{"a known state's kingdom is the state", "The Kingdom of Iraq was proclaimed in 1921.", []string{"country:iraq"}, []string{"country:kingdom-of-iraq"}},
		{"a kingdom of a land the catalog lacks", "The Kingdom of Quxaz fell in 1925.", []string{"country:kingdom-of-quxaz"}, nil},
		{"a state's government body is no state", "The Republic of Yemen Government said.", []string{"country:yemen"}, []string{"country:republic-of-yemen-government"}},
		{"a state's ministry is no state", "The Republic of Turkey Ministry of Foreign Affairs said.", nil, []string{"country:republic-of-turkey-ministry-of-foreign-affairs"}},
		{"a book's republic is a description", "He wrote a Republic of Fear.", nil, []string{"country:republic-of-fear"}},
		{"a government of a state is the state", "The Government of Quxland said.", nil, []string{"country:government-of-quxland"}},
		{"an en dash joins two names of a pact", "The Quxley–Zorbani Pact was signed in 1939.", []string{"agreement:quxley-zorbani-pact"}, []string{"agreement:zorbani-pact"}},
		{"a hyphen joins two names of a pact", "The Quxley-Zorbani Pact was signed in 1939.", []string{"agreement:quxley-zorbani-pact"}, nil},
		{"a covenant with an 'on' tail", "Quxland ratified the International Covenant on Civil and Political Rights.", []string{"agreement:international-covenant-on-civil-and-political-rights"}, nil},
		{"modifiers only name an agreement after the", "Both sides reaffirmed the Strategic Partnership Agreement.", []string{"agreement:strategic-partnership-agreement"}, nil},
		{"generic modifiers only are a description", "The Final Nuclear Agreement was never reached.", nil, []string{"agreement:final-nuclear-agreement"}},
		{"a framework being implemented", "Lebanon implements the Quxite Framework.", []string{"agreement:quxite-framework"}, []string{"person:quxite-framework"}},
		{"a framework under which", "Under the Trilateral Framework, troops withdrew.", []string{"agreement:trilateral-framework"}, nil},
		{"a framework published is no accord", "The agency published the Quxite Framework.", nil, []string{"agreement:quxite-framework"}},
		{"a framework for something is another shape", "They signed the Quxite Framework for Growth.", nil, []string{"agreement:quxite-framework"}},
		{"two states signed a peace treaty", "In 1979, Egypt and Israel signed a peace treaty in which Israel agreed to withdraw.", []string{"agreement:egypt-israel-peace-treaty"}, nil},
		{"two states signed a historic peace treaty", "Jordan and Israel signed a historic peace treaty on October 26, 1994.", []string{"agreement:israel-jordan-peace-treaty"}, nil},
		{"a Treaty of Peace named by two known states and an en dash", "The Oman–Jordan Treaty of Peace was signed in 1994.", []string{"agreement:oman-jordan-treaty-of-peace"}, nil},
		{"a Treaty of Peace named by two known states and a hyphen", "They met after signing the Oman-Jordan Treaty of Peace in 1994.", []string{"agreement:oman-jordan-treaty-of-peace"}, []string{"agreement:jordan-treaty-of-peace"}},
		{"a Treaty of Peace the catalog names a peace treaty", "They met after signing the Israel-Jordan Treaty of Peace in 1994.", []string{"agreement:israel-jordan-peace-treaty"}, []string{"agreement:israel-jordan-treaty-of-peace"}},
		{"a governorate named with its kind is the catalog's", "In 1964, a separatist revolt began in Dhofar province.", []string{"place:dhofar"}, []string{"place:dhofar-province"}},
		{"a city's province is another place", "Fighting spread to Basra province.", []string{"place:basra-province"}, []string{"place:basra"}},
		{"the Ottoman Turks are the Ottoman Empire", "Volunteers fought against the Ottoman Turks.", []string{"country:ottoman-empire"}, []string{"country:turkey"}},
		{"a legion is a body", "The Zorban Legion held the Old City.", []string{"organization:zorban-legion"}, nil},
		{"a unit of a known body is named without it", "Volunteers fought in the Jewish Legion of the British Army.", []string{"organization:jewish-legion", "organization:british-army"}, []string{"organization:jewish-legion-of-the-british-army"}},
		{"a body's name goes on over and when its acronym spells it", "They merged with the Popular Front for the Liberation of Quxland and the Arabian Gulf (PFLQAG).", []string{"organization:popular-front-for-the-liberation-of-quxland-and-the-arabian-gulf"}, []string{"organization:popular-front-for-the-liberation-of-quxland"}},
		{"an acronym that does not spell the words after and", "The Ministry of Defense and the Army (MOD) said so.", []string{"organization:ministry-of-defense"}, []string{"organization:ministry-of-defense-and-the-army"}},
		{"a state signed a free trade agreement with another", "Jordan has signed a free trade agreement with the United States.", []string{"agreement:jordan-united-states-free-trade-agreement"}, nil},
		{"the second state with its article", "Oman and the UAE signed a border agreement in 2002.", []string{"agreement:oman-united-arab-emirates-border-agreement"}, nil},
		{"a treaty named in parentheses is that name", "Jordan signed a non-aggression pact with Israel (the Washington Declaration).", []string{"agreement:washington-declaration"}, []string{"agreement:jordan-israel-non-aggression-pact"}},
		{"a treaty never signed with another is none", "Jordan never signed a trade agreement with Oman.", nil, []string{"agreement:jordan-oman-trade-agreement"}},
		{"free alone is no kind", "Jordan signed a free agreement with Oman.", nil, []string{"agreement:jordan-oman-free-agreement"}},
		{"a kind of state after an is no state", "Pakistan became an Islamic Republic in 1956.", []string{"country:pakistan"}, []string{"country:iran"}},
		{"the Islamic republic in lower case is Iran", "Washington's campaign against the Islamic republic went on.", []string{"country:iran"}, nil},
		{"a treaty two states may sign is none", "Egypt and Israel may sign a peace treaty.", nil, []string{"agreement:egypt-israel-peace-treaty"}},
		{"signed an agreement of no kind", "Egypt and Israel signed an agreement.", nil, []string{"agreement:egypt-israel-agreement"}},
		{"a plural head", "As part of the Sinai Disengagement Agreements, Israel withdrew.", []string{"agreement:sinai-disengagement-agreements"}, nil},
		{"a dash pair of states before a lower-case agreement", "The Israel–Lebanon ceasefire agreement will remain in effect.", []string{"agreement:israel-lebanon-ceasefire-agreement"}, nil},
		{"a hyphen pair of states before an agreement", "Officials praised the Israel-UAE agreement.", []string{"agreement:israel-uae-agreement"}, nil},
		{"a pair of demonyms before a deal", "The Qatari–Emirati deal was signed in Kuwait.", []string{"agreement:qatari-emirati-deal"}, nil},
		{"a catalog deal of a pair of demonyms stays the catalog's", "The Saudi–Iranian deal was signed in Beijing.", []string{"agreement:2023-iran-saudi-arabia-deal"}, []string{"agreement:saudi-iranian-deal"}},
		{"a catalog name stays the catalog's", "The US–Iran nuclear deal collapsed.", []string{"agreement:joint-comprehensive-plan-of-action"}, []string{"agreement:us-iran-nuclear-deal"}},
		{"a single state's agreement is a description", "Critics attacked the Iran agreement.", nil, []string{"agreement:iran-agreement"}},
		{"a pair without the article is a description", "Israel-UAE agreement talks began.", nil, []string{"agreement:israel-uae-agreement"}},
		{"a list of capitalised nouns in an agreement's tail", "The two states signed the Treaty of Peace, Friendly Relations and Full Quxation.", []string{"agreement:treaty-of-peace-friendly-relations-and-full-quxation"}, nil},
		{"one list only in an agreement's tail", "The Convention on Rights, Duties and Freedoms, Quxley and Zorba said.", []string{"agreement:convention-on-rights-duties-and-freedoms"}, nil},
		{"a body's tail takes no list", "The Office of Quxite Assets Control, Treasury and State acted.", []string{"organization:office-of-quxite-assets-control"}, nil},
		{"a comma and a lower-case word end the tail", "The Treaty of Quxley, signed in 1923, held.", []string{"agreement:treaty-of-quxley"}, nil},
		{"a landmark of the White House", "Trump met Netanyahu in the Oval Office.", []string{"place:oval-office"}, []string{"organization:oval-office"}},
		{"a guest house is no person", "The prince stayed at Blair House.", []string{"place:blair-house"}, []string{"person:tony-blair"}},
	}
	checkDetection(t, x, tests)
}
