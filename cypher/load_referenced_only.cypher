// Recompute referenced_only of the given roles: true while no source describes them.
// $keys: [Role.key].
UNWIND $keys AS k
MATCH (r:Role {key: k})
WITH r, NOT EXISTS { (:Source)-[:MENTIONS {describes: true}]->(r) } AS ref
WHERE r.referenced_only IS NULL OR r.referenced_only <> ref
SET r.referenced_only = ref
RETURN count(r) AS changed
