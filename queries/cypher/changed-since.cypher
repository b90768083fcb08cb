// name: changed-since :read
// What changed since a date: documents published or (re)ingested since
// then, with how many facts each contributes.
// @param since date = 2025-01-01 — the date, inclusive
MATCH (d:Document)
WHERE d.published >= $since OR date(d.ingestedAt) >= $since
RETURN d.id AS id, d.title AS title, d.source AS source, d.published AS published,
       d.ingestedAt AS ingestedAt,
       CASE WHEN d.published >= $since THEN 'published' ELSE 'ingested' END AS why,
       COUNT { MATCH (c:Claim) WHERE c.docId = d.id } AS claims
ORDER BY published DESC, title
