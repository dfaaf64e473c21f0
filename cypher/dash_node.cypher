// One node by elementId, as the explorer shows it. $id: elementId.
MATCH (n) WHERE elementId(n) = $id
RETURN elementId(n) AS id, labels(n)[0] AS label, coalesce(n.name, n.text, n.path) AS name,
       n.key AS key, n.org AS org
