package extract

import "testing"

// Those who looked on at a signing, in its sentence or the one after,
// witnessed it.
func TestLookersOn(t *testing.T) {
	x := testExtractor(t)
	checkRelationCases(t, x, []relationCase{
		{"with them looking on",
			"Jonas Gahr Støre and Sergei Lavrov signed the Barents Sea Treaty in Murmansk on 15 September 2010, with Prime Minister Jens Stoltenberg and President Dmitry Medvedev looking on.",
			[]string{"PARTICIPATED_IN person:jens-stoltenberg event:agreement:barents-sea-treaty:2010-09-15"}, nil},
		{"they looked on, the sentence after",
			"Zorbo Quxani and Pedro Dutra signed the Barents Sea Treaty in Murmansk on 15 September 2010.\nPresident Dmitry Medvedev looked on from the stage.",
			[]string{"PARTICIPATED_IN person:dmitry-medvedev event:agreement:barents-sea-treaty:2010-09-15"}, nil},
		{"one who looked on elsewhere",
			"Zorbo Quxani and Pedro Dutra signed the Barents Sea Treaty in Murmansk on 15 September 2010.\nIn Moscow, President Dmitry Medvedev looked on the news with satisfaction.",
			nil, []string{"PARTICIPATED_IN person:dmitry-medvedev event:agreement:barents-sea-treaty:2010-09-15"}},
	})
}
