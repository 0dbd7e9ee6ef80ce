// The web of HERITAGE and ABSORBS relationships around a taxon, up to three steps out.
// @param id string The taxon's id, e.g. family-frontieriidae
MATCH (t:Taxon {id: $id})
OPTIONAL MATCH p = (t)-[:HERITAGE|ABSORBS*1..3]-(x:Taxon)
RETURN t AS taxon, collect(x) AS nodes, collect(relationships(p)) AS relationships
