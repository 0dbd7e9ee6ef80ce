// Every trait's id and name: a species card names traits in words, matched against these.
MATCH (t:Trait)
RETURN t.id AS id, t.name AS name
ORDER BY id
