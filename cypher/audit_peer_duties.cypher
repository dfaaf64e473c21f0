// The duties of described roles with the given titles in organisations other than $org,
// for comparing a role with the roles of the same title elsewhere.
// Parameters: $titles (normalised titles: the part of a role key after "org/"),
// $org (the organisation audited; its own roles are left out).
MATCH (o:Organization)
WHERE o.key <> $org
UNWIND $titles AS title
MATCH (r:Role {key: o.key + '/' + title})
WHERE NOT coalesce(r.referenced_only, false)
MATCH (r)-[:RESPONSIBLE_FOR]->(d:Duty)
RETURN r.key AS role, r.org AS org, title, collect(DISTINCT d.text) AS texts
