// Taxa by name, ignoring case: how a species card's family and heritage rows and a Newick
// tree's labels find the taxa the graph already holds.
// @param names string[] Lower-case names, at most a batch (2,000)
MATCH (t:Taxon)
WHERE toLower(t.name) IN $names
RETURN t.id AS id, t.name AS name, t.rank AS rank
