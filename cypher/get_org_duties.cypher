// Duties of one organisation's roles, and of its departments when asked, for the
// business-function analysis (kb.functions). Parameters: $org (organisation key),
// $departments (boolean: include department duties).
MATCH (o)-[r:RESPONSIBLE_FOR]->(d:Duty)
WHERE d.org = $org AND (o:Role OR ($departments AND o:Department))
WITH o, d, min(r.start) AS start
RETURN o.key AS owner, o.name AS name,
       CASE WHEN o:Role THEN 'Role' ELSE 'Department' END AS kind,
       d.key AS duty, d.text AS text
ORDER BY kind DESC, owner, start, duty
