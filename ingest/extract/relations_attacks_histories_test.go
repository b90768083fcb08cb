package extract

import "testing"

// TestAttacksInHistories: wordings of history prose — a surprise attack
// by two, a city a relative clause says was shelled, an army routed, a
// campaign against a state — and a look-alike.
func TestAttacksInHistories(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"an attack on a state by two",
			"The war began with a surprise attack on [Israel|country:israel] by [Egypt|country:egypt] and [Syria|country:syria].",
			[]string{"ATTACKED country:egypt country:israel", "ATTACKED country:syria country:israel"}},
		{"took most of three cities",
			"In April 2023 the [Rapid Support Forces|organization:rsf] quickly took most of [Khartoum|place:khartoum], [Omdurman|place:omdurman] and [Bahri|place:bahri].",
			[]string{"ATTACKED organization:rsf place:khartoum", "ATTACKED organization:rsf place:omdurman", "ATTACKED organization:rsf place:bahri"}},
		{"took control of a territory is no attack",
			"In June 2007 [Hamas|organization:hamas] took control of [Gaza|place:gaza].",
			nil},
		{"occupied the oil field of a town",
			"In April 2012 the [South Sudanese|country:south-sudan|demonym] army occupied the oil field of [Heglig|place:heglig].",
			[]string{"ATTACKED country:south-sudan place:heglig"}},
		{"stormed a man's stronghold at a village",
			"In October 1832 [Russian|country:russia|demonym] troops stormed his stronghold at [Gimry|place:gimry].",
			[]string{"ATTACKED country:russia place:gimry"}},
		{"fighters coming from a state attacked a town",
			"In March 2016 [Islamic State|organization:isis] fighters coming from [Libya|country:libya] attacked the border town of [Ben Guerdane|place:ben-guerdane].",
			[]string{"ATTACKED organization:isis place:ben-guerdane"}},
		{"bombers of a group attacked hotels in a city",
			"On 9 November 2005 suicide bombers of [al-Qaeda in Iraq|organization:aqi] attacked three hotels in [Amman|place:amman].",
			[]string{"ATTACKED organization:aqi place:amman"}},
		{"the city taken, named before its taker",
			"The struggle for [Kabul|place:kabul] ended when the [Taliban|organization:taliban] captured the city on 27 September 1996.",
			[]string{"ATTACKED organization:taliban place:kabul"}},
		{"the city taken, two named before",
			"The struggle for [Kabul|place:kabul] and [Herat|place:herat] ended when the [Taliban|organization:taliban] captured the city on 27 September 1996.",
			nil},
		{"incursions into a region by a group",
			"In 1999 the army fought incursions into the [Batken|place:batken] region by the [Islamic Movement of Uzbekistan|organization:imu].",
			[]string{"ATTACKED organization:imu place:batken"}},
		{"a city which the French shelled",
			"Rebels entered [Damascus|place:damascus], which the [French|country:france|demonym] then shelled for two days.",
			[]string{"ATTACKED country:france place:damascus"}},
		{"an army routed by another's artillery",
			"The [Safavids|country:safavid-iran] were routed by [Ottoman|country:ottoman-empire|demonym] artillery.",
			[]string{"ATTACKED country:ottoman-empire country:safavid-iran"}},
		{"an army that crushed another",
			"The [Ottomans|country:ottoman-empire|demonym] crushed the [Mamluk|country:mamluk-sultanate|demonym] army near [Aleppo|place:aleppo].",
			[]string{"ATTACKED country:ottoman-empire country:mamluk-sultanate"}},
		{"fighters who ambushed soldiers",
			"[Hamas|organization:hamas] fighters ambushed [Israeli|country:israel|demonym] soldiers near the border.",
			[]string{"ATTACKED organization:hamas country:israel"}},
		{"aircraft even bombed a state's towns",
			"[Egyptian|country:egypt|demonym] aircraft even bombed [Saudi|country:saudi-arabia|demonym] border towns.",
			[]string{"ATTACKED country:egypt country:saudi-arabia"}},
		{"a group's campaign against a state",
			"In 1984 the [PKK|organization:pkk]'s campaign against [Turkey|country:turkey] revived the insurgency.",
			[]string{"ATTACKED organization:pkk country:turkey"}},

		// Negative cases.
		{"a campaign of pressure",
			"The [United States|country:us]'s maximum pressure campaign against [Iran|country:iran] failed.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"ATTACKED"}, nil, tt.want)
		})
	}
}

// TestOneAirstrike: a single airstrike, and one carried out on a day, are
// attacks like several.
func TestOneAirstrike(t *testing.T) {
	checkRelations(t, "", []string{"[Israel|country:israel] carried out an airstrike on a building in [Doha|place:doha]."},
		[]string{"ATTACKED"}, nil, []string{"ATTACKED country:israel place:doha"})
	checkRelations(t, "2024-04-02", []string{"[Israel|country:israel] carried out air strikes on Monday on [Damascus|place:damascus]."},
		[]string{"ATTACKED"}, nil, []string{"ATTACKED country:israel place:damascus"})
}
