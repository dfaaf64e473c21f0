// One source's properties. $source: source key.
MATCH (s:Source {key: $source})
RETURN s.key AS key, s.path AS path, s.kind AS kind, s.hash AS hash,
       toString(s.loaded_at) AS loaded_at
