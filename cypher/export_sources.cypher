// Every loaded source, by key. No parameters.
MATCH (s:Source)
RETURN s.key AS key, s.kind AS kind, s.hash AS hash, s.loaded_at AS loaded_at
ORDER BY key
