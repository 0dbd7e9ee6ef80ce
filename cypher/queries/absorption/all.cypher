// Every absorption in the taxonomy, in date order.
MATCH (c:Taxon)-[a:ABSORBS]->(x:Taxon)
RETURN c AS clade, a AS absorbs, x AS absorbed, a.date AS date
ORDER BY a.date
