// Merge the KPIs of departments one source states, with their provenance.
// $source: Source.key; $stamp: id of this load; $rows: [{from, to, start, end}].
UNWIND $rows AS row
MATCH (a:Department {key: row.from})
MATCH (b:KPI {key: row.to})
MERGE (a)-[r:MEASURED_BY {source: $source}]->(b)
WITH r, row,
     r.stamp IS NOT NULL AND r.stamp <> $stamp
     AND (r.start <> row.start OR r.end <> row.end) AS changed
SET r.start = row.start, r.end = row.end, r.stamp = $stamp
RETURN sum(CASE WHEN changed THEN 1 ELSE 0 END) AS rels_updated
