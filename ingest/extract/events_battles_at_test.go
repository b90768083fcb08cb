package extract

import "testing"

// TestBattlesAt: a victory told by its verb and place is the battle of that
// place, fought by the fighters before the verb and the defeated after it;
// a battle named there is that one; "the battle for" a place names it; a
// place that is a body or a state is no battlefield.
func TestBattlesAt(t *testing.T) {
	types := []string{"PARTICIPATED_IN", "HELD_IN"}
	checkEventCases(t, types, []eventCase{
		{"states told by their forces", "2024-01-01",
			[]string{"In March 1987 the [Chadian|country:chad|demonym] forces of [Hissène Habré|person:habre] routed the [Libyan|country:libya|demonym] army at Ouadi Doum."},
			[]string{"event:battle:battle-of-ouadi-doum kind=battle date=1987-03 datePrecision=month dateText=March 1987"},
			[]string{"PARTICIPATED_IN country:chad event:battle:battle-of-ouadi-doum", "PARTICIPATED_IN person:habre event:battle:battle-of-ouadi-doum",
				"PARTICIPATED_IN country:libya event:battle:battle-of-ouadi-doum"}},
		{"two battles of one commander, his office no side", "2024-01-01",
			[]string{"[Herbert Kitchener|person:kitchener], the Sirdar of the [Egyptian Army|organization:egyptian-army], defeated [Mahmud Ahmad|person:mahmud] at the Atbara on 8 April 1898 and destroyed the Khalifa's army at [Omdurman|place:omdurman] on 2 September 1898."},
			[]string{"event:battle:battle-of-atbara kind=battle date=1898-04-08 datePrecision=day dateText=8 April 1898",
				"event:battle:battle-of-omdurman kind=battle date=1898-09-02 datePrecision=day dateText=2 September 1898"},
			[]string{"PARTICIPATED_IN person:kitchener event:battle:battle-of-atbara", "PARTICIPATED_IN person:mahmud event:battle:battle-of-atbara",
				"PARTICIPATED_IN person:kitchener event:battle:battle-of-omdurman", "HELD_IN event:battle:battle-of-omdurman place:omdurman"}},
		{"a battle named at the place", "2024-01-01",
			[]string{"[Barzani|person:barzani] forces defeated the [Iraqi Army|organization:iraqi-army] at the [Battle of Mount Handrin|event:handrin] in May 1966."},
			nil,
			[]string{"PARTICIPATED_IN person:barzani event:handrin", "PARTICIPATED_IN organization:iraqi-army event:handrin"}},
		{"the battle for a town", "2024-01-01",
			[]string{"The battle for [Jijiga|place:jijiga] ended in September 1977."},
			[]string{"event:battle:battle-of-jijiga kind=battle date=1977-09 datePrecision=month dateText=September 1977"},
			[]string{"HELD_IN event:battle:battle-of-jijiga place:jijiga"}},
		{"the same sides' next battle, a people as a side", "2024-01-01",
			[]string{"In early 1987 [Chadian|country:chad|demonym] forces routed the [Libyans|country:libya|demonym] at [Fada|place:fada] in January and at Ouadi Doum in March."},
			[]string{"event:battle:battle-of-fada kind=battle", "event:battle:battle-of-ouadi-doum kind=battle"},
			[]string{"PARTICIPATED_IN country:chad event:battle:battle-of-fada", "PARTICIPATED_IN country:libya event:battle:battle-of-fada", "HELD_IN event:battle:battle-of-fada place:fada",
				"PARTICIPATED_IN country:chad event:battle:battle-of-ouadi-doum", "PARTICIPATED_IN country:libya event:battle:battle-of-ouadi-doum"}},
		{"defeated in the passive, and again at a named battle", "2024-01-01",
			[]string{"The army of [Isma'il Pasha|person:ismail] was defeated by [Yohannes IV|person:yohannes] at the [Battle of Gundet|event:battle-of-gundet] in November 1875 and again at the [Battle of Gura|event:battle-of-gura] in March 1876."},
			nil,
			[]string{"PARTICIPATED_IN person:ismail event:battle-of-gundet", "PARTICIPATED_IN person:yohannes event:battle-of-gundet",
				"PARTICIPATED_IN person:ismail event:battle-of-gura", "PARTICIPATED_IN person:yohannes event:battle-of-gura"}},
		{"a state by its name defeated", "2024-01-01",
			[]string{"His father was a cousin of [Menelik II|person:menelik], who had defeated [Italy|country:italy] at the [Battle of Adwa|event:adwa] in 1896."},
			nil,
			[]string{"PARTICIPATED_IN person:menelik event:adwa", "PARTICIPATED_IN country:italy event:adwa"}},
		{"a state by its name victor, not another clause's state", "2024-01-01",
			[]string{"[Eritrea|country:eritrea] was a colony of [Italy|country:italy] until 1941, when forces of [Britain|country:uk] and the [Commonwealth|organization:commonwealth] defeated the [Italian|country:italy|demonym] army at the [Battle of Keren|event:keren]."},
			nil,
			[]string{"PARTICIPATED_IN country:uk event:keren", "PARTICIPATED_IN organization:commonwealth event:keren", "PARTICIPATED_IN country:italy event:keren"}},
		{"a state whose own clause tells another deed", "2024-01-01",
			[]string{"[Britain|country:uk] protested when [Russian|country:russia|demonym] forces defeated [Afghan|country:afghanistan|demonym] troops at [Panjdeh|place:panjdeh] on 30 March 1885."},
			[]string{"event:battle:battle-of-panjdeh kind=battle date=1885-03-30 datePrecision=day dateText=30 March 1885"},
			[]string{"PARTICIPATED_IN country:russia event:battle:battle-of-panjdeh", "PARTICIPATED_IN country:afghanistan event:battle:battle-of-panjdeh",
				"HELD_IN event:battle:battle-of-panjdeh place:panjdeh"}},
		{"a body after at is no battlefield", "2024-01-01",
			[]string{"[Russia|country:russia] defeated the motion at the [United Nations|organization:un]."},
			nil, nil},
	})
}
