// The server's audit trail (remote mode, ADR 0023): one chain of entries that every client appends
// to, each entry the line an audit file would hold, and one head with the number and hash of the
// last entry. The head's id is unique so that the first clients' MERGE creates one head; the entry
// numbers are unique so that no two appends can take the same place in the chain.
CREATE CONSTRAINT audit_head_id IF NOT EXISTS FOR (h:NetzbildAuditHead) REQUIRE h.id IS UNIQUE;
CREATE CONSTRAINT audit_entry_seq IF NOT EXISTS FOR (e:NetzbildAuditEntry) REQUIRE e.seq IS UNIQUE;
