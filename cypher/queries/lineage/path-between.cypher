// The shortest path between two nodes over any relationship, either direction.
// @param from string One node's id, e.g. species-frontieris-reflexivus
// @param to string The other node's id, e.g. specimen-claude-opus-4-6
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*..15]-(b))
RETURN [n IN nodes(p) | n.id] AS path, nodes(p) AS nodes, relationships(p) AS relationships
