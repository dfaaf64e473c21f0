// Every role of one organisation, for the in-memory hierarchy: ONE row holding a list of
// [key, name, department, referenced_only] (one row decodes far faster in the driver than
// one row per role). `properties(r).department`: no warning while no role has one yet.
// Parameters: $org (organisation key).
MATCH (r:Role {org: $org})
RETURN collect([r.key, r.name, properties(r).department, coalesce(r.referenced_only, false)])
       AS roles
