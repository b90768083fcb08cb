package graph

// Node labels and relationship types are a closed vocabulary: Cypher cannot take
// them as parameters (and 5.26 dynamic labels cannot use indexes), so every
// label or type that reaches a query text comes from these lists.

// EntityTypes are the labels an Entity node may carry besides Entity.
var EntityTypes = []string{"Person", "Organization", "Country", "Place", "Agreement", "Event"}

// RelationTypes are the fact relationships between entities (docs/graph-model.md).
var RelationTypes = []string{
	"HOLDS_ROLE", "MET_WITH", "NEGOTIATED_WITH", "MEDIATED", "HOSTED", "HELD_IN",
	"PARTICIPATED_IN", "WITHDREW_FROM", "PARTY_TO", "ATTACKED", "SANCTIONED",
	"LOCATED_IN", "AFFILIATED_WITH", "STATED",
}

// SymmetricRelationTypes are stored once, from the smaller entity id to the larger.
var SymmetricRelationTypes = []string{"MET_WITH", "NEGOTIATED_WITH"}

// DocumentGraph is everything one document contributes to the graph.
type DocumentGraph struct {
	Document  Document
	Sentences []Sentence
	Entities  []Entity
	Mentions  []Mention
	Claims    []Claim
}

// Document is the Document node.
type Document struct {
	ID            string
	URL           string
	Source        string
	Title         string
	Kind          string
	Published     string // YYYY-MM-DD or ""
	PublishedText string
	ContentHash   string
	SentenceCount int
}

// Sentence is a Sentence node; offsets are code points into the document text.
type Sentence struct {
	Index      int
	Start, End int
	Text       string
}

// Entity is an Entity node with its type label.
type Entity struct {
	ID      string
	Type    string
	Name    string
	Aliases []string
	// Props holds the optional properties: wikidata, description, and for
	// events kind, date (YYYY, YYYY-MM or YYYY-MM-DD), datePrecision, dateText.
	Props map[string]any
}

// Mention links a sentence to an entity.
type Mention struct {
	EntityID   string
	Sentence   int
	Start, End int
	Text       string
}

// Claim is what one document says about a (subject, type, object) fact.
type Claim struct {
	Type       string
	From, To   string
	Confidence float64
	// Props holds date, datePrecision, dateText, title, role, quote when known.
	Props    map[string]any
	Evidence []Evidence
}

// Evidence is a supporting span inside one sentence.
type Evidence struct {
	Sentence   int
	Start, End int
	Text       string
}
