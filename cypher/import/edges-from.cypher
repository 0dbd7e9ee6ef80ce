// The relationships leaving the nodes an import writes edges from, as the graph holds them now:
// to tell created from updated from unchanged.
// @param ids string[] Ids of the edges' start nodes, at most a batch (2,000)
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids
RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
