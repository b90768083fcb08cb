package graph_test

import (
	"fmt"

	"github.com/kg-project/kg/graph"
)

// Three small documents in the shape the extractor produces, about the
// 2025 US–Iran talks. A and B share people, a country and the meeting edge;
// C alone brings the JCPOA and Donald Trump.

func witkoff(aliases ...string) graph.Entity {
	return graph.Entity{ID: "person:steve-witkoff", Type: "Person", Name: "Steve Witkoff", Aliases: aliases,
		Props: map[string]any{"description": "United States special envoy"}}
}

func araghchi(aliases ...string) graph.Entity {
	return graph.Entity{ID: "person:abbas-araghchi", Type: "Person", Name: "Abbas Araghchi", Aliases: aliases}
}

var iran = graph.Entity{ID: "country:iran", Type: "Country", Name: "Iran", Aliases: []string{"Islamic Republic of Iran"},
	Props: map[string]any{"wikidata": "Q794"}}

func docA() graph.DocumentGraph {
	const id = "doc:aaaaaaaaaaaaaaaa"
	talks := graph.Entity{ID: "event:talks:muscat-2025-04-12", Type: "Event", Name: "Muscat talks",
		Props: map[string]any{"kind": "talks", "date": "2025-04-12"}}
	return graph.DocumentGraph{
		Document: graph.Document{ID: id, URL: "https://news.example/a", Source: "news.example", Title: "Talks in Muscat",
			Kind: "html", Published: "2025-04-12", PublishedText: "12 April 2025", ContentHash: "hash-a1", SentenceCount: 3},
		Sentences: []graph.Sentence{
			{Index: 0, Start: 0, End: 72, Text: "Steve Witkoff met Iran's Foreign Minister Abbas Araghchi in Muscat."},
			{Index: 2, Start: 120, End: 160, Text: "Oman mediated the talks."},
		},
		Entities: []graph.Entity{
			witkoff("Witkoff"), araghchi("Araghchi"), iran, talks,
			{ID: "place:muscat", Type: "Place", Name: "Muscat"},
			{ID: "country:oman", Type: "Country", Name: "Oman", Props: map[string]any{"wikidata": "Q842"}},
		},
		Mentions: []graph.Mention{
			{EntityID: "person:steve-witkoff", Sentence: 0, Start: 0, End: 13, Text: "Steve Witkoff"},
			{EntityID: "country:iran", Sentence: 0, Start: 18, End: 22, Text: "Iran"},
			{EntityID: "person:abbas-araghchi", Sentence: 0, Start: 42, End: 56, Text: "Abbas Araghchi"},
			{EntityID: "place:muscat", Sentence: 0, Start: 60, End: 66, Text: "Muscat"},
			{EntityID: "country:oman", Sentence: 2, Start: 120, End: 124, Text: "Oman"},
			{EntityID: "event:talks:muscat-2025-04-12", Sentence: 2, Start: 138, End: 143, Text: "talks"},
		},
		Claims: []graph.Claim{
			{Type: "MET_WITH", From: "person:steve-witkoff", To: "person:abbas-araghchi", Confidence: 0.9,
				Props:    map[string]any{"date": "2025-04-12"},
				Evidence: []graph.Evidence{{Sentence: 0, Start: 0, End: 56, Text: "Steve Witkoff met Iran's Foreign Minister Abbas Araghchi"}}},
			{Type: "HOLDS_ROLE", From: "person:abbas-araghchi", To: "country:iran", Confidence: 0.8,
				Props:    map[string]any{"title": "Foreign Minister"},
				Evidence: []graph.Evidence{{Sentence: 0, Start: 18, End: 56, Text: "Iran's Foreign Minister Abbas Araghchi"}}},
			{Type: "MEDIATED", From: "country:oman", To: "event:talks:muscat-2025-04-12", Confidence: 0.85,
				Evidence: []graph.Evidence{{Sentence: 2, Start: 120, End: 143, Text: "Oman mediated the talks"}}},
			{Type: "HELD_IN", From: "event:talks:muscat-2025-04-12", To: "place:muscat", Confidence: 0.7,
				Evidence: []graph.Evidence{{Sentence: 0, Start: 57, End: 66, Text: "in Muscat"}}},
		},
	}
}

// docAChanged is A after an edit: Oman and the mediation are gone, the
// meeting is dated differently.
func docAChanged() graph.DocumentGraph {
	d := docA()
	d.Document.ContentHash = "hash-a2"
	d.Document.Title = "Talks in Muscat (updated)"
	d.Sentences = d.Sentences[:1]
	d.Entities = d.Entities[:5]
	d.Mentions = d.Mentions[:4]
	d.Claims = []graph.Claim{d.Claims[0], d.Claims[1], d.Claims[3]}
	d.Claims[0].Props = map[string]any{"date": "2025-04"}
	return d
}

func docB() graph.DocumentGraph {
	const id = "doc:bbbbbbbbbbbbbbbb"
	return graph.DocumentGraph{
		Document: graph.Document{ID: id, URL: "https://wire.example/b", Source: "wire.example", Title: "Second round",
			Kind: "html", Published: "2025-04-20", ContentHash: "hash-b1", SentenceCount: 1},
		Sentences: []graph.Sentence{
			{Index: 0, Start: 0, End: 80, Text: "Araghchi, Iran's foreign minister, met Witkoff again in Rome."},
		},
		Entities: []graph.Entity{
			araghchi("Seyed Abbas Araghchi"), witkoff("Special Envoy Witkoff"), iran,
			{ID: "place:rome", Type: "Place", Name: "Rome"},
		},
		Mentions: []graph.Mention{
			{EntityID: "person:abbas-araghchi", Sentence: 0, Start: 0, End: 8, Text: "Araghchi"},
			{EntityID: "country:iran", Sentence: 0, Start: 10, End: 14, Text: "Iran"},
			{EntityID: "person:steve-witkoff", Sentence: 0, Start: 39, End: 46, Text: "Witkoff"},
			{EntityID: "place:rome", Sentence: 0, Start: 56, End: 60, Text: "Rome"},
		},
		Claims: []graph.Claim{
			// Stated from the other side: stored once, smaller id first.
			{Type: "MET_WITH", From: "person:steve-witkoff", To: "person:abbas-araghchi", Confidence: 0.75,
				Props:    map[string]any{"date": "2025-04-19"},
				Evidence: []graph.Evidence{{Sentence: 0, Start: 0, End: 46, Text: "Araghchi, Iran's foreign minister, met Witkoff"}}},
			{Type: "HOLDS_ROLE", From: "person:abbas-araghchi", To: "country:iran", Confidence: 0.7,
				Props:    map[string]any{"title": "Foreign Minister"},
				Evidence: []graph.Evidence{{Sentence: 0, Start: 10, End: 33, Text: "Iran's foreign minister"}}},
		},
	}
}

func docC() graph.DocumentGraph {
	const id = "doc:cccccccccccccccc"
	return graph.DocumentGraph{
		Document: graph.Document{ID: id, Source: "encyclopedia.example", Title: "JCPOA", Kind: "markdown",
			ContentHash: "hash-c1", SentenceCount: 1},
		Sentences: []graph.Sentence{
			{Index: 0, Start: 0, End: 70, Text: "In 2018 Donald Trump withdrew the United States from the JCPOA with Iran."},
		},
		Entities: []graph.Entity{
			{ID: "person:donald-trump", Type: "Person", Name: "Donald Trump"},
			{ID: "country:united-states", Type: "Country", Name: "United States"},
			{ID: "agreement:jcpoa", Type: "Agreement", Name: "JCPOA", Aliases: []string{"Iran nuclear deal"}},
			iran,
		},
		Mentions: []graph.Mention{
			{EntityID: "person:donald-trump", Sentence: 0, Start: 8, End: 20, Text: "Donald Trump"},
			{EntityID: "country:united-states", Sentence: 0, Start: 29, End: 42, Text: "United States"},
			{EntityID: "agreement:jcpoa", Sentence: 0, Start: 52, End: 57, Text: "JCPOA"},
			{EntityID: "country:iran", Sentence: 0, Start: 63, End: 67, Text: "Iran"},
		},
		Claims: []graph.Claim{
			{Type: "WITHDREW_FROM", From: "country:united-states", To: "agreement:jcpoa", Confidence: 0.9,
				Props:    map[string]any{"date": "2018"},
				Evidence: []graph.Evidence{{Sentence: 0, Start: 0, End: 57, Text: "In 2018 Donald Trump withdrew the United States from the JCPOA"}}},
			{Type: "PARTY_TO", From: "country:iran", To: "agreement:jcpoa", Confidence: 0.6,
				Evidence: []graph.Evidence{{Sentence: 0, Start: 52, End: 67, Text: "JCPOA with Iran"}}},
		},
	}
}

// syntheticDocs makes n documents of about rowsPerDoc rows over a shared
// pool of entities, for the benchmark.
func syntheticDocs(n, sentences int) []graph.DocumentGraph {
	types := graph.EntityTypes
	docs := make([]graph.DocumentGraph, n)
	for i := range docs {
		id := fmt.Sprintf("doc:%016x", i)
		d := graph.DocumentGraph{Document: graph.Document{ID: id, ContentHash: "h", Published: "2025-04-12", SentenceCount: sentences}}
		seen := map[string]bool{}
		for s := range sentences {
			d.Sentences = append(d.Sentences, graph.Sentence{Index: s, Start: s * 100, End: s*100 + 90, Text: "A sentence about talks."})
			for k := range 3 {
				// 500 shared entities: later documents mostly meet known ones.
				e := (i*7 + s*3 + k*11) % 500
				eid := fmt.Sprintf("entity:%03d", e)
				if !seen[eid] {
					seen[eid] = true
					d.Entities = append(d.Entities, graph.Entity{ID: eid, Type: types[e%len(types)], Name: fmt.Sprintf("Entity %d", e)})
				}
				d.Mentions = append(d.Mentions, graph.Mention{EntityID: eid, Sentence: s, Start: s*100 + k*10, End: s*100 + k*10 + 5, Text: "Name"})
			}
			from, to := fmt.Sprintf("entity:%03d", (i*7+s*3)%500), fmt.Sprintf("entity:%03d", (i*7+s*3+11)%500)
			d.Claims = append(d.Claims, graph.Claim{Type: graph.RelationTypes[s%len(graph.RelationTypes)], From: from, To: to,
				Confidence: 0.5, Evidence: []graph.Evidence{{Sentence: s, Start: s * 100, End: s*100 + 20, Text: "evidence"}}})
		}
		docs[i] = d
	}
	return docs
}
