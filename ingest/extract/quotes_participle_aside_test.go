package extract

import "testing"

// "X, speaking after May, said …": X spoke, not May, and the surname of a
// person named before is no month.
func TestParticipleAsideSpeaker(t *testing.T) {
	x := testExtractor(t)
	text := "Prime Minister Theresa May expelled 23 Russian diplomats on Wednesday.\nJeremy Corbyn, speaking after May, said Britain should continue to seek a robust dialogue with Russia.\n"
	res := x.Extract(docPublished(t, text, "2018-03-14"))
	checkRelationKeys(t, res, []string{"STATED person:jeremy-corbyn country:united-kingdom"}, []string{"STATED person:theresa-may country:russia"})
	for _, r := range res.Relations {
		if r.Type == "STATED" && r.Properties["dateText"] == "May" {
			t.Errorf("the surname was read as a month: %v", r.Properties)
		}
	}
}
