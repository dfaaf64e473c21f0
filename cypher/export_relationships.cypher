// Every relationship with its endpoints (label, key) and properties, ordered for a stable
// dump. No parameters.
MATCH (a)-[r]->(b)
WITH a, r, b, labels(a)[0] AS from_label, labels(b)[0] AS to_label
RETURN type(r) AS type, from_label, a.key AS from, to_label, b.key AS to,
       properties(r) AS props
ORDER BY type, from_label, from, to_label, to, coalesce(r.source, ''), coalesce(r.kind, '')
