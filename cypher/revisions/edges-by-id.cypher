// Edges by id, found from their start node (one index lookup a row), as the graph holds them now.
// @param rows map[] Each {id, from, to}
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[r]->(b:Entity {id: row.to})
WHERE r.id = row.id
RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
