// A taxon's heritage: the traits it inherits and from which lineage, its own HERITAGE edges
// and those of the taxa it is classified under.
// @param id string The taxon's id, e.g. species-frontieris-reflexivus
MATCH (t:Taxon {id: $id})-[:MEMBER_OF*0..12]->(heir:Taxon)
MATCH (heir)-[h:HERITAGE]->(source:Taxon)
OPTIONAL MATCH (trait:Trait {id: h.trait})
RETURN heir AS heir, source AS inheritsFrom, trait AS trait, h AS heritage
ORDER BY source.name
