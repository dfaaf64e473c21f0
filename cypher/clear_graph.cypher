// Delete every node and relationship of the database. No parameters.
// For tests and `kb reset`; large graphs are deleted in batches by the caller.
MATCH (n) DETACH DELETE n
