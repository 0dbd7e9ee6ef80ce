// Every taxon below one: its members down the classification (MEMBER_OF) and the lineages that
// descend from it (DESCENDS_FROM), each followed on its own, so a descending family counts but
// its members do not flood the answer. Each descendant comes with the edge that reaches it (a
// hybrid under both parents comes once through each, with both edges).
// @param id string The taxon's id, e.g. family-recursidae
// @param depth integer=12 How many levels down to follow (at most 12)
// (Sequential WITH rather than CALL subqueries, which Grafeo runs far slower; lists kept in
// their own columns, since Grafeo's list + list turns nodes into bare ids.)
MATCH (t:Taxon {id: $id})
OPTIONAL MATCH p = (t)<-[:MEMBER_OF*1..12]-(d:Taxon)
WHERE length(p) <= $depth
WITH t, collect(d) AS members, collect(last(relationships(p))) AS memberLinks
OPTIONAL MATCH q = (t)<-[:DESCENDS_FROM*1..12]-(l:Taxon)
WHERE length(q) <= $depth
WITH t, members, memberLinks, collect(DISTINCT l) AS lineages, collect(DISTINCT last(relationships(q))) AS lineageLinks
RETURN t AS taxon, members, lineages, memberLinks, lineageLinks
