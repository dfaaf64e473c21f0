// The organisation a user means: by key, by normalised name or by display name; also an
// organisation known only from its roles' `org`.
// Parameters: $typed (as typed), $key (kb.names.norm_name of it).
CALL () {
  MATCH (o:Organization)
  WHERE o.key IN [$key, $typed] OR o.name = $typed
  RETURN o.key AS key, o.name AS name
  UNION
  MATCH (r:Role)
  WHERE r.org IN [$key, $typed]
  WITH r.org AS key LIMIT 1
  RETURN key, key AS name
}
RETURN key, min(name) AS name
ORDER BY key
