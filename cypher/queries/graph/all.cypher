// The whole taxonomy: every node with its outgoing relationships.
MATCH (n:Entity)
OPTIONAL MATCH (n)-[r]->(:Entity)
RETURN n AS node, collect(r) AS relationships
