// The stored content hash of a source, if it was loaded. $source: Source.key.
MATCH (s:Source {key: $source})
RETURN s.hash AS hash
