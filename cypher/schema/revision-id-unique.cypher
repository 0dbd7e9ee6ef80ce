// Revisions are numbered 1, 2, 3…: two writes that took the same number cannot both commit.
CREATE CONSTRAINT revision_id_unique IF NOT EXISTS FOR (r:Revision) REQUIRE r.id IS UNIQUE
