// Package extract finds entities and typed relations in a normalized
// document, deterministically and offline, with every finding traced to the
// sentences that support it.
//
// Entities come from three sources, in this order of trust: a curated
// catalog shipped with the package (catalog/*.json, extendable by users),
// patterns that recognise names the catalog lacks (a title before a name,
// an organisation's head word, "the Strait of …"), and resolution inside the
// document (a bare surname after a full name, an acronym after its
// expansion). Ids are stable across documents: catalog entities keep their
// catalog id, detected ones get "<type>:<slug of name>".
//
// Given a parse of the text as well (ExtractParsed; package syntax), two
// more stages run: the parser's named-entity tagger proposes the names no
// catalog entry or pattern found (detect_ner.go), and relations are read
// off the dependency parse, a verb's subject and object however far apart
// (relations_syntax.go). Both only add to what the rules find.
//
// Rules worth knowing when reading the output:
//
//   - Demonyms ("Iranian", "Omani") are mentions of their country, flagged
//     as adjectives, so "Iranian Foreign Minister X" gives X a role for Iran
//     and the country counts as mentioned.
//   - "Washington" not in a place phrase ("in Washington") stands for the
//     United States and is a mention of it. A capital such as Tehran stays a
//     Place mention; when it acts as the government ("Tehran stated") the
//     mention carries the country's id as a metonym hint.
//   - Text the normalizer marks as not yielding entities (headings, link
//     text) only carries mentions of entities that are named elsewhere in the
//     document, or of a person introduced by an explicit title ("Sen. Jim
//     Banks" as a link), or of a catalog event heading the section that
//     speaks of it (resolve_headings.go).
//   - The catalog knows more than names: the sides of wars, the parties of
//     agreements, who attacked whom, the parties and groups of people, and
//     the offices its descriptions give. A sentence naming an entity and
//     one of those relates them, at lower confidence than a relation read
//     from the sentence's words (docs/catalog.md). It also knows when its
//     events began, which dates an event no sentence of the document dates
//     (events_catalog_dates.go).
//   - "He" and "she" are mentions of a person only where one person can be
//     meant: the person a document's life is about (resolve_pronouns.go),
//     or the one person the sentence before named (resolve_pronouns_local.go).
package extract
