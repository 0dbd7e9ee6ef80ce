// Traits are looked up by id under their own label (a heritage edge's trait): see taxon-id-index.
CREATE INDEX trait_id IF NOT EXISTS FOR (n:Trait) ON (n.id)
