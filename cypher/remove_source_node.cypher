// Delete a Source node once its facts are gone. $source: Source.key.
MATCH (s:Source {key: $source})
DETACH DELETE s
