// The reporting lines inside one organisation, one row per (subordinate, superior, kind).
// $org: organisation key.
MATCH (sub:Role {org: $org})-[l:REPORTS_TO]->(sup:Role)
RETURN DISTINCT sub.key AS sub, sup.key AS sup, coalesce(l.kind, 'solid') AS kind
ORDER BY sub, sup
