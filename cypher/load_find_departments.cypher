// Which of the given department keys exist. $keys: [Department.key].
UNWIND $keys AS k
MATCH (d:Department {key: k})
RETURN collect(d.key) AS keys
