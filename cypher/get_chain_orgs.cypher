// Every organisation that has roles, with its display name and number of roles.
// Parameters: $org (organisation key, or null for all).
MATCH (r:Role)
WHERE $org IS NULL OR r.org = $org
WITH r.org AS key, count(r) AS roles
OPTIONAL MATCH (o:Organization {key: key})
RETURN key, coalesce(o.name, key) AS name, roles
ORDER BY key
