// Every node carries the shared label Entity and a unique id; edges find their ends through it.
CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE
