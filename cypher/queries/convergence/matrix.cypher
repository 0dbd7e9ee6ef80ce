// Which family carries which trait, and how: HAS_TRAIT, CONVERGES or both, on the family or
// on any taxon classified under it.
MATCH (t:Taxon)-[r:HAS_TRAIT|CONVERGES]->(trait:Trait)
MATCH (t)-[:MEMBER_OF*0..12]->(f:Family)
RETURN trait.id AS trait, trait.name AS traitName, f.id AS family, f.name AS familyName,
  collect(DISTINCT type(r)) AS how
ORDER BY traitName, familyName
