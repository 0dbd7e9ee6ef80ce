// Keeps each node's names searchable: every node without searchText (new, or changed, since a
// write of a node removes it, or written before word starts were kept) gets its Latin name,
// title and common names, each in lower case without spaces or hyphens, between bars, then
// where each later word of a name starts, the rest of that name, between tildes:
// |gpt5.3codex|frontierisreflexivus|~5.3codex~codex~reflexivus~. Search looks for its text
// inside that one property, which Neo4j's text index serves, and ranks by where it is found.
// A word starts after a space or a hyphen; one that opens a bracket also starts after it.
// Beside it, searchKeys: the first one to four letters of each name (n…) and of each word start
// (w…), space-separated, the terms each engine's text index finds a prefix by (search/*/by-keys).
MATCH (n:Entity)
WHERE n.searchText IS NULL OR NOT n.searchText ENDS WITH '~' OR n.searchKeys IS NULL
WITH n, [v IN [n.name, n.title] + coalesce(n.commonNames, []) WHERE v IS NOT NULL] AS names
WITH n, names, [x IN names | split(replace(toLower(x), '-', ' '), ' ')] AS wordLists
WITH n, reduce(s = '|', x IN names | s + replace(replace(toLower(x), ' ', ''), '-', '') + '|')
  + reduce(s = '~', words IN wordLists | s + reduce(t = '', i IN range(1, size(words) - 1) | t +
      reduce(u = '', w IN words[i..] | u + w) + '~' +
      CASE WHEN words[i] STARTS WITH '(' THEN substring(reduce(u = '', w IN words[i..] | u + w), 1) + '~' ELSE '' END)) AS text
WITH n, text, [p IN split(split(text, '~')[0], '|') WHERE p <> ''] AS nameStarts, [p IN split(text, '~')[1..] WHERE p <> ''] AS wordStarts
SET n.searchText = text,
  n.searchKeys = reduce(s = '', p IN nameStarts | s + ' n' + left(p, 1) + ' n' + left(p, 2) + ' n' + left(p, 3) + ' n' + left(p, 4))
    + reduce(s = '', p IN wordStarts | s + ' w' + left(p, 1) + ' w' + left(p, 2) + ' w' + left(p, 3) + ' w' + left(p, 4))
RETURN count(n) AS keyed
