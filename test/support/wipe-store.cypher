// Test support only: empties a reused Neo4j database before a suite that needs a fresh store.
MATCH (n)
DETACH DELETE n
