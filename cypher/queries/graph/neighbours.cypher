// A node and everything one relationship away, in either direction.
// @param id string The node's id, e.g. species-frontieris-reflexivus
MATCH (n:Entity {id: $id})
OPTIONAL MATCH (n)-[r]-(m:Entity)
RETURN n AS node, collect(r) AS relationships, collect(m) AS neighbours
