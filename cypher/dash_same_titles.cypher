// Role titles (normalised, the part of the key after "org/") held in several organisations,
// with each holder. No parameters; $limit: most titles returned.
MATCH (r:Role)
WHERE NOT coalesce(r.referenced_only, false)
WITH substring(r.key, size(r.org) + 1) AS title, r
WITH title, collect(r) AS roles
WHERE size(roles) >= 2
UNWIND roles AS r
OPTIONAL MATCH (o:Organization {key: r.org})
WITH title, size(roles) AS holders, r, o
ORDER BY holders DESC, title, o.name
RETURN title, holders, r.key AS key, r.name AS name, r.org AS org,
       coalesce(o.name, r.org) AS org_name
