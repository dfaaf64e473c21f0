// One role's properties and its organisation's name.
// $key: role key.
MATCH (r:Role {key: $key})
OPTIONAL MATCH (o:Organization {key: r.org})
OPTIONAL MATCH (r)-[:IN]->(d:Department)
WITH r, o, collect(DISTINCT d.name)[0] AS dept
RETURN r.key AS key, r.name AS name, r.org AS org, coalesce(o.name, r.org) AS org_name,
       coalesce(dept, r.department) AS department,
       r.headcount AS headcount, coalesce(r.referenced_only, false) AS referenced_only
