// Duplicate candidates, merge and unmerge (issue 20, ADR 0031): a rejected pair is remembered by the
// two entity ids in order; a merge's record holds what it moved, so that an unmerge restores both
// entities exactly. Both are bookkeeping nodes, never entities.
CREATE CONSTRAINT rejection_id IF NOT EXISTS FOR (r:NetzbildRejection) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT merge_id IF NOT EXISTS FOR (m:NetzbildMerge) REQUIRE m.id IS UNIQUE;
