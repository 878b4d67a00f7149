// Search by the duplicate matcher's name keys (issue 20, ADR 0037): persons and the statements about
// them carry nameKeys, the consonant and Kölner Phonetik keys of every part of every spelling
// ("cmhmd k662 chsn k086"), which this index reads word by word. Search asks it beside the text
// indexes, so that "Mohamed Hasan" finds Muhammad El Hassan. The store fills the keys of the persons
// and statements written before this version when it runs this migration (the keys are computed in
// Java, by the matcher's own folding, not in Cypher).
CREATE FULLTEXT INDEX name_keys IF NOT EXISTS FOR (n:Entity|Statement) ON EACH [n.nameKeys] OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace', `fulltext.eventually_consistent`: false}};
