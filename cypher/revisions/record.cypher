// Records a revision, numbered one after the newest, in the same transaction as the change it
// records: when, why, what wrote it, and how many nodes and edges it added, changed, removed.
// @param at string When, an ISO timestamp
// @param message string Why, in the curator's words (null for none)
// @param source string What wrote it, as JSON: {kind: seed|import|revert|baseline, files, formats, counts, revertedTo}
// @param added integer Nodes and edges added
// @param changed integer Nodes and edges changed
// @param removed integer Nodes and edges removed
OPTIONAL MATCH (r:Revision)
WITH coalesce(max(r.id), 0) + 1 AS next
CREATE (rev:Revision {id: next, at: $at, message: $message, source: $source, added: $added, changed: $changed, removed: $removed})
RETURN rev.id AS id
