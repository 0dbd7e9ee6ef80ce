// The revisions, newest first, with their counts.
// @param limit integer=1000 At most this many
MATCH (r:Revision)
RETURN r.id AS id, r.at AS at, r.message AS message, r.source AS source, r.added AS added, r.changed AS changed, r.removed AS removed
ORDER BY id DESC
LIMIT $limit
