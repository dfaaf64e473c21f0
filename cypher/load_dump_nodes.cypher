// Restore nodes from an orgkb graph dump (`kb export`): merged by label and key, their
// properties replaced by the dump's. $rows: [{label, key, props}].
UNWIND $rows AS row
CALL (row) {
  WITH row WHERE row.label = 'Organization'
  MERGE (n:Organization {key: row.key})
  SET n = row.props
}
CALL (row) {
  WITH row WHERE row.label = 'Department'
  MERGE (n:Department {key: row.key})
  SET n = row.props
}
CALL (row) {
  WITH row WHERE row.label = 'Role'
  MERGE (n:Role {key: row.key})
  SET n = row.props
}
CALL (row) {
  WITH row WHERE row.label = 'Duty'
  MERGE (n:Duty {key: row.key})
  SET n = row.props
}
CALL (row) {
  WITH row WHERE row.label = 'KPI'
  MERGE (n:KPI {key: row.key})
  SET n = row.props
}
CALL (row) {
  WITH row WHERE row.label = 'Authority'
  MERGE (n:Authority {key: row.key})
  SET n = row.props
}
CALL (row) {
  WITH row WHERE row.label = 'Report'
  MERGE (n:Report {key: row.key})
  SET n = row.props
}
CALL (row) {
  WITH row WHERE row.label = 'Person'
  MERGE (n:Person {key: row.key})
  SET n = row.props
}
CALL (row) {
  WITH row WHERE row.label = 'Source'
  MERGE (n:Source {key: row.key})
  SET n = row.props
}
