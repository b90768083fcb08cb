package extract

import "testing"

// TestDetectionNamesWithDatesAndSites covers bodies named with a date or
// "General", places of dwellings and origins, languages after "in", and
// catalog events of the region.
func TestDetectionNamesWithDatesAndSites(t *testing.T) {
	x := testExtractor(t)
	tests := []detectCase{
		{"a month after a word inside a body's name", "Survivors formed the Black September Organization, a splinter group.", []string{"organization:black-september-organization"}, nil},
		{"a day opening a body's name", "Members of the 6 April Youth Movement protested.", []string{"organization:6-april-youth-movement"}, []string{"organization:youth-movement"}},
		{"a date before a body is no part of it", "In September Quxley Movement officials said.", []string{"organization:quxley-movement"}, []string{"organization:september-quxley-movement"}},
		{"a day after a month is no part of a body", "On March 14 Quxley Party members rallied.", []string{"organization:quxley-party"}, []string{"organization:14-quxley-party"}},
		{"general right before a body's head", "He led the General Union of Quxite Students.", []string{"organization:general-union-of-quxite-students"}, []string{"organization:union-of-quxite-students"}},
		{"a general's rank is no body's name", "General Zorbo Quxley commanded the Quxite Army.", []string{"person:zorbo-quxley"}, []string{"organization:general-zorbo-quxley-quxite-army"}},
		{"a compound in a place", "He was killed inside a compound in Quxabad.", []string{"place:quxabad"}, nil},
		{"a residence in a place", "Police raided his residence in Zorbistan.", []string{"place:zorbistan"}, nil},
		{"a family from a place", "He lived with a family from Quxistan.", []string{"place:quxistan"}, nil},
		{"a family from a catalog body is no place", "A family from Hamas visited.", nil, []string{"place:hamas"}},
		{"a home in someone's name is no place", "He bought a villa in Quxley Zorbani's name.", nil, []string{"place:quxley-zorbani"}},
		{"a language after in", "In French he is called Oussama.", nil, []string{"country:france"}},
		{"a language closing a phrase", "The book was written in Persian, then translated.", nil, []string{"country:iran"}},
		{"a language's spelling", "The French spelling differs.", nil, []string{"country:france"}},
		{"a state's waters after in", "Ships sailed in Iranian waters.", []string{"country:iran"}, nil},
		{"a coordinated demonym after in", "Troops moved in Iraqi and Syrian territory.", []string{"country:iraq", "country:syria"}, nil},
		{"a sun-letter article inside a name", "Prime Minister Nuri as-Quxid fled.", []string{"person:nuri-as-quxid"}, []string{"person:nuri"}},
		{"another sun-letter article", "He met Yusuf az-Zorbayr in Quxabad.", []string{"person:yusuf-az-zorbayr"}, nil},
		{"a spaced as is an English word", "He spoke as President Trump arrived.", []string{"person:donald-trump"}, nil},
		{"sheikh between a given name and a name word", "Khalid Sheikh Quxani planned the attacks.", []string{"person:khalid-sheikh-quxani"}, []string{"person:quxani"}},
		{"sheikh after a surname is a title", "Emir Sheikh Zorbo Quxley arrived.", nil, []string{"person:emir-sheikh-zorbo-quxley"}},
		{"a possessed kinship noun set off before a name", "His mother, Zorba Quxani, was from Latakia.", []string{"person:zorba-quxani"}, nil},
		{"a possessive's kinship noun set off before a name", "Quxley's brother, Zorbo Quxani, fled.", []string{"person:zorbo-quxani"}, nil},
		{"a kinship noun without a possessor is no evidence", "The mother, Zorba Quxani, was there.", nil, []string{"person:zorba-quxani"}},
		{"a historic state's demonym standing for it", "Baghdad remained under Ottoman rule until 1917.", []string{"country:ottoman-empire"}, nil},
		{"a demonym glued to language is a language", "In the French-language media, he is Quxley.", nil, []string{"country:france"}},
		{"a demonym glued to era is a period", "An Ottoman-era house stood there. Soviet-made tanks rolled.", nil, []string{"country:ottoman-empire", "country:soviet-union"}},
		{"an age set off by commas", "Zorbo Quxley, 45, was arrested on Tuesday.", []string{"person:zorbo-quxley"}, nil},
		{"a year set off by commas is no age", "Quxley Zorbani, 2019, was a hard year.", nil, []string{"person:quxley-zorbani"}},
		{"a counterpart before a name", "Quxley met his counterpart Zorbo Quxani in Cairo.", []string{"person:zorbo-quxani"}, nil},
		{"a suspect before a name", "Police named the suspect Quxar Zorbani.", []string{"person:quxar-zorbani"}, nil},
		{"a people's possessive inside a party's name", "He founded the Zorbite People's Party in 1970.", []string{"organization:zorbite-peoples-party"}, nil},
		{"a people's possessive inside an army's name", "The Quxland People's Liberation Army advanced.", []string{"organization:quxland-peoples-liberation-army"}, nil},
		{"a people's will is no body", "The Quxite people's will prevailed.", nil, []string{"organization:quxite-peoples-will"}},
		{"a hotel is a place", "Delegates met at the Quxley Hotel in Doha.", []string{"place:quxley-hotel"}, []string{"person:quxley-hotel"}},
		{"a place near which", "The rocket landed near Quxabad on Monday.", []string{"place:quxabad"}, nil},
		{"a place outside which", "Fighting spread outside Zorbiyeh.", []string{"place:zorbiyeh"}, nil},
		{"residents of a place opening a sentence", "Residents of Quxabad fled.", []string{"place:quxabad"}, nil},
		{"the governor of a place", "The governor of Zorbiyeh resigned.", []string{"place:zorbiyeh"}, nil},
		{"the mayor of a place before the mayor's name", "The mayor of Quxtown, Zorbo Quxley, spoke.", nil, []string{"place:zorbo-quxley"}},
		{"the shelling of a place", "The shelling of Zorbiyeh continued.", []string{"place:zorbiyeh"}, nil},
		{"a besieged place", "Troops besieged Quxabad for months.", []string{"place:quxabad"}, nil},
		{"near a person is no place", "He sat near Zorbo Quxley.", nil, []string{"place:zorbo-quxley"}},
		{"near a feast is a time", "They met near Christmas.", nil, []string{"place:christmas"}},
		{"a governor of a bank is no place's", "The governor of Quxite Central Bank spoke.", nil, []string{"place:quxite"}},
		{"the militant group before a name", "The militant group Quxat al-Haqq claimed the attack.", []string{"organization:quxat-al-haqq"}, []string{"person:quxat-al-haqq"}},
		{"the rebel group with a glued particle", "The rebel group Ahrar al-Quxar fought on.", []string{"organization:ahrar-al-quxar"}, nil},
		{"a terrorist organization before a name", "The terrorist organization Quxar Front was listed.", []string{"organization:quxar-front"}, nil},
		{"a kind of group before a verb is no name", "The rebel group said Zorbo Quxley was killed.", nil, []string{"organization:zorbo-quxley"}},
		{"a group without a kind is no evidence", "The group Zorbo Quxley led grew.", nil, []string{"organization:zorbo-quxley"}},
		{"an apposition calls the name a group", "Zorbat, an armed group based in Idlib, denied it.", []string{"organization:zorbat"}, nil},
		{"a group's founder in apposition is no group", "Zorbo Quxley, the group's founder, died.", nil, []string{"organization:zorbo-quxley"}},
		{"a company's founder in apposition is no company", "Zorbo Quxley, the company's founder, died.", nil, []string{"organization:zorbo-quxley"}},
		{"a group leader in apposition is no group", "Zorbo Quxley, a group leader, spoke.", nil, []string{"organization:zorbo-quxley"}},
		{"catalog wars", "The 9/11 attacks prompted the War on Terror. He had fought in the Soviet–Afghan War.",
			[]string{"event:september-11-attacks", "event:war-on-terror", "event:soviet-afghan-war"}, nil},
		{"a catalog invasion of a state", "Following an Anglo-Soviet invasion of Iran, the Shah abdicated.", []string{"event:anglo-soviet-invasion-of-iran"}, nil},
	}
	checkDetection(t, x, tests)
}

// TestQuarterNames: a name before a lower-case "quarter" is a place named
// with its noun; a quarter of a year is none.
func TestQuarterNames(t *testing.T) {
	x := testExtractor(t)
	checkDetection(t, x, []detectCase{
		{"a city's quarter", "He lived in the Zorba quarter of Baghdad.", []string{"place:zorba-quarter"}, nil},
		{"a quarter of a year", "Sales rose in the first quarter of 2020.", nil, []string{"place:first-quarter"}},
	})
}
