package extract

import "testing"

func TestFoundersAndCandidates(t *testing.T) {
	types := []string{"AFFILIATED_WITH"}
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"founded in a place by a described founder", []string{
			"The [Muslim Brotherhood|organization:muslim-brotherhood] is an Islamist organization founded in [Egypt|country:egypt] by Islamic scholar and schoolteacher [Hassan al-Banna|person:hassan-al-banna] in 1928."},
			[]string{"AFFILIATED_WITH person:hassan-al-banna organization:muslim-brotherhood"}},
		{"described, then who founded", []string{
			"[Meir Kahane|person:meir-kahane] was an American-born rabbi and ultranationalist politician who founded the [Jewish Defense League|organization:jdl]."},
			[]string{"AFFILIATED_WITH person:meir-kahane organization:jdl"}},
		{"a description naming another who founded", []string{
			"[Meir Kahane|person:meir-kahane] was the son of a rabbi who founded the [Jewish Defense League|organization:jdl]."},
			nil},
		{"formed a new party", []string{
			"In 2005 [Ariel Sharon|person:ariel-sharon] formed the new [Kadima|organization:kadima] party."},
			[]string{"AFFILIATED_WITH person:ariel-sharon organization:kadima"}},
		{"co-founded by, after a comma", []string{
			"[Hamas|organization:hamas], co-founded by [Ahmed Yassin|person:ahmed-yassin], won the vote."},
			[]string{"AFFILIATED_WITH person:ahmed-yassin organization:hamas"}},
		{"established by, passive clause", []string{
			"The [Islamic Revolutionary Guard Corps|organization:irgc] was established in 1979 by [Ruhollah Khomeini|person:ruhollah-khomeini]."},
			[]string{"AFFILIATED_WITH person:ruhollah-khomeini organization:irgc"}},
		{"active founding", []string{
			"In 1928 [Hassan al-Banna|person:hassan-al-banna] founded the [Muslim Brotherhood|organization:muslim-brotherhood] in Ismailia."},
			[]string{"AFFILIATED_WITH person:hassan-al-banna organization:muslim-brotherhood"}},
		{"co-founders told before the founder", []string{
			"In June 2002, with [Mustafa Barghouti|person:barghouti] and [Ibrahim Dakkak|person:dakkak], [Haidar Abdel-Shafi|person:abdel-shafi] founded the [Palestinian National Initiative|organization:pni]."},
			[]string{"AFFILIATED_WITH person:abdel-shafi organization:pni", "AFFILIATED_WITH person:barghouti organization:pni", "AFFILIATED_WITH person:dakkak organization:pni"}},
		{"co-founders told after the body", []string{
			"In 2002 [Haidar Abdel-Shafi|person:abdel-shafi] founded the [Palestinian National Initiative|organization:pni] (al-Mubadara) with [Mustafa Barghouti|person:barghouti]."},
			[]string{"AFFILIATED_WITH person:abdel-shafi organization:pni", "AFFILIATED_WITH person:barghouti organization:pni"}},
		{"a person met before the founding founded nothing", []string{
			"In 2002 [Haidar Abdel-Shafi|person:abdel-shafi] met [Mustafa Barghouti|person:barghouti] and founded the [Palestinian National Initiative|organization:pni]."},
			nil},
		{"its candidate", []string{
			"The [Muslim Brotherhood|organization:muslim-brotherhood] won the 2012 election when its candidate [Mohamed Morsi|person:mohamed-morsi] became president."},
			[]string{"AFFILIATED_WITH person:mohamed-morsi organization:muslim-brotherhood"}},
		{"the organisation's nominee", []string{
			"[Likud|organization:likud]'s nominee [Benjamin Netanyahu|person:benjamin-netanyahu] won."},
			[]string{"AFFILIATED_WITH person:benjamin-netanyahu organization:likud"}},
		{"the candidate for an alliance led by another group", []string{
			"Parliament elected [Najib Mikati|person:najib-mikati], the candidate for the [Hezbollah|organization:hezbollah]-led [March 8 Alliance|organization:march-8-alliance], prime minister."},
			[]string{"AFFILIATED_WITH person:najib-mikati organization:march-8-alliance"}},
		{"a state office held of a movement", []string{
			"A government headed by Prime Minister [Ismail Haniyeh|person:ismail-haniyeh|title=Prime Minister] of [Hamas|organization:hamas] was formed."},
			[]string{"AFFILIATED_WITH person:ismail-haniyeh organization:hamas"}},
		{"a charity founded by someone else, named after a person", []string{
			"[Ahmed Yassin|person:ahmed-yassin] praised [Hamas|organization:hamas], founded by others in 1987."},
			nil},
		{"set off by a comma, who founded a described body", []string{
			"This includes [Abd Al-Rahman al-Nuaimi|person:nuaimi], a Qatari citizen and a human-rights activist who founded the Swiss-based non-governmental organization (NGO) [Alkarama|organization:alkarama]."},
			[]string{"AFFILIATED_WITH person:nuaimi organization:alkarama"}},
		{"described, and the founder of a described company", []string{
			"His father was [Mohammed bin Awad bin Laden|person:awad], a Saudi millionaire from [Hadhramaut|place:hadhramaut], [Yemen|country:yemen] and the founder of the construction company, [Saudi Binladin Group|organization:sbg]."},
			[]string{"AFFILIATED_WITH person:awad organization:sbg"}},
		{"was the founder of", []string{
			"[Ahmed Yassin|person:ahmed-yassin] was the founder of [Hamas|organization:hamas]."},
			[]string{"AFFILIATED_WITH person:ahmed-yassin organization:hamas"}},
		{"the son of the founder of another's body", []string{
			"[Ali Khamenei|person:khamenei], the son of a cleric and the founder of the mosque of [Hezbollah|organization:hezbollah], spoke."},
			nil},
		{"a founder who did not found it", []string{
			"[Hamas|organization:hamas] was not founded by [Yasser Arafat|person:yasser-arafat]."},
			nil},
		{"another person between the organisation and its candidate", []string{
			"[Hamas|organization:hamas] fought [Mahmoud Abbas|person:mahmoud-abbas] and its candidate [Marwan Barghouti|person:marwan-barghouti]."},
			nil},
		{"a candidate running against the organisation", []string{
			"[Mohamed Morsi|person:mohamed-morsi] defeated [Ahmed Shafik|person:ahmed-shafik], a candidate backed by the [Army|organization:army]."},
			nil},
		{"a meeting with an organisation's founder is no founding", []string{
			"[Joe Biden|person:joe-biden] met the [Muslim Brotherhood|organization:muslim-brotherhood] and later [Recep Erdogan|person:recep-erdogan]."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, types, nil, tt.want)
		})
	}
}

// TestFoundedByOpener: a sentence opening with "Founded by X, ..." names
// the body founded right after its comma.
func TestFoundedByOpener(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"founded by a rabbi, then the body's possessive", []string{
			"Founded by Rabbi [Meir Kahane|person:meir-kahane] in [New York|place:new-york] in 1968, the [JDL|organization:jdl]'s purpose was to protect Jews."},
			[]string{"AFFILIATED_WITH person:meir-kahane organization:jdl title=Founder"}},
		{"founded in a year by two", []string{
			"Founded in 1987 by [Ahmed Yassin|person:ahmed-yassin] and [Abdel Aziz al-Rantisi|person:rantisi], [Hamas|organization:hamas] grew quickly."},
			[]string{"AFFILIATED_WITH person:ahmed-yassin organization:hamas title=Founder", "AFFILIATED_WITH person:rantisi organization:hamas title=Founder"}},
		{"the body is not right after the comma", []string{
			"Founded by [Ahmed Yassin|person:ahmed-yassin] in 1987, the movement fought [Fatah|organization:fatah]."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"AFFILIATED_WITH"}, []string{"title"}, tt.want)
		})
	}
}

// TestLifespanDatesNothing: the years set off after a person's name are
// the person's life; they date no fact of the sentence.
func TestLifespanDatesNothing(t *testing.T) {
	x := testExtractor(t)
	res := x.Extract(docOf("Osama bin Laden (1957–2011) was the founder of al-Qaeda."))
	found := false
	for _, r := range res.Relations {
		if r.Type != "AFFILIATED_WITH" {
			continue
		}
		found = true
		if d, ok := r.Properties["date"]; ok {
			t.Errorf("%s %s %s dated %v by a lifespan", r.Type, r.From, r.To, d)
		}
	}
	if !found {
		t.Error("no AFFILIATED_WITH for the founder")
	}
}
