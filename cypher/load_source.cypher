// Create or update the Source node of one document or structured file.
// $source: key (the path as given); $kind: document | table; $hash: SHA-256 of the bytes
// (null while a bulk load is under way); $loaded_at: ISO time of this load.
MERGE (s:Source {key: $source})
SET s.path = $source, s.kind = $kind, s.hash = $hash, s.loaded_at = $loaded_at
