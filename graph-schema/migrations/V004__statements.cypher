// Further statements about an entity: when another agency reports a person (or any entity) that
// is already in the graph, its report becomes a Statement node attached to the one entity node by
// STATES, with that agency's provenance, so every source stays distinguishable. Statement nodes
// carry no Entity label: expand, paths and counts never see them.
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (s:Statement) REQUIRE s.id IS UNIQUE;
CREATE INDEX statement_source_agency IF NOT EXISTS FOR (s:Statement) ON (s.sourceAgency);
// Names and numbers stated by another agency are found by search as well (merged names keep
// their sources): the same search text and analyzer as entity_search.
CREATE FULLTEXT INDEX statement_search IF NOT EXISTS FOR (s:Statement) ON EACH [s.searchText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}};
