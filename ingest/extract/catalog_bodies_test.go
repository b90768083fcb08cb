package extract

import "testing"

// TestCatalogBodiesOfAfricaAndCentralAsia: the bodies the catalog names for
// the wars and peace processes of Africa and Central Asia are read by their
// short names too.
func TestCatalogBodiesOfAfricaAndCentralAsia(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The OAU Secretary-General, Salim Ahmed Salim, witnessed it.", "Organisation of African Unity"},
		{"The Derg seized power.", "Derg"},
		{"The Union of Islamic Courts held Mogadishu.", "Islamic Courts Union"},
		{"The RPF advanced on Kigali.", "Rwandese Patriotic Front"},
		{"The UTO signed the protocol.", "United Tajik Opposition"},
		{"The TFG moved to Baidoa.", "Transitional Federal Government"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			res := testExtractor(t).Extract(docOf(tt.text))
			for _, e := range res.Entities {
				if e.Type == "Organization" && e.Name == tt.want {
					return
				}
			}
			t.Errorf("%q: no %s among %v", tt.text, tt.want, res.Entities)
		})
	}
}

// TestCatalogFormalStateNames: a lead's formal name of a state is the
// state, one mention from its first word, so the words before it read as
// they would before the short name.
func TestCatalogFormalStateNames(t *testing.T) {
	tests := []struct{ text, formal, want string }{
		{"The dispute is between the Kingdom of Morocco and the Polisario Front.", "Kingdom of Morocco", "Morocco"},
		{"The Republic of Armenia signed the protocol.", "Republic of Armenia", "Armenia"},
		{"The Federal Democratic Republic of Ethiopia signed it.", "Federal Democratic Republic of Ethiopia", "Ethiopia"},
		{"The Kyrgyz Republic closed the border.", "Kyrgyz Republic", "Kyrgyzstan"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			res := testExtractor(t).Extract(docOf(tt.text))
			for _, e := range res.Entities {
				for _, m := range e.Mentions {
					if e.Type == "Country" && e.Name == tt.want && m.Text == tt.formal {
						return
					}
				}
			}
			t.Errorf("%q: no mention %q of %s among %v", tt.text, tt.formal, tt.want, res.Entities)
		})
	}
}
