package extract

import "testing"

// TestMoreWarSides: sides told by the deed that began a war, by a defeat,
// or by "was fought by".
func TestMoreWarSides(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"a war began when a state invaded another",
			"The 1982 [Lebanon|country:lebanon] War began on 6 June 1982, when [Israel|country:israel] invaded southern [Lebanon|country:lebanon].",
			// The dated invasion is an attack event of its own (relations_attacks.go).
			[]string{"PARTICIPATED_IN country:israel event:war:1982-lebanon-war", "PARTICIPATED_IN country:lebanon event:war:1982-lebanon-war",
				"PARTICIPATED_IN country:israel event:attack:israel-lebanon:1982-06-06"}},
		{"a war dated from a group's fighters' ambush",
			"The Quxland Civil War is usually dated from 13 April 1975, when [Kataeb|organization:kataeb] gunmen ambushed a bus.",
			[]string{"PARTICIPATED_IN organization:kataeb event:war:quxland-civil-war"}},
		{"a war broke out when officers led by a person shelled another's palace",
			"The Quxland Civil War broke out on 26 September 1962, when army officers led by [Zorba Quxley|person:zq] shelled the palace of the newly crowned Imam [Quxar Zorbani|person:qz|title=Imam] in Sanaa.",
			[]string{"PARTICIPATED_IN person:zq event:war:quxland-civil-war", "PARTICIPATED_IN person:qz event:war:quxland-civil-war"}},
		{"a revolt began when a person of a city proclaimed it",
			"The Quxland Revolt began on 10 June 1916, when Sharif [Zorba Quxley|person:zq|title=Sharif] of [Mecca|place:mecca] proclaimed the uprising.",
			[]string{"PARTICIPATED_IN person:zq event:war:quxland-revolt"}},
		{"a war opened when an air force struck a state",
			"The Quxland War opened on the morning of 5 June 1967, when the [Israeli Air Force|organization:iaf] struck [Egypt|country:egypt].",
			// The dated strike is an attack event of its own.
			[]string{"PARTICIPATED_IN organization:iaf event:war:quxland-war", "PARTICIPATED_IN country:egypt event:war:quxland-war",
				"PARTICIPATED_IN organization:iaf event:attack:egypt-iaf:1967-06-05"}},
		{"the defeated and the victor",
			"[Egypt|country:egypt] and [Jordan|country:jordan] were defeated by [Israel|country:israel] in the Six-Day War.",
			[]string{"PARTICIPATED_IN country:egypt event:war:six-day-war", "PARTICIPATED_IN country:jordan event:war:six-day-war", "PARTICIPATED_IN country:israel event:war:six-day-war"}},
		{"fought by a coalition led by a state",
			"The Six-Day War was fought by a coalition led by [Israel|country:israel].",
			[]string{"PARTICIPATED_IN country:israel event:war:six-day-war"}},
		{"a war began when a deed was only feared",
			"The Six-Day War began when [Israel|country:israel] feared that [Egypt|country:egypt] would attack.",
			nil},
		{"a war began when a person of a city spoke",
			"The Quxland Revolt began in 1916, when Sharif [Zorba Quxley|person:zq|title=Sharif] of [Mecca|place:mecca] proclaimed his loyalty.",
			nil},
		{"defeated by in another war",
			"[Egypt|country:egypt] was defeated by [Israel|country:israel] before the Six-Day War.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"PARTICIPATED_IN"}, nil, tt.want)
		})
	}
}

// TestOperationCarriedOutUnder: the subject of a sentence that did
// something "under Operation X" took part in the operation; a state that
// spoke of another's deed did not.
func TestOperationCarriedOutUnder(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "the subject, under the operation",
			text: "In 1987, the United States reflagged Kuwaiti tankers under Operation Earnest Will.",
			want: []string{"PARTICIPATED_IN country:united-states event:operation-earnest-will"}},
		{name: "another state between them did it",
			text: "Iran condemned the tankers reflagged by the United States under Operation Earnest Will.",
			not:  []string{"PARTICIPATED_IN country:iran event:operation-earnest-will"}},
		{name: "a plan is no deed",
			text: "The United States will escort tankers under Operation Earnest Will.",
			not:  []string{"PARTICIPATED_IN country:united-states event:operation-earnest-will"}},
	})
}

// TestAttackAfterThePassagesWar: a passage that opens on a war and goes
// on to a deed dated after the catalog says it ended tells of another.
func TestAttackAfterThePassagesWar(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "an invasion two years after the war",
			text: "During the Iran–Iraq War, Kuwait lent money to Saddam Hussein.\nOn 2 August 1990, Iraq invaded Kuwait.",
			not:  []string{"PARTICIPATED_IN country:kuwait event:iran-iraq-war"}},
	})
}
