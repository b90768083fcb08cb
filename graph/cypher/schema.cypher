// name: DocumentID :schema
// Every MERGE is on id under a static label: the constraint makes it a seek
// and stops concurrent writers from creating duplicates.
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;

// name: SentenceID :schema
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (n:Sentence) REQUIRE n.id IS UNIQUE;

// name: EntityID :schema
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;

// name: ClaimID :schema
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;

// name: EntityName :schema
// Exact and prefix lookups by name (the query library, Browser searches).
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);

// name: EntityType :schema
CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type);

// name: EntityDate :schema
// Events on a timeline.
CREATE INDEX entity_date IF NOT EXISTS FOR (n:Entity) ON (n.date);

// name: ClaimDoc :schema
// A document's claims, for removal and re-ingestion.
CREATE INDEX claim_doc IF NOT EXISTS FOR (n:Claim) ON (n.docId);

// name: ClaimEdge :schema
// The claims behind one aggregated edge, for recomputing it.
CREATE INDEX claim_edge IF NOT EXISTS FOR (n:Claim) ON (n.from, n.type, n.to);

// name: SentenceDoc :schema
// A document's sentences, for removal and re-ingestion.
CREATE INDEX sentence_doc IF NOT EXISTS FOR (n:Sentence) ON (n.docId);

// name: DocumentPublished :schema
// Documents by publication date.
CREATE INDEX document_published IF NOT EXISTS FOR (n:Document) ON (n.published);

// name: EntityNames :schema
// Full-text search over names and aliases (aliases is a list of strings,
// which full-text indexes on 5.26 accept; see schema_test.go).
CREATE FULLTEXT INDEX entityNames IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases];
