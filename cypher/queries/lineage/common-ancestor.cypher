// The most recent common ancestor of two taxa in the classification and phylogeny: the shared
// ancestor with the fewest steps from both, whichever parent of a hybrid the path goes through.
// @param a string One taxon's id, e.g. species-frontieris-reflexivus
// @param b string The other taxon's id, e.g. species-r-prompticus
MATCH pa = (a:Taxon {id: $a})-[:MEMBER_OF|DESCENDS_FROM*0..12]->(c:Taxon)
MATCH pb = (b:Taxon {id: $b})-[:MEMBER_OF|DESCENDS_FROM*0..12]->(c)
RETURN c AS ancestor, length(pa) AS stepsFromA, length(pb) AS stepsFromB,
  nodes(pa) AS nodesFromA, nodes(pb) AS nodesFromB,
  relationships(pa) AS relationshipsFromA, relationships(pb) AS relationshipsFromB
ORDER BY stepsFromA + stepsFromB, stepsFromA
LIMIT 1
