// Derived convergence: a trait carried (HAS_TRAIT or CONVERGES) independently in two or more
// families, where no ancestor those families all share carries it. A family whose carriers all
// record inheriting the trait (HERITAGE, on themselves or a taxon above them) got it by
// heritage, not independently, and does not count.
MATCH (t:Taxon)-[:HAS_TRAIT|CONVERGES]->(trait:Trait)
MATCH (t)-[:MEMBER_OF*0..12]->(f:Family)
WITH trait, f, t, EXISTS { (t)-[:MEMBER_OF*0..12]->(:Taxon)-[h:HERITAGE]->(:Taxon) WHERE h.trait = trait.id } AS inherited
WITH trait, f, min(CASE WHEN inherited THEN 1 ELSE 0 END) AS onlyInherited
WHERE onlyInherited = 0
WITH trait, collect(f) AS families
WHERE size(families) >= 2
CALL (trait, families) {
  UNWIND families AS f
  MATCH (f)-[:MEMBER_OF|DESCENDS_FROM*1..12]->(a:Taxon)
  WITH a, count(DISTINCT f) AS sharedBy
  WHERE sharedBy = size(families)
  RETURN collect(DISTINCT a) AS commonAncestors
}
WITH trait, families, commonAncestors, [a IN commonAncestors WHERE (a)-[:HAS_TRAIT]->(trait)] AS carriers
WHERE size(carriers) = 0
RETURN trait, families, commonAncestors
ORDER BY size(families) DESC, trait.name
