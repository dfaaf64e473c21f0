// Every report a role submits to a named recipient, one item per source stating the
// submission (`properties(s).cadence`: no warning while no report has a cadence).
// Returns ONE row, `rows`: a list of maps (one row decodes far faster in the driver than
// one record per item).
// Parameters: $org (organisation key, or null for every organisation).
MATCH (r:Role)-[s:SUBMITS]->(rep:Report)-[:TO]->(t:Role)
WHERE $org IS NULL OR r.org = $org
WITH r, s, rep, t ORDER BY r.key, rep.key, t.key, s.source
RETURN collect({
  submitter: r.key, report: rep.key, report_name: rep.name,
  cadence: properties(s).cadence, recipient: t.key,
  source: s.source, start: s.start, end: s.end
}) AS rows
