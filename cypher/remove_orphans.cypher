// Delete the given nodes if no source mentions them any more (with their relationships).
// $ids: [elementId].
MATCH (n)
WHERE elementId(n) IN $ids AND NOT EXISTS { (:Source)-[:MENTIONS]->(n) }
DETACH DELETE n
