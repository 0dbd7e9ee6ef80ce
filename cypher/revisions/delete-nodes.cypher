// Removes nodes by id (with any edge still on them), for a revert of revisions that added them.
// @param ids string[] Node ids
UNWIND $ids AS id
MATCH (n:Entity {id: id})
DETACH DELETE n
RETURN count(id) AS deleted
