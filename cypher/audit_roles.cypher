// Every role of an organisation (or of all) with what the responsibility audits need:
// how many distinct duties and KPIs it has, its authorities' texts, and where a source
// describes it.
// Returns ONE row, `rows`: a list of maps (one row decodes far faster in the driver than
// one record per item).
// Parameters: $org (organisation key, or null for every organisation).
MATCH (r:Role)
WHERE $org IS NULL OR r.org = $org
WITH r ORDER BY r.key
RETURN collect({
  key: r.key, name: r.name, org: r.org,
  department: properties(r).department,
  referenced_only: coalesce(r.referenced_only, false),
  duties: COUNT { MATCH (r)-[:RESPONSIBLE_FOR]->(d:Duty) RETURN DISTINCT d },
  kpis: COUNT { MATCH (r)-[:MEASURED_BY]->(k:KPI) RETURN DISTINCT k },
  authorities: COLLECT { MATCH (r)-[:HAS_AUTHORITY]->(a:Authority) RETURN DISTINCT a.text },
  described: COLLECT {
    MATCH (s:Source)-[m:MENTIONS]->(r)
    WHERE coalesce(m.describes, true)
    RETURN {source: s.key, start: m.start, end: m.end} ORDER BY s.key LIMIT 3
  }
}) AS rows
