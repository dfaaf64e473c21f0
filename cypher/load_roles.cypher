// Merge the roles one source states, and the source's MENTIONS of them.
// $source: Source.key; $stamp: id of this load;
// $rows: [{key, name, org, department, headcount, start, end, describes}] (start/end: span of the mention).
// A role named but not described is created with referenced_only = true.
UNWIND $rows AS row
MERGE (n:Role {key: row.key})
WITH n, row, properties(n) AS before
SET n.name = CASE WHEN row.describes OR n.name IS NULL THEN row.name ELSE n.name END,
    n.org = row.org,
    n.department = coalesce(row.department, n.department),
    n.headcount = coalesce(row.headcount, n.headcount),
    n.referenced_only = CASE WHEN row.describes THEN false
                             ELSE coalesce(n.referenced_only, true) END
WITH n, row, size(keys(before)) > 1 AND before <> properties(n) AS changed
// The MENTIONS is looked for from the node's side (`y.key + ''` keeps the planner from
// starting at the Source, whose degree is every node of the source); only one
// transaction at a time writes a source, so find-then-create cannot race.
MATCH (s:Source {key: $source})
WITH n, row, changed, s,
     head([(n)<-[x:MENTIONS]-(y:Source) WHERE y.key + '' = $source | x]) AS old
FOREACH (_ IN CASE WHEN old IS NULL THEN [1] ELSE [] END |
  CREATE (s)-[:MENTIONS {start: row.start, end: row.end, describes: row.describes,
                         stamp: $stamp}]->(n)
)
WITH changed, old, row,
     old IS NOT NULL AND old.stamp <> $stamp
     AND (old.start <> row.start OR old.end <> row.end OR old.describes <> row.describes)
     AS mchanged
FOREACH (m IN CASE WHEN old IS NULL THEN [] ELSE [old] END |
  SET m.start = row.start, m.end = row.end, m.describes = row.describes, m.stamp = $stamp
)
RETURN sum(CASE WHEN changed THEN 1 ELSE 0 END) AS nodes_updated,
       sum(CASE WHEN mchanged THEN 1 ELSE 0 END) AS rels_updated
