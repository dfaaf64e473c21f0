// Delete the fact relationships of a source that its current load did not state again.
// $source: Source.key; $stamp: id of the current load (a fresh one removes every fact).
CALL () {
  MATCH ()-[r:REPORTS_TO {source: $source}]->() WHERE r.stamp <> $stamp
  DELETE r
}
CALL () {
  MATCH ()-[r:RESPONSIBLE_FOR {source: $source}]->() WHERE r.stamp <> $stamp
  DELETE r
}
CALL () {
  MATCH ()-[r:MEASURED_BY {source: $source}]->() WHERE r.stamp <> $stamp
  DELETE r
}
CALL () {
  MATCH ()-[r:HAS_AUTHORITY {source: $source}]->() WHERE r.stamp <> $stamp
  DELETE r
}
CALL () {
  MATCH ()-[r:SUBMITS {source: $source}]->() WHERE r.stamp <> $stamp
  DELETE r
}
CALL () {
  MATCH ()-[r:TO {source: $source}]->() WHERE r.stamp <> $stamp
  DELETE r
}
CALL () {
  MATCH ()-[r:COORDINATES_WITH {source: $source}]->() WHERE r.stamp <> $stamp
  DELETE r
}
CALL () {
  MATCH ()-[r:IN {source: $source}]->() WHERE r.stamp <> $stamp
  DELETE r
}
CALL () {
  MATCH ()-[r:PART_OF {source: $source}]->() WHERE r.stamp <> $stamp
  DELETE r
}
CALL () {
  MATCH ()-[r:HOLDS {source: $source}]->() WHERE r.stamp <> $stamp
  DELETE r
}
