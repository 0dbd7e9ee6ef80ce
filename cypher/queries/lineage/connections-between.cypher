// Connections between two nodes other than the classification: a relationship joining them
// directly (heritage, descent, absorption), or a node both are joined to (a family both inherit
// from, a trait both carry, a paper describing both, a lab building both), with the traits
// their heritage names.
// @param from string One node's id, e.g. species-frontieris-reflexivus
// @param to string The other node's id, e.g. specimen-claude-opus-4-6
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
OPTIONAL MATCH (a)-[d]-(b)
WHERE type(d) <> 'MEMBER_OF'
WITH a, b, collect(d) AS direct
OPTIONAL MATCH (a)-[ra]-(via:Entity)-[rb]-(b)
WHERE type(ra) <> 'MEMBER_OF' AND type(rb) <> 'MEMBER_OF' AND via.id <> a.id AND via.id <> b.id
WITH a, b, direct, via, collect(ra) AS fromA, collect(rb) AS fromB, collect(ra.trait) + collect(rb.trait) AS traits
WITH a, b, direct, collect({via: via, fromA: fromA, fromB: fromB}) AS shared, collect(traits) AS named
WITH a, b, direct, shared, [r IN direct | r.trait] + reduce(acc = [], x IN named | acc + x) AS traitIds
OPTIONAL MATCH (t:Trait)
WHERE t.id IN traitIds
RETURN a AS from, b AS to, direct, shared, collect(t) AS traits
