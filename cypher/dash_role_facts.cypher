// Every fact about one role with its provenance (source key and span), one row per
// relationship: kind, the text or name it states, the other role's key (for lines and
// reports), cadence, source, start, end.
// $key: role key.
MATCH (r:Role {key: $key})-[f:RESPONSIBLE_FOR]->(x:Duty)
RETURN 'duty' AS kind, x.text AS text, null AS other, null AS cadence,
       f.source AS source, f.start AS start, f.end AS end
UNION ALL
MATCH (r:Role {key: $key})-[f:MEASURED_BY]->(x:KPI)
RETURN 'kpi' AS kind, x.text AS text, null AS other, null AS cadence,
       f.source AS source, f.start AS start, f.end AS end
UNION ALL
MATCH (r:Role {key: $key})-[f:HAS_AUTHORITY]->(x:Authority)
RETURN 'authority' AS kind, x.text AS text, null AS other, null AS cadence,
       f.source AS source, f.start AS start, f.end AS end
UNION ALL
MATCH (r:Role {key: $key})-[f:REPORTS_TO]->(x:Role)
RETURN 'superior' AS kind, x.name AS text, x.key AS other, coalesce(f.kind, 'solid') AS cadence,
       f.source AS source, f.start AS start, f.end AS end
UNION ALL
MATCH (r:Role {key: $key})<-[f:REPORTS_TO]-(x:Role)
RETURN 'subordinate' AS kind, x.name AS text, x.key AS other,
       coalesce(f.kind, 'solid') AS cadence, f.source AS source, f.start AS start, f.end AS end
UNION ALL
MATCH (r:Role {key: $key})-[f:SUBMITS]->(x:Report)
OPTIONAL MATCH (x)-[:TO]->(to:Role)
RETURN 'report_out' AS kind, x.name AS text, to.key AS other, f.cadence AS cadence,
       f.source AS source, f.start AS start, f.end AS end
UNION ALL
MATCH (r:Role {key: $key})<-[t:TO]-(x:Report)<-[f:SUBMITS]-(from:Role)
RETURN 'report_in' AS kind, x.name AS text, from.key AS other, f.cadence AS cadence,
       t.source AS source, t.start AS start, t.end AS end
UNION ALL
MATCH (r:Role {key: $key})-[f:COORDINATES_WITH]-(x)
RETURN 'coordinates' AS kind, x.name AS text, x.key AS other, null AS cadence,
       f.source AS source, f.start AS start, f.end AS end
UNION ALL
MATCH (p:Person)-[f:HOLDS]->(r:Role {key: $key})
RETURN 'holder' AS kind, p.name AS text, null AS other, null AS cadence,
       f.source AS source, f.start AS start, f.end AS end
