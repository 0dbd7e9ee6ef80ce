// Search of papers by short name.
CREATE INDEX paper_name IF NOT EXISTS FOR (n:Paper) ON (n.name)
