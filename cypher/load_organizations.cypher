// Merge the organisations one source states, and the source's MENTIONS of them.
// $source: Source.key; $stamp: id of this load;
// $rows: [{key, name, start, end, describes}] (start/end: span of the mention).
UNWIND $rows AS row
MERGE (n:Organization {key: row.key})
WITH n, row, properties(n) AS before
SET n.name = coalesce(n.name, row.name)
WITH n, row, size(keys(before)) > 1 AND before <> properties(n) AS changed
MATCH (s:Source {key: $source})
MERGE (s)-[m:MENTIONS]->(n)
WITH changed, m, row,
     m.stamp IS NOT NULL AND m.stamp <> $stamp
     AND (m.start <> row.start OR m.end <> row.end OR m.describes <> row.describes) AS mchanged
SET m.start = row.start, m.end = row.end, m.describes = row.describes, m.stamp = $stamp
RETURN sum(CASE WHEN changed THEN 1 ELSE 0 END) AS nodes_updated,
       sum(CASE WHEN mchanged THEN 1 ELSE 0 END) AS rels_updated
