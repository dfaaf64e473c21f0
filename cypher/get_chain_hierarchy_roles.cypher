// Every role of an organisation (or of all), for the in-memory hierarchy.
// (`properties(r).department`: no warning from Neo4j while no role has a department yet.)
// Parameters: $org (organisation key, or null for every organisation).
MATCH (r:Role)
WHERE $org IS NULL OR r.org = $org
RETURN r.key AS key, r.name AS name, r.org AS org, properties(r).department AS department,
       coalesce(r.referenced_only, false) AS referenced_only
