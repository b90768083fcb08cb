package extract

import "testing"

// TestExecutionsAndCoups: the one who executes or overthrows takes part in
// the execution or the coup; threats, plans carried out and coups denied
// are none.
func TestExecutionsAndCoups(t *testing.T) {
	types := []string{"PARTICIPATED_IN", "HELD_IN"}
	const nimr = "event:incident:execution-of-nimr-al-nimr"
	tests := []struct {
		name      string
		lines     []string
		events    []string
		relations []string
	}{
		{"a state executed a person, described and dated",
			[]string{"[Saudi Arabia|country:saudi-arabia] executed a prominent Shia cleric [Nimr al-Nimr|person:nimr] on January 2, 2016."},
			[]string{nimr + " kind=incident date=2016-01-02 datePrecision=day dateText=January 2, 2016"},
			[]string{"PARTICIPATED_IN country:saudi-arabia " + nimr}},
		{"executed by a state, in the passive",
			[]string{"[Nimr al-Nimr|person:nimr] was executed by [Saudi Arabia|country:saudi-arabia]."},
			[]string{nimr + " kind=incident"},
			[]string{"PARTICIPATED_IN country:saudi-arabia " + nimr}},
		{"executed with no executor named",
			[]string{"[Saddam Hussein|person:saddam] was executed in December 2006."},
			[]string{"event:incident:execution-of-saddam-hussein kind=incident date=2006-12 datePrecision=month dateText=December 2006"},
			nil},
		{"executed in a city on a day",
			[]string{"[Iran|country:iran] executed wrestler [Navid Afkari|person:afkari] in [Shiraz|place:shiraz] on September 12, 2020."},
			[]string{"event:incident:execution-of-navid-afkari kind=incident date=2020-09-12 datePrecision=day dateText=September 12, 2020"},
			[]string{"PARTICIPATED_IN country:iran event:incident:execution-of-navid-afkari", "HELD_IN event:incident:execution-of-navid-afkari place:shiraz"}},
		{"executed at a prison in a city, in the passive",
			[]string{"[Navid Afkari|person:afkari] was executed at a prison in [Shiraz|place:shiraz]."},
			[]string{"event:incident:execution-of-navid-afkari kind=incident"},
			[]string{"HELD_IN event:incident:execution-of-navid-afkari place:shiraz"}},
		{"the home town of the person executed is no venue",
			[]string{"[Iran|country:iran] executed [Navid Afkari|person:afkari], a wrestler from [Shiraz|place:shiraz]."},
			[]string{"event:incident:execution-of-navid-afkari kind=incident"},
			[]string{"PARTICIPATED_IN country:iran event:incident:execution-of-navid-afkari"}},
		{"orders carried out are no execution",
			[]string{"[Iran|country:iran] executed orders from [Ali Khamenei|person:khamenei]."},
			nil, nil},
		{"a threat to execute is none",
			[]string{"[Iran|country:iran] threatened to execute [Jamshid Sharmahd|person:sharmahd]."},
			nil, nil},
		{"an execution denied is none",
			[]string{"[Iran|country:iran] never executed [Jamshid Sharmahd|person:sharmahd] in 2020."},
			nil, nil},
		{"deposed in a coup of a year by his son",
			[]string{"Sultan [Said bin Taimur|person:said|title=Sultan] was deposed in a bloodless coup (1970) by his son [Qaboos bin Said|person:qaboos]."},
			[]string{"event:coup:1970-coup kind=coup date=1970 datePrecision=year dateText=1970"},
			[]string{"PARTICIPATED_IN person:qaboos event:coup:1970-coup"}},
		{"who seized power in a coup of a month",
			[]string{"[Siad Barre|person:barre], who seized power in a coup in October 1969, signed a treaty."},
			[]string{"event:coup:1969-coup kind=coup date=1969-10 datePrecision=month dateText=October 1969"},
			[]string{"PARTICIPATED_IN person:barre event:coup:1969-coup"}},
		{"the coup of a day, led by its leader",
			[]string{"After the military coup of 12 September 1980, led by General [Kenan Evren|person:evren|title=General], the cadres fled."},
			[]string{"event:coup:1980-coup kind=coup date=1980-09-12 datePrecision=day dateText=12 September 1980"},
			[]string{"PARTICIPATED_IN person:evren event:coup:1980-coup"}},
		{"overthrown on a day by the one who made it",
			[]string{"[Hissène Habré|person:habre] ruled until he was overthrown.", "[Hissène Habré|person:habre] was overthrown on 1 December 1990 by his former army commander [Idriss Déby|person:deby]."},
			[]string{"event:coup:1990-12-01-coup kind=coup date=1990-12-01 datePrecision=day dateText=1 December 1990"},
			[]string{"PARTICIPATED_IN person:deby event:coup:1990-12-01-coup"}},
		{"a person who seized power on a day, at the sentence's end",
			[]string{"[Ibrahim Abboud|person:abboud] seized power on 17 November 1958."},
			[]string{"event:coup:1958-11-17-coup kind=coup date=1958-11-17 datePrecision=day dateText=17 November 1958"},
			[]string{"PARTICIPATED_IN person:abboud event:coup:1958-11-17-coup"}},
		{"a group that seized power is no coup of a person's",
			[]string{"The [Taliban|organization:taliban] seized power on 15 August 2021."},
			nil, nil},
		{"overthrew a ruler in a coup, dated by the sentence",
			[]string{"In 1970, [Qaboos bin Said|person:qaboos] overthrew his father in a coup."},
			[]string{"event:coup:1970-coup kind=coup date=1970 datePrecision=year dateText=1970"},
			[]string{"PARTICIPATED_IN person:qaboos event:coup:1970-coup"}},
		{"an overthrow of the government is a coup",
			[]string{"Colonel [Abdul Salam Arif|person:arif] overthrew the Hashimite monarchy on July 14, 1958."},
			[]string{"event:coup:1958-07-14-coup kind=coup date=1958-07-14 datePrecision=day dateText=July 14, 1958"},
			[]string{"PARTICIPATED_IN person:arif event:coup:1958-07-14-coup"}},
		{"two officers overthrew, an aside in brackets on the first",
			[]string{"[Abd al-Karim Qasim|person:qasim] (known as 'the leader') and [Abdul Salam Arif|person:arif] overthrew the Hashimite monarchy on July 14, 1958."},
			[]string{"event:coup:1958-07-14-coup kind=coup date=1958-07-14 datePrecision=day dateText=July 14, 1958"},
			[]string{"PARTICIPATED_IN person:arif event:coup:1958-07-14-coup", "PARTICIPATED_IN person:qasim event:coup:1958-07-14-coup"}},
		{"overthrown in a coup backed by two agencies",
			[]string{"[Mohammad Mosaddegh|person:mosaddegh] was overthrown in a coup backed by the [CIA|organization:cia] and [MI6|organization:mi6] in 1953."},
			[]string{"event:coup:1953-coup kind=coup date=1953 datePrecision=year dateText=1953"},
			[]string{"PARTICIPATED_IN organization:cia event:coup:1953-coup", "PARTICIPATED_IN organization:mi6 event:coup:1953-coup"}},
		{"ousted a ruler in a coup named after the deed",
			[]string{"In 1970, [Qaboos bin Said|person:qaboos] ousted his father, [Said bin Taimur|person:said], in the 1970 Omani coup d'état."},
			[]string{"event:coup:1970-omani-coup-d-etat kind=coup date=1970 datePrecision=year dateText=1970"},
			[]string{"PARTICIPATED_IN person:qaboos event:coup:1970-omani-coup-d-etat"}},
		{"one of a group who seized control in a named coup",
			[]string{"A small group of military officers, including [Hafez al-Assad|person:assad], seized control in the March 1963 Syrian coup d'etat."},
			[]string{"event:coup:march-1963-syrian-coup-d-etat kind=coup date=1963-03 datePrecision=month dateText=March 1963"},
			[]string{"PARTICIPATED_IN person:assad event:coup:march-1963-syrian-coup-d-etat"}},
		{"a coup led by a person, dated after him",
			[]string{"Following a coup d'état led by [Muammar Gaddafi|person:gaddafi] in 1969, the name of the state was changed."},
			[]string{"event:coup:1969-coup kind=coup date=1969 datePrecision=year dateText=1969"},
			[]string{"PARTICIPATED_IN person:gaddafi event:coup:1969-coup"}},
		{"a coup feared to be led by a person is none",
			[]string{"They feared a coup led by [Muammar Gaddafi|person:gaddafi] in 1969."},
			nil, nil},
		{"seized control of a state is no coup by itself",
			[]string{"In 1250, [Hafez al-Assad|person:assad] seized control of [Egypt|country:egypt]."},
			nil, nil},
		{"an overthrow of something else is no coup",
			[]string{"On July 14, 1958, [Abdul Salam Arif|person:arif] overthrew the old rules of chess."},
			nil, nil},
		{"a coup denied is none",
			[]string{"In 1970, [Qaboos bin Said|person:qaboos] did not overthrow his father in a coup."},
			nil, nil},
		{"an undated coup is not told from another",
			[]string{"[Qaboos bin Said|person:qaboos] overthrew his father in a coup."},
			nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEventRelations(t, "", tt.lines, types, tt.relations, tt.events)
		})
	}
}

// TestExecutionsInTheNews: a news item tells an execution in the present
// tense, of its publication day, and the person may be one of many
// executed; a threat is no execution.
func TestExecutionsInTheNews(t *testing.T) {
	const nimr = "event:incident:execution-of-nimr-al-nimr"
	checkEventCases(t, []string{"PARTICIPATED_IN"}, []eventCase{
		{"one of many executed, in the present", "2016-01-02",
			[]string{"[Saudi Arabia|country:saudi-arabia] executes 47 people, including Shia cleric [Nimr al-Nimr|person:nimr]."},
			[]string{nimr + " kind=incident date=2016-01-02 datePrecision=day dateText=publication date 2016-01-02"},
			[]string{"PARTICIPATED_IN country:saudi-arabia " + nimr}},
		{"a threat to execute is none", "2016-01-02",
			[]string{"[Saudi Arabia|country:saudi-arabia] threatens to execute [Nimr al-Nimr|person:nimr]."},
			nil, nil},
	})
}

// TestBroughtToPower: a coup "that brought X and Y to power" was carried
// out by them.
func TestBroughtToPower(t *testing.T) {
	const coup = "event:1989-sudanese-coup-detat"
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "a coup that brought a man and a party to power",
			text: "After the 1989 coup that brought Omar al-Bashir and the National Islamic Front of Hassan al-Turabi to power, relations deteriorated.",
			want: []string{"PARTICIPATED_IN person:omar-al-bashir " + coup, "PARTICIPATED_IN organization:national-islamic-front " + coup},
			not:  []string{"PARTICIPATED_IN person:hassan-al-turabi " + coup}},
		{name: "no power brought",
			text: "After the 1989 coup, Omar al-Bashir and the National Islamic Front met in Khartoum.",
			not:  []string{"PARTICIPATED_IN person:omar-al-bashir " + coup}},
	})
}
