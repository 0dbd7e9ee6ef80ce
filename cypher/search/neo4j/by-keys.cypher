// Search through Neo4j's full-text index on searchKeys (import/search-text): the taxa, traits and
// papers one of whose names starts with the text (with $words, or a later word of a name), ranked
// as search/by-name ranks every node; see search/embedded/by-keys, its twin on the embedded engine.
// @param q string Part of a name, e.g. GPT-5.3
// @param words boolean=false Also a later word of a name (~ in searchText), not only its start (|)
// @param limit integer=10 How many answers at most
// The index (schema/neo4j/entity-search-keys-index) splits on spaces only and keeps case, so each
// term is one phrase, with Lucene's two special characters in a phrase escaped. Neo4j takes a
// procedure's arguments from variables, so the text is flattened once (Grafeo's twin cannot).
WITH replace(replace(replace(replace(toLower(trim($q)), ' ', ''), '-', ''), '|', ''), '~', '') AS flat
WITH flat, replace(replace(left(flat, 4), '\\', '\\\\'), '"', '\\"') AS term
CALL db.index.fulltext.queryNodes('entity_search_keys', '"n' + term + '"' + CASE WHEN $words THEN ' "w' + term + '"' ELSE '' END, {limit: 10000000}) YIELD node AS n
WITH n, flat
WHERE flat <> '' AND (n.searchText CONTAINS '|' + flat OR ($words AND n.searchText CONTAINS '~' + flat))
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
