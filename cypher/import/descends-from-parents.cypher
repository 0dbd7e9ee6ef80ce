// The lineages the graph already says some taxa descend from: for finding DESCENDS_FROM cycles
// that run through existing edges.
// @param ids string[] Taxon ids, at most a batch (2,000)
UNWIND $ids AS id
MATCH (c:Entity {id: id})-[:DESCENDS_FROM]->(p:Entity)
RETURN c.id AS child, p.id AS parent
