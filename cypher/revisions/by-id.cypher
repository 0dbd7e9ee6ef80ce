// One revision by its number, to tell a known one from an unknown one.
// @param id integer The revision
MATCH (r:Revision {id: $id})
RETURN r.id AS id, r.at AS at, r.message AS message, r.source AS source, r.added AS added, r.changed AS changed, r.removed AS removed
