// What the revisions after one and up to another changed, oldest first, part by part. A store
// written before changes were kept in parts has one Change a node or edge instead (entity, kind,
// before and after as JSON, no part): both are read.
// @param after integer Revisions after this one (0 for all)
// @param upto integer Up to and including this one
MATCH (c:Change)
WHERE c.revision > $after AND c.revision <= $upto
RETURN c.revision AS revision, c.part AS part, c.changes AS changes, c.entity AS entity, c.kind AS kind, c.before AS before, c.after AS after
ORDER BY revision, part
