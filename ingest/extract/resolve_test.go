package extract

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/kg-project/kg/ingest/normalize"
	"github.com/kg-project/kg/ingest/source"
)

func TestResolution(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, text string
		want       map[string][]string // entity id → mention texts
		absent     []string
	}{
		{"bare surname resolves to the full name of the document",
			"Foreign Minister Kamal Xandor arrived.\nXandor spoke first.",
			map[string][]string{"person:kamal-xandor": {"Kamal Xandor", "Xandor"}}, nil},
		{"a surname two people share is the one the sentence before named",
			"Foreign Minister Kamal Xandor arrived in 1990.\nHe met President Dario Quxley in 1990.\nIn 2001 he met President Zorbo Quxley in Paris.\nQuxley thanked him.",
			map[string][]string{"person:zorbo-quxley": {"Zorbo Quxley", "Quxley"}, "person:dario-quxley": {"Dario Quxley"}}, nil},
		{"a surname two people share, both named just before, is neither's",
			"Foreign Minister Kamal Xandor arrived in 1990.\nHe met President Dario Quxley and President Zorbo Quxley in Paris.\nQuxley thanked him.",
			map[string][]string{"person:zorbo-quxley": {"Zorbo Quxley"}, "person:dario-quxley": {"Dario Quxley"}}, nil},
		{"a bare surname opening the section under a one-word heading",
			"Foreign Minister Kamal Xandor arrived.\n\nBackground\n\nXandor had seized power in a coup.",
			map[string][]string{"person:kamal-xandor": {"Kamal Xandor", "Xandor"}}, []string{"person:background-xandor"}},
		{"a family name without its article is the full name's of the document",
			"Hafez al-Assad served as President of Syria from 1971.\nAssad launched the October War of 1973.",
			map[string][]string{"person:hafez-al-assad": {"Hafez al-Assad", "Assad"}}, []string{"person:bashar-al-assad"}},
		{"shared surname stays unresolved",
			"Sen. Tim Scott and Sen. Rick Scott voted.\nScott spoke first.",
			map[string][]string{"person:tim-scott": {"Tim Scott"}, "person:rick-scott": {"Rick Scott"}}, []string{"person:scott"}},
		{"the word after bin is a father's name, no surname",
			"Prince Zorbar bin Sultan spoke in 2001.\nThe heir was Crown Prince Sultan, Minister of Defense.",
			map[string][]string{"person:zorbar-bin-sultan": {"Zorbar bin Sultan"}}, nil},
		{"titled surname resolves to the catalog",
			"Secretary Driscoll held a meeting.",
			map[string][]string{"person:dan-driscoll": {"Driscoll"}}, nil},
		{"Senator Rubio is Marco Rubio",
			"as expressed by Senator Rubio, peace",
			map[string][]string{"person:marco-rubio": {"Rubio"}}, nil},
		{"titled first name resolves to the document's person",
			"Prime Minister Hamad bin Jassim bin Jaber Al Thani spoke.\nSheikh Jaber also advocated talks.",
			map[string][]string{"person:hamad-bin-jassim-bin-jaber-al-thani": {"Hamad bin Jassim bin Jaber Al Thani", "Jaber"}}, []string{"person:jaber"}},
		{"known surname goes to the document's own person",
			"the network of Mohammad Hossein Shamkhani grew.\nShamkhani profited.",
			map[string][]string{"person:mohammad-hossein-shamkhani": {"Mohammad Hossein Shamkhani", "Shamkhani"}}, []string{"person:ali-shamkhani"}},
		{"a surname the catalog keeps for another goes to the document's own person",
			"Mossad chief Zvi Zamir flew to Munich.\nZamir was never consulted.",
			map[string][]string{"person:zvi-zamir": {"Zvi Zamir", "Zamir"}}, []string{"person:eyal-zamir"}},
		{"a titled surname whose office the catalog gives its other bearer",
			"They opposed the succession of Gamal Mubarak.\nThe revolution forced the resignation of President Mubarak.",
			map[string][]string{"person:gamal-mubarak": {"Gamal Mubarak"}, "person:hosni-mubarak": {"Mubarak"}}, nil},
		{"a head of state's title the catalog gives neither bearer stays the document's",
			"Mossad chief Zvi Zamir flew to Munich.\nPresident Zamir was never consulted.",
			map[string][]string{"person:zvi-zamir": {"Zvi Zamir", "Zamir"}}, []string{"person:eyal-zamir"}},
		{"a king's given name is the one catalog king of that name of a state the text names",
			"Saudi Arabia was ruled by King Fahd.\nKing Abdullah urged action.",
			map[string][]string{"person:abdullah-bin-abdulaziz": {"Abdullah"}}, []string{"person:abdullah"}},
		{"two catalog kings of that name of the state named leave it as written",
			"Jordan was at peace.\nKing Abdullah urged action.",
			map[string][]string{"person:abdullah": {"Abdullah"}}, []string{"person:abdullah-ii", "person:abdullah-i-of-jordan"}},
		{"kings of that name of two states named leave it as written",
			"Saudi Arabia and Jordan met.\nKing Abdullah urged action.",
			map[string][]string{"person:abdullah": {"Abdullah"}}, []string{"person:abdullah-bin-abdulaziz"}},
		{"a body named without its state is the body of the state named before",
			"The Supreme Zorbian Court of Quxland ruled.\nLater the Supreme Zorbian Court ruled again.",
			map[string][]string{"organization:supreme-zorbian-court-of-quxland": {"Supreme Zorbian Court of Quxland", "Supreme Zorbian Court"}}, []string{"organization:supreme-zorbian-court"}},
		{"a body of a state is the catalog's body named by the state",
			"The Armed Forces of Qatar have suffered losses.",
			map[string][]string{"organization:qatar-armed-forces": {"Armed Forces of Qatar"}}, []string{"organization:armed-forces-of-qatar"}},
		{"a father's name after bin is no surname of the document's person",
			"National Guard Minister Mutaib bin Abdullah spoke.\nAbdullah announced that women will vote.",
			map[string][]string{"person:mutaib-bin-abdullah": {"Mutaib bin Abdullah"}}, nil},
		{"that surname alone elsewhere stays the other's",
			"Zamir was never consulted.",
			map[string][]string{"person:eyal-zamir": {"Zamir"}}, []string{"person:zvi-zamir"}},
		{"a regnal name alone is the king the document named",
			"King Abdullah II visited Washington in 1998.\nIn 1999, Abdullah met President Clinton.",
			map[string][]string{"person:abdullah-ii": {"Abdullah II", "Abdullah"}}, nil},
		{"a detected king's regnal name alone",
			"King Zorab II of Quxland arrived.\nLater Zorab spoke.",
			map[string][]string{"person:zorab-ii": {"Zorab II", "Zorab"}}, []string{"person:zorab"}},
		{"two kings of one name make it nobody's",
			"Foreign Minister Kamal Xandor arrived.\nKing Zorab I of Quxland died.\nKing Zorab II of Quxland arrived.\nLater Zorab spoke.",
			map[string][]string{"person:zorab-i": {"Zorab I"}, "person:zorab-ii": {"Zorab II"}}, nil},
		{"a ruler's one name is no surname of the document",
			"Foreign Minister Kamal Hussar arrived.\nKing Hussar of Zorbia spoke.",
			map[string][]string{"person:kamal-hussar": {"Kamal Hussar"}, "person:hussar": {"Hussar"}}, nil},
		{"a ruler's one name opens the name of a document person",
			"King Zorab bin Talal Al Quxley arrived.\nKing Zorab spoke.",
			map[string][]string{"person:zorab-bin-talal-al-quxley": {"Zorab bin Talal Al Quxley", "Zorab"}}, []string{"person:zorab"}},
		{"a ruler's one name is no surname of a catalog person",
			"Omani Foreign Minister Yusuf bin Alawi bin Abdullah arrived.\nKing Abdullah of Zorbia spoke.",
			map[string][]string{"person:yusuf-bin-alawi-bin-abdullah": {"Yusuf bin Alawi bin Abdullah"}, "person:abdullah": {"Abdullah"}}, nil},
		{"acronym binds to its expansion",
			"the Zorbian Defence Council (ZDC) met.\nThe ZDC voted.",
			map[string][]string{"organization:zorbian-defence-council": {"Zorbian Defence Council", "ZDC", "ZDC"}}, nil},
		{"acronym of a catalog name binds too",
			"the Joint Comprehensive Plan of Action (JCPOA), often called the Iran nuclear deal",
			map[string][]string{"agreement:joint-comprehensive-plan-of-action": {"Joint Comprehensive Plan of Action", "JCPOA", "Iran nuclear deal"}}, nil},
		{"Washington as the government is the United States",
			"the chasm between Washington and Tehran",
			map[string][]string{"country:united-states": {"Washington"}, "place:tehran": {"Tehran"}}, nil},
		{"a historical state named by its people",
			"Ankara was taken by the Seljuks, and Baghdad by the Mongols.",
			map[string][]string{"country:seljuk-empire": {"Seljuks"}, "country:mongol-empire": {"Mongols"}, "place:ankara": {"Ankara"}, "place:baghdad": {"Baghdad"}}, nil},
		{"a dateline's WASHINGTON is the capital",
			"WASHINGTON (Reuters) — The talks ended.",
			map[string][]string{"place:washington-dc": {"WASHINGTON"}}, []string{"country:united-states"}},
		{"a capital in capitals elsewhere is the government",
			"Talks ended.\nWASHINGTON and Tehran disagree.",
			map[string][]string{"country:united-states": {"WASHINGTON"}, "place:tehran": {"Tehran"}}, []string{"place:washington-dc"}},
		{"Washington as a place is the capital",
			"the talks in Washington ended",
			map[string][]string{"place:washington-dc": {"Washington"}}, []string{"country:united-states"}},
		{"same surface with different types stays apart",
			"Georgia's envoy met the Georgia Institute delegation.",
			map[string][]string{"country:georgia": {"Georgia"}, "organization:georgia-institute": {"Georgia Institute"}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := mentionsByID(x.findEntities(docOf(tt.text)))
			for id, want := range tt.want {
				if !reflect.DeepEqual(got[id], want) {
					t.Errorf("%s: got %q, want %q (all: %v)", id, got[id], want, got)
				}
			}
			for _, id := range tt.absent {
				if _, ok := got[id]; ok {
					t.Errorf("%s: found %q, want none", id, got[id])
				}
			}
		})
	}
}

func TestMetonymHint(t *testing.T) {
	x := testExtractor(t)
	set := x.findEntities(docOf("Tehran stated it would not negotiate.\nWomen ignore the law on the streets of Tehran."))
	var hints []string
	for _, m := range set.Mentions {
		if m.EntityID == "place:tehran" {
			hints = append(hints, m.MetonymFor)
		}
	}
	if want := []string{"country:iran", ""}; !reflect.DeepEqual(hints, want) {
		t.Errorf("Tehran metonym hints: got %q, want %q", hints, want)
	}
}

func TestDemonymMention(t *testing.T) {
	x := testExtractor(t)
	set := x.findEntities(docOf("Iranian leaders announced it."))
	if len(set.Mentions) != 1 || set.Mentions[0].EntityID != "country:iran" || !set.Mentions[0].Demonym {
		t.Fatalf("got %+v, want one demonym mention of country:iran", set.Mentions)
	}
	if hasString(set.Entities["country:iran"].Aliases, "Iranian") {
		t.Errorf("aliases %q: a demonym is not a name", set.Entities["country:iran"].Aliases)
	}
}

// TestParticleSurnames: a surname that opens with its particle ("bin
// Laden") is the person's in either case, and of the one person the
// catalog knows when a relative the catalog lacks shares it.
func TestParticleSurnames(t *testing.T) {
	x := testExtractor(t)
	const osama = "person:osama-bin-laden"
	tests := []struct {
		name, text string
		want       []string // mention texts of Osama bin Laden
	}{
		{"lower case inside a sentence",
			"Osama bin Laden founded al-Qaeda. In 1996, bin Laden moved to Sudan.",
			[]string{"Osama bin Laden", "bin Laden"}},
		{"capitalised at a sentence's start",
			"Osama bin Laden founded al-Qaeda. Bin Laden moved to Sudan in 1996.",
			[]string{"Osama bin Laden", "Bin Laden"}},
		{"the catalog's person, not the relative it lacks",
			"Osama bin Laden founded al-Qaeda. His father Mohammed bin Laden built roads. Bin Laden moved to Sudan.",
			[]string{"Osama bin Laden", "Bin Laden"}},
		{"the particle alone is nobody",
			"Osama bin Laden founded al-Qaeda. The bin was full.",
			[]string{"Osama bin Laden"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set := x.findEntities(docOf(tt.text))
			if got := mentionsByID(set)[osama]; !reflect.DeepEqual(got, tt.want) {
				t.Errorf("mentions of %s: got %q, want %q", osama, got, tt.want)
			}
		})
	}
}

// TestInOfficeThen: a titled surname that catalog people share is the one
// whose office the title names and who held it when the document was
// published; undated, or in a year neither held it, it is the one whose
// office the title names if only one, else it stays unresolved.
func TestInOfficeThen(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name      string
		published string
		text      string
		want      string // entity id of the surname, or "" for none
	}{
		{"the president of the year", "2003-06-04", "President Bush met the King.", "person:george-w-bush"},
		{"the other president of another year", "1991-01-17", "President Bush met the King.", "person:george-h-w-bush"},
		{"no date", "", "President Bush met the King.", ""},
		{"a year neither was president", "2012-05-01", "President Bush met the King.", ""},
		{"an office held since a year", "2025-03-01", "President Aoun met the King.", "person:joseph-aoun"},
		{"the same office held before", "2019-03-01", "President Aoun met the King.", "person:michel-aoun"},
		{"no date, one of them a president", "", "President Clinton met the King.", "person:bill-clinton"},
		{"no date, the other's office", "", "Secretary Clinton met the King.", "person:hillary-clinton"},
		{"out of office, one of them a president", "2016-05-01", "President Clinton met the King.", "person:bill-clinton"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := docPublished(t, tt.text, tt.published)
			surname := strings.Fields(tt.text)[1]
			got := ""
			for id, texts := range mentionsByID(x.findEntities(doc)) {
				if slices.Contains(texts, surname) {
					got = id
				}
			}
			if got != tt.want {
				t.Errorf("%s: got %q, want %q", surname, got, tt.want)
			}
		})
	}
}

// TestSurnamesTakenAsNames: on a page titled with its person's name, a
// surname opening a section is that person's, not a person of its own.
func TestSurnamesTakenAsNames(t *testing.T) {
	x := testExtractor(t)
	body := "Haidar Abdel-Shafi\n\nLast edited: 2 September 2025\n\nHaidar Abdel-Shafi (10 June 1919 – 25 September 2007) was a Palestinian physician.\n\n== Early life ==\nAbdel-Shafi was born in Gaza.\n"
	doc, err := normalize.Normalize(source.Item{Locator: "page.txt", Kind: source.KindText, Body: []byte(body)})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	for _, e := range x.Extract(doc).Entities {
		for _, m := range e.Mentions {
			got[e.ID] = append(got[e.ID], m.Text)
		}
	}
	if want := []string{"Haidar Abdel-Shafi", "Haidar Abdel-Shafi", "Abdel-Shafi"}; !slices.Equal(got["person:haidar-abdel-shafi"], want) {
		t.Errorf("person:haidar-abdel-shafi mentions %q, want %q", got["person:haidar-abdel-shafi"], want)
	}
	if m, ok := got["person:abdel-shafi"]; ok {
		t.Errorf("person:abdel-shafi found: %q", m)
	}
}

// TestRegnalAliases: a ruler written with a title and one name is also
// known by both ("Queen Victoria"); a title before a full name, or a
// minister's, adds no other name.
func TestRegnalAliases(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		text, id string
		want     []string
	}{
		{"He was received by Queen Zorbatia at Windsor.", "person:zorbatia", []string{"Queen Zorbatia"}},
		{"Emperor Zorbelik II defeated the army.", "person:zorbelik-ii", []string{"Emperor Zorbelik II"}},
		{"King Zorba Quxley spoke in Amman.", "person:zorba-quxley", nil},
		{"Minister Zorbatia spoke in Amman.", "person:zorbatia", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			set := x.findEntities(docOf(tt.text))
			e := set.Entities[tt.id]
			if e == nil {
				t.Fatalf("no %s; got %v", tt.id, mentionsByID(set))
			}
			if !reflect.DeepEqual(e.Aliases, tt.want) {
				t.Errorf("aliases of %s: got %q, want %q", tt.id, e.Aliases, tt.want)
			}
		})
	}
}

// TestNamedBodyHead: the catalog's one-word name of a body ("Congress")
// written as the last word of another body's name is not that body.
func TestNamedBodyHead(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		text string
		want bool
	}{
		{"The First All-Kazakh Congress met in Orenburg.", false},
		{"The Indian National Congress won the vote.", false},
		{"The Congress voted on the bill.", true},
		{"In Washington, Congress voted on the bill.", true},
		{"In 1982 he was elected to the Congress of Deputies in Madrid.", false},
		{"The Congress of the Republic of Peru met in Lima.", false},
		{"Congress of course voted on the bill.", true},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			_, got := mentionsByID(x.findEntities(docOf(tt.text)))["organization:united-states-congress"]
			if got != tt.want {
				t.Errorf("United States Congress found: %v, want %v", got, tt.want)
			}
		})
	}
}

// TestSurnameWithArticleIsTheDocumentsPerson: a catalog surname written
// with its article ("al-Sharaa", three tokens) after a document person
// named in full with it is that person, not the catalog's other bearer,
// however often it recurs.
func TestSurnameWithArticleIsTheDocumentsPerson(t *testing.T) {
	checkMentionsOf(t, "Talks\n\nIsraeli Prime Minister Ehud Barak and Syrian Foreign Minister Farouk al-Sharaa are leading their delegations.\n\n"+
		"The talks began with Barak while Albright met al-Sharaa.\nLater in the day Clinton, Barak and al-Sharaa walked together across the grounds.",
		map[string][]string{"person:farouk-al-sharaa": {"Farouk al-Sharaa", "al-Sharaa", "al-Sharaa"}},
		"person:ahmed-al-sharaa")
}

// A surname a place list took for a town ("flying to Tehran, Roosevelt and
// Churchill") is the page's person, and so are its later mentions.
func TestSurnameInPlaceListIsThePerson(t *testing.T) {
	checkMentionsOf(t, "Conference\n\nThe conference was a meeting of Joseph Stalin, Franklin D. Roosevelt and Winston Churchill in Tehran.\n\n"+
		"Before flying to Tehran, Roosevelt and Churchill had met in Cairo. Churchill stayed at the British Legation.",
		map[string][]string{
			"person:franklin-d-roosevelt": {"Franklin D. Roosevelt", "Roosevelt"},
			"person:winston-churchill":    {"Winston Churchill", "Churchill", "Churchill"},
		},
		"place:roosevelt", "place:churchill")
}

// checkMentionsOf checks the mention texts the entities of text get, and
// that the absent ids get none.
func checkMentionsOf(t *testing.T, text string, want map[string][]string, absent ...string) {
	t.Helper()
	got := mentionsByID(testExtractor(t).findEntities(docOf(text)))
	for id, w := range want {
		if !reflect.DeepEqual(got[id], w) {
			t.Errorf("mentions of %s: got %q, want %q", id, got[id], w)
		}
	}
	for _, id := range absent {
		if m := got[id]; len(m) > 0 {
			t.Errorf("%s named by %q", id, m)
		}
	}
}
