package extract

import "testing"

// TestShoutedShortNames: each later use of a bracketed short name is a
// mention of the name in capitals it was taken from.
func TestShoutedShortNames(t *testing.T) {
	x := testExtractor(t)
	set := x.findEntities(docOf("HARISH QUXLEY RANGI (HARISH) is an Indian national.\nHARISH is being blocked pursuant to section 5.\nThe HARISHES came later."))
	got := mentionsByID(set)["person:harish-quxley-rangi"]
	want := []string{"HARISH QUXLEY RANGI", "HARISH", "HARISH"}
	if len(got) != len(want) {
		t.Fatalf("mentions: got %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("mention %d: got %q, want %q", i, got[i], want[i])
		}
	}
}

func TestShoutedName(t *testing.T) {
	for in, want := range map[string]string{
		"REZA TALAEI-NIK":       "Reza Talaei-Nik",
		"PORTEASE PARTNERS LLP": "Portease Partners LLP",
	} {
		if got := shoutedName(in); got != want {
			t.Errorf("shoutedName(%q) = %q, want %q", in, got, want)
		}
	}
}
