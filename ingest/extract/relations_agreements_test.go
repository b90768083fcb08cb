package extract

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// TestAgreementsReached holds the ways several parties make an agreement
// together, with the negatives that must stay silent.
func TestAgreementsReached(t *testing.T) {
	tests := []struct {
		name      string
		published string
		types     []string
		lines     []string
		want      []string
	}{
		{"two parties reach an unnamed agreement", "2015-04-02", []string{"PARTY_TO", "NEGOTIATED_WITH"},
			[]string{"[Iran|country:iran] and the [P5+1|organization:p5-plus-1] reach a framework agreement on Iran's nuclear program."},
			[]string{"PARTY_TO country:iran agreement:framework-agreement-2015", "PARTY_TO organization:p5-plus-1 agreement:framework-agreement-2015",
				"NEGOTIATED_WITH country:iran organization:p5-plus-1"}},
		{"a present-tense report is dated by its publication day", "2015-04-02", []string{"PARTICIPATED_IN", "HELD_IN"},
			[]string{"[Iran|country:iran] and the [P5+1|organization:p5-plus-1] reach a framework agreement in [Lausanne|place:lausanne]."},
			[]string{"PARTICIPATED_IN country:iran event:talks:iran-p5-plus-1:2015-04-02", "PARTICIPATED_IN organization:p5-plus-1 event:talks:iran-p5-plus-1:2015-04-02",
				"HELD_IN event:talks:iran-p5-plus-1:2015-04-02 place:lausanne"}},
		{"a signing without talks or venue makes no event", "2013-11-24", []string{"PARTICIPATED_IN"},
			[]string{"[Iran|country:iran] signs an interim agreement with the [P5+1|organization:p5-plus-1]."},
			nil},
		{"a deadline does not date it", "2015-04-02", []string{"PARTICIPATED_IN"},
			[]string{"[Iran|country:iran] and the [P5+1|organization:p5-plus-1] reach a framework agreement after talks, to be finalized by June 30, 2015."},
			[]string{"PARTICIPATED_IN country:iran event:talks:iran-p5-plus-1:2015-04-02", "PARTICIPATED_IN organization:p5-plus-1 event:talks:iran-p5-plus-1:2015-04-02"}},
		{"a past-tense report without a date makes no event", "2015-04-02", []string{"PARTICIPATED_IN", "PARTY_TO"},
			[]string{"[Iran|country:iran] and the [P5+1|organization:p5-plus-1] reached a framework agreement."},
			[]string{"PARTY_TO country:iran agreement:framework-agreement-2015", "PARTY_TO organization:p5-plus-1 agreement:framework-agreement-2015"}},
		{"a long list of parties, each a party and a participant", "2015-04-02", []string{"PARTY_TO", "NEGOTIATED_WITH"},
			[]string{"[Iran|country:iran], [France|country:france], [Russia|country:russia] and the [European Union|organization:european-union] reach an interim deal."},
			[]string{"PARTY_TO country:iran agreement:interim-agreement-2015", "PARTY_TO country:france agreement:interim-agreement-2015",
				"PARTY_TO country:russia agreement:interim-agreement-2015", "PARTY_TO organization:european-union agreement:interim-agreement-2015"}},
		{"a group's members in brackets", "2015-04-02", []string{"PARTY_TO"},
			[]string{"[Iran|country:iran] and the [P5+1|organization:p5-plus-1] ([France|country:france] and [Russia|country:russia] among them) reach a preliminary agreement."},
			[]string{"PARTY_TO country:iran agreement:preliminary-agreement-2015", "PARTY_TO organization:p5-plus-1 agreement:preliminary-agreement-2015"}},
		{"negotiators from the parties agree on the parameters of a named agreement", "2015-04-02", []string{"PARTY_TO"},
			[]string{"Negotiators from [Iran|country:iran] and the [P5+1|organization:p5-plus-1] agree on the key parameters of a [Joint Comprehensive Plan of Action|agreement:jcpoa]."},
			[]string{"PARTY_TO country:iran agreement:jcpoa", "PARTY_TO organization:p5-plus-1 agreement:jcpoa"}},
		{"a description named in parentheses makes no agreement of its own", "2015-04-02", []string{"PARTY_TO"},
			[]string{"[Iran|country:iran] and the [P5+1|organization:p5-plus-1] reached a framework agreement (the [Lausanne Framework|agreement:lausanne])."},
			[]string{"PARTY_TO country:iran agreement:lausanne", "PARTY_TO organization:p5-plus-1 agreement:lausanne"}},
		{"a generic agreement written in capitals, with the other party", "2015-04-02", []string{"PARTY_TO"},
			[]string{"[Georgia|country:georgia] signed an Association Agreement with the [EU|organization:european-union] in [Brussels|place:brussels] on 27 June 2014."},
			[]string{"PARTY_TO country:georgia agreement:association-agreement-2014", "PARTY_TO organization:european-union agreement:association-agreement-2014"}},
		{"one party alone", "2015-04-02", []string{"PARTY_TO"},
			[]string{"[Iran|country:iran] reaches a framework agreement."},
			nil},
		{"a failure", "2015-04-02", []string{"PARTY_TO", "PARTICIPATED_IN"},
			[]string{"[Iran|country:iran] and the [P5+1|organization:p5-plus-1] fail to reach an agreement."},
			nil},
		{"a hope", "2015-04-02", []string{"PARTY_TO", "PARTICIPATED_IN"},
			[]string{"[Iran|country:iran] and the [P5+1|organization:p5-plus-1] hope to reach a framework agreement."},
			nil},
		{"a hypothetical", "2015-04-02", []string{"PARTY_TO", "PARTICIPATED_IN"},
			[]string{"If [Iran|country:iran] and the [P5+1|organization:p5-plus-1] reach a framework agreement, sanctions end."},
			nil},
		{"a denial", "2015-04-02", []string{"PARTY_TO", "PARTICIPATED_IN"},
			[]string{"[Iran|country:iran] and the [P5+1|organization:p5-plus-1] have not reached a framework agreement."},
			nil},
		{"people are not parties", "2015-04-02", []string{"PARTY_TO"},
			[]string{"[Zarif|person:zarif] and [Kerry|person:kerry] reach a framework agreement."},
			nil},
		{"an undated unnamed agreement is not made up", "", []string{"PARTY_TO"},
			[]string{"[Iran|country:iran] and the [P5+1|organization:p5-plus-1] reached an agreement."},
			nil},
		{"one party reaches an agreement with another", "2015-04-02", []string{"PARTY_TO", "NEGOTIATED_WITH"},
			[]string{"[Iran|country:iran] reaches an interim agreement with the [P5+1|organization:p5-plus-1]."},
			[]string{"PARTY_TO country:iran agreement:interim-agreement-2015", "PARTY_TO organization:p5-plus-1 agreement:interim-agreement-2015",
				"NEGOTIATED_WITH country:iran organization:p5-plus-1"}},
		{"a group's noun between the parties", "2015-04-02", []string{"PARTY_TO"},
			[]string{"The [P5+1|organization:p5-plus-1] countries and [Iran|country:iran] reach a framework agreement."},
			[]string{"PARTY_TO country:iran agreement:framework-agreement-2015", "PARTY_TO organization:p5-plus-1 agreement:framework-agreement-2015"}},
		{"an unnamed agreement between parties", "2013-11-24", []string{"PARTY_TO", "NEGOTIATED_WITH"},
			[]string{"Sanctions eased under an interim agreement between [Iran|country:iran] and the [P5+1|organization:p5-plus-1]."},
			[]string{"PARTY_TO country:iran agreement:interim-agreement-2013", "PARTY_TO organization:p5-plus-1 agreement:interim-agreement-2013",
				"NEGOTIATED_WITH country:iran organization:p5-plus-1"}},
		{"an agreement sought between parties", "2013-11-24", []string{"PARTY_TO", "NEGOTIATED_WITH"},
			[]string{"Diplomats worked toward an agreement between [Iran|country:iran] and the [P5+1|organization:p5-plus-1]."},
			nil},
		{"a possible agreement between parties", "2013-11-24", []string{"PARTY_TO"},
			[]string{"They discussed a possible agreement between [Iran|country:iran] and the [P5+1|organization:p5-plus-1]."},
			nil},
		{"no agreement between parties", "2013-11-24", []string{"PARTY_TO"},
			[]string{"There is no agreement between [Iran|country:iran] and the [P5+1|organization:p5-plus-1]."},
			nil},
		{"a bare deal makes no agreement of its own", "2015-04-02", []string{"PARTY_TO"},
			[]string{"[Iran|country:iran] and the [P5+1|organization:p5-plus-1] reached a deal on the nuclear program."},
			nil},
		{"a sentence opening with the venue", "", []string{"HELD_IN", "PARTY_TO"},
			[]string{"In [Geneva|place:geneva], [Iran|country:iran] and the [P5+1|organization:p5-plus-1] agreed on an interim deal on 24 November 2013."},
			[]string{"HELD_IN event:talks:iran-p5-plus-1:2013-11-24 place:geneva",
				"PARTY_TO country:iran agreement:interim-agreement-2013", "PARTY_TO organization:p5-plus-1 agreement:interim-agreement-2013"}},
		{"a place opening the sentence as a topic is no venue", "", []string{"HELD_IN"},
			[]string{"In [Geneva|place:geneva] talks [Iran|country:iran] and the [P5+1|organization:p5-plus-1] agreed on an interim deal on 24 November 2013."},
			nil},
		{"a bare deal named by its state's topic", "2015-04-02", []string{"PARTY_TO"},
			[]string{"[Iran|country:iran] and the [P5+1|organization:p5-plus-1] reach a deal on Iran's nuclear program."},
			[]string{"PARTY_TO country:iran agreement:deal-2015", "PARTY_TO organization:p5-plus-1 agreement:deal-2015"}},
		{"agreement on a framework, the parties' parenthetical between commas", "2015-04-02", []string{"PARTY_TO", "HELD_IN"},
			[]string{"[Iran|country:iran] and the [P5+1|organization:p5-plus-1], meeting in [Lausanne|place:lausanne], [Switzerland|country:switzerland], reach agreement on a framework deal."},
			[]string{"PARTY_TO country:iran agreement:framework-agreement-2015", "PARTY_TO organization:p5-plus-1 agreement:framework-agreement-2015",
				"HELD_IN event:talks:iran-p5-plus-1:2015-04-02 place:lausanne"}},
		{"a passive agreement between parties", "2015-04-02", []string{"PARTY_TO"},
			[]string{"A framework agreement is reached between [Iran|country:iran] and the [P5+1|organization:p5-plus-1]."},
			[]string{"PARTY_TO country:iran agreement:framework-agreement-2015", "PARTY_TO organization:p5-plus-1 agreement:framework-agreement-2015"}},
		{"people stand for the states they serve", "2015-04-02", []string{"PARTY_TO", "NEGOTIATED_WITH"},
			[]string{"[U.S.|country:united-states] Secretary of State [John Kerry|person:john-kerry|title=Secretary of State;titleof=country:united-states] and [Iranian|country:iran|demonym] Foreign Minister [Javad Zarif|person:javad-zarif|title=Foreign Minister;titleof=country:iran] announce a framework agreement."},
			[]string{"PARTY_TO country:iran agreement:framework-agreement-2015", "PARTY_TO country:united-states agreement:framework-agreement-2015",
				"NEGOTIATED_WITH country:iran country:united-states"}},
		{"talks between the parties end with an agreement", "2015-04-02", []string{"PARTY_TO", "HELD_IN"},
			[]string{"Negotiations between [Iran|country:iran] and the [P5+1|organization:p5-plus-1] in [Lausanne|place:lausanne], [Switzerland|country:switzerland], end with a framework agreement."},
			[]string{"PARTY_TO country:iran agreement:framework-agreement-2015", "PARTY_TO organization:p5-plus-1 agreement:framework-agreement-2015",
				"HELD_IN event:talks:iran-p5-plus-1:2015-04-02 place:lausanne"}},
		{"parties do not end with an agreement", "2015-04-02", []string{"PARTY_TO"},
			[]string{"[Iran|country:iran] and the [P5+1|organization:p5-plus-1] end with a framework agreement."},
			nil},
		{"a framework with the other side", "2015-04-02", []string{"PARTY_TO"},
			[]string{"[Iran|country:iran] agrees to a framework with the [P5+1|organization:p5-plus-1]."},
			[]string{"PARTY_TO country:iran agreement:framework-2015", "PARTY_TO organization:p5-plus-1 agreement:framework-2015"}},
		{"any modifiers after the verb", "2015-04-02", []string{"PARTY_TO"},
			[]string{"[Iran|country:iran] and the [P5+1|organization:p5-plus-1] reach a general outline agreement."},
			[]string{"PARTY_TO country:iran agreement:general-outline-agreement-2015", "PARTY_TO organization:p5-plus-1 agreement:general-outline-agreement-2015"}},
		{"an understanding", "2015-04-02", []string{"PARTY_TO"},
			[]string{"[Iran|country:iran] and the [P5+1|organization:p5-plus-1] reach an understanding."},
			[]string{"PARTY_TO country:iran agreement:understanding-2015", "PARTY_TO organization:p5-plus-1 agreement:understanding-2015"}},
		{"a potential deal", "2015-04-02", []string{"PARTY_TO"},
			[]string{"[Iran|country:iran] and the [P5+1|organization:p5-plus-1] discuss and sign a potential nuclear deal."},
			nil},
		{"two states signing are parties, not said to negotiate", "", []string{"PARTY_TO", "NEGOTIATED_WITH"},
			[]string{"In 1969, [Iran|country:iran] and [Qatar|country:qatar] signed a demarcation agreement."},
			[]string{"PARTY_TO country:iran agreement:iran-qatar-demarcation-agreement-1969", "PARTY_TO country:qatar agreement:iran-qatar-demarcation-agreement-1969"}},
		{"something else reached", "2015-04-02", []string{"PARTY_TO"},
			[]string{"[Iran|country:iran] and the [P5+1|organization:p5-plus-1] reach a stalemate."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, tt.published, tt.lines, tt.types, nil, tt.want)
		})
	}
}

// TestUnnamedAgreementEntity checks the Agreement built for an unnamed
// phrase: its name, its mention and its date-free id.
func TestUnnamedAgreementEntity(t *testing.T) {
	doc, ents := markup(t, "2015-04-02", "[Iran|country:iran] and the [P5+1|organization:p5-plus-1] reach a framework agreement on Iran's nuclear program.")
	rs := relate(doc, ents)
	var found bool
	for _, e := range rs.Events {
		if e.ID != "agreement:framework-agreement-2015" {
			continue
		}
		found = true
		if e.Type != "Agreement" || e.Name != "Framework agreement on Iran's nuclear program (2015)" {
			t.Errorf("agreement = %s %q", e.Type, e.Name)
		}
	}
	if !found {
		t.Fatalf("no unnamed agreement among %d events", len(rs.Events))
	}
	var texts []string
	for _, m := range rs.Mentions {
		if m.EntityID == "agreement:framework-agreement-2015" {
			texts = append(texts, m.Text)
		}
	}
	if strings.Join(texts, "|") != "framework agreement" {
		t.Errorf("mentions = %q, want [framework agreement]", texts)
	}
}

// TestPartiesWordings holds the ways a text lists the parties of a named
// agreement, with the negatives.
func TestPartiesWordings(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"an appositive party", []string{"[Iran|country:iran], a party to the [NPT|agreement:npt], accepted safeguards."},
			[]string{"PARTY_TO country:iran agreement:npt"}},
		{"an appositive signatory", []string{"[Iran|country:iran], a signatory of the [NPT|agreement:npt], accepted safeguards."},
			[]string{"PARTY_TO country:iran agreement:npt"}},
		{"an appositive that is not a party", []string{"[Israel|country:israel], a critic of the [NPT|agreement:npt], refused."},
			nil},
		{"the parties listed in brackets", []string{"The parties to the [JCPOA|agreement:jcpoa] ([China|country:china], [France|country:france] and [Iran|country:iran]) met."},
			[]string{"PARTY_TO country:china agreement:jcpoa", "PARTY_TO country:france agreement:jcpoa", "PARTY_TO country:iran agreement:jcpoa"}},
		{"the parties listed after a colon", []string{"The remaining participants of the [JCPOA|agreement:jcpoa]: [Russia|country:russia] and [Iran|country:iran]."},
			[]string{"PARTY_TO country:iran agreement:jcpoa", "PARTY_TO country:russia agreement:jcpoa"}},
		{"its obligations under", []string{"Sanctions on [Iran|country:iran] are lifted after its compliance with obligations under the [JCPOA|agreement:jcpoa] was certified."},
			[]string{"PARTY_TO country:iran agreement:jcpoa"}},
		{"its obligations with two states before", []string{"[Iran|country:iran] told [Iraq|country:iraq] of its obligations under the [JCPOA|agreement:jcpoa]."},
			nil},
		{"its obligations under the one agreement written plainly", []string{"The [JCPOA|agreement:jcpoa] took effect.",
			"Sanctions on [Iran|country:iran] are lifted after its compliance with obligations under the nuclear agreement was certified."},
			[]string{"PARTY_TO country:iran agreement:jcpoa"}},
		{"its obligations under an agreement written plainly, two agreements named", []string{"The [JCPOA|agreement:jcpoa] and the [NPT|agreement:npt] apply.",
			"Sanctions on [Iran|country:iran] are lifted after its compliance with obligations under the nuclear agreement was certified."},
			nil},
		{"those who met and signed", []string{"On 8 December 1991 the leaders of [Russia|country:russia], [Ukraine|country:ukraine] and [Belarus|country:belarus] met at [Viskuli|place:viskuli] in the [Belovezha Forest|place:belovezha-forest] and signed the [Belovezha Accords|agreement:belovezha]."},
			[]string{"PARTY_TO country:belarus agreement:belovezha", "PARTY_TO country:russia agreement:belovezha", "PARTY_TO country:ukraine agreement:belovezha"}},
		{"one who met with another and signed", []string{"[Russia|country:russia] met with [Ukraine|country:ukraine] and signed the [Belovezha Accords|agreement:belovezha]."},
			[]string{"PARTY_TO country:russia agreement:belovezha"}},
		{"critics of an agreement listed", []string{"The critics of the [JCPOA|agreement:jcpoa] ([Israel|country:israel] and [Saudi Arabia|country:saudi-arabia]) spoke."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", tt.lines, []string{"PARTY_TO"}, nil, tt.want)
		})
	}
}

// TestNegotiatedAgreements: a state negotiating an agreement with no "with"
// negotiates with the sentence's one other state.
func TestNegotiatedAgreements(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"the other state earlier in the sentence", "[Iran|country:iran] has agreed to a ceasefire as the [United States|country:united-states] negotiates a broader peace agreement.",
			[]string{"NEGOTIATED_WITH country:iran country:united-states"}},
		{"two other states", "[Iran|country:iran] and [Iraq|country:iraq] agreed to a ceasefire as the [United States|country:united-states] negotiates a peace agreement.",
			nil},
		{"no other state", "The [United States|country:united-states] negotiates a trade agreement.",
			nil},
		{"a plan to negotiate", "[Iran|country:iran] agreed to a ceasefire; the [United States|country:united-states] hopes to be negotiating a peace agreement.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "", []string{tt.line}, []string{"NEGOTIATED_WITH"}, nil, tt.want)
		})
	}
}

func TestPassiveSigning(t *testing.T) {
	checkRelations(t, "", []string{
		"The [Joint Comprehensive Plan of Action|agreement:joint-comprehensive-plan-of-action] was signed in [Vienna|place:vienna] on 14 July 2015 by [Iran|country:iran] and the [P5+1|organization:p5-plus-1]."},
		[]string{"PARTY_TO"}, nil, []string{
			"PARTY_TO country:iran agreement:joint-comprehensive-plan-of-action",
			"PARTY_TO organization:p5-plus-1 agreement:joint-comprehensive-plan-of-action",
		})
	checkRelations(t, "", []string{
		"The [Joint Comprehensive Plan of Action|agreement:joint-comprehensive-plan-of-action] was criticised in [Vienna|place:vienna] by [Iran|country:iran]."},
		[]string{"PARTY_TO"}, nil, nil)
}

func TestAgreementBetween(t *testing.T) {
	checkRelations(t, "", []string{
		"[Saddam|person:saddam-hussein] led opposition to the [Camp David Accords|agreement:camp-david-accords] between [Egypt|country:egypt] and [Israel|country:israel] (1979)."},
		[]string{"PARTY_TO"}, nil, []string{
			"PARTY_TO country:egypt agreement:camp-david-accords",
			"PARTY_TO country:israel agreement:camp-david-accords",
		})
	checkRelations(t, "", []string{
		"The [Camp David Accords|agreement:camp-david-accords] were discussed by [Egypt|country:egypt] and [Israel|country:israel]."},
		[]string{"PARTY_TO"}, nil, nil)
}

func TestNamedSides(t *testing.T) {
	checkRelations(t, "", []string{
		"The [Israel–Egypt Armistice Agreement|agreement:israel-egypt-armistice-agreement] held until [Israel|country:israel] and [Egypt|country:egypt] fought again."},
		[]string{"PARTY_TO"}, nil, []string{
			"PARTY_TO country:egypt agreement:israel-egypt-armistice-agreement",
			"PARTY_TO country:israel agreement:israel-egypt-armistice-agreement",
		})
	// The sides must be states the text names.
	checkRelations(t, "", []string{
		"The [Israel–Egypt Armistice Agreement|agreement:israel-egypt-armistice-agreement] was signed in 1949."},
		[]string{"PARTY_TO"}, nil, nil)
}

// TestTruceAgreed: two sides that agreed to a ceasefire are parties to an
// agreement named after them and its year; where it holds is no venue of
// talks; a ceasefire they failed to agree to is none.
func TestTruceAgreed(t *testing.T) {
	tests := []struct {
		name, line string
		want       []string
		agreement  string
	}{
		{"agreed to a ceasefire on a day", "[Hezbollah|organization:hezbollah] and [Israel|country:israel] agreed to a ceasefire on November 27, 2024.",
			[]string{"PARTY_TO organization:hezbollah agreement:truce:hezbollah-israel-2024", "PARTY_TO country:israel agreement:truce:hezbollah-israel-2024",
				"NEGOTIATED_WITH country:israel organization:hezbollah"},
			"Hezbollah–Israel ceasefire (2024)"},
		{"a ceasefire in a place: where it holds", "[Israel|country:israel] and [Hamas|organization:hamas] had agreed to a complete ceasefire in [Gaza|place:gaza] on January 15, 2025.",
			[]string{"PARTY_TO country:israel agreement:truce:hamas-israel-2025", "PARTY_TO organization:hamas agreement:truce:hamas-israel-2025",
				"NEGOTIATED_WITH country:israel organization:hamas"},
			"Israel–Hamas ceasefire (2025)"},
		{"one side reached a truce with the other", "[Hamas|organization:hamas] reached a truce with [Israel|country:israel] on 5 May 2019.",
			[]string{"PARTY_TO organization:hamas agreement:truce:hamas-israel-2019", "PARTY_TO country:israel agreement:truce:hamas-israel-2019",
				"NEGOTIATED_WITH country:israel organization:hamas"},
			"Hamas–Israel truce (2019)"},
		{"one side agreed to a ceasefire with the other's army", "[Hamas|organization:hamas] has agreed to a ceasefire with the [Israeli|country:israel|demonym] military on 5 May 2019.",
			[]string{"PARTY_TO organization:hamas agreement:truce:hamas-israel-2019", "PARTY_TO country:israel agreement:truce:hamas-israel-2019",
				"NEGOTIATED_WITH country:israel organization:hamas"},
			"Hamas–Israel ceasefire (2019)"},
		{"one side's truce in a place has no second side", "[Hamas|organization:hamas] reached a truce in [Gaza|place:gaza] on 5 May 2019.", nil, "Gaza truce"},
		{"failed to agree", "[Israel|country:israel] and [Hamas|organization:hamas] failed to agree to a ceasefire in 2024.", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := checkRelations(t, "", []string{tt.line}, []string{"PARTY_TO", "NEGOTIATED_WITH", "HELD_IN", "PARTICIPATED_IN"}, nil, tt.want)
			var names []string
			for _, e := range rs.Events {
				names = append(names, e.Name)
			}
			if tt.agreement != "" && (len(names) != 1 || names[0] != tt.agreement) {
				t.Errorf("agreements and events: %v, want [%s]", names, tt.agreement)
			}
			if tt.agreement == "" && len(names) > 0 {
				t.Errorf("unexpected %v", names)
			}
		})
	}
}

// TestAgreementNamedByItsParties: "the arrangement between Lebanon and
// Israel" is an agreement of the two; one sought or indefinite is not.
func TestAgreementNamedByItsParties(t *testing.T) {
	tests := []struct {
		name string
		line string
		want []string
	}{
		{"the arrangement between two states",
			"The arrangement between [Lebanon|country:lebanon] and [Israel|country:israel], monitored by the [United States|country:united-states], will continue.",
			[]string{"PARTY_TO country:israel agreement:lebanon-israel-arrangement-2025", "PARTY_TO country:lebanon agreement:lebanon-israel-arrangement-2025"}},
		{"the deal between a state and a group",
			"The deal between [Israel|country:israel] and [Hamas|organization:hamas] includes a prisoner exchange.",
			[]string{"PARTY_TO country:israel agreement:israel-hamas-deal-2025", "PARTY_TO organization:hamas agreement:israel-hamas-deal-2025"}},
		{"a deal sought",
			"Talks on the deal between [Israel|country:israel] and [Hamas|organization:hamas] stalled.",
			nil},
		{"an indefinite deal",
			"A deal between [Israel|country:israel] and [Hamas|organization:hamas] would free hostages.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRelations(t, "2025-01-26", []string{tt.line}, []string{"PARTY_TO"}, nil, tt.want)
		})
	}
}

// TestBareAgreementSignedByTwo: two parties that signed or reached "an
// agreement" are party to the agreement named after them; one that failed
// to is not.
func TestBareAgreementSignedByTwo(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "signed an agreement, then its place",
			text: "Iran and Saudi Arabia signed a deal in Beijing in March 2023.",
			want: []string{"PARTY_TO country:iran agreement:iran-saudi-arabia-deal-2023", "PARTY_TO country:saudi-arabia agreement:iran-saudi-arabia-deal-2023"}},
		{name: "failed to sign",
			text: "Iran and Iraq failed to sign an agreement in 2023.",
			not:  []string{"PARTY_TO country:iran agreement:iran-iraq-agreement-2023"}},
	})
}

// TestSignedAgreementNamedByItsSides: an unnamed agreement two sides
// signed is named after them, and its "deal" and "agreement" are one.
func TestSignedAgreementNamedByItsSides(t *testing.T) {
	const id = "agreement:fatah-hamas-reconciliation-agreement-2017"
	checkRelations(t, "2017-10-12", []string{
		"[Fatah|organization:fatah] and [Hamas|organization:hamas] sign reconciliation deal",
		"",
		"[Fatah|organization:fatah] and [Hamas|organization:hamas] signed a reconciliation agreement in Cairo on Thursday.",
	}, []string{"PARTY_TO"}, nil, []string{"PARTY_TO organization:fatah " + id, "PARTY_TO organization:hamas " + id})
	// Reached, not signed: the phrase alone, which reports naming other
	// sides share.
	checkRelations(t, "2015-04-02", []string{
		"[Iran|country:iran] and the [P5+1|organization:p5-plus-1] reach a framework agreement.",
	}, []string{"PARTY_TO"}, nil, []string{"PARTY_TO country:iran agreement:framework-agreement-2015", "PARTY_TO organization:p5-plus-1 agreement:framework-agreement-2015"})
}

// TestTruceAgreementNames: a truce two parties agreed to is named as the
// text tells it, parties in its order and the truce's length kept ("a
// four-day truce"), with the parties in order of name as an alias.
func TestTruceAgreementNames(t *testing.T) {
	x := testExtractor(t)
	doc := docOf("Israel and Hamas agree to a four-day truce brokered by Qatar.")
	doc.Published = time.Date(2023, 11, 22, 0, 0, 0, 0, time.UTC)
	res := x.Extract(doc)
	const id = "agreement:truce:hamas-israel-2023"
	for _, e := range res.Entities {
		if e.ID != id {
			continue
		}
		if e.Name != "Israel–Hamas four-day truce (2023)" || !slices.Contains(e.Aliases, "Hamas–Israel truce") {
			t.Errorf("%s: name %q, aliases %q", id, e.Name, e.Aliases)
		}
		checkRelationKeys(t, res, []string{"PARTY_TO country:israel " + id, "PARTY_TO organization:hamas " + id}, nil)
		return
	}
	t.Errorf("no %s in %v", id, res.Entities)
}

// TestSupportIsHelp: "with the support of Egypt" says who helped; the
// sentence still tells what happened.
func TestSupportIsHelp(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "help given in a clause",
			text: "Israel and Hamas agree to a truce, with the support of Egypt, after weeks of indirect negotiations in Doha.",
			want: []string{"HELD_IN event:talks:doha place:doha", "PARTICIPATED_IN country:israel event:talks:doha"}},
		{name: "support as a stance is still none",
			text: "Egypt supports talks in Doha.",
			not:  []string{"HELD_IN event:talks:doha place:doha"}},
	})
}
