// Connections between two nodes other than the classification: a relationship joining them
// directly (heritage, descent, absorption), with the traits their heritage names. The nodes
// both are joined to come from lineage/shared-neighbours.
// @param from string One node's id, e.g. species-frontieris-reflexivus
// @param to string The other node's id, e.g. specimen-claude-opus-4-6
// Pattern comprehensions read from the node itself: Grafeo plans an OPTIONAL MATCH after a WITH
// from a scan of every node.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
WITH a, b,
  [(a)-[d]-(x) WHERE x.id = b.id AND type(d) <> 'MEMBER_OF' | d] AS direct,
  [(a)-[h:HERITAGE]-() | h.trait] + [(b)-[h:HERITAGE]-() | h.trait] AS traitIds
OPTIONAL MATCH (t:Trait)
WHERE t.id IN traitIds
RETURN a AS from, b AS to, direct, collect(t) AS traits
