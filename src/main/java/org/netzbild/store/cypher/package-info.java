/**
 * The Cypher behind the port, shared by both adapters: statements as constants with parameters,
 * the mapping between records and property maps, and the full-text query builder. An adapter only
 * supplies a {@link org.netzbild.store.cypher.CypherRunner}.
 */
package org.netzbild.store.cypher;
