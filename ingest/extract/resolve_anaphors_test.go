package extract

import (
	"reflect"
	"testing"
)

func TestAgreementAnaphors(t *testing.T) {
	x := testExtractor(t)
	const jcpoa = "agreement:joint-comprehensive-plan-of-action"
	tests := []struct {
		name, text string
		want       []string // mention texts of the JCPOA
	}{
		{"the agreement takes up the one named before",
			"The Joint Comprehensive Plan of Action was signed in 2015.\nThe United States withdrew from the agreement in 2018.",
			[]string{"Joint Comprehensive Plan of Action", "agreement"}},
		{"a modifier may stand before the noun",
			"Iran signed the JCPOA.\nLater the nuclear deal collapsed.",
			[]string{"JCPOA", "nuclear deal"}},
		{"a new agreement introduced since breaks the chain",
			"Iran signed the JCPOA.\nSaudi Arabia and Iran signed an agreement in Beijing.\nIran honoured the agreement.",
			[]string{"JCPOA"}},
		{"too far back is no antecedent",
			"Iran signed the JCPOA.\nOne.\nTwo.\nThree.\nFour.\nThe agreement held.",
			[]string{"JCPOA"}},
		{"an agreement between others describes its own",
			"Iran signed the JCPOA.\nThe agreement between Qatar and Oman followed.",
			[]string{"JCPOA"}},
		{"nothing named, nothing resolved",
			"The agreement held.",
			nil},
		{"a date after on opens no description",
			"The Joint Comprehensive Plan of Action was signed in 2015.\nThe United States withdrew from the agreement on 8 May 2018.",
			[]string{"Joint Comprehensive Plan of Action", "agreement"}},
		{"It, telling how the agreement the sentence before opens with was made",
			"The Joint Comprehensive Plan of Action is a nuclear deal.\nIt was concluded between Iran and the P5+1 in 2015.",
			[]string{"Joint Comprehensive Plan of Action", "It"}},
		{"It after a sentence that does not open with the agreement",
			"Iran signed the Joint Comprehensive Plan of Action.\nIt was concluded in 2015.",
			[]string{"Joint Comprehensive Plan of Action"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set := x.findEntities(docOf(tt.text))
			if got := mentionsByID(set)[jcpoa]; !reflect.DeepEqual(got, tt.want) {
				t.Errorf("mentions of the JCPOA: got %q, want %q", got, tt.want)
			}
			if e, ok := set.Entities[jcpoa]; ok {
				for _, a := range e.Aliases {
					if agreementNouns[a] {
						t.Errorf("alias %q: an anaphor is no name", a)
					}
				}
			}
		})
	}
}

func TestHeadedAgreementAnaphors(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, text, id string
		want           []string // mention texts of id
	}{
		{"the Accords after the Artemis Accords",
			"Turkey joined the Artemis Accords.\nTurkey is the 71st country to sign the Accords to date.",
			"agreement:artemis-accords", []string{"Artemis Accords", "Accords"}},
		{"signed on behalf of a state",
			"Turkey joined the Artemis Accords.\nMinister Kacır signed the Accords on behalf of Turkey.",
			"agreement:artemis-accords", []string{"Artemis Accords", "Accords"}},
		{"the Convention after the Chemical Weapons Convention",
			"Syria acceded to the Chemical Weapons Convention in 2013.\nInspectors verified its compliance with the Convention.",
			"agreement:chemical-weapons-convention", []string{"Chemical Weapons Convention", "Convention"}},
		{"a convention is not any agreement",
			"Iran signed the JCPOA.\nThe convention met in Vienna.",
			"agreement:joint-comprehensive-plan-of-action", []string{"JCPOA"}},
		{"the one agreement of the document named with the noun, far back and past another",
			"Syria acceded to the Chemical Weapons Convention in 2013.\nOne.\nTwo.\nIran signed the JCPOA.\nThree.\nInspectors verified its compliance with the Convention.",
			"agreement:chemical-weapons-convention", []string{"Chemical Weapons Convention", "Convention"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set := x.findEntities(docOf(tt.text))
			if got := mentionsByID(set)[tt.id]; !reflect.DeepEqual(got, tt.want) {
				t.Errorf("mentions of %s: got %q, want %q", tt.id, got, tt.want)
			}
		})
	}
}

func TestTwoAgreementsNearNoAnaphor(t *testing.T) {
	x := testExtractor(t)
	set := x.findEntities(docOf("Iran signed the JCPOA and the Non-Proliferation Treaty.\nThe agreement held."))
	for id, ms := range mentionsByID(set) {
		for _, m := range ms {
			if m == "agreement" {
				t.Errorf("%s: the agreement resolved though two agreements came before it", id)
			}
		}
	}
}

func TestTitleAnaphors(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, text, id string
		want           []string // mention texts of id
	}{
		{"the Secretary is the one secretary named before",
			"Secretary Rubio traveled to Rome.\nThe Secretary met Iraqi Foreign Minister Fuad Hussein.",
			"person:marco-rubio", []string{"Rubio", "Secretary"}},
		{"a longer title",
			"Special Envoy Steve Witkoff arrived.\nThe Special Envoy underscored the point.",
			"person:steve-witkoff", []string{"Steve Witkoff", "Special Envoy"}},
		{"two presidents: no antecedent",
			"President Trump called President Joseph Aoun.\nThe President thanked him.",
			"person:donald-trump", []string{"Trump"}},
		{"a name after the title is that name's",
			"Secretary Rubio spoke.\nThe Secretary General Antonio Guterres answered.",
			"person:marco-rubio", []string{"Rubio"}},
		{"nobody titled before",
			"The Secretary met Fuad Hussein.\nSecretary Rubio left.",
			"person:marco-rubio", []string{"Rubio"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set := x.findEntities(docOf(tt.text))
			if got := mentionsByID(set)[tt.id]; !reflect.DeepEqual(got, tt.want) {
				t.Errorf("mentions of %s: got %q, want %q", tt.id, got, tt.want)
			}
			for _, m := range set.Mentions {
				if m.Text == "Secretary" && !m.Anaphor && m.EntityID == tt.id {
					t.Errorf("%q: an anaphor mention must say so", m.Text)
				}
			}
		})
	}
}
