// Every node with its labels and properties, for an export of the whole graph.
MATCH (n:Entity)
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
