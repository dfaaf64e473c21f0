// Delete every node and relationship, in transactions of 20,000 nodes, so that a large
// graph needs no huge transaction. No parameters. Runs only in an auto-commit
// transaction (session.run), as CALL ... IN TRANSACTIONS requires.
MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 20000 ROWS
