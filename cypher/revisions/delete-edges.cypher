// Removes edges by id, for a revert of revisions that added them.
// @param rows map[] Each {id, from, to}
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[r]->(b:Entity {id: row.to})
WHERE r.id = row.id
DELETE r
RETURN count(row) AS deleted
