// Package syntax holds the grammatical structure of a text as a parser
// gives it: sentences of tokens (word, lemma, part of speech, named-entity
// class) and the dependency arcs between them, every token tied to its byte
// range in the text that was parsed.
//
// The types carry no behaviour beyond small lookups; a parser (package
// corenlp) fills them and the extractor reads relations off them. Keeping
// them apart lets the extractor be tested with parses recorded as JSON,
// without a parser running.
package syntax
