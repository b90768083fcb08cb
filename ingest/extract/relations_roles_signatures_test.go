package extract

import "testing"

// TestSignatureLines: a joint statement's signatures, one per line, each
// give their signatory's office; an office is read on its own line only.
func TestSignatureLines(t *testing.T) {
	x := testExtractor(t)
	checkRelationCases(t, x, []relationCase{
		{name: "three signatures under one another",
			text: "The talks must resume.\nPresident of the United States Joe Biden\nPresident of the Arab Republic of Egypt Abdel Fattah el-Sisi\nAmir of the State of Qatar HH Sheikh Tamim bin Hamad Al Thani\n",
			want: []string{
				"HOLDS_ROLE person:joe-biden country:united-states",
				"HOLDS_ROLE person:abdel-fattah-el-sisi country:egypt",
				"HOLDS_ROLE person:tamim-bin-hamad-al-thani country:qatar",
			}},
	})
	res := x.Extract(docOf("Amir of the State of Qatar HH Sheikh Tamim bin Hamad Al Thani\nPresident of the Arab Republic of Egypt Abdel Fattah el-Sisi\n"))
	for _, r := range res.Relations {
		if r.Type == "HOLDS_ROLE" && r.From == "person:abdel-fattah-el-sisi" && r.Properties["title"] != "President" {
			t.Errorf("title of %s: got %q, want President", r.From, r.Properties["title"])
		}
	}
}
