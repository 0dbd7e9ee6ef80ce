// A revision's changes are read by its number (diffs, the graph as of a revision, reverts).
CREATE INDEX change_revision IF NOT EXISTS FOR (c:Change) ON (c.revision)
