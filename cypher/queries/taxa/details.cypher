// One node with what the details panel shows: classification parent and children, traits,
// heritage (from whom, for which trait, who says so), heirs, absorptions both ways, convergences, papers, labs.
// @param id string The node's id, e.g. species-frontieris-reflexivus
// Every neighbour list is a pattern comprehension read from the node itself, before any
// aggregation: Grafeo plans an OPTIONAL MATCH that follows a collect() from the far end, a scan
// of every node (188 ms at 100,000 species, against under 1 ms this way). Pattern
// comprehensions cannot nest, so the traits heritage names are looked up once, by id, at the end.
MATCH (n:Entity {id: $id})
WITH n,
  [(n)-[h:HERITAGE]->(a) | {from: a {.id, .name, .rank}, traitId: h.trait, note: h.note, confidence: h.confidence, sourceUrl: h.source, quote: h.quote, reason: h.reason}] AS heritage,
  [(n)<-[h:HERITAGE]-(heir) | {heir: heir {.id, .name, .rank}, traitId: h.trait}] AS heirs,
  [(n)<-[:MEMBER_OF]-(c) | c {.id, .name, .rank}] AS children,
  [(n)<-[a:ABSORBS]-(x) | x {.id, .name, .rank, date: a.date, note: a.note, confidence: a.confidence, reason: a.reason, quote: a.quote, sourceUrl: a.source}] AS absorbedBy,
  [(n)<-[:DESCRIBES]-(p) | p {.id, .name, .title, .url, .date}] AS papers,
  [(n)<-[:HAS_TRAIT|CONVERGES]-(x) | x {.id, .name, .rank}] AS carriers,
  [(n)-[:MEMBER_OF]->(p) | p {.id, .name, .rank}] AS parents,
  [(n)-[h:HAS_TRAIT]->(t) | t {.id, .name, diagnostic: h.diagnostic}] AS traits,
  [(n)-[a:ABSORBS]->(x) | x {.id, .name, .rank, date: a.date, note: a.note, confidence: a.confidence, reason: a.reason, quote: a.quote, sourceUrl: a.source}] AS absorbed,
  [(n)-[c:CONVERGES]->(t) | t {.id, .name, date: c.date, note: c.note}] AS converges,
  [(n)-[:DESCRIBES]->(x) | x {.id, .name, .rank}] AS describes,
  [(n)-[:DEVELOPED_BY]->(l) | l {.id, .name, .url}] AS labs
OPTIONAL MATCH (t:Trait)
WHERE t.id IN [x IN heritage | x.traitId] + [x IN heirs | x.traitId]
WITH n, heritage, heirs, children, absorbedBy, papers, carriers, parents, traits, absorbed, converges, describes, labs, collect(t {.id, .name}) AS named
RETURN n AS node,
  [x IN heritage | {from: x.from, trait: [t IN named WHERE t.id = x.traitId][0], note: x.note, confidence: x.confidence, sourceUrl: x.sourceUrl, quote: x.quote, reason: x.reason}] AS heritage,
  [x IN heirs | {heir: x.heir, trait: [t IN named WHERE t.id = x.traitId][0]}] AS heirs,
  children, absorbedBy, papers, carriers, parents, traits, absorbed, converges, describes, labs
