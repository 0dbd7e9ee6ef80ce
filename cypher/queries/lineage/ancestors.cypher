// Every taxon above one in the classification (MEMBER_OF) and the phylogeny (DESCENDS_FROM),
// through both parents of a hybrid, each listed once; beside them, the relationships of every
// route up.
// @param id string The taxon's id, e.g. species-frontieris-reflexivus
// @param depth integer=12 How many levels up to follow (at most 12)
MATCH (t:Taxon {id: $id})
OPTIONAL MATCH p = (t)-[:MEMBER_OF|DESCENDS_FROM*1..12]->(a:Taxon)
WHERE length(p) <= $depth
RETURN t AS taxon, collect(DISTINCT a) AS ancestors, collect(relationships(p)) AS relationships
