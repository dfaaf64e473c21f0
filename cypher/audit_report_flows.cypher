// Every report a role submits to a named recipient, one row per source stating the
// submission (`properties(s).cadence`: no warning while no report has a cadence).
// Parameters: $org (organisation key, or null for every organisation).
MATCH (r:Role)-[s:SUBMITS]->(rep:Report)-[:TO]->(t:Role)
WHERE $org IS NULL OR r.org = $org
RETURN r.key AS submitter, rep.key AS report, rep.name AS report_name,
       properties(s).cadence AS cadence, t.key AS recipient,
       s.source AS source, s.start AS start, s.end AS end
ORDER BY submitter, report, recipient, source
