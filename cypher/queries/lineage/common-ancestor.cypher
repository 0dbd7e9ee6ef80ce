// The most recent common ancestor of two taxa in the classification and phylogeny: the shared
// ancestor with the fewest steps from both, whichever parent of a hybrid the path goes through.
// @param a string One taxon's id, e.g. species-frontieris-reflexivus
// @param b string The other taxon's id, e.g. species-r-prompticus
// Ties (a hybrid's two parents, a lineage both classified and descended) are broken by ids, so
// both engines choose the same ancestor and the same two paths. Both walks go up, each from its
// own taxon (see lineage/path-between).
MATCH pa = (a:Taxon {id: $a})-[:MEMBER_OF|DESCENDS_FROM*0..12]->(c:Taxon)
WITH pa, c
MATCH pb = (b:Taxon {id: $b})-[:MEMBER_OF|DESCENDS_FROM*0..12]->(top:Taxon)
WHERE top.id = c.id
WITH c, pa, pb, length(pa) AS stepsFromA, length(pb) AS stepsFromB
ORDER BY stepsFromA + stepsFromB, stepsFromA, c.id, [n IN nodes(pa) | n.id], [n IN nodes(pb) | n.id]
LIMIT 1
RETURN c AS ancestor, stepsFromA, stepsFromB,
  nodes(pa) AS nodesFromA, nodes(pb) AS nodesFromB,
  relationships(pa) AS relationshipsFromA, relationships(pb) AS relationshipsFromB
