// Every relationship between nodes with its type, ends and properties, for an export of the whole graph.
MATCH (a:Entity)-[r]->(b:Entity)
RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
