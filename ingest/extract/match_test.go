package extract

import (
	"reflect"
	"testing"
)

func TestCatalogMatching(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name, text string
		want       map[string][]string // entity id → mention texts; only these ids are checked
		absent     []string            // ids that must not be found
	}{
		{"acronym in capitals matches", "The US and Iran talked.", map[string][]string{"country:united-states": {"US"}, "country:iran": {"Iran"}}, nil},
		{"lower-case us is a pronoun", "Let us hope for peace.", nil, []string{"country:united-states"}},
		{"a constituent country of the United Kingdom", "The emperor's son was taken to England, where he died.", map[string][]string{"place:england": {"England"}}, nil},
		{"dotted acronym matches", "the U.S. envoy", map[string][]string{"country:united-states": {"U.S."}}, nil},
		{"possessive is outside the mention", "Iran's and Iran’s program", map[string][]string{"country:iran": {"Iran", "Iran"}}, nil},
		{"longest form wins", "the Islamic Republic of Iran said", map[string][]string{"country:iran": {"Islamic Republic of Iran"}}, nil},
		{"no match inside a longer word", "USAID and Omanis", map[string][]string{"country:oman": {"Omanis"}}, []string{"country:united-states"}},
		{"multiword name ignores the case of lower-case form words", "the Iran Nuclear Deal collapsed", map[string][]string{"agreement:joint-comprehensive-plan-of-action": {"Iran Nuclear Deal"}}, nil},
		{"capitalised form needs a capital", "a white house on the hill", nil, []string{"organization:white-house"}},
		{"hyphenated pair gives both countries", "US-Iran talks", map[string][]string{"country:united-states": {"US"}, "country:iran": {"Iran"}}, nil},
		{"demonym names the country", "Iranian officials", map[string][]string{"country:iran": {"Iranian"}}, nil},
		{"Islamic Republic alone is Iran", "The Islamic Republic needs a deal.", map[string][]string{"country:iran": {"Islamic Republic"}}, []string{"country:islamic-republic"}},
		{"a particle inside a name takes either case", "In 1970, Qaboos bin Said al Said ousted his father, Said bin Taimur.",
			map[string][]string{"person:qaboos-bin-said": {"Qaboos bin Said al Said"}, "person:said-bin-taimur": {"Said bin Taimur"}}, nil},
		{"the article a name opens with takes either case", "Hezbollah fighters helped retake al-Qusayr in 2013.",
			map[string][]string{"place:qusayr": {"al-Qusayr"}}, nil},
		{"the Israeli Army is the IDF", "The Israeli Army shot down a drone.", map[string][]string{"organization:israel-defense-forces": {"Israeli Army"}}, []string{"organization:israeli-army"}},
		{"known surname matches alone", "Putin warned", map[string][]string{"person:vladimir-putin": {"Putin"}}, nil},
		{"all-capital heading matches", "STRAIT OF HORMUZ", map[string][]string{"place:strait-of-hormuz": {"STRAIT OF HORMUZ"}}, nil},
		{"diacritics fold", "Türkiye and Turkiye", map[string][]string{"country:turkey": {"Türkiye", "Turkiye"}}, nil},
		{"a word in capitals in parentheses is an acronym, not a town", "The Open Radio Access Network (ORAN) pilot began in Oran.", map[string][]string{"place:oran": {"Oran"}}, nil},
		{"a name in capitals the catalog writes so stays in parentheses", "the Joint Comprehensive Plan of Action (JCPOA) held", map[string][]string{"agreement:joint-comprehensive-plan-of-action": {"Joint Comprehensive Plan of Action", "JCPOA"}}, nil},
		{"the Security Council before a resolution's number is named on its own", "After United Nations Security Council Resolution 425 passed, Israel withdrew.",
			map[string][]string{"organization:united-nations-security-council": {"United Nations Security Council"}, "agreement:united-nations-security-council-resolution-425": {"Resolution 425"}}, nil},
		{"a capital inside a catalog word is needed in the text", "The GCC met in AlUla. Alula Engida was a general.", map[string][]string{"place:alula": {"AlUla"}}, nil},
		{"a form with a capital inside and one in capitals both match", "the JCPoA and the JCPOA", map[string][]string{"agreement:joint-comprehensive-plan-of-action": {"JCPoA", "JCPOA"}}, nil},
		{"the attacks told by their day", "After the attacks of 11 September 2001, Kyrgyzstan opened Manas.", map[string][]string{"event:september-11-attacks": {"attacks of 11 September 2001"}}, nil},
		{"a dual monarchy is one state", "Austria-Hungary and Russia took part.", map[string][]string{"country:austria-hungary": {"Austria-Hungary"}}, []string{"country:austria", "country:hungary"}},
		{"a war named after its kind with its year after", "Riad Al Solh led Lebanon through the Arab–Israeli war of 1948.", map[string][]string{"event:1948-arab-israeli-war": {"Arab–Israeli war of 1948"}}, nil},
		{"two overlapping names of one man are one mention", "Imam Ghalib Alhinai became the elected Imam. Talib bin Ali Alhinai, his brother, led the revolt.",
			map[string][]string{"person:ghalib-bin-ali-al-hinai": {"Imam Ghalib Alhinai"}, "person:talib-bin-ali-alhinai": {"Talib bin Ali Alhinai"}}, nil},
		{"a war of the Horn the catalog knows, and no demonym inside its name", "Italy invaded Ethiopia on 3 October 1935, beginning the Second Italo-Ethiopian War.",
			map[string][]string{"event:second-italo-ethiopian-war": {"Second Italo-Ethiopian War"}, "country:ethiopia": {"Ethiopia"}}, nil},
		{"China's leaders of 1987–2013, named with no evidence around them", "Talks with Li Peng ended. Jiang Zemin and Vladimir Putin spoke. The visit of Hu Jintao to Astana was short.",
			map[string][]string{"person:li-peng": {"Li Peng"}, "person:jiang-zemin": {"Jiang Zemin"}, "person:hu-jintao": {"Hu Jintao"}}, nil},
		{"a congress of the great powers is no parliament", "The treaty was revised at the Congress of Berlin in 1878.",
			map[string][]string{"event:congress-of-berlin": {"Congress of Berlin"}}, []string{"organization:united-states-congress", "place:berlin"}},
		{"X the platform is no entity", "one analyst wrote on social platform X.", nil, []string{"organization:x"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := mentionsByID(x.findEntities(docOf(tt.text)))
			for id, want := range tt.want {
				if !reflect.DeepEqual(got[id], want) {
					t.Errorf("%s: got mentions %q, want %q (all: %v)", id, got[id], want, got)
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

func TestMatchAcrossLineBreak(t *testing.T) {
	text := "a fellow at the Carnegie Endowment for\nInternational Peace said"
	doc := docOf(text)
	doc.Sentences = doc.Sentences[:1]
	doc.Sentences[0].End = len(text) // one sentence wrapped over two lines
	got := mentionsByID(testExtractor(t).findEntities(doc))
	want := []string{"Carnegie Endowment for\nInternational Peace"}
	if !reflect.DeepEqual(got["organization:carnegie-endowment-for-international-peace"], want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestArticleVariants(t *testing.T) {
	got := articleVariants([]string{"Tamim bin Hamad Al Thani", "Fatah al-Islam", "Iran"})
	want := []string{"Tamim bin Hamad Al Thani", "Fatah al-Islam", "Iran", "Tamim bin Hamad Al-Thani", "Fatah al Islam"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("articleVariants: got %q, want %q", got, want)
	}
}

// TestFormsInTwoCases: a name the catalog writes both capitalised and in
// lower case ("Iranian Parliament", "Iranian parliament") matches in
// either; the capitals both forms share are still needed.
func TestFormsInTwoCases(t *testing.T) {
	m := newMatcher()
	m.add("Quxar Parliament", 0, formName)
	m.add("Quxar parliament", 0, formName)
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"the Quxar Parliament met", true},
		{"the Quxar parliament met", true},
		{"the quxar parliament met", false},
	} {
		toks := tokenize(tt.text, nil)
		for i := range toks {
			toks[i].vid = -1
			if id, ok := m.vocab[toks[i].key]; ok {
				toks[i].vid = id
			}
		}
		if got := len(m.find(toks)) > 0; got != tt.want {
			t.Errorf("%q: matched %v, want %v", tt.text, got, tt.want)
		}
	}
}
