// The distinct reporting lines that start at a role of an organisation (or of all).
// Parameters: $org (organisation key, or null for every organisation).
MATCH (a:Role)-[e:REPORTS_TO]->(b:Role)
WHERE $org IS NULL OR a.org = $org
RETURN DISTINCT a.key AS sub, b.key AS sup, coalesce(e.kind, 'solid') AS kind
