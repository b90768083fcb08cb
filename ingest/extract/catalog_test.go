package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestBuiltinCatalog(t *testing.T) {
	x := testExtractor(t)
	if !strings.Contains(x.CatalogVersion(), "+") {
		t.Errorf("catalog version %q: want declared versions and a digest", x.CatalogVersion())
	}
	for _, id := range []string{"country:iran", "country:united-states", "country:oman", "place:muscat",
		"place:tehran", "person:steve-witkoff", "person:abbas-araghchi", "person:marco-rubio",
		"organization:carnegie-endowment-for-international-peace", "organization:white-house",
		"agreement:joint-comprehensive-plan-of-action", "country:palestine", "country:taiwan", "country:kosovo"} {
		if _, ok := x.cat.byID[id]; !ok {
			t.Errorf("catalog has no %s", id)
		}
	}
	if got, ok := x.capitalOf("place:muscat"); !ok || got != "country:oman" {
		t.Errorf("capitalOf(place:muscat) = %q, %v; want country:oman", got, ok)
	}
	if _, ok := x.capitalOf("place:geneva"); ok {
		t.Errorf("capitalOf(place:geneva): want no country")
	}
	if got, ok := x.locatedIn("place:geneva"); !ok || got != "country:switzerland" {
		t.Errorf("locatedIn(place:geneva) = %q, %v; want country:switzerland", got, ok)
	}
}

// TestBuiltinNamesAreUnique: a name or alias of two built-in entries would
// give a text's mention to whichever the matcher met first. Forms compare
// without case, since a lower-case word of a form takes any case.
func TestBuiltinNamesAreUnique(t *testing.T) {
	x := testExtractor(t)
	owner := map[string]string{}
	for _, e := range x.cat.entries {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			k := strings.ToLower(n)
			if prev, ok := owner[k]; ok && prev != e.ID {
				t.Errorf("%q names both %s and %s", n, prev, e.ID)
			}
			owner[k] = e.ID
		}
	}
}

// TestBuiltinEventDates: a built-in event's or agreement's date must agree
// with what its entry says of it elsewhere; the year in its name, aliases
// or description catches a date typed wrong.
func TestBuiltinEventDates(t *testing.T) {
	x := testExtractor(t)
	dated := 0
	for _, e := range x.cat.entries {
		if e.Date == "" {
			continue
		}
		dated++
		if said := e.Name + " " + strings.Join(e.Aliases, " ") + " " + e.Description; !strings.Contains(said, e.Date[:4]) {
			t.Errorf("%s: date %s, but its year is not in %q", e.ID, e.Date, said)
		}
	}
	if dated < 150 {
		t.Errorf("%d built-in events and agreements carry a date; want at least 150", dated)
	}
}

func TestExtraCatalog(t *testing.T) {
	write := func(t *testing.T, body string) string {
		t.Helper()
		p := filepath.Join(t.TempDir(), "extra.json")
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name    string
		body    string
		wantErr string // empty: loads
	}{
		{"valid entry loads", `{"version":"1","entities":[{"type":"Person","name":"Jane Roe","aliases":["J. Roe"]}]}`, ""},
		{"unknown type is rejected", `{"version":"1","entities":[{"type":"Ship","name":"Ever Given"}]}`, `entry 0 ("Ever Given"): unknown type "Ship"`},
		{"empty name is rejected", `{"version":"1","entities":[{"type":"Person","name":" "}]}`, `entry 0 (""): empty name`},
		{"id colliding with the built-in catalog is rejected", `{"version":"1","entities":[{"type":"Country","name":"Iran"}]}`, "id country:iran already used"},
		{"duplicate id inside the file is rejected", `{"version":"1","entities":[{"type":"Person","name":"A B"},{"type":"Person","name":"A-B"}]}`, `entry 1 ("A-B"): id person:a-b already used`},
		{"id with the wrong prefix is rejected", `{"version":"1","entities":[{"id":"org:x","type":"Organization","name":"X Corp"}]}`, `does not start with "organization:"`},
		{"unknown field is rejected", `{"version":"1","entities":[{"type":"Person","name":"A B","nick":"ab"}]}`, "unknown field"},
		{"dangling reference is rejected", `{"version":"1","entities":[{"type":"Place","name":"Atlantis","locatedIn":"country:nowhere"}]}`, "unknown id country:nowhere"},
		{"sides of a place are rejected", `{"version":"1","entities":[{"type":"Place","name":"Atlantis","sides":["country:iran"]}]}`, "sides are for events and agreements only"},
		{"where an agreement was fought is rejected", `{"version":"1","entities":[{"type":"Agreement","name":"Pact of Atlantis","foughtIn":["country:iran"]}]}`, "foughtIn is for events only"},
		{"a dangling side is rejected", `{"version":"1","entities":[{"type":"Event","name":"War of Atlantis","sides":["country:atlantis"]}]}`, "unknown id country:atlantis"},
		{"a dangling affiliation is rejected", `{"version":"1","entities":[{"type":"Person","name":"A B","affiliations":["organization:nowhere"]}]}`, "unknown id organization:nowhere"},
		{"a dangling attack is rejected", `{"version":"1","entities":[{"type":"Event","name":"Raid on Atlantis","attacks":[{"by":"country:iran","on":"country:atlantis"}]}]}`, "unknown id country:atlantis"},
		{"a wikidata value that is no item id is rejected", `{"version":"1","entities":[{"type":"Person","name":"A B","wikidata":"k"}]}`, `wikidata "k": want an item id`},
		{"a date on a person is rejected", `{"version":"1","entities":[{"type":"Person","name":"A B","date":"1990"}]}`, "date is for events and agreements only"},
		{"a date that is not a date is rejected", `{"version":"1","entities":[{"type":"Event","name":"War of Atlantis","date":"13 June 1990"}]}`, `date "13 June 1990": want YYYY, YYYY-MM or YYYY-MM-DD`},
		{"a month out of range is rejected", `{"version":"1","entities":[{"type":"Event","name":"War of Atlantis","date":"1990-13"}]}`, `date "1990-13"`},
		{"demonyms on a person are rejected", `{"version":"1","entities":[{"type":"Person","name":"A B","demonyms":["Bish"]}]}`, "demonyms and metonyms are for countries only"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := write(t, tt.body)
			x, err := New(Options{ExtraCatalog: []string{p}})
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("New: %v", err)
				}
				got := mentionsByID(x.findEntities(docOf("Officials met Jane Roe in Muscat.")))
				if len(got["person:jane-roe"]) != 1 {
					t.Errorf("extra entry not matched: got %v", got)
				}
				if x.CatalogVersion() == testExtractor(t).CatalogVersion() {
					t.Errorf("catalog version unchanged by an extra file")
				}
				return
			}
			if err == nil {
				t.Fatalf("New: got no error, want one containing %q", tt.wantErr)
			}
			if !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("New: got %q, want it to contain %q", err, tt.wantErr)
			}
			if tt.wantErr != "" && !strings.Contains(err.Error(), "unknown id") && !strings.Contains(err.Error(), p) {
				t.Errorf("error %q does not name the file %s", err, p)
			}
		})
	}
}

func TestSlug(t *testing.T) {
	tests := map[string]string{
		"Steve Witkoff":                      "steve-witkoff",
		"Côte d'Ivoire":                      "cote-divoire",
		"P5+1":                               "p5-plus-1",
		"U.S. Department of State":           "us-department-of-state",
		"Joint Comprehensive Plan of Action": "joint-comprehensive-plan-of-action",
		"Recep Tayyip Erdoğan":               "recep-tayyip-erdogan",
	}
	for in, want := range tests {
		if got := slug(in); got != want {
			t.Errorf("slug(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCatalogDocExample: the example of docs/catalog.md loads as an extra
// catalog and does what the document says.
func TestCatalogDocExample(t *testing.T) {
	doc, err := os.ReadFile("../../docs/catalog.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(doc), "```json\n")
	body, _, ok2 := strings.Cut(rest, "```")
	if !ok || !ok2 {
		t.Fatal("docs/catalog.md: no json example")
	}
	p := filepath.Join(t.TempDir(), "example.json")
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	x, err := New(Options{ExtraCatalog: []string{p}})
	if err != nil {
		t.Fatalf("New with the documented example: %v", err)
	}
	res := x.Extract(docOf("Operation Zorbian Dawn began at night, Israel said, and Iran answered.\nDana Orbel of Likud spoke in Nahal Zorb."))
	checkRelationKeys(t, res, []string{
		"ATTACKED country:israel country:iran",
		"PARTICIPATED_IN country:israel event:operation-zorbian-dawn",
		"AFFILIATED_WITH person:dana-orbel organization:likud",
	}, nil)
	i := slices.IndexFunc(res.Entities, func(e Entity) bool { return e.ID == "event:operation-zorbian-dawn" })
	if i < 0 {
		t.Fatalf("the example's event is not among %+v", res.Entities)
	}
	if p := res.Entities[i].Properties; p["date"] != "2031-04-02" || p["dateText"] != CatalogDateText {
		t.Errorf("the example's event: date %v (%v), want 2031-04-02 from the catalog", p["date"], p["dateText"])
	}
}

// TestHolocaustIsAnEvent: the catalog knows the Holocaust by its names.
func TestHolocaustIsAnEvent(t *testing.T) {
	checkDetection(t, testExtractor(t), []detectCase{
		{"the Nazi Holocaust", "The phrase means the Nazi Holocaust will never recur.", []string{"event:the-holocaust"}, nil},
		{"a holocaust in lower case is a word", "They feared a nuclear holocaust.", nil, []string{"event:the-holocaust"}},
	})
}

// TestRulerNumeralIsNoSurname: a ruler's numeral is no surname, so the
// pronoun "I" is nobody's mention, whether the catalog knows the ruler or
// not.
func TestRulerNumeralIsNoSurname(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, text, id string
		want           []string
	}{
		{"a catalog ruler", "Sultan Selim I conquered Egypt.\nI think it fell.", "person:selim-i", []string{"Selim I"}},
		{"a catalog ruler in a quote", "Xerxes I ruled Persia.\n\"I will return,\" the soldier said.", "person:xerxes-i", []string{"Xerxes I"}},
		{"a ruler the catalog does not know", "King Qorbash I ruled Zorba.\nI think it fell.", "person:qorbash-i", []string{"Qorbash I"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set := x.findEntities(docOf(tt.text))
			if got := mentionsByID(set)[tt.id]; !reflect.DeepEqual(got, tt.want) {
				t.Errorf("mentions of %s = %q, want %q (entities %v)", tt.id, got, tt.want, ids(set))
			}
		})
	}
}

// TestCatalogWireSpellings: the wire services' spellings of catalog
// people resolve to them.
func TestCatalogWireSpellings(t *testing.T) {
	x := testExtractor(t)
	for _, name := range []string{"Abd-Rabbu Mansour Hadi", "Abd Rabbu Mansour Hadi", "Abdrabbu Mansour Hadi"} {
		res := x.Extract(docOf("Yemen's President " + name + " fled to Aden."))
		if !slices.Contains(entityIDs(res), "person:abdrabbuh-mansur-hadi") {
			t.Errorf("%s: not resolved to the catalog's Abdrabbuh Mansur Hadi: %v", name, entityIDs(res))
		}
	}
}

// TestCatalogClimateConferences: the climate conferences go by their
// numbers ("COP28"), and the document's city is where they were held.
func TestCatalogClimateConferences(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "COP28 in Dubai",
			text: "Today at the 28th Conference of the Parties (COP28) in Dubai, 22 countries launched a declaration.",
			want: []string{"HELD_IN event:2023-united-nations-climate-change-conference place:dubai"}},
		{name: "COP27 by its number",
			text: "Egypt hosted COP27 in Sharm el-Sheikh.",
			want: []string{"HELD_IN event:2022-united-nations-climate-change-conference place:sharm-el-sheikh"}},
	})
}

// TestCatalogHornAndCentralAsia: the leaders of the Horn of Africa and
// Central Asia are known by their titled names and hold their offices for
// the states a text names.
func TestCatalogHornAndCentralAsia(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "two leaders who signed a peace",
			text: "Eritrea and Ethiopia made peace when President Isaias Afwerki and Prime Minister Meles Zenawi signed the agreement.",
			want: []string{"HOLDS_ROLE person:isaias-afwerki country:eritrea", "HOLDS_ROLE person:meles-zenawi country:ethiopia"}},
		{name: "a president who offered to host talks",
			text: "President Nursultan Nazarbayev offered Kazakhstan as a venue for the talks.",
			want: []string{"HOLDS_ROLE person:nursultan-nazarbayev country:kazakhstan"}},
	})
}

// TestCatalogHistoricalStates: states of the last two centuries that are
// gone or partly recognised are states of their own, with their offices.
func TestCatalogHistoricalStates(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "a president of a state since united with another",
			text: "President Julius Nyerere of Tanganyika negotiated the union in secret.",
			want: []string{"HOLDS_ROLE person:julius-nyerere country:tanganyika"}},
	})
	checkFinds(t, testExtractor(t), []findCase{
		{"Zaire broke off relations.", "country:zaire"},
		{"Iraq and Jordan answered with the Arab Federation in 1958.", "country:arab-federation"},
		{"The TRNC was proclaimed in 1983.", "country:turkish-republic-of-northern-cyprus"},
		{"The Polisario Front proclaimed the SADR.", "country:sahrawi-arab-democratic-republic"},
		{"Soviet Russia recognised Georgia.", "country:soviet-russia"},
		{"The Regency of Algiers fell in 1830.", "country:regency-of-algiers"},
		{"Kenya Colony was a British colony.", "country:kenya-colony"},
		{"The Dervishes fought British Somaliland.", "country:british-somaliland"},
		{"Anglo-Egyptian Sudan stayed out of the war.", "country:anglo-egyptian-sudan"},
		{"The Transcaucasian Federation broke up in May 1918.", "country:transcaucasian-democratic-federative-republic"},
	})
}

// TestCatalogBodiesOfTheRegion: services, parliaments, parties, missions
// and companies of the region are bodies the catalog knows, by name and
// acronym.
func TestCatalogBodiesOfTheRegion(t *testing.T) {
	checkFinds(t, testExtractor(t), []findCase{
		{"The KGB arrested him in 1937.", "organization:kgb"},
		{"The Jogorku Kenesh approved the treaty.", "organization:jogorku-kenesh"},
		{"The Bolsheviks took power in Baku.", "organization:bolsheviks"},
		{"The Shanghai Five met in 1996.", "organization:shanghai-five"},
		{"AMISOM troops entered Mogadishu.", "organization:african-union-mission-to-somalia"},
		{"SOCAR signed a contract with BP.", "organization:socar"},
		{"The Senussi order resisted the Italians.", "organization:senussi-order"},
	})
}

// TestCatalogFamilyNameFirst: a Chinese leader is taken up by his family
// name, written first ("Putin met Xi"); a numeral in capitals is no one's.
func TestCatalogFamilyNameFirst(t *testing.T) {
	x := testExtractor(t)
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"Xi Jinping arrived in Samarkand. Putin met Xi on 15 September.", []string{"Xi Jinping", "Xi"}},
		{"Xi Jinping arrived in Samarkand. The XI Corps attacked.", []string{"Xi Jinping"}},
	} {
		if got := mentionsByID(x.findEntities(docOf(tt.text)))["person:xi-jinping"]; !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q: mentions %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestCatalogPlacesOfTheRegion: regions, towns, passes and venues the
// region's texts name are places the catalog knows, in their states.
func TestCatalogPlacesOfTheRegion(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "a region of a state", text: "Fighting broke out in the Batken Region of Kyrgyzstan.",
			want: []string{"LOCATED_IN place:batken-region country:kyrgyzstan"}},
	})
	checkFinds(t, testExtractor(t), []findCase{
		{"The talks were held at the Rixos President Hotel.", "place:rixos-president-hotel"},
		{"Marchand reached Fashoda in July 1898.", "place:fashoda"},
		{"The convoy crossed the Khyber Pass.", "place:khyber-pass"},
		{"The slave market of Zanzibar Town was closed.", "place:zanzibar-town"},
		{"Fighters took Kurmuk and Kosti.", "place:kurmuk"},
		{"Fighters took Kurmuk and Kosti.", "place:kosti"},
	})
}

// TestCatalogRulersOfTheRegion: rulers and ministers of the region the
// catalog knows with their offices, so that a title alone names their
// state.
func TestCatalogRulersOfTheRegion(t *testing.T) {
	checkRelationCases(t, testExtractor(t), []relationCase{
		{name: "a president known by the catalog, her state named in the text",
			text: "President Salome Zourabichvili visited the monastery near the border with Azerbaijan, in Georgia.",
			want: []string{"HOLDS_ROLE person:salome-zourabichvili country:georgia"}},
		{name: "a president of the Horn named with his title",
			text: "President Isaias Afwerki of Eritrea met President Ismaïl Omar Guelleh in Djibouti.",
			want: []string{"HOLDS_ROLE person:isaias-afwerki country:eritrea", "HOLDS_ROLE person:ismail-omar-guelleh country:djibouti"}},
	})
}
