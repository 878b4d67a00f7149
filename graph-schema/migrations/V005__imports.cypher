// Imports: every record an import writes carries its id (importId), so the import can be undone
// as a whole and a crashed one rolled back on the next open. These indexes find an import's
// records without scanning the graph; links need one per type (no type-agnostic index).
CREATE CONSTRAINT import_id IF NOT EXISTS FOR (i:NetzbildImport) REQUIRE i.id IS UNIQUE;
CREATE INDEX entity_import IF NOT EXISTS FOR (n:Entity) ON (n.importId);
CREATE INDEX statement_import IF NOT EXISTS FOR (s:Statement) ON (s.importId);
CREATE INDEX link_family_import IF NOT EXISTS FOR ()-[r:FAMILY]-() ON (r.importId);
CREATE INDEX link_associate_import IF NOT EXISTS FOR ()-[r:ASSOCIATE]-() ON (r.importId);
CREATE INDEX link_owns_import IF NOT EXISTS FOR ()-[r:OWNS]-() ON (r.importId);
CREATE INDEX link_directs_import IF NOT EXISTS FOR ()-[r:DIRECTS]-() ON (r.importId);
CREATE INDEX link_employed_by_import IF NOT EXISTS FOR ()-[r:EMPLOYED_BY]-() ON (r.importId);
CREATE INDEX link_resides_at_import IF NOT EXISTS FOR ()-[r:RESIDES_AT]-() ON (r.importId);
CREATE INDEX link_registered_at_import IF NOT EXISTS FOR ()-[r:REGISTERED_AT]-() ON (r.importId);
CREATE INDEX link_located_at_import IF NOT EXISTS FOR ()-[r:LOCATED_AT]-() ON (r.importId);
CREATE INDEX link_in_municipality_import IF NOT EXISTS FOR ()-[r:IN_MUNICIPALITY]-() ON (r.importId);
CREATE INDEX link_uses_import IF NOT EXISTS FOR ()-[r:USES]-() ON (r.importId);
CREATE INDEX link_involved_in_import IF NOT EXISTS FOR ()-[r:INVOLVED_IN]-() ON (r.importId);
CREATE INDEX link_part_of_import IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.importId);
CREATE INDEX link_handled_by_import IF NOT EXISTS FOR ()-[r:HANDLED_BY]-() ON (r.importId);
