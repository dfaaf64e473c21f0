// The duties of an organisation's roles and departments (or of all), with the first
// place a source states each one.
// Returns ONE row, `rows`: a list of maps (one row decodes far faster in the driver than
// one record per item).
// Parameters: $org (organisation key, or null for every organisation).
MATCH (o)-[e:RESPONSIBLE_FOR]->(d:Duty)
WHERE ($org IS NULL OR d.org = $org) AND (o:Role OR o:Department)
WITH o, d, e ORDER BY e.source, e.start
WITH o, d, collect(e)[0] AS first
ORDER BY d.org, o.key, first.start, d.key
RETURN collect({
  key: d.key, text: d.text, org: d.org, owner: o.key,
  owner_kind: CASE WHEN o:Role THEN 'role' ELSE 'department' END,
  source: first.source, start: first.start, end: first.end
}) AS rows
