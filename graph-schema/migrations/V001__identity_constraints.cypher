// Identity: every node carries the label Entity and a unique id, so lookups by id use this
// constraint's index whatever the node's type.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
// Link ids are unique per link type (Neo4j has no type-agnostic relationship constraint), so a
// link can be addressed, audited and later undone by its id.
CREATE CONSTRAINT link_family_id IF NOT EXISTS FOR ()-[r:FAMILY]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT link_associate_id IF NOT EXISTS FOR ()-[r:ASSOCIATE]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT link_owns_id IF NOT EXISTS FOR ()-[r:OWNS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT link_directs_id IF NOT EXISTS FOR ()-[r:DIRECTS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT link_employed_by_id IF NOT EXISTS FOR ()-[r:EMPLOYED_BY]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT link_resides_at_id IF NOT EXISTS FOR ()-[r:RESIDES_AT]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT link_registered_at_id IF NOT EXISTS FOR ()-[r:REGISTERED_AT]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT link_located_at_id IF NOT EXISTS FOR ()-[r:LOCATED_AT]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT link_in_municipality_id IF NOT EXISTS FOR ()-[r:IN_MUNICIPALITY]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT link_uses_id IF NOT EXISTS FOR ()-[r:USES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT link_involved_in_id IF NOT EXISTS FOR ()-[r:INVOLVED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT link_part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT link_handled_by_id IF NOT EXISTS FOR ()-[r:HANDLED_BY]-() REQUIRE r.id IS UNIQUE;
