// Search by any part of a name: a text index serves CONTAINS on the names each node keeps
// flattened in searchText (see import/search-text). Neo4j only: Grafeo has no text index its
// Cypher uses, and scans the one property instead.
CREATE TEXT INDEX entity_search_text IF NOT EXISTS FOR (n:Entity) ON (n.searchText)
