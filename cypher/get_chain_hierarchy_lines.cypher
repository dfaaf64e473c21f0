// The distinct reporting lines that start at a role of one organisation, for the
// in-memory hierarchy: ONE row holding a list of [subordinate key, superior key, kind].
// Parameters: $org (organisation key).
MATCH (a:Role {org: $org})-[e:REPORTS_TO]->(b:Role)
WITH DISTINCT a.key AS sub, b.key AS sup, coalesce(e.kind, 'solid') AS kind
RETURN collect([sub, sup, kind]) AS lines
