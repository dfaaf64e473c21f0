// Merge the recipients of reports one source states, with their provenance.
// $source: Source.key; $stamp: id of this load; $rows: [{from, to, start, end}].
// The existing fact is found by expanding from its endpoints: `r.source + ''` keeps the
// planner off the relationship index on `source`, which would scan every fact of the
// source per row. Only one transaction at a time writes a source (its Source node is
// locked first), so the find-then-create cannot race.
UNWIND $rows AS row
MATCH (a:Report {key: row.from})
MATCH (b:Role {key: row.to})
WITH a, b, row,
     head([(a)-[x:TO]->(b) WHERE x.source + '' = $source | x]) AS old
FOREACH (_ IN CASE WHEN old IS NULL THEN [1] ELSE [] END |
  CREATE (a)-[:TO {source: $source, start: row.start, end: row.end, stamp: $stamp}]->(b)
)
WITH old, row,
     old IS NOT NULL AND old.stamp <> $stamp
     AND (old.start <> row.start OR old.end <> row.end) AS changed
FOREACH (r IN CASE WHEN old IS NULL THEN [] ELSE [old] END |
  SET r.start = row.start, r.end = row.end, r.stamp = $stamp
)
RETURN sum(CASE WHEN changed THEN 1 ELSE 0 END) AS rels_updated
