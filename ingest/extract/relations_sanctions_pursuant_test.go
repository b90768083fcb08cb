package extract

import "testing"

// TestDesignatedPursuant: in a government's release, a target "being
// designated pursuant to" an order is sanctioned by the release's
// government.
func TestDesignatedPursuant(t *testing.T) {
	const head = "Office of the Spokesperson"
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"a person designated under an order, by the state the release names", []string{head,
			"The [United States|country:united-states] acts today.",
			"[Ali Quxbeh|person:ali-quxbeh] is being designated pursuant to section 1(a)(ii) of E.O. 13949 for providing training."},
			[]string{"SANCTIONED country:united-states person:ali-quxbeh"}},
		{"a company blocked, by the department that designates", []string{head,
			"Today, the [Department of State|organization:department-of-state] is designating [Kamal Quxani|person:kamal-quxani].",
			"[Zorba Shipping|organization:zorba-shipping] is being blocked pursuant to section 5(a)(vii) of E.O. 13846."},
			[]string{"SANCTIONED organization:department-of-state person:kamal-quxani", "SANCTIONED organization:department-of-state organization:zorba-shipping"}},
		{"another body's designation told before is not the release's", []string{head,
			"The [United States|country:united-states] acts today.",
			"[Kamal Quxani|person:kamal-quxani] was designated by the [UN Security Council|organization:unsc] in 2007.",
			"[Ali Quxbeh|person:ali-quxbeh] is being designated pursuant to section 1(a)(ii) of E.O. 13949."},
			[]string{"SANCTIONED organization:unsc person:kamal-quxani date=2007", "SANCTIONED country:united-states person:ali-quxbeh"}},
		{"designated for what it did", []string{head,
			"The [United States|country:united-states] acts today.",
			"[Zorba Shipping|organization:zorba-shipping] was designated for having transported Iranian oil."},
			[]string{"SANCTIONED country:united-states organization:zorba-shipping"}},
		{"the date of the target's conduct is not the designation's", []string{head,
			"The [United States|country:united-states] acts today.",
			"[Zorba Shipping|organization:zorba-shipping] is being designated pursuant to section 3(a)(iii) of E.O. 13846 for, on or after November 5, 2018, knowingly engaging in a significant transaction."},
			[]string{"SANCTIONED country:united-states organization:zorba-shipping"}},
		{"not a government's release", []string{
			"The [United States|country:united-states] acts today.",
			"[Ali Quxbeh|person:ali-quxbeh] is being designated pursuant to section 1(a)(ii) of E.O. 13949."},
			nil},
		{"a designation to come", []string{head,
			"The [United States|country:united-states] acts today.",
			"[Ali Quxbeh|person:ali-quxbeh] could be designated pursuant to E.O. 13949."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"SANCTIONED"}, []string{"date"}, tt.want)
		})
	}
}
