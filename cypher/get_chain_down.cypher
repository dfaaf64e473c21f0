// The part of the hierarchy below a role: the role, every role below it, and for each of
// them its distinct subordinates. Cycles end the search (each role is visited once).
// (`properties(r).department`: no warning from Neo4j while no role has a department yet.)
// Returns ONE row, `rows`: a list of maps (one record per role would cost more to decode
// than the query takes).
// Parameters: $key (role key), $dotted (true: follow dotted lines as well as solid ones).
MATCH (r:Role {key: $key})
OPTIONAL MATCH (r)<-[rels:REPORTS_TO*1..]-(b:Role)
  WHERE all(x IN rels WHERE $dotted OR coalesce(x.kind, 'solid') = 'solid')
WITH r, collect(DISTINCT b) AS below
UNWIND [r] + below AS n
OPTIONAL MATCH (n)<-[e:REPORTS_TO]-(s:Role)
  WHERE $dotted OR coalesce(e.kind, 'solid') = 'solid'
WITH n, collect(DISTINCT CASE WHEN s IS NOT NULL THEN [s.key, coalesce(e.kind, 'solid')] END)
       AS subordinates
RETURN collect({
  key: n.key, name: n.name, org: n.org, department: properties(n).department,
  referenced_only: coalesce(n.referenced_only, false), subordinates: subordinates
}) AS rows
