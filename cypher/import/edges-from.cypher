// The relationships leaving the nodes an import writes edges from, as the graph holds them now:
// to tell created from updated from unchanged.
// @param ids string[] Ids of the edges' start nodes, at most a batch (2,000)
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity)
RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
