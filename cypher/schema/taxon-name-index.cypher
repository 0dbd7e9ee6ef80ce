// Search and ordering by Latin name.
CREATE INDEX taxon_name IF NOT EXISTS FOR (n:Taxon) ON (n.name)
