// The relationships between some nodes (both ends among them), for an export of a chosen subgraph.
// @param ids string[] Node ids
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids
RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
