// The duties of several roles. $keys: role keys.
UNWIND $keys AS k
MATCH (r:Role {key: k})-[:RESPONSIBLE_FOR]->(d:Duty)
RETURN DISTINCT r.key AS role, d.key AS duty, d.text AS text
ORDER BY role, text
