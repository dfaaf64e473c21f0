// The parent department each source gives a department, with provenance (a department
// placed directly in its organisation has no parent here).
// Returns ONE row, `rows`: a list of maps (one row decodes far faster in the driver than
// one record per item).
// Parameters: $org (organisation key, or null for every organisation).
MATCH (d:Department)-[e:PART_OF]->(p:Department)
WHERE $org IS NULL OR d.org = $org
WITH d, e, p ORDER BY d.key, e.source
RETURN collect({
  key: d.key, name: d.name, org: d.org, parent: p.key, parent_name: p.name,
  source: e.source, start: e.start, end: e.end
}) AS rows
