// One full-text index over the search text of every entity: names in all spellings, aliases,
// plates, identifier values, addresses. The store fills searchText from the ontology's "search"
// properties. The folding analyzer makes Müller and Muller, Şahin and Sahin meet.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}};
