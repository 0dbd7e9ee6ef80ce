// The family each taxon sits in (itself for a family), for colouring the graph by family.
MATCH (n:Taxon)
OPTIONAL MATCH (n)-[:MEMBER_OF*0..12]->(f:Family)
RETURN n.id AS id, f.id AS family, f.name AS familyName
