// Taxa, traits and papers whose Latin name, common name or title holds the text, ignoring case,
// spaces and hyphens ("gpt 5.3" finds GPT-5.3-Codex). Best matches first: the whole name, then
// names that start with the text, then a word inside a name that does, then anywhere; among
// equals the shortest name matched, taxa before traits and papers.
// @param q string Part of a name, e.g. GPT-5.3
// @param limit integer=10 How many answers at most
// Each name is compared flattened (lower case, no spaces or hyphens); word starts are found on
// the lower-cased name. The best hit is picked by min() over a sort key, not by ORDER BY before
// collect(), so both engines agree.
// Nodes are found by their searchText (every name flattened, between bars: import/search-text),
// one property that Neo4j's text index serves and Grafeo scans (building every node's list of
// names instead cost 300 ms at 100,000 species); only the nodes found are ranked. A bar in the
// text is dropped, so a match never spans two names.
WITH toLower(trim($q)) AS q, replace(replace(replace(toLower(trim($q)), ' ', ''), '-', ''), '|', '') AS flat
MATCH (n:Entity)
WHERE n.searchText CONTAINS flat
WITH n, q, flat, [x IN [n.name, n.title] + coalesce(n.commonNames, []) WHERE x IS NOT NULL] AS names
WITH n, q, flat, [x IN names WHERE replace(replace(toLower(x), ' ', ''), '-', '') CONTAINS flat] AS hits
WHERE size(hits) > 0
UNWIND hits AS hit
WITH n, hit, q, flat, replace(replace(toLower(hit), ' ', ''), '-', '') AS h
WITH n, hit,
  CASE
    WHEN h = flat THEN 0
    WHEN h STARTS WITH flat THEN 1
    WHEN toLower(hit) CONTAINS ' ' + q OR toLower(hit) CONTAINS '-' + q OR toLower(hit) CONTAINS '(' + q THEN 2
    ELSE 3
  END AS score
WITH n, collect({key: score * 1000 + size(hit), hit: hit, score: score}) AS ranked, min(score * 1000 + size(hit)) AS best
WITH n, [x IN ranked WHERE x.key = best][0] AS top
RETURN n AS node, top.hit AS matched, top.score AS score
ORDER BY top.key, CASE WHEN n.rank IS NULL THEN 1 ELSE 0 END, n.name
LIMIT $limit
