// A role, department or organisation by key, as the explorer shows it. $key: node key.
MATCH (n)
WHERE (n:Role OR n:Department OR n:Organization) AND n.key = $key
RETURN elementId(n) AS id, labels(n)[0] AS label, coalesce(n.name, n.text) AS name,
       n.key AS key, n.org AS org
LIMIT 1
