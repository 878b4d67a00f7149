/**
 * The remote adapter: a Neo4j server, cluster or hosted service through the Neo4j Java Driver.
 * Reads run in read transactions (routed to readers in a cluster), writes in write transactions,
 * transient failures are retried by the driver's managed transactions, and one bookmark manager
 * per store makes an analyst always read their own writes.
 */
package org.netzbild.store.bolt;
