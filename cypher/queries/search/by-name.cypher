// Taxa, traits and papers whose Latin name, common name or title holds the text, ignoring case,
// spaces and hyphens ("gpt 5.3" finds GPT-5.3-Codex). Best matches first: the whole name, then
// names that start with the text, then a word inside a name that does, then anywhere; among
// equals the one with the least of its name after the text, taxa before traits and papers.
// @param q string Part of a name, e.g. GPT-5.3
// @param limit integer=10 How many answers at most
// Nodes are found by their searchText (import/search-text: every name flattened between bars,
// then the rest of each name from each later word start between tildes), one property that
// Neo4j's text index serves and Grafeo scans. Every node found is ranked from that one string
// (where the text stands in it, and how much of the name follows), so a short text that most
// nodes hold costs a sort, not a list of names per node (a: 1.2 s before at 100,000 species);
// only the nodes kept have their names read to say which one matched. A bar or tilde in the
// text is dropped, so a match never spans two names.
WITH replace(replace(replace(replace(toLower(trim($q)), ' ', ''), '-', ''), '|', ''), '~', '') AS flat
MATCH (n:Entity)
WHERE n.searchText CONTAINS flat
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
