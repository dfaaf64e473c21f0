// The department each source places a role in, with provenance.
// Returns ONE row, `rows`: a list of maps (one row decodes far faster in the driver than
// one record per item).
// Parameters: $org (organisation key, or null for every organisation).
MATCH (r:Role)-[e:IN]->(d:Department)
WHERE $org IS NULL OR r.org = $org
WITH r, e, d ORDER BY r.key, e.source
RETURN collect({
  key: r.key, department: d.key, department_name: d.name,
  source: e.source, start: e.start, end: e.end
}) AS rows
