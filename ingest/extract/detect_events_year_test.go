package extract

import "testing"

func TestYearDeedEvents(t *testing.T) {
	tests := []struct {
		name   string
		lines  []string
		events []string
	}{
		{"a coup named by its year",
			[]string{"The 1970 coup brought a new sultan to power."},
			[]string{"event:coup:1970-coup kind=coup date=1970 datePrecision=year dateText=1970"}},
		{"a coup d'état with a demonym",
			[]string{"The 1953 Zorbian coup d'état toppled the premier."},
			[]string{"event:coup:1953-zorbian-coup-d-etat kind=coup date=1953 datePrecision=year dateText=1953"}},
		{"a failed coup attempt",
			[]string{"Since the 2016 failed coup attempt, the army has changed."},
			[]string{"event:coup:2016-failed-coup-attempt kind=coup date=2016 datePrecision=year dateText=2016"}},
		{"a coup told with its year in brackets",
			[]string{"The sultan was deposed in a bloodless coup (1970) by his son."},
			[]string{"event:coup:1970-coup kind=coup date=1970 datePrecision=year dateText=1970"}},
		{"a coup told with in and its year",
			[]string{"The colonel seized power in a military coup in 1969."},
			[]string{"event:coup:1969-coup kind=coup date=1969 datePrecision=year dateText=1969"}},
		{"an attack named by year and place",
			[]string{"The 2019 Quxton–Zorba attack cut output by half."},
			[]string{"event:attack:2019-quxton-zorba-attack kind=attack date=2019 datePrecision=year dateText=2019"}},
		{"bombings named by year, place and target",
			[]string{"The 1983 Quxton barracks bombings killed 241 soldiers."},
			[]string{"event:attack:1983-quxton-barracks-bombings kind=attack date=1983 datePrecision=year dateText=1983"}},
		{"a seizure named by year and place",
			[]string{"The 1979 Grand Zorba seizure shocked the kingdom."},
			[]string{"event:incident:1979-grand-zorba-seizure kind=incident date=1979 datePrecision=year dateText=1979"}},
		{"attacks of a year are no name",
			[]string{"The 2019 attacks on tankers were blamed on the navy."},
			nil},
		{"attacks after a year opening a sentence are no name",
			[]string{"In 2019 attacks rose sharply."},
			nil},
		{"a coup attempt without a year is no event",
			[]string{"The government denounced the violence as a coup attempt."},
			nil},
		{"a possible coup is no event",
			[]string{"A coup in the country is unlikely."},
			nil},
		{"a clause between year and deed is no name",
			[]string{"The 2019 report said the attack failed."},
			nil},
		{"a war named by its year alone",
			[]string{"The border was fixed at the end of the 1948 war."},
			[]string{"event:war:1948-war kind=war date=1948 datePrecision=year dateText=1948"}},
		{"an intervention named by year and people",
			[]string{"The 2015 Quxlish-led intervention in the south began in March."},
			[]string{"event:war:2015-quxlish-led-intervention kind=war date=2015 datePrecision=year dateText=2015"}},
		{"war games are no war",
			[]string{"The 2019 war games were cancelled."},
			nil},
		{"a crisis named after a known place",
			[]string{"The [Red Sea|place:red-sea] crisis disrupted shipping."},
			[]string{"event:crisis:red-sea-crisis kind=crisis"}},
		{"a diplomatic crisis named after a state, with its year",
			[]string{"The 2017 [Qatar|country:qatar] diplomatic crisis ended in 2021."},
			[]string{"event:crisis:2017-qatar-diplomatic-crisis kind=crisis date=2017 datePrecision=year dateText=2017"}},
		{"a humanitarian crisis is a situation, no event",
			[]string{"The [Gaza|place:gaza] humanitarian crisis deepened."},
			nil},
		{"a crisis without a named subject is no event",
			[]string{"The Quxley crisis deepened."},
			nil},
		{"a dialogue treated as a gathering",
			[]string{"The Secretary attended the Quxton Dialogue in [Bahrain|country:bahrain]."},
			[]string{"event:dialogue:quxton-dialogue kind=dialogue"}},
		{"a dialogue that is no gathering",
			[]string{"Interfaith Dialogue matters."},
			nil},
		{"a summit named after a hyphenated place",
			[]string{"The Quxar el-Zorba summit produced a plan."},
			[]string{"event:summit:quxar-el-zorba-summit kind=summit"}},
		{"an election named by its people takes the year of its date",
			[]string{"The [Lebanese|country:lebanon] parliamentary election was held on 15 May 2022."},
			[]string{"event:election:2022-lebanese-parliamentary-election kind=election date=2022-05-15 datePrecision=day dateText=15 May 2022"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := checkRelations(t, "", tt.lines, []string{"PARTICIPATED_IN"}, nil, nil)
			checkEvents(t, rs, tt.events)
		})
	}
}
