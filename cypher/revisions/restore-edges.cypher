// Puts edges back as a revision had them: created where missing, every property replaced. The type
// is chosen from the data model's closed set; a row with any other type writes nothing.
// @param rows map[] Each {id, type, from, to, props}: props with the id among them
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
FOREACH (_ IN CASE row.type WHEN 'MEMBER_OF' THEN [1] ELSE [] END | MERGE (a)-[r:MEMBER_OF {id: row.id}]->(b) SET r = row.props)
FOREACH (_ IN CASE row.type WHEN 'DESCENDS_FROM' THEN [1] ELSE [] END | MERGE (a)-[r:DESCENDS_FROM {id: row.id}]->(b) SET r = row.props)
FOREACH (_ IN CASE row.type WHEN 'HERITAGE' THEN [1] ELSE [] END | MERGE (a)-[r:HERITAGE {id: row.id}]->(b) SET r = row.props)
FOREACH (_ IN CASE row.type WHEN 'ABSORBS' THEN [1] ELSE [] END | MERGE (a)-[r:ABSORBS {id: row.id}]->(b) SET r = row.props)
FOREACH (_ IN CASE row.type WHEN 'CONVERGES' THEN [1] ELSE [] END | MERGE (a)-[r:CONVERGES {id: row.id}]->(b) SET r = row.props)
FOREACH (_ IN CASE row.type WHEN 'HAS_TRAIT' THEN [1] ELSE [] END | MERGE (a)-[r:HAS_TRAIT {id: row.id}]->(b) SET r = row.props)
FOREACH (_ IN CASE row.type WHEN 'DESCRIBES' THEN [1] ELSE [] END | MERGE (a)-[r:DESCRIBES {id: row.id}]->(b) SET r = row.props)
FOREACH (_ IN CASE row.type WHEN 'DEVELOPED_BY' THEN [1] ELSE [] END | MERGE (a)-[r:DEVELOPED_BY {id: row.id}]->(b) SET r = row.props)
RETURN count(row) AS restored
