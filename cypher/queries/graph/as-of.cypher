// The taxonomy as it stood at a date. A node counts from its own date (first seen, or a
// paper's date or year); a taxon with none from the earliest date of what it contains; a trait
// or lab with none from the earliest date of the taxa that carry it or that it builds; failing
// those, from the date the source reported it. Nodes with no date at all come back with date
// null, to be shown apart as undated, with no relationships. Relationships count from their
// own date, or from when both their ends exist.
// @param at date The date, YYYY-MM-DD, e.g. 2026-01-31
// Sequential WITH stages rather than CALL subqueries: Grafeo runs those far slower. The
// reported date is the source's own (`reported`), else the month of a /blog/YYYY-MM-... URL.
MATCH (n:Entity)
OPTIONAL MATCH (n)<-[:MEMBER_OF*1..12]-(m:Taxon)
WITH n, min(m.firstSeen) AS contained
OPTIONAL MATCH (n)<-[:HAS_TRAIT|CONVERGES|DEVELOPED_BY]-(:Taxon)<-[:MEMBER_OF*0..12]-(c:Taxon)
WITH n, contained, min(c.firstSeen) AS carried
WITH n, coalesce(n.firstSeen, n.date, CASE WHEN n.year IS NOT NULL THEN toString(n.year) END) AS own, contained, carried,
  coalesce(n.reported, CASE WHEN n.source =~ '.*/blog/[0-9]{4}-[0-9]{2}.*' THEN substring(split(n.source, '/blog/')[1], 0, 7) END) AS reported
WITH n, coalesce(own, contained, carried, reported) AS date,
  CASE
    WHEN own IS NOT NULL THEN 'own'
    WHEN contained IS NOT NULL THEN 'contents'
    WHEN carried IS NOT NULL THEN 'carriers'
    WHEN reported IS NOT NULL THEN 'reported'
  END AS datedBy
WITH collect({node: n, date: date, datedBy: datedBy}) AS all
WITH all, [x IN all WHERE x.date IS NOT NULL AND x.date <= $at | x.node.id] AS standing
UNWIND all AS x
WITH x, standing
WHERE x.date IS NULL OR x.date <= $at
WITH x.node AS n, x.date AS date, x.datedBy AS datedBy, standing
OPTIONAL MATCH (n)-[r]->(m:Entity)
WHERE date IS NOT NULL AND m.id IN standing AND (r.date IS NULL OR r.date <= $at)
RETURN n AS node, date, datedBy, collect(r) AS relationships
