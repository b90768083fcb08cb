package extract

import "testing"

// TestFoldUnnamedAgreements: one unnamed agreement told in several
// wordings, with its parties written in either order, is one agreement
// of its year; another pair's agreement of that year stays its own.
func TestFoldUnnamedAgreements(t *testing.T) {
	rs := checkRelations(t, "2018-09-16", []string{
		"The Secretary-General witnessed the signing of a peace agreement between [Ethiopia|country:ethiopia] and [Eritrea|country:eritrea].",
		"The agreement was signed by Prime Minister [Abiy Ahmed|person:abiy|title=Prime Minister] of [Ethiopia|country:ethiopia] and President [Isaias Afwerki|person:isaias|title=President] of [Eritrea|country:eritrea].",
		"\"The agreement between [Ethiopia|country:ethiopia] and [Eritrea|country:eritrea] is a powerful example,\" he said.",
		"[Iran|country:iran] and [Oman|country:oman] signed a trade agreement.",
	}, []string{"PARTY_TO"}, nil, []string{
		"PARTY_TO country:eritrea agreement:ethiopia-eritrea-agreement-2018",
		"PARTY_TO country:ethiopia agreement:ethiopia-eritrea-agreement-2018",
		"PARTY_TO country:iran agreement:iran-oman-trade-agreement-2018",
		"PARTY_TO country:oman agreement:iran-oman-trade-agreement-2018",
	})
	for _, e := range rs.Events {
		if e.ID == "agreement:ethiopia-eritrea-agreement-2018" && !typeIn(e.Aliases, "Peace agreement (2018)") {
			t.Errorf("the folded agreement keeps the other wording as an alias: got %v", e.Aliases)
		}
	}
}
