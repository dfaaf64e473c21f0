// The nodes one source mentions, with the span of each mention.
// $source: source key.
MATCH (:Source {key: $source})-[m:MENTIONS]->(n)
RETURN labels(n)[0] AS label, n.key AS key, coalesce(n.name, n.text) AS text,
       m.start AS start, m.end AS end
ORDER BY start, label
