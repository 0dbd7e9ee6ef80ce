// Records what the newest revision changed, one Change a node or edge: its state before and
// after as JSON (null where it did not exist). Runs after revisions/record in its transaction.
// @param rows map[] Each {entity, kind: node|edge, op: added|removed|changed, before, after}
MATCH (rev:Revision)
WITH max(rev.id) AS revision
UNWIND $rows AS row
CREATE (c:Change {revision: revision, entity: row.entity, kind: row.kind, op: row.op, before: row.before, after: row.after})
RETURN count(c) AS recorded
