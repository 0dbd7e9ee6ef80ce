// The nodes an import names, as the graph holds them now: to tell created from updated from
// unchanged, and to check kinds and ranks. One scan per batch of ids (WHERE … IN).
// @param ids string[] Node ids, at most a batch (2,000)
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
