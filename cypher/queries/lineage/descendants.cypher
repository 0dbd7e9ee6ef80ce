// Every taxon below one in the classification (MEMBER_OF) and the phylogeny (DESCENDS_FROM).
// @param id string The taxon's id, e.g. family-recursidae
// @param depth integer=12 How many levels down to follow (at most 12)
MATCH (t:Taxon {id: $id})
OPTIONAL MATCH p = (d:Taxon)-[:MEMBER_OF|DESCENDS_FROM*1..12]->(t)
WHERE length(p) <= $depth
RETURN t AS taxon, collect(d) AS descendants, collect(relationships(p)) AS relationships
