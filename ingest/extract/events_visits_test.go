package extract

import "testing"

// TestVisits: dated visits to a place, with their visitors.
func TestVisits(t *testing.T) {
	tests := []struct {
		name      string
		published string
		line      string
		want      []string
	}{
		{"visitors of a state on a day, joined by another", "2023-04-14",
			"[Brett McGurk|person:mcgurk] and [Amos Hochstein|person:hochstein] visited [Saudi Arabia|country:saudi-arabia] April 13 and 14, joined for talks by [Tim Lenderking|person:lenderking].",
			[]string{
				"PARTICIPATED_IN person:mcgurk event:visit:hochstein-lenderking-mcgurk-to-saudi-arabia:2023-04-13",
				"PARTICIPATED_IN person:hochstein event:visit:hochstein-lenderking-mcgurk-to-saudi-arabia:2023-04-13",
				"PARTICIPATED_IN person:lenderking event:visit:hochstein-lenderking-mcgurk-to-saudi-arabia:2023-04-13",
				"HELD_IN event:visit:hochstein-lenderking-mcgurk-to-saudi-arabia:2023-04-13 country:saudi-arabia",
			}},
		{"a day without its year on a page telling a history is of the paragraph's year", "2025-08-12",
			"On 4 November 2017 Hariri resigned; [Emmanuel Macron|person:macron] flew to [Riyadh|place:riyadh] on 9 November.",
			[]string{
				"PARTICIPATED_IN person:macron event:visit:macron-to-riyadh:2017-11-09",
				"HELD_IN event:visit:macron-to-riyadh:2017-11-09 place:riyadh",
			}},
		{"a year opening the sentence without a comma, before the visitor's name", "2025-01-01",
			"In 1994 [Nursultan Nazarbayev|person:nazarbayev] visited [Moscow|place:moscow].",
			[]string{
				"PARTICIPATED_IN person:nazarbayev event:visit:nazarbayev-to-moscow:1994",
				"HELD_IN event:visit:nazarbayev-to-moscow:1994 place:moscow",
			}},
		{"the host met is the visitor's counterpart", "2025-01-01",
			"[Ilham Aliyev|person:aliyev] paid a state visit to [Tbilisi|place:tbilisi] in March 2012, where he met his [Georgian|country:georgia|demonym] counterpart, [Mikheil Saakashvili|person:saakashvili].",
			[]string{
				"PARTICIPATED_IN person:aliyev event:visit:aliyev-to-tbilisi:2012-03",
				"PARTICIPATED_IN person:saakashvili event:visit:aliyev-to-tbilisi:2012-03",
				"MET_WITH person:aliyev person:saakashvili",
				"HELD_IN event:visit:aliyev-to-tbilisi:2012-03 place:tbilisi",
			}},
		{"the host met after the place, the visitor unsaid before 'met'", "2025-01-01",
			"Foreign Minister [Ayman Safadi|person:safadi|title=Foreign Minister] visited [Damascus|place:damascus] in February 2023 and met [Bashar al-Assad|person:assad].",
			[]string{
				"PARTICIPATED_IN person:safadi event:visit:safadi-to-damascus:2023-02",
				"PARTICIPATED_IN person:assad event:visit:safadi-to-damascus:2023-02",
				"MET_WITH person:assad person:safadi",
				"HELD_IN event:visit:safadi-to-damascus:2023-02 place:damascus",
			}},
		{"a first foreign trip as president", "2024-01-01",
			"[Shavkat Mirziyoyev|person:mirziyoyev] made his first foreign trip as president to [Ashgabat|place:ashgabat] in March 2017.",
			[]string{
				"PARTICIPATED_IN person:mirziyoyev event:visit:mirziyoyev-to-ashgabat:2017-03",
				"HELD_IN event:visit:mirziyoyev-to-ashgabat:2017-03 place:ashgabat",
			}},
		{"a first trip abroad since a war began, and the host met", "2024-01-01",
			"[Abdel Fattah al-Burhan|person:burhan] made his first trip abroad since the war began to [El Alamein|place:alamein] on 29 August 2023, where he met [Abdel Fattah el-Sisi|person:sisi].",
			[]string{
				"PARTICIPATED_IN person:burhan event:visit:burhan-to-alamein:2023-08-29",
				"PARTICIPATED_IN person:sisi event:visit:burhan-to-alamein:2023-08-29",
				"MET_WITH person:burhan person:sisi",
				"HELD_IN event:visit:burhan-to-alamein:2023-08-29 place:alamein",
			}},
		{"a delegation led there", "2025-12-01",
			"Prime Minister [Nawaf Salam|person:salam|title=Prime Minister] led a ministerial delegation to [Damascus|place:damascus] on 14 April 2025.",
			[]string{
				"PARTICIPATED_IN person:salam event:visit:salam-to-damascus:2025-04-14",
				"HELD_IN event:visit:salam-to-damascus:2025-04-14 place:damascus",
			}},
		{"a first trip abroad as president", "2025-12-01",
			"[Ahmed al-Sharaa|person:sharaa] made his first trip abroad as president to [Riyadh|place:riyadh] on 2 February 2025.",
			[]string{
				"PARTICIPATED_IN person:sharaa event:visit:sharaa-to-riyadh:2025-02-02",
				"HELD_IN event:visit:sharaa-to-riyadh:2025-02-02 place:riyadh",
			}},
		{"a visit made, told in a chronology's present", "2006-08-20",
			"July 24, 2006 - [Condoleezza Rice|person:rice] makes an unannounced visit to [Beirut|place:beirut].",
			[]string{
				"PARTICIPATED_IN person:rice event:visit:rice-to-beirut:2006-07-24",
				"HELD_IN event:visit:rice-to-beirut:2006-07-24 place:beirut",
			}},
		{"a headline in the present, dated by its publication", "2022-06-16",
			"[Emmanuel Macron|person:macron] and [Olaf Scholz|person:scholz] visit [Kyiv|place:kyiv].",
			[]string{
				"PARTICIPATED_IN person:macron event:visit:macron-scholz-to-kyiv:2022-06-16",
				"PARTICIPATED_IN person:scholz event:visit:macron-scholz-to-kyiv:2022-06-16",
				"HELD_IN event:visit:macron-scholz-to-kyiv:2022-06-16 place:kyiv",
			}},
		{"an arrival told in a headline's present, dated by its publication", "2021-03-05",
			"[Francis|person:francis] arrives in [Baghdad|place:baghdad] on the first papal visit to [Iraq|country:iraq].",
			[]string{
				"PARTICIPATED_IN person:francis event:visit:francis-to-baghdad:2021-03-05",
				"HELD_IN event:visit:francis-to-baghdad:2021-03-05 place:baghdad",
			}},
		{"a visit made by a president of a state, who met the host", "",
			"In November 2007, President [Mahmoud Ahmadinejad|person:ahmadinejad] of [Iran|country:iran] made his first official visit to [Bahrain|country:bahrain] and met with [Hamad bin Isa Al Khalifa|person:hamad].",
			[]string{
				"PARTICIPATED_IN person:ahmadinejad event:visit:ahmadinejad-to-bahrain:2007-11",
				"PARTICIPATED_IN person:hamad event:visit:ahmadinejad-to-bahrain:2007-11",
				"HELD_IN event:visit:ahmadinejad-to-bahrain:2007-11 country:bahrain",
				"MET_WITH person:ahmadinejad person:hamad",
			}},
		{"a visit told with its occasion and tour before the host met", "",
			"[Mohammed bin Salman|person:mbs] made his first visit to [Doha|place:doha] since the crisis on 8 December 2021, during a Gulf tour, and met [Tamim|person:tamim] at the Amiri Diwan.",
			[]string{
				"PARTICIPATED_IN person:mbs event:visit:mbs-to-doha:2021-12-08",
				"PARTICIPATED_IN person:tamim event:visit:mbs-to-doha:2021-12-08",
				"HELD_IN event:visit:mbs-to-doha:2021-12-08 place:doha",
				"MET_WITH person:mbs person:tamim",
			}},
		{"the visit of someone to a state", "",
			"In March 2021 the Prime Minister welcomed the historic visit of Pope [Francis|person:francis] to [Iraq|country:iraq].",
			[]string{
				"PARTICIPATED_IN person:francis event:visit:francis-to-iraq:2021-03",
				"HELD_IN event:visit:francis-to-iraq:2021-03 country:iraq",
			}},
		{"an arrival often made is no visit", "2021-03-05",
			"[Francis|person:francis] often arrives in [Baghdad|place:baghdad] by air.",
			nil},
		{"armed forces arriving are no visit", "",
			"[Iranian|country:iran|demonym] troops arrived in [Dhofar|place:dhofar] in 1973.",
			nil},
		{"a possessor's visit to a city on a day", "",
			"[Nawaz Sharif|person:sharif]'s visit to [Riyadh|place:riyadh] on January 18, 2016 was short.",
			[]string{
				"PARTICIPATED_IN person:sharif event:visit:sharif-to-riyadh:2016-01-18",
				"HELD_IN event:visit:sharif-to-riyadh:2016-01-18 place:riyadh",
			}},
		{"a visit to hold discussions with the host, metonym of its state", "2012-02-07",
			"[Sergey Lavrov|person:lavrov], the Foreign Minister of [Russia|country:russia], visits [Damascus|place:damascus|metonym=country:syria] to hold discussions with [Bashar al-Assad|person:assad].",
			[]string{
				"PARTICIPATED_IN person:lavrov event:visit:lavrov-to-damascus:2012-02-07",
				"PARTICIPATED_IN person:assad event:visit:lavrov-to-damascus:2012-02-07",
				"HELD_IN event:visit:lavrov-to-damascus:2012-02-07 place:damascus",
				"MET_WITH person:assad person:lavrov",
			}},
		{"leaders who arrive in a city on a day visit it", "",
			"[Bashar al-Assad|person:assad] and [Abdullah|person:abdullah] arrive in [Beirut|place:beirut] on July 30, 2010.",
			[]string{
				"PARTICIPATED_IN person:assad event:visit:abdullah-assad-to-beirut:2010-07-30",
				"PARTICIPATED_IN person:abdullah event:visit:abdullah-assad-to-beirut:2010-07-30",
				"HELD_IN event:visit:abdullah-assad-to-beirut:2010-07-30 place:beirut",
			}},
		{"a visit to a region of a state is a visit to the state", "",
			"[Hamad bin Khalifa|person:hamad] visits southern [Lebanon|country:lebanon] on July 31, 2010.",
			[]string{
				"PARTICIPATED_IN person:hamad event:visit:hamad-to-lebanon:2010-07-31",
				"HELD_IN event:visit:hamad-to-lebanon:2010-07-31 country:lebanon",
			}},
		{"the host met where the visitor went", "",
			"[Nawaz Sharif|person:sharif] visited [Riyadh|place:riyadh] on January 18, 2016, where he met King [Salman|person:salman|title=King].",
			[]string{
				"PARTICIPATED_IN person:sharif event:visit:sharif-to-riyadh:2016-01-18",
				"PARTICIPATED_IN person:salman event:visit:sharif-to-riyadh:2016-01-18",
				"HELD_IN event:visit:sharif-to-riyadh:2016-01-18 place:riyadh",
				"MET_WITH person:salman person:sharif",
			}},
		{"the first visit by an office holder, meeting two hosts", "",
			"[Naftali Bennett|person:bennett] made the first visit by an Israeli prime minister to [Bahrain|country:bahrain] in February 2022, meeting King [Hamad|person:hamad|title=King] and Crown Prince [Salman|person:salman|title=Crown Prince].",
			[]string{
				"PARTICIPATED_IN person:bennett event:visit:bennett-to-bahrain:2022-02",
				"PARTICIPATED_IN person:hamad event:visit:bennett-to-bahrain:2022-02",
				"PARTICIPATED_IN person:salman event:visit:bennett-to-bahrain:2022-02",
				"HELD_IN event:visit:bennett-to-bahrain:2022-02 country:bahrain",
				"MET_WITH person:bennett person:hamad",
				"MET_WITH person:bennett person:salman",
			}},
		{"a state visit and the host who received the visitor", "",
			"King [Abdulaziz|person:abdulaziz] paid a state visit to [Egypt|country:egypt] in January 1946 and was received in [Cairo|place:cairo] by King [Farouk|person:farouk|title=King].",
			[]string{
				"PARTICIPATED_IN person:abdulaziz event:visit:abdulaziz-to-egypt:1946-01",
				"PARTICIPATED_IN person:farouk event:visit:abdulaziz-to-egypt:1946-01",
				"HELD_IN event:visit:abdulaziz-to-egypt:1946-01 country:egypt",
				"MET_WITH person:abdulaziz person:farouk",
			}},
		{"a visit by an office holder told after the place, meeting a host named after his office, on a day an opening clause does not give", "",
			"After the fall of the regime in December 2024, Prime Minister [Najib Mikati|person:mikati] made the first visit to [Damascus|place:damascus] by a Lebanese head of government in years, meeting the new Syrian leader, [Ahmed al-Sharaa|person:sharaa], on 11 January 2025.",
			[]string{
				"PARTICIPATED_IN person:mikati event:visit:mikati-to-damascus:2025-01-11",
				"PARTICIPATED_IN person:sharaa event:visit:mikati-to-damascus:2025-01-11",
				"HELD_IN event:visit:mikati-to-damascus:2025-01-11 place:damascus",
				"MET_WITH person:mikati person:sharaa",
			}},
		{"a visit to a place by a visitor", "",
			"Following a visit to [Damascus|place:damascus] by President [Michel Suleiman|person:suleiman|title=President] in August 2008, relations were restored.",
			[]string{
				"PARTICIPATED_IN person:suleiman event:visit:suleiman-to-damascus:2008-08",
				"HELD_IN event:visit:suleiman-to-damascus:2008-08 place:damascus",
			}},
		{"a visit by a visitor to a place", "",
			"After a visit by Foreign Minister [Hakan Fidan|person:fidan] to [Baghdad|place:baghdad] in March 2024, the council met.",
			[]string{
				"PARTICIPATED_IN person:fidan event:visit:fidan-to-baghdad:2024-03",
				"HELD_IN event:visit:fidan-to-baghdad:2024-03 place:baghdad",
			}},
		{"a trip to a place by a visitor named after his office", "",
			"It was followed in February 2025 by a trip to [Ankara|place:ankara] by the new Syrian leader, [Ahmed al-Sharaa|person:sharaa].",
			[]string{
				"PARTICIPATED_IN person:sharaa event:visit:sharaa-to-ankara:2025-02",
				"HELD_IN event:visit:sharaa-to-ankara:2025-02 place:ankara",
			}},
		{"during a visit to a place, the subject", "",
			"On 13 May 2025, during a visit to [Riyadh|place:riyadh], President [Donald Trump|person:trump|title=President] announced that he would lift all sanctions on [Syria|country:syria].",
			[]string{
				"PARTICIPATED_IN person:trump event:visit:trump-to-riyadh:2025-05-13",
				"HELD_IN event:visit:trump-to-riyadh:2025-05-13 place:riyadh",
			}},
		{"during a state visit, a demonym before the subject's title", "",
			"During a state visit to [Beijing|place:beijing] in March 2023, [Saudi|country:saudi-arabia|demonym] Crown Prince [Mohammed bin Salman|person:mbs|title=Crown Prince] signed deals.",
			[]string{
				"PARTICIPATED_IN person:mbs event:visit:mbs-to-beijing:2023-03",
				"HELD_IN event:visit:mbs-to-beijing:2023-03 place:beijing",
			}},
		{"during a visit, a subject that is no person", "",
			"During a visit to [Beijing|place:beijing] in March 2023, [Iran|country:iran] signed deals.",
			nil},
		{"a visit to a place by a state is no visitor's", "",
			"Following a visit to [Damascus|place:damascus] by [Lebanon|country:lebanon] in August 2008, relations were restored.",
			nil},
		{"what a visit included", "",
			"[Faisal bin Farhan|person:faisal]'s visit to [Tehran|place:tehran] in June 2023 included a meeting with President [Ebrahim Raisi|person:raisi|title=President].",
			[]string{
				"PARTICIPATED_IN person:faisal event:visit:faisal-to-tehran:2023-06",
				"PARTICIPATED_IN person:raisi event:visit:faisal-to-tehran:2023-06",
				"HELD_IN event:visit:faisal-to-tehran:2023-06 place:tehran",
				"MET_WITH person:faisal person:raisi",
			}},
		{"a journey to meet a host", "2025-04-13",
			"[Abbas Araghchi|person:araghchi] travelled to [Muscat|place:muscat] on Saturday to meet [Badr Albusaidi|person:albusaidi].",
			[]string{
				"PARTICIPATED_IN person:araghchi event:visit:araghchi-to-muscat:2025-04-12",
				"PARTICIPATED_IN person:albusaidi event:visit:araghchi-to-muscat:2025-04-12",
				"HELD_IN event:visit:araghchi-to-muscat:2025-04-12 place:muscat",
				"MET_WITH person:albusaidi person:araghchi",
			}},
		{"a host not met takes no part", "",
			"[Nawaz Sharif|person:sharif] visited [Riyadh|place:riyadh] on January 18, 2016, where he did not meet King [Salman|person:salman|title=King].",
			[]string{
				"PARTICIPATED_IN person:sharif event:visit:sharif-to-riyadh:2016-01-18",
				"HELD_IN event:visit:sharif-to-riyadh:2016-01-18 place:riyadh",
			}},
		{"two stops of one journey, each on its day", "2016-01-20",
			"[Nawaz Sharif|person:sharif] visited [Riyadh|place:riyadh] on Monday and [Tehran|place:tehran] on Tuesday.",
			[]string{
				"PARTICIPATED_IN person:sharif event:visit:sharif-to-riyadh:2016-01-18",
				"HELD_IN event:visit:sharif-to-riyadh:2016-01-18 place:riyadh",
				"PARTICIPATED_IN person:sharif event:visit:sharif-to-tehran:2016-01-19",
				"HELD_IN event:visit:sharif-to-tehran:2016-01-19 place:tehran",
			}},
		{"a state that starts a new clause is no second stop", "2016-01-20",
			"[Nawaz Sharif|person:sharif] visited [Riyadh|place:riyadh] on Monday and [Iran|country:iran] on Tuesday condemned the visit.",
			[]string{
				"PARTICIPATED_IN person:sharif event:visit:sharif-to-riyadh:2016-01-18",
				"HELD_IN event:visit:sharif-to-riyadh:2016-01-18 place:riyadh",
			}},
		{"two stops announced for their days", "2016-01-17",
			"[Nawaz Sharif|person:sharif] will visit [Riyadh|place:riyadh] on Monday and [Tehran|place:tehran] on Tuesday.",
			[]string{
				"PARTICIPATED_IN person:sharif event:visit:sharif-to-riyadh:2016-01-18",
				"HELD_IN event:visit:sharif-to-riyadh:2016-01-18 place:riyadh",
				"PARTICIPATED_IN person:sharif event:visit:sharif-to-tehran:2016-01-19",
				"HELD_IN event:visit:sharif-to-tehran:2016-01-19 place:tehran",
			}},
		{"a visitor's relative clause", "",
			"[Hassan Rouhani|person:rouhani], who visited [Oman|country:oman] in 2017, praised the sultan.",
			[]string{
				"PARTICIPATED_IN person:rouhani event:visit:rouhani-to-oman:2017",
				"HELD_IN event:visit:rouhani-to-oman:2017 country:oman",
			}},
		{"a year inside a possessor's visit", "",
			"[Richard Nixon|person:nixon]'s 1972 visit to [China|country:china] changed the world.",
			[]string{
				"PARTICIPATED_IN person:nixon event:visit:nixon-to-china:1972",
				"HELD_IN event:visit:nixon-to-china:1972 country:china",
			}},
		{"journeys made again and again are no one visit", "",
			"[Benazir Bhutto|person:bhutto] repeatedly traveled to [China|country:china] in 1993.",
			nil},
		{"a journey planned is none", "2016-01-17",
			"[Nawaz Sharif|person:sharif] plans to travel to [Riyadh|place:riyadh] on Monday.",
			nil},
		{"a visit announced for a day", "2016-01-17",
			"[Nawaz Sharif|person:sharif] will visit [Riyadh|place:riyadh] on Monday.",
			[]string{
				"PARTICIPATED_IN person:sharif event:visit:sharif-to-riyadh:2016-01-18",
				"HELD_IN event:visit:sharif-to-riyadh:2016-01-18 place:riyadh",
			}},
		{"a visit due on a date", "2016-01-17",
			"[Recep Tayyip Erdogan|person:erdogan] is due to visit [Tehran|place:tehran] on January 25.",
			[]string{
				"PARTICIPATED_IN person:erdogan event:visit:erdogan-to-tehran:2016-01-25",
				"HELD_IN event:visit:erdogan-to-tehran:2016-01-25 place:tehran",
			}},
		{"a visit announced for a year is none", "2016-01-17",
			"[Nawaz Sharif|person:sharif] will visit [Riyadh|place:riyadh] next year.",
			nil},
		{"a visit in doubt is none", "2016-01-17",
			"It is unclear whether [Nawaz Sharif|person:sharif] will visit [Riyadh|place:riyadh] on Monday.",
			nil},
		{"a visit that will not happen is none", "2016-01-17",
			"[Nawaz Sharif|person:sharif] will not visit [Riyadh|place:riyadh] on Monday.",
			nil},
		{"an undated visit in the past is none", "",
			"[Nawaz Sharif|person:sharif] visited [Riyadh|place:riyadh].",
			nil},
		{"visiting a person is a meeting, not a visit to a place", "2016-01-17",
			"[Nawaz Sharif|person:sharif] visits [Hassan Rouhani|person:rouhani].",
			nil},
		{"a visitor with the body he serves", "",
			"Prime Minister [Zorbo Quxley|person:zq] of the Government of National Unity visited [Cairo|place:cairo] in April 2021.",
			[]string{
				"PARTICIPATED_IN person:zq event:visit:zq-to-cairo:2021-04",
				"HELD_IN event:visit:zq-to-cairo:2021-04 place:cairo",
			}},
		{"a visit to a person in a place", "",
			"King [Zorbo Quxley|person:zq] visited [Kamal Quxani|person:kq] in [Cairo|place:cairo] in 1960.",
			[]string{
				"PARTICIPATED_IN person:zq event:visit:zq-to-cairo:1960",
				"PARTICIPATED_IN person:kq event:visit:zq-to-cairo:1960",
				"HELD_IN event:visit:zq-to-cairo:1960 place:cairo",
				"MET_WITH person:kq person:zq",
			}},
		{"a visit to a person at a home in a place", "",
			"[Zorbo Quxley|person:zq] visited [Kamal Quxani|person:kq] at his ranch in [Crawford|place:crawford] in August 2002.",
			[]string{
				"PARTICIPATED_IN person:zq event:visit:zq-to-crawford:2002-08",
				"PARTICIPATED_IN person:kq event:visit:zq-to-crawford:2002-08",
				"HELD_IN event:visit:zq-to-crawford:2002-08 place:crawford",
				"MET_WITH person:kq person:zq",
			}},
		{"an undated visit to a person is none", "",
			"[Zorbo Quxley|person:zq] visited [Kamal Quxani|person:kq] in [Cairo|place:cairo].",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, tt.published, []string{tt.line}, []string{"PARTICIPATED_IN", "HELD_IN", "MET_WITH"}, nil, tt.want)
		})
	}
}

// TestVisitsListed: each place of a list visited is a visit of its own,
// on the date the list shares. The sentence follows another one, so that
// it does not start at the document's first byte: the list's second
// place once dated itself from byte 0 and sliced the text backwards
// (a panic the one-sentence tests never met).
func TestVisitsListed(t *testing.T) {
	const opener = "[Iran|country:iran] said so."
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"two places", []string{opener, "[Abbas Araghchi|person:araghchi] visited [Kuwait|country:kuwait] and [Oman|country:oman] on May 4, 2025."},
			[]string{
				"PARTICIPATED_IN person:araghchi event:visit:araghchi-to-kuwait:2025-05-04",
				"HELD_IN event:visit:araghchi-to-kuwait:2025-05-04 country:kuwait",
				"PARTICIPATED_IN person:araghchi event:visit:araghchi-to-oman:2025-05-04",
				"HELD_IN event:visit:araghchi-to-oman:2025-05-04 country:oman",
			}},
		{"three places, the date first", []string{opener, "On May 4, 2025, [Abbas Araghchi|person:araghchi] visited [Kuwait|country:kuwait], [Qatar|country:qatar] and [Oman|country:oman]."},
			[]string{
				"PARTICIPATED_IN person:araghchi event:visit:araghchi-to-kuwait:2025-05-04",
				"HELD_IN event:visit:araghchi-to-kuwait:2025-05-04 country:kuwait",
				"PARTICIPATED_IN person:araghchi event:visit:araghchi-to-qatar:2025-05-04",
				"HELD_IN event:visit:araghchi-to-qatar:2025-05-04 country:qatar",
				"PARTICIPATED_IN person:araghchi event:visit:araghchi-to-oman:2025-05-04",
				"HELD_IN event:visit:araghchi-to-oman:2025-05-04 country:oman",
			}},
		{"a place after the list's verb is no stop", []string{opener, "[Abbas Araghchi|person:araghchi] visited [Kuwait|country:kuwait] on May 4, 2025 and praised [Oman|country:oman]."},
			[]string{
				"PARTICIPATED_IN person:araghchi event:visit:araghchi-to-kuwait:2025-05-04",
				"HELD_IN event:visit:araghchi-to-kuwait:2025-05-04 country:kuwait",
			}},
		{"a visit denied, listed", []string{opener, "[Abbas Araghchi|person:araghchi] never visited [Kuwait|country:kuwait] and [Oman|country:oman] in 2025."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"PARTICIPATED_IN", "HELD_IN"}, nil, tt.want)
		})
	}
}

// TestVisitsListedByLine: a page's list of visits, one a line, "DATE:
// VISITOR to PLACE".
func TestVisitsListedByLine(t *testing.T) {
	const opener = "[Iran|country:iran] and [Pakistan|country:pakistan] exchange visits."
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a year, a titled visitor and a capital", []string{opener, "2016: President [Hassan Rouhani|person:rouhani|title=President] to [Islamabad|place:islamabad]"},
			[]string{
				"PARTICIPATED_IN person:rouhani event:visit:rouhani-to-islamabad:2016",
				"HELD_IN event:visit:rouhani-to-islamabad:2016 place:islamabad",
			}},
		{"a month and a note after the place", []string{opener, "November 2019: [Fayez al-Sarraj|person:sarraj] to [Istanbul|place:istanbul] (talks on maritime borders)"},
			[]string{
				"PARTICIPATED_IN person:sarraj event:visit:sarraj-to-istanbul:2019-11",
				"HELD_IN event:visit:sarraj-to-istanbul:2019-11 place:istanbul",
			}},
		{"two visitors", []string{opener, "2019: [Imran Khan|person:khan] and [Shah Mahmood Qureshi|person:qureshi] to [Tehran|place:tehran]"},
			[]string{
				"PARTICIPATED_IN person:khan event:visit:khan-qureshi-to-tehran:2019",
				"PARTICIPATED_IN person:qureshi event:visit:khan-qureshi-to-tehran:2019",
				"HELD_IN event:visit:khan-qureshi-to-tehran:2019 place:tehran",
			}},
		{"a journey to a gathering the page told of", []string{"On 27 June 2021 [Baghdad|place:baghdad] hosted the third summit, attended by [Kamal Quxani|person:kq].", "27 June 2021: [Zorbo Quxley|person:zq] to [Baghdad|place:baghdad] (tripartite summit)"},
			[]string{
				"PARTICIPATED_IN person:kq event:summit:baghdad:2021-06-27",
				"PARTICIPATED_IN person:zq event:summit:baghdad:2021-06-27",
				"HELD_IN event:summit:baghdad:2021-06-27 place:baghdad",
			}},
		{"a tour of three places is left alone", []string{opener, "2024: [Ebrahim Raisi|person:raisi] to [Islamabad|place:islamabad], [Lahore|place:lahore] and [Karachi|place:karachi]"},
			nil},
		{"a sentence going on after the place is no list line", []string{opener, "2019: [Imran Khan|person:khan] wrote to [Tehran|place:tehran] about the border."},
			nil},
		{"a visitor and a place, then the dates of two visits", []string{opener, "[Imran Khan|person:khan] to [Tehran|place:tehran], September 2019 and April 2021"},
			[]string{
				"PARTICIPATED_IN person:khan event:visit:khan-to-tehran:2019-09",
				"HELD_IN event:visit:khan-to-tehran:2019-09 place:tehran",
				"PARTICIPATED_IN person:khan event:visit:khan-to-tehran:2021-04",
				"HELD_IN event:visit:khan-to-tehran:2021-04 place:tehran",
			}},
		{"a listed visit the page told before is that one", []string{"[Imran Khan|person:khan] made a state visit to [Iran|country:iran] in September 2019.", "[Imran Khan|person:khan] to [Tehran|place:tehran], September 2019"},
			[]string{
				"PARTICIPATED_IN person:khan event:visit:khan-to-iran:2019-09",
				"HELD_IN event:visit:khan-to-iran:2019-09 country:iran",
			}},
		{"a line going on after its date is no list line", []string{opener, "[Imran Khan|person:khan] to [Tehran|place:tehran], September 2019, was a failure"},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"PARTICIPATED_IN", "HELD_IN"}, nil, tt.want)
		})
	}
}

// TestVisitsOfTheDay: a visit told in an aside about the visitor is the
// news of the day the clause after it tells in the present tense; one told
// by its verb in the past tense by a story of the day is of that day,
// unless the sentence makes it background.
func TestVisitsOfTheDay(t *testing.T) {
	const ev = "event:visit:clinton-to-kabul:2011-10-20"
	tests := []struct {
		name, line string
		want       []string
	}{
		{"an aside with the news after it", "Secretary of State [Hillary Clinton|person:clinton], on a visit to [Kabul|place:kabul], says the death marks the end of a chapter.",
			[]string{"PARTICIPATED_IN person:clinton " + ev, "HELD_IN " + ev + " place:kabul"}},
		{"an aside with a past clause after it", "Secretary of State [Hillary Clinton|person:clinton], on a visit to [Kabul|place:kabul], said in 2009 that the war was long.",
			nil},
		{"a journey told in the past by a story of the day", "[Hillary Clinton|person:clinton] visited [Kabul|place:kabul].",
			[]string{"PARTICIPATED_IN person:clinton " + ev, "HELD_IN " + ev + " place:kabul"}},
		{"a journey told as background", "[Hillary Clinton|person:clinton], who also visited [Kabul|place:kabul] this week, welcomes the agreement.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "2011-10-20", []string{tt.line}, []string{"PARTICIPATED_IN", "HELD_IN"}, nil, tt.want)
		})
	}
}

// TestVisitsOfAPlaceInAState: "traveled to Aqaba, Jordan," is one visit,
// to Aqaba; the state after the comma says where Aqaba is.
func TestVisitsOfAPlaceInAState(t *testing.T) {
	const ev = "event:visit:blinken-to-aqaba:2024-12-14"
	checkRelations(t, "2024-12-15", []string{"[Antony Blinken|person:blinken] traveled to [Aqaba|place:aqaba], [Jordan|country:jordan], on Saturday."},
		[]string{"PARTICIPATED_IN", "HELD_IN"}, nil, []string{"PARTICIPATED_IN person:blinken " + ev, "HELD_IN " + ev + " place:aqaba"})
}

// TestListedVisitMention: a visit listed with its date last ("Abdullah Gül
// to Baku, August 2010") is mentioned by the whole line, date and all.
func TestListedVisitMention(t *testing.T) {
	x := testExtractor(t)
	res := x.Extract(docOf("Azerbaijan and Turkey exchange visits.\nAbdullah Gül to Baku, August 2010"))
	for _, e := range res.Entities {
		if e.Type != "Event" {
			continue
		}
		for _, m := range e.Mentions {
			if m.Text == "Abdullah Gül to Baku, August 2010" {
				return
			}
		}
		t.Fatalf("visit %s: mentions %+v, want one of the whole line", e.ID, e.Mentions)
	}
	t.Fatal("no visit found")
}
