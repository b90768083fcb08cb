package extract

import "testing"

func TestCopulaMemberships(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"was a member of", []string{
			"[Khaled Mashal|person:khaled-mashal] was a founding member of [Hamas|organization:hamas]."},
			[]string{"AFFILIATED_WITH person:khaled-mashal organization:hamas"}},
		{"who became a senior member of", []string{
			"[Saeb Erekat|person:saeb-erekat], who became a senior member of the [Palestine Liberation Organization|organization:plo], died in 2020."},
			[]string{"AFFILIATED_WITH person:saeb-erekat organization:plo"}},
		{"one of an organisation's founders", []string{
			"[Wael Julaidan|person:wael-julaidan] is recognized as one of [al-Qaeda|organization:al-qaeda]'s founders."},
			[]string{"AFFILIATED_WITH person:wael-julaidan organization:al-qaeda"}},
		{"one of an organisation's critics is no member", []string{
			"[Wael Julaidan|person:wael-julaidan] is one of [al-Qaeda|organization:al-qaeda]'s critics."},
			nil},
		{"a person's group named after its noun", []string{
			"Groups including [George Habash|person:george-habash]'s newly formed group the [Popular Front for the Liberation of Palestine|organization:pflp] withdrew."},
			[]string{"AFFILIATED_WITH person:george-habash organization:pflp"}},
		{"a person's rival group is not said to be his", []string{
			"[George Habash|person:george-habash] fought the group the [Popular Front for the Liberation of Palestine|organization:pflp] opposed."},
			nil},
		{"an officer of a unit, with its modifier", []string{
			"[Ariel Sharon|person:ariel-sharon] was a platoon commander in the [Alexandroni Brigade|organization:alexandroni-brigade]."},
			[]string{"AFFILIATED_WITH person:ariel-sharon organization:alexandroni-brigade"}},
		{"joining, after a clause", []string{
			"[Ariel Sharon|person:ariel-sharon] entered politics, joining the [Likud|organization:likud]."},
			[]string{"AFFILIATED_WITH person:ariel-sharon organization:likud"}},
		{"joining something that is no organisation's membership", []string{
			"[Ariel Sharon|person:ariel-sharon] met [Likud|organization:likud] leaders and left."},
			nil},
		{"worked for", []string{
			"[Robert Levinson|person:robert-levinson] had worked for the [Federal Bureau of Investigation|organization:fbi] before he vanished."},
			[]string{"AFFILIATED_WITH person:robert-levinson organization:fbi"}},
		{"served in", []string{
			"[Qasem Soleimani|person:qasem-soleimani] served in the [Islamic Revolutionary Guard Corps|organization:irgc] for decades."},
			[]string{"AFFILIATED_WITH person:qasem-soleimani organization:irgc"}},
		{"a person's own party", []string{
			"[Benjamin Netanyahu|person:benjamin-netanyahu]'s [Likud|organization:likud] party won the vote."},
			[]string{"AFFILIATED_WITH person:benjamin-netanyahu organization:likud"}},
		{"members including", []string{
			"Several members of [Hamas|organization:hamas], including [Ismail Haniyeh|person:ismail-haniyeh] and [Khaled Mashal|person:khaled-mashal], fled."},
			[]string{"AFFILIATED_WITH person:ismail-haniyeh organization:hamas", "AFFILIATED_WITH person:khaled-mashal organization:hamas"}},
		{"never a member", []string{
			"[Mahmoud Abbas|person:mahmoud-abbas] was never a member of [Hamas|organization:hamas]."},
			nil},
		{"might work for", []string{
			"[Robert Levinson|person:robert-levinson] may have worked for the [Central Intelligence Agency|organization:cia]."},
			nil},
		{"fought against is no membership", []string{
			"[Bashir Gemayel|person:bashir-gemayel] fought against the [Palestine Liberation Organization|organization:plo]."},
			nil},
		{"a person's attack on a party is no membership", []string{
			"[Benjamin Netanyahu|person:benjamin-netanyahu]'s attack on the [Likud|organization:likud] party failed."},
			nil},
		{"left a party", []string{
			"In 2012 [Yossi Harel|person:yossi-harel] left the [Labor Party|organization:labor] and joined Kadima."},
			[]string{"AFFILIATED_WITH person:yossi-harel organization:labor"}},
		{"expelled from", []string{
			"[Sabri al-Banna|person:abu-nidal] was expelled from [Fatah|organization:fatah] in 1974."},
			[]string{"AFFILIATED_WITH person:abu-nidal organization:fatah"}},
		{"recruited by", []string{
			"[Yossi Harel|person:yossi-harel] was recruited by the [Central Intelligence Agency|organization:cia] in 1960."},
			[]string{"AFFILIATED_WITH person:yossi-harel organization:cia"}},
		{"rose through the ranks of", []string{
			"[Qasem Soleimani|person:qasem-soleimani] rose through the ranks of the [Islamic Revolutionary Guard Corps|organization:irgc]."},
			[]string{"AFFILIATED_WITH person:qasem-soleimani organization:irgc"}},
		{"leaving a body's building is no membership", []string{
			"[Yossi Harel|person:yossi-harel] left [Hezbollah|organization:hezbollah]'s headquarters at noon."},
			nil},
		{"wrote for a paper", []string{
			"[Meir Kahane|person:meir-kahane] wrote for the [Jewish Press|organization:jewish-press] in the 1960s."},
			[]string{"AFFILIATED_WITH person:meir-kahane organization:jewish-press"}},
		{"a guest of a party", []string{
			"[Joe Biden|person:joe-biden] was a guest of [Hamas|organization:hamas]."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"AFFILIATED_WITH"}, nil, tt.want)
		})
	}
}
