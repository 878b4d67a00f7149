// Accounts: the workspace's local users (name, agency id, roles, enabled, Argon2id password hash).
// They live in the graph so that on a server every client signs in against the same records;
// their label is no ontology type, so no read of case data ever finds them (ADR 0017).
CREATE CONSTRAINT account_name IF NOT EXISTS FOR (a:NetzbildAccount) REQUIRE a.name IS UNIQUE;
