// The lineages the graph already says some taxa descend from: for finding DESCENDS_FROM cycles
// that run through existing edges.
// @param ids string[] Taxon ids, at most a batch (2,000)
MATCH (c:Entity)-[:DESCENDS_FROM]->(p:Entity)
WHERE c.id IN $ids
RETURN c.id AS child, p.id AS parent
