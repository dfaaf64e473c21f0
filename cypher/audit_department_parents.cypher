// The parent department each source gives a department, with provenance (a department
// placed directly in its organisation has no parent here).
// Parameters: $org (organisation key, or null for every organisation).
MATCH (d:Department)-[e:PART_OF]->(p:Department)
WHERE $org IS NULL OR d.org = $org
RETURN d.key AS key, d.name AS name, d.org AS org, p.key AS parent, p.name AS parent_name,
       e.source AS source, e.start AS start, e.end AS end
ORDER BY key, source
