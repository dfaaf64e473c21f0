// Delete the MENTIONS of a source that its current load did not state again; return the
// nodes that lost a mention (element ids) and, among them, the role keys.
// $source: Source.key; $stamp: id of the current load.
MATCH (:Source {key: $source})-[m:MENTIONS]->(n)
WHERE m.stamp <> $stamp
WITH m, n, elementId(n) AS id, CASE WHEN n:Role THEN n.key END AS role
DELETE m
RETURN collect(DISTINCT id) AS ids, collect(DISTINCT role) AS roles
