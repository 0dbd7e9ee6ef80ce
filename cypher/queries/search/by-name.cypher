// Taxa, traits and papers whose Latin name, common name or title contains the text, best
// matches first: exact, then prefix, then anywhere.
// @param q string Part of a name, e.g. GPT-5.3
// @param limit integer=10 How many answers at most
WITH toLower($q) AS q
MATCH (n:Entity)
WITH n, q, [c IN coalesce(n.commonNames, []) WHERE toLower(c) CONTAINS q] AS common
WHERE toLower(n.name) CONTAINS q OR size(common) > 0 OR toLower(coalesce(n.title, '')) CONTAINS q
WITH n, q, common,
  CASE
    WHEN toLower(n.name) = q OR any(c IN common WHERE toLower(c) = q) THEN 0
    WHEN toLower(n.name) STARTS WITH q OR any(c IN common WHERE toLower(c) STARTS WITH q) THEN 1
    ELSE 2
  END AS score
RETURN n AS node, coalesce(common[0], n.name) AS matched, score
ORDER BY score, size(n.name), n.name
LIMIT $limit
