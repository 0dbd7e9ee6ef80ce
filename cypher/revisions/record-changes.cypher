// Records part of what the newest revision changed: a few thousand of its changes in one Change
// node, as a JSON list of {entity, kind: node|edge, op: added|removed|changed, before, after},
// each state as it stood (null where it did not exist). Runs after revisions/record in its
// transaction. One Change a node or edge, as before, was a fifth of a first import's time.
// @param part integer This part's place among the revision's parts, from 0
// @param changes string The part's changes as JSON
MATCH (rev:Revision)
WITH max(rev.id) AS revision
CREATE (c:Change {revision: revision, part: $part, changes: $changes})
RETURN count(c) AS recorded
