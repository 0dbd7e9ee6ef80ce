// What the revisions after one and up to another changed, oldest first.
// @param after integer Revisions after this one (0 for all)
// @param upto integer Up to and including this one
MATCH (c:Change)
WHERE c.revision > $after AND c.revision <= $upto
RETURN c.revision AS revision, c.entity AS entity, c.kind AS kind, c.before AS before, c.after AS after
ORDER BY revision
