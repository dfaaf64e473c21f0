// Every organisation with its counts of departments, roles, duties, KPIs and sources.
// No parameters. Roles only named as superiors (referenced_only) are counted apart.
MATCH (o:Organization)
CALL (o) {
  OPTIONAL MATCH (d:Department {org: o.key})
  RETURN count(d) AS departments
}
CALL (o) {
  OPTIONAL MATCH (r:Role {org: o.key})
  RETURN count(CASE WHEN coalesce(r.referenced_only, false) THEN null ELSE r END) AS roles,
         count(CASE WHEN coalesce(r.referenced_only, false) THEN r END) AS referenced_roles
}
CALL (o) {
  OPTIONAL MATCH (d:Duty {org: o.key})
  RETURN count(d) AS duties
}
CALL (o) {
  OPTIONAL MATCH (k:KPI {org: o.key})
  RETURN count(k) AS kpis
}
CALL (o) {
  CALL (o) {
    MATCH (s:Source)-[:MENTIONS]->(o)
    RETURN s
    UNION
    MATCH (s:Source)-[:MENTIONS]->(:Role {org: o.key})
    RETURN s
    UNION
    MATCH (s:Source)-[:MENTIONS]->(:Department {org: o.key})
    RETURN s
  }
  RETURN count(DISTINCT s) AS sources
}
RETURN o.key AS org, o.name AS name, departments, roles, referenced_roles, duties, kpis, sources
ORDER BY name
