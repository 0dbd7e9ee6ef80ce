// Neo4j's full-text index on searchKeys (import/search-text), which search/neo4j/by-keys asks for
// the nodes a name or word of which starts with a text. The terms are lower case already and
// separated by spaces, so the whitespace analyser takes them as they are.
CREATE FULLTEXT INDEX entity_search_keys IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchKeys]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}}
