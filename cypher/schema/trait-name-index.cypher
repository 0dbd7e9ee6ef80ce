// Search and ordering of traits by name.
CREATE INDEX trait_name IF NOT EXISTS FOR (n:Trait) ON (n.name)
