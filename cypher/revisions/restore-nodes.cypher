// Puts nodes back as a revision had them: created where missing, every property replaced
// (so properties added since go), labels from the data model's closed set as imports set them.
// @param rows map[] Each {id, kind, rank, props}: props with the id among them
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props
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
RETURN count(n) AS restored
