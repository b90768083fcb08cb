package extract

import "testing"

func TestMemberships(t *testing.T) {
	types := []string{"AFFILIATED_WITH"}
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a member of", []string{
			"[Ismail Haniyeh|person:ismail-haniyeh], a senior member of [Hamas|organization:hamas], spoke."},
			[]string{"AFFILIATED_WITH person:ismail-haniyeh organization:hamas"}},
		{"a description coordinated before the organisation's officer", []string{
			"[Khalid Sheikh Mohammed|person:ksm], a Pakistani national and senior [al-Qaeda|organization:al-qaeda] officer, planned it."},
			[]string{"AFFILIATED_WITH person:ksm organization:al-qaeda"}},
		{"a critic of the organisation's officials is no member", []string{
			"[Ahmed Said|person:ahmed-said], a Qatari citizen and a critic of [Hamas|organization:hamas] officials, spoke."},
			nil},
		{"an organisation's man", []string{
			"Tensions with [Mahmoud Abbas|person:mahmoud-abbas], a [Fatah|organization:fatah] man, grew."},
			[]string{"AFFILIATED_WITH person:mahmoud-abbas organization:fatah"}},
		{"members listed after the organisation", []string{
			"The [Board of Peace|organization:board-of-peace]'s founding members include [Ali Larijani|person:ali-larijani] and [Tony Blair|person:tony-blair]."},
			[]string{"AFFILIATED_WITH person:ali-larijani organization:board-of-peace", "AFFILIATED_WITH person:tony-blair organization:board-of-peace"}},
		{"those a group released are no members", []string{
			"Those released by the [Houthis|organization:houthis] included [Zorba Quxley|person:zq], a brother of the president."},
			nil},
		{"the members of Y are", []string{
			"The members of the [Gaza Executive Board|organization:gaza-executive-board] are [Tony Blair|person:tony-blair] and [Jared Kushner|person:jared-kushner]."},
			[]string{"AFFILIATED_WITH person:tony-blair organization:gaza-executive-board", "AFFILIATED_WITH person:jared-kushner organization:gaza-executive-board"}},
		{"people who will serve on it", []string{
			"[Tony Blair|person:tony-blair] and [Jared Kushner|person:jared-kushner] will serve on the [Board of Peace|organization:board-of-peace]."},
			[]string{"AFFILIATED_WITH person:tony-blair organization:board-of-peace", "AFFILIATED_WITH person:jared-kushner organization:board-of-peace"}},
		{"a state among the people listed is no member", []string{
			"The [Board of Peace|organization:board-of-peace] will include [Tony Blair|person:tony-blair] and [Egypt|country:egypt]."},
			[]string{"AFFILIATED_WITH person:tony-blair organization:board-of-peace"}},
		{"a meeting with the organisation is no membership", []string{
			"[Tony Blair|person:tony-blair] met the [Board of Peace|organization:board-of-peace]."},
			nil},
		{"an official of the organisation named before the person", []string{
			"[Hamas|organization:hamas] official [Osama Hamdan|person:osama-hamdan] spoke in [Beirut|place:beirut]."},
			[]string{"AFFILIATED_WITH person:osama-hamdan organization:hamas"}},
		{"a moderate of the organisation named before the person", []string{
			"Noted [PLO|organization:plo] moderate [Issam Sartawi|person:issam-sartawi] was killed in 1983."},
			[]string{"AFFILIATED_WITH person:issam-sartawi organization:plo"}},
		{"a financier of the organisation named before the person", []string{
			"The Treasury sanctioned [Hamas|organization:hamas] senior financier [Zaher Jabarin|person:zaher-jabarin]."},
			[]string{"AFFILIATED_WITH person:zaher-jabarin organization:hamas"}},
		{"a co-founder of the organisation named before the person", []string{
			"[Hamas|organization:hamas] co-founder [Ahmed Yassin|person:ahmed-yassin] was killed."},
			[]string{"AFFILIATED_WITH person:ahmed-yassin organization:hamas"}},
		{"a senior organisation fighter", []string{
			"[Ali Musa|person:ali-musa], a senior [Hezbollah|organization:hezbollah] operative, was arrested."},
			[]string{"AFFILIATED_WITH person:ali-musa organization:hezbollah"}},
		{"an organisation and its acronym before its soldier", []string{
			"In August 2006, [Hezbollah|organization:hezbollah] killed [Israel Defense Forces|organization:idf] ([IDF|organization:idf]) soldier [Michael Levin|person:michael-levin]."},
			[]string{"AFFILIATED_WITH person:michael-levin organization:idf"}},
		{"a soldier of an army named before the person", []string{
			"The captured [Israeli Army|organization:idf] soldier [Gilad Shalit|person:gilad-shalit] is released by [Hamas|organization:hamas]."},
			[]string{"AFFILIATED_WITH person:gilad-shalit organization:idf"}},
		{"an official who met the organisation is not its official", []string{
			"[Hamas|organization:hamas] met the official [Osama Hamdan|person:osama-hamdan] later."},
			nil},
		{"a man of another kind", []string{
			"[Tony Blair|person:tony-blair], a [Hamas|organization:hamas] target, left."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, types, nil, tt.want)
		})
	}
}

func TestListedMembers(t *testing.T) {
	checkRelations(t, "", []string{
		"The [Gaza Executive Board|organization:gaza-executive-board] will be composed of the following members:",
		"[Tony Blair|person:tony-blair], former Prime Minister",
		"[Jared Kushner|person:jared-kushner]",
		"The board will meet monthly in [Cairo|place:cairo].",
		"[Steve Witkoff|person:steve-witkoff] will chair it.",
	}, []string{"AFFILIATED_WITH"}, nil, []string{
		"AFFILIATED_WITH person:tony-blair organization:gaza-executive-board",
		"AFFILIATED_WITH person:jared-kushner organization:gaza-executive-board",
	})
}

func TestOfficeInOrganisation(t *testing.T) {
	checkRelations(t, "", []string{
		"[Yahya Sinwar|person:yahya-sinwar], a senior [Hamas|organization:hamas] commander, was killed.",
		"[Ali Musa|person:ali-musa], a [Hezbollah|organization:hezbollah] target, fled.",
	}, []string{"HOLDS_ROLE"}, []string{"title"}, []string{
		"HOLDS_ROLE person:yahya-sinwar organization:hamas title=Commander",
	})
}
