// Restore relationships from an orgkb graph dump (`kb export`). Endpoints are found by
// label and key; a fact is merged per (endpoints, type, source[, kind]), a MENTIONS per
// pair. $rows: [{type, from_label, from, to_label, to, props}].
UNWIND $rows AS row
CALL (row) {
  WITH row WHERE row.from_label = 'Organization'
  MATCH (a:Organization {key: row.from})
  RETURN a
  UNION
  WITH row WHERE row.from_label = 'Department'
  MATCH (a:Department {key: row.from})
  RETURN a
  UNION
  WITH row WHERE row.from_label = 'Role'
  MATCH (a:Role {key: row.from})
  RETURN a
  UNION
  WITH row WHERE row.from_label = 'Duty'
  MATCH (a:Duty {key: row.from})
  RETURN a
  UNION
  WITH row WHERE row.from_label = 'KPI'
  MATCH (a:KPI {key: row.from})
  RETURN a
  UNION
  WITH row WHERE row.from_label = 'Authority'
  MATCH (a:Authority {key: row.from})
  RETURN a
  UNION
  WITH row WHERE row.from_label = 'Report'
  MATCH (a:Report {key: row.from})
  RETURN a
  UNION
  WITH row WHERE row.from_label = 'Person'
  MATCH (a:Person {key: row.from})
  RETURN a
  UNION
  WITH row WHERE row.from_label = 'Source'
  MATCH (a:Source {key: row.from})
  RETURN a
}
CALL (row) {
  WITH row WHERE row.to_label = 'Organization'
  MATCH (b:Organization {key: row.to})
  RETURN b
  UNION
  WITH row WHERE row.to_label = 'Department'
  MATCH (b:Department {key: row.to})
  RETURN b
  UNION
  WITH row WHERE row.to_label = 'Role'
  MATCH (b:Role {key: row.to})
  RETURN b
  UNION
  WITH row WHERE row.to_label = 'Duty'
  MATCH (b:Duty {key: row.to})
  RETURN b
  UNION
  WITH row WHERE row.to_label = 'KPI'
  MATCH (b:KPI {key: row.to})
  RETURN b
  UNION
  WITH row WHERE row.to_label = 'Authority'
  MATCH (b:Authority {key: row.to})
  RETURN b
  UNION
  WITH row WHERE row.to_label = 'Report'
  MATCH (b:Report {key: row.to})
  RETURN b
  UNION
  WITH row WHERE row.to_label = 'Person'
  MATCH (b:Person {key: row.to})
  RETURN b
  UNION
  WITH row WHERE row.to_label = 'Source'
  MATCH (b:Source {key: row.to})
  RETURN b
}
CALL (row, a, b) {
  WITH row, a, b WHERE row.type = 'PART_OF'
  MERGE (a)-[r:PART_OF {source: row.props.source}]->(b)
  SET r = row.props
}
CALL (row, a, b) {
  WITH row, a, b WHERE row.type = 'IN'
  MERGE (a)-[r:IN {source: row.props.source}]->(b)
  SET r = row.props
}
CALL (row, a, b) {
  WITH row, a, b WHERE row.type = 'RESPONSIBLE_FOR'
  MERGE (a)-[r:RESPONSIBLE_FOR {source: row.props.source}]->(b)
  SET r = row.props
}
CALL (row, a, b) {
  WITH row, a, b WHERE row.type = 'MEASURED_BY'
  MERGE (a)-[r:MEASURED_BY {source: row.props.source}]->(b)
  SET r = row.props
}
CALL (row, a, b) {
  WITH row, a, b WHERE row.type = 'HAS_AUTHORITY'
  MERGE (a)-[r:HAS_AUTHORITY {source: row.props.source}]->(b)
  SET r = row.props
}
CALL (row, a, b) {
  WITH row, a, b WHERE row.type = 'SUBMITS'
  MERGE (a)-[r:SUBMITS {source: row.props.source}]->(b)
  SET r = row.props
}
CALL (row, a, b) {
  WITH row, a, b WHERE row.type = 'TO'
  MERGE (a)-[r:TO {source: row.props.source}]->(b)
  SET r = row.props
}
CALL (row, a, b) {
  WITH row, a, b WHERE row.type = 'COORDINATES_WITH'
  MERGE (a)-[r:COORDINATES_WITH {source: row.props.source}]->(b)
  SET r = row.props
}
CALL (row, a, b) {
  WITH row, a, b WHERE row.type = 'HOLDS'
  MERGE (a)-[r:HOLDS {source: row.props.source}]->(b)
  SET r = row.props
}
CALL (row, a, b) {
  WITH row, a, b WHERE row.type = 'REPORTS_TO'
  MERGE (a)-[r:REPORTS_TO {source: row.props.source, kind: row.props.kind}]->(b)
  SET r = row.props
}
CALL (row, a, b) {
  WITH row, a, b WHERE row.type = 'MENTIONS'
  MERGE (a)-[r:MENTIONS]->(b)
  SET r = row.props
}
