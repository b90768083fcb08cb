package extract

import "testing"

// TestSignedAtGatherings: the parties of an agreement the document says
// was signed at a gathering took part in it; an agreement only named
// beside a gathering, or a gathering it was not signed at, gives nothing.
func TestSignedAtGatherings(t *testing.T) {
	const summit = "event:summit:41st-gcc-summit"
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"signed at a summit, its signers named later",
			[]string{"Leaders sign [Al-Ula Declaration|agreement:al-ula] at [41st GCC Summit|event:summit:41st-gcc-summit], restoring Gulf unity.",
				"[Saudi Arabia|country:saudi-arabia], [Qatar|country:qatar] and [Egypt|country:egypt] signed the [Al-Ula Declaration|agreement:al-ula]."},
			[]string{"PARTICIPATED_IN country:saudi-arabia " + summit, "PARTICIPATED_IN country:qatar " + summit, "PARTICIPATED_IN country:egypt " + summit}},
		{"was signed at a summit",
			[]string{"The [Al-Ula Declaration|agreement:al-ula] was signed at the [41st GCC Summit|event:summit:41st-gcc-summit].",
				"[Saudi Arabia|country:saudi-arabia] and [Qatar|country:qatar] signed the [Al-Ula Declaration|agreement:al-ula]."},
			[]string{"PARTICIPATED_IN country:saudi-arabia " + summit, "PARTICIPATED_IN country:qatar " + summit}},
		{"an agreement only named beside a summit",
			[]string{"Leaders discussed the [Al-Ula Declaration|agreement:al-ula] at the [41st GCC Summit|event:summit:41st-gcc-summit].",
				"[Saudi Arabia|country:saudi-arabia] and [Qatar|country:qatar] signed the [Al-Ula Declaration|agreement:al-ula]."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"PARTICIPATED_IN"}, nil, tt.want)
		})
	}
}

// TestSigningsAfterAnApposition: the day and place of a signing may come
// after what the agreement is.
func TestSigningsAfterAnApposition(t *testing.T) {
	const ev = "event:agreement:ifrane:1969-01-15"
	checkRelations(t, "", []string{`[Hassan II|person:hassan-ii] signed the [Treaty of Ifrane|agreement:ifrane], a treaty of "fraternity, good neighbourliness and cooperation", at the royal residence in [Ifrane|place:ifrane] on 15 January 1969.`},
		[]string{"PARTICIPATED_IN", "HELD_IN"}, nil, []string{"PARTICIPATED_IN person:hassan-ii " + ev, "HELD_IN " + ev + " place:ifrane"})
}

func TestSigningName(t *testing.T) {
	for _, tt := range []struct{ agreement, want string }{
		{"Treaty of Ifrane", "Signing of the Treaty of Ifrane"},
		{"Joint Declaration of Peace and Friendship", "Signing of the Joint Declaration of Peace and Friendship"},
		{"Abraham Accords", "Signing of the Abraham Accords"},
		{"JCPOA", "Signing of the JCPOA"},
		{"Executive Order 14157", "Signing of Executive Order 14157"},
	} {
		if got := signingName(tt.agreement); got != tt.want {
			t.Errorf("signingName(%q) = %q, want %q", tt.agreement, got, tt.want)
		}
	}
}
