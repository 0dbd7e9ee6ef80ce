// Creates nodes with their properties and labels: the ones an import found new, having read
// every id it names. Every row of a call shares one kind and rank, which choose labels from the
// data model's closed set. A node already there goes through import/upsert-nodes instead.
// @param rows map[] Each {id, props}
// @param kind string taxon|trait|paper|lab: every row's kind
// @param rank string Every row's rank, for taxa (null otherwise)
//
// CREATE where the upsert would MERGE: Grafeo's MERGE looks each id up first.
UNWIND $rows AS row
CREATE (n:Entity {id: row.id})
SET n += row.props
WITH collect(n) AS written
FOREACH (_ IN CASE $kind WHEN 'taxon' THEN [1] ELSE [] END | FOREACH (n IN written | SET n:Taxon))
FOREACH (_ IN CASE $kind WHEN 'trait' THEN [1] ELSE [] END | FOREACH (n IN written | SET n:Trait))
FOREACH (_ IN CASE $kind WHEN 'paper' THEN [1] ELSE [] END | FOREACH (n IN written | SET n:Paper))
FOREACH (_ IN CASE $kind WHEN 'lab' THEN [1] ELSE [] END | FOREACH (n IN written | SET n:Lab))
FOREACH (_ IN CASE $rank WHEN 'domain' THEN [1] ELSE [] END | FOREACH (n IN written | SET n:Domain))
FOREACH (_ IN CASE $rank WHEN 'phylum' THEN [1] ELSE [] END | FOREACH (n IN written | SET n:Phylum))
FOREACH (_ IN CASE $rank WHEN 'class' THEN [1] ELSE [] END | FOREACH (n IN written | SET n:Class))
FOREACH (_ IN CASE $rank WHEN 'order' THEN [1] ELSE [] END | FOREACH (n IN written | SET n:Order))
FOREACH (_ IN CASE $rank WHEN 'family' THEN [1] ELSE [] END | FOREACH (n IN written | SET n:Family))
FOREACH (_ IN CASE $rank WHEN 'genus' THEN [1] ELSE [] END | FOREACH (n IN written | SET n:Genus))
FOREACH (_ IN CASE $rank WHEN 'species' THEN [1] ELSE [] END | FOREACH (n IN written | SET n:Species))
FOREACH (_ IN CASE $rank WHEN 'specimen' THEN [1] ELSE [] END | FOREACH (n IN written | SET n:Specimen))
RETURN size(written) AS written
