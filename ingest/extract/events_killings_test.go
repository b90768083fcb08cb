package extract

import "testing"

// TestKillings: the killing or assassination of a named person is an
// event of its killer, held where it happened; a death with no killer,
// threats, denials and claims give none.
func TestKillings(t *testing.T) {
	types := []string{"PARTICIPATED_IN", "HELD_IN"}
	tests := []struct {
		name   string
		lines  []string
		events []string
		want   []string
	}{
		{"shot and killed by a unit, in a town",
			[]string{"On May 2, 2011, [Osama bin Laden|person:obl] was shot and killed by [United States Navy SEALs|organization:seals] in [Abbottabad|place:abbottabad]."},
			[]string{"event:incident:killing-of-osama-bin-laden kind=incident date=2011-05-02 datePrecision=day dateText=May 2, 2011"},
			[]string{"PARTICIPATED_IN organization:seals event:incident:killing-of-osama-bin-laden", "HELD_IN event:incident:killing-of-osama-bin-laden place:abbottabad"}},
		{"killed in a state's strike",
			[]string{"[Ahmed Yassin|person:yassin] was killed in an [Israeli|country:israel|demonym] helicopter strike in [Gaza|place:gaza] in 2004."},
			[]string{"event:incident:killing-of-ahmed-yassin kind=incident date=2004 datePrecision=year dateText=2004"},
			[]string{"PARTICIPATED_IN country:israel event:incident:killing-of-ahmed-yassin", "HELD_IN event:incident:killing-of-ahmed-yassin place:gaza"}},
		{"who was killed by a state's strike",
			[]string{"He succeeded [Abbas Quxawi|person:quxawi], who was killed by an [Israeli|country:israel|demonym] helicopter strike in February 1992."},
			[]string{"event:incident:killing-of-abbas-quxawi kind=incident date=1992-02 datePrecision=month dateText=February 1992"},
			[]string{"PARTICIPATED_IN country:israel event:incident:killing-of-abbas-quxawi"}},
		{"killed by a state's commandos",
			[]string{"[Kamal Adwan|person:kamal-adwan] was killed by [Israeli|country:israel|demonym] commandos in [Beirut|place:beirut] in April 1973."},
			[]string{"event:incident:killing-of-kamal-adwan kind=incident date=1973-04 datePrecision=month dateText=April 1973"},
			[]string{"PARTICIPATED_IN country:israel event:incident:killing-of-kamal-adwan", "HELD_IN event:incident:killing-of-kamal-adwan place:beirut"}},
		{"assassinated in a city's hotel, by an unnamed gunman",
			[]string{"[Meir Kahane|person:meir-kahane] was assassinated in a [Manhattan|place:manhattan] hotel by an Arab gunman in November 1990."},
			[]string{"event:incident:killing-of-meir-kahane kind=incident date=1990-11 datePrecision=month dateText=November 1990"},
			[]string{"HELD_IN event:incident:killing-of-meir-kahane place:manhattan"}},
		{"after an apposition, killed early on a day in a state's strike",
			[]string{"[Iran|country:iran]'s top commander, Major General [Qassem Soleimani|person:soleimani], was killed early on Friday in a [U.S.|country:us] drone strike at [Baghdad International Airport|place:bgw] in January 2020."},
			[]string{"event:incident:killing-of-qassem-soleimani kind=incident date=2020-01 datePrecision=month dateText=January 2020"},
			[]string{"PARTICIPATED_IN country:us event:incident:killing-of-qassem-soleimani", "HELD_IN event:incident:killing-of-qassem-soleimani place:bgw"}},
		{"killed in a crash is no killing",
			[]string{"[Ahmed Yassin|person:yassin] was killed in a car crash in 2004."},
			nil, nil},
		{"a group assassinated a person",
			[]string{"In November 1971, [Black September|organization:black-september] assassinated the Jordanian prime minister [Wasfi al-Tal|person:tal] in [Cairo|place:cairo]."},
			[]string{"event:incident:killing-of-wasfi-al-tal kind=incident date=1971-11 datePrecision=month dateText=November 1971"},
			[]string{"PARTICIPATED_IN organization:black-september event:incident:killing-of-wasfi-al-tal", "HELD_IN event:incident:killing-of-wasfi-al-tal place:cairo"}},
		{"assassinated, no killer named",
			[]string{"[Rafik Hariri|person:hariri] was assassinated in [Beirut|place:beirut] on 14 February 2005."},
			[]string{"event:incident:killing-of-rafik-hariri kind=incident date=2005-02-14 datePrecision=day dateText=14 February 2005"},
			[]string{"HELD_IN event:incident:killing-of-rafik-hariri place:beirut"}},
		{"one event with the noun phrase of another sentence",
			[]string{"[Rafik Hariri|person:hariri] was assassinated in [Beirut|place:beirut] on 14 February 2005.", "The assassination of [Hariri|person:hariri] shook Lebanon."},
			[]string{"event:incident:killing-of-hariri kind=incident date=2005-02-14 datePrecision=day dateText=14 February 2005"},
			[]string{"HELD_IN event:incident:killing-of-hariri place:beirut"}},
		{"killed by a state's drone strike",
			[]string{"[Qasem Soleimani|person:soleimani] was killed by a [U.S.|country:united-states] drone strike in [Baghdad|place:baghdad] on January 3, 2020."},
			[]string{"event:incident:killing-of-qasem-soleimani kind=incident date=2020-01-03 datePrecision=day dateText=January 3, 2020"},
			[]string{"PARTICIPATED_IN country:united-states event:incident:killing-of-qasem-soleimani", "HELD_IN event:incident:killing-of-qasem-soleimani place:baghdad"}},
		{"killed in a strike no doer is named for",
			[]string{"[Ismail Haniyeh|person:haniyeh] was killed together with a bodyguard in a pre-dawn strike on 31 July 2024."},
			[]string{"event:incident:killing-of-ismail-haniyeh kind=incident date=2024-07-31 datePrecision=day dateText=31 July 2024"},
			nil},
		{"killed when gunmen ambushed his car",
			[]string{"[Mohsen Fakhrizadeh|person:fakhrizadeh] was killed when gunmen ambushed his car on 27 November 2020."},
			[]string{"event:incident:killing-of-mohsen-fakhrizadeh kind=incident date=2020-11-27 datePrecision=day dateText=27 November 2020"},
			nil},
		{"killed in a crash, no killer",
			[]string{"[Yitzhak Rabin|person:rabin] was killed in a car crash in 1995."},
			nil, nil},
		{"a threat to kill",
			[]string{"[Iran|country:iran] threatened to kill [Salman Rushdie|person:rushdie]."},
			nil, nil},
		{"a killing denied",
			[]string{"[Israel|country:israel] never killed [Mohsen Fakhrizadeh|person:fakhrizadeh]."},
			nil, nil},
		{"a killing claimed by another",
			[]string{"[Hamas|organization:hamas] said [Israel|country:israel] killed [Ismail Haniyeh|person:haniyeh] in [Tehran|place:tehran] on July 31, 2024."},
			nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEventRelations(t, "", tt.lines, types, tt.want, tt.events)
		})
	}
}

// TestKillingsAsNews: a news item's killing in the present tense, by a
// strike its doer carried out, is dated by the item's publication.
func TestKillingsAsNews(t *testing.T) {
	types := []string{"PARTICIPATED_IN", "HELD_IN"}
	checkEventRelations(t, "2012-11-14",
		[]string{"[Hamas|organization:hamas] military chief [Ahmed Jabari|person:ahmed-jabari] is killed in a targeted air strike carried out by the [Israel Defense Forces|organization:idf]."},
		types,
		[]string{"PARTICIPATED_IN organization:idf event:incident:killing-of-ahmed-jabari"},
		[]string{"event:incident:killing-of-ahmed-jabari kind=incident date=2012-11-14 datePrecision=day dateText=publication date 2012-11-14"})
	// Two doers coordinated: both took part.
	checkEventRelations(t, "2012-11-14",
		[]string{"[Hamas|organization:hamas] military chief [Ahmed Jabari|person:ahmed-jabari] is killed in a targeted air strike carried out by the [Israel Defense Forces|organization:idf] and the [Shin Bet|organization:shin-bet]."},
		types,
		[]string{"PARTICIPATED_IN organization:idf event:incident:killing-of-ahmed-jabari", "PARTICIPATED_IN organization:shin-bet event:incident:killing-of-ahmed-jabari"},
		[]string{"event:incident:killing-of-ahmed-jabari kind=incident date=2012-11-14 datePrecision=day dateText=publication date 2012-11-14"})
	// Without a doer a death is no killing, in the present as in the past.
	checkEventRelations(t, "2012-11-14",
		[]string{"[Ahmed Jabari|person:ahmed-jabari] is killed in a car crash."},
		types, nil, nil)
}

// TestKillingsInTheNews: "Israel kills Hamas military chief Ahmed Jabari in
// an airstrike in Gaza City" in a dated news item is that day's killing of
// the man named, with no second event for the airstrike; past or present,
// a named victim's killing is the one event.
func TestKillingsInTheNews(t *testing.T) {
	const id = "event:incident:killing-of-ahmed-jabari"
	checkEventCases(t, []string{"PARTICIPATED_IN", "HELD_IN"}, []eventCase{
		{"kills in the present", "2012-11-14",
			[]string{"[Israel|country:israel] kills military chief [Ahmed Jabari|person:ahmed-jabari] in an airstrike in [Gaza City|place:gaza-city]."},
			[]string{id + " kind=incident date=2012-11-14 datePrecision=day dateText=publication date 2012-11-14"},
			[]string{"PARTICIPATED_IN country:israel " + id, "HELD_IN " + id + " place:gaza-city"}},
		{"killed in the past, dated", "",
			[]string{"[Israel|country:israel] killed military chief [Ahmed Jabari|person:ahmed-jabari] in an airstrike in [Gaza City|place:gaza-city] on November 14, 2012."},
			[]string{id + " kind=incident date=2012-11-14 datePrecision=day dateText=November 14, 2012"},
			[]string{"PARTICIPATED_IN country:israel " + id, "HELD_IN " + id + " place:gaza-city"}},
	})
}

// TestKillingOfADescribedPerson: "the assassination of the Hamas political
// leader Ismail Haniyeh in Tehran" is the killing of the person, named by
// him and held where the text says; a comma or a second person between
// the deed and the name leaves it unread.
func TestKillingOfADescribedPerson(t *testing.T) {
	const id = "event:incident:killing-of-ismail-haniyeh"
	rs := checkEventRelations(t, "",
		[]string{"The assassination of the [Hamas|organization:hamas] political leader [Ismail Haniyeh|person:haniyeh] in [Tehran|place:tehran] on 31 July 2024 came hours after the inauguration."},
		[]string{"HELD_IN"},
		[]string{"HELD_IN " + id + " place:tehran"},
		[]string{id + " kind=incident date=2024-07-31 datePrecision=day dateText=31 July 2024"})
	if len(rs.Events) != 1 || rs.Events[0].Name != "Assassination of Ismail Haniyeh" {
		for _, e := range rs.Events {
			t.Errorf("event %s named %q, want one named \"Assassination of Ismail Haniyeh\"", e.ID, e.Name)
		}
	}
	checkEventRelations(t, "",
		[]string{"The killing of the [Hamas|organization:hamas] envoy, [Ismail Haniyeh|person:haniyeh], in [Tehran|place:tehran] shocked many."},
		[]string{"HELD_IN"}, nil, nil)
	checkEventRelations(t, "",
		[]string{"The killing of the aide of [Ali Khamenei|person:khamenei] and [Ismail Haniyeh|person:haniyeh] in [Tehran|place:tehran] shocked many."},
		[]string{"HELD_IN"}, nil, nil)
}

// TestKillingOfADescribedPersonInABombing: the car bombing that killed a
// described person is the one event of the deed, built by the rules of
// attacks; the noun phrase builds no second one.
func TestKillingOfADescribedPersonInABombing(t *testing.T) {
	rs := checkRelations(t, "",
		[]string{"The assassination of former prime minister [Rafic Hariri|person:hariri] in a car bombing in [Beirut|place:beirut] on 14 February 2005 set off mass protests."},
		[]string{"HELD_IN"}, nil, []string{"HELD_IN event:attack:unclaimed-beirut:2005-02-14 place:beirut"})
	for _, e := range rs.Events {
		if e.ID == "event:incident:killing-of-rafic-hariri" {
			t.Errorf("event %s built beside the car bombing", e.ID)
		}
	}
}
