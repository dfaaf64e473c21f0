// The departments of one organisation with their parent department (if any).
// $org: organisation key.
MATCH (d:Department {org: $org})
OPTIONAL MATCH (d)-[:PART_OF]->(p:Department)
RETURN d.key AS key, d.name AS name, collect(DISTINCT p.key)[0] AS parent
ORDER BY name
