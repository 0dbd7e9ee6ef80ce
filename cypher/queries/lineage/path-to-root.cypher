// The classification path from a taxon up to the root of the tree, as ids.
// @param id string The taxon's id, e.g. species-frontieris-reflexivus
MATCH p = (t:Taxon {id: $id})-[:MEMBER_OF*0..12]->(root:Taxon)
WHERE NOT (root)-[:MEMBER_OF]->()
RETURN [n IN nodes(p) | n.id] AS path, nodes(p) AS nodes, relationships(p) AS relationships
ORDER BY length(p) DESC
LIMIT 1
