// How many nodes the store holds; zero means it has never been seeded.
MATCH (n:Entity)
RETURN count(n) AS nodes
