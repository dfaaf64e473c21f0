// A value that changes whenever a source is loaded, reloaded or removed: the number of
// sources, the latest load time, and the numbers of roles and reporting lines (the last
// two come from Neo4j's count store). No parameters.
OPTIONAL MATCH (s:Source)
WITH count(s) AS sources, max(s.loaded_at) AS loaded
RETURN sources, toString(loaded) AS loaded_at,
       COUNT { (:Role) } AS roles, COUNT { ()-[:REPORTS_TO]->() } AS lines
