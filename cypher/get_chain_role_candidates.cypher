// The roles a user may mean by a title: that organisation's role of the normalised title
// (in every organisation, or only in $org), a role whose name is exactly $typed, or the
// role whose key is $typed.
// (`properties(r).department`: no warning from Neo4j while no role has a department yet.)
// Parameters: $title (kb.names.norm_name of what was typed), $typed (as typed),
// $org (organisation key, or null for every organisation).
CALL () {
  MATCH (o:Organization)
  WHERE $org IS NULL OR o.key = $org
  MATCH (r:Role {key: o.key + '/' + $title})
  RETURN r
  UNION
  MATCH (r:Role {name: $typed})
  WHERE $org IS NULL OR r.org = $org
  RETURN r
  UNION
  MATCH (r:Role {key: $typed})
  WHERE $org IS NULL OR r.org = $org
  RETURN r
}
RETURN r.key AS key, r.name AS name, r.org AS org, properties(r).department AS department,
       coalesce(r.referenced_only, false) AS referenced_only
ORDER BY org, key
