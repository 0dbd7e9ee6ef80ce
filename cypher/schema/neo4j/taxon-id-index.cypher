// Taxa and traits are looked up by id under their own label, `(t:Taxon {id: $id})`: the id
// constraint's index is on Entity, so without this one Neo4j found a taxon by scanning every
// taxon (the lineage of a species: 117 ms at 100,000 species, 832 ms at a million). Grafeo's id
// index serves any label, so the queries keep the one label both engines plan well.
CREATE INDEX taxon_id IF NOT EXISTS FOR (n:Taxon) ON (n.id)
