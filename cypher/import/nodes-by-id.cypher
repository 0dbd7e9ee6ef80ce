// The nodes an import names, as the graph holds them now: to tell created from updated from
// unchanged, and to check kinds and ranks. One index lookup per id.
// @param ids string[] Node ids, at most a batch (2,000)
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
