// One node with what the details panel shows: classification parent and children, traits,
// heritage (from whom, for which trait, who says so), heirs, absorptions both ways, convergences, papers, labs.
// @param id string The node's id, e.g. species-frontieris-reflexivus
// Incoming relationships are followed with OPTIONAL MATCH from the node: Grafeo plans an
// incoming pattern comprehension from the far end, which scans. collect() over an empty
// OPTIONAL MATCH gives Grafeo a map of nulls where Neo4j drops the row: the CASE keeps the
// two engines' answers the same.
MATCH (n:Entity {id: $id})
OPTIONAL MATCH (n)-[h:HERITAGE]->(a)
OPTIONAL MATCH (t:Trait {id: h.trait})
WITH n, collect(CASE WHEN a IS NULL THEN null ELSE {from: a {.id, .name, .rank}, trait: t {.id, .name}, note: h.note, confidence: h.confidence, sourceUrl: h.source, quote: h.quote, reason: h.reason} END) AS heritage
OPTIONAL MATCH (heir)-[h:HERITAGE]->(n)
OPTIONAL MATCH (t:Trait {id: h.trait})
WITH n, heritage, collect(CASE WHEN heir IS NULL THEN null ELSE {heir: heir {.id, .name, .rank}, trait: t {.id, .name}} END) AS heirs
OPTIONAL MATCH (c)-[:MEMBER_OF]->(n)
WITH n, heritage, heirs, collect(CASE WHEN c IS NULL THEN null ELSE c {.id, .name, .rank} END) AS children
OPTIONAL MATCH (x)-[a:ABSORBS]->(n)
WITH n, heritage, heirs, children, collect(CASE WHEN x IS NULL THEN null ELSE x {.id, .name, .rank, date: a.date, note: a.note, confidence: a.confidence, reason: a.reason, quote: a.quote, sourceUrl: a.source} END) AS absorbedBy
OPTIONAL MATCH (p)-[:DESCRIBES]->(n)
WITH n, heritage, heirs, children, absorbedBy, collect(CASE WHEN p IS NULL THEN null ELSE p {.id, .name, .title, .url, .date} END) AS papers
OPTIONAL MATCH (x)-[:HAS_TRAIT|CONVERGES]->(n)
WITH n, heritage, heirs, children, absorbedBy, papers, collect(DISTINCT CASE WHEN x IS NULL THEN null ELSE x {.id, .name, .rank} END) AS carriers
RETURN n AS node, heritage, heirs, children, absorbedBy, papers, carriers,
  [(n)-[:MEMBER_OF]->(p) | p {.id, .name, .rank}] AS parents,
  [(n)-[h:HAS_TRAIT]->(t) | t {.id, .name, diagnostic: h.diagnostic}] AS traits,
  [(n)-[a:ABSORBS]->(x) | x {.id, .name, .rank, date: a.date, note: a.note, confidence: a.confidence, reason: a.reason, quote: a.quote, sourceUrl: a.source}] AS absorbed,
  [(n)-[c:CONVERGES]->(t) | t {.id, .name, date: c.date, note: c.note}] AS converges,
  [(n)-[:DESCRIBES]->(x) | x {.id, .name, .rank}] AS describes,
  [(n)-[:DEVELOPED_BY]->(l) | l {.id, .name, .url}] AS labs
