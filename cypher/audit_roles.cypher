// Every role of an organisation (or of all) with what the responsibility audits need:
// how many distinct duties and KPIs it has, its authorities' texts, and where a source
// describes it. Parameters: $org (organisation key, or null for every organisation).
MATCH (r:Role)
WHERE $org IS NULL OR r.org = $org
RETURN r.key AS key, r.name AS name, r.org AS org,
       properties(r).department AS department,
       coalesce(r.referenced_only, false) AS referenced_only,
       COUNT { MATCH (r)-[:RESPONSIBLE_FOR]->(d:Duty) RETURN DISTINCT d } AS duties,
       COUNT { MATCH (r)-[:MEASURED_BY]->(k:KPI) RETURN DISTINCT k } AS kpis,
       COLLECT { MATCH (r)-[:HAS_AUTHORITY]->(a:Authority) RETURN DISTINCT a.text } AS authorities,
       COLLECT {
         MATCH (s:Source)-[m:MENTIONS]->(r)
         WHERE coalesce(m.describes, true)
         RETURN {source: s.key, start: m.start, end: m.end} ORDER BY s.key LIMIT 3
       } AS described
ORDER BY key
