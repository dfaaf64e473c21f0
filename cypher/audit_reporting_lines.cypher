// Every reporting line of an organisation (or of all), one item per source that states
// it, with its provenance.
// Returns ONE row, `rows`: a list of maps (one row decodes far faster in the driver than
// one record per item).
// Parameters: $org (organisation key, or null for every organisation).
MATCH (a:Role)-[e:REPORTS_TO]->(b:Role)
WHERE $org IS NULL OR a.org = $org
WITH a, b, e ORDER BY a.key, b.key, e.source
RETURN collect({
  sub: a.key, sup: b.key, kind: coalesce(e.kind, 'solid'),
  source: e.source, start: e.start, end: e.end
}) AS rows
