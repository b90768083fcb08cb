package extract

import "testing"

// TestMeetingsOfStyledNames: a name written with its style after an
// office set off by commas is the subject that met ("The UAE National
// Security Adviser, Sheikh Tahnoun bin Zayed Al Nahyan, met …"), and a
// family name after "bin" belongs to the name the catalog matched short
// of it ("Sheikh Mohammed bin Zayed Al Nahyan met …").
func TestMeetingsOfStyledNames(t *testing.T) {
	x := testExtractor(t)
	tests := []struct{ name, text, want string }{
		{"a style after the office's comma",
			"The UAE National Security Adviser, Sheikh Tahnoun bin Zayed Al Nahyan, met President Ebrahim Raisi in Tehran.",
			"MET_WITH person:ebrahim-raisi person:tahnoun-bin-zayed"},
		{"a family name past the catalog's form",
			"Sheikh Mohammed bin Zayed Al Nahyan met President Ebrahim Raisi in Tehran.",
			"MET_WITH person:ebrahim-raisi person:mohamed-bin-zayed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelationKeys(t, x.Extract(docOf(tt.text)), []string{tt.want}, nil)
		})
	}
}
