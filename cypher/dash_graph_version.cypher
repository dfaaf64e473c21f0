// What changes whenever the graph does: node and relationship counts (from the count
// store, constant time) and the sources with their latest load. No parameters.
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH (s:Source) RETURN count(s) AS sources, max(s.loaded_at) AS loaded_at }
RETURN nodes, relationships, sources, toString(loaded_at) AS loaded_at
