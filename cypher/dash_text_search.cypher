// Full-text search over names and texts (index text_search, CJK analyzer).
// $query: a Lucene query (special characters escaped by the caller); $limit: most rows.
CALL db.index.fulltext.queryNodes('text_search', $query, {limit: $limit}) YIELD node, score
RETURN elementId(node) AS id, labels(node)[0] AS label, coalesce(node.name, node.text) AS name,
       node.key AS key, node.org AS org, score
ORDER BY score DESC
