package extract

import "testing"

// TestDetectionSitesResolutionsDeclarations covers the places named before
// a site noun, "X City", numbered UN resolutions and declarations.
func TestDetectionSitesResolutionsDeclarations(t *testing.T) {
	x := testExtractor(t)
	tests := []detectCase{
		{"a camp before its noun is a place, not a person", "Troops raided the Nour Quzbeh camp overnight.", []string{"place:nour-quzbeh-camp"}, []string{"person:nour-quzbeh"}},
		{"a refugee camp", "Militants attacked the Zorba refugee camp.", []string{"place:zorba-refugee-camp"}, nil},
		{"a fortress after a preposition", "They retreated to Quzbeh fortress, where they held out.", []string{"place:quzbeh-fortress"}, nil},
		{"a fort and an oasis", "The Ottomans held the Zorba fort near the Quxar oasis.", []string{"place:zorba-fort", "place:quxar-oasis"}, nil},
		{"a refinery and an oil field", "Drones hit the Quzbeh refinery and the Zorba oil field.", []string{"place:quzbeh-refinery", "place:zorba-oil-field"}, nil},
		{"a pipeline named after the places it joins", "The Baku–Tbilisi–Ceyhan pipeline opened in 2005.", []string{"place:baku-tbilisi-ceyhan-pipeline"}, nil},
		{"an oil pipeline and a railway", "They shut the Kirkuk–Ceyhan oil pipeline and opened the Zorb-Quxa railway.", []string{"place:kirkuk-ceyhan-oil-pipeline", "place:zorb-quxa-railway"}, nil},
		{"a pipeline named in capitals", "Gas flows through the South Caucasus Pipeline.", []string{"place:south-caucasus-pipeline"}, nil},
		{"a pipeline of one place in lower case is none", "Iran built the Zorb pipeline.", nil, []string{"place:zorb-pipeline"}},
		{"a crossing at a sentence's start", "The Quxton crossing reopened on Monday.", []string{"place:quxton-crossing"}, nil},
		{"a synagogue and a hospital", "Gunmen attacked the Zorba Shalom synagogue near the Quzbeh hospital.", []string{"place:zorba-shalom-synagogue", "place:quzbeh-hospital"}, nil},
		{"a highway named by a code", "Troops reached the M4 highway.", []string{"place:m4-highway"}, nil},
		{"an organisation's hospital is no place", "Strikes hit the Hamas hospital.", nil, []string{"place:hamas-hospital"}},
		{"a prison after a preposition", "He was held at Zorba prison near Damascus.", []string{"place:zorba-prison"}, nil},
		{"a hotel after a preposition needs its article", "They stayed at Zorba hotel.", nil, []string{"place:zorba-hotel"}},
		{"committees head an organisation's name", "The Zorbian Resistance Committees claimed the attack.", []string{"organization:zorbian-resistance-committees"}, []string{"person:zorbian-resistance-committees"}},
		{"an army named in Arabic", "Militants from Jaysh al-Zorbi attacked the checkpoint.", []string{"organization:jaysh-al-zorbi"}, nil},
		{"a battalion whose name holds a given name", "Katibat al-Imam Zorbi fought near Tikrit.", []string{"organization:katibat-al-imam-zorbi"}, []string{"person:zorbi"}},
		{"the Arabic of a name, in parentheses", "Zorbian Resistance (Harakat al-Zorbi) grew.", nil, []string{"organization:harakat-al-zorbi"}},
		{"the Arabic of a name, glossed", "Harakat al-Zorbi (Arabic: zorbi, \"Zorbian Movement\") grew.", nil, []string{"organization:harakat-al-zorbi"}},
		{"the Arabic of a name, told as such", "The name is an acronym of the Arabic phrase Harakat al-Zorbi, meaning resistance.", nil, []string{"organization:harakat-al-zorbi"}},
		{"a head word alone is no name", "The Jaysh attacked.", nil, []string{"organization:jaysh"}},
		{"a glued particle opens a camp's name", "Families remain in the al-Quzbeh camp.", []string{"place:al-quzbeh-camp"}, nil},
		{"a person's camp is no place", "The Trump camp rejected the offer.", nil, []string{"place:trump-camp"}},
		{"a people's camp is no place", "The Iranian camp disagreed.", nil, []string{"place:iranian-camp"}},
		{"a camp without the article is no name", "Zorba camp leaders met.", nil, []string{"place:zorba-camp"}},
		{"a known place before a crossing stays the catalog's", "Aid entered through the Khan Younis crossing.", []string{"place:khan-younis"}, []string{"place:khan-younis-crossing"}},
		{"a crossing the catalog knows in lower case", "Aid entered through the Rafah crossing.", []string{"place:rafah-crossing"}, []string{"place:rafah"}},
		{"a city named after a person", "A car bomb exploded in Sadr City on Friday.", []string{"place:sadr-city"}, []string{"person:muqtada-al-sadr"}},
		{"a capitalised hospital is a place", "The strike hit Al-Quzbeh Hospital in Gaza City.", []string{"place:al-quzbeh-hospital"}, []string{"person:al-quzbeh-hospital"}},
		{"a bare numbered resolution", "Israel must honour Resolution 242 in full.", []string{"agreement:united-nations-security-council-resolution-242"}, nil},
		{"the council's resolution keeps the council", "Security Council Resolution 2216 imposed an arms embargo.", []string{"agreement:united-nations-security-council-resolution-2216", "organization:united-nations-security-council"}, nil},
		{"a General Assembly resolution", "It cited UN General Assembly resolution 194.", []string{"agreement:united-nations-general-assembly-resolution-194"}, nil},
		{"a parliament's resolution is none of the UN's", "House Resolution 123 passed.", nil, []string{"agreement:united-nations-security-council-resolution-123"}},
		{"a lower-case resolution with a count is no name", "The resolution 15 members backed failed.", nil, []string{"agreement:united-nations-security-council-resolution-15"}},
		{"an abbreviated council resolution", "UNSCR 1559 calls for disarmament.", []string{"agreement:united-nations-security-council-resolution-1559"}, nil},
		{"a declaration named after a place", "The crisis ended with the Al-Zorba Declaration.", []string{"agreement:al-zorba-declaration"}, []string{"person:al-zorba-declaration"}},
		{"declaration of principles", "The Declaration of Principles was signed in Washington.", []string{"agreement:declaration-of-principles"}, nil},
		{"a declaration signed on a lawn is on no lawn", "Jordan and Israel signed the Zorba Declaration on the South Lawn of the White House.", []string{"agreement:zorba-declaration"}, []string{"agreement:zorba-declaration-on-the-south-lawn-of-the-white-house"}},
		{"a second title after 'and' ends a body's name", "He met Zorba Quxley, Director of the Office of the Central Foreign Affairs Commission and Foreign Minister of China.", []string{"organization:office-of-the-central-foreign-affairs-commission"}, []string{"organization:office-of-the-central-foreign-affairs-commission-and-foreign"}},
		{"agreements of two places", "It was drawn up in the Geneva and London Agreements of 1959.", []string{"agreement:geneva-and-london-agreements"}, []string{"agreement:london-agreements"}},
		{"a state and agreements are two", "Israel and the Oslo Accords were discussed; Jordan and Quxton Accords too.", nil, []string{"agreement:jordan-and-quxton-accords"}},
		{"a state's capital named by its adjective", "Arab leaders met in the Tunisian capital on Sunday.", []string{"place:tunis"}, []string{"country:tunisia"}},
		{"a capital named after its adjective is the name's", "He flew to the Syrian capital, Damascus.", []string{"place:damascus", "country:syria"}, nil},
		{"a treaty on a subject keeps it", "Russia signed the Treaty on the Accession of the Republic of Quzbeh to Russia.", []string{"agreement:treaty-on-the-accession-of-the-republic-of-quzbeh-to-russia"}, nil},
		{"a declaration of independence is no accord", "The US Declaration of Independence was read aloud.", nil, []string{"agreement:declaration-of-independence"}},
		{"a declaration of emergency is no accord", "President Trump's Declaration of National Emergency was issued.", nil, []string{"agreement:declaration-of-national-emergency"}},
		{"shah inside a name", "Zorba Shah Quxley abdicated in 1941.", []string{"person:zorba-shah-quxley"}, []string{"person:quxley"}},
		{"shah ending a name", "Under Quxley Shah, the empire grew. Quxley Shah died in 1747.", []string{"person:quxley-shah"}, nil},
		{"shah opening a name is a title", "Shah Zorbas I moved the capital.", []string{"person:zorbas-i"}, []string{"person:shah-zorbas-i"}},
		{"a title word after bin is the father's name", "Zorba bin Sultan Al Quxley founded the federation.", []string{"person:zorba-bin-sultan-al-quxley"}, []string{"person:al-quxley"}},
		{"a plural's apostrophe inside an organisation's name", "The al-Zorba Martyrs' Brigades claimed the attack.", []string{"organization:al-zorba-martyrs-brigades"}, nil},
		{"a catalog body before a plural's apostrophe stays the catalog's", "Iran's Revolutionary Guards' Navy seized it.", []string{"organization:islamic-revolutionary-guard-corps"}, nil},
		{"assassinated says a person", "Zorbo Quxley was assassinated in 1990.", []string{"person:zorbo-quxley"}, nil},
		{"died says a person", "Zorbo Quxley died in 2001.", []string{"person:zorbo-quxley"}, nil},
		{"founded says nothing of a person", "Global Quxley was founded in 1990.", nil, []string{"person:global-quxley"}},
		{"killed says nothing of a person", "Zorbo Quxley was killed.", nil, []string{"person:zorbo-quxley"}},
		{"a regional given name", "Talks with Muammar Quxley ended.", []string{"person:muammar-quxley"}, nil},
		{"given names of the Caucasus, Central Asia and the Horn", "Levon Quxley and Yaqub Zorbi met Isaias Quxleyan, Abulfaz Zorbian and Shavkat Quxlov.",
			[]string{"person:levon-quxley", "person:yaqub-zorbi", "person:isaias-quxleyan", "person:abulfaz-zorbian", "person:shavkat-quxlov"}, nil},
		{"given names of Chad and Algeria", "Mahamat Quxley met Madani Zorbi.", []string{"person:mahamat-quxley", "person:madani-zorbi"}, nil},
		{"more given names of the region and beyond", "The letter was drafted by Moussa Quxley. Thabo Zorbi and Yemane Quxleyan objected.", []string{"person:moussa-quxley", "person:thabo-zorbi", "person:yemane-quxleyan"}, nil},
		{"an apposition calls the name a town", "Militants stormed Quxtown, a city near Mosul.", []string{"place:quxtown"}, nil},
		{"an apposition with adjectives", "Quxville, a small coastal town in Oman, flooded.", []string{"place:quxville"}, nil},
		{"the capital of", "Zorbabad, the capital of Fars, grew.", []string{"place:zorbabad"}, nil},
		{"a person's apposition with a place noun is no place", "Zorba Quxley, a city official near Mosul, spoke.", nil, []string{"place:zorba-quxley"}},
		{"a given name opens a person before an apposition", "Jason Quxley, a town native, spoke.", nil, []string{"place:jason-quxley"}},
		{"a name in part of a known place", "An Israeli strike on Quxbiyeh in southern Lebanon killed three.", []string{"place:quxbiyeh"}, nil},
		{"a titled person in part of a known place stays a person", "Hezbollah commander Ali Quxbi in southern Lebanon was killed.", []string{"person:ali-quxbi"}, []string{"place:ali-quxbi"}},
		{"a city's agreement in lower case", "The two states restored ties under the Beijing agreement in March 2023.", []string{"agreement:beijing-agreement"}, nil},
		{"a state's agreement in lower case is a description", "Critics attacked the Iran agreement.", nil, []string{"agreement:iran-agreement"}},
		{"a city's agreement needs its article", "Beijing agreement talks resumed.", nil, []string{"agreement:beijing-agreement"}},
		{"a peace initiative is an agreement, not a body", "The Zorbian Peace Initiative was adopted in 2002.", []string{"agreement:zorbian-peace-initiative"}, []string{"organization:zorbian-peace-initiative"}},
		{"a named peace plan", "The Quxley Peace Plan was endorsed.", []string{"agreement:quxley-peace-plan"}, nil},
		{"a new peace plan is no name", "He proposed a New Peace Plan.", nil, []string{"agreement:new-peace-plan"}},
		{"a mullah's name", "Mullah Quxar led the movement.", []string{"person:quxar"}, nil},
		{"a cleric's rank before a name", "Hojatoleslam Quxani was elected.", []string{"person:quxani"}, nil},
		{"a surname that is a clergy word stays a name", "Julie Bishop met the minister.", []string{"person:julie-bishop"}, []string{"person:julie"}},
		{"a place inside an event's name is no place", "The Suez Crisis of 1956 changed the region.", nil, []string{"place:suez"}},
		{"a place after an event's head is a place", "The Battle of Mosul ended in 2017.", []string{"place:mosul"}, nil},
		{"a place before a lower-case war is a place", "The Mosul war began.", []string{"place:mosul"}, nil},
		{"a historical union of states is a state of its own", "Syria joined the United Arab Republic in 1958.", []string{"country:united-arab-republic", "country:syria"}, nil},
		{"a state's former name is the state", "Transjordan became independent in 1946.", []string{"country:jordan"}, []string{"country:emirate-of-transjordan"}},
		{"a catalog place that is a given name opens a person's name", "The court jailed Sirri Sakik and three others.", []string{"person:sirri-sakik"}, []string{"place:sirri-island"}},
		{"the catalog place alone stays the place", "Iran seized a tanker off Sirri in the Gulf.", []string{"place:sirri-island"}, nil},
		{"a party's acronym from the catalog", "Five DEP members were jailed.", []string{"organization:democracy-party"}, nil},
		{"a title-given name before a family name with its article", "The revolt was led by Sultan al-Atrash.", []string{"person:sultan-al-atrash"}, nil},
		{"a title before a family name with its article", "Minister al-Quxari spoke.", []string{"person:al-quxari"}, nil},
		{"a family name with its article alone is no person", "The al-Quxari clan spoke.", nil, []string{"person:al-quxari"}},
		{"an unknown name after an attack on is a place", "A chemical attack on Quxta killed hundreds.", []string{"place:quxta"}, nil},
		{"a day after an attack on is no place", "The attack on Sunday killed ten.", nil, []string{"place:sunday"}},
		{"a spelling with the apostrophe of a catalog group", "Rebels of Hay'at Tahrir al-Sham entered the city.", []string{"organization:hayat-tahrir-al-sham"}, nil},
		{"a catalog town's spelling without its last letter", "A summit met in Sharm El Sheik in 2005.", []string{"place:sharm-el-sheikh"}, nil},
		{"a place named after a city and a place noun", "Fighting reached the Damascus suburb of Quxar.", []string{"place:quxar", "place:damascus"}, nil},
		{"an unknown name raided is a place", "Israeli forces raided Quxtar in March 1968.", []string{"place:quxtar"}, nil},
		{"a person's name stormed is not taken", "Rebels stormed Quxar Zorbani's house.", nil, []string{"place:quxar"}},
		{"a name before a massacre is a place", "The Quxar massacre killed 106 civilians.", []string{"place:quxar"}, nil},
		{"a name before a raid is a place", "Commandos carried out the Zorbeh raid in 1976.", []string{"place:zorbeh"}, nil},
		{"a week day before a bombing is no place", "The Friday bombing killed ten.", nil, []string{"place:friday"}},
		{"a raid without the article gives no place", "Quxar raid plans leaked.", nil, []string{"place:quxar"}},
		{"a role noun after an organisation", "Hizballah operative Quxar Zorbani moved cash.", []string{"person:quxar-zorbani"}, nil},
		{"a role noun after a capitalised acronym", "IRGC-QF official Quxley Zorbani facilitated transfers.", []string{"person:quxley-zorbani"}, nil},
		{"a role noun after a modifier", "He met senior official Quxar Zorbani.", []string{"person:quxar-zorbani"}, nil},
		{"a role noun after the", "The financier Zorbo Quxlan fled.", []string{"person:zorbo-quxlan"}, nil},
		{"an adjective after the is no role", "The official Zorbo Account was closed.", nil, []string{"person:zorbo-account"}},
		{"a role given by is a", "Quxar Zorbani is a senior Hamas official based in Turkey.", []string{"person:quxar-zorbani"}, nil},
		{"a role noun with its article before a comma", "Another Qatari citizen, Kalifa Mohammed Turki Subayi, was sanctioned.", []string{"person:kalifa-mohammed-turki-subayi"}, nil},
		{"a state before a comma is no role", "Qatar, a small state, mediated.", nil, []string{"person:qatar"}},
		{"a life's noun given by was a", "Quxar Zorbani was an Iraqi general who served as Chief of Staff.", []string{"person:quxar-zorbani"}, nil},
		{"two nouns of a life", "Zorba Quxley is a Kurdish politician and writer.", []string{"person:zorba-quxley"}, nil},
		{"a noun of a life in a field is no role", "Quxley Zorbini was a general in the army.", nil, []string{"person:quxley-zorbini"}},
		{"a leader in a field is no role", "Quxley Petrochem is a leader in plastics.", nil, []string{"person:quxley-petrochem"}},
		{"a sultanate named by its dynasty", "The Kathiri Sultanate ruled the coast.", []string{"country:kathiri-sultanate"}, []string{"person:kathiri-sultanate"}},
		{"a known state's sultanate is the state", "The Omani Sultanate expanded.", []string{"country:oman"}, []string{"country:omani-sultanate"}},
		{"a kingdom after a word is still no name", "The Quxite Kingdom signed.", nil, []string{"country:quxite-kingdom"}},
		{"killed in a place", "Three people were killed in Quxbiyeh on Monday.", []string{"place:quxbiyeh"}, nil},
		{"clashes in a place opening a sentence", "Clashes in Zorbaya continued.", []string{"place:zorbaya"}, nil},
		{"talks held in a place", "Talks were held in Quxton last week.", []string{"place:quxton"}, nil},
		{"a month of the year after in is a time", "The talks held in Ramadan failed.", nil, []string{"place:ramadan"}},
		{"a person's deed after in is no place", "Two soldiers were killed in Quxley Zorbani's attack.", nil, []string{"place:quxley-zorbani"}},
		{"a quoted ship's name after its noun is no place", `Iran seized a cargo vessel, the "Maersk Tigris", in the Gulf.`, nil, []string{"place:tigris"}},
		{"a quoted phrase after speech is no ship", `Guards took the ship to "Bandar Abbas" harbour.`, []string{"place:bandar-abbas"}, nil},
		{"a demonym describing a person is no state", "Carlos Quxley, a Chilean businessman, sold weapons.", []string{"person:carlos-quxley"}, []string{"country:chile"}},
		{"a demonym before national and an office is the state's", "He met Saudi national security adviser Musaed Al-Aiban.", []string{"country:saudi-arabia"}, nil},
		{"a demonym before a national who is a citizen is no state", "A Saudi national was arrested in Quxton.", nil, []string{"country:saudi-arabia"}},
		{"a body's name stops before the one whose body it is", "The Quxar Movement of Shi'ite cleric Zorba Quxley won the largest number of seats.", []string{"organization:quxar-movement"}, []string{"organization:quxar-movement-of-shiite"}},
		{"a known surname followed by more of a name is someone else's", "Those released included Nasser Mansour Hadi, brother of the president.", nil, []string{"person:gamal-abdel-nasser"}},
		{"a ruler's title before a name the catalog knows whole", "Sultan al-Ashraf Qansuh al-Ghawri was killed in the fighting.", []string{"person:qansuh-al-ghawri"}, []string{"person:sultan-al-ashraf-qansuh-al-ghawri"}},
		{"a meeting after a place named for a sheikh is no person", "Joint Communiqué of the Sharm El-Sheikh Meeting", nil, []string{"person:meeting"}},
		{"a plural common noun after a title is no name", "Gaddafi sponsored a Libyan General Women's Federation.", nil, []string{"person:women"}},
		{"a portfolio after and is no body", "He met the Minister of Foreign Affairs and International Cooperation on Monday.", nil, []string{"organization:international-cooperation"}},
		{"a body after and a body is a body", "He met the Ministry of Defence and the Quxland Cooperation Council.", []string{"organization:quxland-cooperation-council"}, nil},
		{"a hyphenated word of a ministry's tail", "He spoke at the Ministry of Foreign Affairs and International Co-operation on Monday.",
			[]string{"organization:ministry-of-foreign-affairs-and-international-co-operation"}, []string{"organization:ministry-of-foreign-affairs-and-international"}},
		{"an office named after its officer", "The Office of the Prime Minister of Quxland said so.",
			[]string{"organization:office-of-the-prime-minister-of-quxland"}, []string{"organization:office-of-the-prime"}},
		{"a number glued to a body's name", "The Four-Party Joint Military Commission met in Saigon.",
			[]string{"organization:four-party-joint-military-commission"}, []string{"organization:party-joint-military-commission"}},
		{"a council named by its fields", "The State Peace and Development Council ruled Quxland.",
			[]string{"organization:state-peace-and-development-council"}, []string{"organization:development-council"}},
		{"a one-word catalog name inside a longer name", "President Jose Napoleon Duarte of El Salvador spoke on Monday.",
			[]string{"person:jose-napoleon-duarte"}, []string{"person:napoleon"}},
		{"given names of statesmen of every region", "The accord was welcomed by Agostino Quxelli and Borko Zorbović.",
			[]string{"person:agostino-quxelli", "person:borko-zorbovic"}, nil},
		{"names after an office in the plural", "Yesterday Commanders Rolando Quxán and Pablo Zorbeto signed.",
			[]string{"person:rolando-quxan", "person:pablo-zorbeto"}, nil},
		{"a name after a deed only people do", "The party was led by Nicos Quxiades.",
			[]string{"person:nicos-quxiades"}, nil},
		{"a state after the same deed stays a state", "The coalition was led by Saudi Arabia.",
			[]string{"country:saudi-arabia"}, []string{"person:saudi-arabia"}},
		{"a demonym describing firms is no state", "West German companies supplied materials.", nil, []string{"country:germany"}},
		{"a demonym of officials stands for the state", "Turkish officials proposed to mediate.", []string{"country:turkey"}, nil},
		{"a catalog body followed by a glued article and a name is another body", "Women could stand for the Majlis al-Zorba, the assembly of Quxland.", nil, []string{"organization:majlis"}},
		{"the catalog body alone is itself", "The Majlis approved the budget.", []string{"organization:majlis"}, nil},
		{"the glued article may be written with a capital", "The _Majlis Al-Zorba_ (Consultative Council) reviews laws.", nil, []string{"organization:majlis"}},
		{"a capital word after a catalog body is not a glued article", "The Majlis Al voted.", []string{"organization:majlis"}, nil},
		{"a ruler's forces are not named after the state", "Qaboos expanded the Sultan of Oman's Armed Forces.", nil, []string{"organization:omani-armed-forces"}},
		{"a state's forces are named after it", "Oman's Armed Forces trained.", []string{"organization:omani-armed-forces"}, nil},
		{"a country glued to a currency sign is an amount", "Pakistan bought the enclave for US$3 million.", []string{"country:pakistan"}, []string{"country:united-states"}},
		{"a country before a spaced amount is still named", "The US paid $3 million.", []string{"country:united-states"}, nil},
		{"an occupation opening a sentence is no part of the name", "Wrestler Quxar Zorbani was executed.", []string{"person:quxar-zorbani"}, []string{"person:wrestler-quxar-zorbani"}},
		{"a wall is a place", "Visitors prayed at the Quxlan Wall.", []string{"place:quxlan-wall"}, nil},
		{"the tail of a longer name opens no list of places", "The Dome of the Zorba and Al-Aqsa Mosque stand there.", nil, []string{"place:zorba"}},
		{"a list of places after a plain preposition", "Troops moved through Quxton and Mosul.", []string{"place:quxton"}, nil},
		{"a people's adjective before a kind of place", "Clashes erupted in the northern Iraqi city of Zorbuk.", []string{"place:zorbuk"}, nil},
		{"a hyphenated adjective before a kind of place", "Protests spread to the Kurdish-majority city of Quxabad.", []string{"place:quxabad"}, nil},
		{"a state of emergency is no place", "The Iranian state of emergency ended.", nil, []string{"place:emergency"}},
		{"from a known place to an unknown one", "The convoy drove from Mosul to Quxtown.", []string{"place:quxtown"}, nil},
		{"from a surname to a state is no place", "Power passed from Zorbani to Iran.", nil, []string{"place:zorbani"}},
		{"an unknown given name before a known surname is another person", "Bafel Talabani leads the party.", []string{"person:bafel-talabani"}, []string{"person:jalal-talabani"}},
		{"a sentence's opener before a known surname is no given name", "Meanwhile Talabani left.", []string{"person:jalal-talabani"}, []string{"person:meanwhile-talabani"}},
		{"a name in capitals with its short name in brackets is a person's", "ZORBA QUXLEY RANGI (ZORBA) is an Indian national. ZORBA is being designated.", []string{"person:zorba-quxley-rangi"}, nil},
		{"a firm's name in capitals with its short name", "QUXTON PARTNERS LLP (QUXTON) is a customs broker.", []string{"organization:quxton-partners"}, []string{"person:quxton-partners"}},
		{"a bracketed word not of the name is no short name", "IRAN WARNS ISRAEL (REUTERS) today.", nil, []string{"person:iran-warns-israel"}},
		{"an adverb opening the sentence is no part of the name", "Similarly Zorbo Quxlani, a Palestinian anthropologist, argues it.", []string{"person:zorbo-quxlani"}, []string{"person:similarly-zorbo-quxlani"}},
		{"a speaker of a parliament", "It was signed by Zorbo Quxlani, speaker of the Quxlan Council.", []string{"person:zorbo-quxlani"}, nil},
		{"a theophoric name of two words", "Abdul Quxlani said it was signed.", []string{"person:abdul-quxlani"}, nil},
		{"a name after a title with its portfolio", "He met Vice Minister of Foreign Affairs Zorbo Quxlani in Riyadh.", []string{"person:zorbo-quxlani"}, nil},
		{"a name after a title of state and portfolio", "He met Minister of State for Foreign Affairs Zorbo Quxlani.", []string{"person:zorbo-quxlani"}, nil},
		{"a title's complement that is no title word is no part of the title", "Deputy National Security Advisor for Quxlan Economics Zorbo Quxlani traveled.", nil, []string{"person:quxlan-economics-zorbo-quxlani"}},
		{"a name only a person's deed is done to", "On 2 January 2016, Saudi Arabia executed Zorbo al-Quxlani.", []string{"person:zorbo-al-quxlani"}, nil},
		{"a name after a verb of execution that names an operation", "He executed Operation Zorba Storm.", nil, []string{"person:operation-zorba-storm"}},
		{"a building after a ministry's name is no person", "The Ministry of Foreign Affairs Quxton Building is large.", nil, []string{"person:quxton-building"}},
		{"a scholar's name before an apposition of the discipline", "Zorbo Quxlani, a sociologist at Quxton University, criticized it.", []string{"person:zorbo-quxlani"}, nil},
		{"an era is no organisation", "The town was rebuilt in the 10th century BCE. BCE said nothing; the BCE report stood.", nil, []string{"organization:bce"}},
		{"an agreement signed after a", "Iran and Oman signed a Strategic Defense Agreement.", []string{"agreement:strategic-defense-agreement"}, nil},
		{"a framework signed after a", "Iran and Oman also signed a Critical Minerals Framework on Monday.", []string{"agreement:critical-minerals-framework"}, nil},
		{"a memorandum of understanding signed is no name", "Iran and Oman signed a Memorandum of Understanding on energy.", nil, []string{"agreement:memorandum-of-understanding"}},
		{"a category after a is no name", "Iran was designated a State Sponsor of Terrorism under a Defense Agreement.", nil, []string{"agreement:defense-agreement"}},
		{"an agreement named by two fields", "Oman and Bahrain signed the Comprehensive Security Integration and Prosperity Agreement.", []string{"agreement:comprehensive-security-integration-and-prosperity-agreement"}, []string{"agreement:prosperity-agreement"}},
		{"two known names before and name two accords", "Israel signed the Oslo and Camp David Accords.", nil, []string{"agreement:oslo-and-camp-david-accords"}},
	}
	checkDetection(t, x, tests)
}

// TestAcronymsWrittenAsWords: some acronyms are written as words
// ("Unicef"); others, so written, are English words ("Plan").
func TestAcronymsWrittenAsWords(t *testing.T) {
	x := testExtractor(t)
	checkDetection(t, x, []detectCase{
		{"an acronym written as a word", "Unicef spokesman James Elder said the aid was blocked.", []string{"organization:unicef"}, nil},
		{"another", "Nato allies met in Brussels.", []string{"organization:nato"}, nil},
		{"a word that is also an acronym", "Plan ahead, the minister said in Tehran.", nil, []string{"organization:peoples-liberation-army-navy"}},
	})
}

// TestNameEdges: where names of places and bodies begin and end.
func TestNameEdges(t *testing.T) {
	x := testExtractor(t)
	checkDetection(t, x, []detectCase{
		{"a catalog place opening a body's name", "He studied at New York Law School in 1954.", []string{"organization:new-york-law-school"}, []string{"organization:york-law-school"}},
		{"a person's possessive before a body", "Yousef Beidas' Intra Bank collapsed in 1966.", []string{"organization:intra-bank"}, []string{"organization:yousef-beidas-intra-bank"}},
		{"a plural's apostrophe inside a body's name", "The Quxar Martyrs' Brigades attacked the base.", []string{"organization:quxar-martyrs-brigades"}, nil},
		{"an article glued inside a town's name", "Fighting raged in the town of Ras al-Quxa on Monday.", []string{"place:ras-al-quxa"}, []string{"place:ras"}},
		{"a ship's name after its kind", "The British gunboat Hugh Quxley arrived in Qatar.", nil, []string{"person:hugh-quxley"}},
		{"a yeshiva is a body", "He studied at the Mir Yeshiva in Brooklyn.", []string{"organization:mir-yeshiva"}, []string{"person:mir-yeshiva"}},
		{"the village of a name that reads like a person's", "Clashes erupted in the village of Qaryat Zorba near the border.", []string{"place:qaryat-zorba"}, []string{"person:qaryat-zorba"}},
		{"the town of a name that reads like a person's", "The army shelled the town of Beit Quxar.", []string{"place:beit-quxar"}, []string{"person:beit-quxar"}},
		{"an operation named with a desert is no place", "Operation Desert Quxar began in March 2003.", nil, []string{"place:operation-desert"}},
		{"a desert is a place", "Troops crossed the Quxar Desert in 2003.", []string{"place:quxar-desert"}, nil},
		{"a site in a town", "The strike hit a market in Maarat Quxan on Monday.", []string{"place:maarat-quxan"}, nil},
		{"a direction from a known place", "The attack hit Quxaria, south of Aleppo.", []string{"place:quxaria"}, nil},
		{"a person's name before a direction stays a person's", "Hassan Quxari, north of Aleppo, was hit.", []string{"person:hassan-quxari"}, []string{"place:hassan-quxari"}},
		{"a given name typed as a place by its apposition", "Fighting spread to Dora, a district of Baghdad.", []string{"place:dora"}, []string{"person:dora"}},
		{"a newspaper told by its apposition", "He wrote for Haaretz, a daily newspaper.", []string{"organization:haaretz"}, nil},
		{"a weekly told by its apposition", "He wrote for the Quxar Tribune, a Brooklyn weekly.", []string{"organization:quxar-tribune"}, nil},
		{"a paper named with Press", "He edited the Jewish Press for years.", []string{"organization:jewish-press"}, nil},
		{"Press before a title is the title's", "White House Press Secretary Karoline Leavitt spoke.", nil, []string{"organization:white-house-press"}},
		{"a committee named by two fields", "He sat on the Knesset Foreign Affairs and Defense Committee.", []string{"organization:knesset-foreign-affairs-and-defense-committee"}, []string{"organization:defense-committee"}},
		{"two chambers before a committee are two bodies", "The Senate and House Armed Services Committee members met.", []string{"organization:house-armed-services-committee"}, []string{"organization:senate-and-house-armed-services-committee"}},
		{"two states listed before a commission are no name", "Iran and Iraq Commission talks resumed.", nil, []string{"organization:iran-and-iraq-commission"}},
		{"a known body's mission in a place", "The United Nations Mission in Ethiopia and Eritrea was deployed.", []string{"organization:united-nations-mission-in-ethiopia-and-eritrea"}, []string{"organization:united-nations-mission"}},
		{"a known body's office for a place", "The United Nations Political Office for Somalia welcomed it.", []string{"organization:united-nations-political-office-for-somalia"}, []string{"organization:united-nations-political-office"}},
		{"a letter beyond ASCII that folds into a title is a name's", "Turkey's ambassador Salih Mutlu Şen met him.", []string{"person:salih-mutlu-sen"}, []string{"person:salih-mutlu"}},
		{"two words glued by a hyphen name one village", "Fighting broke out at the village of Kök-Tash in April.", []string{"place:kok-tash"}, []string{"place:kok"}},
		{"a venue named with City Hall", "Gunmen attacked the Crocus City Hall concert venue in Krasnogorsk.", []string{"place:crocus-city-hall"}, []string{"place:crocus-city"}},
		{"a town's city hall is no name", "Protesters gathered at City Hall.", nil, []string{"place:city-hall"}},
		{"a force in places is no force named for them", "The Quds Force in Syria and Lebanon fought.", nil, []string{"organization:quds-force-in-syria-and-lebanon"}},
	})
}

// TestArticlePlaces: a name opening with the Arabic article right after a
// preposition of place is a town; families and two names joined by a
// comma alone are not places.
func TestArticlePlaces(t *testing.T) {
	x := testExtractor(t)
	checkDetection(t, x, []detectCase{
		{"to Al X", "Mohammed bin Thani sent the flag to Al Quxrah.", []string{"place:al-quxrah"}, nil},
		{"to Al-X", "The troops moved to Al-Quxrah in 1871.", []string{"place:al-quxrah"}, nil},
		{"a tribe", "They gave flags to Al Quxaim tribesmen.", nil, []string{"place:al-quxaim"}},
		{"the family", "Power passed to the Al Quxani family.", nil, []string{"place:al-quxani"}},
		{"two names and a comma are no list", "Shortly after arriving to Al Quxbah, Effendi's troops came under fire.", []string{"place:al-quxbah"}, []string{"place:effendi"}},
	})
}

// TestThingsNamedAfterThe: a capitalised word after "the" standing for a
// thing ("the Games") is no surname that makes persons of the names it
// ends; one that qualifies a noun after it still is ("the Quxley
// dynasty").
func TestThingsNamedAfterThe(t *testing.T) {
	x := testExtractor(t)
	checkDetection(t, x, []detectCase{
		{"the short name of an event", "Palestinians were planning an incident at the Olympic Games.\nThe Games continued after a pause.\nThey were guarding the Games against them.",
			nil, []string{"person:olympic-games"}},
		{"a family named before its noun", "Hamet Quxley ruled the city.\nThe Quxley dynasty ended in 1835.\nUnder the Quxley rulers trade grew.",
			[]string{"person:hamet-quxley"}, nil},
	})
}

// TestGroupNamedAfterAnEvent: an event's name a document gives a group
// ("the terrorist group Black September", "Black September gunmen") is the
// group's throughout it; a war's name is never a group's.
func TestGroupNamedAfterAnEvent(t *testing.T) {
	x := testExtractor(t)
	checkDetection(t, x, []detectCase{
		{"a group noun before", "The attack was carried out by the Palestinian terrorist group Black September.\nBlack September demanded the release of prisoners.",
			[]string{"organization:black-september"}, []string{"event:black-september"}},
		{"a group noun after", "Black September gunmen took eleven hostages.", []string{"organization:black-september"}, nil},
		{"the conflict", "During Black September, Jordan expelled the PLO.", nil, []string{"organization:black-september"}},
		{"a war's name before a group noun", "After the Six-Day War militants regrouped.", nil, []string{"organization:six-day-war"}},
	})
}

// TestKnownSurnameAfterThe: a catalog person's surname alone after "the"
// names a thing called after the person ("at the Eshkol, Sha'ar Hanegev
// region"), unless it qualifies what follows ("the Trump Administration's
// commitment", "the Netanyahu government").
func TestKnownSurnameAfterThe(t *testing.T) {
	x := testExtractor(t)
	checkDetection(t, x, []detectCase{
		{"a region named after the man", "Militants fire ten mortars at the Eshkol, Sha'ar Hanegev region.", nil, []string{"person:levi-eshkol"}},
		{"an administration", "These actions reflect the Trump Administration's commitment.", []string{"person:donald-trump"}, nil},
		{"a government", "The Netanyahu government fell.", []string{"person:benjamin-netanyahu"}, nil},
	})
}
