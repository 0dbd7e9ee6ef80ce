// The classification and every trait's recorded states, read once for the parsimony: a row per
// taxon and parent, HAS_TRAIT or CONVERGES record, HERITAGE of a trait, and trait.

// The columns by kind: taxon (id, name, rank, target: a MEMBER_OF parent; a hybrid has a row
// per parent, a root one row with none); HAS_TRAIT and CONVERGES (taxon id → trait target);
// HERITAGE (heir id → target lineage, trait); trait (id, name). Plain on purpose: no
// variable-length path, no aggregation, few columns (the embedded engine's cost is per row and
// value). The descent through the tree and Fitch's passes are TypeScript
// (server/src/taxonomy/parsimony/), the same on both engines and linear in the tree's size.
// Edge ids follow the data model's rule (from~TYPE~to), so they are not read.
MATCH (t:Taxon)
OPTIONAL MATCH (t)-[:MEMBER_OF]->(p:Taxon)
RETURN 'taxon' AS kind, t.id AS id, p.id AS target, t.name AS name, t.rank AS rank, null AS trait
UNION ALL
MATCH (t:Taxon)-[r:HAS_TRAIT|CONVERGES]->(tr:Trait)
RETURN type(r) AS kind, t.id AS id, tr.id AS target, null AS name, null AS rank, null AS trait
UNION ALL
MATCH (t:Taxon)-[h:HERITAGE]->(lineage:Taxon)
WHERE h.trait IS NOT NULL
RETURN 'HERITAGE' AS kind, t.id AS id, lineage.id AS target, null AS name, null AS rank, h.trait AS trait
UNION ALL
MATCH (tr:Trait)
RETURN 'trait' AS kind, tr.id AS id, null AS target, tr.name AS name, null AS rank, null AS trait
