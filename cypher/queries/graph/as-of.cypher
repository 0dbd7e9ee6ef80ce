// The taxonomy as it stood at a date: nodes first seen (or papers dated) on or before it,
// relationships dated on or before it (undated ones count as always there) between those nodes.
// @param at date The date, YYYY-MM-DD, e.g. 2026-01-31
MATCH (n:Entity)
WHERE coalesce(n.firstSeen, n.date) IS NULL OR coalesce(n.firstSeen, n.date) <= $at
OPTIONAL MATCH (n)-[r]->(m:Entity)
WHERE (r.date IS NULL OR r.date <= $at)
  AND (coalesce(m.firstSeen, m.date) IS NULL OR coalesce(m.firstSeen, m.date) <= $at)
RETURN n AS node, collect(r) AS relationships
