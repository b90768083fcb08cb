package extract

import "testing"

// TestLedAsRoles: who led a state as an office held it, for the state or
// for the body the office is of; leading it without an office says none.
func TestLedAsRoles(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "led a state as its prime minister",
			text: "Nuri al-Said led Iraq as prime minister fourteen times.",
			want: []string{"HOLDS_ROLE person:nuri-al-said country:iraq"}},
		{name: "ruled a state as president",
			text: "Gamal Abdel Nasser ruled Egypt as president from 1956 until his death.",
			want: []string{"HOLDS_ROLE person:gamal-abdel-nasser country:egypt"}},
		{name: "an office of the body named after it",
			text: "Heydar Aliyev led Soviet Azerbaijan as First Secretary of the Communist Party of Azerbaijan from 1969 to 1982.",
			want: []string{"HOLDS_ROLE person:heydar-aliyev organization:communist-party-of-azerbaijan"},
			not:  []string{"HOLDS_ROLE person:heydar-aliyev country:azerbaijan"}},
		{name: "led a state with no office told",
			text: "Nuri al-Said led Iraq as a young man into the war.",
			not:  []string{"HOLDS_ROLE person:nuri-al-said country:iraq"}},
	})
}
