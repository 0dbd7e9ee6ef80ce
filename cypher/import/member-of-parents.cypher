// The classification parents the graph already gives some taxa: for the one-parent rule and
// for finding MEMBER_OF cycles that run through existing edges.
// @param ids string[] Taxon ids, at most a batch (2,000)
MATCH (c:Entity)-[:MEMBER_OF]->(p:Entity)
WHERE c.id IN $ids
RETURN c.id AS child, p.id AS parent
