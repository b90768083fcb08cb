// name: documents-published :read
// Documents published in a date range, newest first.
// @param from date = 2000-01-01 — earliest publication date, inclusive
// @param to date = 2100-01-01 — latest publication date, inclusive
MATCH (d:Document)
WHERE d.published >= $from AND d.published <= $to
RETURN d.id AS id, d.title AS title, d.kind AS kind, d.source AS source, d.url AS url,
       d.published AS published, d.sentenceCount AS sentences
ORDER BY published DESC, title
