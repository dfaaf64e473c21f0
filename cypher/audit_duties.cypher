// The duties of an organisation's roles and departments (or of all), with the first
// place a source states each one. Parameters: $org (organisation key, or null for all).
MATCH (o)-[e:RESPONSIBLE_FOR]->(d:Duty)
WHERE ($org IS NULL OR d.org = $org) AND (o:Role OR o:Department)
WITH o, d, e ORDER BY e.source, e.start
WITH o, d, collect(e)[0] AS first
RETURN d.key AS key, d.text AS text, d.org AS org, o.key AS owner,
       CASE WHEN o:Role THEN 'role' ELSE 'department' END AS owner_kind,
       first.source AS source, first.start AS start, first.end AS end
ORDER BY org, owner, start, key
