// Every reporting line of an organisation (or of all), one row per source that states
// it, with its provenance. Parameters: $org (organisation key, or null for all).
MATCH (a:Role)-[e:REPORTS_TO]->(b:Role)
WHERE $org IS NULL OR a.org = $org
RETURN a.key AS sub, b.key AS sup, coalesce(e.kind, 'solid') AS kind,
       e.source AS source, e.start AS start, e.end AS end
ORDER BY sub, sup, source
