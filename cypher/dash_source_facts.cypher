// Every fact relationship one source states, with its span: type, from, to, start, end.
// $source: source key. One branch per relationship type so each uses its source index.
MATCH (a)-[f:REPORTS_TO {source: $source}]->(b)
RETURN 'REPORTS_TO' AS type, a.name AS subject, b.name AS object, f.start AS start, f.end AS end
UNION ALL
MATCH (a)-[f:RESPONSIBLE_FOR {source: $source}]->(b)
RETURN 'RESPONSIBLE_FOR' AS type, a.name AS subject, b.text AS object, f.start AS start,
       f.end AS end
UNION ALL
MATCH (a)-[f:MEASURED_BY {source: $source}]->(b)
RETURN 'MEASURED_BY' AS type, a.name AS subject, b.text AS object, f.start AS start, f.end AS end
UNION ALL
MATCH (a)-[f:HAS_AUTHORITY {source: $source}]->(b)
RETURN 'HAS_AUTHORITY' AS type, a.name AS subject, b.text AS object, f.start AS start,
       f.end AS end
UNION ALL
MATCH (a)-[f:SUBMITS {source: $source}]->(b)
RETURN 'SUBMITS' AS type, a.name AS subject, b.name AS object, f.start AS start, f.end AS end
UNION ALL
MATCH (a)-[f:TO {source: $source}]->(b)
RETURN 'TO' AS type, a.name AS subject, b.name AS object, f.start AS start, f.end AS end
UNION ALL
MATCH (a)-[f:COORDINATES_WITH {source: $source}]->(b)
RETURN 'COORDINATES_WITH' AS type, a.name AS subject, b.name AS object, f.start AS start,
       f.end AS end
UNION ALL
MATCH (a)-[f:IN {source: $source}]->(b)
RETURN 'IN' AS type, a.name AS subject, b.name AS object, f.start AS start, f.end AS end
UNION ALL
MATCH (a)-[f:PART_OF {source: $source}]->(b)
RETURN 'PART_OF' AS type, a.name AS subject, b.name AS object, f.start AS start, f.end AS end
UNION ALL
MATCH (a)-[f:HOLDS {source: $source}]->(b)
RETURN 'HOLDS' AS type, a.name AS subject, b.name AS object, f.start AS start, f.end AS end
