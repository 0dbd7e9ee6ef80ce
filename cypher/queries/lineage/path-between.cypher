// The shortest path between two nodes over any relationship, either direction.
// @param from string One node's id, e.g. species-frontieris-reflexivus
// @param to string The other node's id, e.g. specimen-claude-opus-4-6
// Where several paths are equally short, each engine's shortestPath() picks its own: take all of
// them and choose by relationship types, then ids, so both engines answer the same one.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*..15]-(b))
WITH p, [r IN relationships(p) | type(r)] AS types, [n IN nodes(p) | n.id] AS path
ORDER BY types, path
LIMIT 1
RETURN path, nodes(p) AS nodes, relationships(p) AS relationships
