package extract

import "testing"

// A page on one conference tells its delegations paragraphs after naming
// it, among other gatherings: each is the page's own. Those set off with
// appositions who held a named summit took part in it.
func TestPageGatheringDelegations(t *testing.T) {
	x := testExtractor(t)
	title := "Geneva Conference (1954)"
	page := title + "\n\nThe Geneva Conference was an international conference held in Geneva from 26 April to 21 July 1954. The conference was agreed at the Berlin Conference of January 1954.\n\n"
	conf := "event:geneva-conference-1954"
	titled := []relationCase{
		{"a delegation led at first by its head",
			page + "The American delegation was led at first by Secretary of State John Foster Dulles, who left after a week.",
			[]string{"PARTICIPATED_IN country:united-states " + conf, "PARTICIPATED_IN person:john-foster-dulles " + conf}, nil},
		{"a state represented initially by its minister",
			page + "France was represented initially by its foreign minister, Georges Bidault.",
			[]string{"PARTICIPATED_IN country:france " + conf, "PARTICIPATED_IN person:georges-bidault " + conf}, nil},
		{"a delegation sent under its head",
			page + "The Democratic Republic of Vietnam sent a delegation under Pham Van Dong.",
			[]string{"PARTICIPATED_IN country:north-vietnam " + conf, "PARTICIPATED_IN person:phạm-van-dồng " + conf}, nil},
		{"co-chairs set off with their offices",
			page + "Anthony Eden, the British Foreign Secretary, and Vyacheslav Molotov, the Soviet Foreign Minister, acted as co-chairmen.",
			[]string{"PARTICIPATED_IN person:anthony-eden " + conf, "PARTICIPATED_IN person:vyacheslav-molotov " + conf}, nil},
	}
	checkRelationCasesIn(t, x, titled, title, "")
	checkRelationCasesIn(t, x, []relationCase{
		{"a page not titled with the gathering",
			page + "The American delegation was led at first by Secretary of State John Foster Dulles, who left after a week.",
			nil, []string{"PARTICIPATED_IN country:united-states " + conf}},
	}, "Cold War diplomacy", "")
	checkRelationCases(t, x, []relationCase{
		{"leaders each set off with an apposition held the named summit",
			"His Excellency Moon Jae-in, President of the Republic of Korea, and Kim Jong Un, Chairman of the State Affairs Commission of the Democratic People's Republic of Korea, held the 2018 Inter-Korean Summit today at the Peace House.",
			[]string{"PARTICIPATED_IN person:moon-jae-in event:summit:2018-inter-korean-summit", "PARTICIPATED_IN person:kim-jong-un event:summit:2018-inter-korean-summit"}, nil},
		{"a headline's bare summit held by two",
			"Moon Jae-in and Kim Jong Un hold 2018 Inter-Korean Summit at Panmunjom",
			[]string{"PARTICIPATED_IN person:moon-jae-in event:summit:2018-inter-korean-summit"}, nil},
	})
}
