package extract

import "testing"

// TestHeadedBy: a body told with who heads, chairs or presides over it
// gives that person its head office; a body led by a state gives none.
func TestHeadedBy(t *testing.T) {
	tests := []struct {
		name, line string
		want       []string
	}{
		{"headed by a son, titled", "A [Transitional Military Council|organization:tmc] headed by his son, General [Mahamat Idriss Déby|person:mahamat|title=General], dissolved parliament.",
			[]string{"HOLDS_ROLE person:mahamat organization:tmc title=Head"}},
		{"chaired by, set off by commas", "The [Bahrain Independent Commission of Inquiry|organization:bici], chaired by [Cherif Bassiouni|person:bassiouni], reported in November 2011.",
			[]string{"HOLDS_ROLE person:bassiouni organization:bici title=Chairman"}},
		{"formed and headed by", "A [High Council of State|organization:hcs] was formed and headed by [Mohamed Boudiaf|person:boudiaf].",
			[]string{"HOLDS_ROLE person:boudiaf organization:hcs title=Head"}},
		{"headed by a state", "The [Arab League|organization:arab-league] mission, headed by [Egypt|country:egypt], arrived.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "2025-01-01", []string{tt.line}, []string{"HOLDS_ROLE"}, []string{"title"}, tt.want)
		})
	}
}

// TestLedByAside: the leaders named in an aside after a body, past its
// acronym, belong to it; a body led by a state gives no one.
func TestLedByAside(t *testing.T) {
	tests := []struct {
		name, line string
		want       []string
	}{
		{"two leaders after the acronym", "The [Islamic Movement of Uzbekistan|organization:imu] ([IMU|organization:imu]), led by [Tohir Yo'ldosh|person:yoldosh] and [Juma Namangani|person:namangani], made incursions.",
			[]string{"AFFILIATED_WITH person:yoldosh organization:imu", "AFFILIATED_WITH person:namangani organization:imu"}},
		{"commanded by", "The [Islamic Salvation Army|organization:ais], commanded by [Madani Mezrag|person:mezrag], opposed the GIA.",
			[]string{"AFFILIATED_WITH person:mezrag organization:ais"}},
		{"the body's forces led by", "The split set urban radicals against [Peshmerga|organization:peshmerga] forces led by [Mustafa Barzani|person:barzani].",
			[]string{"AFFILIATED_WITH person:barzani organization:peshmerga"}},
		{"the body's forces after a gloss in brackets", "Arif's ceasefire split the radicals from the [Peshmerga|organization:peshmerga] (Freedom fighters) forces led by [Mustafa Barzani|person:barzani].",
			[]string{"AFFILIATED_WITH person:barzani organization:peshmerga"}},
		{"led by a state", "The [Arab Coalition|organization:coalition], led by [Saudi Arabia|country:saudi-arabia], struck Sanaa.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "2025-01-01", []string{tt.line}, []string{"AFFILIATED_WITH"}, nil, tt.want)
		})
	}
}
