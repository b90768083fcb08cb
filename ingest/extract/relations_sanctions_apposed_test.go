package extract

import "testing"

// TestSanctionsOnDescribed: the person named after the description of a
// sanction's target is the one sanctioned; a promise sanctions no one.
func TestSanctionsOnDescribed(t *testing.T) {
	tests := []markedCase{
		{"a manager described before his name", []string{
			"Today, the [United States|country:united-states] is imposing sanctions on the manager of the [Dubai|place:dubai] branch of [Iran|country:iran]'s [Bank Melli|organization:bank-melli], [Reza Mohammad Taeedi|person:taeedi]."},
			[]string{"SANCTIONED country:united-states person:taeedi"}},
		{"a promise", []string{
			"The [United States|country:united-states] will impose sanctions on the head of the bank, [Ahmed Quxley|person:ahmed-quxley]."},
			nil},
	}
	checkMarkedCases(t, []string{"SANCTIONED"}, tests)
}

// TestPassiveSanctions: sanctions told in the passive, with their author
// after "by".
func TestPassiveSanctions(t *testing.T) {
	tests := []markedCase{
		{"sanctions imposed by", []string{"Sanctions were imposed on [Syria|country:syria] by the [Arab League|organization:arab-league]."},
			[]string{"SANCTIONED organization:arab-league country:syria"}},
		{"an embargo imposed by", []string{"An arms embargo was imposed on [Libya|country:libya] by the [UN Security Council|organization:unsc]."},
			[]string{"SANCTIONED organization:unsc country:libya"}},
		{"sanctions that could be imposed", []string{"Sanctions could be imposed on [Syria|country:syria] by the [Arab League|organization:arab-league]."},
			nil},
		{"a state by another's side", []string{"Sanctions were imposed on [Syria|country:syria] by the [Arab League|organization:arab-league], backed by [Qatar|country:qatar]."},
			[]string{"SANCTIONED organization:arab-league country:syria"}},
	}
	checkMarkedCases(t, []string{"SANCTIONED"}, tests)
}

// TestDesignatedAppositions: in a text of the United States government, a
// group called "a designated terrorist organization" is designated by the
// United States; elsewhere the text does not say by whom.
func TestDesignatedAppositions(t *testing.T) {
	x := testExtractor(t)
	const line = "The United States has nothing to do with this offensive, which is led by Hayat Tahrir al-Sham (HTS), a designated terrorist organization."
	gov := docOf(line)
	gov.URL = "https://www.whitehouse.gov/briefing-room/statements-releases/2024/12/01/statement/"
	checkRelationKeys(t, x.Extract(gov), []string{"SANCTIONED country:united-states organization:hayat-tahrir-al-sham"}, nil)
	checkRelationKeys(t, x.Extract(docOf(line)), nil, []string{"SANCTIONED country:united-states organization:hayat-tahrir-al-sham"})
}
