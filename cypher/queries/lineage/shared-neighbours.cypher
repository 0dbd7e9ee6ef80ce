// The nodes two nodes are both joined to other than by the classification: a family both
// inherit from, a trait both carry, a paper describing both, a lab building both; one row each,
// with the relationships that join each side to it.
// @param from string One node's id, e.g. species-frontieris-reflexivus
// @param to string The other node's id, e.g. specimen-claude-opus-4-6
// Each side's relationships are read from its own node, a's first and collected, so both
// engines start from the two ids: closing one pattern through the shared node, Neo4j walked from
// a trait to all of its carriers to find a (4,000 db hits at 100,000 species, 5 this way), and
// Grafeo scanned every node for b when the shared node was told from b by b itself rather than
// by the ids as parameters.
MATCH (a:Entity {id: $from})-[ra]-(via:Entity)
WHERE type(ra) <> 'MEMBER_OF' AND NOT via.id IN [$from, $to]
WITH via, collect(DISTINCT ra) AS fromA
MATCH (b:Entity {id: $to})-[rb]-(via)
WHERE type(rb) <> 'MEMBER_OF'
RETURN via, fromA, collect(DISTINCT rb) AS fromB
ORDER BY via.id
