// Some nodes by id with their labels and properties, for an export of a chosen subgraph.
// @param ids string[] Node ids
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
