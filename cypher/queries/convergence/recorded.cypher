// Recorded convergence: traits that taxonomists observed arising independently (CONVERGES),
// with the taxa and the families they belong to.
MATCH (t:Taxon)-[c:CONVERGES]->(trait:Trait)
OPTIONAL MATCH (t)-[:MEMBER_OF*0..12]->(f:Family)
RETURN trait, collect(DISTINCT t) AS taxa, collect(DISTINCT f) AS families, collect(c) AS relationships
ORDER BY trait.name
