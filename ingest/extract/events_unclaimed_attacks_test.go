package extract

import "testing"

// TestUnclaimedAttacks: an attack no doer is named before, told as news or
// dated in full, with the place it struck.
func TestUnclaimedAttacks(t *testing.T) {
	tests := []eventCase{
		{"a headline in the present, dated by its publication", "2010-01-12",
			[]string{"[Masoud Alimohammadi|person:masoud-alimohammadi], a nuclear physics professor, is killed in a bomb attack in the capital [Tehran|place:tehran]."},
			[]string{"event:attack:unclaimed-tehran:2010-01-12 kind=attack date=2010-01-12 datePrecision=day dateText=publication date 2010-01-12"},
			[]string{"HELD_IN event:attack:unclaimed-tehran:2010-01-12 place:tehran"}},
		{"the doer after by, an aside, and a site in the place", "2018-01-10",
			[]string{"A suicide attack by [al-Nusra Front|organization:al-nusra-front] (an affiliate of [al-Qaeda|organization:al-qaeda]) at a cafe in [Tripoli|place:tripoli] kills at least seven people."},
			[]string{"event:attack:unclaimed-tripoli:2018-01-10 kind=attack date=2018-01-10 datePrecision=day dateText=publication date 2018-01-10"},
			[]string{"HELD_IN event:attack:unclaimed-tripoli:2018-01-10 place:tripoli", "PARTICIPATED_IN organization:al-nusra-front event:attack:unclaimed-tripoli:2018-01-10"}},
		{"a history's full date", "",
			[]string{"On March 3, 2011, a suicide bombing in [Kirkuk|place:kirkuk] killed twelve people."},
			[]string{"event:attack:unclaimed-kirkuk:2011-03-03 kind=attack date=2011-03-03 datePrecision=day dateText=March 3, 2011"},
			[]string{"HELD_IN event:attack:unclaimed-kirkuk:2011-03-03 place:kirkuk"}},
		{"one attack told twice", "2018-01-10",
			[]string{
				"A suicide attack at a cafe in [Tripoli|place:tripoli] kills seven people.",
				"The suicide bomb attack on a cafe in the city of [Tripoli|place:tripoli] was the latest in a series."},
			[]string{"event:attack:unclaimed-tripoli:2018-01-10 kind=attack date=2018-01-10 datePrecision=day dateText=publication date 2018-01-10"},
			[]string{"HELD_IN event:attack:unclaimed-tripoli:2018-01-10 place:tripoli"}},
		{"a bomb and where it was planted", "2010-05-12",
			[]string{"A bomb planted inside a grocery store in a mainly Shi'ite area of [Baghdad|place:baghdad] kills three people."},
			[]string{"event:attack:unclaimed-baghdad:2010-05-12 kind=attack date=2010-05-12 datePrecision=day dateText=publication date 2010-05-12"},
			[]string{"HELD_IN event:attack:unclaimed-baghdad:2010-05-12 place:baghdad"}},
		{"a suicide bomber who blows up", "2010-05-12",
			[]string{"A suicide bomber blows up in a market in [Kirkuk|place:kirkuk], killing 20."},
			[]string{"event:attack:unclaimed-kirkuk:2010-05-12 kind=attack date=2010-05-12 datePrecision=day dateText=publication date 2010-05-12"},
			[]string{"HELD_IN event:attack:unclaimed-kirkuk:2010-05-12 place:kirkuk"}},
		{"a bomb defused is no attack", "2010-05-12",
			[]string{"Police defuse a bomb in [Baghdad|place:baghdad]."},
			nil, nil},
		{"a doer that carried it out, with an aside", "",
			[]string{"April 1983: The [Islamic Jihad|organization:islamic-jihad], an [Iran|country:iran]-backed group, carried out a suicide car bombing at the [U.S. Embassy|organization:us-embassy] in [Beirut|place:beirut], killing 17 Americans."},
			[]string{"event:attack:unclaimed-beirut:1983-04 kind=attack date=1983-04 datePrecision=month dateText=April 1983"},
			[]string{"HELD_IN event:attack:unclaimed-beirut:1983-04 place:beirut", "PARTICIPATED_IN organization:islamic-jihad event:attack:unclaimed-beirut:1983-04"}},
		{"the doer's men killed people in it, a dated list item across dashes", "",
			[]string{"October 1983: [Hezbollah|organization:hezbollah] terrorists killed 241 [U.S.|country:united-states] military personnel — including 220 Marines — in a truck bombing at a Marine compound in [Beirut|place:beirut]."},
			[]string{"event:attack:unclaimed-beirut:1983-10 kind=attack date=1983-10 datePrecision=month dateText=October 1983"},
			[]string{"HELD_IN event:attack:unclaimed-beirut:1983-10 place:beirut", "PARTICIPATED_IN organization:hezbollah event:attack:unclaimed-beirut:1983-10"}},
		{"a history's two attacks in one city", "",
			[]string{
				"April 1983: A suicide car bombing at the embassy in [Beirut|place:beirut] killed 17 people.",
				"October 1983: A truck bombing at a Marine compound in [Beirut|place:beirut] killed 241 people."},
			[]string{
				"event:attack:unclaimed-beirut:1983-04 kind=attack date=1983-04 datePrecision=month dateText=April 1983",
				"event:attack:unclaimed-beirut:1983-10 kind=attack date=1983-10 datePrecision=month dateText=October 1983"},
			[]string{"HELD_IN event:attack:unclaimed-beirut:1983-04 place:beirut", "HELD_IN event:attack:unclaimed-beirut:1983-10 place:beirut"}},
		{"a casualty a news story dates by its weekday", "2025-06-26",
			[]string{"Six people were killed in an air strike on a house early on Wednesday in [Nuseirat|place:nuseirat]."},
			nil, nil},
		{"an undated attack in the past", "",
			[]string{"A bomb attack in [Baghdad|place:baghdad] killed three people."},
			nil, nil},
		{"a year is a summary, not a day", "",
			[]string{"In 2004, a bomb attack in [Baghdad|place:baghdad] killed many."},
			nil, nil},
		{"an attack on a state names a target, not a venue", "2024-04-14",
			[]string{"The United Nations condemns the attack on [Israel|country:israel]."},
			nil, nil},
		{"a plural is a series", "2010-05-10",
			[]string{"Insurgents kill 102 people in a series of suicide bombings in [Iraq|country:iraq]."},
			nil, nil},
		{"a feared attack", "2024-04-14",
			[]string{"Officials fear a bomb attack in [Baghdad|place:baghdad] could come soon."},
			nil, nil},
	}
	checkEventCases(t, []string{"PARTICIPATED_IN", "HELD_IN"}, tests)
}
