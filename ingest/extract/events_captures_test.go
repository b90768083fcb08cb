package extract

import "testing"

// TestCaptures: the taking of a town, dated by its verb's sentence or named
// by its noun, is an event its takers took part in, held in the town.
func TestCaptures(t *testing.T) {
	tests := []struct {
		name, published, line string
		want                  []string
	}{
		{"a dated verb", "2012-11-21", "[M23|organization:m23] rebels captured [Goma|place:goma] on Tuesday.",
			[]string{"ATTACKED organization:m23 place:goma", "HELD_IN event:capture:goma:2012-11-20 place:goma", "PARTICIPATED_IN organization:m23 event:capture:goma:2012-11-20"}},
		{"an undated verb is no event", "", "[M23|organization:m23] rebels captured [Goma|place:goma].",
			[]string{"ATTACKED organization:m23 place:goma"}},
		{"a taking over a year is told in summary", "", "[M23|organization:m23] rebels captured [Goma|place:goma] in 2012.",
			[]string{"ATTACKED organization:m23 place:goma"}},
		{"a fall to two takers", "2014-03-18", "Two days after the fall of [Yabroud|place:yabroud] to the [Syrian Army|organization:syrian-army] and [Hezbollah|organization:hezbollah], the army moved north.",
			[]string{"ATTACKED organization:hezbollah place:yabroud", "ATTACKED organization:syrian-army place:yabroud", "HELD_IN event:capture:yabroud place:yabroud",
				"PARTICIPATED_IN organization:hezbollah event:capture:yabroud", "PARTICIPATED_IN organization:syrian-army event:capture:yabroud"}},
		{"a chronology's present tense", "2002-04-14", "26 February 1999 – [Ethiopian|country:eth|demonym] forces capture [Badme|place:badme].",
			[]string{"ATTACKED country:eth place:badme", "HELD_IN event:capture:badme:1999-02-26 place:badme", "PARTICIPATED_IN country:eth event:capture:badme:1999-02-26"}},
		{"taking the town of", "2002-04-14", "18 May 2000 – [Ethiopian|country:eth|demonym] troops take the town of [Barentu|place:barentu].",
			[]string{"ATTACKED country:eth place:barentu", "HELD_IN event:capture:barentu:2000-05-18 place:barentu", "PARTICIPATED_IN country:eth event:capture:barentu:2000-05-18"}},
		{"took a town on a day", "", "[ISIL|organization:isil] fighters took [Mosul|place:mosul] on 10 June 2014.",
			[]string{"ATTACKED organization:isil place:mosul", "HELD_IN event:capture:mosul:2014-06-10 place:mosul", "PARTICIPATED_IN organization:isil event:capture:mosul:2014-06-10"}},
		{"took a town in a year", "", "[ISIL|organization:isil] fighters took [Mosul|place:mosul] in 2014.",
			[]string{"ATTACKED organization:isil place:mosul"}},
		{"a name that is only a word of the islands taken", "", "On 30 November 1971 [Iranian|country:iran|demonym] forces seized the [Greater|place:greater] and Lesser Tunb islands.",
			[]string{"ATTACKED country:iran place:greater"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, tt.published, []string{tt.line}, []string{"HELD_IN", "ATTACKED", "PARTICIPATED_IN"}, nil, tt.want)
		})
	}
}

// TestCapturesOfAPart: taking a part of a town is no taking of the town.
func TestCapturesOfAPart(t *testing.T) {
	checkRelations(t, "", []string{"On 9 May 2008, [Hezbollah|organization:hezbollah] forces seized western [Beirut|place:beirut]."},
		[]string{"HELD_IN", "ATTACKED", "PARTICIPATED_IN"}, nil, []string{"ATTACKED organization:hezbollah place:beirut"})
}
