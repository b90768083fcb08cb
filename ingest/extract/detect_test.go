package extract

import (
	"strings"
	"testing"
)

func TestDetection(t *testing.T) {
	x := testExtractor(t)
	tests := []detectCase{
		{"title before a name", "Foreign Minister Kamal Xandor arrived.", []string{"person:kamal-xandor"}, nil},
		{"abbreviated title", "Sen. Jim Banks praised the strike.", []string{"person:jim-banks"}, nil},
		{"an empire named with its ruler after it", "Heraclius placed his kingdom under the protection of the Russian Empire of Tsarina Quxa Zorbina.", []string{"country:russian-empire"}, []string{"country:empire-of-tsarina-quxa-zorbina"}},
		{"a title of nobility", "Russia was represented by Count Nikolai Quxnatyev and Austria by Baron Heinrich Quelle.", []string{"person:nikolai-quxnatyev", "person:heinrich-quelle"}, []string{"person:count-nikolai-quxnatyev"}},
		{"military rank", "Spc. Isiah L. Booker, of Cibolo, Texas, died.", []string{"person:isiah-l-booker", "place:cibolo"}, nil},
		{"lower-case title", "the envoy Farid Quorbani met them", []string{"person:farid-quorbani"}, nil},
		{"given name is evidence", "Jason Rezaian was released.", []string{"person:jason-rezaian"}, nil},
		{"verb of saying is evidence", "Torvald Quist said the talks failed.", []string{"person:torvald-quist"}, nil},
		{"apposition is evidence", "Lemmy Quarrier, a senior analyst at the Zorg Institute, disagreed.", []string{"person:lemmy-quarrier", "organization:zorg-institute"}, nil},
		{"a commissioner in apposition is evidence", "Lemmy Quarrier, the district commissioner, resigned.", []string{"person:lemmy-quarrier"}, nil},
		{"an acting office in capitals is evidence", "On 26 September 1937 Lemmy Quarrier, the acting District Commissioner for Galilee, was shot dead.", []string{"person:lemmy-quarrier"}, nil},
		{"later bare surname is evidence", "Ulla Quennell arrived on Monday.\nOn Tuesday Quennell left.", []string{"person:ulla-quennell"}, nil},
		{"capitalised pair without evidence is nothing", "Glimmers Ahead was the motto.", nil, []string{"person:glimmers-ahead"}},
		{"heading phrase is nothing", "Key Players and Processes", nil, []string{"person:key-players", "organization:key-players-and-processes"}},
		{"kunya is evidence", "Abu Musab al-Zarqawi was killed.", []string{"person:abu-musab-al-zarqawi"}, nil},
		{"organisation head word", "the Zorbian Energy Ministry and the Quxley Foundation", []string{"organization:zorbian-energy-ministry", "organization:quxley-foundation"}, nil},
		{"organisation with an of-tail", "the Ministry of Foreign Affairs and Trade said", []string{"organization:ministry-of-foreign-affairs-and-trade"}, nil},
		{"department of takes no country before it", "the Australian Department of Foreign Affairs and Trade", []string{"organization:department-of-foreign-affairs-and-trade"}, []string{"organization:australian-department-of-foreign-affairs-and-trade"}},
		{"glued particle opens an organisation", "fighters of the Saray al-Jihad Group", []string{"organization:saray-al-jihad-group"}, nil},
		{"indefinite article makes a category", "designated it as a Foreign Terrorist Organization", nil, []string{"organization:foreign-terrorist-organization"}},
		{"generic name takes the country before it", "Kuwait's Interior Ministry said", []string{"organization:kuwaiti-interior-ministry"}, nil},
		{"generic name with a country resolves to the catalog", "Iran's Foreign Ministry said", []string{"organization:ministry-of-foreign-affairs-of-iran"}, []string{"organization:iranian-foreign-ministry"}},
		{"ship is no person", "the USS Samuel B. Roberts struck a mine", nil, []string{"person:samuel-b-roberts"}},
		{"place prefix", "through the Strait of Zorba and up Mount Quell", []string{"place:strait-of-zorba", "place:mount-quell"}, nil},
		{"place head", "fighting in Zebra Governorate", []string{"place:zebra-governorate"}, nil},
		{"a base of an air force, a fort, a shipyard and a cemetery", "They met at Quorbel Air Force Base, toured the Zanko Fort and the Vellak Naval Shipyard and laid a wreath at the Dorran Cemetery.",
			[]string{"place:quorbel-air-force-base", "place:zanko-fort", "place:vellak-naval-shipyard", "place:dorran-cemetery"}, []string{"organization:quorbel-air-force"}},
		{"an operation's name is no person", "In October 2011 the army crossed the border in Operation Linda Quxchi.", nil, []string{"person:linda-quxchi"}},
		{"a lake", "a monastery near Lake Quorna on the plateau", []string{"place:lake-quorna"}, nil},
		{"a surname Lake is no lake", "National Security Adviser Anthony Lake said so.", nil, []string{"place:lake-said"}},
		{"lower-case province keeps its head", "Declaring Quarra province liberated", []string{"place:quarra-province"}, []string{"place:declaring-quarra-province"}},
		{"compass phrase", "a village north of Quzbeh", []string{"place:quzbeh"}, nil},
		{"a name before its agency", "a spokesman for the Hamas-run Civil Quxence agency said", []string{"organization:civil-quxence"}, nil},
		{"a name before its militia", "fighters of the Zorbani Quxla militia attacked", []string{"organization:zorbani-quxla"}, nil},
		{"a people's adjective before a militia is no name", "the Phalange, a Maronite militia, rose", nil, []string{"organization:maronite"}},
		{"an unknown name listed among organisations", "militant groups such as Hamas, Islamic Jihad, Quxzim, and Hezbollah", []string{"organization:quxzim"}, nil},
		{"two organisations and a place make no list of organisations", "delegates of Hamas, Hezbollah, Quxzim and Gaza", nil, []string{"organization:quxzim"}},
		{"a described militia is no name", "he joined a Zorbani Quxla militia", nil, []string{"organization:zorbani-quxla"}},
		{"a name before its party", "Zeevi founded the Moledet party in 1988", []string{"organization:moledet"}, nil},
		{"a name before its movement", "he later joined the Quxla movement", []string{"organization:quxla"}, nil},
		{"a creed's adjective before a movement is no name", "he joined the Revisionist Zionist movement", nil, []string{"organization:revisionist-zionist"}},
		{"a party before a title qualifies it", "he met the Quxla party Chairman Zorbani", nil, []string{"organization:quxla"}},
		{"the settlement of", "dismantling the settlement of Quzmit in the north", []string{"place:quzmit"}, nil},
		{"place before a known country", "an attack in Hibhib, Iraq", []string{"place:hibhib"}, nil},
		{"encyclopedia definition", "Hibhib is a village in Diyala.", []string{"place:hibhib"}, nil},
		{"kingdom of", "the Kingdom of Ormus ruled the strait", []string{"country:kingdom-of-ormus"}, nil},
		{"agreement head", "the Zorbian Accords were signed", []string{"agreement:zorbian-accords"}, nil},
		{"dateline", "QUXTON — Officials met today.", []string{"place:quxton"}, nil},
		{"month is no name", "In January Quell left.", nil, []string{"person:january-quell"}},
		{"company suffix Limited", "designating Zorgon Trading Limited for its role", []string{"organization:zorgon-trading"}, nil},
		{"company suffixes after a comma", "designating Zorgon Shipping Co., Ltd., a Hong Kong-based company", []string{"organization:zorgon-shipping"}, []string{"organization:ltd"}},
		{"apposition calls the name a company", "Quxley Petrochem, a Dubai-based company, sold oil.", []string{"organization:quxley-petrochem"}, nil},
		{"apposition noun must head the phrase", "Jane Quist, a company director, said no.", nil, []string{"organization:jane-quist"}},
		{"lower-case ministry after its country", "Kuwait's interior ministry said", []string{"organization:kuwaiti-interior-ministry"}, nil},
		{"lower-case ministry resolves to the catalog", "Iran's foreign ministry said", []string{"organization:ministry-of-foreign-affairs-of-iran"}, nil},
		{"short name of the document's one organisation", "The Kuwaiti Interior Ministry spoke. The Interior Ministry said more.", []string{"organization:kuwaiti-interior-ministry"}, []string{"organization:interior-ministry"}},
		{"short name with two candidates stays apart", "The Kuwaiti Interior Ministry and the Omani Interior Ministry spoke. The Interior Ministry said more.", []string{"organization:interior-ministry"}, nil},
		{"known surname as another's given name", "Rep. Abe Hamadeh praised the strike.", []string{"person:abe-hamadeh"}, []string{"person:shinzo-abe"}},
		{"asked is evidence", "Zelda Quorn asked about the sanctions.", []string{"person:zelda-quorn"}, nil},
		{"according to is evidence", "The talks failed, according to Zelda Quorn.", []string{"person:zelda-quorn"}, nil},
		{"according to a common phrase is not", "The internet grew fast, according to Internet World Stats.", nil, []string{"person:internet-world-stats"}},
		{"relative who is evidence", "Zelda Quorn, who heads the office, declined.", []string{"person:zelda-quorn"}, nil},
		{"affiliation to an organisation is evidence", "It's Zelda Quorn from CBS News.", []string{"person:zelda-quorn"}, nil},
		{"apposition with a demonym is evidence", "Zelda Quorn, the Iranian deputy foreign minister, in Vienna", []string{"person:zelda-quorn"}, nil},
		{"a war's numeral ends the sentence", "The name was used after World War I.\nBethlehem came under Jordan.", []string{"event:world-war-i", "place:bethlehem"}, []string{"event:war:world-war-i"}},
		{"a ruler's numeral ends the sentence", "Iraq was ruled by King Faisal I.\nHe died in 1933.", []string{"person:faisal-i-of-iraq"}, []string{"person:faisal"}},
		{"spaced initials are one name", "B. Z. Quorn sold designs. Later B.Z. Quorn confessed.", []string{"person:bz-quorn"}, []string{"person:b-z-quorn"}},
		{"a delegate named with the state he speaks for, then the verb", "The President of the Council, Quirn Zedersen-Abu of Ghana, said the text was weak.", []string{"person:quirn-zedersen-abu"}, nil},
		{"a name set off by commas after an office, then the verb", "Zorbia's Minister for Foreign Affairs, Quirn Zedersen, said the blockade was illegal.", []string{"person:quirn-zedersen"}, nil},
		{"a capitalised office in apposition after a name", "Briefing members, Quirn Zedersen, the Secretary-General's Special Representative for Zorbia, said more had returned.", []string{"person:quirn-zedersen"}, nil},
		{"a body named with its state is no person", "The Zorba Bank of Ghana said rates would rise.", nil, []string{"person:zorba-bank"}},
		{"a surname of two words is the person named in full", "Quirn Ould-Zorbani, the UN envoy, convened the talks.\n\"This is the beginning,\" Ould-Zorbani said.", []string{"person:quirn-ould-zorbani"}, []string{"person:ould-zorbani"}},
		{"a middle initial makes a name a person's", "He met Zala Kallo, and Quirn O. Zedersen, the Special Envoy for Zorbia.", []string{"person:quirn-o-zedersen"}, nil},
		{"patronymic particle is evidence", "Talib bin Quorn Alzorba led the revolt.", []string{"person:talib-bin-quorn-alzorba"}, nil},
		{"patronymic ibn is evidence", "the works of Zayd ibn Quorn survive", []string{"person:zayd-ibn-quorn"}, nil},
		{"capitalised Bin is no patronymic evidence", "Glimmer Bin Storage opened.", nil, []string{"person:glimmer-bin-storage"}},
		{"kinship apposition is evidence", "Zelda Quorn, the brother of the Imam, fled.", []string{"person:zelda-quorn"}, nil},
		{"a successor is a person", "views shared by Zelby Quorn, the successor to the founder.", []string{"person:zelby-quorn"}, nil},
		{"a successor of a thing is no evidence alone", "the Zorbian Front, the successor organisation, grew.", nil, []string{"person:zorbian-front"}},
		{"kinship apposition with an age word", "Zelda Quorn, his younger son, fled.", []string{"person:zelda-quorn"}, nil},
		{"kinship noun used loosely is nothing", "Glimmer Heights, the brotherhood hall, opened.", nil, []string{"person:glimmer-heights"}},
		{"demonym opens a civil body's name", "the Palestinian Center for Quorn Studies said", []string{"organization:palestinian-center-for-quorn-studies"}, []string{"organization:center-for-quorn-studies"}},
		{"demonym stays off a state office", "the Iraqi Department of Quorn Affairs", []string{"organization:department-of-quorn-affairs"}, []string{"organization:iraqi-department-of-quorn-affairs"}},
		{"known city after a named airport is where it lies", "attacking Quornbad Airport of Tehran", []string{"place:quornbad-airport", "place:tehran"}, []string{"place:quornbad-airport-of-tehran"}},
		{"place named only by its of-tail keeps it", "the Port of Tehran", []string{"place:port-of-tehran"}, nil},
		{"memorandum of understanding is an agreement", "efforts to implement the Memorandum of Understanding (MOU) failed", []string{"agreement:memorandum-of-understanding"}, nil},
		{"presidential memorandum is no agreement", "He signed National Security Presidential Memorandum 2 on Zorbia.", nil, []string{"agreement:national-security-presidential-memorandum"}},
		{"a wire dateline's month is no town", "CAMP DAVID, Maryland, Aug 18 (Reuters) - Talks began.", []string{"place:maryland"}, []string{"place:aug"}},
		{"a place's particle inside an agreement's name", "Both are guarantors of the 1942 Rio de Janeiro Protocol.", []string{"agreement:rio-de-janeiro-protocol"}, []string{"agreement:janeiro-protocol"}},
		{"dashed pair of states opens an agreement", "the Israel–Egypt Quorn Agreement was signed", []string{"agreement:israel-egypt-quorn-agreement"}, []string{"agreement:egypt-quorn-agreement"}},
		{"dashed pair with a two-word state", "the United States–Iran Quorn Agreement holds", []string{"agreement:united-states-iran-quorn-agreement"}, []string{"agreement:iran-quorn-agreement"}},
		{"spaced dash is no pair", "Israel – Egypt Quorn Agreement talks", []string{"agreement:egypt-quorn-agreement"}, []string{"agreement:israel-egypt-quorn-agreement"}},
		{"wadi opens a place", "a route to the plateau from Wadi Bani Quorn in 1958", []string{"place:wadi-bani-quorn"}, nil},
		{"jebel opens a place", "the rebels held Jebel Quorn for years", []string{"place:jebel-quorn"}, nil},
		{"lower-case treaty of a place", "under the 1920 treaty of Quornville, the Sultan ruled", []string{"agreement:treaty-of-quornville"}, nil},
		{"lower-case treaty of two states is no name", "the treaty of Iran and Oman failed", nil, []string{"agreement:treaty-of-iran"}},
		{"lower-case treaty of friendship is no name", "a treaty of friendship was signed", nil, []string{"agreement:treaty-of-friendship"}},
		{"possessive kinship before a name is evidence", "He was succeeded by his son Quorab Zahlawi.", []string{"person:quorab-zahlawi"}, nil},
		{"kinship with of before a name is evidence", "the daughter of Quorab Zahlawi spoke", []string{"person:quorab-zahlawi"}, nil},
		{"a counterpart set off before a name is evidence", "Rabin and his Jordanian counterpart, Abdelsalam al-Majali, signed it.", []string{"person:abdelsalam-al-majali"}, nil},
		{"a successor set off before a name is evidence", "He was followed by his successor, Quorab Zahlawi, in 1990.", []string{"person:quorab-zahlawi"}, nil},
		{"a counterpart owned by no one is no evidence", "The counterpart, Quorab Zahlawi Street, was closed.", nil, []string{"person:quorab-zahlawi"}},
		{"descriptor before a name is evidence", "The talks were led by his aide Farouk Quorbani.", []string{"person:farouk-quorbani"}, nil},
		{"kinship noun before a place is nothing", "his son lives in Glimmer Heights", nil, []string{"person:glimmer-heights"}},
		{"known surname after a role is another's given name", "Hamas leader Zarif Quorbani was killed.", []string{"person:zarif-quorbani"}, []string{"person:mohammad-javad-zarif"}},
		{"known surname in a headline stays the known person", "Foreign Minister Zarif Warns Washington", []string{"person:mohammad-javad-zarif"}, nil},
		{"arrived in names a place", "The delegation arrived in Quornabad on Monday.", []string{"place:quornabad"}, nil},
		{"born in names a place", "He was born in Zorbaville in 1950.", []string{"place:zorbaville"}, nil},
		{"fled to names a place", "The family fled to Quornabad.", []string{"place:quornabad"}, nil},
		{"a person after travelled to is no place", "She travelled to Zelda Quorn, a senior analyst, for advice.", nil, []string{"place:zelda-quorn"}},
		{"a given name after visit to is no place", "a visit to Jason Quorn", nil, []string{"place:jason-quorn"}},
		{"plural kind of place types a list", "Protests erupted in the cities of Quornabad, Zorbaville and Isfahan.", []string{"place:quornabad", "place:zorbaville"}, nil},
		{"adjective before a kind of place", "The port city of Zorbahr was shelled.", []string{"place:zorbahr"}, nil},
		{"country and a noun of business type the name", "Israeli firm Quornex Systems supplied the drones.", []string{"organization:quornex-systems"}, nil},
		{"country and militia type the name", "The Iraqi militia Quorn Brigade fired.", []string{"organization:quorn-brigade"}, nil},
		{"a weekday after the noun is no name", "An Iranian group Monday said no.", nil, []string{"organization:monday"}},
		{"a noun of business without a country types nothing", "the firm Quornex Systems said", nil, []string{"organization:quornex-systems"}},
		{"the assassination of names a person", "The assassination of Quorab Zahlavi shocked Beirut.", []string{"person:quorab-zahlavi"}, nil},
		{"a possessive successor names a person", "Quorab Zahlavi's successor took office.", []string{"person:quorab-zahlavi"}, nil},
		{"born in brackets names a person", "Zorab Quassimi (born 12 May 1950) is a politician.", []string{"person:zorab-quassimi"}, nil},
		{"a birth told further in the brackets names a person", "Zorab Quassimi I (Ge'ez: ዞራብ; born Lij Zorab; 23 July 1892 – 27 August 1975) was Regent of Ethiopia.", []string{"person:zorab-quassimi"}, nil},
		{"the days of a birth and a death opening a paragraph name a person", "Zorab Quassimi (Arabic: زوراب; 16 June 1929 – 29 September 2020) was a ruler.", []string{"person:zorab-quassimi"}, nil},
		{"a year and a day of a life opening a paragraph name a person", "Zorab Quassimi (c. 1827 – 15 February 1897) was a general.", []string{"person:zorab-quassimi"}, nil},
		{"an agreement on a thing built, in the fields it covers", "They signed the Agreement on Confidence Building in the Military Field in the Border Area.", []string{"agreement:agreement-on-confidence-building-in-the-military-field-in-the-border-area"}, []string{"place:confidence-building"}},
		{"an agreement's subject stops before a place the catalog knows", "They signed the Agreement on Cultural Exchange in the United Arab Emirates.", []string{"agreement:agreement-on-cultural-exchange"}, nil},
		{"a small bey inside a name", "Alimardan bey Topchubashov (4 May 1863 – 8 November 1934) was a statesman.", []string{"person:alimardan-bey-topchubashov"}, []string{"person:topchubashov"}},
		{"a small arap inside a name", "Talks in Nairobi were mediated by President Daniel arap Moi.", []string{"person:daniel-arap-moi"}, []string{"person:daniel"}},
		{"a peer by the title and one name", "The Governor-General of India, Lord Quxning, answered with war. Quxning then sailed.", []string{"person:lord-quxning"}, []string{"person:quxning"}},
		{"a small article between hyphens inside a name", "President Muhammad Zia-ul-Haq sent troops.", []string{"person:muhammad-zia-ul-haq"}, []string{"person:muhammad-zia"}},
		{"a small dze inside a name", "Akaki Ivanes dze Chkhenkeli (19 February 1874 – 5 January 1959) was a Georgian politician.", []string{"person:akaki-ivanes-dze-chkhenkeli"}, nil},
		{"an agreement with a tail after an indefinite article, to the conflict's land", "Talks produced an Agreement on the Resolution of the Conflict in South Sudan.", []string{"agreement:agreement-on-the-resolution-of-the-conflict-in-south-sudan"}, nil},
		{"a treaty with a tail after an indefinite article", "A Treaty of Friendship, Cooperation and Mutual Security was signed in Moscow.", []string{"agreement:treaty-of-friendship-cooperation-and-mutual-security"}, nil},
		{"signed in a place an agreement with a tail", "They signed in Paris an Agreement on Principles.", []string{"agreement:agreement-on-principles"}, nil},
		{"an agreement inside another name", "They announced the Framework for an Agreement on Reciprocal Trade and Investment.", nil, []string{"agreement:agreement-on-reciprocal-trade-and-investment"}},
		{"a pair of states opening an agreement's name, one of two words", "A United States–Georgia Charter on Strategic Partnership was signed in 2009.", []string{"agreement:united-states-georgia-charter-on-strategic-partnership"}, []string{"agreement:states-georgia-charter-on-strategic-partnership"}},
		{"an agreement named by the fields it covers, joined", "In 2024 they signed a Defence and Economic Cooperation Framework Agreement.", []string{"agreement:defence-and-economic-cooperation-framework-agreement"}, []string{"organization:economic-cooperation"}},
		{"an agreement of generic words after a modifier of its term", "In 2024 they signed a ten-year Defence Cooperation Framework Agreement.", []string{"agreement:defence-cooperation-framework-agreement"}, []string{"organization:defence-cooperation"}},
		{"an agreement named after two men joined by a dash", "The Qavam–Sadchikov agreement was signed in April 1946.", []string{"agreement:qavam-sadchikov-agreement"}, nil},
		{"one man's name with a particle is no pair", "The Ben-Gurion agreement failed.", nil, []string{"agreement:ben-gurion-agreement"}},
		{"years of a life name no person", "Jaish al-Quorn Zorbah (1985 – 2004) was a group.", nil, []string{"person:jaish-al-quorn-zorbah"}},
		{"days of a span inside a paragraph name no person", "It joined Quorn Zorbah Union (10 June 1916 – 19 December 1925) as a province.", nil, []string{"person:quorn-zorbah-union"}},
		{"a title before a word of a gathering names no person", "He spoke at the General Debate of the Assembly.", nil, []string{"person:debate"}},
		{"a language label in brackets names no person", "Jaish al-Quorn Zorbah (Arabic: جيش) is a group.", nil, []string{"person:jaish-al-quorn-zorbah"}},
		{"the death of a plan is no person", "the death of Glimmer Heights Plan", nil, []string{"person:glimmer-heights"}},
		{"a deal the text comes back to is its subject", "Mediators brokered a deal for the release of prisoners. Both vowed to implement the deal.", []string{"agreement:deal-for-the-release-of-prisoners"}, nil},
		{"a deal mentioned once is no subject", "Mediators brokered a deal for the release of prisoners.", nil, []string{"agreement:deal-for-the-release-of-prisoners"}},
		{"a deal that failed is no subject", "They failed to reach a deal on sanctions. The deal was never signed.", nil, []string{"agreement:deal-on-sanctions"}},
		{"a deal hoped for is no subject", "Efforts to reach an agreement on a ceasefire continued. The agreement would end the war.", nil, []string{"agreement:agreement-on-a-ceasefire"}},
		{"two places after the open an organisation", "troops of the Muscat and Oman Quorn Force went north", []string{"organization:muscat-and-oman-quorn-force"}, []string{"organization:oman-quorn-force"}},
		{"two places without the are a list", "Iran and Oman Quorn Force officers met", []string{"organization:oman-quorn-force"}, []string{"organization:iran-and-oman-quorn-force"}},
		{"became a role is evidence", "Ghalib Quornai became the elected Imam in May 1954.", []string{"person:ghalib-quornai"}, nil},
		{"was appointed a role is evidence", "Quorab Zahlavi was appointed envoy in 2010.", []string{"person:quorab-zahlavi"}, nil},
		{"became a place's name is no person", "Glimmer Heights became a district in 1990.", nil, []string{"person:glimmer-heights"}},
		{"a role set off before the name is evidence", "The group's leader, Quorab Zahlavi, was arrested.", []string{"person:quorab-zahlavi"}, nil},
		{"a capitalised office set off before the name is evidence", "The French Foreign Minister, Théophile Quorbassé, opposed any conference.", []string{"person:theophile-quorbasse"}, nil},
		{"a name between two people of a list", "Four generals, Maurice Challe, Edmond Quorhaud, Raoul Salan and André Zeller, attempted the coup.", []string{"person:edmond-quorhaud"}, nil},
		{"an office of a state set off before the name", "The speaker of the Azerbaijani parliament, Rasul Quliyev, endorsed the document.", []string{"person:rasul-quliyev"}, nil},
		{"a place of a state set off before the name is no office", "The capital of the Netherlands, Amsterdam Zuid, was quiet.", nil, []string{"person:amsterdam-zuid"}},
		{"two particles before the family name", "Later Hans van den Quorbroek said it.", []string{"person:hans-van-den-quorbroek"}, nil},
		{"a name succeeded as an office holder", "In March 1959 Rashidov succeeded Sabir Quorkalov as First Secretary of the party.", []string{"person:sabir-quorkalov"}, nil},
		{"a name that succeeded to an office", "He was succeeded as First Secretary by Inamzhon Quorbayev.", []string{"person:inamzhon-quorbayev"}, nil},
		{"a name with an office after as", "The talks opened with Ramiro Quor-Ballón as the special envoy.", []string{"person:ramiro-quor-ballon"}, nil},
		{"a company replaced as operator is no person", "Quorbil replaced Standard Quoil as the operator.", nil, []string{"person:standard-quoil"}},
		{"an occupation set off before the name", "A French civilian technician, Damien Quorpied, was killed.", []string{"person:damien-quorpied"}, nil},
		{"a body formed with an indefinite article", "Army officers formed a Committee of Quorbic Safety.", []string{"organization:committee-of-quorbic-safety"}, nil},
		{"a body with its chair named", "A Supreme Quorbian Council chaired by Zorbin Quax took power.", []string{"organization:supreme-quorbian-council"}, nil},
		{"a category with an indefinite article", "It is a Foreign Quorbic Organization.", nil, []string{"organization:foreign-quorbic-organization"}},
		{"a force led by a name is led by a person", "The allies backed the Quxian Partisans led by Zorbin Broz Quax.", []string{"person:zorbin-broz-quax"}, nil},
		{"forces led by two names", "Opposition forces led by Tengiz Quorani and Jaba Zorbiani besieged him.", []string{"person:tengiz-quorani", "person:jaba-zorbiani"}, nil},
		{"led by a name after a verb is no evidence", "The talks were led by Quorab Zahlavi Foundation.", nil, []string{"person:quorab-zahlavi"}},
		{"a title modifier after a given name is a surname", "Later Henry White said the talks were over.", []string{"person:henry-white"}, nil},
		{"a title modifier before a capitalised word opens a title", "Henry White House aides said the talks were over.", nil, []string{"person:henry-white"}},
		{"a list of capitalised offices names no one", "He was Foreign Minister, Prime Minister Quorbassé said.", nil, []string{"person:prime-minister-quorbasse"}},
		{"abd opens a person's name", "Abd al-Quorn Zorbavi arrived.", []string{"person:abd-al-quorn-zorbavi"}, nil},
		{"a name paired with a person is a person", "Later Quorab Zahlavi and Jason Quorn resigned.", []string{"person:quorab-zahlavi", "person:jason-quorn"}, nil},
		{"a title-case headline pairs nothing", "President Trump and Republicans Deliver for Quornish Families", nil, []string{"person:republicans-deliver"}},
		{"half of a hyphenated name pairs nothing", "written by Dong-Quorn Zoo and Erik Gartzke", nil, []string{"person:quorn-zoo"}},
		{"a city's name after a title is a given name", "Health Minister Dr. Riyadh Quorbani suggested a pause.", []string{"person:riyadh-quorbani"}, []string{"place:riyadh"}},
		{"a city's name after a verb stays a place", "Secretary Rubio traveled to Riyadh Monday.", []string{"place:riyadh"}, []string{"person:riyadh-monday"}},
		{"quoted nickname stays out of the name", "Zelda \"Zee\" Quorn said no.", []string{"person:zelda-quorn"}, nil},
		{"given name after at is a place", "an inscription at Rustam Relief", nil, []string{"person:rustam-relief"}},
		{"no place before the of of a place name", "see Politics of Strait of Zorba here", []string{"place:strait-of-zorba"}, []string{"place:politics-of-strait-of-zorba"}},
		{"a wiki category list is no text", "Zorbia\nCategory:Landforms of Quarra Province Category:Bays of Quxton", nil, []string{"place:quarra-province", "place:landforms-of-quarra-province"}},
		{"a label word ends a place name", "the Gulf of Zorba Category:Seas", []string{"place:gulf-of-zorba"}, []string{"place:gulf-of-zorba-category"}},
		{"dotted company suffix", "designating Zorgon Trading L.L.C. for its role", []string{"organization:zorgon-trading"}, nil},
		{"two company suffixes with periods", "designating Zorgon Star Petroleum Sdn. Bhd. for its role", []string{"organization:zorgon-star-petroleum"}, nil},
		{"acronym of an English word among capitals is shouting", "THE MAN WHO WON THE WAR", nil, []string{"organization:world-health-organization"}},
		{"acronym of an English word in a sentence", "Iran and the WHO agreed.", []string{"organization:world-health-organization"}, nil},
		{"foreign affairs ministry is the foreign ministry", "The Qatari Foreign Affairs Ministry said", []string{"organization:ministry-of-foreign-affairs-of-qatar"}, []string{"organization:qatari-foreign-affairs-ministry"}},
		{"korean given name glued in lower case", "Foreign Minister Cho Tae-yul spoke.", []string{"person:cho-tae-yul"}, []string{"person:cho-tae"}},
		{"english word glued after a name is no syllable", "Minister Kamal Xandor-led forces attacked.", []string{"person:kamal-xandor"}, []string{"person:kamal-xandor-led"}},
		{"bare acronym with its office", "The ZKQ office issued guidance.", []string{"organization:zkq"}, nil},
		{"glued acronyms with a possessive report", "According to the ZKQ-QX's report, it failed.", []string{"organization:zkq-qx"}, nil},
		{"bare acronym without evidence is nothing", "The ZKQ grew in the spring.", nil, []string{"organization:zkq"}},
		{"a body's name spelling its acronym across its and", "Fighters of the Kenya Land and Freedom Army (KLFA) attacked.", []string{"organization:kenya-land-and-freedom-army"}, []string{"organization:freedom-army"}},
		{"a body's name spelling its acronym with a possessive and a hyphenated word", "The Zorban High-Level Implementation Panel (ZHIP) met the Quxland and Pemba People's Party (QPPP).", []string{"organization:zorban-high-level-implementation-panel", "organization:quxland-and-pemba-peoples-party"}, nil},
		{"a body's name opening with its head", "The Alliance for the Re-liberation of Quxland (ARQ) split.", []string{"organization:alliance-for-the-re-liberation-of-quxland"}, nil},
		{"a kind of body spelling its acronym is none", "They designated it as a Foreign Terrorist Organization (FTO) that year.", nil, []string{"organization:foreign-terrorist-organization"}},
		{"a name whose initials do not spell the acronym", "Fighters of the Kenya Land and Freedom Army (KLA) attacked.", nil, []string{"organization:kenya-land-and-freedom-army"}},
		{"acronym of a thing is no organisation", "The GDP report was weak.", nil, []string{"organization:gdp"}},
		{"a place of an antiquity sentence is nothing", "In antiquity the Gulf of Zorba was a trade route.", nil, []string{"place:gulf-of-zorba"}},
		{"a name after known as is no new place", "The bay, known as the Gulf of Zorba, is shallow.", nil, []string{"place:gulf-of-zorba"}},
		{"the same place in a plain sentence", "Tankers crossed the Gulf of Zorba on Monday.", []string{"place:gulf-of-zorba"}, nil},
		{"a place in a quoted title is no mention", "In his book \"Voyage to the Gulf of Zorba\", he wrote.", nil, []string{"place:gulf-of-zorba"}},
		{"a place in quoted speech is a mention", "He said \"ships left the Gulf of Zorba today\".", []string{"place:gulf-of-zorba"}, nil},
		{"a place before a publication word names the publication", "According to the Gulf of Zorba Review, it fell.", nil, []string{"place:gulf-of-zorba-review", "place:gulf-of-zorba"}},
		{"a work's title after its noun", "The film Desert of Zorba won prizes.", nil, []string{"place:desert-of-zorba"}},
		{"a place prefix opens no person's name", "The Portuguese captured Fort Zorba in 1507.", []string{"place:fort-zorba"}, []string{"person:fort-zorba"}},
		{"middle initial and suffix of a catalog person", "Gen. Kenneth F. McKenzie Jr. said it.", []string{"person:kenneth-mckenzie"}, []string{"person:kenneth-f-mckenzie-jr"}},
		{"a state's body named after the state", "The Foreign Ministry of Oman said.", []string{"organization:ministry-of-foreign-affairs-of-oman"}, []string{"organization:foreign-ministry-of-oman"}},
		{"a state's possessive before its body", "Iran's Atomic Energy Organization said.", []string{"organization:atomic-energy-organization-of-iran"}, []string{"organization:atomic-energy-organization"}},
		{"regnal number after a royal title", "Pope Zorbius XIV met King Quarrus II.", []string{"person:zorbius-xiv", "person:quarrus-ii"}, []string{"person:zorbius"}},
		{"shah before a regnal name is a title", "Under the Safavids, Shah Zorbas I expelled them.", []string{"person:zorbas-i"}, []string{"person:shah-zorbas"}},
		{"an honorific opens a place named after a person", "Pilgrims visit the Imam Zorba Shrine daily.", []string{"place:imam-zorba-shrine"}, []string{"place:zorba-shrine"}},
		{"a causeway is a place", "Trucks cross the King Zorba Causeway.", []string{"place:king-zorba-causeway"}, []string{"person:zorba-causeway"}},
		{"a place named after a catalog ruler", "They are building King Salman International Airport.", []string{"place:king-salman-international-airport"}, []string{"place:international-airport"}},
		{"a building named after a catalog person", "Officials met at the Harry S. Truman Building on Monday.", []string{"place:harry-s-truman-building"}, []string{"person:harry-s-truman"}},
		{"an institution named after a catalog person", "The gala was at the John F. Kennedy Center.", []string{"organization:john-f-kennedy-center"}, []string{"person:john-f-kennedy"}},
		{"headquarters named after a person the catalog lacks", "The ceremony was at the Mary W. Jackson NASA Headquarters.", []string{"place:mary-w-jackson-nasa-headquarters"}, []string{"person:mary-w-jackson"}},
		{"a hall is a place", "The speech was given in Roudaki Hall in Tehran.", []string{"place:roudaki-hall"}, nil},
		{"a project is a body, not a titled person", "Scientists of the Manhattan Project met; see the Global Justice Project: Iraq.", []string{"organization:manhattan-project"}, []string{"person:project", "place:manhattan"}},
		{"a hill, a park and a boulevard are places", "Fighting on Zorbat Hill ended; crowds filled Quxbal Park and 16 Marzan Boulevard.", []string{"place:zorbat-hill", "place:quxbal-park", "place:marzan-boulevard"}, nil},
		{"a park named after a catalog ruler", "Visitors walked through King Salman Park in Riyadh.", []string{"place:king-salman-park"}, []string{"person:salman-bin-abdulaziz"}},
		{"a hill after a given name or a title is a surname", "Ambassador Christopher Hill met Tina Park; later Ambassador Hill left.", []string{"person:christopher-hill", "person:tina-park"}, []string{"place:christopher-hill", "place:tina-park"}},
		{"a town's hall is no name", "Protesters gathered outside City Hall.", nil, []string{"place:city-hall"}},
		{"a building inside a longer name is no building", "The Capacity Building Program trained officials.", nil, []string{"place:capacity-building"}},
		{"the person named in a sentence stays the person", "In 1948, Harry S. Truman recognized Israel at the White House.", []string{"person:harry-s-truman"}, []string{"place:harry-s-truman-building"}},
		{"acronym as the subject of a report", "At their request, ZKQ has completed an evaluation.", []string{"organization:zkq"}, nil},
		{"acronym before another verb is nothing", "ZKQ rose by two percent.", nil, []string{"organization:zkq"}},
		{"a named chair is no organisation", "John Quarrier, R. Zorba Harrison Distinguished Service Professor of Physics, said.", nil, []string{"organization:r-zorba-harrison-distinguished-service", "organization:zorba-harrison-distinguished-service"}},
		{"a general named after Saladin is no Saladin", "The commander, Lieutenant General Salah ad-Din Muhsin, led the front.",
			[]string{"person:salah-ad-din-muhsin"}, []string{"person:saladin"}},
		{"historical states, places and rulers of the region", "Alexander the Great took Babylon from the Achaemenid Empire; later Constantinople ruled Anatolia and the Mandatory Palestine came after.",
			[]string{"person:alexander-the-great", "place:babylon", "country:achaemenid-empire", "place:constantinople", "place:anatolia", "country:mandatory-palestine"}, nil},
		{"leaders of the last century and of Libya", "Adolf Hitler, Khalifa Haftar and Deniz Quxbal met the Economist Intelligence Unit.",
			[]string{"person:adolf-hitler", "person:khalifa-haftar", "person:deniz-quxbal", "organization:economist-intelligence-unit"}, []string{"organization:the-economist"}},
		{"a scripture says nothing as a person", "The Hebrew Bible says that the city was built by Rehoboam.", nil, []string{"person:hebrew-bible"}},
		{"the martyr of Karbala is not the sharif of Mecca", "Hussein ibn Ali was killed at Karbala.", []string{"person:husayn-ibn-ali"}, []string{"person:hussein-bin-ali"}},
		{"country before a catalog organisation", "ships of the US 5th Fleet", []string{"organization:us-fifth-fleet"}, []string{"organization:us-5th-fleet"}},
		{"the words opening a title end a body's name", "Zorg Institute for Quarrian Security Senior Research Fellow Lemmy Quarrier: “It matters.”",
			[]string{"organization:zorg-institute-for-quarrian-security", "person:lemmy-quarrier"}, []string{"organization:zorg-institute-for-quarrian-security-senior-research"}},
		{"former before a body names no body", "Former National Security Council official Lemmy Quarrier said it.",
			[]string{"organization:national-security-council"}, []string{"organization:former-national-security-council"}},
		{"a catalog body opens a sentence-initial body", "New York Post Editorial Board: “It matters.”",
			[]string{"organization:new-york-post-editorial-board"}, []string{"organization:york-post-editorial-board"}},
		{"a pharaoh's and an emperor's names", "Pharaoh Quxmeses built it, and Emperor Zorbian burnt it.", []string{"person:quxmeses", "person:zorbian"}, []string{"person:pharaoh-quxmeses", "person:emperor-zorbian"}},
		{"a firm set off as a company, though named like a person", "They signed with Al Zorg Capital, a prominent Qatari company, to invest.",
			[]string{"organization:al-zorg-capital"}, []string{"person:al-zorg-capital"}},
		{"a company named General is no general", "General Atomics secured the deal.", []string{"organization:general-atomics"}, []string{"person:atomics"}},
		{"a run-in heading in capitals is no body", "DEEPENING DEFENSE COOPERATION AND REGIONAL SECURITY: President Zorba is advancing it.",
			nil, []string{"organization:deepening-defense-cooperation"}},
		{"a headline's verb is no part of the name after it", "President Zorba Ratifies Board of Peace in Historic Ceremony",
			[]string{"organization:board-of-peace"}, []string{"organization:ratifies-board-of-peace"}},
		{"a headline's verb after a name ends it", "Secretary Zorba Meets With Quxian Foreign Minister Lemmy Quarrier",
			[]string{"person:zorba"}, []string{"person:zorba-meets"}},
		{"a headline's verb and a small word after a name end it", "Secretary Zorba Travels to Quxia and Zorbia",
			[]string{"person:zorba"}, []string{"person:zorba-travels"}},
		{"a title inside a place's name before an event's head names no one", "Leaders met at the Sharm El-Sheikh Summit in Egypt.",
			nil, []string{"person:summit"}},
		{"a name after a plural office, with its state after it", "It was initialled by the foreign ministers Zorbek Quxlü Aras of Turkey and Quxar Zorbani of Iran.",
			[]string{"person:zorbek-quxlu-aras"}, nil},
		{"a surname like a verb in running text stays", "Navy spokesman Quxar Speaks, a commander, said it.",
			[]string{"person:quxar-speaks"}, []string{"person:quxar"}},
		{"a catalog body after and is a second body", "We work through the Department of Quxation and U.S. Central Command to strengthen it.",
			[]string{"organization:united-states-central-command"}, []string{"organization:department-of-quxation-and-us-central-command"}},
		{"and inside a body's name", "The Zionist Federation of Great Quxland and Zorbia wrote.",
			[]string{"organization:zionist-federation-of-great-quxland-and-zorbia"}, nil},
		{"small words of a capitalised lead", "The PRIME MINISTER OF ISRAEL (Rosh HaMemshala) is the head of the government.",
			[]string{"country:israel"}, []string{"person:of-israel"}},
		{"a one-word catalog name before another's surname is another person", "Rubio met with Libyan National Army Deputy Commander Saddam Haftar.",
			[]string{"person:saddam-haftar"}, []string{"person:saddam-hussein", "person:khalifa-haftar"}},
		{"a title ending one paragraph names nothing in the next", "Office of the Spokesperson\n\nReadout\n\nThe talks went well.",
			nil, []string{"person:readout"}},
		{"a name and Partners is a firm", "The United States sanctioned Quxar Zorbani and Partners today.",
			[]string{"organization:quxar-zorbani-and-partners"}, []string{"person:quxar-zorbani"}},
		{"allies and partners are no firm", "Support for Allies and Partners", nil, []string{"organization:allies-and-partners"}},
		{"a word opening a title is no name", "ABC News Chief International Correspondent James Longman: “Good.”",
			[]string{"person:james-longman"}, []string{"person:international"}},
		{"the first lady's title", "First Lady Melania Trump met them.", []string{"person:melania-trump"}, []string{"person:lady-melania-trump"}},
		{"the president by his title, beside another of his surname", "First Lady Melania Trump met them.\nShe told President Trump later.",
			[]string{"person:melania-trump", "person:donald-trump"}, nil},
		{"a senator who shares a president's name", "Sen. John Kennedy said it.", []string{"person:john-kennedy"}, []string{"person:john-f-kennedy"}},
		{"a double surname and a second spelling", "David Lloyd George favoured it; Lloyd George wrote. Iyad Allawi led; Ayad Allawi won.",
			[]string{"person:david-lloyd-george", "person:ayad-allawi"}, []string{"person:lloyd-george", "person:iyad-allawi"}},
		{"spellings of one person are one entity", "Prime Minister of the Republic of Iraq, Mohammed Shia’a Al-Sudani, spoke. Thomas Pigott said it. Ismael Haniyeh was named.",
			[]string{"person:mohammed-shia-al-sudani", "person:tommy-pigott", "person:ismail-haniyeh"}, []string{"person:mohammed-shiaa-al-sudani", "person:thomas-pigott", "person:ismael-haniyeh"}},
		{"a commentator's name", "Commentator Lemmy Quarrier: “It matters.”", []string{"person:lemmy-quarrier"}, nil},
	}
	checkDetection(t, x, tests)
}

func TestNotEntitiesSpans(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, text, not string
		want, absent    []string
	}{
		{"heading alone yields nothing", "Talks in Zorbia\nThe talks went on.", "Talks in Zorbia", nil, []string{"place:zorbia"}},
		{"catalog entity only in a heading is dropped", "Glimmers of Hope in Oman\nThe talks went on.", "Glimmers of Hope in Oman", nil, []string{"country:oman"}},
		{"entity named elsewhere keeps its heading mention", "The Domestic Landscape of Iran\nIran needs a deal.", "The Domestic Landscape of Iran", []string{"country:iran"}, nil},
		{"titled person in link text is kept", "Sen. Jim Banks\n“I trust the President!”", "Sen. Jim Banks", []string{"person:jim-banks"}, nil},
		{"the state in a signature's title is kept with the person", "President of the Arab Republic of Egypt Abdel Fattah el-Sisi\nThe leaders met.", "President of the Arab Republic of Egypt Abdel Fattah el-Sisi", []string{"person:abdel-fattah-el-sisi", "country:egypt"}, nil},
		{"a state in a heading with no titled person is dropped", "Talks with Egypt Resume\nThe leaders met.", "Talks with Egypt Resume", nil, []string{"country:egypt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set := x.findEntities(docOf(tt.text, tt.not))
			for _, id := range tt.want {
				if _, ok := set.Entities[id]; !ok {
					t.Errorf("missing %s; got %v", id, ids(set))
				}
			}
			for _, id := range tt.absent {
				if _, ok := set.Entities[id]; ok {
					t.Errorf("found %s, want none", id)
				}
			}
		})
	}
	set := x.findEntities(docOf("The Domestic Landscape of Iran\nIran needs a deal.", "The Domestic Landscape of Iran"))
	if got := len(mentionsByID(set)["country:iran"]); got != 2 {
		t.Errorf("Iran mentions: got %d, want 2 (heading and body)", got)
	}
}

func TestQuotedShortName(t *testing.T) {
	x := testExtractor(t)
	set := x.findEntities(docOf("Zorgon Petrochemical Co. Ltd. (“Zorgon”) sold oil. Later Zorgon bought ships."))
	got := mentionsByID(set)["organization:zorgon-petrochemical"]
	want := []string{"Zorgon Petrochemical Co", "Zorgon", "Zorgon"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("mentions: got %q, want %q", got, want)
	}
}

func TestRepeatedFullName(t *testing.T) {
	x := testExtractor(t)
	set := x.findEntities(docOf("Reuters reporter Zelda Quorn asked.\nThen Zelda Quorn left Tehran."))
	if got := len(mentionsByID(set)["person:zelda-quorn"]); got != 2 {
		t.Errorf("mentions of person:zelda-quorn: got %d, want 2; got %v", got, mentionsByID(set))
	}
}

// TestCoFounderIsNoCompany: "Co" before a hyphen opens a word ("Co-founder"),
// not a company suffix after the name before it.
func TestCoFounderIsNoCompany(t *testing.T) {
	set := testExtractor(t).findEntities(docOf("Hamas was hostile to the PLO.[17] Co-founder Sheik Ahmed Yassin stated it."))
	for _, e := range set.Entities {
		if strings.Contains(e.Name, "Co") && e.Type == "Organization" && e.Name != "PLO" && !strings.Contains(e.Name, "Liberation") {
			t.Errorf("entity %q (%s): a company made of a hyphenated word", e.Name, e.ID)
		}
	}
	if _, ok := set.Entities["organization:palestine-liberation-organization"]; !ok {
		t.Errorf("the PLO is missing: %v", ids(set))
	}
}

func TestPlaceLists(t *testing.T) {
	x := testExtractor(t)
	tests := []detectCase{
		{"unknown names listed with a known place",
			"Troops occupied the main centres in Oman, including Nizwa, Ibri and Rustaq.",
			[]string{"place:nizwa", "place:ibri", "place:rustaq"}, nil},
		{"a list with a title in it is no place list",
			"Leaders met in Doha, Prime Minister Sheikh and others.",
			nil, []string{"place:prime-minister-sheikh"}},
		{"a name beside a place's possessive is no place",
			"Merk headed it jointly with Quarrier and Munich's police chief Manfred Schreiber.",
			[]string{"place:munich"}, []string{"place:quarrier"}},
		{"a dynasty before a comma and a place is no place",
			"Under the control of Qurabids, Cyrenaica was poor.",
			[]string{"place:cyrenaica"}, []string{"place:qurabids"}},
		{"a hyphenated article stays in its town's name",
			"The municipalities are Al Khor, Al Wakrah, Al-Quxaniya and Al Shamal.",
			[]string{"place:al-quxaniya", "place:al-shamal"}, []string{"place:al"}},
		{"a kunya or an article opens a town's name among towns",
			"The fleet was based at Latakia, Baniyas, Minat al Quxa, Umm Zorba and Tartus.",
			[]string{"place:baniyas", "place:minat-al-quxa", "place:umm-zorba"}, []string{"person:minat-al-quxa", "person:umm-zorba"}},
		{"a given name among towns is a person's",
			"They visited Tehran, Ali Zorbani and Isfahan.",
			[]string{"person:ali-zorbani"}, []string{"place:ali-zorbani"}},
		{"the towns of a list are all places",
			"Fighting reached the towns of Quornabad, Zorbaville and Quxa.",
			[]string{"place:quornabad", "place:zorbaville", "place:quxa"}, nil},
		{"after a singular town the names that follow are the sentence's",
			"In the northern town of Quornabad, Zorbalev and Quxadov signed a declaration.",
			[]string{"place:quornabad"}, []string{"place:zorbalev", "place:quxadov"}},
		{"days are no places",
			"Talks in Riyadh, Monday and Tuesday.",
			nil, []string{"place:monday", "place:tuesday"}},
		{"a state after on is no part of an organisation's name",
			"Russia criticized sanctions by the European Union on Iran.",
			[]string{"organization:european-union", "country:iran"}, []string{"organization:european-union-on-iran"}},
	}
	checkDetection(t, x, tests)
}

// TestPlaceHeadOn: a place is on something ("the Midyan Basin on the Saudi
// side"), so "on" ends its name; a conference or convention is on a
// subject, which stays in its name.
func TestPlaceHeadOn(t *testing.T) {
	x := testExtractor(t)
	checkDetection(t, x, []detectCase{
		{"a basin on a side", "Oil lies in the Quxar Basin on the Zorban side of the sea.",
			[]string{"place:quxar-basin"}, []string{"place:quxar-basin-on-the-zorban"}},
		{"a convention on a subject", "Iran signed the Convention on the Law of the Sea.",
			[]string{"agreement:convention-on-the-law-of-the-sea"}, nil},
	})
}

// TestHeadInsideKnownPlace: a head word that ends a place the catalog
// knows ("West Bank") opens no organisation; "Non-" before a party's name
// makes it no party's name.
func TestHeadInsideKnownPlace(t *testing.T) {
	x := testExtractor(t)
	checkDetection(t, x, []detectCase{
		{"a known place with an of tail", "Israel captured the West Bank of the Jordan River in 1967.",
			[]string{"place:west-bank"}, []string{"organization:west-bank-of-the-jordan-river"}},
		{"a demonym before a known place", "It is encircled by the Israeli West Bank barrier.",
			[]string{"place:west-bank"}, []string{"organization:israeli-west-bank"}},
		{"a party's name after non", "Non-Quxist Party members sit in the front.",
			nil, []string{"organization:non-quxist-party"}},
		{"a bank's name", "The Quxar Bank of Zorba was sanctioned.",
			[]string{"organization:quxar-bank-of-zorba"}, nil},
	})
}
