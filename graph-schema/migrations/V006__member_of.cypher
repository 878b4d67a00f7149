// MEMBER_OF: membership of a person or business in an organisation (FollowTheMoney's Membership),
// with the id constraint and the import index every link type has.
CREATE CONSTRAINT link_member_of_id IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() REQUIRE r.id IS UNIQUE;
CREATE INDEX link_member_of_import IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.importId);
