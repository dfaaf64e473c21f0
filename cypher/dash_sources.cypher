// Every loaded source with how many nodes it mentions. No parameters.
MATCH (s:Source)
RETURN s.key AS key, s.path AS path, s.kind AS kind, s.hash AS hash,
       toString(s.loaded_at) AS loaded_at, COUNT { (s)-[:MENTIONS]->() } AS mentions
ORDER BY key
