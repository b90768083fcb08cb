package extract

import "github.com/kg-project/kg/ingest/normalize"

// The extractor runs three synchronous stages over one normalized document:
//
//	findEntities  — catalog matching, pattern detection and in-document
//	                resolution: every entity mention, resolved to an entity id
//	findRelations — typed relations, events and quotes over those mentions
//	assemble      — the public Result, offsets turned into code points
//
// The types below are the contract between the stages. Offsets in them are
// byte offsets into normalize.Document.Text; only assemble converts.

// mention is one entity mention resolved to an entity.
type mention struct {
	EntityID   string
	Type       string // one of the entity types
	Start, End int    // bytes into the document text
	Sentence   int    // index into normalize.Document.Sentences
	Text       string
	// Title is the title or role phrase written right before a person's
	// name ("Foreign Minister" in "Foreign Minister Abbas Araghchi"), with
	// its byte range, when there is one.
	Title                string
	TitleStart, TitleEnd int
	// TitleOf is the id of the country or organisation the title is held
	// for when the text says so: "Iran's Foreign Minister", "Iranian
	// Foreign Minister", "President Vladimir Putin of Russia", "a senior
	// fellow at the Carnegie Endowment". Empty when the text does not say.
	TitleOf string
	// Demonym marks an adjective or nationality mention of a country
	// ("Iranian officials"): it names the country but is not its name.
	Demonym bool
	// Anaphor marks a mention by a common noun or a bare title ("the
	// deal", "the Secretary") that resolution tied to a named entity.
	Anaphor bool
	// Pronoun marks "he" or "she" read as the person the document is
	// about (resolve_pronouns.go) or the one person of the sentence before
	// (resolve_pronouns_local.go): a mention, not a name.
	Pronoun bool
	// Elided marks the subject of a second verb phrase, written as the
	// "and" that opens it (relations_elided.go): only the relation rules
	// see it.
	Elided bool
	// MetonymFor is the id of the state a place mention stands for when
	// the place acts as its government ("Tehran stated"); the mention
	// itself stays on the place.
	MetonymFor string
}

// entity is an entity as the stages build it up.
type entity struct {
	ID      string
	Name    string
	Type    string
	Aliases []string
	Props   map[string]any
	// Demonyms (catalog countries) let rules read a description such as
	// "Saudi foreign minister"; they are not names and are not output.
	Demonyms []string
	// Sides (catalog events and agreements) are the ids of an event's
	// belligerents or actors and of an agreement's parties; not output.
	Sides []string
	// Attacks (catalog events) are who attacked whom in them; not output.
	Attacks []catalogAttack
	// Affiliations (catalog people) are the ids of their parties and
	// groups; not output.
	Affiliations []string
	// CatalogDate (catalog events and agreements) is when the catalog says
	// the event began or the agreement was signed; it dates the entity when
	// the document does not. Output as the date, marked as the catalog's.
	CatalogDate string
	// Catalog reports an entity of the catalog; for catalog places,
	// LocatedIn is where the catalog puts the place (a place or country
	// id) and Capital whether it is a country's capital. Not output.
	Catalog   bool
	LocatedIn string
	Capital   bool
	// Holders (places) are the catalog ids of the states and territories
	// the gazetteer puts a town of the place's name in: one for most
	// towns, several for a name many towns bear. Not output.
	Holders []string
}

// entitySet is findEntities' output: the document's entities and all their
// mentions, mentions sorted by Start.
type entitySet struct {
	Entities map[string]*entity
	Mentions []mention
	// pairAgreements are the catalog's agreements between two sides, for
	// the rules that find one the text describes without its name
	// (relations_agreements_known.go); shared, not to be changed.
	pairAgreements []catalogEntry
}

// relation is one relation found in the document.
type relation struct {
	Type       string
	From, To   string
	Confidence float64
	Props      map[string]any
	Evidence   []normalize.Span // bytes into the document text
}

// relationSet is findRelations' output: relations plus the entities it
// creates itself (events such as a round of talks), with their mentions.
type relationSet struct {
	Relations []relation
	Events    []*entity
	Mentions  []mention
}
