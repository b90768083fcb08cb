package extract

import "testing"

// TestHistorySignings: a history (no date of its own, several years told)
// keeps the agreement and its parties but no event of a signing it tells
// only to date the agreement; a signing told with its ceremony stays, and
// so does one in a text that tells no history.
func TestHistorySignings(t *testing.T) {
	x := testExtractor(t)
	const history = "The war began in 1912. Talks opened in 1911. "
	const signing = "event:agreement:treaty-of-quornia:1913-08-10"
	checkRelationCases(t, x, []relationCase{
		{"a signing that dates the agreement",
			history + "On 10 August 1913, Bulgaria and Serbia signed the Treaty of Quornia in Bucharest.",
			[]string{"PARTY_TO country:bulgaria agreement:treaty-of-quornia"}, []string{"HELD_IN " + signing + " place:bucharest"}},
		{"a signing told as an occasion",
			history + "On 10 August 1913, Bulgaria and Serbia signed the Treaty of Quornia in Bucharest at a ceremony attended by the king.",
			[]string{"HELD_IN " + signing + " place:bucharest"}, nil},
		{"no history told",
			"On 10 August 1913, Bulgaria and Serbia signed the Treaty of Quornia in Bucharest.",
			[]string{"HELD_IN " + signing + " place:bucharest"}, nil},
	})
}
