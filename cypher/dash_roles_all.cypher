// Every role (for pickers), with its organisation's name. $org: organisation key or null
// for all; $limit: the most rows returned.
MATCH (r:Role)
WHERE $org IS NULL OR r.org = $org
OPTIONAL MATCH (o:Organization {key: r.org})
RETURN r.key AS key, r.name AS name, r.org AS org, coalesce(o.name, r.org) AS org_name
ORDER BY org_name, name
LIMIT $limit
