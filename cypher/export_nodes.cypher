// Every node of the graph with its label and properties, ordered for a stable dump.
// No parameters.
MATCH (n)
WITH n, labels(n)[0] AS label
RETURN label, n.key AS key, properties(n) AS props
ORDER BY label, key
