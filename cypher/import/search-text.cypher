// Keeps each node's names searchable: every node without searchText (new, or changed, since a
// write of a node removes it) gets its Latin name, title and common names, each in lower case
// without spaces or hyphens, between bars: |gpt5.3codex|frontierisreflexivus|. Search looks for
// its text inside that one property, which Neo4j's text index serves.
MATCH (n:Entity)
WHERE n.searchText IS NULL
SET n.searchText = reduce(s = '|', x IN [v IN [n.name, n.title] + coalesce(n.commonNames, []) WHERE v IS NOT NULL] | s + replace(replace(toLower(x), ' ', ''), '-', '') + '|')
RETURN count(n) AS keyed
