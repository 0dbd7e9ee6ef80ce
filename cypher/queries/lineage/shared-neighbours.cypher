// The nodes two nodes are both joined to other than by the classification: a family both
// inherit from, a trait both carry, a paper describing both, a lab building both; one row each,
// with the relationships that join each side to it.
// @param from string One node's id, e.g. species-frontieris-reflexivus
// @param to string The other node's id, e.g. specimen-claude-opus-4-6
// Two MATCH clauses rather than one pattern through the shared node: Grafeo then closes the
// pattern from the second node (under 1 ms at 100,000 species) instead of expanding every
// carrier of a trait both carry. The shared node is told from the two by their ids as parameters:
// compared with b itself, Grafeo scanned every node for b first.
MATCH (a:Entity {id: $from})-[ra]-(via:Entity)
MATCH (b:Entity {id: $to})-[rb]-(via)
WHERE type(ra) <> 'MEMBER_OF' AND type(rb) <> 'MEMBER_OF' AND NOT via.id IN [$from, $to]
RETURN via, collect(DISTINCT ra) AS fromA, collect(DISTINCT rb) AS fromB
ORDER BY via.id
