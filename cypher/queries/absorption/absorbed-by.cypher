// What a clade absorbed and when, oldest first (clades absorbed the same day by id).
// @param id string The absorbing clade's id, e.g. family-frontieriidae
MATCH (c:Taxon {id: $id})-[a:ABSORBS]->(x:Taxon)
RETURN c AS clade, a AS absorbs, x AS absorbed, a.date AS date
ORDER BY a.date, x.id
