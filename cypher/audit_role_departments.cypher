// The department each source places a role in, with provenance.
// Parameters: $org (organisation key, or null for every organisation).
MATCH (r:Role)-[e:IN]->(d:Department)
WHERE $org IS NULL OR r.org = $org
RETURN r.key AS key, d.key AS department, d.name AS department_name,
       e.source AS source, e.start AS start, e.end AS end
ORDER BY key, source
