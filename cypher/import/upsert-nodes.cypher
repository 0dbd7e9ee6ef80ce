// Creates or updates nodes by id (MERGE), setting their properties and labels. The kind and
// rank choose labels from the data model's closed set; nothing else becomes a label. Its names
// may have changed, so its searchText goes until import/search-text writes it again.
// @param rows map[] Each {id, kind, rank, props}: kind taxon|trait|paper|lab, rank for taxa
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n += row.props
REMOVE n.searchText
FOREACH (_ IN CASE row.kind WHEN 'taxon' THEN [1] ELSE [] END | SET n:Taxon)
FOREACH (_ IN CASE row.kind WHEN 'trait' THEN [1] ELSE [] END | SET n:Trait)
FOREACH (_ IN CASE row.kind WHEN 'paper' THEN [1] ELSE [] END | SET n:Paper)
FOREACH (_ IN CASE row.kind WHEN 'lab' THEN [1] ELSE [] END | SET n:Lab)
FOREACH (_ IN CASE row.rank WHEN 'domain' THEN [1] ELSE [] END | SET n:Domain)
FOREACH (_ IN CASE row.rank WHEN 'phylum' THEN [1] ELSE [] END | SET n:Phylum)
FOREACH (_ IN CASE row.rank WHEN 'class' THEN [1] ELSE [] END | SET n:Class)
FOREACH (_ IN CASE row.rank WHEN 'order' THEN [1] ELSE [] END | SET n:Order)
FOREACH (_ IN CASE row.rank WHEN 'family' THEN [1] ELSE [] END | SET n:Family)
FOREACH (_ IN CASE row.rank WHEN 'genus' THEN [1] ELSE [] END | SET n:Genus)
FOREACH (_ IN CASE row.rank WHEN 'species' THEN [1] ELSE [] END | SET n:Species)
FOREACH (_ IN CASE row.rank WHEN 'specimen' THEN [1] ELSE [] END | SET n:Specimen)
RETURN count(n) AS written
