// The roles of one organisation, with their department and how many facts each has.
// $org: organisation key.
MATCH (r:Role {org: $org})
OPTIONAL MATCH (r)-[:IN]->(d:Department)
WITH r, collect(DISTINCT d.name)[0] AS dept
RETURN r.key AS key, r.name AS name, coalesce(dept, r.department) AS department,
       r.headcount AS headcount, coalesce(r.referenced_only, false) AS referenced_only,
       COUNT { (r)-[:RESPONSIBLE_FOR]->(:Duty) } AS duties,
       COUNT { (r)-[:MEASURED_BY]->(:KPI) } AS kpis,
       COUNT { (r)-[:HAS_AUTHORITY]->(:Authority) } AS authorities
ORDER BY name
