// The classification path from a taxon up to the root of the tree, as ids: one path, or one
// for each parent of a hybrid (a taxon in two lineages at once), the longest first.
// @param id string The taxon's id, e.g. species-frontieris-reflexivus
// The WHERE keeps only paths that end at a root, so prefixes never come back; the LIMIT
// bounds the answer if hybrids of hybrids ever multiply the paths.
MATCH p = (t:Taxon {id: $id})-[:MEMBER_OF*0..12]->(root:Taxon)
WHERE NOT (root)-[:MEMBER_OF]->()
RETURN [n IN nodes(p) | n.id] AS path, nodes(p) AS nodes, relationships(p) AS relationships
ORDER BY length(p) DESC
LIMIT 16
