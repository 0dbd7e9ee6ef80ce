// Search through the embedded engine's text index on searchKeys (import/search-text): the taxa,
// traits and papers one of whose names starts with the text (with $words, or a later word of a
// name), ranked as search/by-name ranks every node. TaxonomyService.search asks for these and
// scans with search/by-name only when they are fewer than it wants, so the answer is by-name's
// (test/contract/search-index.test.ts compares them on both engines).
// @param q string Part of a name, e.g. GPT-5.3
// @param words boolean=false Also a later word of a name (~ in searchText), not only its start (|)
// @param limit integer=10 How many answers at most
// The index holds each name's and word's first one to four letters as terms (n… and w…); the
// text's first four find every node that can match, and the filter below keeps those that do.
// Grafeo takes a procedure's arguments only from literals and parameters, and finds a node by its
// id() without a scan (a few microseconds). The named exception to one Cypher for both engines,
// beside search/neo4j/by-keys.
CALL grafeo.search.text('Entity', 'searchKeys',
  'n' + left(replace(replace(replace(replace(toLower(trim($q)), ' ', ''), '-', ''), '|', ''), '~', ''), 4) + CASE WHEN $words THEN ' w' + left(replace(replace(replace(replace(toLower(trim($q)), ' ', ''), '-', ''), '|', ''), '~', ''), 4) ELSE '' END, 10000000) YIELD node_id
WITH node_id, replace(replace(replace(replace(toLower(trim($q)), ' ', ''), '-', ''), '|', ''), '~', '') AS flat
MATCH (n:Entity)
WHERE id(n) = node_id AND flat <> '' AND (n.searchText CONTAINS '|' + flat OR ($words AND n.searchText CONTAINS '~' + flat))
WITH n, flat,
  CASE
    WHEN n.searchText CONTAINS '|' + flat + '|' THEN 0
    WHEN n.searchText CONTAINS '|' + flat THEN 1
    WHEN n.searchText CONTAINS '~' + flat THEN 2
    ELSE 3
  END AS score
WITH n, flat, score,
  CASE score
    WHEN 0 THEN 0
    WHEN 1 THEN size(split(split(n.searchText, '|' + flat)[1], '|')[0])
    WHEN 2 THEN size(split(split(n.searchText, '~' + flat)[1], '~')[0])
    ELSE size(n.searchText)
  END AS rest
ORDER BY score, rest, CASE WHEN n.rank IS NULL THEN 1 ELSE 0 END, n.name, n.id
LIMIT $limit
WITH n, flat, score, rest, [x IN [n.name, n.title] + coalesce(n.commonNames, []) WHERE x IS NOT NULL] AS names
WITH n, score, rest, [x IN names WHERE replace(replace(toLower(x), ' ', ''), '-', '') CONTAINS flat |
  {hit: x, key: size(x) + CASE WHEN replace(replace(toLower(x), ' ', ''), '-', '') = flat THEN 0 WHEN replace(replace(toLower(x), ' ', ''), '-', '') STARTS WITH flat THEN 1000 ELSE 2000 END}] AS hits
WITH n, score, rest, hits, reduce(best = null, h IN hits | CASE WHEN best IS NULL OR h.key < best.key THEN h ELSE best END) AS top
RETURN n AS node, top.hit AS matched, score
ORDER BY score, rest, CASE WHEN n.rank IS NULL THEN 1 ELSE 0 END, n.name, n.id
