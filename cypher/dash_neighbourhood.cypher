// The nodes next to one node (sources left out) and the relationships to them.
// $id: elementId of the node; $limit: the most neighbours returned.
MATCH (n) WHERE elementId(n) = $id
MATCH (n)-[r]-(m)
WHERE NOT m:Source
WITH n, m, collect(DISTINCT type(r))[0] AS type, startNode(collect(r)[0]) = n AS outgoing
RETURN elementId(m) AS id, labels(m)[0] AS label, coalesce(m.name, m.text) AS name,
       m.key AS key, m.org AS org, type, outgoing
ORDER BY label, name
LIMIT $limit
