// The classification parents the graph already gives some taxa: for the one-parent rule and
// for finding MEMBER_OF cycles that run through existing edges.
// @param ids string[] Taxon ids, at most a batch (2,000)
UNWIND $ids AS id
MATCH (c:Entity {id: id})-[:MEMBER_OF]->(p:Entity)
RETURN c.id AS child, p.id AS parent
