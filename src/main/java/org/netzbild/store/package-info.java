/**
 * The one door to the data. {@link org.netzbild.store.GraphStore} speaks in domain terms; the
 * adapters in {@code store.embedded} (in-process Neo4j, the offline default) and
 * {@code store.bolt} (Neo4j Java Driver, for a server or cluster) run the same Cypher from
 * {@code store.cypher}, always with parameters. Every call through the port is audited by
 * {@link org.netzbild.store.AuditedGraphStore}. Only this package imports {@code org.neo4j}.
 */
package org.netzbild.store;
